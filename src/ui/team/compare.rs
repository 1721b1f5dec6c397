//! Comparing the team on screen with an earlier session (last quarter's saved team or team link):
//! people before and now, the overall score, each pillar's average and how alike people see it, and
//! the disputes settled or new since (`culture_core::team::TeamChange`). Names nobody: the team view
//! may be on a shared screen. The comparison is a part of its own, fetched when first unfolded
//! (its split point is below).

use culture_core::chart::Series;
use culture_core::team::{
    comparable_teams, earlier_team, overall_change, people_change, views_change, SavedTeams, StatementSpread,
    TeamChange, TeamSummary, MOST_DISPUTED,
};
use culture_core::text::{counted, describe_delta};
use leptos::prelude::*;

use super::distribution::Distribution;
use super::fold::Fold;
use super::Team;
use crate::browser::focus;
use crate::ui::lazy::{lazy_view, load, view_chunk};
use crate::ui::pillar_chart::{PillarChart, PillarRow};
use crate::ui::text_field::TextField;

/// The earlier team, as picked.
#[derive(Clone, PartialEq)]
struct Earlier {
    /// How the comparison names it: "“Last quarter”", "the pasted team".
    name: String,
    /// When it was saved, or where it came from, in a sentence.
    source: String,
    summary: TeamSummary,
}

/// The comparison's section: what it does, and the comparison itself unfolded on demand.
#[component]
pub(super) fn CompareSection(
    team: Team,
    summary: Memo<TeamSummary>,
    saved: RwSignal<SavedTeams>,
) -> impl IntoView {
    view! {
        <section class="stack" aria-labelledby="compare-heading">
            <h2 id="compare-heading">"Compare with an earlier session"</h2>
            <p class="muted no-print">
                "See how the team moved since an earlier session, such as last quarter's: pick a saved team or paste its team link."
            </p>
            <Fold id="compare-body" label="Choose the earlier session" part=move || compare(team, summary, saved)/>
        </section>
    }
}

/// The ways to pick the earlier team, and how the team moved since.
#[component]
pub(super) fn CompareOverTime(
    team: Team,
    summary: Memo<TeamSummary>,
    saved: RwSignal<SavedTeams>,
) -> impl IntoView {
    // The saved teams on offer: each one's id and what the list shows of it.
    let options = Memo::new(move |_| {
        let on_screen = team.link();
        saved.with(|teams| {
            comparable_teams(teams, &on_screen)
                .into_iter()
                .map(|saved| {
                    let label = format!(
                        "{} · {} · saved {}",
                        saved.name,
                        counted(saved.people(), "person", "people"),
                        saved.saved_on.long()
                    );
                    (saved.id, label)
                })
                .collect::<Vec<_>>()
        })
    });
    let chosen = RwSignal::new(None::<u32>);
    let pasted = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<String>);
    let earlier = RwSignal::new(None::<Earlier>);

    let show = move |found: Earlier| {
        problem.set(None);
        earlier.set(Some(found));
        focus::after_render("#compare-change-heading");
    };
    let refuse = move |message: String, field: &'static str| {
        earlier.set(None);
        problem.set(Some(message));
        focus::now(field);
    };
    let compare_saved = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        // The list starts on its first team.
        let id = chosen
            .get_untracked()
            .or_else(|| options.with_untracked(|options| options.first().map(|(id, _)| *id)));
        let found = id.and_then(|id| saved.with_untracked(|teams| teams.get(id).cloned()));
        match found.as_ref().and_then(|saved| Some((saved, saved.team()?))) {
            Some((saved, link)) => show(Earlier {
                name: format!("“{}”", saved.name),
                source: format!(
                    "Compared with the saved team “{}”, saved {}.",
                    saved.name,
                    saved.saved_on.long()
                ),
                summary: TeamSummary::of(&link),
            }),
            None => {
                refuse("This saved team could not be read. Choose another one.".to_owned(), "#compare-saved")
            }
        }
    };
    let compare_pasted = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let on_screen = team.link();
        match pasted.with_untracked(|text| earlier_team(text, &on_screen)) {
            Ok(link) => show(Earlier {
                name: link
                    .name
                    .as_ref()
                    .map_or_else(|| "the pasted team".to_owned(), |name| format!("“{name}”")),
                source: "Compared with the team link you pasted.".to_owned(),
                summary: TeamSummary::of(&link),
            }),
            Err(error) => refuse(error.message(), "#compare-link"),
        }
    };
    let invalid = move || problem.with(Option::is_some);

    let comparison = move || {
        earlier.with(|earlier| {
            let earlier = earlier.as_ref()?;
            let change = summary.with(|now| TeamChange::between(&earlier.summary, now));
            Some(view! {
                <Comparison
                    name=earlier.name.clone()
                    source=earlier.source.clone()
                    change=change
                />
            })
        })
    };

    view! {
            <Show
                when=move || options.with(|options| !options.is_empty())
                fallback=|| view! { <p class="muted no-print">"Teams you save in this browser can be picked here too."</p> }
            >
                <form class="stack no-print" on:submit=compare_saved>
                    <div class="field">
                        <label for="compare-saved">"Earlier team"</label>
                        <select
                            id="compare-saved"
                            on:change=move |event| chosen.set(event_target_value(&event).parse().ok())
                        >
                            {move || options.get().into_iter().map(|(id, label)| view! {
                                <option value=id.to_string() selected=move || chosen.get() == Some(id)>{label}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="actions">
                        <button type="submit" class="button button--primary">"Compare with this team"</button>
                    </div>
                </form>
            </Show>
            <form class="stack no-print" on:submit=compare_pasted>
                <TextField
                    id="compare-link"
                    label="Or paste an earlier team link"
                    hint="The link the team view gave you to share: it contains #/team/."
                    value=pasted
                    invalid=Signal::derive(invalid)
                    message_id="compare-problem"
                />
                <div class="actions">
                    <button type="submit" class="button">"Compare with this link"</button>
                </div>
                <p id="compare-problem" class="field__error" role="status">{move || problem.get()}</p>
            </form>
            {comparison}
    }
}

/// How the team on screen moved since the earlier one.
#[component]
fn Comparison(name: String, source: String, change: TeamChange) -> impl IntoView {
    let series = vec![
        Series {
            name: "Now".to_owned(),
            scores: change.pillars.iter().map(|moved| moved.after.average).collect(),
        },
        Series {
            name: format!("Before ({name})"),
            scores: change.pillars.iter().map(|moved| moved.before.average).collect(),
        },
    ];
    let average = |average: Option<u8>| average.map_or("–".to_owned(), |average| average.to_string());
    let rows = change
        .pillars
        .iter()
        .map(|moved| PillarRow {
            pillar: moved.pillar().name,
            cells: vec![
                average(moved.before.average),
                average(moved.after.average),
                describe_delta(moved.average()),
                views_change(moved).to_owned(),
            ],
        })
        .collect();
    let columns = ["Before", "Now", "Change", "Views"].map(str::to_owned).to_vec();
    let settled = disputes(&change.settled, "No dispute from before has been settled.");
    let appeared = disputes(&change.appeared, "No new dispute has appeared.");

    view! {
        <section class="card stack compare-change" aria-labelledby="compare-change-heading">
            <h3 id="compare-change-heading" tabindex="-1">{format!("Changes since {name}")}</h3>
            <p class="muted">{source}</p>
            <ul class="highlights">
                <li>{people_change(change.people_before, change.people_after)}</li>
                <li>{overall_change(change.overall_before, change.overall_after)}</li>
            </ul>
            <section class="stack" aria-labelledby="compare-pillars-heading">
                <h4 id="compare-pillars-heading">"Each pillar, before and now"</h4>
                <p class="muted">
                    "“Views” says whether people's scores for a pillar are closer together than before (more alike) "
                    "or further apart. In the chart, now is solid and before is dashed."
                </p>
                <PillarChart
                    title="Team average per pillar, before and now, 0 to 100"
                    caption="Each pillar's team average before and now, the change, and whether views are more alike or further apart"
                    columns=columns
                    rows=rows
                    series=series
                />
            </section>
            <section class="stack" aria-labelledby="compare-settled-heading">
                <h4 id="compare-settled-heading">"Disputes settled"</h4>
                <p class="muted">"Statements the team was split on before and now sees on one side. Shown as they were answered before."</p>
                {settled}
            </section>
            <section class="stack" aria-labelledby="compare-appeared-heading">
                <h4 id="compare-appeared-heading">"New disputes"</h4>
                <p class="muted">"Statements the team is split on now and was not before. Shown as they are answered now."</p>
                {appeared}
            </section>
        </section>
    }
}

/// Disputes as a list of cards, each with its question and how the room answered, the most polarised
/// [`MOST_DISPUTED`] only (a room split on everything before can settle dozens at once); `none` when
/// there are none.
fn disputes(list: &[StatementSpread], none: &'static str) -> AnyView {
    if list.is_empty() {
        return view! { <p>{none}</p> }.into_any();
    }
    let items = list
        .iter()
        .take(MOST_DISPUTED)
        .map(|dispute| {
            view! {
                <li class="card stack">
                    <p class="eyebrow">{dispute.statement.pillar().name}</p>
                    <p><strong>{dispute.question()}</strong></p>
                    <Distribution disagreement=dispute.clone()/>
                </li>
            }
        })
        .collect_view();
    let more = list.len().saturating_sub(MOST_DISPUTED);
    view! {
        <ul class="disagreements">{items}</ul>
        {(more > 0).then(|| view! {
            <p class="muted">{format!("And {}, each less evenly divided.", counted(more, "more statement", "more statements"))}</p>
        })}
    }
    .into_any()
}

/// The part's code, fetched (once) and shown in its place: "Loading…" until it is there.
fn compare(team: Team, summary: Memo<TeamSummary>, saved: RwSignal<SavedTeams>) -> AnyView {
    lazy_view(|| Box::pin(load!(team_compare)), (team, summary, saved), None)
}

type CompareArgs = (Team, Memo<TeamSummary>, RwSignal<SavedTeams>);

view_chunk!(
    team_compare,
    |(team, summary, saved): CompareArgs| view! { <CompareOverTime team=team summary=summary saved=saved/> }
);

//! The team's summary, in the order a facilitator reads it: how many people, their average and stages
//! in two lines, each pillar's average and where the middle of the team puts it on a chart and in a
//! table, the statements that divide the team most, as questions to discuss with how the room
//! answered; then each person (names, removal), how parts of the company differ and everyone's scores
//! as a person-by-pillar grid.

use culture_core::assessment::History;
use culture_core::chart::{Band, Series};
use culture_core::content::assessment::PILLARS;
use culture_core::link::{mixes_alphabets, AssessmentLink};
use culture_core::shared_result::OwnResults;
use culture_core::team::{person_reference, Member, PillarSpread, TeamSummary, MIN_DISAGREEMENT};
use leptos::prelude::*;

use super::distribution::{Distribution, DistributionLegend};
use super::groups::ByGroupView;
use super::Team;
use crate::browser::focus;
use crate::ui::checkbox::Checkbox;
use crate::ui::heading_text::heading_text;
use crate::ui::pillar_chart::{PillarChart, PillarRow};
use crate::ui::stored::Store;

#[component]
pub(super) fn TeamSummaryView(team: Team, summary: Memo<TeamSummary>) -> impl IntoView {
    view! {
        <Headline summary=summary/>
        {move || summary.with(|summary| view! {
            <Pillars summary=summary.clone()/>
            <Disagreements summary=summary.clone()/>
        })}
        <People team=team summary=summary/>
        {move || summary.with(|summary| view! { <ByGroupView summary=summary.clone()/> })}
        <Grid team=team summary=summary/>
    }
}

/// One person in the list, keyed by their result, how often that result came before them (a team
/// link may hold it twice) and the name shown ("Person 3" changes when someone before leaves).
#[derive(Clone)]
struct Person {
    key: (AssessmentLink, usize, String),
    link: AssessmentLink,
    member: Member,
    /// 0-based, in the team's order.
    position: usize,
}

/// "1 person" or "5 people".
fn people_count(summary: Memo<TeamSummary>) -> String {
    match summary.with(TeamSummary::people) {
        1 => "1 person".to_owned(),
        people => format!("{people} people"),
    }
}

/// The team in two lines, above the chart: how many, their average overall score and their stages.
#[component]
fn Headline(summary: Memo<TeamSummary>) -> impl IntoView {
    let average = move || {
        summary.with(|summary| match summary.average_overall() {
            Some(overall) => format!(", average overall score {overall} out of 100."),
            None => ".".to_owned(),
        })
    };
    let stages = move || {
        summary.with(|summary| {
            let stages = summary.stage_list();
            let unplaced = summary.unplaced();
            let unplaced = (unplaced > 0).then(|| match unplaced {
                1 => " 1 person gave too few answers for a stage.".to_owned(),
                count => format!(" {count} people gave too few answers for a stage."),
            });
            (!stages.is_empty() || unplaced.is_some()).then(|| {
                view! {
                    <p>{(!stages.is_empty()).then(|| format!("Stages: {stages}."))}{unplaced}</p>
                }
            })
        })
    };
    view! {
        <div class="team-summary">
            <p><strong>{move || people_count(summary)}</strong>{average}</p>
            {stages}
        </div>
    }
}

/// Each person in the team's order, to show names or take someone out.
#[component]
fn People(team: Team, summary: Memo<TeamSummary>) -> impl IntoView {
    // The visitor's own results, to mark theirs in the team even when it carries no name.
    let own = OwnResults::of(&Store::use_context().load::<History>());
    let heading = move || people_count(summary);
    let people = move || {
        let links = team.members.with(|team| team.members.clone());
        summary.with(|summary| {
            links
                .iter()
                .zip(&summary.members)
                .enumerate()
                .map(|(position, (link, member))| {
                    let repeat = links[..position].iter().filter(|earlier| *earlier == link).count();
                    Person {
                        key: (link.clone(), repeat, member.name.clone()),
                        link: link.clone(),
                        member: member.clone(),
                        position,
                    }
                })
                .collect::<Vec<_>>()
        })
    };

    view! {
        <section class="stack" aria-labelledby="people-heading">
            <h2 id="people-heading" tabindex="-1">{heading}</h2>
            <Checkbox label="Show each person's name, stage and score" checked=team.names_shown/>
            // Without names a row holds only a place, so rows sit side by side where there is room.
            <ul class="team-members" class:team-members--compact=move || !team.names_shown.get()>
                <For
                    each=people
                    key=move |person| (person.key.clone(), team.names_shown.get())
                    let(Person { link, member, position, .. })
                >
                    <PersonRow team=team mine=own.holds(&link) link=link member=member position=position/>
                </For>
            </ul>
            <div role="status" class="no-print">
                {move || team.removed.get().map(|removed| view! {
                    <p class="callout actions team-removed">
                        <span>{format!("{} was removed from the team.", removed.named)}</span>
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| {
                                team.undo_removal();
                                focus::after_render("#people-heading");
                            }
                        >
                            "Undo"
                        </button>
                    </p>
                })}
            </div>
        </section>
    }
}

/// One person: with names off, only their place in the team (and "this is you" for the visitor's own
/// result); with names on, their name, stage, score and date.
#[component]
fn PersonRow(team: Team, link: AssessmentLink, member: Member, position: usize, mine: bool) -> impl IntoView {
    let shown = team.names_shown.get_untracked();
    let stand_in = format!("Person {}", position + 1);
    // Place (or name) and score, so the button says whom it takes out even with names hidden.
    let named = person_reference(&member, position, shown);
    let remove_label = format!("Remove {named} from the team");
    let you = mine.then(|| view! { <strong class="team-member__you">" · this is you"</strong> });
    let details = shown.then(|| {
        let result = member.result();
        let stage = match result.overall {
            Some(overall) => format!("{} ({overall})", result.reading.label()),
            None => result.reading.label(),
        };
        let look_alike = member.named && mixes_alphabets(&member.name);
        view! {
            <span class="team-member__stage">{stage}</span>
            <span class="muted team-member__date">{member.day.long()}</span>
            {look_alike.then(|| view! { <span class="team-member__warning">"This name mixes alphabets"</span> })}
        }
    });
    let name = if shown { member.name.clone() } else { stand_in };
    view! {
        <li class="team-member">
            <span class="team-member__name">
                {name}
                // A stand-in is marked, so nobody's own label ("Person 2") can pass for one.
                {(shown && !member.named).then(|| view! { <span class="muted">" (no name given)"</span> })}
                {you}
            </span>
            {details}
            <button
                type="button"
                class="button button--quiet"
                aria-label=remove_label
                on:click=move |_| {
                    team.remove(&link, named.clone());
                    focus::after_render(".team-removed .button");
                }
            >
                "Remove"
            </button>
        </li>
    }
}

#[component]
fn Pillars(summary: TeamSummary) -> impl IntoView {
    let series = vec![Series { name: "Team average".to_owned(), scores: summary.averages() }];
    let band = (summary.people() > 1).then(|| Band {
        low: summary.pillars.iter().map(|spread| spread.middle.map_or(0, |(low, _)| low)).collect(),
        high: summary.pillars.iter().map(|spread| spread.middle.map_or(0, |(_, high)| high)).collect(),
    });
    // Lowest and highest share a column, so the table fits a phone.
    let range = |spread: &PillarSpread| match (spread.lowest, spread.highest) {
        (Some(low), Some(high)) if low != high => format!("{low} to {high}"),
        (Some(score), _) => score.to_string(),
        _ => "–".to_owned(),
    };
    let rows = summary
        .pillars
        .iter()
        .map(|spread| PillarRow {
            pillar: spread.pillar.name,
            cells: vec![
                spread.average.map_or("Too few answers".to_owned(), |v| v.to_string()),
                range(spread),
                format!("{} of {}", spread.scored, summary.people()),
            ],
        })
        .collect();
    let columns = ["Average", "Range", "Scored by"].map(str::to_owned).to_vec();

    view! {
        <section class="stack" aria-labelledby="team-pillars-heading">
            <h2 id="team-pillars-heading">"Pillar by pillar"</h2>
            <details class="team-chart-help">
                <summary>"How to read the chart"</summary>
                <p class="muted">
                    "The solid bar, and on a wide screen the line, is the team's average. The shaded band is where "
                    "the middle of the team puts the pillar: from four people on, the lowest and highest quarter of "
                    "the scores are left out, so one very high or very low score does not stretch it. A wide band "
                    "means people see the pillar very differently. The range in the table runs from the lowest "
                    "score to the highest."
                </p>
            </details>
            <PillarChart
                title="Team average per pillar, 0 to 100"
                caption="Each pillar's average, lowest and highest score in the team, 0 to 100"
                columns=columns
                rows=rows
                series=series
                band=band
            />
        </section>
    }
}

/// Everyone's score on every pillar, a row each: anonymous rows in an order that names nobody unless
/// the facilitator shows names (`TeamSummary::grid`). On a phone the table scrolls sideways in its
/// own region, with the person column kept in view.
#[component]
fn Grid(team: Team, summary: Memo<TeamSummary>) -> impl IntoView {
    let headings = PILLARS
        .iter()
        .map(|pillar| view! { <th scope="col" class="number">{pillar.name}</th> })
        .collect_view();
    let rows = move || {
        let names = team.names_shown.get();
        summary.with(|summary| {
            summary
                .grid(names)
                .into_iter()
                .map(|row| {
                    let cells = row
                        .scores
                        .iter()
                        .chain(std::iter::once(&row.overall))
                        .map(|score| score_cell(*score))
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row">{row.label}</th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="stack" aria-labelledby="grid-heading">
            <h2 id="grid-heading">"Person by pillar"</h2>
            <p class="muted">
                "Each row is one person's scores, 0 to 100. Without names, rows run from the highest overall "
                "score down, so the order says nothing about who pasted in when."
            </p>
            <div class="table-wrap team-grid" role="region" aria-label="Table of each person's scores" tabindex="0">
                <table class="data-table data-table--scrolls">
                    <caption class="visually-hidden">"Each person's score per pillar and overall, 0 to 100"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Person"</th>
                            {headings}
                            <th scope="col" class="number">"Overall"</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </section>
    }
}

/// One score in the grid: the figure, over a shade that deepens in steps of 20 points (the figure says
/// it all; the shade only helps the eye find highs and lows). A class, not a style attribute, since
/// the content security policy admits no inline styles.
fn score_cell(score: Option<u8>) -> impl IntoView {
    match score {
        Some(score) => view! {
            <td class=format!("number team-grid__score team-grid__score--{}", (score / 20).min(4))>{score.to_string()}</td>
        }
        .into_any(),
        None => view! {
            <td class="number muted"><span aria-hidden="true">"–"</span><span class="visually-hidden">"too few answers"</span></td>
        }
        .into_any(),
    }
}

#[component]
fn Disagreements(summary: TeamSummary) -> impl IntoView {
    let steps = MIN_DISAGREEMENT / 25;
    let body = if summary.people() < 2 {
        view! { <p>"Add at least one more person to see where views differ."</p> }.into_any()
    } else if summary.disagreements.is_empty() {
        view! {
            <p>
                {format!(
                    "No statement splits the team by {steps} steps or more on the scale: people see the culture \
                     much the same way."
                )}
            </p>
        }
        .into_any()
    } else {
        let items = summary
            .disagreements
            .iter()
            .map(|disagreement| {
                view! {
                    <li class="card stack">
                        <p class="eyebrow">{disagreement.statement.pillar().name}</p>
                        <h3>{heading_text(&disagreement.question())}</h3>
                        <Distribution disagreement=disagreement.clone()/>
                        <p class="disagreement__prompt">{disagreement.statement.discussion()}</p>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p class="muted">
                {format!(
                    "Answered at least {steps} steps apart, the room most evenly divided first. "
                )}
                "On an obstacle, disagreeing is the healthy answer."
            </p>
            <DistributionLegend/>
            <ol class="disagreements">{items}</ol>
        }
        .into_any()
    };
    view! {
        <section class="stack" aria-labelledby="disagreements-heading">
            <h2 id="disagreements-heading">"Where the team disagrees most"</h2>
            {body}
        </section>
    }
}

//! A result, read: the stage and what it means, the way to the next stage and the first actions the
//! answers call for, then the pillar chart (figures and bars, and a radar where there is room), each
//! pillar folded with its further advice and the answers given, the blind spots and how the score
//! works.

use culture_core::assessment::{
    change, how_scoring_works, AssessmentResult, ChosenAction, Guidance, History, HistoryEntry, NextStage,
    PillarResult, PillarScore, StageReading, Undetermined,
};
use culture_core::chart::Series;
use culture_core::route::Route;
use culture_core::text::{capitalise_first, describe_delta, lowercase_first};
use leptos::prelude::*;

use super::learn_more::LearnMore;
use crate::browser::print;
use crate::ui::heading_text::heading_text;
use crate::ui::pillar_chart::{PillarChart, PillarRow};

/// The stage heading and the overall score, then how far to trust the stage: the pillars it could
/// not measure, a line it sits near, and the obstacles the answers point to. Used as the page's `h1`.
#[component]
pub fn StageHeading(
    result: AssessmentResult,
    /// The line above the stage: whose stage it is.
    #[prop(default = "Your stage".to_owned())]
    eyebrow: String,
) -> impl IntoView {
    let label = result.reading.label();
    let lead = match &result.reading {
        StageReading::Placed(placement) | StageReading::AtLeast { placement, .. } => {
            placement.stage.description.to_owned()
        }
        StageReading::NotDetermined(Undetermined::Between { .. }) => {
            "Some pillars could not be measured, and they could move the stage a long way, so no stage is \
             claimed. The pillars that were measured are shown below; the blind spots list what is worth \
             finding out."
                .to_owned()
        }
        StageReading::NotDetermined(Undetermined::TooFewMeasured { .. }) => {
            "Too many statements were left unanswered or marked \"Don't know\" to place the culture on a \
             stage. The pillars that could be scored are shown below; the blind spots list what is worth \
             finding out."
                .to_owned()
        }
    };
    let unmeasured = result.unmeasured();
    let held_back = result
        .placement()
        .and_then(|placement| Some((placement, placement.held_back_by?)))
        .filter(|(_, pillar)| !unmeasured.contains(pillar))
        .map(|(placement, pillar)| {
            view! {
                <p class="callout">
                    {format!(
                        "The overall score alone would reach \"{}\", but one weak pillar holds a culture back: \
                         \"{}\" keeps it at this stage until it catches up.",
                        placement.by_overall.name, pillar.name
                    )}
                </p>
            }
        });
    let unmeasured_note = result.unmeasured_note().map(|note| view! { <p class="callout">{note}</p> });
    let near = result.near_cut_points();
    let near = (!near.is_empty()).then(|| {
        view! {
            <div class="stack">
                <p><strong>"Near a line. "</strong>{near.join(" ")}</p>
            </div>
        }
    });
    let obstacles = result.obstacles();
    let obstacles = (!obstacles.is_empty()).then(|| {
        let items = obstacles
            .into_iter()
            .map(|named| {
                view! {
                    <li>
                        <strong>{format!("{}: ", named.obstacle.name)}</strong>
                        {named.obstacle.description}
                        <span class="muted">
                            {format!(" Shown by agreeing with {} of its statements.", named.shown_by.len())}
                        </span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="stack" aria-labelledby="obstacles-heading">
                <h2 id="obstacles-heading">"Obstacles the answers point to"</h2>
                <ul class="obstacles">{items}</ul>
            </section>
        }
    });
    view! {
        <header class="result-head stack">
            <p class="eyebrow">{eyebrow}</p>
            <h1 tabindex="-1">{heading_text(&label)}</h1>
            {result.overall.map(|overall| view! {
                <p class="score-line">
                    <span class="score-big">{overall.to_string()}</span>
                    " out of 100 overall"
                </p>
            })}
            <p class="lead">{lead}</p>
            {unmeasured_note}
            {held_back}
            {near}
        </header>
        {obstacles}
    }
}

/// One result, in the order a reader needs it: the way to the next stage and the first actions, then
/// the pillars (chart, table, how they stand, and one disclosure each with its further ideas, what to
/// keep doing and the answers given), the blind spots, how the score works and the quiz.
#[component]
pub fn ResultDetails(
    result: AssessmentResult,
    /// The result before this one, drawn beside it with the change since.
    #[prop(optional_no_strip)]
    last_time: Option<LastTime>,
    /// Whose result this is, when it is not the visitor's own (a shared link).
    #[prop(optional_no_strip)]
    owner: Option<String>,
    /// Who gave the answers, as the reasons for the advice name them: "you", or a name.
    #[prop(into, default = "you".to_owned())]
    who: String,
) -> impl IntoView {
    // A closed disclosure prints only its summary; the answers belong in the printed report.
    print::unfold_while_printing("details.unfold-in-print");
    let answers_heading = if owner.is_some() { "The answers given" } else { "Your answers" };
    let series_name = owner.clone().unwrap_or_else(|| "Your result".to_owned());
    let mut series = vec![Series { name: series_name, scores: pillar_scores(&result) }];
    let mut columns = vec!["Score".to_owned()];
    if let Some(last) = &last_time {
        series
            .push(Series { name: format!("Last time ({})", last.when), scores: pillar_scores(&last.result) });
        columns.extend(["Last time".to_owned(), "Change".to_owned()]);
    }
    let blind_spots_intro = format!("{} answered \"Don't know\" to these.", capitalise_first(&who));

    let change = last_time.as_ref().map(|last| change(&last.result, &result));
    let rows = result
        .pillars
        .iter()
        .enumerate()
        .map(|(index, pillar)| {
            // A change lists the pillars in the result's order.
            let earlier = change
                .as_ref()
                .and_then(|change| change.pillars.get(index))
                .map(|pillar| [score_text(pillar.before), describe_delta(pillar.delta)]);
            PillarRow {
                pillar: pillar.pillar.name,
                cells: std::iter::once(score_text(pillar.score))
                    .chain(earlier.into_iter().flatten())
                    .collect(),
            }
        })
        .collect();

    let standing = result
        .standing()
        .lines()
        .into_iter()
        .map(|(label, text)| view! { <li><strong>{label}</strong>{text}</li> })
        .collect_view();
    let guidance = result.guidance();
    let per_pillar = result
        .pillars
        .iter()
        .map(|pillar| pillar_detail(&result, pillar, &guidance, &who, answers_heading))
        .collect_view();
    let learn = guidance.learn.clone();
    let next_stage = result.next_stage();
    // At the top stage the next step is how to keep it; below, it leads the way to the next stage.
    let stage_next_step = result.stage().filter(|stage| stage.next().is_none()).map(|stage| stage.next_step);
    let blind_spots = result.blind_spots.clone();

    view! {
        {next_stage.map(|next| view! { <NextStageView next=next from=result.stage().map(|stage| stage.next_step)/> })}
        <FirstAdvice guidance=guidance who=who.clone() sustain=stage_next_step/>
        <section class="stack" aria-labelledby="pillars-heading">
            <h2 id="pillars-heading">"Pillar by pillar"</h2>
            <PillarChart
                title="Pillar scores, 0 to 100"
                caption="Score per pillar, 0 to 100"
                columns=columns
                rows=rows
                series=series
            />
            <ul class="highlights">{standing}</ul>
            <p class="muted no-print">
                "Open a pillar for its further ideas, what to keep doing and the answers behind its score."
            </p>
            <div class="pillar-details">{per_pillar}</div>
        </section>
        <Show when={
            let empty = blind_spots.is_empty();
            move || !empty
        }>
            <section class="stack" aria-labelledby="blind-spots-heading">
                <h2 id="blind-spots-heading">"Blind spots"</h2>
                <p class="muted">
                    {blind_spots_intro.clone()}
                    " Not knowing is a finding in itself: each is worth asking a colleague about."
                </p>
                <ul class="blind-spots">
                    {blind_spots
                        .iter()
                        .map(|statement| view! {
                            <li><span class="eyebrow">{statement.pillar().name}</span><br/>{statement.text}</li>
                        })
                        .collect_view()}
                </ul>
            </section>
        </Show>
        <HowScoringWorks/>
        <LearnMore pointers=learn who=who/>
    }
}

/// One pillar folded under its name and score: the chosen actions beyond the first ones, what to keep
/// doing when it is strong, and each of its statements with the answer given. Folded on screen,
/// unfolded on paper.
fn pillar_detail(
    result: &AssessmentResult,
    pillar: &PillarResult,
    guidance: &Guidance,
    who: &str,
    answers_heading: &'static str,
) -> impl IntoView {
    let more: Vec<&ChosenAction> = guidance
        .more_actions()
        .iter()
        .filter(|action| action.recommendation.pillar_id == pillar.pillar.id)
        .collect();
    // "55" alone beside a name reads as a count; say what it is out of.
    let mut summary = match pillar.score {
        PillarScore::Scored(score) => format!("{score} of 100"),
        unscored => score_text(unscored),
    };
    let rests_on = capitalise_first(&pillar.rests_on());
    match more.len() {
        0 => {}
        1 => summary.push_str(" · 1 more idea"),
        count => summary.push_str(&format!(" · {count} more ideas")),
    }
    // At the top stage the strengths lead the page already.
    let keep_doing = guidance
        .strengths
        .iter()
        .find(|strength| strength.pillar.id == pillar.pillar.id && !guidance.sustaining)
        .map(|strength| {
            view! {
                <h3>"Keep doing"</h3>
                <p>{strength.pillar.keep_doing}</p>
                <ul class="strength__evidence">
                    {strength.shown_by.iter().map(|reason| view! { <li>{reason.statement.text}</li> }).collect_view()}
                </ul>
            }
        });
    let more_ideas = (!more.is_empty()).then(|| {
        view! {
            <h3>"More ideas"</h3>
            <ol class="recommendations">{more.iter().map(|action| action_card(action, who, true)).collect_view()}</ol>
        }
    });
    let answers = result
        .answers_to(pillar.pillar)
        .into_iter()
        .map(|given| {
            view! {
                <li>
                    <p>{given.statement.text}</p>
                    <p class="given-answers__answer">
                        <strong>{given.label()}</strong>
                        {given.note().map(|note| view! { " " <span class="muted">{note}</span> })}
                    </p>
                </li>
            }
        })
        .collect_view();
    let answers_id = format!("answers-{}", pillar.pillar.id);
    view! {
        <details class="card pillar-detail unfold-in-print">
            <summary>
                <span class="pillar-detail__name">{pillar.pillar.name}</span>
                " "
                <span class="pillar-detail__meta">{summary}</span>
                <span class="pillar-detail__rests">{rests_on}</span>
            </summary>
            <div class="stack">
                {keep_doing}
                {more_ideas}
                <h3 id=answers_id.clone()>{answers_heading}</h3>
                <ul class="given-answers" aria-labelledby=answers_id>{answers}</ul>
            </div>
        </details>
    }
}

/// What holds the stage back and what the next one would take: what would have to become true of
/// the company, the scores that fall short, and the statements whose change would move them most.
#[component]
fn NextStageView(
    next: NextStage,
    /// The current stage's next step.
    from: Option<&'static str>,
) -> impl IntoView {
    let overall = next.overall.map(|gap| {
        view! {
            <li>{format!(
                "The overall score needs to reach {}; this result has {}, {} short.",
                gap.needed, gap.now, points(gap.points())
            )}</li>
        }
    });
    let floor = next.pillar_floor;
    let pillars = next
        .pillars
        .iter()
        .map(|gap| {
            view! {
                <li>{format!(
                    "Every pillar needs at least {floor}: in this result {} has {}, {} short.",
                    gap.pillar.name, gap.gap.now, points(gap.gap.points())
                )}</li>
            }
        })
        .collect_view();
    let total = next.moves.len();
    let moves = next
        .moves
        .iter()
        .take(MOVES_SHOWN)
        .map(|change| {
            view! {
                <li>
                    <span class="eyebrow">{change.statement.pillar().name}</span><br/>
                    <strong>{format!("{}: ", change.what_would_change())}</strong>
                    {change.statement.text}<br/>
                    <span class="muted">{format!("Answered \"{}\" this time.", change.from.label())}</span>
                </li>
            }
        })
        .collect_view();
    let enough = match total {
        0 => None,
        1 => Some("That one change would be enough.".to_owned()),
        count if count <= MOVES_SHOWN => Some(format!("These {count} changes together would be enough.")),
        count => {
            Some(format!("In all, {count} changes like these would be needed; the ones listed move it most."))
        }
    };
    view! {
        <section class="card stack next-stage" aria-labelledby="next-stage-heading">
            <h2 id="next-stage-heading">{heading_text(&format!("The way to \"{}\"", next.stage.name))}</h2>
            {from.map(|text| view! { <p class="lead">{text}</p> })}
            <ul class="next-stage__gaps">{overall}{pillars}</ul>
            <Show when=move || total != 0>
                <p>"What would have to change in the company, the changes that would move it most first:"</p>
            </Show>
            <ol class="next-stage__moves">{moves}</ol>
            {enough.map(|enough| view! { <p class="muted">{enough}</p> })}
        </section>
    }
}

/// How many of the answers that would reach the next stage are listed.
const MOVES_SHOWN: usize = 3;

fn points(count: u8) -> String {
    match count {
        1 => "1 point".to_owned(),
        count => format!("{count} points"),
    }
}

/// The scoring rules in plain words, folded away until asked for.
#[component]
fn HowScoringWorks() -> impl IntoView {
    let rules = how_scoring_works()
        .into_iter()
        .map(|rule| view! { <h3>{heading_text(rule.heading)}</h3><p>{rule.text}</p> })
        .collect_view();
    view! {
        <details class="card how-scoring unfold-in-print">
            <summary>"How the score works"</summary>
            <div class="stack">
                {rules}
                <p>
                    "Every statement with its keying, what each pillar captures and what a reading cannot tell you: "
                    <a href=Route::Method.href()>"How the assessment works"</a>
                </p>
            </div>
        </details>
    }
}

/// The advice to lead with: the first actions chosen by the weakest answers, each with its reasons;
/// at the top stage, keeping it going and the strengths come first. The rest folds under the pillars.
#[component]
fn FirstAdvice(guidance: Guidance, who: String, sustain: Option<&'static str>) -> impl IntoView {
    let first = guidance.first_actions().iter().map(|action| action_card(action, &who, false)).collect_view();
    let more_count = guidance.more_actions().len();
    let has_actions = !guidance.actions.is_empty();
    let (actions_heading, actions_intro) = if guidance.sustaining {
        (
            "Worth a look",
            "A few answers still sit at or below the middle of the scale. None of them changes the stage, but \
             each is a place where the culture could slip.",
        )
    } else {
        (
            "What to do next",
            "Chosen by the statements answered worst, the worst first. Each is something a team can start next \
             week.",
        )
    };
    let more_note = (more_count > 0).then(|| {
        let ideas =
            if more_count == 1 { "1 more idea".to_owned() } else { format!("{more_count} more ideas") };
        view! { <p class="muted">{format!("{ideas} wait under their pillars below.")}</p> }
    });
    let actions_section = if has_actions {
        view! {
            <section class="stack" aria-labelledby="recommendations-heading">
                <h2 id="recommendations-heading">{actions_heading}</h2>
                <p class="muted">{actions_intro}</p>
                <ol class="recommendations">{first}</ol>
                {more_note}
            </section>
        }
        .into_any()
    } else if guidance.sustaining {
        ().into_any()
    } else {
        view! {
            <section class="stack" aria-labelledby="recommendations-heading">
                <h2 id="recommendations-heading">"What to do next"</h2>
                <p>
                    "No statement was answered at the middle of the scale or below, so there is nothing to fix. "
                    "Keep doing what works, and look at the way to the next stage above."
                </p>
            </section>
        }
        .into_any()
    };
    if !guidance.sustaining {
        return actions_section;
    }
    let strengths = guidance
        .strengths
        .iter()
        .map(|strength| {
            let shown_by = strength
                .shown_by
                .iter()
                .map(|reason| view! { <li>{reason.statement.text}</li> })
                .collect_view();
            view! {
                <li class="card stack strength">
                    <p class="eyebrow">{format!("{} · {}", strength.pillar.name, strength.score)}</p>
                    <p>{strength.pillar.keep_doing}</p>
                    <ul class="strength__evidence">{shown_by}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="stack" aria-labelledby="keep-going-heading">
            <h2 id="keep-going-heading">"Keep it going"</h2>
            {sustain.map(|text| view! { <p class="lead">{text}</p> })}
        </section>
        <section class="stack" aria-labelledby="strengths-heading">
            <h2 id="strengths-heading">"What to keep doing"</h2>
            <p class="muted">"These pillars are strong. The answers that show it are listed under each."</p>
            <ul class="strengths">{strengths}</ul>
        </section>
        {actions_section}
    }
    .into_any()
}

/// One chosen action: what to do, why it helps, and which answers chose it. Under a pillar's own
/// heading (`nested`) its title is one level down.
fn action_card(action: &ChosenAction, who: &str, nested: bool) -> impl IntoView {
    let recommendation = action.recommendation;
    let reasons = action.reasons.iter().map(|reason| view! { <li>{reason.because(who)}</li> }).collect_view();
    let title = heading_text(recommendation.title);
    let title =
        if nested { view! { <h4>{title}</h4> }.into_any() } else { view! { <h3>{title}</h3> }.into_any() };
    view! {
        <li class="card stack recommendation">
            <p class="eyebrow">{recommendation.pillar().name}</p>
            {title}
            <p>{recommendation.action}</p>
            <p class="muted"><strong>"Why it helps: "</strong>{recommendation.why}</p>
            {action.comes_first_because().map(|sentence| view! { <p class="muted">{sentence}</p> })}
            <ul class="reasons">{reasons}</ul>
        </li>
    }
}

/// The result before the one shown, and when it was taken, for people.
#[derive(Clone, Debug, PartialEq)]
pub struct LastTime {
    pub when: String,
    pub result: AssessmentResult,
}

impl LastTime {
    /// The entry before `entry` in the history, if there is one.
    pub fn before(history: &History, entry: &HistoryEntry) -> Option<LastTime> {
        let previous = history.previous(entry.id)?;
        Some(LastTime { when: history.when(previous), result: previous.result() })
    }
}

/// How the overall score moved since last time, in a line above the reading.
pub fn overall_since(last: &LastTime, result: &AssessmentResult) -> impl IntoView {
    let moved = lowercase_first(&change(&last.result, result).describe_overall());
    view! {
        <p class="callout">
            {format!("Overall since {}: {moved}.", last.when)}
            " The chart shows last time beside this one, and the table the change per pillar."
        </p>
    }
}

fn pillar_scores(result: &AssessmentResult) -> Vec<Option<u8>> {
    result.pillars.iter().map(|pillar| pillar.score.value()).collect()
}

/// A pillar score as the table shows it.
pub fn score_text(score: PillarScore) -> String {
    match score {
        PillarScore::Scored(value) => value.to_string(),
        PillarScore::TooFewAnswers { .. } => "Too few answers".to_owned(),
    }
}

//! A result, read: first what fits one phone screen (the stage on a ladder of every stage, the
//! overall score, how far the next stage is, the pillar strip with the weakest marked, and the first
//! action), then the rest once each, in the order a manager reads it: the advice, one place for it,
//! with the way to the next stage folded in; each pillar folded with what to keep doing and the answers
//! given; why the stage is what it is and how the score works; the blind spots; the quiz.

use culture_core::assessment::{
    change, how_scoring_works, ladder_svg, AssessmentResult, ChosenAction, Guidance, History, HistoryEntry,
    NextStage, PillarResult, PillarScore, RungMark,
};
use culture_core::chart::Series;
use culture_core::route::Route;
use culture_core::text::{capitalise_first, counted, describe_delta, lowercase_first};
use leptos::prelude::*;

use super::learn_more::LearnMore;
use crate::browser::print;
use crate::ui::heading_text::heading_text;
use crate::ui::pillar_chart::{PillarChart, PillarRow};
use crate::ui::section::section;

/// The top of a result: whose stage, the stage as the page's `h1`, the overall score with the page's
/// main button beside it, the ladder of every stage with the result on it, and how far the next stage
/// is.
#[component]
pub fn StageHeading(
    result: AssessmentResult,
    /// The line above the stage: whose stage it is.
    #[prop(default = "Your stage".to_owned())]
    eyebrow: String,
    /// How the overall score moved since the result before, under the score.
    #[prop(optional_no_strip)]
    since: Option<String>,
    /// The page's main button ("Share", "Take it yourself"), beside the score.
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let label = result.reading.label();
    // One line under the score, beside the main button, not a panel of its own: the first action
    // stays on the first phone screen, and the strip's columns say the rest.
    let since = since.map(|since| view! { <p class="since">{since}</p> });
    view! {
        <header class="result-head glance stack">
            <p class="eyebrow">{eyebrow}</p>
            <h1 tabindex="-1">{heading_text(&label)}</h1>
            <div class="glance__score">
                <div>
                    {result.overall.map(|overall| view! {
                        <p class="score-line">
                            <span class="score-big">{overall.to_string()}</span>
                            " out of 100 overall"
                        </p>
                    })}
                    {since}
                </div>
                {children.map(|children| view! { <div class="glance__action no-print">{children()}</div> })}
            </div>
            <Ladder result=result.clone()/>
            <p class="glance__distance">{result.distance_to_next()}</p>
        </header>
    }
}

/// Every stage, lowest first, drawn as a bar with the result marked on it, and the same as a list
/// that says in words which stage is the result's. The stages' score ranges are in the scoring rules.
#[component]
fn Ladder(result: AssessmentResult) -> impl IntoView {
    let rungs = result.ladder();
    let drawing = ladder_svg(&rungs, result.ladder_marker());
    let items = rungs
        .iter()
        .map(|rung| {
            let here = rung.mark == RungMark::Here;
            view! {
                <li class="ladder__step" class:ladder__step--here=here aria-current={here.then_some("true")}>
                    <span class="ladder__name">{rung.stage.name}</span>
                    {rung.mark_text().map(|mark| view! { <span class="ladder__mark">{format!("▲ {mark}")}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <div class="ladder">
            <svg class="ladder__bar" viewBox="0 0 100 20" preserveAspectRatio="none" width="100%" height="20" aria-hidden="true" inner_html=drawing></svg>
            <ol class="ladder__rungs" aria-label="The stages, lowest first">{items}</ol>
        </div>
    }
}

/// One result after its heading, in the order a reader needs it: the pillar strip and the advice
/// (the first action leading), the way to the next stage, then the pillars folded, why the stage, the
/// blind spots and the quiz.
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
        // The date is in the line under the score, so the legend stays one line on a phone.
        series.push(Series { name: "Last time".to_owned(), scores: pillar_scores(&last.result) });
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
    let marks = result.pillar_marks().into_iter().map(|mark| mark.map(|mark| mark.text())).collect();

    let guidance = result.guidance();
    let per_pillar = result
        .pillars
        .iter()
        .map(|pillar| pillar_detail(&result, pillar, &guidance, answers_heading))
        .collect_view();
    let learn = guidance.learn.clone();
    let next_stage = result.next_stage();
    // At the top stage the next step is how to keep it; below, it leads the way to the next stage.
    let stage_next_step =
        result.stage().filter(|stage| stage.next().is_none()).map(|stage| stage.next_step());
    let way = next_stage.map(|next| {
        view! { <NextStageView next=next from=result.stage().map(|stage| stage.next_step())/> }.into_any()
    });
    let blind_spots = result.blind_spots.clone();
    let blind_count = blind_spots.len();

    view! {
        <section class="glance__pillars" aria-labelledby="strip-heading">
            <h2 id="strip-heading" class="visually-hidden">"Pillar scores"</h2>
            <PillarChart
                title="Pillar scores, 0 to 100"
                caption="Score per pillar, 0 to 100"
                columns=columns
                rows=rows
                series=series
                marks=marks
            />
        </section>
        <FirstAdvice guidance=guidance who=who.clone() sustain=stage_next_step/>
        {way}
        {section("pillars-heading", "Pillar by pillar", "stack", view! {
            <div class="pillar-details">{per_pillar}</div>
        })}
        <WhyThisStage result=result.clone()/>
        {(blind_count != 0).then(|| view! {
            {section("blind-spots-heading", "Blind spots", "stack", view! {
                <details class="unfold-in-print">
                    <summary>
                        {blind_spots_intro}
                        {format!(" ({})", counted(blind_count, "statement", "statements"))}
                    </summary>
                    <p class="muted">"Not knowing is a finding in itself: each is worth asking a colleague about."</p>
                    <ul class="blind-spots">
                        {blind_spots
                            .iter()
                            .map(|statement| view! {
                                <li><span class="eyebrow">{statement.pillar().name}</span><br/>{statement.text()}</li>
                            })
                            .collect_view()}
                    </ul>
                </details>
            })}
        })}
        <LearnMore pointers=learn who=who/>
    }
}

/// Why the stage is what it is, folded: what it means, a weak pillar holding it back, the pillars
/// not measured, a line it sits near, the obstacles the answers point to, and the scoring rules.
#[component]
fn WhyThisStage(result: AssessmentResult) -> impl IntoView {
    let description = result.placement().map(|placement| placement.stage.description());
    let unmeasured = result.unmeasured();
    let held_back = result
        .placement()
        .and_then(|placement| Some((placement, placement.held_back_by?)))
        .filter(|(_, pillar)| !unmeasured.contains(pillar))
        .map(|(placement, pillar)| {
            view! {
                <p>
                    {format!(
                        "The overall score alone would reach \"{}\", but one weak pillar holds a culture back: \
                         \"{}\" keeps it at this stage until it catches up.",
                        placement.by_overall.name, pillar.name
                    )}
                </p>
            }
        });
    let unmeasured_note = result.unmeasured_note().map(|note| view! { <p>{note}</p> });
    let near = result.near_cut_points();
    let near = (!near.is_empty()).then(|| view! { <p><strong>"Near a line. "</strong>{near.join(" ")}</p> });
    let obstacles = result.obstacles();
    let obstacles = (!obstacles.is_empty()).then(|| {
        let items = obstacles
            .into_iter()
            .map(|named| {
                view! {
                    <li>
                        <strong>{format!("{}: ", named.obstacle.name)}</strong>
                        {named.obstacle.description()}
                        <span class="muted">
                            {format!(" Shown by agreeing with {} of its statements.", named.shown_by.len())}
                        </span>
                    </li>
                }
            })
            .collect_view();
        view! {
            <h3 id="obstacles-heading">"Obstacles the answers point to"</h3>
            <ul class="obstacles" aria-labelledby="obstacles-heading">{items}</ul>
        }
    });
    let rules = how_scoring_works()
        .into_iter()
        .map(|rule| view! { <h3>{heading_text(rule.heading)}</h3><p>{rule.text}</p> })
        .collect_view();
    view! {
        <details class="card how-scoring unfold-in-print">
            <summary>"How the score works, and why this stage"</summary>
            <div class="stack">
                {description.map(|text| view! { <p>{text}</p> })}
                {held_back}
                {unmeasured_note}
                {near}
                {obstacles}
                // The rules are the method's, not this result's: on paper they stay folded.
                <details>
                    <summary>"The rules"</summary>
                    <div class="stack">{rules}</div>
                </details>
                <p class="no-print">
                    "Every statement with its keying, what each pillar captures and what a reading cannot tell you: "
                    <a href=Route::Method.href()>"How the assessment works"</a>
                </p>
            </div>
        </details>
    }
}

/// One pillar folded under its name (its score is in the strip above): what to keep doing when it
/// is strong, and each of its statements with the answer given. Folded on screen, unfolded on paper.
fn pillar_detail(
    result: &AssessmentResult,
    pillar: &PillarResult,
    guidance: &Guidance,
    answers_heading: &'static str,
) -> impl IntoView {
    let rests_on = capitalise_first(&pillar.rests_on());
    // At the top stage the strengths lead the advice already.
    let keep_doing = guidance
        .strengths
        .iter()
        .find(|strength| strength.pillar.id == pillar.pillar.id && !guidance.sustaining)
        // The answers that show the strength are listed just below it, once.
        .map(|strength| view! { <h3>"Keep doing"</h3><p>{strength.pillar.keep_doing()}</p> });
    let answers = result
        .answers_to(pillar.pillar)
        .into_iter()
        .map(|given| {
            view! {
                <li>
                    <p>{given.statement.text()}</p>
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
                <span class="pillar-detail__rests">{rests_on}</span>
            </summary>
            <div class="stack">
                {keep_doing}
                <h3 id=answers_id.clone()>{answers_heading}</h3>
                <ul class="given-answers" aria-labelledby=answers_id>{answers}</ul>
            </div>
        </details>
    }
}

/// What the next stage would take: what would have to become true of the company, and, folded, the
/// statements whose change would move the result most, each with the answer given this time.
#[component]
fn NextStageView(
    next: NextStage,
    /// The current stage's next step.
    from: Option<&'static str>,
) -> impl IntoView {
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
                    {change.statement.text()}<br/>
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
    let moves = (total != 0).then(|| {
        view! {
            <details class="unfold-in-print">
                <summary>"What would have to change in the company, statement by statement"</summary>
                <ol class="next-stage__moves">{moves}</ol>
                {enough.map(|enough| view! { <p class="muted">{enough}</p> })}
            </details>
        }
    });
    view! {
        {section("next-stage-heading", heading_text(&format!("The way to \"{}\"", next.stage.name)), "card stack next-stage", view! {
            {from.map(|text| view! { <p>{text}</p> })}
            {moves}
        })}
    }
}

/// How many of the answers that would reach the next stage are listed.
const MOVES_SHOWN: usize = 3;

/// The advice, in one place: the actions chosen by the weakest answers, the first of them leading
/// the page, each with its reasons folded, and the further ideas folded.
/// At the top stage, keeping it going and the strengths come first.
#[component]
fn FirstAdvice(guidance: Guidance, who: String, sustain: Option<&'static str>) -> impl IntoView {
    // The first action reads in full; the others fold what to do under their titles.
    let first = guidance
        .first_actions()
        .iter()
        .enumerate()
        .map(|(index, action)| action_card(action, &who, ActionCard { nested: false, folded: index > 0 }))
        .collect_view();
    let more = guidance.more_actions();
    let more_count = more.len();
    let has_actions = !guidance.actions.is_empty();
    let actions_heading = if guidance.sustaining { "Worth a look" } else { "What to do next" };
    let actions_intro = if guidance.sustaining {
        "A few answers still sit at or below the middle of the scale. None changes the stage, but each is a \
         place where the culture could slip."
    } else {
        "Chosen by the statements answered worst, the worst first; each is something a team can start next week."
    };
    let more_ideas = (more_count > 0).then(|| {
        let ideas =
            if more_count == 1 { "1 more idea".to_owned() } else { format!("{more_count} more ideas") };
        let cards = more
            .iter()
            .map(|action| action_card(action, &who, ActionCard { nested: true, folded: true }))
            .collect_view();
        view! {
            <details class="more-ideas">
                <summary>{ideas}</summary>
                <ol class="recommendations">{cards}</ol>
            </details>
        }
    });
    let actions_section = if has_actions {
        view! {
            {section("recommendations-heading", actions_heading, "stack advice", view! {
                <ol class="recommendations">{first}</ol>
                <p class="muted">{actions_intro}</p>
                {more_ideas}
            })}
        }
        .into_any()
    } else if guidance.sustaining {
        ().into_any()
    } else {
        view! {
            {section("recommendations-heading", "What to do next", "stack advice", view! {
                <p>
                    "No statement was answered at the middle of the scale or below, so there is nothing to fix. "
                    "Keep doing what works; the way to the next stage follows."
                </p>
            })}
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
                .map(|reason| view! { <li>{reason.statement.text()}</li> })
                .collect_view();
            view! {
                <li class="card stack strength">
                    <p class="eyebrow">{strength.pillar.name}</p>
                    <p>{strength.pillar.keep_doing()}</p>
                    <details>
                        <summary>"The answers that show it"</summary>
                        <ul class="strength__evidence">{shown_by}</ul>
                    </details>
                </li>
            }
        })
        .collect_view();
    view! {
        {section("keep-going-heading", "Keep it going", "stack", view! {
            {sustain.map(|text| view! { <p class="lead">{text}</p> })}
        })}
        {section("strengths-heading", "What to keep doing", "stack", view! {
            <ul class="strengths">{strengths}</ul>
        })}
        {actions_section}
    }
    .into_any()
}

/// How an action card shows.
#[derive(Clone, Copy)]
struct ActionCard {
    /// Under the further ideas: its title one level down.
    nested: bool,
    /// What to do folds with the reasons, under the title.
    folded: bool,
}

/// One chosen action: its title and what to do, then, folded, why it helps and which answers chose
/// it.
fn action_card(action: &ChosenAction, who: &str, card: ActionCard) -> impl IntoView {
    let recommendation = action.recommendation;
    let reasons = action.reasons.iter().map(|reason| view! { <li>{reason.because(who)}</li> }).collect_view();
    let title = heading_text(recommendation.title());
    let title = if card.nested {
        view! { <h4>{title}</h4> }.into_any()
    } else {
        view! { <h3>{title}</h3> }.into_any()
    };
    let what = view! { <p>{recommendation.action()}</p> };
    let (open_what, folded_what) = if card.folded { (None, Some(what)) } else { (Some(what), None) };
    let summary = if card.folded {
        "What to do, why, and the answers behind it"
    } else {
        "Why, and the answers behind it"
    };
    view! {
        <li class="card stack recommendation">
            <p class="eyebrow">{recommendation.pillar().name}</p>
            {title}
            {open_what}
            {action.comes_first_because().map(|sentence| view! { <p class="muted">{sentence}</p> })}
            <details class="unfold-in-print">
                <summary>{summary}</summary>
                {folded_what}
                <p class="muted"><strong>"Why it helps: "</strong>{recommendation.why()}</p>
                <ul class="reasons">{reasons}</ul>
            </details>
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

/// How the overall score moved since last time, for [`StageHeading`]'s `since`.
pub fn overall_since(last: &LastTime, result: &AssessmentResult) -> String {
    let moved = lowercase_first(&change(&last.result, result).describe_overall());
    format!("Overall since {}: {moved}.", last.when)
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

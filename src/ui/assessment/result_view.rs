//! A result, read: the stage and what it means, the radar chart and the same figures as a table,
//! strongest and weakest pillars, recommendations for the weakest, and the blind spots.

use culture_core::assessment::{AssessmentResult, PillarScore, ResultChange};
use leptos::prelude::*;

use crate::ui::radar::{RadarChart, RadarSeries};

/// The stage heading and the overall score. Used as the page's `h1`.
#[component]
pub fn StageHeading(
    result: AssessmentResult,
    /// The line above the stage: whose stage it is.
    #[prop(default = "Your stage".to_owned())]
    eyebrow: String,
) -> impl IntoView {
    match (&result.placement, result.overall) {
        (Some(placement), Some(overall)) => {
            let held_back = placement.held_back_by.map(|pillar| {
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
            view! {
                <header class="result-head stack">
                    <p class="eyebrow">{eyebrow}</p>
                    <h1 tabindex="-1">{placement.stage.name}</h1>
                    <p class="score-line">
                        <span class="score-big">{overall.to_string()}</span>
                        " out of 100 overall"
                    </p>
                    <p class="lead">{placement.stage.description}</p>
                    {held_back}
                    <p><strong>"Next: "</strong>{placement.stage.next_step}</p>
                </header>
            }
            .into_any()
        }
        _ => view! {
            <header class="result-head stack">
                <h1 tabindex="-1">"Not enough answers for a stage"</h1>
                <p class="lead">
                    "Too many statements were left unanswered or marked \"Don't know\" to place the culture "
                    "on a stage. The pillars that could be scored are shown below; the blind spots list what "
                    "is worth finding out."
                </p>
            </header>
        }
        .into_any(),
    }
}

/// Chart, table, strongest and weakest, recommendations and blind spots for one result.
#[component]
pub fn ResultDetails(
    result: AssessmentResult,
    /// The change since an earlier result, shown as a table column when there is one.
    #[prop(optional_no_strip)]
    change: Option<ResultChange>,
    /// Whose result this is, when it is not the visitor's own (a shared link).
    #[prop(optional_no_strip)]
    owner: Option<String>,
) -> impl IntoView {
    let labels: Vec<String> = result.pillars.iter().map(|p| p.pillar.name.to_owned()).collect();
    let scores: Vec<Option<u8>> = result.pillars.iter().map(|p| p.score.value()).collect();
    let series_name = owner.clone().unwrap_or_else(|| "Your result".to_owned());
    let series = vec![RadarSeries { name: series_name, scores }];
    let blind_spots_intro = match &owner {
        Some(owner) => format!("{owner} answered \"Don't know\" to these."),
        None => "You answered \"Don't know\" to these.".to_owned(),
    };

    let has_change = change.is_some();
    let rows = result
        .pillars
        .iter()
        .map(|pillar| {
            let delta = change
                .as_ref()
                .and_then(|change| change.pillars.iter().find(|c| c.pillar.id == pillar.pillar.id))
                .map(|c| describe_delta(c.delta));
            view! {
                <tr>
                    <th scope="row">{pillar.pillar.name}</th>
                    <td class="number">{score_text(pillar.score)}</td>
                    {delta.map(|delta| view! { <td class="number">{delta}</td> })}
                </tr>
            }
        })
        .collect_view();

    let strongest = result.strongest().map(|p| (p.pillar.name, p.score.value().unwrap_or(0)));
    let weakest = result.weakest().map(|p| (p.pillar.name, p.score.value().unwrap_or(0)));
    let recommendations = result
        .recommendations()
        .into_iter()
        .map(|recommendation| {
            view! {
                <li class="card stack recommendation">
                    <p class="eyebrow">{recommendation.pillar().name}</p>
                    <h3>{recommendation.title}</h3>
                    <p>{recommendation.action}</p>
                    <p class="muted"><strong>"Why: "</strong>{recommendation.why}</p>
                </li>
            }
        })
        .collect_view();
    let blind_spots = result.blind_spots.clone();

    view! {
        <section class="stack" aria-labelledby="pillars-heading">
            <h2 id="pillars-heading">"Pillar by pillar"</h2>
            <RadarChart title="Pillar scores, 0 to 100".to_owned() labels=labels series=series/>
            <div class="table-wrap">
                <table class="data-table">
                    <caption class="visually-hidden">"Score per pillar, 0 to 100"</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Pillar"</th>
                            <th scope="col" class="number">"Score"</th>
                            {has_change.then(|| view! { <th scope="col" class="number">"Change"</th> })}
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <ul class="highlights">
                {strongest.map(|(name, score)| view! {
                    <li><strong>"Strongest: "</strong>{format!("{name} ({score})")}</li>
                })}
                {weakest.map(|(name, score)| view! {
                    <li><strong>"Weakest: "</strong>{format!("{name} ({score})")}</li>
                })}
            </ul>
        </section>
        <section class="stack" aria-labelledby="recommendations-heading">
            <h2 id="recommendations-heading">"What to do next"</h2>
            <p class="muted">"For the weakest pillars, most useful first. Each is something a team can start next week."</p>
            <ol class="recommendations">{recommendations}</ol>
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
    }
}

/// A pillar score as the table shows it.
pub fn score_text(score: PillarScore) -> String {
    match score {
        PillarScore::Scored(value) => value.to_string(),
        PillarScore::TooFewAnswers { .. } => "Too few answers".to_owned(),
    }
}

/// A change in points, with words as well as a sign so it reads aloud clearly.
pub fn describe_delta(delta: Option<i16>) -> String {
    match delta {
        Some(0) => "No change".to_owned(),
        Some(delta) if delta > 0 => format!("Up {delta}"),
        Some(delta) => format!("Down {}", delta.unsigned_abs()),
        None => "Not comparable".to_owned(),
    }
}

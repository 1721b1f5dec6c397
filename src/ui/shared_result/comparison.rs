//! Someone's result beside the visitor's latest: the two stages, overall scores and the pillars
//! furthest apart in words, the statements where the two answered furthest apart (to start the
//! conversation from), then, folded, both on one chart with the pillar differences in a table.

use culture_core::assessment::{HistoryEntry, PillarChange};
use culture_core::chart::Series;
use culture_core::shared_result::{compare, SharedAssessment};
use leptos::prelude::*;

use crate::ui::assessment::result_view::score_text;
use crate::ui::pillar_chart::{PillarChart, PillarRow};
use crate::ui::section::section;

#[component]
pub(super) fn ComparisonView(
    theirs: SharedAssessment,
    theirs_name: String,
    yours: HistoryEntry,
) -> impl IntoView {
    let comparison = compare(&theirs.result, &yours.result());
    let same = theirs.answers == yours.answers;
    // Their result as the sentences name it: by its quoted name, or as the shared result.
    let their = if theirs.label.is_some() { theirs_name.clone() } else { "the shared result".to_owned() };
    let stage = comparison.stage_sentence(&their);
    let overall = comparison.overall_sentence(&their);
    let series = vec![
        Series {
            name: theirs_name.clone(),
            scores: comparison.pillars().iter().map(|g| g.before.value()).collect(),
        },
        Series {
            name: "You".to_owned(),
            scores: comparison.pillars().iter().map(|g| g.after.value()).collect(),
        },
    ];
    let rows = comparison
        .pillars()
        .iter()
        .map(|gap| PillarRow {
            pillar: gap.pillar.name,
            cells: vec![score_text(gap.before), score_text(gap.after), describe_gap(gap)],
        })
        .collect();
    let columns = vec![theirs_name.clone(), "You".to_owned(), "Difference".to_owned()];
    let widest = comparison.widest_sentence();
    let statements = comparison
        .statements
        .iter()
        .map(|gap| {
            view! {
                <li class="card stack">
                    <p class="eyebrow">{gap.statement.pillar().name}</p>
                    <p>{gap.statement.text()}</p>
                    <p class="muted">
                        {format!("{theirs_name}: {}", gap.theirs.label())}
                        <br/>
                        {format!("You: {}", gap.yours.label())}
                    </p>
                </li>
            }
        })
        .collect_view();
    let has_statements = !comparison.statements.is_empty();

    view! {
        {section("compare-heading", "Compared with your latest result", "stack", view! {
            <p class="muted">{format!("Your assessment of {} beside this one.", yours.day.long())}</p>
            <ul class="highlights">
                <li>{stage}</li>
                <li>{overall}</li>
                {widest.map(|widest| view! { <li>{widest}</li> })}
            </ul>
            {same.then(|| view! { <p class="callout">"These are exactly the answers of your latest result."</p> })}
            <Show when=move || has_statements>
                <h3>"Statements you answered furthest apart"</h3>
                <p class="muted">"A good place to start the conversation: what has each of you seen?"</p>
            </Show>
            <ol class="compare-statements">{statements}</ol>
            // Folded, on paper too: the lines above name what differs; the figures are a press away.
            <details class="card">
                <summary>"Every pillar, side by side"</summary>
                <PillarChart
                    title="Pillar scores compared, 0 to 100"
                    caption="Score per pillar in both results, 0 to 100"
                    columns=columns
                    rows=rows
                    series=series
                />
            </details>
        })}
    }
}

/// The difference in words, so it reads aloud clearly and never relies on a colour or a sign.
fn describe_gap(gap: &PillarChange) -> String {
    match gap.delta {
        Some(0) => "Same".to_owned(),
        Some(difference) if difference > 0 => format!("You {difference} higher"),
        Some(difference) => format!("You {} lower", difference.unsigned_abs()),
        None => "Not comparable".to_owned(),
    }
}

//! How the results moved: the overall score and, a press away, each pillar's across the history,
//! each as a small line chart with its figures in words beside it. Needs two results, and says so
//! with one.

use culture_core::assessment::{History, Trend};
use culture_core::chart::{svg, svg_number, TREND_HEIGHT};
use culture_core::text::describe_delta;
use leptos::prelude::*;

use crate::ui::section::section;

#[component]
pub(super) fn Trends(history: History) -> impl IntoView {
    let entries: Vec<_> = history.oldest_first().collect();
    let (Some(first), Some(latest)) = (entries.first(), entries.last()) else {
        return ().into_any();
    };
    if entries.len() < 2 {
        return view! {
            {section("trends-heading", "How your results moved", "stack", view! {
                <p>"Take the assessment again in a few months: with two results or more, this shows how each pillar moved."</p>
            })}
        }
        .into_any();
    }
    let whens: Vec<String> = entries.iter().map(|entry| history.when(entry)).collect();
    let (from, to) = (history.short_when(first), history.short_when(latest));
    let mut trends = history.trends().into_iter();
    let overall = trends.next().map(|trend| trend_view(&trend, &whens, &from, &to));
    let pillars = trends
        .map(|trend| view! { <li class="stack">{trend_view(&trend, &whens, &from, &to)}</li> })
        .collect_view();
    view! {
        {section("trends-heading", "How your results moved", "stack", view! {
            <p class="muted">"One point per result, the oldest on the left, on the scale of 0 to 100."</p>
            <div class="card stack">{overall}</div>
            <details class="card">
                <summary>"Each pillar over time"</summary>
                <ul class="history">{pillars}</ul>
            </details>
        })}
    }
    .into_any()
}

/// One measure: its name, how far it moved from the first result to the latest, its chart, and
/// every figure in words.
fn trend_view(trend: &Trend, whens: &[String], from: &str, to: &str) -> impl IntoView {
    let name = trend.pillar.map_or("Overall score", |pillar| pillar.name);
    let moved = match trend.first_and_latest() {
        Some((first, latest)) => format!(
            "{} since the first result: {latest} now, {first} then.",
            describe_delta(Some(i16::from(latest) - i16::from(first)))
        ),
        None => "Too few results with a score to compare.".to_owned(),
    };
    let figures: Vec<String> = trend
        .scores
        .iter()
        .map(|score| score.map_or("not scored".to_owned(), |score| score.to_string()))
        .collect();
    let described = figures
        .iter()
        .zip(whens)
        .map(|(figure, when)| format!("{figure} on {when}"))
        .collect::<Vec<_>>()
        .join("; ");
    view! {
        <h3>{name}</h3>
        <p>{moved}</p>
        <svg
            width="100%"
            height=svg_number(TREND_HEIGHT)
            role="img"
            aria-label=format!("{name} over time: {described}.")
            inner_html=svg::trend(&trend.scores, from, to)
        ></svg>
        <p class="muted">{format!("Oldest first: {}.", figures.join(", "))}</p>
    }
}

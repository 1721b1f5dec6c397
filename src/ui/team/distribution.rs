//! How the room answered one statement: a bar of the scale's answers, each part named, and the same
//! counts in words. The bar reads like the words: the healthy answers first in blue, undecided in
//! grey, the answers that point to a problem in orange (so on an obstacle agreeing is orange), then
//! "Don't know". One set of colour tokens (`--color-answer-*`) paints the bars and their key. Shared
//! by the dispute list, presenter mode and the comparison over time.

use culture_core::team::StatementSpread;
use leptos::prelude::*;

/// How the room answered, as one bar of the scale's answers, healthiest first (each part named, not
/// only coloured), and the same counts in words.
#[component]
pub(super) fn Distribution(disagreement: StatementSpread) -> impl IntoView {
    let people: usize = disagreement.counts.iter().sum();
    let mut start = 0;
    let parts = disagreement
        .answers_healthy_first()
        .into_iter()
        .enumerate()
        .map(|(health, answer)| (health, answer, disagreement.count(answer)))
        .filter(|(_, _, count)| *count > 0)
        .map(|(health, answer, count)| {
            let width = count * 1000 / people.max(1);
            let part = view! {
                // The class is the answer's side, its colour in the key (`DistributionLegend`).
                <rect x=start.to_string() y="0" width=width.to_string() height="60" class=format!("distribution__part distribution__part--{}", side(health))>
                    <title>{format!("{}: {count}", answer.label())}</title>
                </rect>
            };
            start += width;
            part
        })
        .collect_view();
    view! {
        <figure class="distribution">
            <svg viewBox="0 0 1000 60" preserveAspectRatio="none" role="img" aria-label=format!("How the room answered: {}", disagreement.breakdown())>
                {parts}
            </svg>
            <figcaption>{disagreement.breakdown()}</figcaption>
        </figure>
    }
}

/// The side of the scale an answer is on, by its place from the healthiest (0) to "Don't know" (5):
/// the two healthy answers share a colour, as do the two that point to a problem.
fn side(health: usize) -> &'static str {
    match health {
        0 | 1 => "healthy",
        2 => "undecided",
        3 | 4 => "problem",
        _ => "unknown",
    }
}

/// The key to the bars' colours, each swatch painted by the same token as its part of a bar.
#[component]
pub(super) fn DistributionLegend() -> impl IntoView {
    let entries = [
        ("healthy", "Healthy (blue)"),
        ("undecided", "Undecided (grey)"),
        ("problem", "Points to a problem (orange)"),
        ("unknown", "Don't know (dark grey)"),
    ]
    .into_iter()
    .map(|(side, words)| {
        view! {
            <span class="distribution-legend__item">
                <span class=format!("distribution-legend__swatch distribution-legend__swatch--{side}") aria-hidden="true"></span>
                {words}
            </span>
        }
    })
    .collect_view();
    // A group, not a list: the dispute list's items stay the disputes alone.
    view! { <div class="distribution-legend" role="group" aria-label="Key to the bars">{entries}</div> }
}

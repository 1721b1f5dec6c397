//! How the room answered one statement: a bar of the scale's answers, each part named, and the same
//! counts in words. The bar reads like the words, the healthiest answer first (blue) to the least
//! healthy (orange), so on an obstacle agreeing is orange. Shared by the dispute list, presenter mode
//! and the comparison over time.

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
                // The class is the answer's place from the healthiest (0) to "Don't know" (5).
                <rect x=start.to_string() y="0" width=width.to_string() height="60" class=format!("distribution__part distribution__part--{health}")>
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

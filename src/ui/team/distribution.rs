//! How the room answered one statement: a bar of the scale's answers, each part named, and the same
//! counts in words. Shared by the dispute list and presenter mode.

use culture_core::assessment::Answer;
use culture_core::team::StatementSpread;
use leptos::prelude::*;

/// How the room answered, as one bar of the scale's answers (each part named, not only coloured)
/// and the same counts in words.
#[component]
pub(super) fn Distribution(disagreement: StatementSpread) -> impl IntoView {
    let people: usize = disagreement.counts.iter().sum();
    let mut start = 0;
    let parts = Answer::ALL
        .iter()
        .zip(disagreement.counts)
        .filter(|(_, count)| *count > 0)
        .map(|(answer, count)| {
            let width = count * 1000 / people.max(1);
            let part = view! {
                <rect x=start.to_string() y="0" width=width.to_string() height="60" class=format!("distribution__part distribution__part--{}", answer.key())>
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

//! How each part of the company sees each pillar (`culture_core::team::ByGroup`): a table of each
//! group's average, shown only for groups of at least three, with a note on what was merged and the
//! widest gap between two groups.

use culture_core::content::assessment::PILLARS;
use culture_core::team::{ByGroup, TeamSummary};
use leptos::prelude::*;

#[component]
pub(super) fn ByGroupView(summary: TeamSummary) -> impl IntoView {
    let by_group = ByGroup::of(&summary);
    let note = by_group.note();
    if !by_group.is_shown() && note.is_none() {
        return ().into_any();
    }
    let gap =
        by_group.widest_gap().map(|gap| view! { <p><strong>"Widest gap: "</strong>{gap.sentence()}</p> });
    let table = by_group.is_shown().then(|| {
        let headings = by_group
            .groups
            .iter()
            .map(|group| view! { <th scope="col" class="number">{format!("{} ({})", group.name.name(), group.people)}</th> })
            .collect_view();
        let rows = PILLARS
            .iter()
            .enumerate()
            .map(|(index, pillar)| {
                let cells = by_group
                    .groups
                    .iter()
                    .map(|group| match group.averages.get(index).copied().flatten() {
                        Some(average) => view! { <td class="number">{average.to_string()}</td> }.into_any(),
                        None => view! { <td class="number muted">"Too few answers"</td> }.into_any(),
                    })
                    .collect_view();
                view! { <tr><th scope="row">{pillar.name}</th>{cells}</tr> }
            })
            .collect_view();
        view! {
            <div class="table-wrap" role="region" aria-label="Table of each group's average per pillar" tabindex="0">
                <table class="data-table data-table--scrolls">
                    <caption class="visually-hidden">"Each part of the company's average per pillar, 0 to 100, with the number of people in brackets"</caption>
                    <thead><tr><th scope="col">"Pillar"</th>{headings}</tr></thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    view! {
        <section class="stack" aria-labelledby="groups-heading">
            <h2 id="groups-heading">"By part of the company"</h2>
            <p class="muted">
                "Each group's average per pillar, 0 to 100, from the part of the company people gave. How \
                 leaders and the people building the product see the same culture differently is worth a \
                 conversation of its own."
            </p>
            {gap}
            {note.map(|note| view! { <p class="callout">{note}</p> })}
            {table}
        </section>
    }
    .into_any()
}

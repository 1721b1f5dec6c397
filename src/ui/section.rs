//! A section named by its heading: the region's `aria-labelledby` points at its `<h2>`, so assistive
//! technology announces the region by its title. Both ids come from one name, so they cannot drift
//! apart.

use leptos::prelude::*;

#[component]
pub fn Section(
    /// Unique on its screen; the heading's id is `{name}-heading`.
    name: &'static str,
    /// The heading's words.
    heading: impl IntoView + 'static,
    /// The section's classes ("card stack", "stack no-print"...).
    class: &'static str,
    children: Children,
) -> impl IntoView {
    let heading_id = format!("{name}-heading");
    let labelled_by = heading_id.clone();
    view! {
        <section class=class aria-labelledby=labelled_by>
            <h2 id=heading_id>{heading}</h2>
            {children()}
        </section>
    }
}

//! A section named by its heading: the region's `aria-labelledby` is its `<h2>`'s id, so assistive
//! technology announces the region by its title, and one string serves as both.

use leptos::prelude::*;

/// `content` under an `<h2>` reading `heading`, in a `<section>` of `class` labelled by that heading.
/// A function rather than a component: the content keeps its own type, where a component's children
/// would each become an `AnyView`, which costs the main module bytes at every use.
pub fn section(
    heading_id: &'static str,
    heading: impl IntoView + 'static,
    class: &'static str,
    content: impl IntoView + 'static,
) -> impl IntoView {
    view! {
        <section class=class aria-labelledby=heading_id>
            <h2 id=heading_id>{heading}</h2>
            {content}
        </section>
    }
}

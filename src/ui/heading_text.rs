//! Heading text that breaks between words only: a hyphenated word ("product-led") sits in a span that
//! does not wrap (`.unbroken`), so a narrow screen never shows "product- / led". The characters are
//! those of the text, so screen readers, copying and finding in the page meet the word as written.
//!
//! Only for the site's own wording: a long name someone typed must still be free to wrap.

use culture_core::text::hyphenated_word_runs;
use leptos::prelude::*;

/// `text` for a heading, its hyphenated words kept whole. Every run is a span (one element type keeps
/// the code small); only the hyphenated words' spans do not wrap.
pub fn heading_text(text: &str) -> impl IntoView {
    hyphenated_word_runs(text)
        .into_iter()
        .map(|(run, whole)| view! { <span class:unbroken=whole>{run.to_owned()}</span> })
        .collect_view()
}

//! The screen for any fragment the router does not know, with a way back.

use culture_core::route::Route;
use culture_core::text::shorten;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage(path: String) -> impl IntoView {
    let shown = shorten(&path, 60);
    view! {
        <section class="stack narrow">
            <h1 tabindex="-1">"We couldn't find that page"</h1>
            <p>
                "The address ends in " <code class="path">{shown}</code>
                ", which isn't a page on this site. It may have been mistyped or cut short when it was copied."
            </p>
            <p class="actions">
                <a class="button button--primary" href=Route::Home.href()>"Go to the home page"</a>
            </p>
        </section>
    }
}

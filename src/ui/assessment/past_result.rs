//! `#/history/<id>`: one past result from the history, read only: its reading, how the latest result
//! compares with it, its chart and pillars with the result before it drawn beside it, and the way
//! back to the history.

use culture_core::assessment::History;
use culture_core::route::Route;
use leptos::prelude::*;

use super::result_view::{overall_since, LastTime, ResultDetails, StageHeading};
use crate::ui::stored::Store;

#[component]
pub fn PastResultPage(
    /// The entry's id, as the address gives it.
    id: String,
) -> impl IntoView {
    let history = Store::use_context().load::<History>();
    let back = view! { <a class="button" href=Route::History(None).href()>"Back to history"</a> };
    let Some(entry) = id.parse().ok().and_then(|id| history.entry(id)).cloned() else {
        return view! {
            <section class="stack narrow">
                <h1 tabindex="-1">"This result is not in your history"</h1>
                <p>"It may have been deleted, or the address may be incomplete."</p>
                <p class="actions">{back}</p>
            </section>
        }
        .into_any();
    };
    let result = entry.result();
    let when = history.when(&entry);
    let last_time = LastTime::before(&history, &entry);
    let latest = history.latest_compared(&entry).map(|line| view! { <p class="callout">{line}</p> });
    view! {
        <article class="results stack">
            <p class="actions no-print">{back}</p>
            <StageHeading
                result=result.clone()
                eyebrow=format!("Your stage on {when}")
                since=last_time.as_ref().map(|last| overall_since(last, &result))
            />
            <p class="muted">"A past result from your history, read only."</p>
            {latest}
            <ResultDetails result=result last_time=last_time/>
            <p class="actions no-print">
                <a class="button" href=Route::History(None).href()>"Back to history"</a>
            </p>
        </article>
    }
    .into_any()
}

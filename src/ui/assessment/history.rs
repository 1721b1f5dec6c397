//! `#/history`: how the results moved over time, then every completed assessment, newest first,
//! with when it was finished, its stage, score and the change from the one before; each opens in
//! full (`#/history/<id>`, read only) and can be deleted after a confirmation.

use culture_core::assessment::{History, Listing};
use culture_core::route::Route;
use culture_core::text::lowercase_first;
use leptos::prelude::*;

use super::past_result::PastResultPage;
use super::trends::Trends;
use crate::browser::focus;
use crate::ui::confirm::Confirm;
use crate::ui::current_route::CurrentRoute;
use crate::ui::section::section;
use crate::ui::stored::Store;

/// `#/history`, or `#/history/<id>`: the history, or one past result from it.
#[component]
pub fn HistoryScreen() -> impl IntoView {
    match CurrentRoute::use_context().get_untracked() {
        Route::History(Some(id)) => view! { <PastResultPage id=id/> }.into_any(),
        _ => view! { <HistoryPage/> }.into_any(),
    }
}

#[component]
fn HistoryPage() -> impl IntoView {
    let history = Store::use_context().persist::<History>();
    let confirming = RwSignal::new(None::<u32>);
    let listing = RwSignal::new(Listing::default());
    // The older results join the list, and focus moves to the first of them.
    let list_more = move |_| {
        let first_new = history
            .with_untracked(|h| h.newest_first().nth(listing.get_untracked().listed()).map(|entry| entry.id));
        listing.update(|listing| *listing = listing.more());
        if let Some(id) = first_new {
            focus::after_render(format!("#history-entry-{id}"));
        }
    };

    let delete = move |id: u32| {
        history.update(|history| *history = history.delete(id));
        confirming.set(None);
        focus::after_render("main h1");
    };

    let entries = move || {
        let listed = listing.get().listed();
        history.with(|h: &History| {
            h.newest(listed)
                .map(|entry| {
                    let id = entry.id;
                    let result = entry.result();
                    let stage = result.reading.label();
                    let overall = result.overall.map_or("no overall score".to_owned(), |o| format!("{o} out of 100"));
                    let change = h.change_since_previous(id).map(|change| {
                        format!("Since the previous assessment: {}.", lowercase_first(&change.describe_overall()))
                    });
                    let when = h.when(entry);
                    let label = format!("Delete the assessment of {when}");
                    let open_label = format!("Open the result of {when}");
                    let open = Route::History(Some(id.to_string())).href();
                    view! {
                        <li class="card stack history__entry">
                            <h3 class="history__date" id=format!("history-entry-{id}") tabindex="-1">{when.clone()}</h3>
                            <p><strong>{stage}</strong>{format!(" · {overall}")}</p>
                            {change.map(|change| view! { <p class="muted">{change}</p> })}
                            <Show
                                when=move || confirming.get() == Some(id)
                                fallback=move || view! {
                                    <div class="actions">
                                        <a class="button" href=open.clone() aria-label=open_label.clone()>"Open"</a>
                                        <button
                                            type="button"
                                            id=format!("delete-entry-{id}")
                                            class="button button--quiet"
                                            aria-label=label.clone()
                                            on:click=move |_| confirming.set(Some(id))
                                        >
                                            "Delete"
                                        </button>
                                    </div>
                                }
                            >
                                <Confirm
                                    label="Confirm deletion"
                                    question="Delete this entry for good?"
                                    go_ahead="Yes, delete it"
                                    keep="Keep it"
                                    on_go_ahead=move || delete(id)
                                    on_keep=move || confirming.set(None)
                                    asked_by=format!("#delete-entry-{id}")
                                />
                            </Show>
                        </li>
                    }
                })
                .collect_view()
        })
    };

    view! {
        <section class="stack narrow">
            <h1 tabindex="-1">"Your history"</h1>
            <p class="muted">
                "Every assessment you finish in this browser is kept here. Culture changes over years, "
                "but progress shows within months: retake it every quarter or so."
            </p>
            <Show
                when=move || !history.with(History::is_empty)
                fallback=|| view! {
                    <p>"No completed assessments yet."</p>
                }
            >
                {move || history.with(|history| view! { <Trends history=history.clone()/> })}
                {section("results-heading", "Every result", "stack", view! {
                    <ol class="history">{entries}</ol>
                    {move || history.with(|h| listing.get().summary(h)).map(|line| view! { <p class="muted">{line}</p> })}
                    {move || history.with(|h| listing.get().show_more(h)).map(|label| view! {
                        <p class="actions">
                            <button type="button" class="button" on:click=list_more>{label}</button>
                        </p>
                    })}
                })}
            </Show>
            <p class="actions">
                <a class="button button--primary" href=Route::Assessment.href()>"Take the assessment"</a>
                <a class="button" href=Route::AssessmentResults.href()>"Latest results"</a>
            </p>
        </section>
    }
}

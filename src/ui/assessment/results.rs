//! `#/assessment/results`: the newest completed assessment, with the change since the one before.

use culture_core::assessment::History;
use culture_core::link::{encode, SharedResult};
use culture_core::route::Route;
use culture_core::share::assessment_link;
use leptos::prelude::*;

use super::result_view::{describe_delta, ResultDetails, StageHeading};
use crate::browser::{focus, location, print};
use crate::ui::notices::Notices;
use crate::ui::saved;
use crate::ui::share_panel::{LabelField, SharePanel};

#[component]
pub fn ResultsPage() -> impl IntoView {
    let history = saved::load::<History>(Notices::use_context());
    let Some(latest) = history.latest().cloned() else {
        return view! {
            <section class="stack narrow">
                <h1 tabindex="-1">"No results yet"</h1>
                <p>"Results appear here once you finish the assessment. Your answers are saved as you go."</p>
                <p class="actions">
                    <a class="button button--primary" href=Route::Assessment.href()>"Take the assessment"</a>
                </p>
            </section>
        }
        .into_any();
    };
    let result = latest.result();
    let label = RwSignal::new(String::new());
    let shared_entry = latest.clone();
    let share_url = Signal::derive(move || {
        let link = assessment_link(&shared_entry, Some(&label.get()));
        location::absolute_url(&Route::SharedResult(encode(&SharedResult::Assessment(link))))
    });
    let change = history.change_since_previous(latest.id);
    let since = history.previous(latest.id).map(|previous| previous.day.long());
    let completed = latest.day.long();
    let change_line = change.as_ref().zip(since).map(|(change, since)| {
        view! {
            <p class="callout">
                {format!("Overall since {since}: {}.", describe_delta(change.overall).to_lowercase())}
                " The table shows the change per pillar."
            </p>
        }
    });

    view! {
        <article class="results stack">
            <StageHeading result=result.clone()/>
            <p class="muted">{format!("Assessment completed on {completed}.")}</p>
            {change_line}
            // The share panel comes after the whole reading; this reaches it at once.
            <p class="actions no-print">
                <button type="button" class="button" on:click=|_| focus::now("#share-heading")>
                    "Share this result"
                </button>
            </p>
            <ResultDetails result=result change=change/>
            <SharePanel
                url=share_url
                share_title="My Culture Check result"
                reveals="Anyone with this link can see these answers, statement by statement, with the date and the \
                         name you add. Nothing is stored on a server: the result travels inside the link itself."
                label=LabelField {
                    value: label,
                    label: "Your name or team (optional)",
                    hint: "Shown with the result to whoever opens the link",
                }
            />
            <div class="actions no-print">
                <button type="button" class="button" on:click=|_| print::print_page()>"Print this report"</button>
                <a class="button" href=Route::Assessment.href()>"Take it again"</a>
                <a class="button button--quiet" href=Route::History.href()>"See your history"</a>
            </div>
        </article>
    }
    .into_any()
}

//! The assessment's line on the home page: where a started assessment stands, or the latest result,
//! and the button in, which says "Continue" when there are answers to continue from.

use culture_core::assessment::{AssessmentProgress, History};
use culture_core::route::Route;
use leptos::prelude::*;

use crate::ui::stored::Store;

#[component]
pub fn AssessmentStatus() -> impl IntoView {
    let store = Store::use_context();
    let progress = store.load::<AssessmentProgress>();
    let latest = store.load::<History>().latest().cloned();
    let in_progress = progress.answered_count() > 0;
    let resume = in_progress.then(|| {
        format!("In progress: {} of {} statements answered.", progress.answered_count(), progress.total())
    });
    let last_result = latest.map(|entry| {
        let stage = entry.result().reading.label();
        view! {
            <span>
                {format!("Latest result ({}): {stage}. ", entry.day.long())}
                <a href=Route::AssessmentResults.href()>"See it again"</a>
            </span>
        }
    });
    let status = (resume.is_some() || last_result.is_some()).then(|| {
        view! { <p class="card__status">{resume.map(|line| view! { <span>{line}" "</span> })}{last_result}</p> }
    });
    view! {
        {status}
        <p class="actions">
            <a class="button button--primary" href=Route::Assessment.href()>
                {if in_progress { "Continue the assessment" } else { "Start the assessment" }}
            </a>
        </p>
    }
}

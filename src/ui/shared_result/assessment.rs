//! Someone's assessment, read from a link: the stage, then the comparison with the visitor's latest
//! result when there is one (the conversation the link is for), then the rest as on the visitor's
//! own results page.

use culture_core::assessment::History;
use culture_core::route::Route;
use culture_core::shared_result::SharedAssessment;
use leptos::prelude::*;

use super::comparison::ComparisonView;
use super::SharedBanner;
use crate::browser::session;
use crate::ui::assessment::result_view::{ResultDetails, StageHeading};
use crate::ui::section::section;
use crate::ui::stored::Store;

#[component]
pub(super) fn SharedAssessmentView(shared: SharedAssessment, payload: String) -> impl IntoView {
    // Reading only: the visitor's own history stays exactly as it was.
    let own = Store::use_context().load::<History>().latest().cloned();
    let name = shared.name_or("Shared result").to_owned();
    // Beside "You", their name is quoted, so a label that reads "You" is never mistaken for the visitor.
    let name_beside_yours = shared.label.as_ref().map_or_else(|| name.clone(), |label| format!("“{label}”"));
    let eyebrow = match &shared.label {
        Some(label) => format!("Stage · shared by {label}"),
        None => "Stage · shared result".to_owned(),
    };
    let completed = match &shared.label {
        Some(label) => format!("{label} completed this assessment on {}.", shared.day.long()),
        None => format!("Assessment completed on {}.", shared.day.long()),
    };
    let completed = match shared.role {
        Some(role) => format!("{completed} Part of the company: {}.", role.name_in_sentence()),
        None => completed,
    };
    // The reasons for the advice name whoever answered.
    let who = shared.label.clone().unwrap_or_else(|| "they".to_owned());
    let notice = shared.notice().map(|notice| view! { <p class="callout">{notice}</p> });
    let has_own = own.is_some();
    let comparison = own.map(|own| {
        view! { <ComparisonView theirs=shared.clone() theirs_name=name_beside_yours.clone() yours=own/> }
    });
    // With a result of one's own, the comparison leads and taking it again is a quiet way on.
    let take_it_class = if has_own { "button button--quiet" } else { "button button--primary" };
    let take_it = view! {
        <p class="actions no-print">
            // The visitor's own results will offer the comparison with this link.
            <a
                class=take_it_class
                href=Route::Assessment.href()
                on:click=move |_| session::remember_opened_result(&payload)
            >
                "Take it yourself"
            </a>
        </p>
    };
    let invitation = (!has_own).then(|| {
        view! {
            {section("compare-heading", "How does your company look to you?", "card stack no-print", view! {
                <p>
                    "Take the assessment yourself, then open this link again to see both results side by side "
                    "and the statements where your views differ most."
                </p>
            })}
        }
    });

    view! {
        <article class="results stack">
            <SharedBanner what="assessment result" label=shared.label.clone()/>
            <StageHeading result=shared.result.clone() eyebrow=eyebrow/>
            <p class="muted">{completed}</p>
            {notice}
            {comparison}
            {take_it}
            <ResultDetails result=shared.result.clone() owner=Some(name) who=who/>
            {invitation}
        </article>
    }
}

//! `#/r/<payload>`: someone's shared result, read-only, with "Take it yourself" and, where the visitor
//! has a result of their own, a comparison. Opening a link only reads this browser's storage (to find
//! the visitor's own result); it never writes to it.

mod assessment;
mod comparison;
mod quiz;

use culture_core::link::{decode, mixes_alphabets, LinkError, SharedResult};
use culture_core::route::Route;
use culture_core::shared_result::{SharedAssessment, SharedQuiz};
use leptos::prelude::*;

use assessment::SharedAssessmentView;
use quiz::SharedQuizView;

#[component]
pub fn SharedResultPage(payload: String) -> impl IntoView {
    match decode(&payload) {
        Ok(SharedResult::Assessment(link)) => {
            view! { <SharedAssessmentView shared=SharedAssessment::read(&link) payload=payload/> }.into_any()
        }
        Ok(SharedResult::Quiz(link)) => view! { <SharedQuizView shared=SharedQuiz::read(&link)/> }.into_any(),
        Err(error) => view! { <BrokenLink error=error payload=payload/> }.into_any(),
    }
}

/// Why the link could not be opened, and the ways on from here.
#[component]
fn BrokenLink(error: LinkError, payload: String) -> impl IntoView {
    let team_link = (error == LinkError::TeamWhereResultExpected).then(|| {
        view! { <a class="button button--primary" href=Route::Team(Some(payload)).href()>"Open it in the team view"</a> }
    });
    view! {
        <section class="stack narrow">
            <h1 tabindex="-1">"This link could not be opened"</h1>
            <p class="callout callout--warning" role="alert">{error.message()}</p>
            <p class="muted">
                "Nothing saved in this browser was changed. If someone sent you this link, ask them to copy it "
                "again from their results page, using the Copy link button."
            </p>
            <p class="actions">
                {team_link}
                <a class="button" href=Route::Assessment.href()>"Take the assessment yourself"</a>
                <a class="button button--quiet" href=Route::Home.href()>"Go to the home page"</a>
            </p>
        </section>
    }
}

/// The line that marks a page as someone else's result, and a warning when its name mixes alphabets
/// the way an imitation of someone else's name does.
#[component]
fn SharedBanner(what: &'static str, label: Option<String>) -> impl IntoView {
    let look_alike = label.filter(|label| mixes_alphabets(label)).map(|label| {
        view! {
            <p class="callout callout--warning" role="note">
                {format!(
                    "The name “{label}” mixes letters from different alphabets, such as a Cyrillic “а” among \
                     Latin letters. Names are sometimes written this way to imitate someone else's: check with \
                     whoever sent the link."
                )}
            </p>
        }
    });
    view! {
        <p class="shared-banner" role="note">
            <strong>{format!("A shared {what}. ")}</strong>
            "Read-only: opening it changed nothing saved in this browser."
        </p>
        {look_alike}
    }
}

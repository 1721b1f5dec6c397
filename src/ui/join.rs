//! `#/join/<payload>`: an invite to a team session. Says who asked and what happens to the answers,
//! then starts the assessment with the session named, so the results offer the way back to it.

use culture_core::content::assessment::{self, active_statements};
use culture_core::link::decode_invite;
use culture_core::route::Route;
use leptos::prelude::*;

use crate::browser::{location, session};

#[component]
pub fn JoinPage(payload: String) -> impl IntoView {
    let Some(name) = decode_invite(&payload) else {
        return view! {
            <section class="stack narrow">
                <h1 tabindex="-1">"This invite link could not be opened"</h1>
                <p class="callout callout--warning" role="alert">
                    "The link may have been cut short when it was copied. Ask whoever sent it for the link again, \
                     or take the assessment on your own."
                </p>
                <p class="actions">
                    <a class="button button--primary" href=Route::Assessment.href()>"Take the assessment"</a>
                </p>
            </section>
        }
        .into_any();
    };
    let session = name.clone();
    view! {
        <section class="stack narrow">
            <p class="eyebrow">"Team session"</p>
            <h1 tabindex="-1">{format!("You are invited to “{name}”")}</h1>
            <p class="lead">
                {format!(
                    "Rate {} statements about your own organisation; it takes about {} minutes. At the end you \
                     get your own reading, and one link or QR code to hand back to the session.",
                    active_statements().count(),
                    assessment::minutes_to_take()
                )}
            </p>
            <p class="muted">
                "Your answers stay in this browser until you choose to hand them back. The link you hand back \
                 carries your answers and the date, and your name only if you add it."
            </p>
            <p class="actions">
                <button
                    type="button"
                    class="button button--primary"
                    on:click=move |_| {
                        session::remember_invite(&session);
                        location::go_to(&Route::Assessment);
                    }
                >
                    "Start the assessment"
                </button>
            </p>
        </section>
    }
    .into_any()
}

//! The assessment: one statement at a time, saved on every answer, then results and history.
//!
//! `AssessmentPage` owns the progress and history signals; every change goes through
//! [`Assessment::commit`], which saves the new state at once and keeps it in its signal (the signal's
//! own effect, from `ui::stored::Store::take_up`, saves any other change), so a reload resumes exactly
//! where the person was. The code that reads and writes storage arrives after the page
//! (`saving`): with nothing stored, the first question runs without it, and what is answered
//! meanwhile is saved when it arrives; a stored place is read before the page shows.

mod choices;
pub mod history;
pub mod learn_more;
mod overview;
pub mod past_result;
mod question;
pub mod result_view;
pub mod results;
mod role;
mod saving;
mod trends;

use culture_core::assessment::{AssessmentProgress, History, CONTENT_VERSION};
use culture_core::route::Route;
use culture_core::stored::SaveError;
use leptos::prelude::*;

use crate::browser::{clock, focus, location, session};
use crate::ui::lazy::storage_later;
use crate::ui::notices::Notices;
use crate::ui::stored::Store;
use overview::Overview;
use question::StatementScreen;
use role::RoleQuestion;
use saving::{saving_loader, Saving};

/// The progress and history signals, and the only ways to change them.
#[derive(Clone, Copy)]
struct Assessment {
    progress: RwSignal<AssessmentProgress>,
    history: RwSignal<History>,
    /// The code that reads and writes them, once it has arrived (at once where nothing is split).
    saving: StoredValue<Option<Saving>>,
    /// Finishing, asked for before that code arrived: done when it does.
    finish_waiting: StoredValue<bool>,
    store: Store,
    notices: Notices,
}

impl Assessment {
    /// Saves the new progress and shows it. When the statement changed, the new one starts at the top
    /// of the page, its progress in view, and focus moves to its heading so screen readers announce it.
    fn commit(self, next: AssessmentProgress) {
        let _ = self.commit_saved(next);
    }

    /// [`Assessment::commit`], returning what storage now holds (with another tab's answers merged
    /// in), or `None` when storage would not take it (the visitor is told once, and the page goes on
    /// from memory).
    fn commit_saved(self, next: AssessmentProgress) -> Option<AssessmentProgress> {
        let moved = self.progress.with_untracked(|p| {
            (p.current_index(), p.asks_role(), p.is_at_end())
                != (next.current_index(), next.asks_role(), next.is_at_end())
        });
        let stored = match self.saving.get_value() {
            Some(saving) => (saving.save_progress)(self.store, &next),
            // The first moments of a first visit: the change waits in the signal, and arriving saves it.
            None => None,
        };
        self.progress.set(stored.clone().unwrap_or(next));
        if moved {
            focus::new_screen("main h1");
        }
        stored
    }

    /// Files the answers as a dated history entry (in place of the one they change, if they came
    /// from "Change your answers") and opens the results. The progress is cleared only once the
    /// history is safely stored: if storage would not take it, the result still shows (from memory)
    /// and the answers stay saved, so finishing again later files them.
    fn finish(self) {
        let Some(saving) = self.saving.get_value() else {
            self.finish_waiting.set_value(true);
            return;
        };
        let (answers, amends, role) =
            self.progress.with_untracked(|p| (p.answers().clone(), p.amends(), p.role()));
        let finished = self.history.with_untracked(|history| match amends {
            Some(id) => history.amend_with_role(id, clock::now(), CONTENT_VERSION, answers, role),
            None => history.add_with_role(clock::now(), CONTENT_VERSION, answers, role),
        });
        let not_kept = match (saving.save_history)(self.store, &finished) {
            Ok(stored) => {
                self.history.set(stored);
                // A fresh start is blank, so saving it removes the stored progress.
                self.progress.set(AssessmentProgress::new());
                location::go_to(&Route::AssessmentResults);
                return;
            }
            Err(not_kept) => not_kept,
        };
        self.history.set(finished);
        // (Blocked storage was explained when the app started.)
        if not_kept.error != SaveError::Unavailable {
            self.notices.tell_offering_download(if self.store.holds_in_memory::<AssessmentProgress>() {
                "Your result is shown, but this browser could not store it in your history, nor your \
                 answers: both are kept on this page only until you leave. Download your data to keep them."
            } else {
                "Your result is shown, but this browser could not store it in your history. Your answers \
                 are still saved, so finishing again later, once there is room, files the result."
            });
        }
        location::go_to(&Route::AssessmentResults);
    }

    /// The storage code has arrived: the signals are in storage's keeping from now on, and finishing
    /// asked for meanwhile is done.
    fn take_up(self, saving: Saving) {
        (saving.take_up)(self);
        self.saving.set_value(Some(saving));
        if self.finish_waiting.get_value() {
            self.finish();
        }
    }
}

#[component]
pub fn AssessmentPage() -> impl IntoView {
    let notices = Notices::use_context();
    let store = Store::use_context();
    let assessment = Assessment {
        progress: RwSignal::new(AssessmentProgress::new()),
        history: RwSignal::new(History::default()),
        saving: StoredValue::new(None),
        finish_waiting: StoredValue::new(false),
        store,
        notices,
    };
    // Nothing stored means nothing to resume: the first question runs at once.
    let (shows, arrival) = storage_later(
        saving_loader,
        !store.holds::<AssessmentProgress>(),
        move |saving| assessment.take_up(saving),
        move || {
            assessment.progress.try_get_untracked().filter(|progress| *progress != AssessmentProgress::new())
        },
        move |saving: Saving, answered| {
            (saving.save_progress)(store, &answered);
        },
    );
    let at_end = Memo::new(move |_| assessment.progress.with(|p| p.is_at_end()));
    let asks_role = Memo::new(move |_| assessment.progress.with(|p| p.asks_role()));

    // Taken for a team session (an invite link): named, so the person knows where it goes.
    let session = session::invited_to().map(|name| {
        view! { <p class="session-banner narrow">"For: " <strong>{name}</strong></p> }
    });
    view! {
        {session}
        {arrival}
        {move || {
            if !shows.get() {
                ().into_any()
            } else if asks_role.get() {
                view! { <RoleQuestion assessment=assessment/> }.into_any()
            } else if at_end.get() {
                view! { <Overview assessment=assessment/> }.into_any()
            } else {
                view! { <StatementScreen assessment=assessment/> }.into_any()
            }
        }}
    }
}

//! The assessment: one statement at a time, saved on every answer, then results and history.
//!
//! `AssessmentPage` owns the progress signal; every change goes through [`Assessment::commit`], which stores
//! the new state and saves it at once, so a reload resumes exactly where the person was.

pub mod history;
mod overview;
mod question;
pub mod result_view;
pub mod results;
pub(crate) mod saved;
pub mod status;

use culture_core::assessment::{AssessmentProgress, CONTENT_VERSION};
use culture_core::route::Route;
use leptos::prelude::*;

use crate::browser::{clock, document, location};
use crate::ui::notices::Notices;
use overview::Overview;
use question::StatementScreen;

/// The progress signal and the one way to change it.
#[derive(Clone, Copy)]
struct Assessment {
    progress: RwSignal<AssessmentProgress>,
    notices: Notices,
}

impl Assessment {
    /// Stores and saves the new progress; moves focus to the new screen's heading when the
    /// statement changed, so screen readers announce it.
    fn commit(self, next: AssessmentProgress) {
        let moved = next.current_index() != self.progress.with_untracked(|p| p.current_index());
        saved::save_progress(&next, self.notices);
        self.progress.set(next);
        if moved {
            document::focus_after_render("main h1");
        }
    }

    /// Files the answers as a dated history entry, clears the progress and opens the results.
    fn finish(self) {
        let answers = self.progress.with_untracked(|p| p.answers().clone());
        let history = saved::load_history(self.notices).add(clock::today(), CONTENT_VERSION, answers);
        saved::save_history(&history, self.notices);
        saved::forget_progress();
        self.progress.set(AssessmentProgress::new());
        location::go_to(&Route::AssessmentResults);
    }
}

#[component]
pub fn AssessmentPage() -> impl IntoView {
    let notices = Notices::use_context();
    let assessment = Assessment { progress: RwSignal::new(saved::load_progress(notices)), notices };
    let at_end = Memo::new(move |_| assessment.progress.with(|p| p.is_at_end()));

    view! {
        {move || {
            if at_end.get() {
                view! { <Overview assessment=assessment/> }.into_any()
            } else {
                view! { <StatementScreen assessment=assessment/> }.into_any()
            }
        }}
    }
}

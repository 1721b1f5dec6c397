//! The quiz: a start screen, one question at a time with immediate feedback, and a score with a
//! review of every question.
//!
//! `QuizPage` owns the attempt and the record; every change goes through [`Quiz`], which applies it
//! to the attempt and records a finished attempt once. Each signal's own effect saves it at once
//! (`ui::stored::Store::take_up`), so a reload resumes exactly where the visitor was (the picked
//! option and a shown answer included). The code that reads and writes storage arrives after the
//! page (`saving`): with nothing stored, the start screen runs without it.

mod question;
mod saving;
mod score;
mod start;
mod summary;

pub use summary::record_line;

use culture_core::quiz::{QuizAttempt, QuizProgress, QuizRecord};
use leptos::prelude::*;

use crate::browser::{clock, focus};
use crate::ui::lazy::storage_later;
use crate::ui::stored::Store;
use question::QuestionScreen;
use saving::saving_loader;
use score::ScoreScreen;
use start::StartScreen;

/// Which of the quiz's screens shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Screen {
    Start,
    Question,
    Score,
}

/// The quiz's state and the only ways to change it.
#[derive(Clone, Copy)]
struct Quiz {
    attempt: RwSignal<QuizProgress>,
    record: RwSignal<QuizRecord>,
}

impl Quiz {
    fn screen(&self) -> Screen {
        self.attempt.with(|attempt| match attempt {
            None => Screen::Start,
            Some(attempt) if attempt.is_finished() => Screen::Score,
            Some(_) => Screen::Question,
        })
    }

    /// Applies a move to the attempt: the core returns the attempt after it. Returns whether the move
    /// changed anything (a key that changed nothing is left to the browser).
    fn change(self, step: impl FnOnce(&QuizAttempt) -> QuizAttempt) -> bool {
        let Some(current) = self.attempt.get_untracked() else {
            return false;
        };
        let next = step(&current);
        let changed = next != current;
        if changed {
            self.show(next);
        }
        changed
    }

    /// Shows `attempt` from wherever it stands. A newly finished attempt is counted in the record once:
    /// `finish` hands out its result only the first time.
    fn show(self, attempt: QuizAttempt) {
        let attempt = if attempt.is_finished() {
            let (finished, result) = attempt.finish();
            if let Some(result) = result {
                self.record.update(|record| *record = record.add(&result));
            }
            finished
        } else {
            attempt
        };
        self.attempt.set(Some(attempt));
    }

    /// A new attempt at every question, the ones missed last time first.
    fn start_full(self) {
        let attempt = self.record.with_untracked(|record| QuizAttempt::full(record, clock::random_seed()));
        self.show(attempt);
    }

    /// A new attempt at only the questions missed last time (a full one when there are none).
    fn start_retry(self) {
        let retry =
            self.record.with_untracked(|record| QuizAttempt::retry_missed(record, clock::random_seed()));
        match retry {
            Some(attempt) => self.show(attempt),
            None => self.start_full(),
        }
    }

    /// Drops the attempt in progress (which removes the saved one) and goes back to the start screen.
    fn abandon(self) {
        self.attempt.set(None);
    }
}

#[component]
pub fn QuizPage() -> impl IntoView {
    let store = Store::use_context();
    let quiz = Quiz { attempt: RwSignal::new(None), record: RwSignal::new(QuizRecord::default()) };
    // Nothing stored means nothing to resume or show: the start screen runs at once.
    let (shows, arrival) = storage_later(
        saving_loader,
        !store.holds::<QuizProgress>() && !store.holds::<QuizRecord>(),
        move |saving| (saving.take_up)(store, quiz),
        move || {
            let unsaved = (quiz.attempt.try_get_untracked()?, quiz.record.try_get_untracked()?);
            (unsaved != Default::default()).then_some(unsaved)
        },
        move |saving, unsaved| (saving.keep)(store, unsaved),
    );
    let screen = Memo::new(move |_| quiz.screen());

    // Moving between the quiz's own screens keeps the route, so the new screen starts at the top and
    // focus moves here, as the router does for a new route, and screen readers announce its heading.
    Effect::new(move |previous: Option<Screen>| {
        let current = screen.get();
        if previous.is_some_and(|previous| previous != current) {
            focus::new_screen("main h1");
        }
        current
    });

    view! {
        {arrival}
        <div class="quiz">
            {move || match shows.get().then(|| screen.get()) {
                None => ().into_any(),
                Some(Screen::Start) => view! { <StartScreen quiz=quiz/> }.into_any(),
                Some(Screen::Question) => view! { <QuestionScreen quiz=quiz/> }.into_any(),
                Some(Screen::Score) => view! { <ScoreScreen quiz=quiz/> }.into_any(),
            }}
        </div>
    }
}

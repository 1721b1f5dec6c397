//! The quiz's storage code: reading the stored attempt and record (parsing them, setting damaged
//! data aside, fitting an attempt to a changed quiz) and writing them (merging with another tab). It
//! is a chunk of its own (`quiz_saving`), so that a first visit's start screen runs before it arrives
//! (`ui::lazy::storage_later`).

use culture_core::quiz::{QuizProgress, QuizRecord};
use leptos::prelude::*;

use super::Quiz;
use crate::ui::lazy::{load, ChunkMissing, Loader};
use crate::ui::stored::Store;

/// The quiz's reads and writes of storage, once their code is here.
#[derive(Clone, Copy)]
pub(super) struct Saving {
    /// Hands the page's signals to storage (`Store::take_up`).
    pub(super) take_up: fn(Store, Quiz),
    /// Saves what a page left before the code arrived had changed.
    pub(super) keep: fn(Store, Unsaved),
}

/// What the quiz had changed and not yet saved.
pub(super) type Unsaved = (QuizProgress, QuizRecord);

/// The code: the `quiz_saving` chunk.
#[cfg_attr(
    not(debug_assertions),
    leptos::wasm_split::wasm_split(quiz_saving, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn quiz_saving() -> Result<Saving, ChunkMissing> {
    Ok(Saving { take_up, keep })
}

/// Fetches the code.
pub(super) fn saving_loader() -> Loader<Saving> {
    Box::pin(load!(quiz_saving))
}

fn take_up(store: Store, quiz: Quiz) {
    store.take_up(quiz.record);
    store.take_up(quiz.attempt);
    // An attempt saved finished but not yet counted is counted now.
    if let Some(Some(attempt)) = quiz.attempt.try_get_untracked() {
        quiz.show(attempt);
    }
}

fn keep(store: Store, (attempt, record): Unsaved) {
    if attempt.is_some() {
        store.save_or_tell(&attempt);
    }
    if record != QuizRecord::default() {
        store.save_or_tell(&record);
    }
}

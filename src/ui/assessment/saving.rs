//! The assessment's storage code: reading the stored progress and history (parsing them, setting
//! damaged data aside, salvaging what still fits) and writing them (merging with another tab). It is
//! a chunk of its own (`assessment_saving`), so that a first visit's first question runs before it
//! arrives (`ui::lazy::storage_later`).

use culture_core::assessment::{AssessmentProgress, History};
use culture_core::stored::NotKept;

use super::Assessment;
use crate::ui::lazy::{load, ChunkMissing, Loader};
use crate::ui::stored::Store;

/// The assessment's reads and writes of storage, once their code is here.
#[derive(Clone, Copy)]
pub(super) struct Saving {
    /// Hands the page's signals to storage (`Store::take_up`).
    pub(super) take_up: fn(Assessment),
    pub(super) save_progress: fn(Store, &AssessmentProgress) -> Option<AssessmentProgress>,
    pub(super) save_history: fn(Store, &History) -> Result<History, NotKept>,
}

/// The code: the `assessment_saving` chunk.
#[cfg_attr(
    not(debug_assertions),
    leptos::wasm_split::wasm_split(assessment_saving, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn assessment_saving() -> Result<Saving, ChunkMissing> {
    Ok(Saving {
        take_up,
        save_progress: Store::save_or_tell::<AssessmentProgress>,
        save_history: Store::save::<History>,
    })
}

/// Fetches the code.
pub(super) fn saving_loader() -> Loader<Saving> {
    Box::pin(load!(assessment_saving))
}

fn take_up(assessment: Assessment) {
    assessment.store.take_up(assessment.history);
    assessment.store.take_up(assessment.progress);
}

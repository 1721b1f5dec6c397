//! What the home page says of this browser's stored assessment and quiz: where a started assessment
//! stands, the latest result and the quiz record. Reading them takes the storage code (parsing,
//! setting damaged data aside, the history's scoring), which the page and its buttons do not need, so
//! it is a chunk of its own (`home_status`), fetched once the page runs: the lines appear when it
//! arrives, and the button in says "Continue" from then on.

use culture_core::assessment::{AssessmentProgress, History};
use culture_core::quiz::QuizRecord;

use crate::ui::lazy::ChunkMissing;
use crate::ui::quiz::record_line;
use crate::ui::stored::Store;

/// The stored lines, in words; all empty for a first visit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HomeStatus {
    /// "In progress: 12 of 42 statements answered.", when some are.
    pub progress: Option<String>,
    /// The latest result's day and the reading of its stage.
    pub latest: Option<(String, String)>,
    /// "Best 8 of 10 · 3 attempts · last 7 of 10", after an attempt.
    pub quiz_record: Option<String>,
}

/// The code that reads the lines: the `home_status` chunk.
#[cfg_attr(
    not(debug_assertions),
    leptos::wasm_split::wasm_split(home_status, wasm_split_path = ::leptos::wasm_split, fallible)
)]
pub fn home_status_reader() -> Result<fn(Store) -> HomeStatus, ChunkMissing> {
    Ok(read as fn(Store) -> HomeStatus)
}

fn read(store: Store) -> HomeStatus {
    let progress = store.load::<AssessmentProgress>();
    let latest = store.load::<History>().latest().cloned();
    HomeStatus {
        progress: (progress.answered_count() > 0).then(|| {
            format!("In progress: {} of {} statements answered.", progress.answered_count(), progress.total())
        }),
        latest: latest.map(|entry| (entry.day.long(), entry.result().reading.label().to_string())),
        quiz_record: record_line(&store.peek::<QuizRecord>()),
    }
}

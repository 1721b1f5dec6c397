//! Loading and saving the assessment's progress and history through `browser::storage`, turning
//! every problem into a notice rather than an error screen.

use culture_core::assessment::{AssessmentProgress, History, Salvaged};
use culture_core::stored::StorageKey;
use serde_json::Value;

use crate::browser::storage;
use crate::ui::notices::Notices;
use crate::ui::saved::{load_or_tell, save_or_tell};

/// The saved progress, repaired where it has to be; a fresh start when there is none.
pub fn load_progress(notices: Notices) -> AssessmentProgress {
    load(StorageKey::AssessmentProgress, "assessment answers", notices, AssessmentProgress::from_stored)
}

/// The saved history of completed assessments.
pub fn load_history(notices: Notices) -> History {
    load(StorageKey::AssessmentHistory, "assessment history", notices, History::from_stored)
}

fn load<T: Default>(
    key: StorageKey,
    what: &str,
    notices: Notices,
    salvage: impl FnOnce(Value) -> Salvaged<T>,
) -> T {
    let Ok(value) = load_or_tell(key, what, notices) else {
        return T::default();
    };
    let salvaged = salvage(value);
    if let Some(message) = salvaged.message() {
        notices.tell(message);
    }
    salvaged.value
}

pub fn save_progress(progress: &AssessmentProgress, notices: Notices) {
    save_or_tell(StorageKey::AssessmentProgress, progress, notices);
}

pub fn save_history(history: &History, notices: Notices) {
    save_or_tell(StorageKey::AssessmentHistory, history, notices);
}

pub fn forget_progress() {
    storage::remove(StorageKey::AssessmentProgress);
}

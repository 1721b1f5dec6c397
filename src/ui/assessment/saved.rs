//! Loading and saving the assessment's progress and history through `browser::storage`, turning
//! every problem into a notice rather than an error screen.

use culture_core::assessment::{AssessmentProgress, History, Salvaged};
use culture_core::stored::{LoadError, StorageKey};
use serde_json::Value;

use crate::browser::storage;
use crate::ui::notices::Notices;

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
    match storage::load(key) {
        Ok(value) => {
            let salvaged = salvage(value);
            if let Some(message) = salvaged.message() {
                notices.tell(message);
            }
            salvaged.value
        }
        // Blocked storage is announced once by the app itself.
        Err(LoadError::Missing | LoadError::Unavailable) => T::default(),
        Err(error) => {
            notices.tell(error.message(what));
            T::default()
        }
    }
}

pub fn save_progress(progress: &AssessmentProgress, notices: Notices) {
    if let Err(error) = storage::save(StorageKey::AssessmentProgress, progress) {
        tell_save_error(error, notices);
    }
}

pub fn save_history(history: &History, notices: Notices) {
    if let Err(error) = storage::save(StorageKey::AssessmentHistory, history) {
        tell_save_error(error, notices);
    }
}

pub fn forget_progress() {
    storage::remove(StorageKey::AssessmentProgress);
}

fn tell_save_error(error: culture_core::stored::SaveError, notices: Notices) {
    // Blocked storage was already explained when the app started.
    if error != culture_core::stored::SaveError::Unavailable {
        notices.tell(error.message());
    }
}

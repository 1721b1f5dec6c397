//! Loading and saving the quiz attempt and record through `browser::storage`. Every problem becomes a
//! notice for the visitor and a working default, never an error screen. Data written by a newer
//! version of the site is left untouched: [`Loaded::keep`] says not to save over it.

use culture_core::quiz::{QuizAttempt, QuizRecord, Restored};
use culture_core::stored::{LoadError, StorageKey};
use serde_json::Value;

use crate::browser::storage;
use crate::ui::notices::Notices;
use crate::ui::saved::{load_or_tell, save_or_tell};

/// What was read from storage, and whether it must be kept as it is.
pub struct Loaded<T> {
    pub value: T,
    /// Set when the stored data comes from a newer version of the site: saving would destroy it.
    pub keep: bool,
}

/// The saved record (best score, attempts, last misses), repaired where it has to be.
pub fn load_record(notices: Notices) -> Loaded<QuizRecord> {
    let loaded = load(StorageKey::QuizRecord, "quiz record", notices, QuizRecord::from_stored);
    Loaded { value: loaded.value.unwrap_or_default(), keep: loaded.keep }
}

/// The saved record without telling anyone about problems: for summaries on other pages, where the
/// quiz itself explains them when the visitor opens it.
pub fn peek_record() -> QuizRecord {
    storage::load(StorageKey::QuizRecord)
        .map(|value| QuizRecord::from_stored(value).value)
        .unwrap_or_default()
}

/// The attempt in progress, if there is one that can still be used.
pub fn load_attempt(notices: Notices) -> Loaded<Option<QuizAttempt>> {
    let loaded = load(StorageKey::QuizProgress, "quiz in progress", notices, QuizAttempt::from_stored);
    Loaded { value: loaded.value.flatten(), keep: loaded.keep }
}

pub fn save_attempt(attempt: &QuizAttempt, notices: Notices) {
    save_or_tell(StorageKey::QuizProgress, attempt, notices);
}

pub fn save_record(record: &QuizRecord, notices: Notices) {
    save_or_tell(StorageKey::QuizRecord, record, notices);
}

pub fn forget_attempt() {
    storage::remove(StorageKey::QuizProgress);
}

fn load<T>(
    key: StorageKey,
    what: &str,
    notices: Notices,
    restore: impl FnOnce(Value) -> Restored<T>,
) -> Loaded<Option<T>> {
    match load_or_tell(key, what, notices) {
        Ok(value) => {
            let restored = restore(value);
            if let Some(notice) = restored.notice {
                notices.tell(notice.message());
            }
            Loaded { value: Some(restored.value), keep: false }
        }
        Err(error) => Loaded { value: None, keep: matches!(error, LoadError::NewerSchema { .. }) },
    }
}

//! Reading and writing stored state on behalf of a screen: problems become notices for the visitor,
//! never error screens. The assessment and the quiz both go through here.

use culture_core::stored::{LoadError, SaveError, StorageKey};
use serde::Serialize;
use serde_json::Value;

use crate::browser::storage;
use crate::ui::notices::Notices;

/// The stored data under `key` as loose JSON for salvaging. Problems worth telling are told (blocked
/// storage is announced once by the app itself, and a first visit is not news); the error is still
/// returned so the caller can choose its default.
pub fn load_or_tell(key: StorageKey, what: &str, notices: Notices) -> Result<Value, LoadError> {
    storage::load(key).inspect_err(|error| {
        if error.is_worth_telling() && *error != LoadError::Unavailable {
            notices.tell(error.message(what));
        }
    })
}

/// Saves `value` under `key`, telling the visitor when it could not be kept.
pub fn save_or_tell<T: Serialize>(key: StorageKey, value: &T, notices: Notices) {
    match storage::save(key, value) {
        // Blocked storage was already explained when the app started.
        Ok(()) | Err(SaveError::Unavailable) => {}
        Err(error) => notices.tell(error.message()),
    }
}

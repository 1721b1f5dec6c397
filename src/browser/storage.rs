//! Local storage, through gloo-storage. Values go in and out sealed in the core's versioned envelope
//! (`culture_core::stored`); this module only moves strings and translates browser failures (storage
//! disabled, quota full) into [`LoadError`] and [`SaveError`] values.
//!
//! ```ignore
//! use culture_core::stored::StorageKey;
//! browser::storage::save(StorageKey::QuizRecord, &record)?;
//! let record: QuizRecord = browser::storage::load_as(StorageKey::QuizRecord)?;
//! ```

use culture_core::stored::{self, LoadError, SaveError, StorageKey};
use gloo_storage::{LocalStorage, Storage};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::{JsCast, JsValue};

/// Whether local storage can be used at all. Browsers that block it throw on access, and gloo's
/// `raw()` would turn that throw into a panic, so every call below asks this first.
pub fn is_available() -> bool {
    web_sys::window().is_some_and(|window| matches!(window.local_storage(), Ok(Some(_))))
}

/// The raw text stored under `key`, if any.
pub fn read_text(key: StorageKey) -> Result<Option<String>, LoadError> {
    if !is_available() {
        return Err(LoadError::Unavailable);
    }
    LocalStorage::raw().get_item(key.as_str()).map_err(|_| LoadError::Unavailable)
}

/// The envelope's data under `key`, as loose JSON for callers that salvage partly damaged data.
pub fn load(key: StorageKey) -> Result<Value, LoadError> {
    stored::open(read_text(key)?.as_deref())
}

/// The value under `key`, all or nothing.
pub fn load_as<T: DeserializeOwned>(key: StorageKey) -> Result<T, LoadError> {
    stored::open_as(read_text(key)?.as_deref())
}

/// Seals `value` in the envelope and stores it under `key`.
pub fn save<T: Serialize>(key: StorageKey, value: &T) -> Result<(), SaveError> {
    let text = stored::seal(value)?;
    write_text(key, &text)
}

/// Stores raw text under `key` (tests use it to plant damaged data).
pub fn write_text(key: StorageKey, text: &str) -> Result<(), SaveError> {
    if !is_available() {
        return Err(SaveError::Unavailable);
    }
    LocalStorage::raw().set_item(key.as_str(), text).map_err(|error| {
        if is_quota_error(&error) {
            SaveError::Full
        } else {
            SaveError::Unavailable
        }
    })
}

/// Forgets whatever is stored under `key`. Removing from unavailable storage has nothing to undo.
pub fn remove(key: StorageKey) {
    if is_available() {
        LocalStorage::delete(key.as_str());
    }
}

fn is_quota_error(error: &JsValue) -> bool {
    error.dyn_ref::<web_sys::DomException>().is_some_and(|exception| {
        // Chromium and WebKit say QuotaExceededError; old Firefox said NS_ERROR_DOM_QUOTA_REACHED.
        matches!(exception.name().as_str(), "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED")
    })
}

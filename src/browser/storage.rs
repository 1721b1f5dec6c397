//! Local storage, through gloo-storage. Every stored thing is a type that implements the core's
//! [`Stored`] (its key, schema version and salvaging); this module only moves its sealed envelope in
//! and out of the browser, and translates browser failures (storage disabled, quota full) into
//! [`LoadError`] and [`SaveError`] values. It never writes over data from a newer version of the site.
//!
//! ```ignore
//! use culture_core::quiz::QuizRecord;
//! browser::storage::save(&record)?;
//! let read = browser::storage::load::<QuizRecord>()?; // the record, and what had to be dropped
//!
//! // Another tab of the site changed the record: read it again.
//! let listening = browser::storage::on_change_elsewhere(QuizRecord::KEY, move || { /* reload */ });
//! on_cleanup(move || listening.remove());
//! ```

use culture_core::stored::{self, LoadError, Read, SaveError, StorageKey, Stored};
use gloo_storage::{LocalStorage, Storage};
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

/// The stored `T`, salvaged where it was damaged, with what had to be dropped.
pub fn load<T: Stored>() -> Result<Read<T>, LoadError> {
    stored::read(read_text(T::KEY)?.as_deref())
}

/// Stores `value` under its key, or removes the key when the value is blank. Data written by a newer
/// version of the site stays as it is: [`SaveError::NewerSchema`].
pub fn save<T: Stored>(value: &T) -> Result<(), SaveError> {
    if !is_available() {
        return Err(SaveError::Unavailable);
    }
    let current = read_text(T::KEY).map_err(|_| SaveError::Unavailable)?;
    if stored::holds_newer::<T>(current.as_deref()) {
        return Err(SaveError::NewerSchema);
    }
    if value.is_blank() {
        remove(T::KEY);
        return Ok(());
    }
    let sealed = stored::seal(value)?;
    // Already stored as it is (saved once more by its effect, or read back from another tab): no write.
    if current.as_deref() == Some(sealed.as_str()) {
        return Ok(());
    }
    write_text(T::KEY, &sealed)
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
            SaveError::Refused
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

/// Calls `changed` whenever another tab or window of the site changes or removes `key` (the browser's
/// `storage` event, which never fires for this page's own writes). Remove the returned handle when the
/// screen goes away.
pub fn on_change_elsewhere(
    key: StorageKey,
    changed: impl Fn() + 'static,
) -> leptos::prelude::WindowListenerHandle {
    leptos::prelude::window_event_listener(leptos::ev::storage, move |event: web_sys::StorageEvent| {
        // A `None` key means the other tab cleared all of storage.
        if event.key().is_none_or(|changed_key| changed_key == key.as_str()) {
            changed();
        }
    })
}

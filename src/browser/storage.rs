//! Local storage, through gloo-storage: this module only reads, writes and removes strings under a
//! key, and translates browser failures (storage disabled, quota full) into [`LoadError`] and
//! [`SaveError`] values. What to write, when to merge with another tab and what to set aside is the
//! core's decision (`culture_core::stored::Store`, which [`LocalStorage`] serves).
//!
//! ```no_run
//! use culture_check::browser::storage;
//! use culture_core::stored::StorageKey;
//!
//! let key = StorageKey::new("culture-check/teams");
//! let text = storage::read_text(key); // Ok(None) on a first visit
//! // Another tab of the site changed the key: read it again.
//! let listening = storage::on_change_elsewhere(key, move || { /* reload */ });
//! listening.remove();
//! ```

use culture_core::stored::{Backend, LoadError, SaveError, StorageKey};
use gloo_storage::Storage;
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
    gloo_storage::LocalStorage::raw().get_item(key.as_str()).map_err(|_| LoadError::Unavailable)
}

/// Local storage as the core's [`Backend`]: strings in, strings out. The core's
/// [`Store`](culture_core::stored::Store) decides what to write.
#[derive(Clone, Copy, Debug, Default)]
pub struct LocalStorage;

impl Backend for LocalStorage {
    fn read(&self, key: StorageKey) -> Result<Option<String>, LoadError> {
        read_text(key)
    }

    fn write(&mut self, key: StorageKey, text: &str) -> Result<(), SaveError> {
        write_text(key, text)
    }

    fn remove(&mut self, key: StorageKey) -> Result<(), SaveError> {
        remove(key)
    }
}

/// Stores raw text under `key` (tests use it to plant damaged data).
pub fn write_text(key: StorageKey, text: &str) -> Result<(), SaveError> {
    if !is_available() {
        return Err(SaveError::Unavailable);
    }
    gloo_storage::LocalStorage::raw().set_item(key.as_str(), text).map_err(|error| {
        if is_quota_error(&error) {
            SaveError::Full
        } else {
            SaveError::Refused
        }
    })
}

/// Forgets whatever is stored under `key`.
pub fn remove(key: StorageKey) -> Result<(), SaveError> {
    if !is_available() {
        return Err(SaveError::Unavailable);
    }
    gloo_storage::LocalStorage::delete(key.as_str());
    Ok(())
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

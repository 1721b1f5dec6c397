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

use std::cell::RefCell;
use std::collections::HashMap;

use culture_core::stored::{self, LoadError, Read, SaveError, SetAside, StorageKey, Stored};
use gloo_storage::{LocalStorage, Storage};

use crate::browser::clock;
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

/// The stored `T`, salvaged where it was damaged, with what had to be dropped. Damaged text is set
/// aside first (see [`set_aside`]), so the next save cannot write over the only copy.
pub fn load<T: Stored>() -> Result<Read<T>, LoadError> {
    let text = read_text(T::KEY)?;
    let read = stored::read::<T>(text.as_deref());
    if let Some(text) = text.as_deref().filter(|_| is_damaged(&read)) {
        // If this cannot be written, saving tries again and tells the visitor.
        let _ = set_aside(T::KEY, text);
    }
    if !matches!(read, Err(LoadError::NewerSchema { .. })) {
        remember(T::KEY, text);
    }
    read
}

/// What [`save`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved<T> {
    /// Storage holds the value as given.
    AsGiven,
    /// Another tab had saved since this one last read: storage holds both tabs' changes, merged.
    Merged(T),
}

/// Stores `value` under its key, or removes the key when the value is blank. When another tab saved
/// since this one last read, the two are merged ([`Stored::merge`]) and the merge is stored. Damaged
/// text under the key is set aside before it is written over. Data written by a newer version of the
/// site stays as it is: [`SaveError::NewerSchema`].
pub fn save<T: Stored + Clone + PartialEq>(value: &T) -> Result<Saved<T>, SaveError> {
    if !is_available() {
        return Err(SaveError::Unavailable);
    }
    let current = read_text(T::KEY).map_err(|_| SaveError::Unavailable)?;
    let read = stored::read::<T>(current.as_deref());
    if matches!(read, Err(LoadError::NewerSchema { .. })) {
        return Err(SaveError::NewerSchema);
    }
    if let Some(text) = current.as_deref().filter(|_| is_damaged(&read)) {
        set_aside(T::KEY, text)?;
    }
    let changed_elsewhere =
        LAST_SEEN.with_borrow(|seen| seen.get(&T::KEY).is_none_or(|last| *last != current));
    // What another tab left: its value, or nothing if it removed the key (finished, forgot everything).
    let theirs = match read {
        Ok(read) => Some(read.value),
        Err(LoadError::Missing) => Some(T::default()),
        Err(_) => None,
    };
    let saved = match theirs {
        Some(theirs) if changed_elsewhere => {
            let base = LAST_SEEN.with_borrow(|seen| seen.get(&T::KEY).cloned().flatten());
            let base = stored::read::<T>(base.as_deref()).map(|read| read.value).unwrap_or_default();
            let merged = T::merge(&base, value.clone(), theirs);
            if merged == *value {
                Saved::AsGiven
            } else {
                Saved::Merged(merged)
            }
        }
        _ => Saved::AsGiven,
    };
    let to_store = match &saved {
        Saved::AsGiven => value,
        Saved::Merged(merged) => merged,
    };
    if to_store.is_blank() {
        remove(T::KEY);
        return Ok(saved);
    }
    let sealed = stored::seal(to_store)?;
    // Already stored as it is (saved once more by its effect, or read back from another tab): no write.
    if current.as_deref() != Some(sealed.as_str()) {
        write_text(T::KEY, &sealed)?;
    }
    remember(T::KEY, Some(sealed));
    Ok(saved)
}

/// Keeps `text`, damaged data found under `key`, under the set-aside key (once), so it can be
/// downloaded later instead of being written over.
fn set_aside(key: StorageKey, text: &str) -> Result<(), SaveError> {
    let kept = load::<SetAside>().map(|read| read.value).unwrap_or_default();
    if kept.holds(key, text) {
        return Ok(());
    }
    let sealed = stored::seal(&kept.with(key, clock::today(), text))?;
    write_text(StorageKey::SetAside, &sealed)?;
    remember(StorageKey::SetAside, Some(sealed));
    Ok(())
}

/// Whether reading lost anything that a write would then destroy. Set-aside data itself is never set
/// aside again.
fn is_damaged<T: Stored>(read: &Result<Read<T>, LoadError>) -> bool {
    T::KEY != StorageKey::SetAside
        && match read {
            Ok(read) => !read.losses.is_empty(),
            Err(error) => matches!(error, LoadError::Unreadable | LoadError::Foreign),
        }
}

thread_local! {
    /// The text this page last read from or wrote to each key: when storage holds something else at
    /// the next save, another tab wrote it, and the two are merged.
    static LAST_SEEN: RefCell<HashMap<StorageKey, Option<String>>> = RefCell::new(HashMap::new());
}

fn remember(key: StorageKey, text: Option<String>) {
    LAST_SEEN.with_borrow_mut(|seen| seen.insert(key, text));
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
        remember(key, None);
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

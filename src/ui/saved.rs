//! Stored things on screen, one way for all of them. A screen that changes a stored thing keeps it in
//! a signal from [`persist`]; one effect saves every change through `browser::storage`, so events only
//! set the signal. A screen that only shows one reads it with [`load`] (or [`peek`], quietly). One
//! event also calls [`save`] itself: finishing an assessment, which may clear the answers only once
//! it knows the history was stored.
//! Problems become notices for the visitor, never error screens.
//!
//! Data written by a newer version of the site is never written over: the visitor is told, and for
//! the rest of the visit the screens work from a value kept in memory instead. The same holds for a
//! value storage would not take (full, refused or blocked): nothing entered is dropped, every screen
//! of this visit reads the value kept in memory, and the next save that succeeds makes storage the
//! truth again.
//!
//! ```ignore
//! let history = saved::persist::<History>(notices);
//! // In an event: the core returns the new value, the effect saves it.
//! history.update(|history| *history = history.delete(id));
//! ```

use std::any::Any;
use std::cell::RefCell;
use std::collections::HashMap;

use culture_core::stored::{LoadError, SaveError, StorageKey, Stored};
use leptos::prelude::*;

use crate::browser::storage::{self, Saved};
use crate::ui::notices::Notices;

thread_local! {
    /// Stored things this visit keeps in memory, by key: those a newer version of the site wrote (with
    /// what this visit has made of them since, nothing until the first change), and values storage
    /// would not take. Storage itself is left as it was.
    static HELD: RefCell<HashMap<StorageKey, Option<Box<dyn Any>>>> = RefCell::new(HashMap::new());
}

/// The stored `T` in a signal, read now (telling the visitor about problems) and again whenever
/// another tab changes it. Every later change to the signal is saved by one effect, telling the
/// visitor when it could not be kept.
pub fn persist<T>(notices: Notices) -> RwSignal<T>
where
    T: Stored + Clone + PartialEq + Send + Sync + 'static,
{
    let initial = load::<T>(notices);
    let value = RwSignal::new(initial.clone());
    // Tabs agree: what another tab saves shows here at once, so this tab's next change builds on it
    // instead of writing over it.
    let listening = storage::on_change_elsewhere(T::KEY, move || {
        let (latest, _) = read::<T>();
        if value.with_untracked(|current| *current != latest) {
            value.set(latest);
        }
    });
    on_cleanup(move || listening.remove());
    // Compares with what was last saved: loading alone writes nothing, and a change made before the
    // effect first runs is still saved. When the save merged in another tab's changes, the signal
    // shows the merge.
    Effect::new(move |last_saved: Option<T>| {
        let last_saved = last_saved.unwrap_or_else(|| initial.clone());
        let current = value.get();
        if current == last_saved {
            return current;
        }
        match save(&current, notices) {
            Some(stored) if stored != current => {
                value.set(stored.clone());
                stored
            }
            _ => current,
        }
    });
    value
}

/// The stored `T`, telling the visitor about anything that was dropped or could not be read.
pub fn load<T: Stored + Clone + 'static>(notices: Notices) -> T {
    let (value, message) = read::<T>();
    if let Some(message) = message {
        notices.tell_offering_download(message);
    }
    value
}

/// The stored `T` without telling anyone: for summaries on other screens, where the screen that
/// changes it explains any problem when the visitor opens it.
pub fn peek<T: Stored + Clone + 'static>() -> T {
    read::<T>().0
}

/// The generic load: the stored `T` (or, for data a newer version wrote, this visit's value), and a
/// message for the visitor when something was dropped or could not be read. A first visit and blocked
/// storage (which the app announces once) have nothing to tell.
fn read<T: Stored + Clone + 'static>() -> (T, Option<String>) {
    if let Some(kept) = kept_in_memory::<T>() {
        return (kept, None);
    }
    match storage::load::<T>() {
        Ok(read) => {
            // `storage::load` has set the stored text aside before anything can write over it.
            let message = read.message().map(|message| {
                format!("{message} What was stored before has been set aside, and “Download your data” includes it.")
            });
            (read.value, message)
        }
        Err(error) => {
            let value = match error {
                LoadError::NewerSchema { .. } => held::<T>().unwrap_or_default(),
                _ => T::default(),
            };
            let worth_telling = error.is_worth_telling() && error != LoadError::Unavailable;
            (value, worth_telling.then(|| error.message(T::NOUN)))
        }
    }
}

/// The generic save: stores `value` and returns what storage now holds (`value`, or `value` merged
/// with what another tab saved meanwhile). When it could not (data a newer version wrote, storage
/// full, refused or blocked), `value` is kept in memory for the rest of the visit, so no screen loses
/// it, the visitor is told, and this returns `None`.
pub fn save<T: Stored + Clone + PartialEq + 'static>(value: &T, notices: Notices) -> Option<T> {
    match storage::save(value) {
        Ok(saved) => {
            HELD.with_borrow_mut(|held| held.remove(&T::KEY));
            Some(match saved {
                Saved::AsGiven => value.clone(),
                Saved::Merged(merged) => merged,
            })
        }
        Err(SaveError::NewerSchema) => {
            if !hold(value) {
                // Only news when the newer data appeared after the screen read it (another tab).
                notices.tell_offering_download(SaveError::NewerSchema.message());
            }
            None
        }
        Err(error) => {
            hold(value);
            // Blocked storage was already explained when the app started.
            if error != SaveError::Unavailable {
                notices.tell_offering_download(error.message());
            }
            None
        }
    }
}

/// The value this visit keeps in memory for `T`'s key, if it has one.
fn kept_in_memory<T: Stored + Clone + 'static>() -> Option<T> {
    HELD.with_borrow(|held| held.get(&T::KEY)?.as_ref()?.downcast_ref::<T>().cloned())
}

/// This visit's value for a key a newer version of the site wrote, if there is one yet; marks the key
/// as held either way.
fn held<T: Stored + Clone + 'static>() -> Option<T> {
    HELD.with_borrow_mut(|held| {
        held.entry(T::KEY).or_default().as_ref().and_then(|value| value.downcast_ref::<T>()).cloned()
    })
}

/// Keeps `value` as this visit's value for its key. Returns whether the key was already held.
fn hold<T: Stored + Clone + 'static>(value: &T) -> bool {
    HELD.with_borrow_mut(|held| held.insert(T::KEY, Some(Box::new(value.clone()))).is_some())
}

/// Removes everything the site keeps in this browser (data a newer version wrote included) and
/// everything this visit kept in memory.
pub fn forget_everything() {
    for key in StorageKey::ALL {
        storage::remove(key);
    }
    HELD.with_borrow_mut(HashMap::clear);
}

//! The one way stored things are read and written. The browser hands in a [`Backend`] that only
//! reads and writes strings; every decision is made here and tested natively: when another tab wrote
//! since this page last read, the two are merged ([`Stored::merge`]); damaged text is set aside
//! before anything replaces it; data written by a newer version of the site, and set-aside data
//! whatever its state, is never written over; and a value storage will not take is kept in memory
//! for the rest of the visit, so every screen goes on with it and a download still holds it.
//!
//! ```
//! use culture_core::date::Day;
//! use culture_core::quiz::QuizRecord;
//! use culture_core::stored::{Backend, LoadError, SaveError, StorageKey, Store};
//! use std::collections::HashMap;
//!
//! #[derive(Default)]
//! struct Strings(HashMap<StorageKey, String>);
//!
//! impl Backend for Strings {
//!     fn read(&self, key: StorageKey) -> Result<Option<String>, LoadError> {
//!         Ok(self.0.get(&key).cloned())
//!     }
//!     fn write(&mut self, key: StorageKey, text: &str) -> Result<(), SaveError> {
//!         self.0.insert(key, text.to_owned());
//!         Ok(())
//!     }
//!     fn remove(&mut self, key: StorageKey) -> Result<(), SaveError> {
//!         self.0.remove(&key);
//!         Ok(())
//!     }
//! }
//!
//! let mut store = Store::new(Strings::default());
//! let record = QuizRecord { attempts: 1, ..QuizRecord::default() };
//! assert_eq!(store.save(&record, Day(20_000)), Ok(record.clone()));
//! assert_eq!(store.load::<QuizRecord>(Day(20_000)).value, record);
//! ```

use std::collections::HashMap;

use super::{read, seal, LoadError, Read, SaveError, SetAside, StorageKey, Stored};
use crate::date::Day;

/// Where the strings live: local storage in the browser, a map in the tests. It only moves text.
pub trait Backend {
    /// The text stored under `key`, if any; [`LoadError::Unavailable`] when storage cannot be used.
    fn read(&self, key: StorageKey) -> Result<Option<String>, LoadError>;
    /// Stores `text` under `key`, or says why the browser would not.
    fn write(&mut self, key: StorageKey, text: &str) -> Result<(), SaveError>;
    /// Removes whatever is stored under `key`.
    fn remove(&mut self, key: StorageKey) -> Result<(), SaveError>;
}

/// A stored thing read for a screen, and what to tell the visitor about it, if anything.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded<T> {
    pub value: T,
    pub message: Option<String>,
}

/// Why a value was not stored. It is kept in memory for the rest of the visit either way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotKept {
    pub error: SaveError,
    /// Whether the visitor has yet to hear of it: the first refusal for a key is news, later ones
    /// while the value is still held in memory are not, and blocked storage is told when the app
    /// starts.
    pub news: bool,
}

/// What this visit holds in memory for a key instead of storage.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Held {
    /// A newer version of the site wrote the key, and nothing has changed it in this visit yet.
    Newer,
    /// This visit's value, sealed as storage would hold it.
    Value(String),
}

/// Every stored thing's reads and writes, through one [`Backend`].
#[derive(Debug)]
pub struct Store<B> {
    backend: B,
    /// The text this page last read from or wrote to each key: when storage holds something else
    /// at the next save, another tab wrote it, and the two are merged.
    seen: HashMap<StorageKey, Option<String>>,
    held: HashMap<StorageKey, Held>,
}

impl<B: Backend> Store<B> {
    pub fn new(backend: B) -> Store<B> {
        Store { backend, seen: HashMap::new(), held: HashMap::new() }
    }

    /// The backend, for reading what it holds.
    pub fn backend(&self) -> &B {
        &self.backend
    }

    /// The stored `T` (or this visit's value, when it is held in memory), salvaged where it was
    /// damaged, with a message for the visitor when something was dropped or could not be read.
    /// Damaged text is set aside at once, so no later save can write over the only copy. A first
    /// visit and blocked storage (which the app announces once) have nothing to tell.
    pub fn load<T: Stored>(&mut self, today: Day) -> Loaded<T> {
        if let Some(value) = self.held_value::<T>() {
            return Loaded { value, message: None };
        }
        let Ok(text) = self.backend.read(T::KEY) else {
            return Loaded { value: T::default(), message: None };
        };
        let found = read::<T>(text.as_deref());
        let set_aside = match text.as_deref() {
            Some(text) if is_damaged(&found) => Some(self.set_aside(T::KEY, text, today).is_ok()),
            _ => None,
        };
        if !matches!(found, Err(LoadError::NewerSchema { .. })) {
            self.seen.insert(T::KEY, text);
        }
        let told = |message: String| match set_aside {
            Some(true) => format!(
                "{message} What was stored before has been set aside, and “Download your data” includes it."
            ),
            Some(false) => format!(
                "{message} What was stored before could not be set aside, so it is left as it was, and \
                 changes here are kept only until you leave."
            ),
            None => message,
        };
        match found {
            Ok(whole) => {
                let message = whole.message().map(told);
                Loaded { value: whole.value, message }
            }
            Err(error @ LoadError::NewerSchema { .. }) => {
                self.held.entry(T::KEY).or_insert(Held::Newer);
                Loaded { value: T::default(), message: Some(error.message(T::NOUN)) }
            }
            Err(LoadError::Missing | LoadError::Unavailable) => Loaded { value: T::default(), message: None },
            Err(error) => Loaded { value: T::default(), message: Some(told(error.message(T::NOUN))) },
        }
    }

    /// Stores `value` and returns what storage now holds: `value`, or `value` merged with what
    /// another tab stored since this page last read. When storage will not take it (data a newer
    /// version wrote, damaged text that cannot be set aside, storage full, refused or blocked),
    /// `value` is kept in memory for the rest of the visit and the error says why.
    pub fn save<T: Stored>(&mut self, value: &T, today: Day) -> Result<T, NotKept> {
        match self.write(value, today) {
            Ok(stored) => {
                self.held.remove(&T::KEY);
                Ok(stored)
            }
            Err(error) => {
                let sealed = seal(value);
                let was_held = match sealed {
                    Ok(sealed) => self.held.insert(T::KEY, Held::Value(sealed)).is_some(),
                    Err(_) => self.held.contains_key(&T::KEY),
                };
                Err(NotKept { news: !was_held && error != SaveError::Unavailable, error })
            }
        }
    }

    /// Whether this visit holds `T` in memory because storage would not take it.
    pub fn holds_in_memory<T: Stored>(&self) -> bool {
        matches!(self.held.get(&T::KEY), Some(Held::Value(_)))
    }

    /// Whether anything is stored under one of `keys`, or held in memory for one, without reading
    /// what it is: for a screen that only offers the data file when there is something to put in it.
    pub fn holds_any(&self, keys: &[StorageKey]) -> bool {
        keys.iter().any(|key| {
            matches!(self.held.get(key), Some(Held::Value(_)))
                || matches!(self.backend.read(*key), Ok(Some(_)))
        })
    }

    /// Removes every key in `keys` (data a newer version wrote included) and forgets everything this
    /// visit held in memory.
    pub fn forget(&mut self, keys: &[StorageKey]) {
        for &key in keys {
            if self.backend.remove(key).is_ok() {
                self.seen.insert(key, None);
            }
        }
        self.held.clear();
    }

    /// The value this visit holds for `T`, if it holds one.
    fn held_value<T: Stored>(&self) -> Option<T> {
        match self.held.get(&T::KEY)? {
            Held::Value(sealed) => read::<T>(Some(sealed)).ok().map(|read| read.value),
            Held::Newer => None,
        }
    }

    /// The write itself: the decision of what to store, then at most two writes, the set-aside
    /// data first.
    fn write<T: Stored>(&mut self, value: &T, today: Day) -> Result<T, SaveError> {
        let current = self.backend.read(T::KEY).map_err(|_| SaveError::Unavailable)?;
        let found = read::<T>(current.as_deref());
        if matches!(found, Err(LoadError::NewerSchema { .. })) {
            return Err(SaveError::NewerSchema);
        }
        let damaged = current.as_deref().filter(|_| is_damaged(&found));
        if let Some(text) = damaged.filter(|_| T::KEY != SetAside::KEY) {
            self.set_aside(T::KEY, text, today)?;
        }
        let changed_elsewhere = self.seen.get(&T::KEY).is_none_or(|last| *last != current);
        // What another tab left: its value, or nothing if it removed the key (finished, forgot
        // everything). Damaged text has been set aside and has nothing to merge.
        let theirs = match found {
            Ok(theirs) => Some(theirs.value),
            Err(LoadError::Missing) => Some(T::default()),
            Err(_) => None,
        };
        let mut to_store = match theirs {
            Some(theirs) if changed_elsewhere => {
                let base = self.seen.get(&T::KEY).cloned().flatten();
                let base = read::<T>(base.as_deref()).map(|read| read.value).unwrap_or_default();
                T::merge(&base, value.clone(), theirs)
            }
            _ => value.clone(),
        };
        // Damaged set-aside data is kept whole inside what replaces it.
        if let Some(text) = damaged.filter(|_| T::KEY == SetAside::KEY) {
            to_store = with_set_aside(&to_store, text, today)?;
        }
        if to_store.is_blank() {
            if current.is_some() {
                self.backend.remove(T::KEY)?;
            }
            self.seen.insert(T::KEY, None);
            return Ok(to_store);
        }
        let sealed = seal(&to_store)?;
        // Already stored as it is (saved once more, or read back from another tab): no write.
        if current.as_deref() != Some(sealed.as_str()) {
            self.backend.write(T::KEY, &sealed)?;
        }
        self.seen.insert(T::KEY, Some(sealed));
        Ok(to_store)
    }

    /// Keeps `text`, damaged data found under `key`, under the set-aside key (once). Set-aside data
    /// from a newer version stops it; set-aside data that is itself damaged is kept whole as one
    /// more item.
    fn set_aside(&mut self, key: StorageKey, text: &str, today: Day) -> Result<(), SaveError> {
        let current = self.backend.read(SetAside::KEY).map_err(|_| SaveError::Unavailable)?;
        let kept = match (read::<SetAside>(current.as_deref()), current.as_deref()) {
            (Ok(read), _) if read.is_whole() && read.value.holds(key, text) => return Ok(()),
            (Ok(read), Some(damaged)) if !read.is_whole() => read.value.with(SetAside::KEY, today, damaged),
            (Ok(read), _) => read.value,
            (Err(LoadError::Missing), _) => SetAside::default(),
            (Err(LoadError::NewerSchema { .. }), _) => return Err(SaveError::NewerSchema),
            (Err(LoadError::Unavailable), _) => return Err(SaveError::Unavailable),
            (Err(_), damaged) => SetAside::default().with(SetAside::KEY, today, damaged.unwrap_or_default()),
        };
        let sealed = seal(&kept.with(key, today, text))?;
        self.backend.write(SetAside::KEY, &sealed)?;
        self.seen.insert(SetAside::KEY, Some(sealed));
        Ok(())
    }
}

/// `value` (set-aside data) with the damaged set-aside `text` kept as one more item. Goes through
/// the stored text, since `T` is known to be [`SetAside`] only by its key.
fn with_set_aside<T: Stored>(value: &T, text: &str, today: Day) -> Result<T, SaveError> {
    let sealed = seal(value)?;
    let kept = read::<SetAside>(Some(&sealed)).map_err(|_| SaveError::Encode)?.value;
    let sealed = seal(&kept.with(SetAside::KEY, today, text))?;
    read::<T>(Some(&sealed)).map(|read| read.value).map_err(|_| SaveError::Encode)
}

/// Whether reading lost anything that a write would then destroy.
fn is_damaged<T>(read: &Result<Read<T>, LoadError>) -> bool {
    match read {
        Ok(read) => !read.is_whole(),
        Err(error) => matches!(error, LoadError::Unreadable | LoadError::Foreign),
    }
}

#[cfg(test)]
mod tests;

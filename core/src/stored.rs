//! The stored-state schema: every thing the site keeps in local storage is declared once, as a type
//! that implements [`Stored`] (its key, its schema version, what to call it in a notice, and how to
//! salvage it), and sits under its namespaced key wrapped in an envelope that carries the schema
//! version. Reading turns anything missing, unreadable, foreign or from a newer version into a
//! [`LoadError`] value with a message for the visitor, and damaged parts into [`Loss`]es; nothing here
//! panics. `src/browser/storage.rs` only moves the strings in and out of the browser.
//!
//! ```
//! use culture_core::assessment::History;
//! use culture_core::stored::{self, LoadError, Stored};
//!
//! let sealed = stored::seal(&History::new()).unwrap_or_default();
//! assert_eq!(stored::read::<History>(Some(&sealed)).map(|read| read.value), Ok(History::new()));
//! // Data from a newer version of the site is never read, nor written over.
//! let newer = r#"{"schema":99,"data":{}}"#;
//! assert_eq!(stored::read::<History>(Some(newer)), Err(LoadError::NewerSchema { found: 99 }));
//! assert!(stored::holds_newer::<History>(Some(newer)));
//! assert_eq!(History::KEY.as_str(), "culture-check/assessment-history");
//! ```

pub mod merge;
mod parts;
mod read;
mod set_aside;
mod store;

pub use parts::{EachPair, EachPart, GatherPart};
pub use read::{Loss, Read};
pub use set_aside::{SetAside, SetAsideItem};
pub use store::{Backend, Loaded, NotKept, Store};

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Prefix of every key this site writes, so its data never collides with another app on the origin.
pub const NAMESPACE: &str = "culture-check";

/// One thing the site keeps in local storage, declared once: where it lives, which version of its
/// shape this build writes, what the visitor calls it, and how to read back what a browser holds.
pub trait Stored: Serialize + Default + Clone + PartialEq + 'static {
    /// The key it is stored under.
    const KEY: StorageKey;
    /// The version of its stored shape. Bump it when the shape changes in a way older code cannot
    /// read, and teach [`salvage`](Stored::salvage) the older version: data with a higher version
    /// than this build knows is never read nor written over.
    const SCHEMA: u32;
    /// What a notice calls it: "Your saved {NOUN} could not be read".
    const NOUN: &'static str;

    /// Reads the envelope's data, keeping whatever is valid and noting what had to be dropped.
    fn salvage(data: Value) -> Read<Self>;

    /// Combines this tab's new value (`ours`) with what another tab of the site stored since this one
    /// last read (`theirs`), both grown from `base` (what this tab last read; the default when it
    /// read nothing). Nothing either tab added may be lost: see [`merge::three_way`].
    fn merge(base: &Self, ours: Self, theirs: Self) -> Self;

    /// Whether there is nothing worth keeping (no quiz in progress, say): the key is then removed
    /// rather than written.
    fn is_blank(&self) -> bool {
        false
    }
}

/// Where one stored thing lives in local storage: its full key, namespace included. Each stored
/// thing names its own in its [`Stored::KEY`]; `data_file::DeviceData` lists every stored thing once.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StorageKey(&'static str);

impl StorageKey {
    /// A key under [`NAMESPACE`]: `StorageKey::new("culture-check/teams")`.
    pub const fn new(key: &'static str) -> StorageKey {
        StorageKey(key)
    }

    /// The full local-storage key, namespace included.
    pub fn as_str(self) -> &'static str {
        self.0
    }
}

/// Why a stored value could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Nothing is stored under the key yet: the normal first visit, not worth telling anyone.
    Missing,
    /// The browser refuses access to local storage (disabled, private mode, sandboxed frame).
    Unavailable,
    /// The stored text is not JSON: cut off mid-write or edited by hand.
    Unreadable,
    /// JSON, but not in this site's envelope or not of the expected shape.
    Foreign,
    /// Written by a newer version of the site than this one.
    NewerSchema { found: u32 },
}

impl LoadError {
    /// Whether the visitor should hear about this (a first visit is not news).
    pub fn is_worth_telling(&self) -> bool {
        !matches!(self, LoadError::Missing)
    }

    /// A plain-words message for the visitor, naming what was being read.
    pub fn message(&self, what: &str) -> String {
        match self {
            LoadError::Missing => format!("No saved {what} yet."),
            LoadError::Unavailable => format!(
                "This browser is not letting the site use local storage, so your {what} cannot be \
                 saved or restored. Everything still works, but it will be forgotten when you leave."
            ),
            LoadError::Unreadable | LoadError::Foreign => {
                format!("Your saved {what} could not be read (it looks damaged), so you are starting fresh.")
            }
            LoadError::NewerSchema { found } => format!(
                "Your saved {what} was written by a newer version of Culture Check (format {found}); \
                 reload the page to get the newest version. It has been left untouched."
            ),
        }
    }
}

/// Why a value could not be saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Local storage is disabled or blocked.
    Unavailable,
    /// The browser's storage quota for this site is used up.
    Full,
    /// Storage was there but refused this write for another reason (a browser setting, a private
    /// window's limits).
    Refused,
    /// The value could not be turned into JSON (a bug, reported rather than panicking).
    Encode,
    /// The stored data was written by a newer version of the site, so it is left untouched.
    NewerSchema,
}

impl SaveError {
    /// Why, in a few words that fit inside a sentence about what was not kept.
    pub fn reason(&self) -> &'static str {
        match self {
            SaveError::Unavailable => "it is not letting the site save anything",
            SaveError::Full => "its storage for the site is full",
            SaveError::Refused => "it refused the write",
            SaveError::Encode => "an internal error",
            SaveError::NewerSchema => "a newer version of Culture Check has saved data here",
        }
    }

    pub fn message(&self) -> &'static str {
        match self {
            SaveError::Unavailable => {
                "This browser is not letting the site save anything, so your progress will be lost \
                 when you leave this page. “Download your data” keeps a copy."
            }
            SaveError::Full => {
                "This browser's storage for the site is full, so your latest progress could not be \
                 saved. It is kept on this page until you leave: download your data to keep a copy, or \
                 delete old history entries to free room."
            }
            SaveError::Refused => {
                "This browser refused to save your latest progress. It is kept on this page until you leave: \
                 download your data to keep a copy, or try again later."
            }
            SaveError::Encode => "Your progress could not be saved because of an internal error.",
            SaveError::NewerSchema => {
                "A newer version of Culture Check has saved data in this browser, so this page leaves it \
                 untouched and keeps your changes only until you leave. Download your data to keep a copy, \
                 then reload the page to get the newest version."
            }
        }
    }
}

#[derive(Serialize)]
struct SealedEnvelope<'a, T> {
    schema: u32,
    data: &'a T,
}

#[derive(Deserialize)]
struct OpenedEnvelope {
    schema: u32,
    data: Value,
}

/// Wraps a value in its envelope, ready to store.
pub fn seal<T: Stored>(data: &T) -> Result<String, SaveError> {
    serde_json::to_string(&SealedEnvelope { schema: T::SCHEMA, data }).map_err(|_| SaveError::Encode)
}

/// Reads what was stored under `T`'s key, salvaging what it can from partly damaged data.
pub fn read<T: Stored>(stored: Option<&str>) -> Result<Read<T>, LoadError> {
    open(stored, T::SCHEMA).map(T::salvage)
}

/// Reads an envelope already parsed as JSON (a part of a data file).
pub fn read_value<T: Stored>(envelope: Value) -> Result<Read<T>, LoadError> {
    open_value(envelope, T::SCHEMA).map(T::salvage)
}

/// Whether the stored text was written by a newer version of the site: it must be left untouched.
pub fn holds_newer<T: Stored>(stored: Option<&str>) -> bool {
    matches!(open(stored, T::SCHEMA), Err(LoadError::NewerSchema { .. }))
}

/// Opens an envelope of schema `schema` and returns its data as loose JSON.
fn open(stored: Option<&str>, schema: u32) -> Result<Value, LoadError> {
    let text = stored.ok_or(LoadError::Missing)?;
    let value: Value = serde_json::from_str(text).map_err(|_| LoadError::Unreadable)?;
    open_value(value, schema)
}

fn open_value(value: Value, schema: u32) -> Result<Value, LoadError> {
    let envelope: OpenedEnvelope = serde_json::from_value(value).map_err(|_| LoadError::Foreign)?;
    match envelope.schema {
        found if found == schema => Ok(envelope.data),
        found if found > schema => Err(LoadError::NewerSchema { found }),
        _ => Err(LoadError::Foreign),
    }
}

#[cfg(test)]
mod tests;

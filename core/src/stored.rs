//! The stored-state schema: every value the site keeps in local storage sits under a namespaced key,
//! wrapped in an envelope that carries the schema version. Reading turns anything missing, unreadable,
//! foreign or from a newer version into a [`LoadError`] value with a message for the visitor; nothing
//! here panics. `src/browser/storage.rs` only moves the strings in and out of the browser.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Prefix of every key this site writes, so its data never collides with another app on the origin.
pub const NAMESPACE: &str = "culture-check";

/// Version of the envelope and of the shapes inside it. Bump it when a stored shape changes in a way
/// older code cannot read, and teach [`open`] to migrate the older version.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything the site stores, one key each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StorageKey {
    /// The assessment in progress: answers so far and the current statement.
    AssessmentProgress,
    /// Completed assessments, dated.
    AssessmentHistory,
    /// The quiz attempt in progress.
    QuizProgress,
    /// Best score, attempts and the last attempt's misses.
    QuizRecord,
    /// Named teams for the team view.
    Teams,
}

impl StorageKey {
    pub const ALL: [StorageKey; 5] = [
        StorageKey::AssessmentProgress,
        StorageKey::AssessmentHistory,
        StorageKey::QuizProgress,
        StorageKey::QuizRecord,
        StorageKey::Teams,
    ];

    /// The full local-storage key, namespace included.
    pub fn as_str(self) -> &'static str {
        match self {
            StorageKey::AssessmentProgress => "culture-check/assessment-progress",
            StorageKey::AssessmentHistory => "culture-check/assessment-history",
            StorageKey::QuizProgress => "culture-check/quiz-progress",
            StorageKey::QuizRecord => "culture-check/quiz-record",
            StorageKey::Teams => "culture-check/teams",
        }
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
            LoadError::Unreadable | LoadError::Foreign => format!(
                "Your saved {what} could not be read (it looks damaged), so it was set aside and you \
                 are starting fresh."
            ),
            LoadError::NewerSchema { found } => format!(
                "Your saved {what} was written by a newer version of Culture Check (format {found}); \
                 reload the page to get the newest version. It has been left untouched."
            ),
        }
    }
}

/// Why a value could not be saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// Local storage is disabled or blocked.
    Unavailable,
    /// The browser's storage quota for this site is used up.
    Full,
    /// The value could not be turned into JSON (a bug, reported rather than panicking).
    Encode,
}

impl SaveError {
    pub fn message(&self) -> &'static str {
        match self {
            SaveError::Unavailable => {
                "This browser is not letting the site save anything, so your progress will be lost \
                 when you leave this page."
            }
            SaveError::Full => {
                "This browser's storage for the site is full, so your latest progress could not be \
                 saved. Deleting old history entries frees room."
            }
            SaveError::Encode => "Your progress could not be saved because of an internal error.",
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

/// Wraps a value in the current envelope, ready to store.
pub fn seal<T: Serialize>(data: &T) -> Result<String, SaveError> {
    serde_json::to_string(&SealedEnvelope { schema: SCHEMA_VERSION, data }).map_err(|_| SaveError::Encode)
}

/// Opens an envelope and returns its data as loose JSON, for callers that salvage what they can from
/// partly damaged data (see the assessment and quiz modules).
pub fn open(stored: Option<&str>) -> Result<Value, LoadError> {
    let text = stored.ok_or(LoadError::Missing)?;
    let value: Value = serde_json::from_str(text).map_err(|_| LoadError::Unreadable)?;
    let envelope: OpenedEnvelope = serde_json::from_value(value).map_err(|_| LoadError::Foreign)?;
    match envelope.schema {
        SCHEMA_VERSION => Ok(envelope.data),
        found if found > SCHEMA_VERSION => Err(LoadError::NewerSchema { found }),
        _ => Err(LoadError::Foreign),
    }
}

/// Opens an envelope and reads its data as `T`, all or nothing.
pub fn open_as<T: DeserializeOwned>(stored: Option<&str>) -> Result<T, LoadError> {
    serde_json::from_value(open(stored)?).map_err(|_| LoadError::Foreign)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Counter {
        count: u32,
    }

    #[test]
    fn a_sealed_value_opens_to_the_same_value() {
        let sealed = seal(&Counter { count: 7 }).expect("a plain struct always encodes");
        assert_eq!(open_as::<Counter>(Some(&sealed)), Ok(Counter { count: 7 }));
    }

    #[test]
    fn the_envelope_records_the_schema_version() {
        let sealed = seal(&Counter { count: 1 }).expect("a plain struct always encodes");
        assert_eq!(sealed, format!(r#"{{"schema":{SCHEMA_VERSION},"data":{{"count":1}}}}"#));
    }

    #[test]
    fn nothing_stored_is_missing() {
        assert_eq!(open(None), Err(LoadError::Missing));
    }

    #[test]
    fn text_that_is_not_json_is_unreadable() {
        for garbage in ["", "{", "not json", "{\"schema\":1,\"data\":", "\u{fffd}\u{0}"] {
            assert_eq!(open(Some(garbage)), Err(LoadError::Unreadable), "{garbage:?}");
        }
    }

    #[test]
    fn json_without_the_envelope_is_foreign() {
        for foreign in ["42", "[]", "{}", r#"{"count":1}"#, r#"{"schema":"1","data":{}}"#] {
            assert_eq!(open(Some(foreign)), Err(LoadError::Foreign), "{foreign:?}");
        }
    }

    #[test]
    fn an_envelope_with_the_wrong_shape_inside_is_foreign() {
        let stored = r#"{"schema":1,"data":{"count":"seven"}}"#;
        assert_eq!(open_as::<Counter>(Some(stored)), Err(LoadError::Foreign));
    }

    #[test]
    fn an_envelope_from_a_newer_version_says_so() {
        let stored = format!(r#"{{"schema":{},"data":{{}}}}"#, SCHEMA_VERSION + 1);
        assert_eq!(open(Some(&stored)), Err(LoadError::NewerSchema { found: SCHEMA_VERSION + 1 }));
    }

    #[test]
    fn every_key_is_namespaced_and_distinct() {
        let keys: std::collections::HashSet<&str> = StorageKey::ALL.iter().map(|k| k.as_str()).collect();
        assert_eq!(keys.len(), StorageKey::ALL.len());
        assert!(keys.iter().all(|key| key.starts_with(NAMESPACE)));
    }

    #[test]
    fn only_a_missing_value_goes_unmentioned() {
        assert!(!LoadError::Missing.is_worth_telling());
        assert!(LoadError::Unreadable.is_worth_telling());
        assert!(LoadError::Unavailable.message("quiz").contains("quiz"));
    }
}

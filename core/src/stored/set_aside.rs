//! Stored text that could not be read whole (cut off mid-write, edited by hand, damaged in parts) is
//! kept as it was under its own key before anything is written over it, and offered in the data
//! download, so that "set aside" in a notice is true and nothing a person entered is silently lost.

use super::merge::three_way;
use super::{Loss, Read, StorageKey, Stored};
use crate::date::Day;
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One damaged value, exactly as it was stored.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetAsideItem {
    /// The key it was stored under.
    pub key: String,
    /// When it was set aside.
    pub day: Day,
    pub text: String,
}

/// Every damaged value set aside, oldest first, each text once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetAside {
    items: Vec<SetAsideItem>,
}

impl SetAside {
    pub fn items(&self) -> &[SetAsideItem] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Whether this exact text from this key is already kept.
    pub fn holds(&self, key: StorageKey, text: &str) -> bool {
        self.items.iter().any(|item| item.key == key.as_str() && item.text == text)
    }

    /// The list with `text` from `key` kept too (unchanged if it already is).
    #[must_use]
    pub fn with(&self, key: StorageKey, day: Day, text: &str) -> SetAside {
        let mut items = self.items.clone();
        if !self.holds(key, text) {
            items.push(SetAsideItem { key: key.as_str().to_owned(), day, text: text.to_owned() });
        }
        SetAside { items }
    }
}

impl Stored for SetAside {
    const KEY: StorageKey = StorageKey::new("culture-check/set-aside");
    const SCHEMA: u32 = 1;
    const NOUN: &'static str = "set-aside data";

    /// Keeps every item that still has its key, day and text, each text from a key once, and counts
    /// the damaged ones: the store then keeps the whole stored text as one more item before it writes
    /// (`Store`), so nothing is lost.
    fn salvage(data: Value) -> Read<SetAside> {
        let Some(stored) = data.get("items").and_then(Value::as_array) else {
            return Read::new(SetAside::default()).with_loss(Loss::Everything { what: Self::NOUN });
        };
        let mut items: Vec<SetAsideItem> = Vec::new();
        let mut damaged = 0;
        for item in stored {
            match SetAsideItem::deserialize(item) {
                Ok(item) if !items.iter().any(|kept| kept.key == item.key && kept.text == item.text) => {
                    items.push(item);
                }
                Ok(_) => {}
                Err(_) => damaged += 1,
            }
        }
        Read::new(SetAside { items }).with_loss(Loss::SetAsideItems(damaged))
    }

    fn merge(base: &SetAside, ours: SetAside, theirs: SetAside) -> SetAside {
        let same = |item: &SetAsideItem| (item.key.clone(), item.text.clone());
        SetAside { items: three_way(&base.items, ours.items, theirs.items, same) }
    }

    fn is_blank(&self) -> bool {
        self.is_empty()
    }
}

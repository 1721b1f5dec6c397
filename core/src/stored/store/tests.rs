use std::collections::BTreeMap;

use proptest::prelude::*;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::*;
use crate::stored::merge::three_way;
use crate::stored::Loss;

/// A stored thing whose items can be damaged one by one, like history or saved teams.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct Notes {
    items: Vec<(u8, u8)>,
}

impl Stored for Notes {
    const KEY: StorageKey = StorageKey::new("culture-check/notes");
    const SCHEMA: u32 = 1;
    const NOUN: &'static str = "notes";

    fn salvage(data: Value) -> Read<Notes> {
        let Some(stored) = data.get("items").and_then(Value::as_array) else {
            return Read::new(Notes::default()).with_loss(Loss::Everything { what: Self::NOUN });
        };
        let items: Vec<(u8, u8)> =
            stored.iter().filter_map(|item| <(u8, u8)>::deserialize(item).ok()).collect();
        let dropped = stored.len() - items.len();
        Read::new(Notes { items }).with_loss(Loss::HistoryEntries(dropped))
    }

    fn merge(base: &Notes, ours: Notes, theirs: Notes) -> Notes {
        Notes { items: three_way(&base.items, ours.items, theirs.items, |item| item.0) }
    }

    fn is_blank(&self) -> bool {
        self.items.is_empty()
    }
}

/// Which writes the browser refuses.
#[derive(Clone, Copy, Debug)]
enum Fault {
    None,
    Everything(SaveError),
    Key(StorageKey, SaveError),
}

/// Local storage as strings, with the browser's refusals on demand.
#[derive(Clone, Debug)]
struct Strings {
    texts: BTreeMap<StorageKey, String>,
    fault: Fault,
}

impl Strings {
    fn holding(entries: &[(StorageKey, Option<String>)]) -> Strings {
        let texts = entries.iter().filter_map(|(key, text)| Some((*key, text.clone()?))).collect();
        Strings { texts, fault: Fault::None }
    }

    fn refused(&self, key: StorageKey) -> Result<(), SaveError> {
        match self.fault {
            Fault::Everything(error) => Err(error),
            Fault::Key(refused, error) if refused == key => Err(error),
            _ => Ok(()),
        }
    }

    fn text(&self, key: StorageKey) -> Option<&str> {
        self.texts.get(&key).map(String::as_str)
    }
}

impl Backend for Strings {
    fn read(&self, key: StorageKey) -> Result<Option<String>, LoadError> {
        match self.fault {
            Fault::Everything(SaveError::Unavailable) => Err(LoadError::Unavailable),
            _ => Ok(self.texts.get(&key).cloned()),
        }
    }

    fn write(&mut self, key: StorageKey, text: &str) -> Result<(), SaveError> {
        self.refused(key)?;
        self.texts.insert(key, text.to_owned());
        Ok(())
    }

    fn remove(&mut self, key: StorageKey) -> Result<(), SaveError> {
        self.refused(key)?;
        self.texts.remove(&key);
        Ok(())
    }
}

const DAY: Day = Day(20_000);

fn notes(items: &[(u8, u8)]) -> Notes {
    Notes { items: items.to_vec() }
}

fn sealed(items: &[(u8, u8)]) -> String {
    seal(&notes(items)).unwrap_or_default()
}

fn store_holding(entries: &[(StorageKey, Option<String>)]) -> Store<Strings> {
    Store::new(Strings::holding(entries))
}

fn set_aside_in(store: &Store<Strings>) -> SetAside {
    read::<SetAside>(store.backend().text(SetAside::KEY)).map(|read| read.value).unwrap_or_default()
}

const NEWER: &str = r#"{"schema":2,"data":{"whatever":true}}"#;
const PARTLY_DAMAGED_NOTES: &str = r#"{"schema":1,"data":{"items":[[1,1],"torn"]}}"#;
const PARTLY_DAMAGED_SET_ASIDE: &str =
    r#"{"schema":1,"data":{"items":[{"key":"culture-check/notes","day":3,"text":"{old"},7]}}"#;

#[test]
fn a_value_saved_reads_back_as_it_was() {
    let mut store = store_holding(&[]);
    assert_eq!(store.save(&notes(&[(1, 2)]), DAY), Ok(notes(&[(1, 2)])));
    assert_eq!(store.load::<Notes>(DAY), Loaded { value: notes(&[(1, 2)]), message: None });
}

#[test]
fn a_save_after_another_tab_wrote_keeps_both_tabs_changes() {
    let mut store = store_holding(&[(Notes::KEY, Some(sealed(&[(1, 1)])))]);
    let base = store.load::<Notes>(DAY).value;
    store.backend.texts.insert(Notes::KEY, sealed(&[(1, 1), (2, 2)]));
    let ours = Notes { items: [base.items, vec![(3, 3)]].concat() };
    assert_eq!(store.save(&ours, DAY), Ok(notes(&[(1, 1), (3, 3), (2, 2)])));
}

#[test]
fn damaged_text_is_set_aside_when_read_and_the_message_says_so() {
    let mut store = store_holding(&[(Notes::KEY, Some("{torn".to_owned()))]);
    let loaded = store.load::<Notes>(DAY);
    assert_eq!(loaded.value, Notes::default());
    assert!(loaded.message.is_some_and(|message| message.contains("has been set aside")));
    assert!(set_aside_in(&store).holds(Notes::KEY, "{torn"));
}

#[test]
fn damaged_text_that_cannot_be_set_aside_is_left_and_the_message_says_so() {
    let mut store =
        store_holding(&[(Notes::KEY, Some("{torn".to_owned())), (SetAside::KEY, Some(NEWER.to_owned()))]);
    let loaded = store.load::<Notes>(DAY);
    assert!(loaded.message.is_some_and(|message| message.contains("could not be set aside")));
    assert_eq!(
        store.save(&notes(&[(1, 1)]), DAY).map_err(|not_kept| not_kept.error),
        Err(SaveError::NewerSchema)
    );
    assert_eq!(store.backend().text(Notes::KEY), Some("{torn"));
    assert_eq!(store.backend().text(SetAside::KEY), Some(NEWER));
}

#[test]
fn damaged_set_aside_data_is_kept_whole_inside_what_replaces_it() {
    let mut store = store_holding(&[
        (Notes::KEY, Some("{torn".to_owned())),
        (SetAside::KEY, Some(PARTLY_DAMAGED_SET_ASIDE.to_owned())),
    ]);
    let _ = store.load::<Notes>(DAY);
    let kept = set_aside_in(&store);
    assert!(kept.holds(SetAside::KEY, PARTLY_DAMAGED_SET_ASIDE));
    assert!(kept.holds(Notes::KEY, "{old"));
    assert!(kept.holds(Notes::KEY, "{torn"));
}

#[test]
fn a_refused_write_is_news_once_and_the_value_stays_for_the_visit() {
    let mut store = store_holding(&[]);
    store.backend.fault = Fault::Everything(SaveError::Full);
    let first = store.save(&notes(&[(1, 1)]), DAY);
    assert_eq!(first, Err(NotKept { error: SaveError::Full, news: true }));
    let second = store.save(&notes(&[(1, 1), (2, 2)]), DAY);
    assert_eq!(second, Err(NotKept { error: SaveError::Full, news: false }));
    assert!(store.holds_in_memory::<Notes>());
    assert_eq!(store.load::<Notes>(DAY).value, notes(&[(1, 1), (2, 2)]));
    store.backend.fault = Fault::None;
    assert_eq!(store.save(&notes(&[(1, 1)]), DAY), Ok(notes(&[(1, 1)])));
    assert!(!store.holds_in_memory::<Notes>());
}

#[test]
fn blocked_storage_is_never_news_here() {
    let mut store = store_holding(&[]);
    store.backend.fault = Fault::Everything(SaveError::Unavailable);
    assert_eq!(
        store.save(&notes(&[(1, 1)]), DAY),
        Err(NotKept { error: SaveError::Unavailable, news: false })
    );
}

#[test]
fn data_a_newer_version_wrote_is_told_when_read_and_its_refusal_is_then_no_news() {
    let mut store = store_holding(&[(Notes::KEY, Some(NEWER.to_owned()))]);
    assert!(store.load::<Notes>(DAY).message.is_some_and(|message| message.contains("newer version")));
    assert_eq!(
        store.save(&notes(&[(1, 1)]), DAY),
        Err(NotKept { error: SaveError::NewerSchema, news: false })
    );
    assert_eq!(store.backend().text(Notes::KEY), Some(NEWER));
}

#[test]
fn forgetting_removes_every_key_and_what_the_visit_held() {
    let mut store =
        store_holding(&[(Notes::KEY, Some(NEWER.to_owned())), (SetAside::KEY, Some(NEWER.to_owned()))]);
    let _ = store.save(&notes(&[(1, 1)]), DAY);
    store.forget(&[Notes::KEY, SetAside::KEY]);
    assert!(store.backend().texts.is_empty());
    assert_eq!(store.load::<Notes>(DAY).value, Notes::default());
}

/// Every shape of text a key can hold.
fn stored_notes() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        prop::collection::vec((0u8..6, 0u8..3), 0..4).prop_map(|items| Some(sealed(&items))),
        "[^\"]{0,8}".prop_map(|junk| Some(format!("{{{junk}"))),
        Just(Some(r#"{"items":[]}"#.to_owned())),
        Just(Some(NEWER.to_owned())),
        Just(Some(PARTLY_DAMAGED_NOTES.to_owned())),
    ]
}

fn stored_set_aside() -> impl Strategy<Value = Option<String>> {
    let whole = SetAside::default().with(Notes::KEY, Day(3), "{older").with(Notes::KEY, Day(4), "[");
    prop_oneof![
        Just(None),
        Just(seal(&whole).ok()),
        Just(Some("{\"schema\":1,".to_owned())),
        Just(Some("[1,2]".to_owned())),
        Just(Some(NEWER.to_owned())),
        Just(Some(PARTLY_DAMAGED_SET_ASIDE.to_owned())),
    ]
}

fn fault() -> impl Strategy<Value = Fault> {
    prop_oneof![
        Just(Fault::None),
        Just(Fault::Everything(SaveError::Full)),
        Just(Fault::Everything(SaveError::Refused)),
        Just(Fault::Everything(SaveError::Unavailable)),
        Just(Fault::Key(SetAside::KEY, SaveError::Full)),
        Just(Fault::Key(Notes::KEY, SaveError::Refused)),
    ]
}

/// What a visit does: read first or not, then save one or two values.
fn visit() -> impl Strategy<Value = (bool, Vec<Notes>)> {
    (any::<bool>(), prop::collection::vec(prop::collection::vec((0u8..6, 0u8..3), 0..4), 1..3))
        .prop_map(|(reads, values)| (reads, values.into_iter().map(|items| Notes { items }).collect()))
}

/// Runs a visit and returns the store afterwards, with what the last save said.
fn run(
    notes_text: &Option<String>,
    set_aside_text: &Option<String>,
    fault: Fault,
    (reads, values): &(bool, Vec<Notes>),
) -> (Store<Strings>, Result<Notes, NotKept>, Notes) {
    let mut store =
        store_holding(&[(Notes::KEY, notes_text.clone()), (SetAside::KEY, set_aside_text.clone())]);
    store.backend.fault = fault;
    if *reads {
        let _ = store.load::<Notes>(DAY);
    }
    let mut last = (Ok(Notes::default()), Notes::default());
    for value in values {
        last = (store.save(value, DAY), value.clone());
    }
    (store, last.0, last.1)
}

proptest! {
    /// Set-aside data is never written over: newer, it stays as it was; damaged, it is kept whole
    /// inside what replaces it; readable, every item it held is still held.
    #[test]
    fn set_aside_data_is_never_written_over(
        notes_text in stored_notes(), set_aside_text in stored_set_aside(), fault in fault(), visit in visit()
    ) {
        let (store, _, _) = run(&notes_text, &set_aside_text, fault, &visit);
        let Some(before) = set_aside_text.as_deref() else { return Ok(()) };
        let after = store.backend().text(SetAside::KEY);
        if after == Some(before) {
            return Ok(());
        }
        prop_assert!(before != NEWER, "newer set-aside data was replaced by {after:?}");
        let now = read::<SetAside>(after);
        prop_assert!(now.as_ref().is_ok_and(Read::is_whole), "{after:?} does not read whole");
        let now = now.map(|read| read.value).unwrap_or_default();
        match read::<SetAside>(Some(before)) {
            Ok(read) if read.is_whole() => {
                for item in read.value.items() {
                    prop_assert!(now.items().contains(item), "{item:?} lost");
                }
            }
            _ => prop_assert!(now.holds(SetAside::KEY, before), "damaged set-aside text lost"),
        }
    }

    /// Text that cannot be read whole, or that a newer version wrote, is never lost: it stays where
    /// it was or is set aside word for word.
    #[test]
    fn damaged_or_newer_text_is_never_lost(
        notes_text in stored_notes(), set_aside_text in stored_set_aside(), fault in fault(), visit in visit()
    ) {
        let (store, _, _) = run(&notes_text, &set_aside_text, fault, &visit);
        let Some(before) = notes_text.as_deref() else { return Ok(()) };
        let readable_whole = read::<Notes>(Some(before)).is_ok_and(|read| read.is_whole());
        if readable_whole || store.backend().text(Notes::KEY) == Some(before) {
            return Ok(());
        }
        prop_assert!(before != NEWER, "data from a newer version was written over");
        prop_assert!(set_aside_in(&store).holds(Notes::KEY, before), "{before:?} was neither left nor set aside");
    }

    /// "Saved" is true: a save that reports success left storage holding what it returned, and one
    /// that did not left the value with the visit, where every screen still reads it.
    #[test]
    fn a_save_succeeds_only_when_storage_holds_the_value(
        notes_text in stored_notes(), set_aside_text in stored_set_aside(), fault in fault(), visit in visit()
    ) {
        let (mut store, outcome, tried) = run(&notes_text, &set_aside_text, fault, &visit);
        match outcome {
            Ok(stored) => {
                let held = read::<Notes>(store.backend().text(Notes::KEY)).map(|read| read.value);
                prop_assert_eq!(held.unwrap_or_default(), stored);
            }
            Err(_) => {
                prop_assert!(store.holds_in_memory::<Notes>());
                prop_assert_eq!(store.load::<Notes>(DAY).value, tried);
            }
        }
    }
}

#[test]
fn a_store_holds_nothing_before_anything_is_stored() {
    assert!(!store_holding(&[]).holds_any(&[Notes::KEY, SetAside::KEY]));
}

#[test]
fn a_store_holds_what_storage_has_under_a_key_asked_about_whatever_its_state() {
    let store = store_holding(&[(Notes::KEY, Some("{torn".to_owned()))]);
    assert!(store.holds_any(&[SetAside::KEY, Notes::KEY]));
    assert!(!store.holds_any(&[SetAside::KEY]));
}

#[test]
fn a_store_holds_a_value_storage_refused_for_the_rest_of_the_visit() {
    let mut store = store_holding(&[]);
    store.backend.fault = Fault::Everything(SaveError::Full);
    let _ = store.save(&notes(&[(1, 1)]), DAY);
    assert!(store.holds_any(&[Notes::KEY]));
}

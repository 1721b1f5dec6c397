//! The storage module against the real local storage of headless Chromium: round trips, the
//! versioned envelope, and every kind of damaged data a visitor's browser might hold.
#![cfg(target_arch = "wasm32")]

use culture_check::browser::storage;
use culture_core::stored::{LoadError, StorageKey};
use serde::{Deserialize, Serialize};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Sample {
    answered: u32,
    label: String,
}

fn sample() -> Sample {
    Sample { answered: 7, label: "Ünïcode & <markup>".to_owned() }
}

fn clear(key: StorageKey) {
    storage::remove(key);
}

#[wasm_bindgen_test]
fn local_storage_is_available_in_a_normal_browser() {
    assert!(storage::is_available());
}

#[wasm_bindgen_test]
fn a_saved_value_loads_back_unchanged() {
    let key = StorageKey::QuizRecord;
    clear(key);
    storage::save(key, &sample()).expect("saving to a fresh key works");
    assert_eq!(storage::load_as::<Sample>(key), Ok(sample()));
    clear(key);
}

#[wasm_bindgen_test]
fn values_are_stored_under_namespaced_keys_in_a_versioned_envelope() {
    let key = StorageKey::QuizRecord;
    clear(key);
    storage::save(key, &sample()).expect("saving works");
    let raw = web_sys::window()
        .and_then(|window| window.local_storage().ok().flatten())
        .and_then(|local| local.get_item("culture-check/quiz-record").ok().flatten())
        .expect("the value sits under the namespaced key");
    let envelope: serde_json::Value = serde_json::from_str(&raw).expect("the envelope is JSON");
    assert_eq!(envelope["schema"], 1);
    assert_eq!(envelope["data"]["answered"], 7);
    clear(key);
}

#[wasm_bindgen_test]
fn a_missing_value_is_reported_as_missing() {
    let key = StorageKey::Teams;
    clear(key);
    assert_eq!(storage::load_as::<Sample>(key), Err(LoadError::Missing));
}

#[wasm_bindgen_test]
fn text_that_is_not_json_is_reported_as_unreadable() {
    let key = StorageKey::AssessmentProgress;
    storage::write_text(key, "{not json at all").expect("raw writes work");
    assert_eq!(storage::load_as::<Sample>(key), Err(LoadError::Unreadable));
    clear(key);
}

#[wasm_bindgen_test]
fn json_from_another_app_is_reported_as_foreign() {
    let key = StorageKey::AssessmentHistory;
    storage::write_text(key, r#"{"theme":"dark"}"#).expect("raw writes work");
    assert_eq!(storage::load_as::<Sample>(key), Err(LoadError::Foreign));
    clear(key);
}

#[wasm_bindgen_test]
fn data_from_a_newer_version_of_the_site_is_not_misread() {
    let key = StorageKey::QuizProgress;
    storage::write_text(key, r#"{"schema":99,"data":{"answered":1,"label":"x"}}"#).expect("raw writes work");
    assert_eq!(storage::load_as::<Sample>(key), Err(LoadError::NewerSchema { found: 99 }));
    clear(key);
}

#[wasm_bindgen_test]
fn an_envelope_whose_data_has_the_wrong_shape_is_foreign() {
    let key = StorageKey::QuizRecord;
    storage::write_text(key, r#"{"schema":1,"data":{"answered":"seven"}}"#).expect("raw writes work");
    assert_eq!(storage::load_as::<Sample>(key), Err(LoadError::Foreign));
    // The loose loader still hands the data over, so callers can salvage what is valid.
    let loose = storage::load(key).expect("the envelope itself is sound");
    assert_eq!(loose["answered"], "seven");
    clear(key);
}

#[wasm_bindgen_test]
fn removing_a_value_forgets_it() {
    let key = StorageKey::Teams;
    storage::save(key, &sample()).expect("saving works");
    storage::remove(key);
    assert_eq!(storage::read_text(key), Ok(None));
}

#[wasm_bindgen_test]
fn filling_storage_beyond_its_quota_is_reported_as_full() {
    let key = StorageKey::Teams;
    // Chromium allows about 5 MB per origin; 6 million characters cannot fit.
    let huge = "x".repeat(6 * 1024 * 1024);
    assert_eq!(storage::write_text(key, &huge), Err(culture_core::stored::SaveError::Full));
    assert_eq!(storage::read_text(key), Ok(None), "a refused write leaves nothing half-written");
}

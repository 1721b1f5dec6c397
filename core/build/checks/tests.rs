use super::*;

#[test]
fn the_largest_slot_is_the_last_one_a_result_link_carries() {
    assert_eq!(usize::from(MAX_SLOT) + 1, crate::link::MAX_SLOTS);
}

#[test]
fn an_id_is_lowercase_words_joined_by_hyphens() {
    assert_eq!(check_id("strategic-voice-2"), Ok(()));
    for id in ["", "Strategic", "strategic voice", "-voice", "voice-", "voix-été", "voice_2"] {
        assert!(check_id(id).is_err(), "{id:?}");
    }
}

#[test]
fn an_entry_is_named_by_its_kind_its_place_from_one_and_its_id() {
    assert_eq!(entry_name("question", 2, "empty-chair"), "question 3 (id \"empty-chair\")");
}

#[test]
fn an_entry_problem_names_the_entry_and_the_first_empty_text() {
    let mut seen = HashSet::new();
    let texts = [("title", "A title"), ("why", " "), ("action", "")];
    let error = check_entry("stage 2 (id \"x\")", "x", &mut seen, &texts);
    assert_eq!(error, Err("stage 2 (id \"x\"): why is empty".to_owned()));
}

#[test]
fn an_id_seen_before_is_refused_even_when_the_texts_are_fine() {
    let mut seen = HashSet::new();
    assert_eq!(check_entry("first", "same", &mut seen, &[]), Ok(()));
    let error = check_entry("second", "same", &mut seen, &[]).expect_err("a repeated id");
    assert!(error.starts_with("second: ") && error.contains("already has this id"), "{error}");
}

#[test]
fn a_slot_is_refused_above_the_largest_and_when_used_twice() {
    let mut used = HashSet::new();
    assert_eq!(check_slot(MAX_SLOT, &mut used), Ok(()));
    assert!(check_slot(MAX_SLOT, &mut used).is_err_and(|error| error.contains("already uses slot 126")));
    assert!(check_slot(MAX_SLOT + 1, &mut used).is_err_and(|error| error.contains("above the largest")));
}

//! Reading the record back: figure by figure, never a panic.

use super::quiz_like_json;
use crate::content::quiz::QUESTIONS;
use crate::quiz::{QuizRecord, Score};
use crate::stored::{Loss, Read, Stored};
use proptest::prelude::*;
use serde_json::{json, Value};

fn a_record() -> QuizRecord {
    QuizRecord {
        best: Some(Score { right: 8, out_of: 10 }),
        attempts: 3,
        last: Some(Score { right: 2, out_of: 2 }),
        missed_last_time: vec![QUESTIONS[1].id.to_owned()],
        standing: Some(Score { right: 9, out_of: 10 }),
    }
}

fn saved(record: &QuizRecord) -> Value {
    serde_json::to_value(record).expect("a record always turns into JSON")
}

proptest! {
    #[test]
    fn whatever_is_salvaged_from_any_json_reads_back_exactly(value in quiz_like_json()) {
        let record = QuizRecord::salvage(value).value;
        prop_assert_eq!(QuizRecord::salvage(saved(&record)), Read::new(record));
    }
}

#[test]
fn a_saved_record_reads_back_unchanged() {
    let record = a_record();
    assert_eq!(QuizRecord::salvage(saved(&record)), Read::new(record));
}

#[test]
fn a_fresh_record_reads_back_unchanged() {
    let record = QuizRecord::default();
    assert_eq!(QuizRecord::salvage(saved(&record)), Read::new(record));
}

#[test]
fn anything_but_a_record_is_unreadable_and_starts_from_zero() {
    for value in [json!(null), json!(7), json!("best"), json!([1, 2])] {
        let restored = QuizRecord::salvage(value);
        assert_eq!(restored, Read::new(QuizRecord::default()).with_loss(Loss::QuizRecordUnreadable));
    }
}

#[test]
fn a_damaged_figure_is_reset_and_the_rest_kept() {
    let mut value = saved(&a_record());
    value["attempts"] = json!("three");
    let restored = QuizRecord::salvage(value);
    assert_eq!(restored.losses, [Loss::QuizRecordRepaired]);
    assert_eq!(restored.value.best, a_record().best);
    assert_eq!(restored.value.attempts, 1, "a record with a last score has at least one attempt");
}

#[test]
fn an_impossible_score_is_reset() {
    for score in [json!({"right": 11, "out_of": 10}), json!({"right": 0, "out_of": 0}), json!({"right": -1})]
    {
        let mut value = saved(&a_record());
        value["best"] = score;
        let restored = QuizRecord::salvage(value);
        assert_eq!((restored.value.best, restored.losses), (None, vec![Loss::QuizRecordRepaired]));
    }
}

#[test]
fn a_missing_figure_counts_as_damage() {
    let mut value = saved(&a_record());
    value.as_object_mut().expect("a record is an object").remove("missed_last_time");
    let restored = QuizRecord::salvage(value);
    assert_eq!((restored.value.missed_last_time.len(), restored.losses), (0, vec![Loss::QuizRecordRepaired]));
}

#[test]
fn a_record_saved_before_the_score_across_the_quiz_was_kept_reads_without_one_quietly() {
    let mut value = saved(&a_record());
    value.as_object_mut().expect("a record is an object").remove("standing");
    let restored = QuizRecord::salvage(value);
    assert_eq!((restored.value.standing, restored.losses), (None, vec![]));
}

#[test]
fn an_impossible_score_across_the_quiz_is_reset() {
    let mut value = saved(&a_record());
    value["standing"] = json!({"right": 12, "out_of": 10});
    let restored = QuizRecord::salvage(value);
    assert_eq!((restored.value.standing, restored.losses), (None, vec![Loss::QuizRecordRepaired]));
}

#[test]
fn missed_questions_the_quiz_no_longer_has_are_left_out_quietly() {
    let mut value = saved(&a_record());
    value["missed_last_time"] = json!(["retired-question", QUESTIONS[4].id, QUESTIONS[4].id]);
    let restored = QuizRecord::salvage(value);
    assert_eq!(restored.losses, []);
    assert_eq!(restored.value.missed_last_time, vec![QUESTIONS[4].id.to_owned()]);
}

#[test]
fn a_record_without_a_score_across_the_quiz_is_saved_in_the_shape_it_had_before() {
    let record = QuizRecord { standing: None, ..a_record() };
    assert_eq!(saved(&record).get("standing"), None);
}

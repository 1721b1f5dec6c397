//! Reading the record back: figure by figure, never a panic.

use super::quiz_like_json;
use crate::content::quiz::QUESTIONS;
use crate::quiz::{QuizRecord, Score, MOST_ATTEMPTS};
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

fn stored(record: &QuizRecord) -> Value {
    serde_json::to_value(record).expect("a record always turns into JSON")
}

proptest! {
    #[test]
    fn whatever_is_salvaged_from_any_json_reads_back_exactly(value in quiz_like_json()) {
        let record = QuizRecord::salvage(value).value;
        prop_assert_eq!(QuizRecord::salvage(stored(&record)), Read::new(record));
    }
}

#[test]
fn a_stored_record_reads_back_unchanged() {
    let record = a_record();
    assert_eq!(QuizRecord::salvage(stored(&record)), Read::new(record));
}

#[test]
fn a_fresh_record_reads_back_unchanged() {
    let record = QuizRecord::default();
    assert_eq!(QuizRecord::salvage(stored(&record)), Read::new(record));
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
    let mut value = stored(&a_record());
    value["attempts"] = json!("three");
    let restored = QuizRecord::salvage(value);
    assert_eq!(restored.losses, [Loss::QuizRecordRepaired]);
    assert_eq!(restored.value.best, a_record().best);
    assert_eq!(restored.value.attempts, 1, "a record with a last score has at least one attempt");
}

#[test]
fn a_score_that_is_not_two_whole_numbers_is_damage() {
    for score in [json!({"right": -1, "out_of": 10}), json!({"right": 3}), json!("8 of 10")] {
        let mut value = stored(&a_record());
        value["best"] = score;
        let restored = QuizRecord::salvage(value);
        assert_eq!((restored.value.best, restored.losses), (None, vec![Loss::QuizRecordRepaired]));
    }
}

#[test]
fn a_score_no_attempt_can_give_is_left_out_and_named() {
    let most = QUESTIONS.len();
    for (right, out_of) in [(11, 10), (0, 0), (4_294_967_295, 4_294_967_295), (5, 1 << 40)] {
        let mut value = stored(&a_record());
        value["best"] = json!({ "right": right, "out_of": out_of });
        let restored = QuizRecord::salvage(value);
        let named = Loss::QuizScoreImpossible { right, out_of, most };
        assert_eq!((restored.value.best, restored.losses), (None, vec![named]), "{right} of {out_of}");
    }
}

#[test]
fn an_impossible_score_says_why_in_words() {
    let above = Loss::QuizScoreImpossible { right: 4_294_967_295, out_of: 4_294_967_295, most: 10 };
    assert_eq!(
        above.impossibility().as_deref(),
        Some("gave a score of 4294967295 out of 4294967295, though the quiz asks ten questions")
    );
    let too_many_right = Loss::QuizScoreImpossible { right: 9, out_of: 8, most: 10 };
    assert_eq!(
        too_many_right.impossibility().as_deref(),
        Some("gave a score of 9 out of 8: more right answers than questions")
    );
    assert!(above.message().starts_with("Your quiz record gave a score of 4294967295"));
}

#[test]
fn a_count_of_attempts_beyond_any_real_use_is_reset_and_named() {
    let mut value = stored(&a_record());
    value["attempts"] = json!(4_294_967_295_u64);
    let restored = QuizRecord::salvage(value);
    assert_eq!(restored.losses, [Loss::QuizAttemptsImpossible(4_294_967_295)]);
    assert_eq!(restored.value.attempts, 1, "a record with a last score has at least one attempt");
    assert!(restored.losses[0].message().contains("counted 4294967295 attempts"));
}

#[test]
fn the_most_attempts_anyone_could_make_still_count() {
    let mut value = stored(&a_record());
    value["attempts"] = json!(MOST_ATTEMPTS);
    let restored = QuizRecord::salvage(value);
    assert_eq!((u64::from(restored.value.attempts), restored.losses), (MOST_ATTEMPTS, vec![]));
}

#[test]
fn two_scores_impossible_alike_are_told_once() {
    let mut value = stored(&a_record());
    value["best"] = json!({"right": 40, "out_of": 40});
    value["last"] = json!({"right": 40, "out_of": 40});
    let restored = QuizRecord::salvage(value);
    assert_eq!(restored.losses.len(), 1, "{:?}", restored.losses);
}

#[test]
fn a_missing_figure_counts_as_damage() {
    let mut value = stored(&a_record());
    value.as_object_mut().expect("a record is an object").remove("missed_last_time");
    let restored = QuizRecord::salvage(value);
    assert_eq!((restored.value.missed_last_time.len(), restored.losses), (0, vec![Loss::QuizRecordRepaired]));
}

#[test]
fn a_record_saved_before_the_score_across_the_quiz_was_kept_reads_without_one_quietly() {
    let mut value = stored(&a_record());
    value.as_object_mut().expect("a record is an object").remove("standing");
    let restored = QuizRecord::salvage(value);
    assert_eq!((restored.value.standing, restored.losses), (None, vec![]));
}

#[test]
fn an_impossible_score_across_the_quiz_is_reset() {
    let mut value = stored(&a_record());
    value["standing"] = json!({"right": 12, "out_of": 10});
    let restored = QuizRecord::salvage(value);
    let named = Loss::QuizScoreImpossible { right: 12, out_of: 10, most: QUESTIONS.len() };
    assert_eq!((restored.value.standing, restored.losses), (None, vec![named]));
}

#[test]
fn missed_questions_the_quiz_no_longer_has_are_left_out_quietly() {
    let mut value = stored(&a_record());
    value["missed_last_time"] = json!(["retired-question", QUESTIONS[4].id, QUESTIONS[4].id]);
    let restored = QuizRecord::salvage(value);
    assert_eq!(restored.losses, []);
    assert_eq!(restored.value.missed_last_time, vec![QUESTIONS[4].id.to_owned()]);
}

#[test]
fn a_record_without_a_score_across_the_quiz_is_saved_in_the_shape_it_had_before() {
    let record = QuizRecord { standing: None, ..a_record() };
    assert_eq!(stored(&record).get("standing"), None);
}

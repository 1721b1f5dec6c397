//! Reading a saved attempt back: exactly as saved when it fits, salvaged when the questions changed,
//! restarted when it is damaged; never a panic.

use super::{answer_current, finish, play, quiz_like_json, record_missing};
use crate::content::quiz::{CONTENT_VERSION, QUESTIONS};
use crate::quiz::{QuizAttempt, QuizProgress, QuizRecord};
use crate::stored::{Loss, Read, Stored};
use proptest::prelude::*;
use serde_json::{json, Value};

fn stored(attempt: &QuizAttempt) -> Value {
    serde_json::to_value(attempt).expect("an attempt always turns into JSON")
}

/// A full attempt with three questions answered and the fourth on screen.
fn three_answered() -> QuizAttempt {
    let mut attempt = QuizAttempt::full(&QuizRecord::default(), 11);
    for _ in 0..3 {
        answer_current(&mut attempt, true);
    }
    attempt
}

fn read_back(value: Value) -> QuizAttempt {
    QuizProgress::salvage(value).value.expect("something to resume")
}

proptest! {
    #[test]
    fn a_stored_attempt_reads_back_exactly_at_any_point(seed: u64, moves in 0usize..40) {
        let mut attempt = QuizAttempt::full(&QuizRecord::default(), seed);
        for step in 0..moves {
            // Cycle through pick, confirm and next, sometimes picking twice.
            match step % 4 {
                0 | 1 => {
                    attempt = attempt.select_at(step % 3);
                    attempt = attempt.set_sure(seed & (1 << (step % 64)) != 0);
                }
                2 => { attempt = attempt.confirm(); }
                _ => { attempt = attempt.next_question(); }
            }
        }
        let restored = QuizProgress::salvage(stored(&attempt));
        prop_assert_eq!(restored, Read::new(Some(attempt)));
    }

    #[test]
    fn whatever_is_salvaged_from_any_json_reads_back_exactly(value in quiz_like_json()) {
        if let Some(attempt) = QuizProgress::salvage(value).value {
            prop_assert!(attempt.current().is_some() || attempt.is_complete());
            let again = QuizProgress::salvage(stored(&attempt));
            prop_assert_eq!(again, Read::new(Some(attempt)));
        }
    }

    #[test]
    fn damage_inside_the_questions_is_salvaged_into_an_attempt_that_reads_back_exactly(
        seed: u64,
        answered in 0usize..=10,
        damage in prop::collection::vec(
            (0usize..12, prop::sample::select(vec!["question", "options", "answer"]), quiz_like_json()),
            1..4,
        ),
    ) {
        let mut attempt = QuizAttempt::full(&QuizRecord::default(), seed);
        for _ in 0..answered {
            answer_current(&mut attempt, seed % 2 == 0);
        }
        let mut value = stored(&attempt);
        // Garbage written into an "answer" can happen to be a real option id of that question, which
        // then reads as an answer: at most one more per such write.
        let mut answers_written = 0;
        for (index, field, garbage) in damage {
            if let Some(entry) = value["questions"].get_mut(index) {
                answers_written += usize::from(field == "answer");
                entry[field] = garbage;
            }
        }
        let restored = QuizProgress::salvage(value).value.expect("a full attempt always has questions");
        prop_assert_eq!(restored.questions().len(), QUESTIONS.len());
        prop_assert!(restored.answered() <= answered + answers_written);
        let again = QuizProgress::salvage(stored(&restored));
        prop_assert_eq!(again, Read::new(Some(restored)));
    }

    #[test]
    fn a_damaged_field_never_leaves_the_attempt_in_an_impossible_place(
        field in prop::sample::select(vec!["current", "selected", "recorded", "content_version"]),
        garbage in quiz_like_json(),
    ) {
        let mut value = stored(&three_answered());
        value[field] = garbage;
        if let Some(attempt) = QuizProgress::salvage(value).value {
            let step = attempt.current();
            prop_assert!(step.is_some() || attempt.is_complete());
        }
    }
}

#[test]
fn a_confirmed_answer_awaiting_next_reads_back_with_its_feedback() {
    let mut attempt = three_answered();
    attempt = attempt.select_at(0);
    attempt = attempt.confirm();
    let restored = read_back(stored(&attempt));
    let step = restored.current().expect("the fourth question is still on screen");
    assert_eq!(step.number, 4);
    assert!(step.feedback.is_some());
}

#[test]
fn a_pick_not_yet_confirmed_reads_back() {
    let mut attempt = three_answered();
    attempt = attempt.select_at(1);
    let restored = read_back(stored(&attempt));
    assert_eq!(restored.current().and_then(|step| step.selected), attempt.current().and_then(|s| s.selected));
}

#[test]
fn a_finished_attempt_reads_back_on_the_score_screen_without_counting_twice() {
    let mut attempt = QuizAttempt::full(&QuizRecord::default(), 2);
    play(&mut attempt, |_| true);
    attempt = attempt.finish().0;
    let mut restored = read_back(stored(&attempt));
    assert!(restored.is_finished() && restored.result().is_some());
    assert_eq!(finish(&mut restored), None);
}

#[test]
fn anything_but_an_attempt_is_unreadable() {
    let broken = [
        json!(null),
        json!(42),
        json!("attempt"),
        json!([]),
        json!({}),
        json!({"kind": "sideways", "questions": []}),
        json!({"kind": "full"}),
        json!({"kind": "full", "questions": {"0": "empty-chair"}}),
    ];
    for value in broken {
        let shown = value.to_string();
        let restored = QuizProgress::salvage(value);
        assert_eq!(restored, Read::new(None).with_loss(Loss::QuizAttemptUnreadable), "{shown}");
    }
}

#[test]
fn a_question_no_longer_in_the_quiz_is_taken_out_of_a_retry() {
    let record = record_missing(&[QUESTIONS[0].id, QUESTIONS[1].id]);
    let mut value = stored(&QuizAttempt::retry_missed(&record, 4).expect("two to retry"));
    value["questions"][0]["question"] = json!("retired-question");
    let restored = QuizProgress::salvage(value);
    assert_eq!(restored.losses, [Loss::QuizAttemptUpdated { dropped: 1, asked_again: 0, added: 0 }]);
    assert_eq!(restored.value.map(|attempt| attempt.questions().len()), Some(1));
}

#[test]
fn a_full_attempt_missing_a_question_gets_it_back_unanswered() {
    let mut value = stored(&three_answered());
    let removed = value["questions"][0]["question"].clone();
    value["questions"][0]["question"] = json!("retired-question");
    let restored = QuizProgress::salvage(value);
    assert_eq!(restored.losses, [Loss::QuizAttemptUpdated { dropped: 1, asked_again: 0, added: 1 }]);
    let attempt = restored.value.expect("the rest is kept");
    let last = attempt.questions().last().expect("ten questions");
    assert_eq!((json!(last.question().id), last.answer()), (removed, None));
    assert_eq!(attempt.answered(), 2);
}

#[test]
fn an_unknown_option_id_clears_the_answer_to_be_asked_again() {
    let mut value = stored(&three_answered());
    value["questions"][1]["answer"] = json!("reworded-option");
    let restored = QuizProgress::salvage(value);
    assert_eq!(restored.losses, [Loss::QuizAttemptUpdated { dropped: 0, asked_again: 1, added: 0 }]);
    let attempt = restored.value.expect("the rest is kept");
    assert_eq!(attempt.questions()[1].answer(), None);
    assert_eq!(attempt.current().map(|step| step.number), Some(2), "resumes at the cleared question");
}

#[test]
fn a_changed_option_list_keeps_the_known_options_and_adds_the_missing_ones() {
    let mut value = stored(&three_answered());
    let options = value["questions"][5]["options"].as_array().expect("options are saved").clone();
    value["questions"][5]["options"] = json!(["no-such-option", options[1], options[1], options[0]]);
    let attempt = read_back(value);
    let shown: Vec<Value> = attempt.questions()[5].options().iter().map(|option| json!(option.id)).collect();
    assert_eq!(shown[..2], [options[1].clone(), options[0].clone()]);
    assert_eq!(shown.len(), options.len());
}

#[test]
fn an_attempt_from_an_older_content_version_keeps_the_answers_that_still_fit() {
    let mut value = stored(&three_answered());
    value["content_version"] = json!(CONTENT_VERSION - 1);
    let restored = QuizProgress::salvage(value);
    assert_eq!(restored.losses, [Loss::QuizAttemptUpdated { dropped: 0, asked_again: 0, added: 0 }]);
    assert_eq!(restored.value.map(|attempt| attempt.answered()), Some(3));
}

#[test]
fn a_finished_attempt_from_an_older_content_version_reads_back_quietly() {
    let mut attempt = QuizAttempt::full(&QuizRecord::default(), 8);
    play(&mut attempt, |_| true);
    attempt = attempt.finish().0;
    let mut value = stored(&attempt);
    value["content_version"] = json!(CONTENT_VERSION - 1);
    assert_eq!(QuizProgress::salvage(value), Read::new(Some(attempt)));
}

#[test]
fn a_retry_whose_questions_are_all_gone_restarts() {
    let record = record_missing(&[QUESTIONS[2].id]);
    let mut value = stored(&QuizAttempt::retry_missed(&record, 4).expect("one to retry"));
    value["questions"][0]["question"] = json!("retired-question");
    let restored = QuizProgress::salvage(value);
    assert_eq!(restored, Read::new(None).with_loss(Loss::QuizAttemptRestarted));
}

#[test]
fn a_recorded_attempt_that_loses_an_answer_restarts_rather_than_counting_twice() {
    let mut attempt = QuizAttempt::full(&QuizRecord::default(), 2);
    play(&mut attempt, |_| true);
    attempt = attempt.finish().0;
    let mut value = stored(&attempt);
    value["questions"][7]["answer"] = json!(17);
    assert_eq!(QuizProgress::salvage(value).losses, [Loss::QuizAttemptRestarted]);
}

#[test]
fn a_repeated_question_is_taken_out() {
    let mut value = stored(&three_answered());
    value["questions"][4] = value["questions"][0].clone();
    let restored = QuizProgress::salvage(value);
    assert_eq!(restored.losses, [Loss::QuizAttemptUpdated { dropped: 1, asked_again: 0, added: 1 }]);
}

#[test]
fn a_position_past_unanswered_questions_resumes_at_the_first_of_them() {
    let mut value = stored(&three_answered());
    value["current"] = value["questions"][8]["question"].clone();
    assert_eq!(read_back(value).current().map(|step| step.number), Some(4));
}

#[test]
fn a_pick_that_is_not_an_option_on_screen_is_forgotten() {
    let mut value = stored(&three_answered());
    value["selected"] = value["questions"][0]["options"][0].clone();
    assert_eq!(read_back(value).current().and_then(|step| step.selected), None);
}

#[test]
fn answers_marked_sure_read_back_sure() {
    let mut attempt = QuizAttempt::full(&QuizRecord::default(), 5);
    for sure in [true, false, true] {
        attempt = attempt.set_sure(sure);
        answer_current(&mut attempt, false);
    }
    attempt = attempt.set_sure(true);
    let restored = read_back(stored(&attempt));
    let sure: Vec<bool> = restored.questions().iter().take(3).map(|asked| asked.was_sure()).collect();
    assert_eq!(sure, [true, false, true]);
    assert_eq!(restored.current().map(|step| step.sure), Some(true));
    assert_eq!(restored, attempt);
}

#[test]
fn an_attempt_saved_before_answers_could_be_marked_sure_reads_as_not_sure() {
    let mut value = stored(&three_answered());
    // The saved form of the first release: no "sure" anywhere.
    assert!(!value.to_string().contains("\"sure\""));
    value["content_version"] = json!(CONTENT_VERSION);
    let restored = QuizProgress::salvage(value);
    assert_eq!(restored.losses, []);
    let attempt = restored.value.expect("something to resume");
    assert_eq!(attempt.answered(), 3);
    assert!(attempt.questions().iter().all(|asked| !asked.was_sure()));
}

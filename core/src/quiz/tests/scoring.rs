//! The score, its verdict, the review, and the record kept across attempts.

use super::{finish, play, record_missing};
use crate::content::quiz::{Question, QUESTIONS, VERDICTS};
use crate::quiz::{QuizAttempt, QuizKind, QuizRecord, QuizResult, Score};

/// The result of a full attempt answering rightly exactly the questions `rightly` picks.
fn full_result(rightly: impl Fn(&Question) -> bool) -> QuizResult {
    let mut attempt = QuizAttempt::full(&QuizRecord::default(), 3);
    play(&mut attempt, rightly);
    finish(&mut attempt).expect("a played attempt finishes")
}

fn retry_result(missed: &[&str], rightly: impl Fn(&Question) -> bool) -> QuizResult {
    let mut attempt = QuizAttempt::retry_missed(&record_missing(missed), 3).expect("something to retry");
    play(&mut attempt, rightly);
    finish(&mut attempt).expect("a played retry finishes")
}

#[test]
fn all_right_is_ten_of_ten_with_the_top_verdict() {
    let result = full_result(|_| true);
    assert_eq!(result.score.label(), "10 of 10");
    assert!(result.score.is_perfect());
    assert_eq!(result.verdict, &VERDICTS[0]);
}

#[test]
fn each_wrong_answer_costs_one_point() {
    let result = full_result(|question| question.slot >= 4);
    let right = QUESTIONS.iter().filter(|question| question.slot >= 4).count();
    assert_eq!(right, 7, "the test expects three questions below slot 4");
    assert_eq!(result.score, Score { right: 7, out_of: 10 });
}

#[test]
fn all_wrong_still_gets_an_encouraging_verdict() {
    let result = full_result(|_| false);
    assert_eq!(result.score.label(), "0 of 10");
    assert!(!result.verdict.message().is_empty());
    assert_eq!(result.verdict.from_percent, 0);
}

#[test]
fn the_review_lists_every_question_with_the_answer_given_and_the_right_one() {
    let result = full_result(|question| question.slot % 2 == 0);
    assert_eq!(result.review.len(), 10);
    for item in &result.review {
        assert_eq!(item.right, item.question.right_option());
        assert_eq!(item.was_right(), item.question.slot % 2 == 0, "{}", item.question.id);
        assert!(item.question.options.contains(item.picked));
    }
}

#[test]
fn missed_lists_the_questions_answered_wrongly() {
    let missed_one = &QUESTIONS[1];
    let result = full_result(|question| question.id != missed_one.id);
    let missed: Vec<&str> = result.missed().iter().map(|question| question.id).collect();
    assert_eq!(missed, vec![missed_one.id]);
}

#[test]
fn right_slots_name_the_questions_answered_rightly() {
    let result = full_result(|question| question.slot % 3 == 0);
    assert_eq!(result.right_slots(), vec![0, 3, 9, 12]);
}

#[test]
fn the_review_says_why_each_missed_answer_is_wrong_and_nothing_for_right_ones() {
    let result = full_result(|question| question.slot % 2 == 0);
    for item in &result.review {
        if item.was_right() {
            assert_eq!(item.why_wrong(), None, "{}", item.question.id);
        } else {
            assert_eq!(item.why_wrong(), item.picked.why_wrong(), "{}", item.question.id);
            assert!(item.why_wrong().is_some_and(|why| !why.is_empty()), "{}", item.question.id);
        }
    }
}

#[test]
fn a_larger_share_right_beats_a_smaller_one_whatever_the_totals() {
    assert!(Score { right: 9, out_of: 10 }.beats(&Score { right: 8, out_of: 10 }));
    assert!(Score { right: 3, out_of: 3 }.beats(&Score { right: 9, out_of: 10 }));
    assert!(!Score { right: 5, out_of: 10 }.beats(&Score { right: 1, out_of: 2 }));
}

#[test]
fn a_first_full_attempt_sets_best_last_and_attempts() {
    let mut record = QuizRecord::default();
    record = record.add(&full_result(|question| question.slot != 0));
    assert_eq!(record.best, Some(Score { right: 9, out_of: 10 }));
    assert_eq!(record.last, record.best);
    assert_eq!(record.attempts, 1);
}

#[test]
fn a_lower_score_keeps_the_best_but_becomes_the_last() {
    let mut record = QuizRecord::default();
    record = record.add(&full_result(|_| true));
    record = record.add(&full_result(|_| false));
    assert_eq!(record.best, Some(Score { right: 10, out_of: 10 }));
    assert_eq!(record.last, Some(Score { right: 0, out_of: 10 }));
    assert_eq!(record.attempts, 2);
}

#[test]
fn a_perfect_retry_never_counts_as_the_best_score() {
    let mut record = QuizRecord::default();
    record = record.add(&full_result(|question| question.slot != 5));
    let missed: Vec<&str> = record.missed_last_time.iter().map(String::as_str).collect();
    let retry = retry_result(&missed, |_| true);
    assert_eq!(retry.kind, QuizKind::RetryMissed);
    record = record.add(&retry);
    assert_eq!(record.best, Some(Score { right: 9, out_of: 10 }));
    assert_eq!(record.last, Some(Score { right: 1, out_of: 1 }));
}

#[test]
fn the_record_remembers_what_was_missed_last_time() {
    let mut record = QuizRecord::default();
    record = record.add(&full_result(|question| question.slot > 1));
    let mut missed = record.missed_last_time.clone();
    missed.sort();
    let mut expected: Vec<String> =
        QUESTIONS.iter().filter(|q| q.slot <= 1).map(|q| q.id.to_owned()).collect();
    expected.sort();
    assert_eq!(missed, expected);
    assert!(record.has_missed());
}

#[test]
fn a_full_attempt_sets_the_score_across_the_quiz() {
    let record = QuizRecord::default().add(&full_result(|question| question.slot > 6));
    assert_eq!(record.standing, record.last);
}

#[test]
fn a_retry_adds_its_right_answers_to_the_score_across_the_quiz() {
    // 3 of 10, then 3 of the 7 missed right: now 6 of 10, not "3 of 7".
    let mut record = QuizRecord::default();
    record = record.add(&full_result(|question| [0, 1, 3].contains(&question.slot)));
    assert_eq!(record.standing, Some(Score { right: 3, out_of: 10 }));
    let missed: Vec<&str> = record.missed_last_time.iter().map(String::as_str).collect();
    let retry = retry_result(&missed, |question| [5, 7, 9].contains(&question.slot));
    assert_eq!(retry.score, Score { right: 3, out_of: 7 });
    record = record.add(&retry);
    assert_eq!(record.standing, Some(Score { right: 6, out_of: 10 }));
}

#[test]
fn a_second_retry_builds_on_the_first() {
    // Slots 0, 1, 3 and 5 missed: 6 of 10; slots 0 and 1 right in the first retry, 3 in the second.
    let mut record = QuizRecord::default();
    record = record.add(&full_result(|question| question.slot > 6));
    assert_eq!(record.standing, Some(Score { right: 6, out_of: 10 }));
    for right_this_time in [[0, 1], [3, 3]] {
        let missed: Vec<&str> = record.missed_last_time.iter().map(String::as_str).collect();
        record = record.add(&retry_result(&missed, |question| right_this_time.contains(&question.slot)));
    }
    assert_eq!(record.standing, Some(Score { right: 9, out_of: 10 }));
}

#[test]
fn a_new_full_attempt_starts_the_score_across_the_quiz_afresh() {
    let mut record = QuizRecord::default();
    record = record.add(&full_result(|question| question.slot != 5));
    let missed: Vec<&str> = record.missed_last_time.iter().map(String::as_str).collect();
    record = record.add(&retry_result(&missed, |_| true));
    assert_eq!(record.standing, Some(Score { right: 10, out_of: 10 }));
    record = record.add(&full_result(|_| false));
    assert_eq!(record.standing, Some(Score { right: 0, out_of: 10 }));
}

#[test]
fn a_retry_without_a_full_attempt_before_it_has_no_score_across_the_quiz() {
    let ids = [QUESTIONS[0].id, QUESTIONS[1].id];
    let record = record_missing(&ids).add(&retry_result(&ids, |_| true));
    assert_eq!(record.standing, None);
}

#[test]
fn a_retry_answered_rightly_leaves_nothing_to_retry() {
    let mut record = QuizRecord::default();
    record = record.add(&full_result(|question| question.slot != 3));
    let missed: Vec<&str> = record.missed_last_time.iter().map(String::as_str).collect();
    record = record.add(&retry_result(&missed, |_| true));
    assert!(!record.has_missed());
    assert_eq!(QuizAttempt::retry_missed(&record, 1), None);
}

//! Shuffling: every question and option kept, order varying with the seed, missed questions first.

use super::record_missing;
use crate::content::quiz::QUESTIONS;
use crate::quiz::{QuizAttempt, QuizKind, QuizRecord};
use proptest::prelude::*;
use std::collections::HashSet;

fn question_order(attempt: &QuizAttempt) -> Vec<&'static str> {
    attempt.questions().iter().map(|asked| asked.question().id).collect()
}

fn fresh(seed: u64) -> QuizAttempt {
    QuizAttempt::full(&QuizRecord::default(), seed)
}

proptest! {
    #[test]
    fn a_full_attempt_asks_every_question_once(seed: u64) {
        let asked: HashSet<&str> = question_order(&fresh(seed)).into_iter().collect();
        let all: HashSet<&str> = QUESTIONS.iter().map(|question| question.id).collect();
        prop_assert_eq!(asked, all);
    }

    #[test]
    fn every_question_keeps_all_its_options(seed: u64) {
        for asked in fresh(seed).questions() {
            let shown: HashSet<&str> = asked.options().iter().map(|option| option.id).collect();
            let all: HashSet<&str> = asked.question().options.iter().map(|option| option.id).collect();
            prop_assert_eq!(asked.options().len(), all.len());
            prop_assert_eq!(shown, all);
        }
    }

    #[test]
    fn questions_missed_last_time_come_first(seed: u64, mask in 0u16..1024) {
        let missed: Vec<&str> =
            QUESTIONS.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, q)| q.id).collect();
        let attempt = QuizAttempt::full(&record_missing(&missed), seed);
        let order = question_order(&attempt);
        let first: HashSet<&str> = order[..missed.len()].iter().copied().collect();
        prop_assert_eq!(first, missed.iter().copied().collect::<HashSet<_>>());
        prop_assert_eq!(order.len(), QUESTIONS.len());
    }

    #[test]
    fn a_retry_asks_exactly_the_missed_questions(seed: u64, mask in 1u16..1024) {
        let missed: HashSet<&str> =
            QUESTIONS.iter().enumerate().filter(|(i, _)| mask & (1 << i) != 0).map(|(_, q)| q.id).collect();
        let record = record_missing(&missed.iter().copied().collect::<Vec<_>>());
        let attempt = QuizAttempt::retry_missed(&record, seed).expect("something was missed");
        prop_assert_eq!(attempt.kind(), QuizKind::RetryMissed);
        prop_assert_eq!(question_order(&attempt).into_iter().collect::<HashSet<_>>(), missed);
    }
}

#[test]
fn the_same_seed_gives_the_same_attempt() {
    assert_eq!(fresh(99), fresh(99));
}

#[test]
fn question_order_varies_across_seeds() {
    let orders: HashSet<Vec<&str>> = (0..20).map(|seed| question_order(&fresh(seed))).collect();
    assert!(orders.len() >= 15, "only {} distinct orders in 20 seeds", orders.len());
}

#[test]
fn option_order_varies_across_seeds() {
    let first_question = QUESTIONS[0].id;
    let orders: HashSet<Vec<&str>> = (0..20)
        .map(|seed| {
            let attempt = fresh(seed);
            let asked = attempt.questions().iter().find(|asked| asked.question().id == first_question);
            asked.expect("every question is asked").options().iter().map(|option| option.id).collect()
        })
        .collect();
    assert!(orders.len() >= 5, "only {} distinct option orders in 20 seeds", orders.len());
}

#[test]
fn missed_questions_are_shuffled_among_themselves() {
    let missed: Vec<&str> = QUESTIONS[..4].iter().map(|question| question.id).collect();
    let record = record_missing(&missed);
    let openings: HashSet<Vec<&str>> =
        (0..20).map(|seed| question_order(&QuizAttempt::full(&record, seed))[..4].to_vec()).collect();
    assert!(openings.len() >= 5, "only {} distinct openings in 20 seeds", openings.len());
}

#[test]
fn a_retry_with_nothing_missed_has_nothing_to_ask() {
    assert_eq!(QuizAttempt::retry_missed(&QuizRecord::default(), 1), None);
}

#[test]
fn missed_ids_the_quiz_no_longer_has_are_ignored() {
    let record = record_missing(&["retired-question", QUESTIONS[3].id, QUESTIONS[3].id]);
    let attempt = QuizAttempt::retry_missed(&record, 5).expect("one known question was missed");
    assert_eq!(question_order(&attempt), vec![QUESTIONS[3].id]);
    assert_eq!(question_order(&QuizAttempt::full(&record, 5))[0], QUESTIONS[3].id);
}

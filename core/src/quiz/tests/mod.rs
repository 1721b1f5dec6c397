//! The quiz's tests, through its public API only, with helpers that play an attempt through.

mod flow;
mod order;
mod scoring;
mod stored_attempt;
mod stored_record;

use super::{QuizAttempt, QuizRecord, QuizResult};
use crate::content::quiz::{Question, QUESTIONS};
use proptest::prelude::*;
use serde_json::Value;

/// The id of a wrong option of `question`.
fn wrong_option(question: &'static Question) -> &'static str {
    let wrong = question.options.iter().find(|option| !question.is_right(option.id));
    wrong.expect("every question has wrong options").id
}

/// Applies a move to `attempt` and says whether it changed anything, as the UI compares to decide
/// whether a key press was the quiz's.
fn moved(attempt: &mut QuizAttempt, step: impl FnOnce(&QuizAttempt) -> QuizAttempt) -> bool {
    let next = step(attempt);
    let changed = next != *attempt;
    *attempt = next;
    changed
}

/// Finishes `attempt` (it moves to the score) and returns the result handed out, if any.
fn finish(attempt: &mut QuizAttempt) -> Option<QuizResult> {
    let (finished, result) = attempt.finish();
    *attempt = finished;
    result
}

/// Answers the question on screen, rightly or not, and moves on. Returns whether there was one.
fn answer_current(attempt: &mut QuizAttempt, rightly: bool) -> bool {
    let Some(step) = attempt.current() else {
        return false;
    };
    let question = step.question;
    let pick = if rightly { question.right_option().id } else { wrong_option(question) };
    assert!(
        moved(attempt, |a| a.select(pick))
            && moved(attempt, |a| a.confirm())
            && moved(attempt, |a| a.next_question())
    );
    true
}

/// Plays an attempt to the end, answering rightly when `rightly` says so.
fn play(attempt: &mut QuizAttempt, rightly: impl Fn(&Question) -> bool) {
    while let Some(step) = attempt.current() {
        let right = rightly(step.question);
        answer_current(attempt, right);
    }
}

/// A record whose last attempt missed exactly these questions.
fn record_missing(ids: &[&str]) -> QuizRecord {
    QuizRecord { missed_last_time: ids.iter().map(|id| (*id).to_owned()).collect(), ..QuizRecord::default() }
}

/// Arbitrary JSON built from the words saved quiz data uses (field names, kinds, question and option
/// ids), so damaged data reaches deep into the readers rather than failing at the first field.
fn quiz_like_json() -> impl Strategy<Value = Value> {
    let mut words: Vec<&'static str> = vec!["full", "retry_missed", "", "retired-question"];
    for question in &QUESTIONS {
        words.push(question.id);
        words.extend(question.options.iter().map(|option| option.id));
    }
    let fields = vec![
        "kind",
        "questions",
        "question",
        "options",
        "answer",
        "current",
        "selected",
        "sure",
        "recorded",
        "content_version",
        "best",
        "last",
        "attempts",
        "missed_last_time",
        "right",
        "out_of",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        (-3i64..20).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        prop::sample::select(words).prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 96, 12, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..12).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(fields.clone()), inner), 0..8)
                .prop_map(|pairs| Value::Object(pairs.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())),
        ]
    })
}

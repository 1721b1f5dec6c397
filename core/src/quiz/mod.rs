//! The quiz: attempts, shuffling, scoring and the saved record.
//!
//! A [`QuizAttempt`] is plain data that the UI renders and moves along with `select`, `confirm`,
//! `next_question` and `finish` (or [`KeyAction`]s from the keyboard). The UI saves it after every
//! change as a [`QuizProgress`] and reads it back with its `Stored::salvage`, which keeps whatever
//! still fits the questions and says what it had to change. A finished attempt yields a [`QuizResult`] (score,
//! verdict, review), which updates the [`QuizRecord`] kept across attempts.
//!
//! ```
//! use culture_core::quiz::{QuizAttempt, QuizRecord};
//!
//! // Each move returns the new attempt; the UI keeps it in a signal and saves it.
//! let record = QuizRecord::default();
//! let mut attempt = QuizAttempt::full(&record, 42);
//! while let Some(step) = attempt.current() {
//!     let first = step.options[0].id;
//!     attempt = attempt.select(first).confirm().next_question();
//! }
//! let (_score_screen, result) = attempt.finish();
//! let record = result.map_or(record.clone(), |result| record.add(&result));
//! assert_eq!(record.attempts, 1);
//! ```

mod attempt;
mod keys;
mod order;
mod record;
mod result;
mod stored_attempt;
mod stored_record;

pub use attempt::{AskedQuestion, CurrentQuestion, Feedback, QuizAttempt};
pub use keys::KeyAction;
pub use record::QuizRecord;
pub use result::{QuizResult, ReviewItem, Score};
pub use stored_attempt::QuizProgress;
pub use stored_record::MOST_ATTEMPTS;

use serde::Serialize;

/// Which questions an attempt asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QuizKind {
    /// Every question, the ones missed last time first. Only these count towards the best score.
    Full,
    /// Only the questions missed in the previous attempt.
    RetryMissed,
}

#[cfg(test)]
mod tests;

//! The record kept across attempts: best full score, how many attempts, the last score, the score
//! across the whole quiz now (the last full attempt with every retry since) and the questions missed
//! last time (which come first in the next attempt). Shown on the home page.

use super::{QuizKind, QuizResult, Score};
use crate::content::quiz::{self, Question};
use serde::Serialize;

/// Saved under `culture-check/quiz-record`; read back with `Stored::salvage`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct QuizRecord {
    /// The best score of a full attempt (retries of a few questions do not count).
    pub best: Option<Score>,
    /// Finished attempts of either kind.
    pub attempts: u32,
    /// The most recent attempt's score, full or retry.
    pub last: Option<Score>,
    /// Ids of the questions missed in the most recent attempt.
    pub missed_last_time: Vec<String>,
    /// The score across the whole quiz now: the most recent full attempt's, with each question
    /// answered rightly in a retry since counted right. `None` before the first full attempt, and then
    /// left out of the saved record, which keeps the shape records had before it was kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub standing: Option<Score>,
}

impl QuizRecord {
    /// The record with a finished attempt added.
    #[must_use]
    pub fn add(&self, result: &QuizResult) -> QuizRecord {
        let score = result.score;
        let full_best = result.kind == QuizKind::Full && self.best.is_none_or(|best| score.beats(&best));
        QuizRecord {
            best: if full_best { Some(score) } else { self.best },
            attempts: self.attempts.saturating_add(1),
            last: Some(score),
            missed_last_time: result.missed().iter().map(|question| question.id.to_owned()).collect(),
            standing: self.standing_after(result),
        }
    }

    /// The score across the quiz once `result` is counted: a full attempt starts it afresh; a retry
    /// of missed questions adds the ones it got right (never beyond the total).
    fn standing_after(&self, result: &QuizResult) -> Option<Score> {
        match result.kind {
            QuizKind::Full => Some(result.score),
            QuizKind::RetryMissed => self.standing.map(|standing| Score {
                right: standing.right.saturating_add(result.score.right).min(standing.out_of),
                out_of: standing.out_of,
            }),
        }
    }

    /// The questions missed last time that the quiz still has, each once.
    pub fn missed_questions(&self) -> Vec<&'static Question> {
        let mut missed: Vec<&'static Question> = Vec::new();
        for question in self.missed_last_time.iter().filter_map(|id| quiz::question(id)) {
            if !missed.iter().any(|seen| seen.id == question.id) {
                missed.push(question);
            }
        }
        missed
    }

    /// Whether "Retry the ones I missed" has anything to ask.
    pub fn has_missed(&self) -> bool {
        !self.missed_questions().is_empty()
    }
}

//! Scoring a complete attempt: the score, its verdict, and a review of every question with the answer
//! given, the right one and the explanation.

use super::{QuizAttempt, QuizKind};
use crate::content::quiz::{self, Question, QuizOption, Verdict};
use serde::Serialize;

/// Right answers out of questions asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Score {
    pub right: u32,
    pub out_of: u32,
}

impl Score {
    /// "7 of 10".
    pub fn label(&self) -> String {
        format!("{} of {}", self.right, self.out_of)
    }

    pub fn is_perfect(&self) -> bool {
        self.right == self.out_of
    }

    /// Whether this score is a larger share right than `other` (cross-multiplied, so scores out of
    /// different totals compare fairly after the questions change).
    pub fn beats(&self, other: &Score) -> bool {
        u64::from(self.right) * u64::from(other.out_of) > u64::from(other.right) * u64::from(self.out_of)
    }

    /// The short message for this score's band.
    pub fn verdict(&self) -> &'static Verdict {
        quiz::verdict(self.right, self.out_of)
    }
}

/// One line of the review.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReviewItem {
    pub question: &'static Question,
    pub picked: &'static QuizOption,
    pub right: &'static QuizOption,
    /// Whether the visitor said they were sure of this answer.
    pub sure: bool,
}

impl ReviewItem {
    pub fn was_right(&self) -> bool {
        self.picked.id == self.right.id
    }

    /// Why the answer given is wrong, for a missed question.
    pub fn why_wrong(&self) -> Option<&'static str> {
        if self.was_right() {
            None
        } else {
            self.picked.why_wrong()
        }
    }
}

/// A complete attempt, scored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuizResult {
    pub kind: QuizKind,
    pub score: Score,
    pub verdict: &'static Verdict,
    /// Every question in the order it was asked.
    pub review: Vec<ReviewItem>,
}

impl QuizResult {
    /// The result of `attempt`, or `None` while a question is unanswered.
    pub(super) fn of(attempt: &QuizAttempt) -> Option<QuizResult> {
        let review = attempt
            .questions
            .iter()
            .map(|asked| {
                let picked = asked.answer?;
                let right = asked.question.right_option();
                Some(ReviewItem { question: asked.question, picked, right, sure: asked.sure })
            })
            .collect::<Option<Vec<_>>>()?;
        let right = review.iter().filter(|item| item.was_right()).count();
        let score = Score {
            right: u32::try_from(right).unwrap_or(u32::MAX),
            out_of: u32::try_from(review.len()).unwrap_or(u32::MAX),
        };
        Some(QuizResult { kind: attempt.kind, score, verdict: score.verdict(), review })
    }

    /// The questions answered wrongly, in the order asked.
    pub fn missed(&self) -> Vec<&'static Question> {
        self.review.iter().filter(|item| !item.was_right()).map(|item| item.question).collect()
    }

    /// The questions answered wrongly although the visitor was sure, in the order asked.
    pub fn confident_mistakes(&self) -> Vec<&'static Question> {
        self.review.iter().filter(|item| item.sure && !item.was_right()).map(|item| item.question).collect()
    }

    /// The slots of the questions answered rightly, in increasing order, for result links.
    pub fn right_slots(&self) -> Vec<u8> {
        let mut slots: Vec<u8> =
            self.review.iter().filter(|item| item.was_right()).map(|item| item.question.slot).collect();
        slots.sort_unstable();
        slots
    }
}

//! A quiz score as a link carries it, and as the site reads it back.

use crate::content::quiz::{question_in_slot, verdict, Question, Verdict, CONTENT_VERSION, QUESTIONS};
use crate::date::Day;
use crate::link::{sanitize_label, QuizLink, MAX_SLOTS};
use crate::quiz::{QuizResult, Score};

/// The link value for a finished attempt: which questions were answered rightly, by slot, and how
/// many were asked.
pub fn quiz_link(result: &QuizResult, day: Day, label: Option<&str>) -> QuizLink {
    let right = result.right_slots();
    let slots = QUESTIONS.iter().map(|question| usize::from(question.slot) + 1).max().unwrap_or(0);
    let correct =
        (0..slots.min(MAX_SLOTS)).map(|slot| right.iter().any(|&r| usize::from(r) == slot)).collect();
    QuizLink {
        // The build script keeps content versions small.
        content_version: u8::try_from(CONTENT_VERSION).unwrap_or(u8::MAX),
        day,
        correct,
        asked: u8::try_from(result.score.out_of).unwrap_or(u8::MAX),
        label: label.and_then(sanitize_label),
    }
}

/// Someone's quiz score, read from a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedQuiz {
    pub day: Day,
    pub label: Option<String>,
    /// Right answers out of questions asked, exactly as the link says.
    pub score: Score,
    pub verdict: &'static Verdict,
    /// The questions this site knows that were answered rightly, in the quiz's order.
    pub right: Vec<&'static Question>,
    /// The questions this site knows that were not answered rightly. Only known when the attempt
    /// asked every question of today's edition; a shorter attempt (a retry) does not say which were
    /// asked, and an earlier edition asked questions that have since been replaced.
    pub missed: Option<Vec<&'static Question>>,
}

impl SharedQuiz {
    /// Reads a quiz link. Never fails: right answers to questions this site does not have still count
    /// in the score, which the link states on its own.
    pub fn read(link: &QuizLink) -> SharedQuiz {
        let score = Score { right: link.score() as u32, out_of: u32::from(link.asked) };
        let answered_right =
            |question: &Question| link.correct.get(usize::from(question.slot)) == Some(&true);
        let right = QUESTIONS.iter().filter(|question| answered_right(question)).collect();
        // Misses can only be named for an attempt at every question of this edition of the quiz: an
        // earlier edition asked questions that have since been replaced.
        let asked_everything = usize::from(link.asked) == QUESTIONS.len()
            && u32::from(link.content_version) == CONTENT_VERSION
            && link.correct.iter().enumerate().all(|(slot, &r)| !r || known_slot(slot));
        let missed =
            asked_everything.then(|| QUESTIONS.iter().filter(|question| !answered_right(question)).collect());
        SharedQuiz {
            day: link.day,
            label: link.label.clone(),
            score,
            verdict: verdict(score.right, score.out_of),
            right,
            missed,
        }
    }
}

fn known_slot(slot: usize) -> bool {
    u8::try_from(slot).ok().and_then(question_in_slot).is_some()
}

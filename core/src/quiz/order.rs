//! Starting an attempt: which questions it asks and in what order. Each attempt shuffles the question
//! order and every question's options with the caller's seed; questions missed last time come first,
//! shuffled among themselves, then the rest.

use super::attempt::AskedQuestion;
use super::{QuizAttempt, QuizKind, QuizRecord};
use crate::content::quiz::{Question, QUESTIONS};
use crate::rng::Rng;

impl QuizAttempt {
    /// All the questions, the ones missed last time first ("Start again").
    pub fn full(record: &QuizRecord, seed: u64) -> QuizAttempt {
        let mut rng = Rng::new(seed);
        let mut missed = record.missed_questions();
        let mut rest: Vec<&'static Question> =
            QUESTIONS.iter().filter(|question| !missed.iter().any(|m| m.id == question.id)).collect();
        rng.shuffle(&mut missed);
        rng.shuffle(&mut rest);
        missed.extend(rest);
        QuizAttempt::asking(QuizKind::Full, ask(missed, &mut rng))
    }

    /// Only the questions missed last time ("Retry the ones I missed"), or `None` when none were.
    pub fn retry_missed(record: &QuizRecord, seed: u64) -> Option<QuizAttempt> {
        let mut rng = Rng::new(seed);
        let mut missed = record.missed_questions();
        if missed.is_empty() {
            return None;
        }
        rng.shuffle(&mut missed);
        Some(QuizAttempt::asking(QuizKind::RetryMissed, ask(missed, &mut rng)))
    }
}

/// The questions as asked, each with its options in a fresh order.
fn ask(questions: Vec<&'static Question>, rng: &mut Rng) -> Vec<AskedQuestion> {
    questions
        .into_iter()
        .map(|question| {
            let mut options: Vec<_> = question.options.iter().collect();
            rng.shuffle(&mut options);
            AskedQuestion::new(question, options)
        })
        .collect()
}

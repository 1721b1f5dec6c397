//! One run through the quiz: the questions in the order asked, each with its shuffled options and the
//! answer given, and where the visitor is. Every move returns the new attempt; moves that do not apply
//! in the current state (confirming with nothing selected, picking after confirming) return it
//! unchanged, so the UI can call them straight from events and compare to see whether anything moved.

use super::{QuizKind, QuizResult};
use crate::content::quiz::{Question, QuizOption};

/// A question as this attempt asks it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AskedQuestion {
    pub(super) question: &'static Question,
    /// The options in the order shown to the visitor.
    pub(super) options: Vec<&'static QuizOption>,
    /// The confirmed answer, once there is one.
    pub(super) answer: Option<&'static QuizOption>,
    /// Whether the visitor said they were sure of the answer when confirming it.
    pub(super) sure: bool,
}

impl AskedQuestion {
    pub(super) fn new(question: &'static Question, options: Vec<&'static QuizOption>) -> AskedQuestion {
        AskedQuestion { question, options, answer: None, sure: false }
    }

    pub fn question(&self) -> &'static Question {
        self.question
    }

    /// The options in the order this attempt shows them.
    pub fn options(&self) -> &[&'static QuizOption] {
        &self.options
    }

    /// The confirmed answer, if the question has been answered.
    pub fn answer(&self) -> Option<&'static QuizOption> {
        self.answer
    }

    /// Whether the visitor was sure of the confirmed answer (`false` while unanswered).
    pub fn was_sure(&self) -> bool {
        self.sure
    }

    /// Whether the confirmed answer is the right one (`false` while unanswered).
    pub fn was_right(&self) -> bool {
        self.answer.is_some_and(|answer| self.question.is_right(answer.id))
    }

    fn shown_option(&self, option_id: &str) -> Option<&'static QuizOption> {
        self.options.iter().copied().find(|option| option.id == option_id)
    }
}

/// The quiz in progress. Build one with [`QuizAttempt::full`] or [`QuizAttempt::retry_missed`], or
/// restore one through [`QuizProgress`](super::QuizProgress)'s `Stored::salvage`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuizAttempt {
    pub(super) kind: QuizKind,
    pub(super) questions: Vec<AskedQuestion>,
    /// Index of the question on screen; `questions.len()` once every question is answered and the
    /// visitor has moved on to the score.
    pub(super) current: usize,
    /// The option picked but not yet confirmed.
    pub(super) selected: Option<&'static QuizOption>,
    /// Whether the visitor has said they are sure of the pick on screen (not yet confirmed).
    pub(super) sure: bool,
    /// Whether [`QuizAttempt::finish`] has already handed out the result, so a reload on the score
    /// screen does not count the attempt twice.
    pub(super) recorded: bool,
}

/// What the UI shows for the question on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrentQuestion<'a> {
    /// 1-based, for "Question N of M".
    pub number: usize,
    pub total: usize,
    pub question: &'static Question,
    /// The options in the order to show them; keys 1 to 4 pick them in this order.
    pub options: &'a [&'static QuizOption],
    /// The option picked but not yet confirmed.
    pub selected: Option<&'static QuizOption>,
    /// Whether the visitor is (or, once answered, was) sure of the answer.
    pub sure: bool,
    /// Present once the answer is confirmed: show it with the explanation and a "Next" button.
    pub feedback: Option<Feedback>,
}

impl CurrentQuestion<'_> {
    /// Whether this is the last question, so "Next" leads to the score.
    pub fn is_last(&self) -> bool {
        self.number == self.total
    }
}

/// The outcome of a confirmed answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Feedback {
    pub picked: &'static QuizOption,
    pub right: &'static QuizOption,
    pub was_right: bool,
}

impl Feedback {
    /// Why the picked option is wrong, when it is: shown before the right answer.
    pub fn why_wrong(&self) -> Option<&'static str> {
        if self.was_right {
            None
        } else {
            self.picked.why_wrong()
        }
    }
}

impl QuizAttempt {
    pub(super) fn asking(kind: QuizKind, questions: Vec<AskedQuestion>) -> QuizAttempt {
        let current = questions.iter().position(|asked| asked.answer.is_none()).unwrap_or(questions.len());
        QuizAttempt { kind, questions, current, selected: None, sure: false, recorded: false }
    }

    pub fn kind(&self) -> QuizKind {
        self.kind
    }

    /// Every question in the order asked, with the answers given so far.
    pub fn questions(&self) -> &[AskedQuestion] {
        &self.questions
    }

    /// The question on screen, or `None` once the visitor has moved on to the score.
    pub fn current(&self) -> Option<CurrentQuestion<'_>> {
        let asked = self.questions.get(self.current)?;
        let feedback = asked.answer.map(|picked| {
            let right = asked.question.right_option();
            Feedback { picked, right, was_right: picked.id == right.id }
        });
        Some(CurrentQuestion {
            number: self.current + 1,
            total: self.questions.len(),
            question: asked.question,
            options: &asked.options,
            selected: self.selected,
            sure: if asked.answer.is_some() { asked.sure } else { self.sure },
            feedback,
        })
    }

    /// Number of questions answered so far.
    pub fn answered(&self) -> usize {
        self.questions.iter().filter(|asked| asked.answer.is_some()).count()
    }

    /// Whether every question has an answer.
    pub fn is_complete(&self) -> bool {
        self.questions.iter().all(|asked| asked.answer.is_some())
    }

    /// Whether the visitor has moved past the last question to the score.
    pub fn is_finished(&self) -> bool {
        self.current >= self.questions.len()
    }

    /// Picks an option of the question on screen (not yet confirmed).
    #[must_use]
    pub fn select(&self, option_id: &str) -> QuizAttempt {
        let unanswered = self.questions.get(self.current).filter(|asked| asked.answer.is_none());
        match unanswered.and_then(|asked| asked.shown_option(option_id)) {
            Some(option) => QuizAttempt { selected: Some(option), ..self.clone() },
            None => self.clone(),
        }
    }

    /// Picks the option shown at `position` (0-based), for the number keys.
    #[must_use]
    pub fn select_at(&self, position: usize) -> QuizAttempt {
        match self.questions.get(self.current).and_then(|asked| asked.options.get(position)) {
            Some(option) => self.select(option.id),
            None => self.clone(),
        }
    }

    /// Says whether the visitor is sure of their answer to the question on screen, before confirming
    /// it.
    #[must_use]
    pub fn set_sure(&self, sure: bool) -> QuizAttempt {
        if self.questions.get(self.current).is_none_or(|asked| asked.answer.is_some()) {
            return self.clone();
        }
        QuizAttempt { sure, ..self.clone() }
    }

    /// The questions answered wrongly although the visitor was sure: the misunderstandings most worth
    /// a second look.
    pub fn confident_mistakes(&self) -> Vec<&'static Question> {
        let wrong_but_sure =
            |asked: &&AskedQuestion| asked.sure && asked.answer.is_some() && !asked.was_right();
        self.questions.iter().filter(wrong_but_sure).map(|asked| asked.question).collect()
    }

    /// Confirms the picked option as the answer; the feedback shows from now on.
    #[must_use]
    pub fn confirm(&self) -> QuizAttempt {
        let unanswered = self.questions.get(self.current).is_some_and(|asked| asked.answer.is_none());
        let Some(picked) = self.selected.filter(|_| unanswered) else {
            return self.clone();
        };
        let mut next = QuizAttempt { selected: None, sure: false, ..self.clone() };
        if let Some(asked) = next.questions.get_mut(self.current) {
            asked.answer = Some(picked);
            asked.sure = self.sure;
        }
        next
    }

    /// Moves on from an answered question to the next unanswered one, or to the score after the last.
    #[must_use]
    pub fn next_question(&self) -> QuizAttempt {
        if self.questions.get(self.current).is_none_or(|asked| asked.answer.is_none()) {
            return self.clone();
        }
        let unanswered = |asked: &AskedQuestion| asked.answer.is_none();
        let later = self.questions.iter().skip(self.current + 1).position(unanswered);
        let current = match later {
            Some(offset) => self.current + 1 + offset,
            None => self.questions.iter().position(unanswered).unwrap_or(self.questions.len()),
        };
        QuizAttempt { current, selected: None, sure: false, ..self.clone() }
    }

    /// Ends a complete attempt: the attempt on the score screen, and the result to record, once. The
    /// result is `None` while questions are unanswered (the attempt is then unchanged) or when it was
    /// already handed out (after a reload on the score screen, say); [`QuizAttempt::result`] still
    /// shows it.
    #[must_use]
    pub fn finish(&self) -> (QuizAttempt, Option<QuizResult>) {
        let Some(result) = self.result() else {
            return (self.clone(), None);
        };
        let finished = QuizAttempt {
            current: self.questions.len(),
            selected: None,
            sure: false,
            recorded: true,
            ..self.clone()
        };
        (finished, (!self.recorded).then_some(result))
    }

    /// The score, verdict and review, once every question is answered.
    pub fn result(&self) -> Option<QuizResult> {
        QuizResult::of(self)
    }
}

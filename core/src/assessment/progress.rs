//! The assessment in progress: the answers so far and where the respondent is. Every transition is
//! a pure function returning the new progress, which the UI stores and persists.

use super::salvage::{read_answers, read_u32};
use super::{Answer, Answers, AssessmentResult, HistoryEntry, Role};
use crate::content::assessment::{active_statements, Statement, CONTENT_VERSION};
use crate::stored::{Loss, Read, StorageKey, Stored};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Answers so far (by statement id) and the current position among the asked statements. The
/// position runs from 0 to [`AssessmentProgress::total`]; the total itself means "past the last
/// statement", where the UI shows the overview and the finish button.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessmentProgress {
    content_version: u32,
    answers: Answers,
    current: usize,
    /// Whether the statement on screen was opened from the overview ("Change" or "Answer"), so that
    /// answering it returns there. Not stored: after a reload the statement simply goes on.
    #[serde(skip)]
    from_overview: bool,
    /// The history entry these answers change ("Change your answers" on the results): finishing
    /// replaces that entry instead of adding another. Absent in progress stored before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    amending: Option<u32>,
    /// The part of the company the person works in, if they said. Absent in progress stored before
    /// it was asked.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    role: Option<Role>,
    /// Whether the optional first question (the part of the company) is on screen, before the first
    /// statement. Progress stored before it was asked is past it, unless nothing was answered yet.
    #[serde(default)]
    asking_role: bool,
}

impl Default for AssessmentProgress {
    fn default() -> AssessmentProgress {
        AssessmentProgress {
            content_version: CONTENT_VERSION,
            answers: Answers::new(),
            current: 0,
            from_overview: false,
            amending: None,
            role: None,
            asking_role: true,
        }
    }
}

impl AssessmentProgress {
    /// A fresh start at the first statement.
    pub fn new() -> AssessmentProgress {
        AssessmentProgress::default()
    }

    /// How many statements are asked.
    pub fn total(&self) -> usize {
        active_statements().count()
    }

    /// The asked statement at a position.
    pub fn statement_at(&self, index: usize) -> Option<&'static Statement> {
        active_statements().nth(index)
    }

    /// The current position, 0 to [`total`](Self::total).
    pub fn current_index(&self) -> usize {
        self.current
    }

    /// The statement being asked, or `None` past the last one.
    pub fn current_statement(&self) -> Option<&'static Statement> {
        self.statement_at(self.current)
    }

    /// Whether the optional first question, the part of the company, is on screen (before the
    /// statement at [`current_index`](Self::current_index), which is then the first).
    pub fn asks_role(&self) -> bool {
        self.asking_role
    }

    /// The part of the company the person gave, if any.
    pub fn role(&self) -> Option<Role> {
        self.role
    }

    /// Gives the part of the company (or none, for "I'd rather not say") and goes on to the
    /// statements: to the first, or back to the overview when every statement has an answer.
    #[must_use]
    pub fn choose_role(&self, role: Option<Role>) -> AssessmentProgress {
        AssessmentProgress { role, ..self.skip_role() }
    }

    /// The same progress with this part of the company already given (a retake starting from last
    /// time's), in the same place.
    #[must_use]
    pub fn with_role(&self, role: Option<Role>) -> AssessmentProgress {
        AssessmentProgress { role, ..self.clone() }
    }

    /// Leaves the first question as it is and goes on, as [`choose_role`](Self::choose_role) does.
    #[must_use]
    pub fn skip_role(&self) -> AssessmentProgress {
        let to = if self.from_overview || self.is_complete() { self.total() } else { 0 };
        self.jump(to)
    }

    /// Back to the first question, to give or change the part of the company; asked from the
    /// overview, answering it returns there.
    #[must_use]
    pub fn ask_role(&self) -> AssessmentProgress {
        AssessmentProgress { asking_role: true, current: 0, from_overview: self.is_at_end(), ..self.clone() }
    }

    /// Whether a statement the person usually cannot see from their part of the company is on
    /// screen: the assessment then says so and offers "Don't know" as a fine answer.
    pub fn current_is_unseen(&self) -> bool {
        match (self.role, self.current_statement()) {
            (Some(role), Some(statement)) if !self.asking_role => statement.unseen_by(role),
            _ => false,
        }
    }

    /// The answer already given to the current statement (shown selected when going back).
    pub fn current_answer(&self) -> Option<Answer> {
        self.answers.get(self.current_statement()?.id)
    }

    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// How many asked statements have an answer.
    pub fn answered_count(&self) -> usize {
        active_statements().filter(|statement| self.answers.get(statement.id).is_some()).count()
    }

    /// Whether the respondent is past the last statement.
    pub fn is_at_end(&self) -> bool {
        self.current >= self.total()
    }

    /// Whether every asked statement has an answer ("Don't know" counts as one).
    pub fn is_complete(&self) -> bool {
        self.answered_count() == self.total()
    }

    /// The asked statements without an answer, with their positions, in the order they are asked.
    pub fn unanswered(&self) -> Vec<(usize, &'static Statement)> {
        active_statements()
            .enumerate()
            .filter(|(_, statement)| self.answers.get(statement.id).is_none())
            .collect()
    }

    /// The position of the first unanswered statement, or the end when all are answered.
    pub fn first_unanswered(&self) -> usize {
        self.unanswered().first().map_or(self.total(), |(index, _)| *index)
    }

    /// Answers the current statement and moves to the next, or back to the overview when the
    /// statement was opened from there. Past the last statement there is nothing to answer, and
    /// nothing changes. (When this answer completes the set, [`Self::finishes_with`] says the
    /// assessment goes on to its results.)
    #[must_use]
    pub fn answer(&self, answer: Answer) -> AssessmentProgress {
        let Some(statement) = self.current_statement() else {
            return self.clone();
        };
        let mut next = self.clone();
        next.answers.insert(statement.id, answer);
        next.current = if self.from_overview { self.total() } else { self.current + 1 };
        next.from_overview = false;
        next.asking_role = false;
        next
    }

    /// Whether `next`, this progress after one answer, is the assessment's end: the answer completed
    /// the set and there is no statement left on the way. Changing an answer when every statement
    /// already had one goes back where it came from instead.
    pub fn finishes_with(&self, next: &AssessmentProgress) -> bool {
        !self.is_complete() && next.is_complete() && next.is_at_end()
    }

    /// The answers of a filed result, at the overview, to change and file again in its place.
    pub fn amending(entry: &HistoryEntry) -> AssessmentProgress {
        let progress =
            AssessmentProgress { role: entry.role, ..AssessmentProgress::starting_from(&entry.answers) };
        AssessmentProgress { amending: Some(entry.id), ..progress.jump(progress.total()) }
    }

    /// The history entry finishing will replace, if these answers change one.
    pub fn amends(&self) -> Option<u32> {
        self.amending
    }

    /// Opens a statement from the overview, to answer or change it and come back.
    #[must_use]
    pub fn open_from_overview(&self, index: usize) -> AssessmentProgress {
        AssessmentProgress { from_overview: index < self.total(), ..self.jump(index) }
    }

    /// Whether answering the statement on screen returns to the overview.
    pub fn is_from_overview(&self) -> bool {
        self.from_overview
    }

    /// One statement back; from the first, back to the first question.
    #[must_use]
    pub fn back(&self) -> AssessmentProgress {
        match self.current {
            0 => self.ask_role(),
            current => self.jump(current - 1),
        }
    }

    /// One statement on without answering (stops past the last).
    #[must_use]
    pub fn next(&self) -> AssessmentProgress {
        self.jump(self.current.saturating_add(1))
    }

    /// To any position; beyond the end means the end. (Moving on or back by hand leaves the way back
    /// to the overview behind.)
    #[must_use]
    pub fn jump(&self, index: usize) -> AssessmentProgress {
        AssessmentProgress {
            current: index.min(self.total()),
            from_overview: false,
            asking_role: false,
            ..self.clone()
        }
    }

    /// A retake that starts from earlier answers (last time's), at the first statement, so the person
    /// changes only what has moved. Answers to statements no longer asked are left out.
    pub fn starting_from(answers: &Answers) -> AssessmentProgress {
        let kept = active_statements()
            .filter_map(|statement| Some((statement.id, answers.get(statement.id)?)))
            .fold(Answers::new(), |kept, (id, answer)| kept.with(id, answer));
        // Last time's answers already went past the first question (Back reaches it); with none
        // left, it is a fresh start.
        let asking_role = kept.is_empty();
        AssessmentProgress { answers: kept, asking_role, ..AssessmentProgress::new() }
    }

    /// Everything forgotten, back at the first statement.
    #[must_use]
    pub fn start_over(&self) -> AssessmentProgress {
        AssessmentProgress::new()
    }

    /// The result of the answers so far.
    pub fn result(&self) -> AssessmentResult {
        AssessmentResult::of(&self.answers)
    }
}

impl Stored for AssessmentProgress {
    const KEY: StorageKey = StorageKey::new("culture-check/assessment-progress");
    const SCHEMA: u32 = 1;
    const NOUN: &'static str = "assessment answers";

    /// Reads progress from the stored envelope's loose JSON, keeping every answer that
    /// still matches an asked statement. Answers to unknown or retired statements and values that
    /// are not answers are dropped and counted; a position that points nowhere moves to the first
    /// unanswered statement. Progress from another content version also resumes there, since the
    /// statement at its old position may have changed.
    fn salvage(stored: Value) -> Read<AssessmentProgress> {
        let unreadable =
            || Read::new(AssessmentProgress::new()).with_loss(Loss::Everything { what: PROGRESS });
        let Some(object) = stored.as_object() else {
            return unreadable();
        };
        let stored_answers = object.get("answers").cloned().unwrap_or(Value::Object(Default::default()));
        let Some((answers, dropped)) = read_answers(&stored_answers, |statement| !statement.retired) else {
            return unreadable();
        };
        let mut progress = AssessmentProgress {
            content_version: CONTENT_VERSION,
            answers,
            current: 0,
            from_overview: false,
            amending: read_u32(object, "amending"),
            // A damaged part of the company costs only itself.
            role: object.get("role").and_then(Value::as_str).and_then(Role::from_id),
            asking_role: false,
        };
        let resume_at = progress.first_unanswered();
        let same_version = read_u32(object, "content_version") == Some(CONTENT_VERSION);
        let place =
            object.get("current").and_then(Value::as_u64).and_then(|index| usize::try_from(index).ok());
        let mut salvaged_place = true;
        progress.current = match place {
            Some(index) if index <= progress.total() && same_version => index,
            Some(index) if index <= progress.total() => resume_at,
            _ => {
                salvaged_place = false;
                resume_at
            }
        };
        progress.asking_role = match object.get("asking_role").and_then(Value::as_bool) {
            Some(asking) => asking,
            // Stored before the question was asked: only someone who has not begun meets it.
            None => progress.current == 0 && progress.answers.is_empty(),
        };
        let salvaged = Read::new(progress).with_loss(Loss::Answers(dropped));
        if salvaged_place {
            salvaged
        } else {
            salvaged.with_loss(Loss::Place)
        }
    }

    /// Answers merge statement by statement; the place is this tab's.
    fn merge(
        base: &AssessmentProgress,
        ours: AssessmentProgress,
        theirs: AssessmentProgress,
    ) -> AssessmentProgress {
        let answers = Answers::merged(&base.answers, ours.answers, theirs.answers);
        AssessmentProgress { answers, ..ours }
    }

    /// A fresh start is not worth keeping: finishing or starting over removes the saved progress.
    fn is_blank(&self) -> bool {
        *self == AssessmentProgress::new()
    }
}

const PROGRESS: &str = "assessment progress";

#[cfg(test)]
mod tests;

//! The stored form of an attempt, and reading it back. Questions and options are stored by id, so a
//! stored attempt survives edits to the content: what still matches the current questions is kept,
//! what does not is dropped or asked again, and the [`Loss`] says which.

use super::attempt::AskedQuestion;
use super::{QuizAttempt, QuizKind};
use crate::content::quiz::{self, QuizOption, CONTENT_VERSION, QUESTIONS};
use crate::stored::{Loss, Read, StorageKey, Stored};
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

#[derive(Serialize)]
struct StoredAttempt<'a> {
    content_version: u32,
    kind: QuizKind,
    questions: Vec<StoredQuestion<'a>>,
    /// Id of the question on screen; `null` on the score screen.
    current: Option<&'a str>,
    selected: Option<&'a str>,
    /// Whether the visitor is sure of the pick on screen. Added after the first release: a saved
    /// attempt without it reads as not sure.
    #[serde(skip_serializing_if = "is_false")]
    sure: bool,
    recorded: bool,
}

#[derive(Serialize)]
struct StoredQuestion<'a> {
    question: &'a str,
    options: Vec<&'a str>,
    answer: Option<&'a str>,
    /// Whether the visitor was sure of the answer; absent (not sure) in attempts saved before.
    #[serde(skip_serializing_if = "is_false")]
    sure: bool,
}

fn is_false(value: &bool) -> bool {
    !*value
}

impl Serialize for QuizAttempt {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let questions = self
            .questions
            .iter()
            .map(|asked| StoredQuestion {
                question: asked.question.id,
                options: asked.options.iter().map(|option| option.id).collect(),
                answer: asked.answer.map(|answer| answer.id),
                sure: asked.sure,
            })
            .collect();
        StoredAttempt {
            content_version: CONTENT_VERSION,
            kind: self.kind,
            questions,
            current: self.questions.get(self.current).map(|asked| asked.question.id),
            selected: self.selected.map(|option| option.id),
            sure: self.sure,
            recorded: self.recorded,
        }
        .serialize(serializer)
    }
}

/// What reading the saved questions had to change.
#[derive(Default)]
struct Changes {
    dropped: usize,
    asked_again: usize,
    added: usize,
}

/// The quiz in progress as it is stored: an attempt, or none (the key is then removed).
pub type QuizProgress = Option<QuizAttempt>;

impl Stored for QuizProgress {
    const KEY: StorageKey = StorageKey::new("culture-check/quiz-progress");
    const SCHEMA: u32 = 1;
    const NOUN: &'static str = "quiz in progress";

    /// One attempt at a time: this tab's, the one the person is looking at.
    fn merge(_base: &QuizProgress, ours: QuizProgress, _theirs: QuizProgress) -> QuizProgress {
        ours
    }

    /// Reads back a saved attempt. The value is `None` when there is nothing left to resume (start a
    /// new attempt then); the loss says what had to change, if anything.
    fn salvage(saved: Value) -> Read<QuizProgress> {
        let unreadable = Read::new(None).with_loss(Loss::QuizAttemptUnreadable);
        let Some(saved) = saved.as_object() else {
            return unreadable;
        };
        let kind = match saved.get("kind").and_then(Value::as_str) {
            Some("full") => QuizKind::Full,
            Some("retry_missed") => QuizKind::RetryMissed,
            _ => return unreadable,
        };
        let Some(entries) = saved.get("questions").and_then(Value::as_array) else {
            return unreadable;
        };

        let mut changes = Changes::default();
        let mut questions: Vec<AskedQuestion> = Vec::new();
        for entry in entries {
            match read_question(entry, &questions, &mut changes) {
                Some(asked) => questions.push(asked),
                None => changes.dropped += 1,
            }
        }
        if kind == QuizKind::Full {
            // A full attempt asks every question, including any added since it was saved.
            for question in &QUESTIONS {
                if !questions.iter().any(|asked| asked.question.id == question.id) {
                    questions.push(AskedQuestion::new(question, question.options.iter().collect()));
                    changes.added += 1;
                }
            }
        }

        let mut attempt = QuizAttempt::asking(kind, questions);
        attempt.recorded = saved.get("recorded").and_then(Value::as_bool).unwrap_or(false);
        if attempt.questions.is_empty() || (attempt.recorded && !attempt.is_complete()) {
            // Nothing left to ask, or a finished attempt that changes would reopen: start afresh.
            return Read::new(None).with_loss(Loss::QuizAttemptRestarted);
        }
        attempt.current = resume_at(&attempt, saved);
        attempt.selected = read_selected(&attempt, saved);
        // Being sure belongs to an answer still to confirm.
        let unanswered = attempt.questions.get(attempt.current).is_some_and(|asked| asked.answer.is_none());
        attempt.sure = unanswered && saved.get("sure").and_then(Value::as_bool).unwrap_or(false);

        let same_version =
            saved.get("content_version").and_then(Value::as_u64) == Some(CONTENT_VERSION.into());
        let changed = changes.dropped + changes.asked_again + changes.added > 0;
        // A new content version is news only to someone still answering.
        let loss = (changed || (!same_version && !attempt.recorded)).then_some(Loss::QuizAttemptUpdated {
            dropped: changes.dropped,
            asked_again: changes.asked_again,
            added: changes.added,
        });
        Read::new(Some(attempt)).with_any_loss(loss)
    }

    fn is_blank(&self) -> bool {
        self.is_none()
    }
}

/// One saved question, if the quiz still has it and it is not a repeat. Its options keep their saved
/// order where they still exist; options added since go at the end.
fn read_question(entry: &Value, so_far: &[AskedQuestion], changes: &mut Changes) -> Option<AskedQuestion> {
    let id = entry.get("question").and_then(Value::as_str)?;
    let question = quiz::question(id)?;
    if so_far.iter().any(|asked| asked.question.id == question.id) {
        return None;
    }
    let mut options: Vec<&'static QuizOption> = Vec::new();
    let saved_options = entry.get("options").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    for option in saved_options.iter().filter_map(Value::as_str).filter_map(|id| question.option(id)) {
        if !options.contains(&option) {
            options.push(option);
        }
    }
    for option in question.options {
        if !options.contains(&option) {
            options.push(option);
        }
    }
    let mut asked = AskedQuestion::new(question, options);
    match entry.get("answer") {
        None | Some(Value::Null) => {}
        Some(answer) => match answer.as_str().and_then(|id| question.option(id)) {
            Some(option) => {
                asked.answer = Some(option);
                asked.sure = entry.get("sure").and_then(Value::as_bool).unwrap_or(false);
            }
            None => changes.asked_again += 1,
        },
    }
    Some(asked)
}

/// Where to resume: the saved question on screen if it is still a place the flow can be (the first
/// unanswered question, or an answered one whose feedback was showing); otherwise the first
/// unanswered question, or the score once all are answered.
fn resume_at(attempt: &QuizAttempt, saved: &Map<String, Value>) -> usize {
    let first_unanswered = attempt.current;
    if attempt.recorded {
        return attempt.questions.len();
    }
    let on_screen = saved
        .get("current")
        .and_then(Value::as_str)
        .and_then(|id| attempt.questions.iter().position(|asked| asked.question.id == id));
    // `null` (the score screen) lands on the score only when every question is answered, which is
    // exactly when the first unanswered position is past the end.
    match on_screen {
        Some(index) if index <= first_unanswered => index,
        _ => first_unanswered,
    }
}

/// The picked-but-unconfirmed option, if it still belongs to the unanswered question on screen.
fn read_selected(attempt: &QuizAttempt, saved: &Map<String, Value>) -> Option<&'static QuizOption> {
    let asked = attempt.questions.get(attempt.current).filter(|asked| asked.answer.is_none())?;
    let id = saved.get("selected").and_then(Value::as_str)?;
    asked.options.iter().copied().find(|option| option.id == id)
}

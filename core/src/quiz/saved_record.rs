//! Reading back the saved [`QuizRecord`], figure by figure: a damaged figure is reset on its own and
//! the others are kept. Missed questions the quiz no longer has are left out quietly (they only
//! decide which questions come first).

use super::{QuizRecord, Score};
use crate::content::quiz;
use crate::stored::{Loss, Read, StorageKey, Stored};
use serde_json::Value;

impl Stored for QuizRecord {
    const KEY: StorageKey = StorageKey::new("culture-check/quiz-record");
    const SCHEMA: u32 = 1;
    const NOUN: &'static str = "quiz record";

    fn salvage(saved: Value) -> Read<QuizRecord> {
        let Some(saved) = saved.as_object() else {
            return Read::new(QuizRecord::default()).with_loss(Loss::QuizRecordUnreadable);
        };
        let mut repaired = false;
        let best = noted(saved.get("best").and_then(read_score), &mut repaired).flatten();
        let last = noted(saved.get("last").and_then(read_score), &mut repaired).flatten();
        let attempts = saved.get("attempts").and_then(Value::as_u64).and_then(|n| u32::try_from(n).ok());
        let attempts = noted(attempts, &mut repaired);
        let missed_last_time = noted(saved.get("missed_last_time").and_then(read_missed), &mut repaired);
        // Records saved before the score across the quiz was kept have none: not damage, just unknown.
        let standing = match saved.get("standing") {
            None => None,
            Some(standing) => noted(read_score(standing), &mut repaired).flatten(),
        };
        let record = QuizRecord {
            best,
            // A record with a score has at least one attempt behind it.
            attempts: attempts.unwrap_or(0).max(u32::from(last.is_some())),
            last,
            missed_last_time: missed_last_time.unwrap_or_default(),
            standing,
        };
        Read::new(record).with_any_loss(repaired.then_some(Loss::QuizRecordRepaired))
    }

    /// Attempts finished in either tab all count; the best score is the better one; the last attempt
    /// is this tab's if it finished one, otherwise the other tab's.
    fn merge(base: &QuizRecord, ours: QuizRecord, theirs: QuizRecord) -> QuizRecord {
        let theirs_since = theirs.attempts.saturating_sub(base.attempts);
        let ours_finished_one = ours.attempts > base.attempts;
        let best = match (ours.best, theirs.best) {
            (Some(ours), Some(theirs)) if theirs.beats(&ours) => Some(theirs),
            (ours, theirs) => ours.or(theirs),
        };
        let attempts = ours.attempts.saturating_add(theirs_since);
        if ours_finished_one || theirs_since == 0 {
            QuizRecord { best, attempts, ..ours }
        } else {
            QuizRecord { best, attempts, ..theirs }
        }
    }

    fn is_blank(&self) -> bool {
        *self == QuizRecord::default()
    }
}

/// Passes a figure through, noting when it could not be read.
fn noted<T>(figure: Option<T>, repaired: &mut bool) -> Option<T> {
    *repaired |= figure.is_none();
    figure
}

/// `Some(None)` for a saved `null`, `Some(Some(score))` for a sound score, `None` for anything else.
fn read_score(saved: &Value) -> Option<Option<Score>> {
    if saved.is_null() {
        return Some(None);
    }
    let figure = |name: &str| saved.get(name).and_then(Value::as_u64).and_then(|n| u32::try_from(n).ok());
    let score = Score { right: figure("right")?, out_of: figure("out_of")? };
    (score.out_of > 0 && score.right <= score.out_of).then_some(Some(score))
}

/// The ids of missed questions the quiz still has, each once; `None` when the list is not a list of
/// strings.
fn read_missed(saved: &Value) -> Option<Vec<String>> {
    let mut missed: Vec<String> = Vec::new();
    for id in saved.as_array()? {
        let id = id.as_str()?;
        if quiz::question(id).is_some() && !missed.iter().any(|seen| seen == id) {
            missed.push(id.to_owned());
        }
    }
    Some(missed)
}

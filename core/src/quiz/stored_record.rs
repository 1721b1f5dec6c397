//! Reading back the stored [`QuizRecord`], figure by figure: a damaged figure is reset on its own and
//! the others are kept. Missed questions the quiz no longer has are left out quietly (they only
//! decide which questions come first).

use super::{QuizRecord, Score};
use crate::content::quiz::{self, QUESTIONS};
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
        let mut check = Check::default();
        let best = check.kept(saved.get("best").map_or(Figure::Damaged, read_score)).flatten();
        let last = check.kept(saved.get("last").map_or(Figure::Damaged, read_score)).flatten();
        let attempts = check.kept(saved.get("attempts").map_or(Figure::Damaged, read_attempts));
        let missed_last_time = check
            .kept(saved.get("missed_last_time").and_then(read_missed).map_or(Figure::Damaged, Figure::Sound));
        // Records saved before the score across the quiz was kept have none: not damage, just unknown.
        let standing = match saved.get("standing") {
            None => None,
            Some(standing) => check.kept(read_score(standing)).flatten(),
        };
        let record = QuizRecord {
            best,
            // A record with a score has at least one attempt behind it.
            attempts: attempts.unwrap_or(0).max(u32::from(last.is_some())),
            last,
            missed_last_time: missed_last_time.unwrap_or_default(),
            standing,
        };
        check
            .impossible
            .into_iter()
            .fold(Read::new(record), Read::with_loss)
            .with_any_loss(check.repaired.then_some(Loss::QuizRecordRepaired))
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

/// More finished attempts than this is no real count: a full attempt takes minutes and a retry of
/// one question some seconds, so this many is weeks of answering without a break.
pub const MOST_ATTEMPTS: u64 = 100_000;

/// A figure of the saved record as read: sound, damaged (not a figure of the right kind), or one no
/// real use could reach.
enum Figure<T> {
    Sound(T),
    Damaged,
    Impossible(Loss),
}

/// What reading the record's figures found wrong.
#[derive(Default)]
struct Check {
    repaired: bool,
    impossible: Vec<Loss>,
}

impl Check {
    /// The figure when it is sound, noting why when it is not.
    fn kept<T>(&mut self, figure: Figure<T>) -> Option<T> {
        match figure {
            Figure::Sound(value) => Some(value),
            Figure::Damaged => {
                self.repaired = true;
                None
            }
            Figure::Impossible(loss) => {
                self.impossible.push(loss);
                None
            }
        }
    }
}

/// A saved `null` reads as no score; a score needs whole numbers of right answers and of questions,
/// at most as many right as asked and no more asked than the quiz has.
fn read_score(saved: &Value) -> Figure<Option<Score>> {
    if saved.is_null() {
        return Figure::Sound(None);
    }
    let (Some(right), Some(out_of)) =
        (saved.get("right").and_then(Value::as_u64), saved.get("out_of").and_then(Value::as_u64))
    else {
        return Figure::Damaged;
    };
    let most = QUESTIONS.len();
    let possible =
        out_of > 0 && right <= out_of && usize::try_from(out_of).is_ok_and(|out_of| out_of <= most);
    match (possible, u32::try_from(right), u32::try_from(out_of)) {
        (true, Ok(right), Ok(out_of)) => Figure::Sound(Some(Score { right, out_of })),
        _ => Figure::Impossible(Loss::QuizScoreImpossible { right, out_of, most }),
    }
}

/// The count of finished attempts, when it is a whole number anyone could reach.
fn read_attempts(saved: &Value) -> Figure<u32> {
    match saved.as_u64() {
        None => Figure::Damaged,
        Some(count) if count > MOST_ATTEMPTS => Figure::Impossible(Loss::QuizAttemptsImpossible(count)),
        Some(count) => u32::try_from(count).map_or(Figure::Damaged, Figure::Sound),
    }
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

//! The maturity assessment: answers, scoring, reading a result, progress through the statements,
//! the dated history of completed assessments, and salvaging all of it from damaged storage.
//!
//! Everything here is plain data and pure functions over the content in
//! [`crate::content::assessment`]. Answers are kept by statement id and work for every statement in
//! the content, retired ones included, so results from old links and old history keep scoring.
//!
//! ```
//! use culture_core::assessment::{Answer, AssessmentProgress, History, CONTENT_VERSION};
//! use culture_core::date::Day;
//!
//! // Each event returns the new progress; the UI keeps it in a signal and saves it.
//! let mut progress = AssessmentProgress::new();
//! while let Some(_statement) = progress.current_statement() {
//!     progress = progress.answer(Answer::from_key("4").unwrap_or(Answer::DontKnow));
//! }
//! assert!(progress.is_complete());
//!
//! let result = progress.result();
//! let stage = result.stage().map(|stage| stage.name);
//! let first_actions: Vec<&str> = result.recommendations().iter().take(3).map(|r| r.title).collect();
//! assert!(stage.is_some() && first_actions.len() == 3);
//!
//! // Finishing files the answers in the history; the result is always recomputed from them.
//! let history = History::new().add(Day(20_779), CONTENT_VERSION, progress.answers().clone());
//! assert_eq!(history.latest().map(|entry| entry.result()), Some(result));
//! ```

mod answer;
mod answers;
mod history;
mod progress;
mod reading;
mod salvage;
mod score;

#[cfg(test)]
mod properties;

pub use answer::Answer;
pub use answers::Answers;
pub use history::{History, HistoryEntry};
pub use progress::AssessmentProgress;
pub use reading::{change, PillarChange, ResultChange, FOCUS_PILLARS};
pub use salvage::{Loss, Salvaged};
pub use score::{
    agreement, min_scored_pillars, pillar_score, AssessmentResult, PillarResult, PillarScore, StagePlacement,
    MIN_SCORED_ANSWERS,
};

pub use crate::content::assessment::{statement, statement_by_slot, CONTENT_VERSION};

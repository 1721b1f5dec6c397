//! The maturity assessment: answers, scoring, reading a result, the advice and the way to the next
//! stage that the answers call for, progress through the statements,
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
//! // Advice follows the answers: agreeing with everything, obstacles included, chooses only the
//! // actions against those obstacles, each with the answer that chose it.
//! let guidance = result.guidance();
//! assert!(stage.is_some() && !guidance.actions.is_empty());
//! assert!(guidance.actions.iter().all(|action| action.worst().statement.reverse));
//!
//! // Finishing files the answers in the history; the result is always recomputed from them.
//! let history = History::new().add(Day(20_779), CONTENT_VERSION, progress.answers().clone());
//! assert_eq!(history.latest().map(|entry| entry.result()), Some(result));
//! ```

mod answer;
mod answers;
mod glance;
mod guidance;
mod history;
mod mean;
mod next_stage;
mod progress;
mod reading;
mod role;
mod salvage;
mod score;
mod scoring_explained;
pub mod stability;
mod stage_notes;
mod stage_rule;

pub use answer::Answer;
pub use answers::Answers;
pub use glance::{ladder_svg, LadderMarker, PillarMark, Rung, RungMark};
pub use guidance::{
    ChosenAction, Guidance, LearnBecause, QuizPointer, Reason, Strength, FIRST_ACTIONS, QUIZ_POINTERS,
    STRONG_PILLAR, WEAK_AGREEMENT,
};
pub use history::{History, HistoryEntry, Listing, Trend};
pub use mean::rounded_mean;
pub use next_stage::{AnswerMove, Gap, NextStage, PillarGap};
pub use progress::AssessmentProgress;
pub(crate) use reading::delta;
pub use reading::{change, GivenAnswer, PillarChange, ResultChange, ScoreGroup, StageMove, Standing};
pub use role::Role;
pub use score::{agreement, pillar_score, AssessmentResult, PillarResult, PillarScore, MIN_SCORED_ANSWERS};
pub use scoring_explained::{how_scoring_works, ScoringRule};
pub use stability::{SimulationSummary, SIMULATION};
pub use stage_notes::{NamedObstacle, MIN_OBSTACLE_ANSWERS};
pub use stage_rule::{
    min_scored_pillars, pillar_floor, StagePlacement, StageReading, Undetermined, NEAR_CUT_POINT,
};

pub use crate::content::assessment::{statement, statement_by_slot, CONTENT_VERSION};

#[cfg(test)]
mod tests;

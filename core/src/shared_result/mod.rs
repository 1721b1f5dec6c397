//! Shared results: what the site puts into a result link and what it reads back out.
//!
//! The link codec (`crate::link`) knows answers only by slot number. This module joins it to the
//! content: a finished assessment or quiz becomes a link value, a link value becomes something the
//! site can show (scores, stage, the questions answered rightly), and two assessments can be compared
//! statement by statement.
//!
//! Old links keep their meaning because slots are never reused and statements are retired, never
//! deleted; `tests/pinned_results.rs` holds links made today to their scores and stage forever.
//!
//! ```
//! use culture_core::assessment::{Answer, History, CONTENT_VERSION};
//! use culture_core::content::assessment::active_statements;
//! use culture_core::date::Day;
//! use culture_core::link::{decode, encode, SharedResult};
//! use culture_core::shared_result::{assessment_link, SharedAssessment};
//!
//! let answers = active_statements().map(|statement| (statement.id, Answer::Agree)).collect();
//! let history = History::new().add(Day(20_779), CONTENT_VERSION, answers);
//! let Some(entry) = history.latest() else { unreachable!() };
//! let payload = encode(&SharedResult::Assessment(assessment_link(entry, Some("Ana"))));
//!
//! let Ok(SharedResult::Assessment(link)) = decode(&payload) else { unreachable!() };
//! let shared = SharedAssessment::read(&link);
//! assert_eq!(shared.result, entry.result());
//! assert_eq!(shared.label.as_deref(), Some("Ana"));
//! ```

mod assessment;
mod compare;
mod quiz;

#[cfg(test)]
mod tests;

pub use assessment::{assessment_link, OwnResults, SharedAssessment};
pub use compare::{compare, Comparison, StageRelation, StatementGap, MOST_DIFFERENT};
pub use quiz::{quiz_link, SharedQuiz};

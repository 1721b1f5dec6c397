//! How a team moved between two workshops (last quarter's team link or saved team against this
//! quarter's): each pillar's average and spread, and the disputes that were settled or appeared.
//!
//! - **Settled**: disputed before, and now answered by enough people for a breakdown (see
//!   [`MIN_PEOPLE_FOR_BREAKDOWN`](super::MIN_PEOPLE_FOR_BREAKDOWN)) with nobody left on one of the
//!   sides. A statement that is no longer answered (retired, or too few answers) is not called
//!   settled: nothing says the room agrees on it now.
//! - **Appeared**: disputed now, and not before, whether before it had people on one side only or too
//!   few answers to tell.

use super::disputes::{ranked_disputes, StatementSpread};
use super::summary::{PillarSpread, TeamSummary};
use crate::assessment::delta;
use crate::content::assessment::Pillar;

/// How one pillar moved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PillarMove {
    pub before: PillarSpread,
    pub after: PillarSpread,
}

impl PillarMove {
    pub fn pillar(&self) -> &'static Pillar {
        self.after.pillar
    }

    /// The change in the team's average, in points; `None` when either side has none.
    pub fn average(&self) -> Option<i16> {
        delta(self.before.average, self.after.average)
    }

    /// The change in how far apart people are (see [`PillarSpread::spread`]): below zero, the team
    /// sees the pillar more alike than before.
    pub fn spread(&self) -> Option<i16> {
        delta(self.before.spread, self.after.spread)
    }
}

/// How the team moved from one summary to a later one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamChange {
    pub people_before: usize,
    pub people_after: usize,
    /// The average overall score before and after; `None` on a side where nobody has one.
    pub overall_before: Option<u8>,
    pub overall_after: Option<u8>,
    /// Every pillar, in the content's order.
    pub pillars: Vec<PillarMove>,
    /// Disputes settled since, as they stood before, the most polarised then first.
    pub settled: Vec<StatementSpread>,
    /// Disputes that appeared since, as they stand now, the most polarised first.
    pub appeared: Vec<StatementSpread>,
}

impl TeamChange {
    /// What changed from `earlier` to `later` (see the module's rules).
    pub fn between(earlier: &TeamSummary, later: &TeamSummary) -> TeamChange {
        let pillars = earlier
            .pillars
            .iter()
            .zip(&later.pillars)
            .map(|(before, after)| PillarMove { before: before.clone(), after: after.clone() })
            .collect();
        let settled = ranked_disputes(earlier.statements.iter())
            .into_iter()
            .filter(|before| later.statement(before.statement.id).is_some_and(|now| !now.is_disputed()))
            .cloned()
            .collect();
        let appeared = ranked_disputes(later.statements.iter())
            .into_iter()
            .filter(|now| !earlier.statement(now.statement.id).is_some_and(StatementSpread::is_disputed))
            .cloned()
            .collect();
        TeamChange {
            people_before: earlier.people(),
            people_after: later.people(),
            overall_before: earlier.average_overall(),
            overall_after: later.average_overall(),
            pillars,
            settled,
            appeared,
        }
    }
}

//! Where the team might start: its weakest pillars, each with the recommendations its answers point
//! to, for the printed agenda and the exports.
//!
//! The rules follow a person's guidance (`assessment::guidance`), with the team's answers in place
//! of one person's:
//!
//! 1. **Pillars.** Those whose team average is below [`STRONG_PILLAR`] (a strength needs no fixing),
//!    lowest average first, ties in the content's order; at most [`FOCUS_PILLARS`].
//! 2. **Actions.** A pillar's recommendations, those whose statements the team sees going worst
//!    first: each is ranked by the lowest mean agreement among the statements it addresses, then by
//!    the content's priority; at most [`FOCUS_ACTIONS`]. Only statements with a breakdown (see
//!    [`MIN_PEOPLE_FOR_BREAKDOWN`](super::MIN_PEOPLE_FOR_BREAKDOWN)) count, so a choice never rests on
//!    one or two people's answers; a recommendation with none of them comes after, by priority.

use super::summary::TeamSummary;
use crate::assessment::STRONG_PILLAR;
use crate::content::assessment::{recommendations_for, Pillar, Recommendation};

/// How many pillars the team's focus names.
pub const FOCUS_PILLARS: usize = 3;

/// How many recommendations it names for each.
pub const FOCUS_ACTIONS: usize = 2;

/// One of the team's weakest pillars and where to start on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamFocus {
    pub pillar: &'static Pillar,
    /// The team's average for it.
    pub average: u8,
    /// Its first recommendations, the most pressing first.
    pub actions: Vec<&'static Recommendation>,
}

impl TeamSummary {
    /// The weakest pillars with their first recommendations (see the module's rules).
    pub fn focus(&self) -> Vec<TeamFocus> {
        let mut weak: Vec<(&'static Pillar, u8)> = self
            .pillars
            .iter()
            .filter_map(|spread| Some((spread.pillar, spread.average?)))
            .filter(|(_, average)| *average < STRONG_PILLAR)
            .collect();
        // Stable: ties keep the content's order.
        weak.sort_by_key(|(_, average)| *average);
        weak.into_iter()
            .take(FOCUS_PILLARS)
            .map(|(pillar, average)| TeamFocus { pillar, average, actions: self.first_actions(pillar) })
            .collect()
    }

    fn first_actions(&self, pillar: &Pillar) -> Vec<&'static Recommendation> {
        let mut actions: Vec<&'static Recommendation> = recommendations_for(pillar).collect();
        // Above any agreement (0–100): recommendations without a statement the team answered go last.
        let worst = |recommendation: &Recommendation| {
            recommendation
                .statement_ids
                .iter()
                .filter_map(|id| self.statement(id))
                .map(|spread| u16::from(spread.mean_agreement()))
                .min()
                .unwrap_or(101)
        };
        actions.sort_by_key(|recommendation| (worst(recommendation), recommendation.priority));
        actions.truncate(FOCUS_ACTIONS);
        actions
    }
}

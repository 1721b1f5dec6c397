//! Reading a result: strongest and weakest pillars, and how a retake compares with the result before
//! it.

use super::score::{AssessmentResult, PillarResult, PillarScore};
use crate::content::assessment::Pillar;

impl AssessmentResult {
    /// The scored pillars from weakest to strongest; ties keep the content's order.
    pub fn ranked(&self) -> Vec<&PillarResult> {
        let mut scored: Vec<&PillarResult> =
            self.pillars.iter().filter(|p| p.score.value().is_some()).collect();
        scored.sort_by_key(|result| result.score.value());
        scored
    }

    /// The pillar with the highest score (the first in content order on a tie).
    pub fn strongest(&self) -> Option<&PillarResult> {
        let ranked = self.ranked();
        let best = ranked.last()?.score;
        ranked.into_iter().find(|result| result.score == best)
    }

    /// The pillar with the lowest score (the first in content order on a tie).
    pub fn weakest(&self) -> Option<&PillarResult> {
        self.ranked().into_iter().next()
    }
}

/// How one pillar moved between two results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PillarChange {
    pub pillar: &'static Pillar,
    pub before: PillarScore,
    pub after: PillarScore,
    /// After minus before, in points; `None` when either side has no score.
    pub delta: Option<i16>,
}

/// How a result moved since an earlier one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultChange {
    /// One per pillar, in the content's order.
    pub pillars: Vec<PillarChange>,
    /// Change in the overall score; `None` when either side has none.
    pub overall: Option<i16>,
}

/// The change per pillar and overall from `before` to `after`.
pub fn change(before: &AssessmentResult, after: &AssessmentResult) -> ResultChange {
    let pillars = after
        .pillars
        .iter()
        .map(|now| {
            let then = before
                .pillar(now.pillar.id)
                .map(|result| result.score)
                .unwrap_or(PillarScore::TooFewAnswers { scored: 0 });
            PillarChange {
                pillar: now.pillar,
                before: then,
                after: now.score,
                delta: delta(then.value(), now.score.value()),
            }
        })
        .collect();
    ResultChange { pillars, overall: delta(before.overall, after.overall) }
}

fn delta(before: Option<u8>, after: Option<u8>) -> Option<i16> {
    Some(i16::from(after?) - i16::from(before?))
}

#[cfg(test)]
mod tests;

//! The stage rule: from pillar scores to a reading of the culture as a whole, claiming only what was
//! measured.
//!
//! 1. **Measured pillars.** A pillar with a score (enough answers on the scale) is measured; the rest
//!    are not. With fewer measured pillars than [`min_scored_pillars`], no stage is read.
//! 2. **One complete set of scores.** The stage of seven scores is the highest stage whose threshold
//!    their mean reaches and whose floor every pillar reaches, the floor being the threshold of the
//!    stage before it: a culture is only as strong as its weakest part.
//! 3. **Two bounds.** Unmeasured pillars are set once at the bottom of the scale (0) and once at the
//!    top (100). Both give a stage: the lowest and the highest the culture could be at.
//! 4. **The claim.** Equal bounds: that stage. One stage apart: "at least" the lower. Further apart:
//!    not determined. Since an unmeasured pillar at 0 holds the lower bound below the top stage, the
//!    top stage needs every pillar measured, and "Don't know" can never read higher than answering at
//!    the unhealthy end.

use super::mean::rounded_mean;
use crate::content::assessment::{stage_for_score, Pillar, Stage, PILLARS, STAGES};

/// The overall score needs scores in more than half the pillars.
pub fn min_scored_pillars() -> usize {
    PILLARS.len() / 2 + 1
}

/// Within this many points of a threshold, the reading says it is near the line. Two answer sets
/// from the same culture differ in overall score by about 3 points half the time and by 8 or more
/// one time in ten (the simulation in [`super::stability`]); 5 sits between.
pub const NEAR_CUT_POINT: u8 = 5;

/// Where one complete set of pillar scores stands, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StagePlacement {
    /// The stage.
    pub stage: &'static Stage,
    /// The stage the mean reaches on its own.
    pub by_overall: &'static Stage,
    /// The weakest pillar, when it held the stage below `by_overall`.
    pub held_back_by: Option<&'static Pillar>,
    /// The mean the stage was read from: the overall score when every pillar is measured.
    pub mean: u8,
}

/// Why no stage is claimed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Undetermined {
    /// Fewer pillars were measured than a stage needs.
    TooFewMeasured { measured: usize, needed: usize },
    /// The unmeasured pillars could put the culture anywhere between these two stages.
    Between { lowest: &'static Stage, highest: &'static Stage },
}

/// What the answers claim about the culture as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StageReading {
    /// Every pillar was measured, or the unmeasured ones could not change the stage.
    Placed(StagePlacement),
    /// Unmeasured pillars could lift the stage by one: the reading claims the lower.
    AtLeast { placement: StagePlacement, could_be: &'static Stage },
    /// Too little was measured, or the unmeasured pillars could move the stage by two or more.
    NotDetermined(Undetermined),
}

impl StageReading {
    /// Reads the stage from each pillar's score, `None` for a pillar that was not measured.
    pub fn of(scores: &[(&'static Pillar, Option<u8>)]) -> StageReading {
        let measured = scores.iter().filter(|(_, score)| score.is_some()).count();
        let needed = min_scored_pillars();
        if measured < needed {
            return StageReading::NotDetermined(Undetermined::TooFewMeasured { measured, needed });
        }
        let lowest = place(scores, 0);
        let highest = place(scores, 100);
        match highest.stage.index() - lowest.stage.index().min(highest.stage.index()) {
            0 => StageReading::Placed(lowest),
            1 => StageReading::AtLeast { could_be: highest.stage, placement: lowest },
            _ => StageReading::NotDetermined(Undetermined::Between {
                lowest: lowest.stage,
                highest: highest.stage,
            }),
        }
    }

    /// The placement claimed, if any ("at least" included).
    pub fn placement(&self) -> Option<&StagePlacement> {
        match self {
            StageReading::Placed(placement) | StageReading::AtLeast { placement, .. } => Some(placement),
            StageReading::NotDetermined(_) => None,
        }
    }

    /// The stage claimed, if any: for "at least", the lower one.
    pub fn stage(&self) -> Option<&'static Stage> {
        self.placement().map(|placement| placement.stage)
    }

    /// The reading as a heading: "Becoming product-led", "At least Mixed or undecided", "Stage not
    /// determined".
    pub fn label(&self) -> String {
        match self {
            StageReading::Placed(placement) => placement.stage.name.to_owned(),
            StageReading::AtLeast { placement, .. } => format!("At least {}", placement.stage.name),
            StageReading::NotDetermined(_) => "Stage not determined".to_owned(),
        }
    }
}

/// The stage of the scores with every unmeasured pillar at `unmeasured`.
fn place(scores: &[(&'static Pillar, Option<u8>)], unmeasured: u8) -> StagePlacement {
    let filled: Vec<(&'static Pillar, u8)> =
        scores.iter().map(|&(pillar, score)| (pillar, score.unwrap_or(unmeasured))).collect();
    let mean = rounded_mean(filled.iter().map(|&(_, score)| score)).unwrap_or(0);
    let by_overall = stage_for_score(mean);
    let weakest = filled.iter().min_by_key(|&&(pillar, score)| (score, pillar.index()));
    let ceiling = weakest.map(|&(pillar, score)| {
        let own = stage_for_score(score);
        (pillar, own.next().unwrap_or(own))
    });
    match ceiling {
        Some((pillar, ceiling)) if ceiling.index() < by_overall.index() => {
            StagePlacement { stage: ceiling, by_overall, held_back_by: Some(pillar), mean }
        }
        _ => StagePlacement { stage: by_overall, by_overall, held_back_by: None, mean },
    }
}

/// The score every pillar needs before `stage` can be reached: the threshold of the stage before it.
pub fn pillar_floor(stage: &Stage) -> u8 {
    stage.index().checked_sub(1).and_then(|before| STAGES.get(before)).map_or(0, |before| before.from_score)
}

#[cfg(test)]
mod tests;

//! The stage reading in plain words: what the pillars that could not be measured do to it, where it
//! sits near a threshold, so a reader knows how far to trust it, and the obstacles the answers point
//! to, which are named beside the stage rather than as stages.

use super::score::{agreement, AssessmentResult};
use super::stage_rule::{pillar_floor, StageReading, Undetermined, NEAR_CUT_POINT};
use crate::content::assessment::{statement, Obstacle, Stage, Statement, OBSTACLES, STAGES};
use crate::text::{and_list, points};

/// An obstacle the answers point to, with the statements that show it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NamedObstacle {
    pub obstacle: &'static Obstacle,
    /// Its statements answered on the side that says it is there, in the content's order.
    pub shown_by: Vec<&'static Statement>,
}

/// An obstacle is named on at least this many answers that say it is there.
pub const MIN_OBSTACLE_ANSWERS: usize = 2;

impl AssessmentResult {
    /// The obstacles the answers point to: at least [`MIN_OBSTACLE_ANSWERS`] of an obstacle's
    /// statements answered "Agree" or "Strongly agree", and more of them agreed with than disagreed
    /// with ("Neither" counts for neither side).
    pub fn obstacles(&self) -> Vec<NamedObstacle> {
        OBSTACLES
            .iter()
            .filter_map(|obstacle| {
                let answered: Vec<(&'static Statement, u8)> = obstacle
                    .statement_ids
                    .iter()
                    .filter_map(|id| {
                        let statement = statement(id)?;
                        Some((statement, agreement(statement, self.answers.get(id)?)?))
                    })
                    .collect();
                // Agreement is turned around for obstacles: 25 or less is agreeing that it is there.
                let shown_by: Vec<&'static Statement> = answered
                    .iter()
                    .filter(|(_, level)| *level <= 25)
                    .map(|(statement, _)| *statement)
                    .collect();
                let denied = answered.iter().filter(|(_, level)| *level >= 75).count();
                (shown_by.len() >= MIN_OBSTACLE_ANSWERS && shown_by.len() > denied)
                    .then_some(NamedObstacle { obstacle, shown_by })
            })
            .collect()
    }

    /// What the unmeasured pillars do to the stage; `None` when every pillar was measured.
    pub fn unmeasured_note(&self) -> Option<String> {
        let unmeasured = self.unmeasured();
        if unmeasured.is_empty() {
            return None;
        }
        let names: Vec<&str> = unmeasured.iter().map(|pillar| pillar.name).collect();
        let names = and_list(&names);
        let (it, was) = if unmeasured.len() == 1 { ("it", "was") } else { ("they", "were") };
        Some(match &self.reading {
            StageReading::Placed(placement) => format!(
                "{names} {was} not measured (too few answers on the scale). Counted at the bottom of the \
                 scale or at the top, the stage is \"{}\" either way, so it stands.",
                placement.stage.name
            ),
            StageReading::AtLeast { placement, could_be } => format!(
                "{names} {was} not measured (too few answers on the scale). Counted at the bottom of the \
                 scale, the stage is \"{}\"; measured high, it could be \"{}\". So the reading claims only \
                 what was measured: at least \"{}\".",
                placement.stage.name, could_be.name, placement.stage.name
            ),
            StageReading::NotDetermined(Undetermined::Between { lowest, highest }) => format!(
                "{names} {was} not measured (too few answers on the scale). Depending on how {it} would \
                 score, the stage could be anything from \"{}\" to \"{}\", so no stage is claimed. Finding \
                 out would settle it.",
                lowest.name, highest.name
            ),
            StageReading::NotDetermined(Undetermined::TooFewMeasured { measured, needed }) => format!(
                "Only {measured} of {} pillars had enough answers on the scale, and a stage needs at least \
                 {needed}. Not measured: {names}.",
                self.pillars.len()
            ),
        })
    }

    /// Where the stage sits within [`NEAR_CUT_POINT`] points of a threshold, one plain sentence each;
    /// read only when every pillar was measured (otherwise the unmeasured pillars say more).
    pub fn near_cut_points(&self) -> Vec<String> {
        let (StageReading::Placed(placement), true) = (&self.reading, self.unmeasured().is_empty()) else {
            return Vec::new();
        };
        let stage = placement.stage;
        let mean = placement.mean;
        let mut notes = Vec::new();
        if let Some(next) = stage.next().filter(|next| mean < next.from_score) {
            let short = next.from_score - mean;
            if short <= NEAR_CUT_POINT {
                notes.push(format!(
                    "The overall score, {mean}, is {} short of {}, where \"{}\" starts: a few answers given \
                     differently could reach it.",
                    points(short),
                    next.from_score,
                    next.name
                ));
            }
        }
        if let Some(before) = before(stage).filter(|_| placement.held_back_by.is_none()) {
            let above = mean - stage.from_score.min(mean);
            if above < NEAR_CUT_POINT {
                notes.push(format!(
                    "The overall score, {mean}, is {} {}, where \"{}\" starts: a few answers given \
                     differently could put it at \"{}\".",
                    above_words(above),
                    stage.from_score,
                    stage.name,
                    before.name
                ));
            }
        }
        let weakest = self.weakest().and_then(|weakest| Some((weakest.pillar, weakest.score.value()?)));
        if let (Some(before), Some((pillar, score))) = (before(stage), weakest) {
            let floor = pillar_floor(stage);
            let above = score - floor.min(score);
            if above < NEAR_CUT_POINT {
                notes.push(format!(
                    "{}, at {score}, is {} {}, the least every pillar needs for \"{}\": a few of its answers \
                     given differently could put the stage at \"{}\".",
                    pillar.name,
                    above_words(above),
                    floor,
                    stage.name,
                    before.name
                ));
            }
        }
        if let (Some(pillar), Some(next), Some((_, score))) = (placement.held_back_by, stage.next(), weakest)
        {
            let floor = pillar_floor(next);
            let short = floor.saturating_sub(score);
            if short <= NEAR_CUT_POINT {
                notes.push(format!(
                    "{}, at {score}, is {} short of {floor}, the least every pillar needs for \"{}\": a few of \
                     its answers given differently could lift the stage.",
                    pillar.name,
                    points(short),
                    next.name
                ));
            }
        }
        notes
    }
}

fn before(stage: &Stage) -> Option<&'static Stage> {
    stage.index().checked_sub(1).and_then(|index| STAGES.get(index))
}

/// "exactly at", "1 point above", "3 points above".
fn above_words(above: u8) -> String {
    match above {
        0 => "exactly at".to_owned(),
        count => format!("{} above", points(count)),
    }
}

#[cfg(test)]
mod tests;

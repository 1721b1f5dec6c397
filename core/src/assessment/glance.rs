//! A result at a glance: the stage on a ladder of every stage, how far the next one is, and which
//! pillar is weakest, claiming no more than the stage rule measured.
//!
//! The ladder gives each stage an equal rung, since stages are steps rather than lengths; a score's
//! place inside its rung follows the rung's share of the score scale.

use std::fmt::Write as _;

use super::score::AssessmentResult;
use super::stage_rule::{StageReading, Undetermined};
use super::Standing;
use crate::content::assessment::{Pillar, Stage, STAGES};
use crate::text::{and_list, capitalise_first, plural, points};

/// How a rung of the ladder relates to the reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RungMark {
    /// The stage claimed.
    Here,
    /// A stage the unmeasured pillars could put the culture at.
    Possible,
    /// Neither.
    Elsewhere,
}

/// One stage on the ladder, lowest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rung {
    pub stage: &'static Stage,
    pub mark: RungMark,
}

impl Rung {
    /// The mark in words, for the list beside the drawing.
    pub fn mark_text(&self) -> Option<&'static str> {
        match self.mark {
            RungMark::Here => Some("Here"),
            RungMark::Possible => Some("Possibly here"),
            RungMark::Elsewhere => None,
        }
    }
}

/// Where the result sits on the drawn ladder, in hundredths of its width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LadderMarker {
    /// One overall score on the stage it reached.
    At(u8),
    /// The rungs the reading could be on, from the left edge of one to the right edge of another.
    Span { from: u8, to: u8 },
}

/// A pillar the strip points out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PillarMark {
    Weakest,
}

impl PillarMark {
    /// The mark as a shape and a word, so colour is never the only sign.
    pub fn text(self) -> &'static str {
        match self {
            PillarMark::Weakest => "▼ Weakest",
        }
    }
}

impl AssessmentResult {
    /// Every stage, lowest first, each marked as the reading claims it.
    pub fn ladder(&self) -> Vec<Rung> {
        let (here, possible) = match &self.reading {
            StageReading::Placed(placement) => (Some(placement.stage.index()), None),
            StageReading::AtLeast { placement, could_be } => {
                (Some(placement.stage.index()), Some((could_be.index(), could_be.index())))
            }
            StageReading::NotDetermined(Undetermined::Between { lowest, highest }) => {
                (None, Some((lowest.index(), highest.index())))
            }
            StageReading::NotDetermined(Undetermined::TooFewMeasured { .. }) => (None, None),
        };
        STAGES
            .iter()
            .map(|stage| {
                let index = stage.index();
                let mark = if here == Some(index) {
                    RungMark::Here
                } else if possible.is_some_and(|(low, high)| (low..=high).contains(&index)) {
                    RungMark::Possible
                } else {
                    RungMark::Elsewhere
                };
                Rung { stage, mark }
            })
            .collect()
    }

    /// Where to draw the result on the ladder: the overall score when a stage is placed, the
    /// possible rungs when the reading is a range, nothing when too little was measured.
    pub fn ladder_marker(&self) -> Option<LadderMarker> {
        let rungs = self.ladder();
        let width = |index: usize| (index * 100 / rungs.len().max(1)) as u8;
        if let StageReading::Placed(placement) = &self.reading {
            let stage = placement.stage;
            let score = self.overall.unwrap_or(placement.mean).max(stage.from_score);
            let until = stage.next().map_or(101, |next| u16::from(next.from_score));
            let within =
                u16::from(score - stage.from_score) * 100 / (until - u16::from(stage.from_score)).max(1);
            let left = u16::from(width(stage.index()));
            let rung = u16::from(width(1));
            return Some(LadderMarker::At((left + within * rung / 100).min(100) as u8));
        }
        let marked: Vec<usize> = rungs
            .iter()
            .enumerate()
            .filter(|(_, rung)| rung.mark != RungMark::Elsewhere)
            .map(|(index, _)| index)
            .collect();
        let (first, last) = (marked.first()?, marked.last()?);
        Some(LadderMarker::Span { from: width(*first), to: width(last + 1) })
    }

    /// How far the next stage is, in one sentence that claims only what was measured.
    pub fn distance_to_next(&self) -> String {
        match &self.reading {
            StageReading::Placed(placement) => match placement.stage.next() {
                None => "The top stage: what is left is keeping it.".to_owned(),
                Some(next) => match self.next_stage() {
                    Some(way) => {
                        let mut parts = Vec::new();
                        if let Some(gap) = way.overall {
                            parts.push(format!("{} overall", points(gap.points())));
                        }
                        let shown: Vec<String> = way
                            .pillars
                            .iter()
                            .take(2)
                            .map(|gap| format!("{} on {}", points(gap.gap.points()), gap.pillar.name))
                            .collect();
                        parts.extend(shown);
                        let others = way.pillars.len().saturating_sub(2);
                        if others > 0 {
                            parts.push(format!("{others} more {}", plural(others, "pillar", "pillars")));
                        }
                        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
                        format!("{} to “{}”.", capitalise_first(&and_list(&parts)), next.name)
                    }
                    // Placed with a pillar unmeasured: that pillar could not lift the stage.
                    None => format!(
                        "“{}” starts at {} overall; measure {} first.",
                        next.name,
                        next.from_score,
                        unmeasured_names(self)
                    ),
                },
            },
            StageReading::AtLeast { placement, could_be } => format!(
                "At least “{}”: once measured, {} could put it at “{}”.",
                placement.stage.name,
                unmeasured_names(self),
                could_be.name
            ),
            StageReading::NotDetermined(Undetermined::Between { lowest, highest }) => format!(
                "Anywhere from “{}” to “{}”: {} could not be measured.",
                lowest.name,
                highest.name,
                unmeasured_names(self)
            ),
            StageReading::NotDetermined(Undetermined::TooFewMeasured { measured, needed }) => format!(
                "Not on the ladder: {measured} {} measured, and a stage needs {needed}.",
                plural(*measured, "pillar was", "pillars were")
            ),
        }
    }

    /// For each pillar in the content's order, whether the strip points it out: the weakest, every
    /// tied one included; none when the scores cannot be compared or are level.
    pub fn pillar_marks(&self) -> Vec<Option<PillarMark>> {
        let weakest: Vec<&'static Pillar> = match self.standing() {
            Standing::Spread { weakest, .. } => weakest.pillars,
            Standing::Level(_) | Standing::TooFewScored { .. } => Vec::new(),
        };
        self.pillars
            .iter()
            .map(|result| weakest.iter().any(|one| one.id == result.pillar.id).then_some(PillarMark::Weakest))
            .collect()
    }
}

/// The ladder drawn as SVG markup for a `viewBox="0 0 100 20"`: one equal rung per stage, darker
/// the higher it is, and the marker. Hidden from assistive technology: the list beside it says the
/// same in words.
pub fn ladder_svg(rungs: &[Rung], marker: Option<LadderMarker>) -> String {
    let mut svg = String::new();
    let count = rungs.len().max(1);
    for (index, rung) in rungs.iter().enumerate() {
        let x = index * 100 / count;
        let width = 100 / count;
        let opacity = 0.15 + 0.2 * index as f32;
        let class = if rung.mark == RungMark::Elsewhere {
            "ladder__rung"
        } else {
            "ladder__rung ladder__rung--marked"
        };
        let _ = write!(
            svg,
            "<rect class=\"{class}\" x=\"{x}.5\" y=\"6\" width=\"{}\" height=\"10\" fill=\"currentColor\" \
             fill-opacity=\"{opacity:.2}\"/>",
            width.saturating_sub(1)
        );
    }
    match marker {
        Some(LadderMarker::At(at)) => {
            let _ = write!(
                svg,
                "<rect class=\"ladder__marker\" x=\"{}\" y=\"1\" width=\"2\" height=\"19\" fill=\"currentColor\"/>",
                at.min(98)
            );
        }
        Some(LadderMarker::Span { from, to }) => {
            let _ = write!(
                svg,
                "<rect class=\"ladder__marker\" x=\"{from}\" y=\"1\" width=\"{}\" height=\"3\" fill=\"currentColor\"/>",
                to.saturating_sub(from)
            );
        }
        None => {}
    }
    svg
}

fn unmeasured_names(result: &AssessmentResult) -> String {
    let names: Vec<&str> = result.unmeasured().iter().map(|pillar| pillar.name).collect();
    match names.len() {
        0 => "the pillars left unmeasured".to_owned(),
        _ => and_list(&names),
    }
}

#[cfg(test)]
mod tests;

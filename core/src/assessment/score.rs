//! Scoring: from answers to pillar scores, an overall score and a maturity stage.
//!
//! The rules, in the order they apply:
//!
//! 1. **Agreement.** Each scored answer becomes an agreement of 0, 25, 50, 75 or 100 (strongly
//!    disagree to strongly agree). A reverse statement describes an obstacle, so its agreement is
//!    turned around (100 minus it). "Don't know" is not scored.
//! 2. **Pillar score.** The mean agreement of the pillar's scored answers, rounded, 0–100. A pillar
//!    with fewer than [`MIN_SCORED_ANSWERS`] scored answers has no score
//!    ([`PillarScore::TooFewAnswers`]) rather than a number built on one opinion.
//! 3. **Overall score.** The mean of the pillar scores, each pillar weighing the same, rounded. It
//!    needs scores in more than half the pillars ([`min_scored_pillars`]); below that there is no
//!    overall score and no stage, since a minority of the culture would paint a misleading picture.
//!    Pillars without a score are left out of the mean.
//! 4. **Stage.** Read from the pillar scores by the stage rule ([`super::stage_rule`]), which
//!    claims only what was measured: an unmeasured pillar never lifts the stage.

use super::mean::rounded_mean;
use super::stage_rule::{min_scored_pillars, StagePlacement, StageReading};
use super::{Answer, Answers};
use crate::content::assessment::{statements_of, Pillar, Stage, Statement, CONTENT_VERSION, PILLARS};

/// A pillar needs at least this many scored answers to get a score.
pub const MIN_SCORED_ANSWERS: usize = 2;

/// How far an answer agrees with what a product-led culture looks like, 0–100, with reverse
/// statements turned around; `None` for "Don't know". This common scale is what pillar scores
/// average, and what a team view compares between people.
pub fn agreement(statement: &Statement, answer: Answer) -> Option<u8> {
    let points = answer.points()?;
    let agreement = (points - 1) * 25;
    Some(if statement.reverse { 100 - agreement } else { agreement })
}

/// A pillar's score, or why it has none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PillarScore {
    /// 0–100.
    Scored(u8),
    /// Fewer than [`MIN_SCORED_ANSWERS`] answers were on the scale ("Don't know" or unanswered).
    TooFewAnswers { scored: usize },
}

impl PillarScore {
    /// The number, if there is one.
    pub fn value(self) -> Option<u8> {
        match self {
            PillarScore::Scored(score) => Some(score),
            PillarScore::TooFewAnswers { .. } => None,
        }
    }
}

/// A pillar's score from a set of answers (statements of other pillars are ignored).
pub fn pillar_score(pillar: &Pillar, answers: &Answers) -> PillarScore {
    let agreements: Vec<u8> = statements_of(pillar)
        .filter_map(|statement| agreement(statement, answers.get(statement.id)?))
        .collect();
    mean(&agreements, MIN_SCORED_ANSWERS)
        .map(PillarScore::Scored)
        .unwrap_or(PillarScore::TooFewAnswers { scored: agreements.len() })
}

/// The rounded mean of values in 0–100, when there are at least `needed` of them.
fn mean(values: &[u8], needed: usize) -> Option<u8> {
    (values.len() >= needed).then(|| rounded_mean(values.iter().copied())).flatten()
}

/// One pillar of a result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PillarResult {
    pub pillar: &'static Pillar,
    pub score: PillarScore,
    /// Statements of this pillar answered "Don't know".
    pub dont_know: usize,
    /// Answers on the scale: what the score rests on.
    pub scored: usize,
    /// Statements of this pillar put to the respondent: every one of the result's edition, and any
    /// other one that was answered.
    pub asked: usize,
}

impl PillarResult {
    /// Whether the pillar has a score.
    pub fn is_measured(&self) -> bool {
        self.score.value().is_some()
    }

    /// What the score rests on, to follow it in a line: "rests on 5 of 6 answers", or "not measured:
    /// 1 of 6 answers on the scale".
    pub fn rests_on(&self) -> String {
        match self.score {
            PillarScore::Scored(_) => format!("rests on {} of {} answers", self.scored, self.asked),
            PillarScore::TooFewAnswers { .. } => {
                format!("not measured: {} of {} answers on the scale", self.scored, self.asked)
            }
        }
    }
}

/// Everything a set of answers says, recomputed whenever it is needed (history and links keep only
/// the answers).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssessmentResult {
    /// One per pillar, in the content's order.
    pub pillars: Vec<PillarResult>,
    /// 0–100, or `None` when too few pillars have a score.
    pub overall: Option<u8>,
    /// The stage the pillar scores claim, or why none is claimed.
    pub reading: StageReading,
    /// Statements answered "Don't know", in the content's order: what the respondent could not see.
    pub blind_spots: Vec<&'static Statement>,
    /// The answers it was computed from, which choose the advice ([`AssessmentResult::guidance`]).
    pub answers: Answers,
    /// The content version the answers were given under, which says what was asked.
    pub edition: u32,
}

impl AssessmentResult {
    /// Scores a set of answers given to today's statements.
    pub fn of(answers: &Answers) -> AssessmentResult {
        AssessmentResult::of_edition(answers, CONTENT_VERSION)
    }

    /// Scores a set of answers given under content version `edition` (a result from history or a
    /// link), so that what it rests on counts the statements that edition asked.
    pub fn of_edition(answers: &Answers, edition: u32) -> AssessmentResult {
        let pillars: Vec<PillarResult> = PILLARS
            .iter()
            .map(|pillar| {
                let answered = |statement: &&Statement| answers.get(statement.id);
                let count = |wanted: fn(Answer) -> bool| {
                    statements_of(pillar).filter(|s| answered(s).is_some_and(wanted)).count()
                };
                PillarResult {
                    pillar,
                    score: pillar_score(pillar, answers),
                    dont_know: count(|answer| answer == Answer::DontKnow),
                    scored: count(Answer::is_scored),
                    asked: statements_of(pillar)
                        .filter(|s| s.asked_in(edition) || answered(s).is_some())
                        .count(),
                }
            })
            .collect();
        let scores: Vec<u8> = pillars.iter().filter_map(|p| p.score.value()).collect();
        let overall = mean(&scores, min_scored_pillars());
        let reading = StageReading::of(
            &pillars.iter().map(|result| (result.pillar, result.score.value())).collect::<Vec<_>>(),
        );
        let blind_spots = answers
            .iter()
            .filter(|(_, answer)| *answer == Answer::DontKnow)
            .map(|(statement, _)| statement)
            .collect();
        AssessmentResult { pillars, overall, reading, blind_spots, answers: answers.clone(), edition }
    }

    /// The placement claimed ("at least" included), if any.
    pub fn placement(&self) -> Option<&StagePlacement> {
        self.reading.placement()
    }

    /// The stage claimed, if any: for "at least", the lower one.
    pub fn stage(&self) -> Option<&'static Stage> {
        self.reading.stage()
    }

    /// The pillars without a score, in the content's order.
    pub fn unmeasured(&self) -> Vec<&'static Pillar> {
        self.pillars.iter().filter(|result| !result.is_measured()).map(|result| result.pillar).collect()
    }

    /// The result for one pillar.
    pub fn pillar(&self, pillar_id: &str) -> Option<&PillarResult> {
        self.pillars.iter().find(|result| result.pillar.id == pillar_id)
    }

    /// Whether every pillar has a score.
    pub fn every_pillar_scored(&self) -> bool {
        self.pillars.iter().all(|result| result.score.value().is_some())
    }
}

#[cfg(test)]
mod tests;

//! The way to the next stage: what holds the result where it is, and what would have to become true
//! of the company to move it.
//!
//! Read only when every pillar was measured: with a pillar unmeasured, finding out about it comes
//! first, and no change of answers elsewhere could settle the stage.
//!
//! A stage needs two things (see [`super::stage_rule`]): an overall score at its
//! threshold, and no scored pillar more than one stage behind, so every pillar at least at the
//! threshold of the stage before it. [`NextStage`] says which of the two falls short and by how many
//! points, then finds a short list of answer changes that would be enough: it raises one answer at a
//! time, each time the one that lifts its pillar most (pillars below the floor first), first to the
//! product-led side of the statement ("Agree", or "Disagree" for an obstacle), then all the way, and
//! stops as soon as the result reaches the next stage.

use std::cmp::Reverse;

use super::score::{agreement, pillar_score, AssessmentResult};
use super::stage_rule::{pillar_floor, StageReading};
use super::{Answer, Answers};
use crate::content::assessment::{Pillar, Stage, Statement};

/// A score that falls short of what is needed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Gap {
    pub now: u8,
    pub needed: u8,
}

impl Gap {
    /// How many points are missing.
    pub fn points(self) -> u8 {
        self.needed.saturating_sub(self.now)
    }

    fn between(now: u8, needed: u8) -> Option<Gap> {
        (now < needed).then_some(Gap { now, needed })
    }
}

/// A pillar below the floor the next stage needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PillarGap {
    pub pillar: &'static Pillar,
    pub gap: Gap,
}

/// One answer that would have to change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AnswerMove {
    pub statement: &'static Statement,
    pub from: Answer,
    pub to: Answer,
}

impl AnswerMove {
    /// What would have to change in the company, to go before the statement: the answer is a means of
    /// telling, not the thing to change.
    pub fn what_would_change(&self) -> &'static str {
        let strongly = matches!(self.to, Answer::StronglyAgree | Answer::StronglyDisagree);
        match (self.statement.reverse, strongly) {
            (false, false) => "Would have to become true",
            (false, true) => "Would have to hold clearly and widely",
            (true, false) => "Would have to stop being true",
            (true, true) => "Would have to stop altogether",
        }
    }
}

/// What reaching the next stage would take.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextStage {
    pub stage: &'static Stage,
    /// The overall score, when it is below the next stage's threshold.
    pub overall: Option<Gap>,
    /// The lowest score every pillar needs for the next stage.
    pub pillar_floor: u8,
    /// Scored pillars below that floor, weakest first.
    pub pillars: Vec<PillarGap>,
    /// Answer changes that together would reach the next stage, the most effective first.
    pub moves: Vec<AnswerMove>,
}

impl AssessmentResult {
    /// What it would take to reach the next stage; `None` at the top stage, and without a stage that
    /// every pillar was measured for.
    pub fn next_stage(&self) -> Option<NextStage> {
        let StageReading::Placed(placement) = &self.reading else {
            return None;
        };
        if !self.unmeasured().is_empty() {
            return None;
        }
        let stage = placement.stage.next()?;
        let overall = Gap::between(self.overall?, stage.from_score);
        let pillar_floor = pillar_floor(stage);
        let mut pillars: Vec<PillarGap> = self
            .pillars
            .iter()
            .filter_map(|result| {
                Some(PillarGap {
                    pillar: result.pillar,
                    gap: Gap::between(result.score.value()?, pillar_floor)?,
                })
            })
            .collect();
        pillars.sort_by_key(|gap| (gap.gap.now, gap.pillar.index()));
        let moves = moves_to(stage, &self.answers);
        Some(NextStage { stage, overall, pillar_floor, pillars, moves })
    }
}

/// Raises one answer at a time until the result reaches `stage`.
fn moves_to(stage: &Stage, answers: &Answers) -> Vec<AnswerMove> {
    let mut answers = answers.clone();
    let mut moves: Vec<AnswerMove> = Vec::new();
    // Each step raises one answer by at least one point on a five-point scale.
    for _ in 0..answers.len() * 4 {
        let result = AssessmentResult::of(&answers);
        if result.stage().is_some_and(|now| now.index() >= stage.index()) {
            break;
        }
        let Some((statement, to)) = best_raise(&result, &answers, pillar_floor(stage)) else {
            break;
        };
        let from = answers.get(statement.id).unwrap_or(to);
        answers.insert(statement.id, to);
        match moves.iter_mut().find(|earlier| earlier.statement.id == statement.id) {
            Some(earlier) => earlier.to = to,
            None => moves.push(AnswerMove { statement, from, to }),
        }
    }
    moves
}

/// The answer change that lifts its pillar most, preferring pillars below `floor`, then the weaker
/// pillar, then the content's order.
fn best_raise(
    result: &AssessmentResult,
    answers: &Answers,
    floor: u8,
) -> Option<(&'static Statement, Answer)> {
    answers
        .iter()
        .filter_map(|(statement, answer)| {
            let to = raised(statement, agreement(statement, answer)?)?;
            let pillar = statement.pillar();
            // A pillar without a score does not count towards the stage, so raising it cannot help.
            let before = result.pillar(pillar.id)?.score.value()?;
            let after = pillar_score(pillar, &answers.clone().with(statement.id, to)).value()?;
            let gain = after.saturating_sub(before);
            let key = (Reverse(before < floor), Reverse(gain), before, statement.slot);
            Some((key, statement, to))
        })
        .min_by_key(|(key, _, _)| *key)
        .map(|(_, statement, to)| (statement, to))
}

/// The next answer up from `agreement`: to the product-led side first ("Agree", or "Disagree" for an
/// obstacle), then all the way; `None` when it is already all the way.
fn raised(statement: &Statement, agreement: u8) -> Option<Answer> {
    let target = if agreement < 75 { 75 } else { 100 };
    (agreement < 100).then(|| statement.answer_giving(target))
}

#[cfg(test)]
mod tests;

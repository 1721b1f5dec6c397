//! Reading a result: strongest and weakest pillars (ties and thin results told as they are), the
//! answers given pillar by pillar, and how a retake compares with the result before it.

use super::score::{AssessmentResult, PillarResult, PillarScore};
use super::stage_rule::min_scored_pillars;
use super::stage_rule::StageReading;
use super::Answer;
use crate::content::assessment::{statements_of, Pillar, Statement, PILLARS};
use crate::text::{and_list, describe_delta};

/// Every pillar that shares one score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoreGroup {
    /// In the content's order; more than one on a tie.
    pub pillars: Vec<&'static Pillar>,
    pub score: u8,
}

impl ScoreGroup {
    /// "Customer focus (75)", or "Customer focus and Experimentation, tied at 75".
    pub fn describe(&self) -> String {
        let names: Vec<&str> = self.pillars.iter().map(|pillar| pillar.name).collect();
        match names.len() {
            1 => format!("{} ({})", names[0], self.score),
            _ => format!("{}, tied at {}", and_list(&names), self.score),
        }
    }
}

/// How the pillar scores stand against each other, without claims the scores cannot carry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Standing {
    /// Too few pillars have a score for any to be called strongest or weakest.
    TooFewScored { scored: usize, needed: usize },
    /// Every scored pillar has the same score: none is stronger than another.
    Level(ScoreGroup),
    /// The highest and the lowest scores, each with every pillar at it.
    Spread { strongest: ScoreGroup, weakest: ScoreGroup },
}

impl Standing {
    /// The standing as lines of a list: a bold label, then the rest of the line.
    pub fn lines(&self) -> Vec<(&'static str, String)> {
        match self {
            Standing::TooFewScored { scored, needed } => vec![(
                "Not compared: ",
                format!(
                    "{scored} of {} pillars could be scored, and naming a strongest or weakest takes at least \
                     {needed}.",
                    PILLARS.len()
                ),
            )],
            Standing::Level(group) => vec![(
                "All level: ",
                format!(
                    "the {} scored pillars all stand at {}, so none is stronger or weaker than another.",
                    group.pillars.len(),
                    group.score
                ),
            )],
            Standing::Spread { strongest, weakest } => {
                vec![("Strongest: ", strongest.describe()), ("Weakest: ", weakest.describe())]
            }
        }
    }
}

/// One statement and what was answered to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GivenAnswer {
    pub statement: &'static Statement,
    /// `None` when it was left unanswered.
    pub answer: Option<Answer>,
}

impl GivenAnswer {
    /// The answer as the respondent chose it.
    pub fn label(&self) -> &'static str {
        self.answer.map_or("Not answered", Answer::label)
    }

    /// What a reader needs to take the answer at its word: how it counted, where that is not plain.
    pub fn note(&self) -> Option<&'static str> {
        match self.answer {
            None => Some("Not scored."),
            Some(Answer::DontKnow) => Some("Not scored; listed with the blind spots."),
            Some(_) if self.statement.reverse => {
                Some("This statement names an obstacle, so agreeing with it lowers the score.")
            }
            Some(_) => None,
        }
    }
}

impl AssessmentResult {
    /// The scored pillars from weakest to strongest; ties keep the content's order.
    pub fn ranked(&self) -> Vec<&PillarResult> {
        let mut scored: Vec<&PillarResult> =
            self.pillars.iter().filter(|p| p.score.value().is_some()).collect();
        scored.sort_by_key(|result| result.score.value());
        scored
    }

    /// How the scored pillars stand: the strongest and weakest with every pillar tied with them, all
    /// level, or too few scored (fewer than the overall score needs) to compare at all.
    pub fn standing(&self) -> Standing {
        let ranked = self.ranked();
        let needed = min_scored_pillars();
        let (Some(lowest), Some(highest)) = (ranked.first(), ranked.last()) else {
            return Standing::TooFewScored { scored: 0, needed };
        };
        if ranked.len() < needed {
            return Standing::TooFewScored { scored: ranked.len(), needed };
        }
        let group = |score: PillarScore| ScoreGroup {
            pillars: self.pillars.iter().filter(|p| p.score == score).map(|p| p.pillar).collect(),
            score: score.value().unwrap_or(0),
        };
        if lowest.score == highest.score {
            Standing::Level(group(lowest.score))
        } else {
            Standing::Spread { strongest: group(highest.score), weakest: group(lowest.score) }
        }
    }

    /// The statements of a pillar with what was answered, in the content's order: every statement the
    /// result's edition asked, and any other one that was answered.
    pub fn answers_to(&self, pillar: &Pillar) -> Vec<GivenAnswer> {
        statements_of(pillar)
            .map(|statement| GivenAnswer { statement, answer: self.answers.get(statement.id) })
            .filter(|given| given.statement.asked_in(self.edition) || given.answer.is_some())
            .collect()
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

/// How the stage reading moved between two results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StageMove {
    /// Both read alike: the same stage claimed the same way, or no stage either time.
    Unchanged,
    /// Another stage, or the same one claimed more or less surely ("at least").
    Moved { from: StageReading, to: StageReading },
}

/// How a result moved since an earlier one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultChange {
    /// One per pillar, in the content's order.
    pub pillars: Vec<PillarChange>,
    /// Change in the overall score; `None` when either side has none.
    pub overall: Option<i16>,
    pub stage: StageMove,
}

impl ResultChange {
    /// The overall change, and the stage's where it moved: "Up 13", or "Up 13, from Mixed or
    /// undecided to Becoming product-led". Every place that words a retake says it this way.
    pub fn describe_overall(&self) -> String {
        let delta = describe_delta(self.overall);
        match &self.stage {
            StageMove::Unchanged => delta,
            StageMove::Moved { from, to } => {
                format!("{delta}, from {} to {}", from.in_sentence(), to.in_sentence())
            }
        }
    }
}

impl StageReading {
    /// The reading inside a sentence: "Becoming product-led", "at least Mixed or undecided", "an
    /// undetermined stage".
    pub fn in_sentence(&self) -> String {
        match self {
            StageReading::Placed(placement) => placement.stage.name.to_owned(),
            StageReading::AtLeast { placement, .. } => format!("at least {}", placement.stage.name),
            StageReading::NotDetermined(_) => "an undetermined stage".to_owned(),
        }
    }

    /// Whether two readings claim the same: the same stage the same way, or no stage both times.
    pub fn reads_like(&self, other: &StageReading) -> bool {
        self.label() == other.label()
    }
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
    let stage = if before.reading.reads_like(&after.reading) {
        StageMove::Unchanged
    } else {
        StageMove::Moved { from: before.reading.clone(), to: after.reading.clone() }
    };
    ResultChange { pillars, overall: delta(before.overall, after.overall), stage }
}

/// After minus before, when both are there.
pub(crate) fn delta(before: Option<u8>, after: Option<u8>) -> Option<i16> {
    Some(i16::from(after?) - i16::from(before?))
}

#[cfg(test)]
mod tests;

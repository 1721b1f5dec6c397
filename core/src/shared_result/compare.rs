//! Two assessments side by side: stage, overall score and pillar by pillar, and the statements where
//! the two people see their organisation most differently. The difference is the change from their
//! result to yours ([`change`]), so it is read the way a retake is.

use crate::assessment::{agreement, change, Answer, AssessmentResult, PillarChange, ResultChange};
use crate::content::assessment::{Statement, STATEMENTS};
use crate::text::{and_list, number_word, plural};

/// How many statements a comparison lists.
pub const MOST_DIFFERENT: usize = 5;

/// How many of the pillars furthest apart a comparison names.
const WIDEST_NAMED: usize = 3;

/// One statement both people answered on the scale, differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementGap {
    pub statement: &'static Statement,
    pub theirs: Answer,
    pub yours: Answer,
    /// How far apart the two answers are, 25 points per step on the scale (reverse statements
    /// included: it is the same distance either way).
    pub gap: u8,
}

/// How the two stage readings stand to each other.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StageRelation {
    /// Both claim the same: the same stage, each as surely.
    Same,
    /// Both claim a stage, yours this many stages above theirs (below when negative).
    Apart { steps: i8 },
    /// Both reach the same stage, but one only "at least": a pillar it could not measure could lift
    /// it by one.
    SameAsFarAsMeasured { yours_at_least: bool },
    /// One or both claim no stage, so there is nothing to set side by side.
    NotComparable { yours_claimed: bool, theirs_claimed: bool },
}

/// Two results compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub theirs: AssessmentResult,
    pub yours: AssessmentResult,
    /// From their result to yours: per pillar and overall, yours minus theirs, and the stages.
    pub difference: ResultChange,
    /// At most [`MOST_DIFFERENT`] statements, the widest gaps first (content order on a tie).
    pub statements: Vec<StatementGap>,
}

impl Comparison {
    /// Every pillar in both results, in the content's order: `before` is theirs, `after` yours.
    pub fn pillars(&self) -> &[PillarChange] {
        &self.difference.pillars
    }

    /// The pillars with a difference, the widest first (content order on a tie).
    pub fn most_different_pillars(&self) -> Vec<&PillarChange> {
        let mut differing: Vec<&PillarChange> =
            self.pillars().iter().filter(|gap| gap.delta.is_some_and(|d| d != 0)).collect();
        differing.sort_by_key(|gap| std::cmp::Reverse(gap.delta.map(i16::unsigned_abs)));
        differing
    }

    /// The pillars furthest apart (at most three), named in a sentence; `None` when none differs.
    /// Their figures stay in the table, so each is shown once.
    pub fn widest_sentence(&self) -> Option<String> {
        let names: Vec<&str> =
            self.most_different_pillars().into_iter().take(WIDEST_NAMED).map(|gap| gap.pillar.name).collect();
        (!names.is_empty()).then(|| format!("Furthest apart: {}.", and_list(&names)))
    }

    /// How the two stage readings stand to each other.
    pub fn stages(&self) -> StageRelation {
        let (yours, theirs) = (&self.yours.reading, &self.theirs.reading);
        match (yours.stage(), theirs.stage()) {
            _ if yours.reads_like(theirs) => StageRelation::Same,
            (Some(your_stage), Some(their_stage)) if your_stage.index() == their_stage.index() => {
                StageRelation::SameAsFarAsMeasured { yours_at_least: yours.label() != your_stage.name }
            }
            (Some(your_stage), Some(their_stage)) => {
                let steps = your_stage.index() as i64 - their_stage.index() as i64;
                StageRelation::Apart { steps: i8::try_from(steps).unwrap_or(0) }
            }
            (yours, theirs) => StageRelation::NotComparable {
                yours_claimed: yours.is_some(),
                theirs_claimed: theirs.is_some(),
            },
        }
    }

    /// The stages side by side in a sentence; `their` names their result ("“Ana”", "the shared
    /// result").
    pub fn stage_sentence(&self, their: &str) -> String {
        let (yours, theirs) = (self.yours.reading.in_sentence(), self.theirs.reading.in_sentence());
        match self.stages() {
            StageRelation::Same => format!("Stage: both read {yours}."),
            StageRelation::Apart { steps } => {
                let count = usize::from(steps.unsigned_abs());
                let direction = if steps > 0 { "higher" } else { "lower" };
                format!(
                    "Stage: yours reads {} {} {direction}, {yours} against {theirs} for {their}.",
                    number_word(count),
                    plural(count, "stage", "stages")
                )
            }
            StageRelation::SameAsFarAsMeasured { yours_at_least } => {
                let (surer, unsure) = if yours_at_least { (their, "yours") } else { ("yours", their) };
                format!(
                    "Stage: {unsure} reads {}, {surer} {}: the same stage as far as was measured, though a \
                     pillar not measured in {unsure} could lift it one stage.",
                    if yours_at_least { &yours } else { &theirs },
                    if yours_at_least { &theirs } else { &yours },
                )
            }
            StageRelation::NotComparable { yours_claimed, theirs_claimed } => {
                let who = match (yours_claimed, theirs_claimed) {
                    (false, false) => "neither result claims one".to_owned(),
                    (false, true) => "yours claims none".to_owned(),
                    _ => format!("{their} claims none"),
                };
                format!("Stage: not compared, since {who}: too little could be measured.")
            }
        }
    }

    /// The overall scores side by side in a sentence; `their` names their result.
    pub fn overall_sentence(&self, their: &str) -> String {
        match (self.yours.overall, self.theirs.overall, self.difference.overall) {
            (Some(yours), Some(_), Some(0)) => format!("Overall: both {yours}."),
            (Some(yours), Some(theirs), Some(difference)) => {
                let points = difference.unsigned_abs();
                let direction = if difference > 0 { "higher" } else { "lower" };
                format!(
                    "Overall: yours {yours}, {their} {theirs}, so yours is {points} {} {direction}.",
                    plural(usize::from(points), "point", "points")
                )
            }
            (None, None, _) => "Overall: not compared, since neither result has a score.".to_owned(),
            (None, _, _) => "Overall: not compared, since yours has no score.".to_owned(),
            _ => format!("Overall: not compared, since {their} has no score."),
        }
    }
}

/// Compares someone's result (`theirs`) with the visitor's own (`yours`).
pub fn compare(theirs: &AssessmentResult, yours: &AssessmentResult) -> Comparison {
    let difference = change(theirs, yours);
    let (their_answers, your_answers) = (&theirs.answers, &yours.answers);
    let mut statements: Vec<StatementGap> = STATEMENTS
        .iter()
        .filter_map(|statement| {
            let (their_answer, your_answer) =
                (their_answers.get(statement.id)?, your_answers.get(statement.id)?);
            let gap = agreement(statement, their_answer)?.abs_diff(agreement(statement, your_answer)?);
            (gap > 0).then_some(StatementGap { statement, theirs: their_answer, yours: your_answer, gap })
        })
        .collect();
    // A stable sort keeps the content's order among equal gaps.
    statements.sort_by_key(|gap| std::cmp::Reverse(gap.gap));
    statements.truncate(MOST_DIFFERENT);
    Comparison { theirs: theirs.clone(), yours: yours.clone(), difference, statements }
}

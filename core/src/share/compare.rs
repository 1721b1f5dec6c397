//! Two assessments side by side: pillar by pillar, and the statements where the two people see their
//! organisation most differently.

use crate::assessment::{agreement, Answer, Answers, AssessmentResult, PillarScore};
use crate::content::assessment::{Pillar, Statement, STATEMENTS};

/// How many statements a comparison lists.
pub const MOST_DIFFERENT: usize = 5;

/// One pillar in both results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PillarGap {
    pub pillar: &'static Pillar,
    pub theirs: PillarScore,
    pub yours: PillarScore,
    /// Yours minus theirs, in points; `None` when either has no score.
    pub difference: Option<i16>,
}

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

/// Two results compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    /// Every pillar, in the content's order.
    pub pillars: Vec<PillarGap>,
    /// At most [`MOST_DIFFERENT`] statements, the widest gaps first (content order on a tie).
    pub statements: Vec<StatementGap>,
}

impl Comparison {
    /// The pillars with a difference, the widest first (content order on a tie).
    pub fn most_different_pillars(&self) -> Vec<&PillarGap> {
        let mut differing: Vec<&PillarGap> =
            self.pillars.iter().filter(|gap| gap.difference.is_some_and(|d| d != 0)).collect();
        differing.sort_by_key(|gap| std::cmp::Reverse(gap.difference.map(i16::unsigned_abs)));
        differing
    }
}

/// Compares someone's answers (`theirs`) with the visitor's own (`yours`).
pub fn compare(theirs: &Answers, yours: &Answers) -> Comparison {
    let (their_result, your_result) = (AssessmentResult::of(theirs), AssessmentResult::of(yours));
    let pillars = their_result
        .pillars
        .iter()
        .zip(&your_result.pillars)
        .map(|(their_pillar, your_pillar)| PillarGap {
            pillar: their_pillar.pillar,
            theirs: their_pillar.score,
            yours: your_pillar.score,
            difference: your_pillar
                .score
                .value()
                .zip(their_pillar.score.value())
                .map(|(yours, theirs)| i16::from(yours) - i16::from(theirs)),
        })
        .collect();
    let mut statements: Vec<StatementGap> = STATEMENTS
        .iter()
        .filter_map(|statement| {
            let (their_answer, your_answer) = (theirs.get(statement.id)?, yours.get(statement.id)?);
            let gap = agreement(statement, their_answer)?.abs_diff(agreement(statement, your_answer)?);
            (gap > 0).then_some(StatementGap { statement, theirs: their_answer, yours: your_answer, gap })
        })
        .collect();
    // A stable sort keeps the content's order among equal gaps.
    statements.sort_by_key(|gap| std::cmp::Reverse(gap.gap));
    statements.truncate(MOST_DIFFERENT);
    Comparison { pillars, statements }
}

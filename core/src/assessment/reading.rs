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
mod tests {
    use super::*;
    use crate::assessment::{Answer, Answers};
    use crate::content::assessment::{active_statements, PILLARS};

    /// Answers every asked statement of each pillar so that the pillar scores `agreements[i]`-ish:
    /// the same agreement on every statement, reverse ones answered the other way.
    fn answers_scoring(agreements: [u8; 7]) -> Answers {
        let mut answers = Answers::new();
        for statement in active_statements() {
            let target = agreements[statement.pillar().index()];
            let points = target / 25 + 1;
            let points = if statement.reverse { 6 - points } else { points };
            answers.insert(statement.id, Answer::from_points(points).unwrap_or(Answer::Neutral));
        }
        answers
    }

    #[test]
    fn the_strongest_and_weakest_pillars_are_found() {
        let result = AssessmentResult::of(&answers_scoring([50, 75, 25, 50, 100, 50, 50]));
        assert_eq!(result.strongest().map(|p| p.pillar.id), Some("shared-quality"));
        assert_eq!(result.weakest().map(|p| p.pillar.id), Some("data-informed"));
    }

    #[test]
    fn ties_go_to_the_first_pillar_in_content_order() {
        let result = AssessmentResult::of(&answers_scoring([50; 7]));
        assert_eq!(result.strongest().map(|p| p.pillar.id), Some(PILLARS[0].id));
        assert_eq!(result.weakest().map(|p| p.pillar.id), Some(PILLARS[0].id));
    }

    #[test]
    fn no_answers_have_no_strongest_or_weakest_pillar() {
        let result = AssessmentResult::of(&Answers::new());
        assert_eq!(result.strongest(), None);
        assert_eq!(result.weakest(), None);
    }

    #[test]
    fn a_retake_shows_the_change_per_pillar() {
        let before = AssessmentResult::of(&answers_scoring([25, 50, 50, 50, 50, 50, 50]));
        let after = AssessmentResult::of(&answers_scoring([75, 50, 25, 50, 50, 50, 50]));
        let moved = change(&before, &after);
        assert_eq!(moved.pillars[0].delta, Some(50));
        assert_eq!(moved.pillars[1].delta, Some(0));
        assert_eq!(moved.pillars[2].delta, Some(-25));
        assert_eq!(moved.overall, Some(4));
    }

    #[test]
    fn a_pillar_without_a_score_on_either_side_has_no_change() {
        let scored = AssessmentResult::of(&answers_scoring([50; 7]));
        let mut partial = answers_scoring([50; 7]);
        for statement in active_statements().filter(|s| s.pillar_id == "leadership") {
            partial.insert(statement.id, Answer::DontKnow);
        }
        let unscored = AssessmentResult::of(&partial);
        assert_eq!(change(&scored, &unscored).pillars[6].delta, None);
        assert_eq!(change(&unscored, &scored).pillars[6].delta, None);
        assert_eq!(change(&unscored, &scored).pillars[0].delta, Some(0));
    }
}

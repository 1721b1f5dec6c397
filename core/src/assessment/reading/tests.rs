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

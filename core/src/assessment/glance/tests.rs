use super::*;
use crate::assessment::{Answer, Answers};
use crate::content::assessment::{active_statements, PILLARS};

/// Every asked statement at the agreement its pillar's index picks; `None` answers "Don't know".
fn result(by_pillar: [Option<u8>; 7]) -> AssessmentResult {
    let answers: Answers = active_statements()
        .map(|s| {
            let index = PILLARS.iter().position(|p| p.id == s.pillar_id).unwrap_or(0);
            (s.id, by_pillar[index].map_or(Answer::DontKnow, |agreement| s.answer_giving(agreement)))
        })
        .collect();
    AssessmentResult::of(&answers)
}

fn marks(result: &AssessmentResult) -> Vec<RungMark> {
    result.ladder().iter().map(|rung| rung.mark).collect()
}

#[test]
fn the_ladder_shows_every_stage_lowest_first() {
    let ladder = result([Some(50); 7]).ladder();
    assert_eq!(
        ladder.iter().map(|rung| rung.stage.id).collect::<Vec<_>>(),
        STAGES.iter().map(|s| s.id).collect::<Vec<_>>()
    );
}

#[test]
fn a_placed_result_marks_its_one_stage_here() {
    let undecided = result([Some(50); 7]);
    assert_eq!(
        marks(&undecided),
        [RungMark::Elsewhere, RungMark::Here, RungMark::Elsewhere, RungMark::Elsewhere]
    );
}

#[test]
fn a_placed_result_is_drawn_at_its_score_inside_its_rung() {
    // 50 is 12 of the 25 points from 38 to 63, on the second of four rungs.
    assert_eq!(result([Some(50); 7]).ladder_marker(), Some(LadderMarker::At(25 + 12)));
    assert_eq!(result([Some(0); 7]).ladder_marker(), Some(LadderMarker::At(0)));
}

#[test]
fn at_least_marks_the_lower_stage_here_and_the_higher_as_possible() {
    // With one pillar unknown, 75 elsewhere reads at least "Mixed or undecided", possibly "Becoming".
    let mut scores = [Some(75); 7];
    scores[6] = None;
    let at_least = result(scores);
    assert!(matches!(at_least.reading, StageReading::AtLeast { .. }));
    assert_eq!(marks(&at_least)[1..3], [RungMark::Here, RungMark::Possible]);
    assert_eq!(at_least.ladder_marker(), Some(LadderMarker::Span { from: 25, to: 75 }));
    assert!(at_least.distance_to_next().starts_with("At least “Mixed or undecided”"));
}

#[test]
fn too_little_measured_marks_no_stage_and_says_why() {
    let blank = result([None; 7]);
    assert!(marks(&blank).iter().all(|mark| *mark == RungMark::Elsewhere));
    assert_eq!(blank.ladder_marker(), None);
    assert!(blank.distance_to_next().starts_with("Not on the ladder: 0 pillars were measured"));
}

#[test]
fn the_distance_to_the_next_stage_counts_the_overall_points_missing() {
    assert_eq!(result([Some(50); 7]).distance_to_next(), "13 points overall to “Becoming product-led”.");
}

#[test]
fn the_distance_names_a_pillar_below_the_next_stage_floor() {
    let mut scores = [Some(100); 7];
    scores[6] = Some(0);
    let held = result(scores);
    assert_eq!(
        held.distance_to_next(),
        format!("38 points on {} to “Becoming product-led”.", PILLARS[6].name)
    );
}

#[test]
fn the_top_stage_has_no_distance_left() {
    assert_eq!(result([Some(100); 7]).distance_to_next(), "The top stage: what is left is keeping it.");
}

#[test]
fn the_weakest_pillars_are_marked_ties_included() {
    let marked =
        result([Some(75), Some(75), Some(50), Some(50), Some(25), Some(50), Some(25)]).pillar_marks();
    let weakest = Some(PillarMark::Weakest);
    assert_eq!(marked, [None, None, None, None, weakest, None, weakest]);
}

#[test]
fn level_pillars_are_not_marked() {
    assert!(result([Some(50); 7]).pillar_marks().iter().all(Option::is_none));
}

#[test]
fn the_drawn_ladder_has_a_rung_per_stage_and_one_marker() {
    let undecided = result([Some(50); 7]);
    let svg = ladder_svg(&undecided.ladder(), undecided.ladder_marker());
    assert_eq!(
        svg.matches("ladder__rung").count(),
        STAGES.len() + 1,
        "one marked rung carries the class twice"
    );
    assert_eq!(svg.matches("ladder__marker").count(), 1);
}

use super::*;
use crate::content::assessment::{active_statements, stage, PILLARS};
use proptest::prelude::*;

/// Every asked statement answered at the same agreement, one pillar at another.
fn answers(agreement: u8, pillar_id: &str, pillar_agreement: u8) -> Answers {
    active_statements()
        .map(|s| (s.id, s.answer_giving(if s.pillar_id == pillar_id { pillar_agreement } else { agreement })))
        .collect()
}

fn apply(answers: &Answers, moves: &[AnswerMove]) -> Answers {
    moves.iter().fold(answers.clone(), |answers, m| answers.with(m.statement.id, m.to))
}

#[test]
fn the_top_stage_and_a_result_without_a_stage_have_no_next_stage() {
    assert_eq!(AssessmentResult::of(&answers(100, "", 100)).next_stage(), None);
    assert_eq!(AssessmentResult::of(&Answers::new()).next_stage(), None);
}

#[test]
fn an_overall_score_short_of_the_next_threshold_says_by_how_much() {
    // Undecided everywhere: 50 overall, "Mixed or undecided"; the next stage needs 63.
    let result = AssessmentResult::of(&answers(50, "", 50));
    let next = result.next_stage().expect("a next stage");
    assert_eq!(Some(next.stage), stage("becoming-product-led"));
    assert_eq!(next.overall, Some(Gap { now: 50, needed: 63 }));
    assert_eq!(next.overall.map(Gap::points), Some(13));
    assert_eq!(next.pillar_floor, 38);
    assert!(next.pillars.is_empty());
}

#[test]
fn a_weak_pillar_holding_the_stage_back_is_named_with_its_gap_and_moved_first() {
    let leadership = &PILLARS[6];
    let result = AssessmentResult::of(&answers(100, leadership.id, 0));
    let placement = result.placement().cloned().expect("a stage");
    assert_eq!(placement.held_back_by, Some(leadership));
    let next = result.next_stage().expect("a next stage");
    assert_eq!(next.overall, None, "the overall score already reaches it");
    assert_eq!(
        next.pillars,
        [PillarGap { pillar: leadership, gap: Gap { now: 0, needed: next.pillar_floor } }]
    );
    assert!(next.moves.iter().all(|m| m.statement.pillar_id == leadership.id));
    assert!(!next.moves.is_empty());
}

#[test]
fn the_moves_reach_the_next_stage_and_no_shorter_prefix_does() {
    for (agreement, pillar, pillar_agreement) in
        [(50, "", 50), (100, "outcomes", 0), (25, "", 25), (75, "data-informed", 25)]
    {
        let start = answers(agreement, pillar, pillar_agreement);
        let next = AssessmentResult::of(&start).next_stage().expect("a next stage");
        let reached = AssessmentResult::of(&apply(&start, &next.moves));
        assert!(reached.stage().is_some_and(|s| s.index() >= next.stage.index()));
        let short = AssessmentResult::of(&apply(&start, &next.moves[..next.moves.len() - 1]));
        assert!(short.stage().is_some_and(|s| s.index() < next.stage.index()));
    }
}

#[test]
fn a_move_goes_to_the_product_led_side_of_the_statement() {
    let next = AssessmentResult::of(&answers(25, "", 25)).next_stage().expect("a next stage");
    for m in &next.moves {
        let (from, to) = (agreement(m.statement, m.from), agreement(m.statement, m.to));
        assert!(from < to, "{}: {from:?} to {to:?}", m.statement.id);
        assert_eq!(to, Some(75), "a first step goes to agree (or disagree with an obstacle)");
        assert_eq!(m.to, if m.statement.reverse { Answer::Disagree } else { Answer::Agree });
    }
}

#[test]
fn dont_know_answers_are_never_asked_to_move() {
    let mut start = answers(50, "", 50);
    let blind = active_statements().next().expect("a statement");
    start.insert(blind.id, Answer::DontKnow);
    let next = AssessmentResult::of(&start).next_stage().expect("a next stage");
    assert!(next.moves.iter().all(|m| m.from != Answer::DontKnow));
}

#[test]
fn with_a_pillar_unmeasured_there_is_no_way_by_answers_to_the_next_stage() {
    let mut start = answers(50, "", 50);
    for s in active_statements().filter(|s| s.pillar_id == PILLARS[6].id) {
        start.insert(s.id, Answer::DontKnow);
    }
    assert_eq!(AssessmentResult::of(&start).next_stage(), None);
}

#[test]
fn each_move_says_what_would_have_to_change_in_the_company() {
    let next = AssessmentResult::of(&answers(25, "", 25)).next_stage().expect("a next stage");
    for m in &next.moves {
        let expected =
            if m.statement.reverse { "Would have to stop being true" } else { "Would have to become true" };
        assert_eq!(m.what_would_change(), expected, "{}", m.statement.id);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_result_below_the_top_gets_moves_that_reach_the_next_stage(
        codes in proptest::collection::vec(1u8..=6, active_statements().count())
    ) {
        let start: Answers = active_statements()
            .zip(codes)
            .filter_map(|(s, code)| Some((s.id, Answer::from_code(code)?)))
            .collect();
        if let Some(next) = AssessmentResult::of(&start).next_stage() {
            let reached = AssessmentResult::of(&apply(&start, &next.moves));
            prop_assert!(reached.stage().is_some_and(|s| s.index() >= next.stage.index()));
            prop_assert!(next.moves.iter().all(|m| start.get(m.statement.id) == Some(m.from)));
        }
    }
}

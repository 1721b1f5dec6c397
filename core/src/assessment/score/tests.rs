use super::*;
use crate::content::assessment::{active_statements, pillar, statement, STAGES, STATEMENTS};

fn statement_of(id: &str) -> &'static Statement {
    statement(id).expect("the statement is in the content")
}

/// Every asked statement answered with the same agreement (reverse ones answered the other way).
fn uniform(agreement_points: u8) -> Answers {
    active_statements()
        .map(|s| (s.id, Answer::from_points(if s.reverse { 6 - agreement_points } else { agreement_points })))
        .filter_map(|(id, answer)| Some((id, answer?)))
        .collect()
}

/// Like [`uniform`], but one pillar answered at a different point.
fn uniform_except(points: u8, pillar_id: &str, pillar_points: u8) -> Answers {
    let mut answers = uniform(points);
    for s in active_statements().filter(|s| s.pillar_id == pillar_id) {
        let p = if s.reverse { 6 - pillar_points } else { pillar_points };
        answers.insert(s.id, Answer::from_points(p).unwrap_or(Answer::Neutral));
    }
    answers
}

#[test]
fn agreement_runs_from_zero_to_a_hundred_in_quarters() {
    let normal = statement_of("analytics-open-to-all");
    let levels: Vec<Option<u8>> = Answer::ALL.iter().map(|&answer| agreement(normal, answer)).collect();
    assert_eq!(levels, [Some(0), Some(25), Some(50), Some(75), Some(100), None]);
}

#[test]
fn a_reverse_statement_turns_agreement_around() {
    let obstacle = statement_of("seniority-beats-data");
    assert!(obstacle.reverse);
    assert_eq!(agreement(obstacle, Answer::StronglyAgree), Some(0));
    assert_eq!(agreement(obstacle, Answer::Disagree), Some(75));
}

#[test]
fn reverse_scored_statement_lowers_the_pillar_score_when_agreed_with() {
    let data = pillar("data-informed").expect("pillar");
    let base =
        Answers::new().with("analytics-open-to-all", Answer::Agree).with("analytics-training", Answer::Agree);
    let agreed = base.clone().with("seniority-beats-data", Answer::StronglyAgree);
    let disagreed = base.with("seniority-beats-data", Answer::StronglyDisagree);
    assert_eq!(pillar_score(data, &agreed), PillarScore::Scored(50));
    assert_eq!(pillar_score(data, &disagreed), PillarScore::Scored(83));
}

#[test]
fn a_pillar_score_is_the_rounded_mean_agreement() {
    let voice = pillar("strategic-voice").expect("pillar");
    let answers = Answers::new()
        .with("product-at-strategy-table", Answer::Agree)
        .with("product-shapes-markets", Answer::StronglyAgree)
        .with("roadmap-names-the-problem", Answer::StronglyAgree);
    assert_eq!(pillar_score(voice, &answers), PillarScore::Scored(92));
}

#[test]
fn dont_know_is_not_scored() {
    let voice = pillar("strategic-voice").expect("pillar");
    let answers = Answers::new()
        .with("product-at-strategy-table", Answer::Agree)
        .with("product-shapes-markets", Answer::Agree)
        .with("roadmap-names-the-problem", Answer::DontKnow);
    assert_eq!(pillar_score(voice, &answers), PillarScore::Scored(75));
}

#[test]
fn a_pillar_with_one_scored_answer_says_so_instead_of_scoring() {
    let voice = pillar("strategic-voice").expect("pillar");
    let answers = Answers::new()
        .with("product-at-strategy-table", Answer::Agree)
        .with("product-shapes-markets", Answer::DontKnow);
    assert_eq!(pillar_score(voice, &answers), PillarScore::TooFewAnswers { scored: 1 });
    assert_eq!(pillar_score(voice, &answers).value(), None);
}

#[test]
fn answers_to_other_pillars_do_not_count() {
    let voice = pillar("strategic-voice").expect("pillar");
    assert_eq!(pillar_score(voice, &uniform_except(1, "leadership", 5)), PillarScore::Scored(0));
}

#[test]
fn each_edition_asks_what_it_added_until_it_retires_it() {
    let by_edition = |edition: u32| STATEMENTS.iter().filter(|s| s.asked_in(edition)).count();
    // The first edition asked 35 statements; the second retired 15 and added 22; the third retired
    // 32 and added 32.
    assert_eq!((by_edition(1), by_edition(2), by_edition(3)), (35, 42, 42));
    assert_eq!(by_edition(CONTENT_VERSION), active_statements().count());
    assert!(STATEMENTS.iter().all(|s| s.asked_in(CONTENT_VERSION) != s.retired));
    // A version this build does not know reads as today's.
    assert_eq!(by_edition(0), active_statements().count());
    assert_eq!(by_edition(CONTENT_VERSION + 1), active_statements().count());
}

#[test]
fn an_old_result_rests_on_the_statements_of_its_own_edition() {
    let first: Vec<&Statement> = STATEMENTS.iter().filter(|s| s.asked_in(1)).collect();
    let answers: Answers = first.iter().map(|s| (s.id, Answer::Agree)).collect();
    let result = AssessmentResult::of_edition(&answers, 1);
    for pillar in &result.pillars {
        let asked = first.iter().filter(|s| s.pillar_id == pillar.pillar.id).count();
        assert_eq!((pillar.scored, pillar.asked), (asked, asked), "{}", pillar.pillar.id);
        assert_eq!(result.answers_to(pillar.pillar).len(), asked);
    }
    // Read as today's, the same answers would seem to leave most of today's statements unanswered.
    let as_today = AssessmentResult::of(&answers);
    assert!(as_today.pillars.iter().any(|pillar| pillar.asked > pillar.scored));
}

#[test]
fn a_retired_statement_still_counts_when_it_was_answered() {
    // Old links may hold answers to statements no longer asked: answers to those alone still score
    // every pillar that has enough of them, whichever statements are retired today.
    let agree = |s: &Statement| if s.reverse { Answer::Disagree } else { Answer::Agree };
    let retired: Answers = STATEMENTS.iter().filter(|s| s.retired).map(|s| (s.id, agree(s))).collect();
    let result = AssessmentResult::of(&retired);
    for pillar in &result.pillars {
        let answered = statements_of(pillar.pillar).filter(|s| s.retired).count();
        let expected = (answered >= MIN_SCORED_ANSWERS).then_some(75);
        assert_eq!(pillar.score.value(), expected, "{} has {answered} retired statements", pillar.pillar.id);
    }
    assert!(result.pillars.iter().any(|pillar| pillar.score.value().is_some()), "no pillar was scored");
}

#[test]
fn the_overall_score_is_the_mean_of_the_pillars() {
    let result = AssessmentResult::of(&uniform_except(4, "outcomes", 1));
    assert_eq!(result.pillar("outcomes").map(|p| p.score), Some(PillarScore::Scored(0)));
    assert_eq!(result.overall, Some(64)); // (6 × 75 + 0) / 7
}

#[test]
fn pillars_without_a_score_are_left_out_of_the_overall_score() {
    let mut answers = uniform(4);
    for s in active_statements().filter(|s| s.pillar_id == "outcomes") {
        answers.insert(s.id, Answer::DontKnow);
    }
    let result = AssessmentResult::of(&answers);
    assert_eq!(result.overall, Some(75));
    assert_eq!(result.pillar("outcomes").map(|p| p.dont_know), Some(6));
}

#[test]
fn fewer_than_half_the_pillars_scored_gives_no_overall_score_and_no_stage() {
    let three: Answers = active_statements()
        .filter(|s| ["strategic-voice", "customer-empathy", "data-informed"].contains(&s.pillar_id))
        .map(|s| (s.id, Answer::Agree))
        .collect();
    let result = AssessmentResult::of(&three);
    assert_eq!(result.overall, None);
    assert_eq!(result.stage(), None);
    assert_eq!(min_scored_pillars(), 4);
}

#[test]
fn no_answers_score_nothing() {
    let result = AssessmentResult::of(&Answers::new());
    assert!(result.pillars.iter().all(|p| p.score == PillarScore::TooFewAnswers { scored: 0 }));
    assert_eq!(result.placement(), None);
}

#[test]
fn full_agreement_is_being_product_led_and_none_is_not_yet() {
    assert_eq!(AssessmentResult::of(&uniform(5)).stage().map(|s| s.id), Some("being-product-led"));
    assert_eq!(AssessmentResult::of(&uniform(1)).stage().map(|s| s.id), Some("not-yet-product-led"));
}

#[test]
fn neither_agreeing_nor_disagreeing_everywhere_reads_as_mixed_or_undecided() {
    assert_eq!(AssessmentResult::of(&uniform(3)).stage().map(|s| s.id), Some("mixed-or-undecided"));
}

#[test]
fn the_weakest_pillar_holds_the_stage_back_to_one_above_its_own() {
    // Six pillars at 100 and one at 0: the overall 86 would be "becoming product-led", but the weakest
    // pillar's own stage is the first, so the stage stops one above it.
    let result = AssessmentResult::of(&uniform_except(5, "leadership", 1));
    let placement = result.placement().expect("every pillar scored");
    assert_eq!(result.overall, Some(86));
    assert_eq!(placement.by_overall.id, "becoming-product-led");
    assert_eq!(placement.stage.id, STAGES[1].id);
    assert_eq!(placement.held_back_by.map(|p| p.id), Some("leadership"));
}

#[test]
fn a_weakest_pillar_close_enough_does_not_hold_the_stage_back() {
    let result = AssessmentResult::of(&uniform_except(5, "leadership", 4));
    let placement = result.placement().expect("every pillar scored");
    assert_eq!(placement.stage.id, "being-product-led");
    assert_eq!(placement.held_back_by, None);
}

#[test]
fn each_pillar_says_how_many_answers_it_rests_on() {
    let first = active_statements().find(|s| s.pillar_id == "outcomes").map(|s| s.id).unwrap_or_default();
    let result = AssessmentResult::of(&uniform(4).with(first, Answer::DontKnow));
    let outcomes = result.pillar("outcomes").expect("a pillar");
    assert_eq!((outcomes.scored, outcomes.asked), (outcomes.asked - 1, outcomes.asked));
    assert_eq!(outcomes.rests_on(), format!("rests on {} of {} answers", outcomes.asked - 1, outcomes.asked));
}

#[test]
fn an_unmeasured_pillar_says_so_instead_of_what_it_rests_on() {
    let mut answers = uniform(4);
    for s in active_statements().filter(|s| s.pillar_id == "leadership") {
        answers.insert(s.id, Answer::DontKnow);
    }
    let result = AssessmentResult::of(&answers);
    let leadership = result.pillar("leadership").expect("a pillar");
    assert!(leadership.rests_on().starts_with("not measured: 0 of"), "{}", leadership.rests_on());
    assert_eq!(result.unmeasured().iter().map(|p| p.id).collect::<Vec<_>>(), ["leadership"]);
}

#[test]
fn blind_spots_list_the_dont_know_answers_in_content_order() {
    let answers = uniform(4)
        .with("pay-rewards-any-deal", Answer::DontKnow)
        .with("analytics-training", Answer::DontKnow);
    let blind: Vec<&str> = AssessmentResult::of(&answers).blind_spots.iter().map(|s| s.id).collect();
    assert_eq!(blind, ["analytics-training", "pay-rewards-any-deal"]);
}

use super::*;
use crate::assessment::min_scored_pillars;
use crate::assessment::{Answer, Answers};
use crate::content::assessment::{active_statements, PILLARS};

/// Answers every asked statement of each pillar so that the pillar scores `agreements[i]`-ish:
/// the same agreement on every statement, reverse ones answered the other way.
fn answers_scoring(agreements: [u8; 7]) -> Answers {
    let mut answers = Answers::new();
    for statement in active_statements() {
        answers.insert(statement.id, statement.answer_giving(agreements[statement.pillar().index()]));
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

#[test]
fn every_pillar_tied_at_the_top_is_named_strongest() {
    let result = AssessmentResult::of(&answers_scoring([75, 75, 75, 50, 50, 25, 50]));
    let Standing::Spread { strongest, weakest } = result.standing() else {
        panic!("scores that differ should spread");
    };
    assert_eq!(strongest.pillars, vec![&PILLARS[0], &PILLARS[1], &PILLARS[2]]);
    assert_eq!(strongest.score, 75);
    assert_eq!(
        strongest.describe(),
        format!("{}, {} and {}, tied at 75", PILLARS[0].name, PILLARS[1].name, PILLARS[2].name)
    );
    assert_eq!(weakest.describe(), format!("{} (25)", PILLARS[5].name));
    let lines = result.standing().lines();
    assert_eq!(lines.iter().map(|(label, _)| *label).collect::<Vec<_>>(), ["Strongest: ", "Weakest: "]);
}

#[test]
fn pillars_all_at_one_score_are_level_rather_than_strongest_and_weakest() {
    let result = AssessmentResult::of(&answers_scoring([50; 7]));
    assert_eq!(
        result.standing(),
        Standing::Level(ScoreGroup { pillars: PILLARS.iter().collect(), score: 50 })
    );
    let lines = result.standing().lines();
    assert_eq!(lines.len(), 1);
    assert!(lines[0].1.contains("7 scored pillars all stand at 50"), "{lines:?}");
}

#[test]
fn two_answers_name_no_strongest_or_weakest() {
    let mut answers = Answers::new();
    for statement in active_statements().filter(|s| s.pillar_id == PILLARS[0].id).take(2) {
        answers.insert(statement.id, Answer::Agree);
    }
    let result = AssessmentResult::of(&answers);
    let needed = min_scored_pillars();
    assert_eq!(result.standing(), Standing::TooFewScored { scored: 1, needed });
    let lines = result.standing().lines();
    assert_eq!(lines[0].0, "Not compared: ");
    assert!(lines[0].1.starts_with(&format!("1 of {} pillars could be scored", PILLARS.len())), "{lines:?}");
    assert_eq!(
        AssessmentResult::of(&Answers::new()).standing(),
        Standing::TooFewScored { scored: 0, needed }
    );
}

#[test]
fn just_enough_scored_pillars_are_compared() {
    let mut answers = answers_scoring([25, 50, 50, 75, 50, 50, 50]);
    for statement in active_statements().filter(|s| s.pillar().index() >= min_scored_pillars()) {
        answers.insert(statement.id, Answer::DontKnow);
    }
    let result = AssessmentResult::of(&answers);
    let Standing::Spread { strongest, weakest } = result.standing() else {
        panic!("enough pillars are scored to compare");
    };
    assert_eq!(strongest.pillars, vec![&PILLARS[3]]);
    assert_eq!(weakest.pillars, vec![&PILLARS[0]]);
}

#[test]
fn the_answers_are_listed_per_pillar_with_how_each_counted() {
    let pillar = &PILLARS[1];
    let asked: Vec<_> = active_statements().filter(|s| s.pillar_id == pillar.id).collect();
    let reverse = asked.iter().find(|s| s.reverse).expect("every pillar has an obstacle statement");
    let plain = asked.iter().find(|s| !s.reverse).expect("every pillar has a plain statement");
    let answers = Answers::new().with(reverse.id, Answer::Agree).with(plain.id, Answer::DontKnow);
    let given = AssessmentResult::of(&answers).answers_to(pillar);
    assert_eq!(
        given.iter().map(|g| g.statement.id).collect::<Vec<_>>(),
        asked.iter().map(|s| s.id).collect::<Vec<_>>()
    );
    let of = |id: &str| given.iter().find(|g| g.statement.id == id).copied().expect("listed");
    assert_eq!(of(reverse.id).label(), "Agree");
    assert!(of(reverse.id).note().is_some_and(|note| note.contains("lowers the score")));
    assert_eq!(of(plain.id).label(), "Don't know");
    assert!(of(plain.id).note().is_some_and(|note| note.contains("blind spots")));
    let unanswered = given.iter().find(|g| g.answer.is_none()).expect("the rest are unanswered");
    assert_eq!(unanswered.label(), "Not answered");
}

#[test]
fn a_retake_that_changes_the_stage_names_both_stages() {
    let before = AssessmentResult::of(&answers_scoring([50; 7]));
    let after = AssessmentResult::of(&answers_scoring([75; 7]));
    assert_eq!(
        change(&before, &after).describe_overall(),
        "Up 25, from Mixed or undecided to Becoming product-led"
    );
}

#[test]
fn a_retake_within_one_stage_says_only_how_far_it_moved() {
    let before = AssessmentResult::of(&answers_scoring([50; 7]));
    let after = AssessmentResult::of(&answers_scoring([75, 50, 50, 50, 50, 50, 50]));
    let moved = change(&before, &after);
    assert_eq!(moved.stage, StageMove::Unchanged);
    assert_eq!(moved.describe_overall(), "Up 4");
}

#[test]
fn a_stage_claimed_only_at_least_and_then_for_sure_counts_as_a_move() {
    let mut unsure = answers_scoring([75; 7]);
    for statement in active_statements().filter(|s| s.pillar_id == "leadership") {
        unsure.insert(statement.id, Answer::DontKnow);
    }
    let before = AssessmentResult::of(&unsure);
    let after = AssessmentResult::of(&answers_scoring([75; 7]));
    assert_eq!(
        change(&before, &after).describe_overall(),
        "No change, from at least Mixed or undecided to Becoming product-led"
    );
}

#[test]
fn a_result_without_a_stage_reads_as_an_undetermined_stage() {
    let nothing = AssessmentResult::of(&Answers::new());
    let placed = AssessmentResult::of(&answers_scoring([50; 7]));
    assert_eq!(
        change(&nothing, &placed).describe_overall(),
        "Not comparable, from an undetermined stage to Mixed or undecided"
    );
}

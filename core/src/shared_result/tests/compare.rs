use crate::assessment::AssessmentResult;
use crate::assessment::{Answer, Answers};
use crate::content::assessment::{active_statements, statement, PILLARS};
use crate::shared_result::{StageRelation, MOST_DIFFERENT};

fn compare(theirs: &Answers, yours: &Answers) -> crate::shared_result::Comparison {
    crate::shared_result::compare(&AssessmentResult::of(theirs), &AssessmentResult::of(yours))
}

fn everyone(answer: Answer) -> Answers {
    active_statements().map(|statement| (statement.id, answer)).collect()
}

#[test]
fn identical_answers_differ_nowhere() {
    let comparison = compare(&everyone(Answer::Agree), &everyone(Answer::Agree));
    assert!(comparison.statements.is_empty());
    assert!(comparison.most_different_pillars().is_empty());
    assert!(comparison.pillars().iter().all(|gap| gap.delta == Some(0)));
    assert_eq!(comparison.pillars().len(), PILLARS.len());
}

#[test]
fn statement_gaps_are_measured_in_agreement_and_the_widest_come_first() {
    let theirs = everyone(Answer::Neutral).with("sales-overpromises", Answer::StronglyAgree);
    let yours = everyone(Answer::Neutral)
        .with("sales-overpromises", Answer::StronglyDisagree)
        .with("product-leader-on-executive-team", Answer::Agree);
    let comparison = compare(&theirs, &yours);
    let gaps: Vec<(&str, u8)> = comparison.statements.iter().map(|gap| (gap.statement.id, gap.gap)).collect();
    assert_eq!(gaps, [("sales-overpromises", 100), ("product-leader-on-executive-team", 25)]);
    assert_eq!(comparison.statements[0].theirs, Answer::StronglyAgree);
}

#[test]
fn dont_know_and_unanswered_statements_are_not_gaps() {
    let theirs = Answers::new().with("sales-overpromises", Answer::DontKnow);
    let yours = Answers::new().with("sales-overpromises", Answer::StronglyAgree);
    assert!(compare(&theirs, &yours).statements.is_empty());
    assert!(compare(&Answers::new(), &yours).statements.is_empty());
}

#[test]
fn at_most_five_statements_are_listed() {
    let comparison = compare(&everyone(Answer::StronglyAgree), &everyone(Answer::StronglyDisagree));
    assert_eq!(comparison.statements.len(), MOST_DIFFERENT);
    assert!(comparison.statements.iter().all(|gap| gap.gap == 100));
}

#[test]
fn pillar_differences_are_yours_minus_theirs_widest_first() {
    let theirs = everyone(Answer::Neutral);
    let mut yours = everyone(Answer::Neutral);
    for statement in active_statements().filter(|s| s.pillar_id == "leadership" && !s.reverse) {
        yours.insert(statement.id, Answer::StronglyAgree);
    }
    yours.insert("sales-overpromises", Answer::StronglyAgree);
    let comparison = compare(&theirs, &yours);
    let most: Vec<(&str, Option<i16>)> =
        comparison.most_different_pillars().iter().map(|gap| (gap.pillar.id, gap.delta)).collect();
    assert_eq!(most[0].0, "leadership");
    assert!(most[0].1.is_some_and(|difference| difference > 0));
    assert!(most.iter().any(|(id, difference)| {
        *id == statement("sales-overpromises").map_or("", |s| s.pillar_id)
            && difference.is_some_and(|d| d < 0)
    }));
}

#[test]
fn a_pillar_without_a_score_on_one_side_has_no_difference() {
    let comparison = compare(&Answers::new(), &everyone(Answer::Agree));
    assert!(comparison.pillars().iter().all(|gap| gap.delta.is_none()));
    assert!(comparison.most_different_pillars().is_empty());
}

/// Every asked statement answered so that each pillar scores `agreement` (0, 25, 50, 75 or 100).
fn scoring(agreement: u8) -> Answers {
    active_statements().map(|statement| (statement.id, statement.answer_giving(agreement))).collect()
}

/// `scoring(agreement)` with every leadership statement answered "Don't know".
fn scoring_without_leadership(agreement: u8) -> Answers {
    let mut answers = scoring(agreement);
    for statement in active_statements().filter(|s| s.pillar_id == "leadership") {
        answers.insert(statement.id, Answer::DontKnow);
    }
    answers
}

#[test]
fn two_results_on_one_stage_read_as_the_same_stage() {
    let comparison = compare(&scoring(50), &scoring(50));
    assert_eq!(comparison.stages(), StageRelation::Same);
    assert_eq!(comparison.stage_sentence("“Ana”"), "Stage: both read Mixed or undecided.");
}

#[test]
fn a_higher_stage_of_yours_is_counted_in_stages_and_named() {
    let comparison = compare(&scoring(50), &scoring(75));
    assert_eq!(comparison.stages(), StageRelation::Apart { steps: 1 });
    assert_eq!(
        comparison.stage_sentence("“Ana”"),
        "Stage: yours reads one stage higher, Becoming product-led against Mixed or undecided for “Ana”."
    );
}

#[test]
fn an_at_least_reading_of_the_same_stage_is_the_same_as_far_as_was_measured() {
    let comparison = compare(&scoring(50), &scoring_without_leadership(75));
    assert_eq!(comparison.stages(), StageRelation::SameAsFarAsMeasured { yours_at_least: true });
    assert!(comparison.stage_sentence("“Ana”").starts_with(
        "Stage: yours reads at least Mixed or undecided, “Ana” Mixed or undecided: the same stage as far as was measured"
    ));
}

#[test]
fn a_result_without_a_stage_is_not_compared_by_stage_or_overall() {
    let comparison = compare(&scoring(50), &Answers::new());
    assert_eq!(
        comparison.stages(),
        StageRelation::NotComparable { yours_claimed: false, theirs_claimed: true }
    );
    assert_eq!(
        comparison.stage_sentence("“Ana”"),
        "Stage: not compared, since yours claims none: too little could be measured."
    );
    assert_eq!(comparison.overall_sentence("“Ana”"), "Overall: not compared, since yours has no score.");
}

#[test]
fn the_overall_scores_are_set_side_by_side_with_the_gap_in_points() {
    let comparison = compare(&scoring(50), &scoring(75));
    assert_eq!(
        comparison.overall_sentence("“Ana”"),
        "Overall: yours 75, “Ana” 50, so yours is 25 points higher."
    );
    assert_eq!(compare(&scoring(75), &scoring(75)).overall_sentence("“Ana”"), "Overall: both 75.");
}

#[test]
fn the_pillars_furthest_apart_are_named_widest_first_and_at_most_three() {
    let mut yours = scoring(50);
    for statement in active_statements().filter(|s| s.pillar_id == "leadership") {
        yours.insert(
            statement.id,
            if statement.reverse { Answer::StronglyDisagree } else { Answer::StronglyAgree },
        );
    }
    let comparison = compare(&scoring(50), &yours);
    let leadership = PILLARS.iter().find(|pillar| pillar.id == "leadership").map_or("", |pillar| pillar.name);
    assert_eq!(comparison.widest_sentence(), Some(format!("Furthest apart: {leadership}.")));
    let everywhere = compare(&scoring(0), &scoring(100)).widest_sentence().unwrap_or_default();
    assert_eq!(PILLARS.iter().filter(|pillar| everywhere.contains(pillar.name)).count(), 3);
    assert_eq!(compare(&scoring(50), &scoring(50)).widest_sentence(), None);
}

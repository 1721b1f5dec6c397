use crate::assessment::{Answer, Answers};
use crate::content::assessment::{active_statements, statement, PILLARS};
use crate::share::{compare, MOST_DIFFERENT};

fn everyone(answer: Answer) -> Answers {
    active_statements().map(|statement| (statement.id, answer)).collect()
}

#[test]
fn identical_answers_differ_nowhere() {
    let comparison = compare(&everyone(Answer::Agree), &everyone(Answer::Agree));
    assert!(comparison.statements.is_empty());
    assert!(comparison.most_different_pillars().is_empty());
    assert!(comparison.pillars.iter().all(|gap| gap.difference == Some(0)));
    assert_eq!(comparison.pillars.len(), PILLARS.len());
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
        comparison.most_different_pillars().iter().map(|gap| (gap.pillar.id, gap.difference)).collect();
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
    assert!(comparison.pillars.iter().all(|gap| gap.difference.is_none()));
    assert!(comparison.most_different_pillars().is_empty());
}

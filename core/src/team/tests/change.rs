//! How a team moved between two workshops.

use super::{member, member_with, summary};
use crate::assessment::Answer::{self, *};
use crate::content::assessment::PILLARS;
use crate::team::TeamChange;

const FIRST: &str = "product-leader-on-executive-team";
const SECOND: &str = "product-view-shaped-decisions";

/// Undecided people, each giving their answer to one statement.
fn answering(statement: &str, answers: &[Answer]) -> Vec<crate::link::AssessmentLink> {
    answers.iter().map(|&answer| member_with(Neutral, statement, answer)).collect()
}

#[test]
fn each_pillar_shows_how_its_average_and_spread_moved() {
    let before = summary(vec![member(StronglyDisagree, None), member(StronglyAgree, None)]);
    let after = summary(vec![member(Agree, None), member(Agree, None), member(Agree, None)]);
    let change = TeamChange::between(&before, &after);
    assert_eq!((change.people_before, change.people_after), (2, 3));
    assert_eq!(change.pillars.len(), PILLARS.len());
    let first = &change.pillars[0];
    assert_eq!(first.pillar().id, PILLARS[0].id);
    let expected = i16::from(first.after.average.unwrap_or(0)) - i16::from(first.before.average.unwrap_or(0));
    assert_eq!(first.average(), Some(expected));
    assert!(
        first.spread().is_some_and(|moved| moved < 0),
        "everyone now sees it alike: {:?}",
        first.spread()
    );
    assert_eq!(first.after.spread, Some(0));
}

#[test]
fn a_pillar_nobody_scored_on_one_side_has_no_change() {
    let change = TeamChange::between(&summary(vec![]), &summary(vec![member(Agree, None)]));
    assert!(change.pillars.iter().all(|moved| moved.average().is_none() && moved.spread().is_none()));
    assert_eq!((change.overall_before, change.overall_after.is_some()), (None, true));
}

#[test]
fn a_dispute_the_room_now_agrees_on_is_settled() {
    let before = summary(answering(FIRST, &[StronglyAgree, StronglyAgree, StronglyDisagree, Disagree]));
    let after = summary(answering(FIRST, &[Agree, Agree, StronglyAgree, Neutral]));
    let change = TeamChange::between(&before, &after);
    let settled: Vec<&str> = change.settled.iter().map(|spread| spread.statement.id).collect();
    assert_eq!(settled, [FIRST]);
    assert_eq!(change.settled[0].breakdown(), "2 agree, 2 disagree", "as it stood before");
    assert!(change.appeared.is_empty());
}

#[test]
fn a_dispute_nobody_answers_any_more_is_not_called_settled() {
    let before = summary(answering(FIRST, &[StronglyAgree, StronglyAgree, StronglyDisagree]));
    let after = summary(answering(FIRST, &[DontKnow, DontKnow, Agree]));
    assert!(TeamChange::between(&before, &after).settled.is_empty());
}

#[test]
fn a_new_split_has_appeared_whether_or_not_it_was_answered_before() {
    let before = summary(answering(FIRST, &[Agree, Agree, Agree]));
    let mut later = answering(FIRST, &[Agree, Disagree, StronglyDisagree, Agree]);
    for (person, answer) in [StronglyAgree, Agree, StronglyDisagree, StronglyDisagree].into_iter().enumerate()
    {
        if let Some(statement) = crate::content::assessment::statement(SECOND) {
            later[person].answers[usize::from(statement.slot)] = Some(answer);
        }
    }
    let change = TeamChange::between(&before, &summary(later));
    let appeared: Vec<&str> = change.appeared.iter().map(|spread| spread.statement.id).collect();
    // Both are split now; the second more evenly at the ends of the scale, so it leads.
    assert_eq!(appeared, [SECOND, FIRST]);
    assert!(change.settled.is_empty());
}

#[test]
fn a_dispute_that_stays_is_neither_settled_nor_new() {
    let split = summary(answering(FIRST, &[StronglyAgree, StronglyDisagree, Agree, Disagree]));
    let change = TeamChange::between(&split, &split);
    assert!(change.settled.is_empty() && change.appeared.is_empty());
    assert!(change.pillars.iter().all(|moved| moved.average() == Some(0) && moved.spread() == Some(0)));
}

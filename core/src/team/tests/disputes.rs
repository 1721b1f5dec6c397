//! How the team answered each statement: breakdowns only from three answers, disputes ranked by how
//! polarised the room is, and obstacles worded as obstacles.

use super::{member, A_DAY};
use crate::assessment::Answer::{self, *};
use crate::content::assessment::{statement, SLOT_COUNT};
use crate::link::{AssessmentLink, TeamLink};
use crate::team::{StatementSpread, TeamSummary, MIN_PEOPLE_FOR_BREAKDOWN};

const PLAIN: &str = "product-leader-on-executive-team";
const OTHER_PLAIN: &str = "product-view-shaped-decisions";
const OBSTACLE: &str = "sales-often-overpromised";

/// A team undecided on everything but the given statements, where person N gives the Nth answer of
/// each column (`None`: left unanswered).
fn answering(columns: &[(&str, &[Option<Answer>])]) -> TeamSummary {
    let people = columns.iter().map(|(_, answers)| answers.len()).max().unwrap_or(0);
    let members = (0..people)
        .map(|person| {
            let mut link = member(Neutral, None);
            for (id, answers) in columns {
                if let Some(statement) = statement(id) {
                    link.answers[usize::from(statement.slot)] = answers.get(person).copied().flatten();
                }
            }
            link
        })
        .collect();
    TeamSummary::of(&TeamLink { name: None, members })
}

fn spread_of<'a>(summary: &'a TeamSummary, id: &str) -> &'a StatementSpread {
    summary.statement(id).unwrap_or_else(|| panic!("{id} has no breakdown"))
}

#[test]
fn two_camps_rank_above_one_outlier_in_an_undecided_room() {
    let team = answering(&[
        (PLAIN, &[Some(Agree), Some(Neutral), Some(Disagree), Some(DontKnow), Some(DontKnow)]),
        (OTHER_PLAIN, &[Some(Agree), Some(Agree), Some(Disagree), Some(Disagree), None]),
    ]);
    assert_eq!(spread_of(&team, OTHER_PLAIN).polarisation(), 50);
    assert_eq!(spread_of(&team, PLAIN).polarisation(), 22);
    let ranked: Vec<&str> = team.disagreements.iter().map(|d| d.statement.id).collect();
    assert_eq!(ranked, [OTHER_PLAIN, PLAIN]);
    assert_eq!(team.disagreements[0].breakdown(), "2 agree, 2 disagree");
    assert_eq!(team.disagreements[1].breakdown(), "1 agrees, 1 is undecided, 1 disagrees, 2 don't know");
}

#[test]
fn a_room_split_in_half_at_the_ends_of_the_scale_is_fully_polarised() {
    let team = answering(&[(
        PLAIN,
        &[Some(StronglyAgree), Some(StronglyDisagree), Some(StronglyAgree), Some(StronglyDisagree)],
    )]);
    assert_eq!(spread_of(&team, PLAIN).polarisation(), 100);
}

#[test]
fn one_side_against_the_undecided_is_not_a_dispute() {
    let team = answering(&[(PLAIN, &[Some(StronglyAgree), Some(Neutral), Some(Neutral)])]);
    let spread = spread_of(&team, PLAIN);
    assert_eq!((spread.spread(), spread.polarisation(), spread.is_disputed()), (50, 0, false));
    assert!(team.disagreements.is_empty());
}

#[test]
fn fewer_than_three_answers_on_the_scale_give_no_breakdown_at_all() {
    let team =
        answering(&[(PLAIN, &[Some(StronglyAgree), Some(StronglyDisagree), Some(DontKnow), Some(DontKnow)])]);
    assert_eq!(MIN_PEOPLE_FOR_BREAKDOWN, 3);
    assert!(team.statement(PLAIN).is_none(), "two people on the scale could read off each other's answer");
    assert!(team.disagreements.is_empty());
}

#[test]
fn three_answers_on_the_scale_give_a_breakdown() {
    let team = answering(&[(PLAIN, &[Some(StronglyAgree), Some(StronglyDisagree), Some(Agree), None])]);
    let spread = spread_of(&team, PLAIN);
    assert_eq!((spread.on_scale(), spread.healthy(), spread.unhealthy()), (3, 2, 1));
}

#[test]
fn every_breakdown_rests_on_at_least_three_answers_on_the_scale() {
    let team = TeamSummary::of(&TeamLink {
        name: None,
        members: vec![member(Agree, None), member(Disagree, None), member(DontKnow, None)],
    });
    assert!(team.statements.is_empty());
    let team = TeamSummary::of(&TeamLink {
        name: None,
        members: vec![member(Agree, None), member(Disagree, None), member(Neutral, None)],
    });
    assert!(!team.statements.is_empty());
    assert!(team.statements.iter().all(|spread| spread.on_scale() >= MIN_PEOPLE_FOR_BREAKDOWN));
}

#[test]
fn an_obstacle_says_so_and_puts_the_healthy_side_first() {
    let team = answering(&[(OBSTACLE, &[Some(Agree), Some(Agree), Some(StronglyDisagree), Some(Neutral)])]);
    let spread = spread_of(&team, OBSTACLE);
    assert!(
        spread.question().starts_with("This names an obstacle. How true is it here: “"),
        "{}",
        spread.question()
    );
    assert!(spread.healthy_answer().contains("disagreeing with it is the healthy answer"));
    assert_eq!(spread.breakdown(), "1 disagrees, 1 is undecided, 2 agree");
    assert_eq!((spread.healthy(), spread.unhealthy()), (1, 2), "agreeing with an obstacle is the bad sign");
    assert_eq!(
        spread.answers_healthy_first(),
        [StronglyDisagree, Disagree, Neutral, Agree, StronglyAgree, DontKnow]
    );
}

#[test]
fn a_plain_statement_asks_how_true_it_is() {
    let team = answering(&[(PLAIN, &[Some(Agree), Some(Disagree), Some(Neutral)])]);
    let spread = spread_of(&team, PLAIN);
    assert!(spread.question().starts_with("How true is this here: “"), "{}", spread.question());
    assert!(spread.question().ends_with("”?"));
    assert!(spread.healthy_answer().starts_with("Agreeing"));
    assert_eq!(
        spread.answers_healthy_first(),
        [StronglyAgree, Agree, Neutral, Disagree, StronglyDisagree, DontKnow]
    );
}

#[test]
fn a_retired_statement_answered_in_old_links_gets_its_breakdown() {
    let retired = statement("sales-overpromises").filter(|s| s.retired).map(|s| usize::from(s.slot));
    let members = [StronglyAgree, StronglyDisagree, StronglyDisagree]
        .map(|answer| {
            let mut answers = vec![None; SLOT_COUNT];
            if let Some(slot) = retired {
                answers[slot] = Some(answer);
            }
            AssessmentLink { content_version: 1, day: A_DAY, answers, label: None, role: None }
        })
        .to_vec();
    let team = TeamSummary::of(&TeamLink { name: None, members });
    assert_eq!(team.disagreements.len(), 1);
    assert!(team.disagreements[0].statement.discussion().ends_with('?'));
}

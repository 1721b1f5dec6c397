//! Comparing with an earlier session: the teams that can be picked, a pasted earlier team, and the
//! change in words.

use super::{member, member_with, result_address, summary, team_address, A_DAY};
use crate::assessment::Answer::{self, *};
use crate::date::Day;
use crate::link::{LinkError, TeamLink};
use crate::team::{
    comparable_teams, earlier_team, overall_change, people_change, same_answers, views_change,
    EarlierTeamProblem, SavedTeams, TeamChange,
};

fn team(name: Option<&str>, answers: &[Answer]) -> TeamLink {
    TeamLink {
        name: name.map(str::to_owned),
        members: answers.iter().map(|&answer| member(answer, None)).collect(),
    }
}

#[test]
fn the_same_answers_in_another_order_under_other_names_and_dates_are_the_same_team() {
    let mut shuffled = team(Some("Ops"), &[Agree, Disagree, Neutral]);
    shuffled.members.reverse();
    shuffled.members[0].label = Some("Ana".to_owned());
    let original = team(None, &[Agree, Disagree, Neutral]);
    assert!(same_answers(&original, &shuffled));
    assert!(same_answers(&original, &original.anonymised(Day(A_DAY.0 + 30))));
    assert!(!same_answers(&original, &team(None, &[Agree, Disagree])));
    assert!(!same_answers(&original, &team(None, &[Agree, Disagree, Agree])));
}

#[test]
fn saved_teams_to_compare_with_leave_out_the_team_on_screen_and_empty_ones() {
    let last_quarter = team(Some("Last quarter"), &[Disagree, Neutral]);
    let this_quarter = team(Some("This quarter"), &[Agree, Agree, Neutral]);
    let (saved, _) = SavedTeams::default().save(&last_quarter, A_DAY).expect("saved");
    let (saved, _) = saved.save(&this_quarter, Day(A_DAY.0 + 90)).expect("saved");
    let (saved, _) = saved.save(&team(Some("Empty"), &[]), Day(A_DAY.0 + 91)).expect("saved");
    let names = |on_screen: &TeamLink| -> Vec<String> {
        comparable_teams(&saved, on_screen).iter().map(|team| team.name.clone()).collect()
    };
    // The team on screen, even unnamed and in another order, is not offered against itself.
    let mut on_screen = TeamLink { name: None, ..this_quarter.clone() };
    on_screen.members.reverse();
    assert_eq!(names(&on_screen), ["Last quarter"]);
    // A new team on screen can be compared with either, most recently saved first.
    assert_eq!(names(&team(None, &[StronglyAgree])), ["This quarter", "Last quarter"]);
}

#[test]
fn an_earlier_team_is_read_from_its_link_with_anything_around_it() {
    let earlier = team(Some("Offsite"), &[Disagree, Neutral, Agree]);
    let on_screen = team(None, &[Agree]);
    let pasted = format!("Last quarter's team: <{}> (from the wiki)", team_address(&earlier));
    assert_eq!(earlier_team(&pasted, &on_screen), Ok(earlier.clone()));
    // The same link twice, and a result link beside it, still name one team.
    let twice = format!("{0}\n{0}\n{1}", team_address(&earlier), result_address(&member(Agree, None)));
    assert_eq!(earlier_team(&twice, &on_screen), Ok(earlier));
}

#[test]
fn a_pasted_earlier_team_that_cannot_be_compared_says_why() {
    let on_screen = team(None, &[Agree, Disagree]);
    let problem = |pasted: &str| earlier_team(pasted, &on_screen).expect_err("refused");
    assert_eq!(problem("  \n "), EarlierTeamProblem::Empty);
    assert_eq!(problem("last quarter's was on the whiteboard"), EarlierTeamProblem::NoLink);
    assert_eq!(problem(&result_address(&member(Agree, None))), EarlierTeamProblem::PersonNotTeam);
    let address = team_address(&team(None, &[Neutral, Neutral, Neutral]));
    let mistyped =
        format!("{}{}", &address[..address.len() - 1], if address.ends_with('A') { 'B' } else { 'A' });
    assert_eq!(problem(&mistyped), EarlierTeamProblem::Unreadable(LinkError::CheckFailed));
    assert_eq!(problem(&team_address(&team(Some("Nobody"), &[]))), EarlierTeamProblem::NoPeople);
    let same = TeamLink { name: Some("Renamed".to_owned()), ..on_screen.clone() };
    assert_eq!(problem(&team_address(&same)), EarlierTeamProblem::SameAsOnScreen);
    let two =
        format!("{}\n{}", team_address(&team(None, &[Neutral])), team_address(&team(None, &[Disagree])));
    assert_eq!(problem(&two), EarlierTeamProblem::SeveralTeams(2));
    for problem in [
        EarlierTeamProblem::Empty,
        EarlierTeamProblem::NoLink,
        EarlierTeamProblem::PersonNotTeam,
        EarlierTeamProblem::Unreadable(LinkError::CheckFailed),
        EarlierTeamProblem::NoPeople,
        EarlierTeamProblem::SameAsOnScreen,
        EarlierTeamProblem::SeveralTeams(2),
    ] {
        let message = problem.message();
        assert!(message.ends_with('.'), "{message}");
        assert!(message.len() > 20, "{message}");
    }
    assert!(EarlierTeamProblem::Unreadable(LinkError::CheckFailed)
        .message()
        .contains("does not pass its check"));
}

#[test]
fn the_overall_change_and_the_people_read_as_sentences() {
    assert_eq!(
        overall_change(Some(46), Some(52)),
        "The average overall score went up 6 points, from 46 to 52."
    );
    assert_eq!(
        overall_change(Some(50), Some(49)),
        "The average overall score went down 1 point, from 50 to 49."
    );
    assert_eq!(overall_change(Some(50), Some(50)), "The average overall score stayed at 50.");
    assert!(overall_change(None, Some(50)).starts_with("Too few answers"));
    assert_eq!(people_change(3, 4), "3 people before, 4 now.");
    assert_eq!(people_change(1, 1), "1 person before, 1 now.");
}

#[test]
fn views_of_a_pillar_are_more_alike_further_apart_or_about_as_before() {
    let split = summary(vec![member(StronglyDisagree, None), member(StronglyAgree, None)]);
    let alike = summary(vec![member(Agree, None), member(Agree, None)]);
    let change = TeamChange::between(&split, &alike);
    assert_eq!(views_change(&change.pillars[0]), "More alike");
    let change = TeamChange::between(&alike, &split);
    assert_eq!(views_change(&change.pillars[0]), "Further apart");
    let change = TeamChange::between(&alike, &alike);
    assert_eq!(views_change(&change.pillars[0]), "About as before");
    // One person moving one answer a step is not a change in how alike the team sees it.
    let nudged = summary(vec![member(Agree, None), member_with(Agree, PILLAR_STATEMENT, Neutral)]);
    let change = TeamChange::between(&alike, &nudged);
    assert!(change.pillars.iter().any(|pillar| pillar.spread().is_some_and(|moved| moved > 0)));
    assert!(change.pillars.iter().all(|pillar| views_change(pillar) == "About as before"));
    let alone = summary(vec![member(Agree, None)]);
    assert_eq!(views_change(&TeamChange::between(&alone, &alike).pillars[0]), "Too few to tell");
}

const PILLAR_STATEMENT: &str = "product-leader-on-executive-team";

//! Where the team might start: its weakest pillars and the recommendations its answers point to.

use super::{member, member_with, summary};
use crate::assessment::{Answer, STRONG_PILLAR};
use crate::content::assessment::{active_statements, recommendations_for};
use crate::team::{TeamSummary, FOCUS_ACTIONS, FOCUS_PILLARS};

#[test]
fn the_weakest_pillars_come_first_each_with_its_first_actions() {
    let team = summary(vec![
        member(Answer::Disagree, None),
        member(Answer::Neutral, None),
        member(Answer::Agree, None),
    ]);
    let focus = team.focus();
    assert_eq!(focus.len(), FOCUS_PILLARS);
    assert!(focus.windows(2).all(|pair| pair[0].average <= pair[1].average));
    assert!(focus.iter().all(|f| f.average < STRONG_PILLAR && f.actions.len() == FOCUS_ACTIONS));
    assert!(focus.iter().all(|f| f.actions.iter().all(|action| action.pillar_id == f.pillar.id)));
}

#[test]
fn a_team_strong_everywhere_has_nothing_to_fix() {
    // Agreeing with what is good and disagreeing with every obstacle.
    let mut healthy = member(Answer::StronglyAgree, None);
    for statement in active_statements().filter(|statement| statement.reverse) {
        healthy.answers[usize::from(statement.slot)] = Some(Answer::StronglyDisagree);
    }
    assert!(summary(vec![healthy; 3]).focus().is_empty());
}

/// The ids of the first actions for the strategic voice.
fn strategic_voice_actions(team: &TeamSummary) -> Vec<&'static str> {
    let focus = team.focus().into_iter().find(|focus| focus.pillar.id == "strategic-voice");
    focus.map(|focus| focus.actions.iter().map(|action| action.id).collect()).unwrap_or_default()
}

#[test]
fn the_action_for_the_statement_the_team_sees_worst_comes_first() {
    // Undecided on everything but one statement, which only the third recommendation addresses.
    let team = summary(vec![
        member_with(
            Answer::Neutral,
            "roadmap-states-customer-problems",
            Answer::StronglyDisagree
        );
        3
    ]);
    assert_eq!(strategic_voice_actions(&team), ["problem-per-roadmap-item", "working-backwards"]);
}

#[test]
fn agreeing_with_an_obstacle_is_what_chooses_its_action() {
    let agreed =
        summary(vec![
            member_with(Answer::Neutral, "deals-pushed-planned-work-aside", Answer::StronglyAgree);
            3
        ]);
    assert_eq!(strategic_voice_actions(&agreed), ["deal-request-review", "working-backwards"]);
}

#[test]
fn a_recommendation_is_not_chosen_by_fewer_than_three_answers() {
    // Two people are too few for any statement's breakdown: actions come by the content's priority.
    let team = summary(vec![member(Answer::Disagree, None), member(Answer::Neutral, None)]);
    for focus in team.focus() {
        let by_priority: Vec<_> = recommendations_for(focus.pillar).take(FOCUS_ACTIONS).collect();
        assert_eq!(focus.actions, by_priority, "{}", focus.pillar.id);
    }
}

//! The lead actions read as a plan: they span the weak pillars, never share a ritual, and nothing is
//! offered before what must come first.

use super::super::*;
use super::everywhere;
use crate::assessment::{Answer, Answers};
use crate::content::assessment::{active_statements, SLOT_COUNT};
use proptest::prelude::*;
use std::collections::HashSet;

/// An action with a prerequisite whose statements differ from its own, so each can be answered
/// apart; the content has at least one.
fn action_and_prerequisite() -> (&'static Recommendation, &'static Recommendation) {
    RECOMMENDATIONS
        .iter()
        .find_map(|action| {
            action
                .prerequisites()
                .find(|before| before.statement_ids.iter().all(|id| !action.statement_ids.contains(id)))
                .map(|before| (action, before))
        })
        .expect("some recommendation names a prerequisite in `after`")
}

/// Every asked statement of `recommendation` answered at `agreement` (or "Don't know" if `None`).
fn answering(answers: Answers, recommendation: &Recommendation, agreement: Option<u8>) -> Answers {
    active_statements().filter(|s| recommendation.statement_ids.contains(&s.id)).fold(
        answers,
        |answers, s| {
            answers.with(s.id, agreement.map_or(Answer::DontKnow, |agreement| s.answer_giving(agreement)))
        },
    )
}

fn offered(guidance: &Guidance) -> Vec<&'static str> {
    guidance.actions.iter().map(|action| action.recommendation.id).collect()
}

fn position(guidance: &Guidance, recommendation: &Recommendation) -> Option<usize> {
    guidance.actions.iter().position(|action| action.recommendation.id == recommendation.id)
}

#[test]
fn a_chosen_prerequisite_comes_first_even_when_its_answers_are_less_weak() {
    let (action, before) = action_and_prerequisite();
    let answers = answering(answering(everywhere(100), action, Some(0)), before, Some(50));
    let guidance = AssessmentResult::of(&answers).guidance();
    let (action_at, before_at) = (position(&guidance, action), position(&guidance, before));
    assert!(before_at.is_some() && action_at.is_some(), "{:?}", offered(&guidance));
    assert!(before_at < action_at, "{:?}", offered(&guidance));
    assert_eq!(guidance.actions[0].recommendation.id, before.id, "the action that must come first leads");
    assert_eq!(guidance.actions[0].prepares, [action]);
}

#[test]
fn a_prerequisite_answered_well_is_in_place_so_the_action_comes_alone() {
    let (action, before) = action_and_prerequisite();
    let answers = answering(everywhere(100), action, Some(0));
    let guidance = AssessmentResult::of(&answers).guidance();
    assert!(position(&guidance, action).is_some());
    assert_eq!(position(&guidance, before), None);
}

#[test]
fn a_prerequisite_nobody_could_answer_for_is_offered_just_before_its_action() {
    let (action, before) = action_and_prerequisite();
    let answers = answering(answering(everywhere(100), action, Some(0)), before, None);
    let guidance = AssessmentResult::of(&answers).guidance();
    let action_at = position(&guidance, action).expect("the action is offered");
    assert_eq!(position(&guidance, before), action_at.checked_sub(1), "{:?}", offered(&guidance));
    let prerequisite = &guidance.actions[action_at - 1];
    assert_eq!(prerequisite.reasons, guidance.actions[action_at].reasons, "offered for the same answers");
    assert_eq!(prerequisite.prepares, [action]);
}

#[test]
fn lead_actions_relying_on_one_ritual_give_way_to_the_next_action() {
    // Every action undecided: of those sharing a ritual, at most one leads.
    let guidance = AssessmentResult::of(&everywhere(50)).guidance();
    let rituals: Vec<&str> =
        guidance.first_actions().iter().filter_map(|action| action.recommendation.ritual_id).collect();
    assert_eq!(rituals.len(), rituals.iter().collect::<HashSet<_>>().len(), "{rituals:?}");
    assert_eq!(guidance.first_actions().len(), FIRST_ACTIONS);
}

#[test]
fn some_ritual_is_shared_so_the_rule_has_work_to_do() {
    let shared = RECOMMENDATIONS
        .iter()
        .filter_map(|r| r.ritual_id)
        .any(|ritual| RECOMMENDATIONS.iter().filter(|r| r.ritual_id == Some(ritual)).count() > 1);
    assert!(shared);
}

/// Any answers to today's statements, "Don't know" and unanswered included.
fn any_answers() -> impl Strategy<Value = Answers> {
    proptest::collection::vec(
        proptest::option::of(proptest::sample::select(Answer::ALL.to_vec())),
        SLOT_COUNT,
    )
    .prop_map(|slots| Answers::from_slots(&slots).value)
}

proptest! {
    #[test]
    fn the_lead_spans_two_pillars_whenever_weak_answers_fall_in_two(answers in any_answers()) {
        let result = AssessmentResult::of(&answers);
        let weak_pillars: HashSet<&str> = result.weak_answers().map(|reason| reason.statement.pillar_id).collect();
        let guidance = result.guidance();
        let lead_pillars: HashSet<&str> =
            guidance.first_actions().iter().map(|action| action.recommendation.pillar_id).collect();
        prop_assert!(lead_pillars.len() >= weak_pillars.len().min(2), "{lead_pillars:?} for {weak_pillars:?}");
        prop_assert_eq!(guidance.first_actions().len(), guidance.actions.len().min(FIRST_ACTIONS));
    }

    #[test]
    fn no_two_lead_actions_share_a_ritual(answers in any_answers()) {
        let guidance = AssessmentResult::of(&answers).guidance();
        let rituals: Vec<&str> =
            guidance.first_actions().iter().filter_map(|action| action.recommendation.ritual_id).collect();
        prop_assert_eq!(rituals.len(), rituals.iter().collect::<HashSet<_>>().len());
    }

    #[test]
    fn nothing_is_offered_before_its_prerequisite(answers in any_answers()) {
        let guidance = AssessmentResult::of(&answers).guidance();
        for (at, action) in guidance.actions.iter().enumerate() {
            for before in action.recommendation.prerequisites() {
                prop_assert!(position(&guidance, before).is_none_or(|before_at| before_at < at));
            }
        }
        let ids = offered(&guidance);
        prop_assert_eq!(ids.len(), ids.iter().collect::<HashSet<_>>().len(), "each action once");
    }
}

#[test]
fn a_prerequisite_says_which_offered_action_builds_on_it() {
    let (action, before) = action_and_prerequisite();
    let answers = answering(answering(everywhere(100), action, Some(0)), before, Some(25));
    let guidance = AssessmentResult::of(&answers).guidance();
    let first = guidance.actions.iter().find(|a| a.recommendation.id == before.id).expect("offered");
    assert_eq!(
        first.comes_first_because(),
        Some(format!("It comes first: “{}” builds on it.", action.title()))
    );
    let later = guidance.actions.iter().find(|a| a.recommendation.id == action.id).expect("offered");
    assert_eq!(later.comes_first_because(), None);
}

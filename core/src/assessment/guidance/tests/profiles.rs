//! Written respondent profiles, answered by pillar and keying, and what their reading must and must
//! not advise. They name pillars, never statements, so they hold whatever the statements say.

use super::super::*;
use crate::assessment::Answers;
use crate::content::assessment::{statements_of, PILLARS};

/// How a profile answers one pillar: the agreement (0–100) it gives the statements describing a
/// healthy practice, and the one it gives those describing an obstacle (reverse-keyed).
#[derive(Clone, Copy)]
struct Answering {
    practices: u8,
    obstacles: u8,
}

/// Practices agreed with, obstacles disagreed with.
const HEALTHY: Answering = Answering { practices: 75, obstacles: 75 };
const THRIVING: Answering = Answering { practices: 100, obstacles: 100 };

/// Every asked statement answered as `by_pillar` says for its pillar.
fn profile(by_pillar: impl Fn(&str) -> Answering) -> Answers {
    PILLARS
        .iter()
        .flat_map(|pillar| {
            let answering = by_pillar(pillar.id);
            statements_of(pillar).filter(|s| !s.retired).map(move |s| {
                (s.id, s.answer_giving(if s.reverse { answering.obstacles } else { answering.practices }))
            })
        })
        .collect()
}

/// A sales-led company: product has little say and deals reshape the roadmap (obstacles agreed with
/// strongly), research comes second-hand through sales, and nobody runs experiments; the rest holds.
fn sales_led() -> Guidance {
    let answers = profile(|pillar| match pillar {
        "strategic-voice" | "customer-empathy" => Answering { practices: 25, obstacles: 0 },
        "experimentation" => Answering { practices: 0, obstacles: 0 },
        _ => HEALTHY,
    });
    AssessmentResult::of(&answers).guidance()
}

/// Every pillar healthy except leadership and incentives: leaders far from customers, targets and pay
/// that reward any deal.
fn strong_but_leadership() -> Guidance {
    let answers =
        profile(
            |pillar| if pillar == "leadership" { Answering { practices: 25, obstacles: 0 } } else { HEALTHY },
        );
    AssessmentResult::of(&answers).guidance()
}

/// Near the top everywhere but one pillar, undecided or worse there.
fn near_the_top_but(weak: &str) -> Guidance {
    let answers =
        profile(|pillar| if pillar == weak { Answering { practices: 25, obstacles: 50 } } else { THRIVING });
    AssessmentResult::of(&answers).guidance()
}

fn pillars_of(actions: &[ChosenAction]) -> Vec<&'static str> {
    actions.iter().map(|action| action.recommendation.pillar_id).collect()
}

/// What every reading must respect: nothing before its prerequisite, and lead actions on different
/// rituals.
fn assert_reads_as_a_plan(guidance: &Guidance) {
    for (at, action) in guidance.actions.iter().enumerate() {
        for prerequisite in action.recommendation.prerequisites() {
            let before = guidance.actions.iter().position(|a| a.recommendation.id == prerequisite.id);
            assert!(
                before.is_none_or(|before| before < at),
                "{} comes after {}",
                prerequisite.id,
                action.recommendation.id
            );
        }
    }
    let rituals: Vec<&str> =
        guidance.first_actions().iter().filter_map(|action| action.recommendation.ritual_id).collect();
    let mut distinct = rituals.clone();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(rituals.len(), distinct.len(), "lead actions share a ritual: {rituals:?}");
}

#[test]
fn a_sales_led_company_leads_with_one_action_in_each_of_its_three_weak_pillars() {
    let guidance = sales_led();
    let mut lead = pillars_of(guidance.first_actions());
    lead.sort_unstable();
    assert_eq!(lead, ["customer-empathy", "experimentation", "strategic-voice"]);
    assert_reads_as_a_plan(&guidance);
}

#[test]
fn a_sales_led_company_is_told_nothing_about_the_pillars_it_answered_well() {
    let guidance = sales_led();
    let weak = ["strategic-voice", "customer-empathy", "experimentation"];
    assert!(pillars_of(&guidance.actions).iter().all(|pillar| weak.contains(pillar)));
    assert!(!guidance.sustaining);
}

#[test]
fn a_company_that_runs_no_experiments_is_never_told_to_build_on_one_first() {
    // Its experimentation lead needs nothing to be under way already.
    let guidance = sales_led();
    let lead = guidance.first_actions().iter().find(|a| a.recommendation.pillar_id == "experimentation");
    let lead = lead.expect("an experimentation lead");
    assert_eq!(lead.recommendation.prerequisites().count(), 0, "{}", lead.recommendation.id);
    // And what builds on an experiment waits for the action that starts one.
    for action in &guidance.actions {
        for prerequisite in action.recommendation.prerequisites() {
            assert!(guidance.actions.iter().any(|a| a.recommendation.id == prerequisite.id));
        }
    }
}

#[test]
fn a_company_whose_deals_reshape_the_roadmap_hears_about_that_obstacle_first_in_strategic_voice() {
    let guidance = sales_led();
    let lead = guidance.first_actions().iter().find(|a| a.recommendation.pillar_id == "strategic-voice");
    let lead = lead.expect("a strategic-voice lead");
    assert!(
        lead.worst().statement.reverse,
        "led by an obstacle agreed with, not {}",
        lead.worst().statement.id
    );
    // Every obstacle agreed with in that pillar leads to some advice.
    let obstacles = crate::content::assessment::active_statements()
        .filter(|s| s.pillar_id == "strategic-voice" && s.reverse);
    for obstacle in obstacles {
        assert!(guidance.actions.iter().any(|a| a.reasons.iter().any(|r| r.statement.id == obstacle.id)));
    }
}

#[test]
fn a_company_strong_except_leadership_gets_only_leadership_actions_on_different_rituals() {
    let guidance = strong_but_leadership();
    assert_eq!(guidance.first_actions().len(), FIRST_ACTIONS);
    assert!(pillars_of(&guidance.actions).iter().all(|pillar| *pillar == "leadership"));
    assert_reads_as_a_plan(&guidance);
}

#[test]
fn a_company_strong_except_leadership_is_told_to_keep_up_every_other_pillar() {
    let guidance = strong_but_leadership();
    let strengths: Vec<&str> = guidance.strengths.iter().map(|s| s.pillar.id).collect();
    assert_eq!(strengths.len(), PILLARS.len() - 1);
    assert!(!strengths.contains(&"leadership"));
    assert!(!guidance.sustaining);
}

#[test]
fn near_the_top_every_action_is_about_the_one_weak_pillar() {
    for weak in &PILLARS {
        let guidance = near_the_top_but(weak.id);
        assert!(!guidance.actions.is_empty(), "{}", weak.id);
        assert!(pillars_of(&guidance.actions).iter().all(|pillar| *pillar == weak.id), "{}", weak.id);
        assert!(guidance.strengths.iter().all(|strength| strength.pillar.id != weak.id));
        assert_eq!(guidance.strengths.len(), PILLARS.len() - 1);
        assert_reads_as_a_plan(&guidance);
    }
}

mod plan;
mod profiles;
mod quiz_pointers;
mod wording;

use super::*;
use crate::assessment::{Answer, Answers};
use crate::content::assessment::{active_statements, statement, PILLARS};

/// Every asked statement answered at the same agreement.
fn everywhere(agreement: u8) -> Answers {
    active_statements().map(|s| (s.id, s.answer_giving(agreement))).collect()
}

fn chosen_ids(answers: &Answers) -> Vec<&'static str> {
    AssessmentResult::of(answers).guidance().actions.iter().map(|a| a.recommendation.id).collect()
}

#[test]
fn a_result_answered_well_everywhere_gets_no_fixes_and_is_told_to_sustain() {
    let guidance = AssessmentResult::of(&everywhere(100)).guidance();
    assert!(guidance.actions.is_empty());
    assert!(guidance.sustaining);
    assert_eq!(guidance.strengths.len(), PILLARS.len());
    assert!(guidance.strengths.iter().all(|strength| !strength.shown_by.is_empty()));
}

#[test]
fn agreeing_on_the_product_led_side_everywhere_chooses_nothing() {
    assert!(chosen_ids(&everywhere(75)).is_empty());
}

#[test]
fn undecided_answers_everywhere_choose_every_recommendation() {
    assert_eq!(chosen_ids(&everywhere(50)).len(), RECOMMENDATIONS.len());
}

#[test]
fn a_recommendation_whose_statements_were_all_answered_well_is_skipped() {
    for recommendation in &RECOMMENDATIONS {
        let mut answers = everywhere(25);
        for id in recommendation.statement_ids {
            if let Some(statement) = statement(id) {
                answers.insert(id, statement.answer_giving(100));
            }
        }
        assert!(!chosen_ids(&answers).contains(&recommendation.id), "{}", recommendation.id);
    }
}

#[test]
fn one_weak_answer_chooses_exactly_the_actions_that_address_it() {
    for weak in active_statements() {
        let answers = everywhere(100).with(weak.id, weak.answer_giving(0));
        let expected: Vec<&str> =
            RECOMMENDATIONS.iter().filter(|r| r.statement_ids.contains(&weak.id)).map(|r| r.id).collect();
        let mut chosen = chosen_ids(&answers);
        chosen.sort_unstable();
        let mut expected = expected;
        expected.sort_unstable();
        assert_eq!(chosen, expected, "a weak answer to {}", weak.id);
        assert!(!chosen.is_empty(), "every asked statement leads to advice: {}", weak.id);
    }
}

#[test]
fn the_same_pillar_scores_with_different_weak_statements_get_different_advice() {
    // Two statements of one pillar addressed by different actions, answered the opposite way round:
    // the pillar scores the same, but the advice follows the weak statement.
    let pair = PILLARS.iter().find_map(|pillar| {
        let statements: Vec<&Statement> = active_statements().filter(|s| s.pillar_id == pillar.id).collect();
        statements.iter().enumerate().find_map(|(i, first)| {
            statements[i + 1..]
                .iter()
                .find(|second| advice_for(first) != advice_for(second))
                .map(|s| (*first, *s))
        })
    });
    let (first, second) = pair.expect("some pillar has statements with different advice");
    let one =
        everywhere(75).with(first.id, first.answer_giving(0)).with(second.id, second.answer_giving(100));
    let other =
        everywhere(75).with(first.id, first.answer_giving(100)).with(second.id, second.answer_giving(0));
    let (one, other) = (AssessmentResult::of(&one), AssessmentResult::of(&other));
    assert_eq!(one.pillars, other.pillars, "the pillar scores are the same");
    assert_ne!(one.guidance().actions, other.guidance().actions);
    assert_eq!(one.guidance().actions[0].worst().statement, first);
    assert_eq!(other.guidance().actions[0].worst().statement, second);
}

fn advice_for(statement: &Statement) -> Vec<&'static str> {
    RECOMMENDATIONS.iter().filter(|r| r.statement_ids.contains(&statement.id)).map(|r| r.id).collect()
}

#[test]
fn actions_come_worst_answer_first_and_each_says_which_answers_chose_it() {
    let guidance = AssessmentResult::of(&alternating()).guidance();
    // The first action for each statement comes in order of the worst answer.
    let mut seen = Vec::new();
    let firsts: Vec<u8> = guidance
        .actions
        .iter()
        .filter(|action| {
            let new = action.reasons.iter().all(|reason| !seen.contains(&reason.statement.id));
            seen.extend(action.reasons.iter().map(|reason| reason.statement.id));
            new
        })
        .map(|action| action.worst().agreement())
        .collect();
    assert!(firsts.windows(2).all(|pair| pair[0] <= pair[1]), "{firsts:?}");
    assert!(guidance.actions[0].worst().agreement() == 0);
    for action in &guidance.actions {
        assert!(action.reasons.iter().all(|reason| reason.agreement() <= WEAK_AGREEMENT));
        assert!(action.reasons.iter().all(|r| action.recommendation.statement_ids.contains(&r.statement.id)));
        assert!(action.reasons.windows(2).all(|pair| pair[0].agreement() <= pair[1].agreement()));
    }
}

/// Answers cycling through the whole scale, so some are weak and some strong in every pillar.
fn alternating() -> Answers {
    active_statements().enumerate().map(|(i, s)| (s.id, s.answer_giving((i % 5) as u8 * 25))).collect()
}

#[test]
fn on_a_tie_the_weaker_pillar_comes_first() {
    // One pillar all at "Disagree", another undecided with one "Disagree": both lead with a
    // "Disagree", and the weaker pillar's action comes first.
    let (low, middle) = (&PILLARS[2], &PILLARS[5]);
    let mut answers = everywhere(100);
    for s in active_statements() {
        if s.pillar_id == low.id {
            answers.insert(s.id, s.answer_giving(25));
        } else if s.pillar_id == middle.id {
            answers.insert(s.id, s.answer_giving(50));
        }
    }
    if let Some(first_of_middle) = active_statements().find(|s| s.pillar_id == middle.id) {
        answers.insert(first_of_middle.id, first_of_middle.answer_giving(25));
    }
    let guidance = AssessmentResult::of(&answers).guidance();
    assert_eq!(guidance.actions[0].recommendation.pillar_id, low.id);
}

#[test]
fn dont_know_is_a_blind_spot_not_a_reason_for_advice() {
    let answers: Answers = active_statements().map(|s| (s.id, Answer::DontKnow)).collect();
    let result = AssessmentResult::of(&answers);
    assert!(result.guidance().actions.is_empty());
    assert_eq!(result.blind_spots.len(), answers.len());
}

#[test]
fn a_strong_pillar_is_kept_up_not_fixed() {
    let strong = &PILLARS[3];
    let mut answers = everywhere(25);
    for s in active_statements().filter(|s| s.pillar_id == strong.id) {
        answers.insert(s.id, s.answer_giving(100));
    }
    let guidance = AssessmentResult::of(&answers).guidance();
    let strengths: Vec<&str> = guidance.strengths.iter().map(|s| s.pillar.id).collect();
    assert_eq!(strengths, [strong.id]);
    assert!(guidance.actions.iter().all(|action| action.recommendation.pillar_id != strong.id));
    assert!(!guidance.sustaining);
    assert_eq!(guidance.strengths[0].score, 100);
    assert!(guidance.strengths[0].shown_by.len() <= 2);
}

#[test]
fn the_top_stage_is_about_sustaining_even_with_a_weak_answer_left() {
    let weak = active_statements().next().expect("a statement");
    let result = AssessmentResult::of(&everywhere(100).with(weak.id, weak.answer_giving(25)));
    assert!(result.stage().is_some_and(|stage| stage.next().is_none()));
    let guidance = result.guidance();
    assert!(guidance.sustaining);
    assert_eq!(guidance.actions.len(), advice_for(weak).len());
}

#[test]
fn the_first_actions_are_at_most_three_and_the_rest_are_more() {
    let guidance = AssessmentResult::of(&everywhere(25)).guidance();
    assert_eq!(guidance.first_actions().len(), FIRST_ACTIONS);
    assert_eq!(guidance.first_actions().len() + guidance.more_actions().len(), guidance.actions.len());
    let none = AssessmentResult::of(&everywhere(100)).guidance();
    assert!(none.first_actions().is_empty() && none.more_actions().is_empty());
}

#[test]
fn a_reason_reads_as_what_the_person_answered() {
    let obstacle = active_statements().find(|s| s.reverse).expect("a reverse statement");
    let reason = Reason { statement: obstacle, answer: Answer::Agree };
    assert_eq!(reason.agreement(), 25);
    assert_eq!(reason.because("you"), format!("Because you agreed with “{}”", obstacle.text()));
    let plain = active_statements().find(|s| !s.reverse).expect("a statement");
    let reason = Reason { statement: plain, answer: Answer::StronglyDisagree };
    assert_eq!(reason.because("Ana"), format!("Because Ana strongly disagreed with “{}”", plain.text()));
}

#[test]
fn the_first_actions_answer_different_statements_when_several_are_weak() {
    // The statement with the most actions answered worst, two more a little less badly: the three
    // lead actions still answer three different statements.
    let most_advised = active_statements().max_by_key(|s| advice_for(s).len()).expect("a statement");
    assert!(advice_for(most_advised).len() >= 2, "some statement has two actions");
    let others: Vec<&Statement> = active_statements()
        .filter(|s| s.pillar_id != most_advised.pillar_id)
        .filter(|s| advice_for(s).iter().all(|id| !advice_for(most_advised).contains(id)))
        .take(2)
        .collect();
    let mut answers = everywhere(100).with(most_advised.id, most_advised.answer_giving(0));
    for other in &others {
        answers.insert(other.id, other.answer_giving(25));
    }
    let guidance = AssessmentResult::of(&answers).guidance();
    let mut leading: Vec<&str> = guidance.first_actions().iter().map(|a| a.worst().statement.id).collect();
    assert_eq!(leading[0], most_advised.id, "the worst answer leads");
    leading.sort_unstable();
    let mut expected = vec![most_advised.id, others[0].id, others[1].id];
    expected.sort_unstable();
    assert_eq!(leading, expected);
    assert_eq!(guidance.actions.len(), guidance.first_actions().len() + guidance.more_actions().len());
}

#[test]
fn weak_pillars_point_to_the_quiz_questions_that_teach_them() {
    let weak = active_statements().next().expect("a statement");
    let guidance = AssessmentResult::of(&everywhere(100).with(weak.id, weak.answer_giving(0))).guidance();
    assert!(!guidance.learn.is_empty());
    for pointer in &guidance.learn {
        assert_eq!(pointer.pillar.id, weak.pillar_id);
        assert_eq!(pointer.because, LearnBecause::WeakPillar);
        assert!(pointer.question.pillar_ids().contains(&weak.pillar_id));
    }
}

#[test]
fn blind_spots_point_to_the_quiz_too_and_no_question_comes_twice() {
    let mut answers = everywhere(100);
    for pillar in &PILLARS {
        if let Some(first) = active_statements().find(|s| s.pillar_id == pillar.id) {
            answers.insert(first.id, Answer::DontKnow);
        }
    }
    let guidance = AssessmentResult::of(&answers).guidance();
    assert_eq!(guidance.learn.len(), QUIZ_POINTERS);
    assert!(guidance.learn.iter().all(|pointer| pointer.because == LearnBecause::BlindSpot));
    let ids: std::collections::HashSet<&str> =
        guidance.learn.iter().map(|pointer| pointer.question.id).collect();
    assert_eq!(ids.len(), QUIZ_POINTERS);
}

#[test]
fn answers_with_nothing_weak_or_unknown_point_to_no_quiz_question() {
    assert!(AssessmentResult::of(&everywhere(100)).guidance().learn.is_empty());
}

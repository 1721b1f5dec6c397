//! "Learn more in the quiz": which questions the results point to, and how each card is worded.

use super::everywhere;
use crate::assessment::guidance::{LearnBecause, QuizPointer};
use crate::assessment::{Answer, AssessmentResult};
use crate::content::assessment::{active_statements, PILLARS};

/// The pointers when every statement of `pillar_id` is answered `answer` (or at agreement 0) and all
/// else strongly agreed.
fn pointers_for(pillar_id: &str, answer: Option<Answer>) -> Vec<QuizPointer> {
    let mut answers = everywhere(100);
    for statement in active_statements().filter(|statement| statement.pillar_id == pillar_id) {
        answers.insert(statement.id, answer.unwrap_or_else(|| statement.answer_giving(0)));
    }
    AssessmentResult::of(&answers).guidance().learn
}

/// Every pointer any single weak or unknown pillar calls for.
fn every_pointer() -> Vec<QuizPointer> {
    PILLARS
        .iter()
        .flat_map(|pillar| [pointers_for(pillar.id, None), pointers_for(pillar.id, Some(Answer::DontKnow))])
        .flatten()
        .collect()
}

#[test]
fn a_card_is_headed_by_its_own_question_s_topic() {
    let pointers = every_pointer();
    assert!(!pointers.is_empty());
    for pointer in pointers {
        assert_eq!(pointer.title(), pointer.question.topic);
    }
}

#[test]
fn no_card_singles_out_the_right_answer_of_its_question() {
    for pointer in every_pointer() {
        let card = format!("{} {}", pointer.title(), pointer.reason("you"));
        assert!(!pointer.question.gives_away(&card), "{card}");
    }
}

#[test]
fn the_pillars_question_is_never_offered_beside_the_pillar_that_answers_it() {
    let pointers = pointers_for("experimentation", None);
    assert!(pointers.iter().all(|pointer| pointer.question.id != "five-pillars"), "{pointers:?}");
}

#[test]
fn a_weak_pillar_points_first_to_the_question_mainly_about_it() {
    let first = pointers_for("leadership", None).first().map(|pointer| pointer.question.id);
    assert_eq!(first, Some("how-long"));
}

#[test]
fn the_reason_names_the_pillar_and_why() {
    let weak = pointers_for("outcomes", None);
    let pointer = weak.first().expect("a weak pillar points to a question");
    assert_eq!(
        pointer.reason("you"),
        "A question behind Outcomes over output, one of the pillars to work on."
    );
}

#[test]
fn a_blind_spot_s_reason_says_who_did_not_know() {
    let unknown = pointers_for("outcomes", Some(Answer::DontKnow));
    let pointer = unknown.first().expect("a blind spot points to a question");
    assert_eq!(pointer.because, LearnBecause::BlindSpot);
    assert_eq!(
        pointer.reason("Ana"),
        "A question behind Outcomes over output, where Ana answered “Don’t know”."
    );
}

#[test]
fn a_topic_that_is_the_pillar_s_name_is_not_named_again_in_the_reason() {
    let weak = pointers_for("strategic-voice", None);
    let pointer = weak.first().expect("a weak pillar points to a question");
    assert_eq!(pointer.title(), pointer.pillar.name);
    assert_eq!(pointer.reason("you"), "One of the pillars to work on.");
}

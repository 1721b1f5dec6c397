//! One question at a time: pick, confirm, see the answer, move on; and the keyboard.

use super::{answer_current, finish, moved, play, wrong_option};
use crate::quiz::{KeyAction, QuizAttempt, QuizRecord};

fn new_attempt() -> QuizAttempt {
    QuizAttempt::full(&QuizRecord::default(), 7)
}

#[test]
fn a_new_attempt_starts_on_question_one_of_ten() {
    let attempt = new_attempt();
    let step = attempt.current().expect("a new attempt has a question on screen");
    assert_eq!((step.number, step.total), (1, 10));
    assert_eq!((step.selected, step.feedback), (None, None));
}

#[test]
fn selecting_an_option_marks_it_without_answering_it() {
    let mut attempt = new_attempt();
    let option = attempt.current().expect("a question is on screen").options[1];
    assert!(moved(&mut attempt, |a| a.select(option.id)));
    assert_eq!(attempt.current().and_then(|step| step.selected), Some(option));
    assert_eq!(attempt.answered(), 0);
}

#[test]
fn selecting_an_option_of_another_question_changes_nothing() {
    let mut attempt = new_attempt();
    let on_screen: Vec<&str> = attempt.questions()[0].options().iter().map(|option| option.id).collect();
    let elsewhere = attempt.questions()[1..].iter().flat_map(|asked| asked.options());
    let other = elsewhere.map(|option| option.id).find(|id| !on_screen.contains(id));
    assert!(!moved(&mut attempt, |a| a.select(other.expect("other questions have other options"))));
    assert!(!moved(&mut attempt, |a| a.select("no-such-option")));
    assert_eq!(attempt.current().and_then(|step| step.selected), None);
}

#[test]
fn confirming_without_a_pick_changes_nothing() {
    let mut attempt = new_attempt();
    assert!(!moved(&mut attempt, |a| a.confirm()));
    assert_eq!(attempt.answered(), 0);
}

#[test]
fn confirming_a_wrong_pick_shows_the_right_answer() {
    let mut attempt = new_attempt();
    let question = attempt.questions()[0].question();
    assert!(
        moved(&mut attempt, |a| a.select(wrong_option(question))) && moved(&mut attempt, |a| a.confirm())
    );
    let feedback = attempt.current().and_then(|step| step.feedback).expect("the answer shows");
    assert_eq!(feedback.right, question.right_option());
    assert!(!feedback.was_right);
}

#[test]
fn confirming_a_wrong_pick_says_why_that_pick_is_wrong() {
    let mut attempt = new_attempt();
    let question = attempt.questions()[0].question();
    let wrong = wrong_option(question);
    assert!(moved(&mut attempt, |a| a.select(wrong)) && moved(&mut attempt, |a| a.confirm()));
    let feedback = attempt.current().and_then(|step| step.feedback).expect("the answer shows");
    let expected = question.option(wrong).and_then(|option| option.why_wrong());
    assert!(expected.is_some());
    assert_eq!(feedback.why_wrong(), expected);
}

#[test]
fn confirming_the_right_pick_has_nothing_to_say_about_being_wrong() {
    let mut attempt = new_attempt();
    let question = attempt.questions()[0].question();
    assert!(
        moved(&mut attempt, |a| a.select(question.right_option().id)) && moved(&mut attempt, |a| a.confirm())
    );
    let feedback = attempt.current().and_then(|step| step.feedback).expect("the answer shows");
    assert!(feedback.was_right);
    assert_eq!(feedback.why_wrong(), None);
}

#[test]
fn a_confirmed_answer_cannot_be_changed() {
    let mut attempt = new_attempt();
    let question = attempt.questions()[0].question();
    assert!(
        moved(&mut attempt, |a| a.select(wrong_option(question))) && moved(&mut attempt, |a| a.confirm())
    );
    assert!(!moved(&mut attempt, |a| a.select(question.right_option().id)));
    assert!(!moved(&mut attempt, |a| a.confirm()));
    assert!(!attempt.questions()[0].was_right());
}

#[test]
fn next_waits_for_a_confirmed_answer() {
    let mut attempt = new_attempt();
    let option = attempt.current().expect("a question is on screen").options[0];
    assert!(!moved(&mut attempt, |a| a.next_question()));
    attempt = attempt.select(option.id);
    assert!(!moved(&mut attempt, |a| a.next_question()));
    assert_eq!(attempt.current().map(|step| step.number), Some(1));
}

#[test]
fn next_moves_on_to_question_two() {
    let mut attempt = new_attempt();
    answer_current(&mut attempt, true);
    let step = attempt.current().expect("a second question is on screen");
    assert_eq!((step.number, step.selected, step.feedback), (2, None, None));
}

#[test]
fn only_the_last_question_says_it_is_last() {
    let mut attempt = new_attempt();
    for _ in 0..9 {
        assert!(!attempt.current().expect("a question is on screen").is_last());
        answer_current(&mut attempt, true);
    }
    assert!(attempt.current().expect("the tenth question is on screen").is_last());
}

#[test]
fn next_after_the_last_answer_leads_to_the_score() {
    let mut attempt = new_attempt();
    play(&mut attempt, |_| true);
    assert_eq!(attempt.current(), None);
    assert!(attempt.is_finished() && attempt.is_complete());
}

#[test]
fn finishing_hands_out_the_result_only_once() {
    let mut attempt = new_attempt();
    play(&mut attempt, |_| true);
    assert!(finish(&mut attempt).is_some());
    assert_eq!(finish(&mut attempt), None);
    assert!(attempt.result().is_some(), "the score screen can still show it");
}

#[test]
fn finishing_with_questions_unanswered_gives_nothing() {
    let mut attempt = new_attempt();
    answer_current(&mut attempt, true);
    assert_eq!(finish(&mut attempt), None);
    assert_eq!(attempt.current().map(|step| step.number), Some(2));
}

#[test]
fn number_keys_pick_options_in_the_order_shown() {
    let mut attempt = new_attempt();
    let shown = attempt.current().expect("a question is on screen").options[2];
    let action = KeyAction::from_key("3").expect("3 is a quiz key");
    assert!(moved(&mut attempt, |a| a.press(action)));
    assert_eq!(attempt.current().and_then(|step| step.selected), Some(shown));
}

#[test]
fn enter_confirms_the_pick_then_moves_on() {
    let mut attempt = new_attempt();
    attempt = attempt.press(KeyAction::Pick(0));
    assert!(moved(&mut attempt, |a| a.press(KeyAction::Enter)));
    assert!(attempt.current().is_some_and(|step| step.feedback.is_some()));
    assert!(moved(&mut attempt, |a| a.press(KeyAction::Enter)));
    assert_eq!(attempt.current().map(|step| step.number), Some(2));
}

#[test]
fn enter_with_nothing_picked_changes_nothing() {
    let mut attempt = new_attempt();
    assert!(!moved(&mut attempt, |a| a.press(KeyAction::Enter)));
}

#[test]
fn a_number_beyond_the_options_shown_changes_nothing() {
    let mut attempt = new_attempt();
    while attempt.current().is_some_and(|step| step.options.len() == 4) {
        answer_current(&mut attempt, true);
    }
    assert!(
        !moved(&mut attempt, |a| a.press(KeyAction::Pick(3))),
        "a three-option question has no fourth option"
    );
}

#[test]
fn keys_other_than_one_to_four_and_enter_are_not_quiz_keys() {
    for key in ["0", "5", "a", " ", "Escape", "ArrowDown", "", "11"] {
        assert_eq!(KeyAction::from_key(key), None, "{key:?}");
    }
    assert_eq!(KeyAction::from_key("1"), Some(KeyAction::Pick(0)));
    assert_eq!(KeyAction::from_key("4"), Some(KeyAction::Pick(3)));
}

#[test]
fn being_sure_goes_with_the_answer_and_starts_afresh_on_the_next_question() {
    let mut attempt = new_attempt();
    assert!(moved(&mut attempt, |a| a.set_sure(true)));
    assert!(!moved(&mut attempt, |a| a.set_sure(true)), "saying it twice changes nothing");
    assert!(answer_current(&mut attempt, false));
    assert!(attempt.questions()[0].was_sure());
    assert_eq!(attempt.current().map(|step| step.sure), Some(false));
}

#[test]
fn being_sure_cannot_change_once_the_answer_shows() {
    let mut attempt = new_attempt();
    let question = attempt.questions()[0].question();
    assert!(
        moved(&mut attempt, |a| a.select(question.right_option().id)) && moved(&mut attempt, |a| a.confirm())
    );
    assert!(!moved(&mut attempt, |a| a.set_sure(true)));
    assert!(!attempt.questions()[0].was_sure());
}

#[test]
fn confident_mistakes_are_the_wrong_answers_the_visitor_was_sure_of() {
    let mut attempt = new_attempt();
    // Sure and wrong, sure and right, unsure and wrong, then the rest right and unsure.
    let plan = [(true, false), (true, true), (false, false)];
    for (sure, rightly) in plan {
        attempt = attempt.set_sure(sure);
        answer_current(&mut attempt, rightly);
    }
    play(&mut attempt, |_| true);
    let first = attempt.questions()[0].question();
    assert_eq!(attempt.confident_mistakes(), vec![first]);
    let result = finish(&mut attempt).expect("finished");
    assert_eq!(result.confident_mistakes(), vec![first]);
    assert_eq!(result.missed().len(), 2);
}

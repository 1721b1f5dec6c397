use crate::assessment::{Answer, Answers, History, CONTENT_VERSION};
use crate::content::assessment::{active_statements, SLOT_COUNT, STATEMENTS};
use crate::content::quiz::QUESTIONS;
use crate::date::Day;
use crate::link::{decode, encode, AssessmentLink, QuizLink, SharedResult};
use crate::quiz::{QuizAttempt, QuizRecord};
use crate::shared_result::{assessment_link, quiz_link, OwnResults, SharedAssessment, SharedQuiz};
use proptest::prelude::*;

const A_DAY: Day = Day(20_779);

fn through_a_link(link: AssessmentLink) -> AssessmentLink {
    match decode(&encode(&SharedResult::Assessment(link))) {
        Ok(SharedResult::Assessment(read)) => read,
        other => panic!("expected an assessment back, got {other:?}"),
    }
}

/// A finished quiz attempt that answers rightly exactly the questions in `right_slots`.
fn finished_quiz(right_slots: &[u8]) -> crate::quiz::QuizResult {
    let mut attempt = QuizAttempt::full(&QuizRecord::default(), 7);
    while let Some(step) = attempt.current() {
        let question = step.question;
        let pick = if right_slots.contains(&question.slot) {
            question.right_option()
        } else {
            question.options.iter().find(|option| !question.is_right(option.id)).expect("a wrong option")
        };
        attempt = attempt.select(pick.id).confirm().next_question();
    }
    attempt.finish().1.expect("every question answered")
}

proptest! {
    #[test]
    fn every_completed_assessment_reads_back_with_the_same_answers_and_result(
        codes in prop::collection::vec(0u8..=6, SLOT_COUNT),
        label in prop::option::of("[a-zA-Z é]{0,50}"),
    ) {
        let answers: Answers = STATEMENTS
            .iter()
            .zip(&codes)
            .filter_map(|(statement, &code)| Some((statement.id, Answer::from_code(code)?)))
            .collect();
        let history = History::new().add(A_DAY, CONTENT_VERSION, answers.clone());
        let entry = history.latest().expect("one entry");
        let shared = SharedAssessment::read(&through_a_link(assessment_link(entry, label.as_deref())));
        prop_assert_eq!(&shared.answers, &answers);
        prop_assert_eq!(&shared.result, &entry.result());
        prop_assert_eq!(shared.day, A_DAY);
        prop_assert_eq!(shared.unread_answers, 0);
        prop_assert_eq!(shared.notice(), None);
    }

    #[test]
    fn every_full_quiz_attempt_reads_back_with_its_score(right in prop::collection::vec(any::<bool>(), 10)) {
        let right_slots: Vec<u8> =
            QUESTIONS.iter().zip(&right).filter(|(_, &r)| r).map(|(question, _)| question.slot).collect();
        let result = finished_quiz(&right_slots);
        let link = quiz_link(&result, A_DAY, None);
        let read = match decode(&encode(&SharedResult::Quiz(link))) {
            Ok(SharedResult::Quiz(read)) => read,
            other => panic!("expected a quiz back, got {other:?}"),
        };
        let shared = SharedQuiz::read(&read);
        prop_assert_eq!(shared.score, result.score);
        prop_assert_eq!(shared.right.len(), right_slots.len());
        prop_assert_eq!(shared.missed.map(|missed| missed.len()), Some(10 - right_slots.len()));
    }
}

#[test]
fn a_link_carries_the_entrys_content_version_date_and_a_cleaned_label() {
    let answers = active_statements().map(|statement| (statement.id, Answer::Agree)).collect();
    let history = History::new().add(A_DAY, CONTENT_VERSION, answers);
    let link = assessment_link(history.latest().expect("one entry"), Some("  Ana\n<b>Ops</b>\u{202E} "));
    assert_eq!(u32::from(link.content_version), CONTENT_VERSION);
    assert_eq!(link.day, A_DAY);
    assert_eq!(link.answers.len(), SLOT_COUNT);
    assert_eq!(link.label.as_deref(), Some("Ana <b>Ops</b>"));
}

#[test]
fn a_blank_label_becomes_no_label() {
    let history =
        History::new().add(A_DAY, CONTENT_VERSION, Answers::new().with("sales-overpromises", Answer::Agree));
    assert_eq!(assessment_link(history.latest().expect("one entry"), Some(" \t ")).label, None);
}

#[test]
fn answers_to_statements_from_a_newer_edition_are_counted_and_explained() {
    let mut answers = vec![Some(Answer::Agree); SLOT_COUNT + 3];
    answers[SLOT_COUNT + 1] = None;
    let link = AssessmentLink { content_version: 9, day: A_DAY, answers, label: None, role: None };
    let shared = SharedAssessment::read(&link);
    assert_eq!(shared.answers.len(), SLOT_COUNT);
    assert_eq!(shared.unread_answers, 2);
    let notice = shared.notice().expect("a notice");
    assert!(notice.contains("2 of its answers"), "{notice}");
}

#[test]
fn a_newer_edition_without_unknown_answers_still_says_so() {
    let link = AssessmentLink {
        content_version: 200,
        day: A_DAY,
        answers: vec![Some(Answer::Agree); 4],
        label: None,
        role: None,
    };
    assert!(SharedAssessment::read(&link).notice().is_some_and(|notice| notice.contains("newer edition")));
}

#[test]
fn a_quiz_link_says_how_many_were_asked_and_which_were_right() {
    let result = finished_quiz(&[0, 3, 9]);
    let link = quiz_link(&result, A_DAY, Some("Sam"));
    assert_eq!((link.asked, link.score()), (10, 3));
    // One bit for every slot up to the highest a question uses (retired slots stay false).
    let highest = QUESTIONS.iter().map(|question| usize::from(question.slot)).max().expect("questions");
    assert_eq!(link.correct.len(), highest + 1);
    assert!(link.correct[0] && link.correct[3] && link.correct[9] && !link.correct[1]);
    assert_eq!(link.label.as_deref(), Some("Sam"));
}

#[test]
fn a_shorter_attempt_does_not_claim_which_questions_were_missed() {
    // Slots 0 and 3 hold questions today; slot 1 was asked and missed.
    let correct = vec![true, false, false, true];
    let link = QuizLink { content_version: 1, day: A_DAY, correct, asked: 3, label: None };
    let shared = SharedQuiz::read(&link);
    assert_eq!(shared.score.label(), "2 of 3");
    assert_eq!(shared.right.len(), 2);
    assert_eq!(shared.missed, None);
}

#[test]
fn right_answers_to_unknown_questions_still_count_in_the_score() {
    // Slot 40 has never held a question on this site.
    let mut correct = vec![false; 41];
    correct[40] = true;
    correct[0] = true;
    let link = QuizLink { content_version: 2, day: A_DAY, correct, asked: 10, label: None };
    let shared = SharedQuiz::read(&link);
    assert_eq!(shared.score.right, 2);
    assert_eq!(shared.right.len(), 1);
    assert_eq!(shared.missed, None, "an unknown question was asked, so the misses are not known");
}

#[test]
fn a_full_attempt_at_an_earlier_edition_names_no_misses() {
    let mut correct = vec![false; 13];
    correct[0] = true;
    let earlier = u8::try_from(crate::content::quiz::CONTENT_VERSION - 1).expect("a small version");
    let link = QuizLink { content_version: earlier, day: A_DAY, correct, asked: 10, label: None };
    let shared = SharedQuiz::read(&link);
    assert_eq!(shared.score.label(), "1 of 10");
    assert_eq!(shared.right.len(), 1);
    assert_eq!(shared.missed, None, "the earlier edition asked questions that have been replaced");
}

#[test]
fn a_person_recognises_their_own_result_in_a_team_whatever_name_it_carries() {
    let history =
        crate::assessment::History::new().add(Day(20_000), CONTENT_VERSION, answers_of(Answer::Agree));
    let entry = history.latest().expect("an entry");
    let own = OwnResults::of(&history);
    assert!(own.holds(&assessment_link(entry, None)));
    assert!(own.holds(&assessment_link(entry, Some("Ana"))));
    let someone_else =
        crate::assessment::History::new().add(Day(20_000), CONTENT_VERSION, answers_of(Answer::Disagree));
    let theirs = assessment_link(someone_else.latest().expect("an entry"), None);
    assert!(!own.holds(&theirs));
    let another_day = AssessmentLink { day: Day(20_001), ..assessment_link(entry, None) };
    assert!(!own.holds(&another_day));
}

/// Every asked statement answered the same way.
fn answers_of(answer: Answer) -> Answers {
    active_statements().map(|statement| (statement.id, answer)).collect()
}

#[test]
fn a_result_link_carries_the_part_of_the_company_and_reads_it_back() {
    let answers: Answers = active_statements().map(|statement| (statement.id, Answer::Agree)).collect();
    let history = History::new().add_with_role(
        Day(20_000),
        CONTENT_VERSION,
        answers,
        Some(crate::assessment::Role::GoToMarket),
    );
    let entry = history.latest().expect("an entry");
    let link = through_a_link(assessment_link(entry, None));
    let shared = SharedAssessment::read(&link);
    assert_eq!(shared.role, Some(crate::assessment::Role::GoToMarket));
    assert_eq!(shared.result, entry.result());
}

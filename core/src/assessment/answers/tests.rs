use super::*;

const FIRST: &str = "product-at-strategy-table";

#[test]
fn an_answer_is_kept_under_its_statement() {
    let answers = Answers::new().with(FIRST, Answer::Agree);
    assert_eq!(answers.get(FIRST), Some(Answer::Agree));
    assert_eq!(answers.len(), 1);
}

#[test]
fn answering_again_replaces_the_earlier_answer() {
    let answers = Answers::new().with(FIRST, Answer::Agree).with(FIRST, Answer::DontKnow);
    assert_eq!(answers.get(FIRST), Some(Answer::DontKnow));
    assert_eq!(answers.len(), 1);
}

#[test]
fn an_unknown_statement_is_refused() {
    let mut answers = Answers::new();
    assert!(!answers.insert("no-such-statement", Answer::Agree));
    assert!(answers.is_empty());
}

#[test]
fn slots_hold_each_answer_at_its_statements_slot() {
    let answers = Answers::new().with(FIRST, Answer::Agree).with("hiring-checks-curiosity", Answer::DontKnow);
    let slots = answers.to_slots();
    assert_eq!(slots.len(), SLOT_COUNT);
    assert_eq!(slots[0], Some(Answer::Agree));
    assert_eq!(slots[34], Some(Answer::DontKnow));
    assert_eq!(slots.iter().flatten().count(), 2);
}

#[test]
fn answers_come_back_from_their_slots() {
    let answers = Answers::new().with(FIRST, Answer::Disagree).with("sales-overpromises", Answer::Agree);
    let read = Answers::from_slots(&answers.to_slots());
    assert_eq!(read.value, answers);
    assert!(read.losses.is_empty());
}

#[test]
fn answers_in_slots_no_statement_has_are_dropped_and_counted() {
    let mut slots = vec![None; SLOT_COUNT + 3];
    slots[1] = Some(Answer::Agree);
    slots[SLOT_COUNT] = Some(Answer::Agree);
    slots[SLOT_COUNT + 2] = Some(Answer::DontKnow);
    let read = Answers::from_slots(&slots);
    assert_eq!(read.value.len(), 1);
    assert_eq!(read.losses, [Loss::Answers(2)]);
}

#[test]
fn answers_are_stored_as_an_object_of_codes() {
    let answers = Answers::new().with(FIRST, Answer::StronglyAgree);
    let json = serde_json::to_string(&answers).ok();
    assert_eq!(json.as_deref(), Some(r#"{"product-at-strategy-table":5}"#));
    assert_eq!(serde_json::from_str::<Answers>(r#"{"product-at-strategy-table":5}"#).ok(), Some(answers));
}

#[test]
fn strict_reading_refuses_an_unknown_statement() {
    assert!(serde_json::from_str::<Answers>(r#"{"gone":5}"#).is_err());
}

#[test]
fn iteration_follows_the_content_order() {
    let answers: Answers =
        [("hiring-checks-curiosity", Answer::Agree), (FIRST, Answer::Agree)].into_iter().collect();
    let ids: Vec<&str> = answers.iter().map(|(statement, _)| statement.id).collect();
    assert_eq!(ids, [FIRST, "hiring-checks-curiosity"]);
}

//! One person's answers, keyed by statement id, for any statement in the content, retired ones
//! included (an old result link may hold answers to a statement no longer asked).

use super::salvage::{Loss, Salvaged};
use super::Answer;
use crate::content::assessment::{statement, statement_by_slot, Statement, SLOT_COUNT, STATEMENTS};
use serde::ser::SerializeMap;
use serde::{Deserialize, Serialize, Serializer};
use std::collections::BTreeMap;

/// Answers by statement id. Only ids of statements in the content get in, so every answer here can
/// be scored.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(try_from = "BTreeMap<String, Answer>")]
pub struct Answers(BTreeMap<&'static str, Answer>);

impl Answers {
    pub fn new() -> Answers {
        Answers::default()
    }

    /// The answer given to a statement, if any.
    pub fn get(&self, statement_id: &str) -> Option<Answer> {
        self.0.get(statement_id).copied()
    }

    /// Records an answer, replacing any earlier one. Returns `false`, changing nothing, when the
    /// content has no statement with this id.
    pub fn insert(&mut self, statement_id: &str, answer: Answer) -> bool {
        match statement(statement_id) {
            Some(statement) => {
                self.0.insert(statement.id, answer);
                true
            }
            None => false,
        }
    }

    /// These answers plus one more (a shorthand for building answers in one expression).
    #[must_use]
    pub fn with(mut self, statement_id: &str, answer: Answer) -> Answers {
        self.insert(statement_id, answer);
        self
    }

    /// Forgets the answer to a statement.
    pub fn remove(&mut self, statement_id: &str) -> Option<Answer> {
        self.0.remove(statement_id)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Each answered statement with its answer, in the content's order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static Statement, Answer)> + '_ {
        STATEMENTS.iter().filter_map(|statement| Some((statement, self.get(statement.id)?)))
    }

    /// The answers indexed by slot, as result links carry them: one entry per slot the content has
    /// ever used ([`SLOT_COUNT`]), `None` where there is no answer.
    pub fn to_slots(&self) -> Vec<Option<Answer>> {
        let mut slots = vec![None; SLOT_COUNT];
        for (statement, answer) in self.iter() {
            if let Some(place) = slots.get_mut(usize::from(statement.slot)) {
                *place = Some(answer);
            }
        }
        slots
    }

    /// Answers from a list indexed by slot. Answers in slots no statement has (a link from a newer
    /// version of the site) are dropped and counted.
    pub fn from_slots(slots: &[Option<Answer>]) -> Salvaged<Answers> {
        let mut answers = Answers::new();
        let mut dropped = 0;
        for (slot, answer) in slots.iter().enumerate() {
            match (answer, statement_by_slot(slot)) {
                (Some(answer), Some(statement)) => {
                    answers.0.insert(statement.id, *answer);
                }
                (Some(_), None) => dropped += 1,
                (None, _) => {}
            }
        }
        Salvaged::new(answers).with_loss(Loss::Answers(dropped))
    }
}

/// Stored as an object from statement id to answer code.
impl Serialize for Answers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (id, answer) in &self.0 {
            map.serialize_entry(id, answer)?;
        }
        map.end()
    }
}

impl TryFrom<BTreeMap<String, Answer>> for Answers {
    type Error = String;

    /// All or nothing: an unknown id refuses the whole set (salvaging is `from_stored`'s job).
    fn try_from(stored: BTreeMap<String, Answer>) -> Result<Answers, String> {
        let mut answers = Answers::new();
        for (id, answer) in stored {
            if !answers.insert(&id, answer) {
                return Err(format!("there is no statement with id {id:?}"));
            }
        }
        Ok(answers)
    }
}

impl<'a> FromIterator<(&'a str, Answer)> for Answers {
    /// Collects pairs of statement id and answer, skipping ids the content does not have.
    fn from_iter<I: IntoIterator<Item = (&'a str, Answer)>>(pairs: I) -> Answers {
        let mut answers = Answers::new();
        for (id, answer) in pairs {
            answers.insert(id, answer);
        }
        answers
    }
}

#[cfg(test)]
mod tests {
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
        let answers =
            Answers::new().with(FIRST, Answer::Agree).with("hiring-checks-curiosity", Answer::DontKnow);
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
}

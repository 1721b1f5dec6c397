//! One person's answers, keyed by statement id, for any statement in the content, retired ones
//! included (an old result link may hold answers to a statement no longer asked).

use super::Answer;
use crate::content::assessment::{statement, statement_by_slot, Statement, SLOT_COUNT, STATEMENTS};
use crate::stored::merge::three_way;
use crate::stored::{Loss, Read};
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

    /// Answers merged three ways, statement by statement (see [`three_way`]).
    pub fn merged(base: &Answers, ours: Answers, theirs: Answers) -> Answers {
        let pairs = |answers: Answers| answers.0.into_iter().collect::<Vec<_>>();
        let base: Vec<_> = base.0.iter().map(|(id, answer)| (*id, *answer)).collect();
        Answers(three_way(&base, pairs(ours), pairs(theirs), |(id, _)| *id).into_iter().collect())
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
    pub fn from_slots(slots: &[Option<Answer>]) -> Read<Answers> {
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
        Read::new(answers).with_loss(Loss::Answers(dropped))
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

    /// All or nothing: an unknown id refuses the whole set (salvaging is `Stored::salvage`'s job).
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
mod tests;

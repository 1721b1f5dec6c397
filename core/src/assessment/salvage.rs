//! Helpers for salvaging the assessment's stored data: answers and whole numbers read one by one
//! from loose JSON, so one damaged value never costs the rest.

use super::{Answer, Answers};
use crate::content::assessment::{statement, Statement};
use serde_json::{Map, Value};

/// Reads stored answers (an object from statement id to answer code), keeping those `keep` accepts
/// and counting the rest. `None` when the value is not an object at all.
pub(super) fn read_answers(value: &Value, keep: impl Fn(&Statement) -> bool) -> Option<(Answers, usize)> {
    let stored: &Map<String, Value> = value.as_object()?;
    let mut answers = Answers::new();
    let mut dropped = 0;
    for (id, code) in stored {
        let answer = code.as_u64().and_then(|code| u8::try_from(code).ok()).and_then(Answer::from_code);
        match (statement(id), answer) {
            (Some(statement), Some(answer)) if keep(statement) => {
                answers.insert(statement.id, answer);
            }
            _ => dropped += 1,
        }
    }
    Some((answers, dropped))
}

/// A whole number field that fits in a `u32`.
pub(super) fn read_u32(object: &Map<String, Value>, field: &str) -> Option<u32> {
    object.get(field)?.as_u64().and_then(|number| u32::try_from(number).ok())
}

#[cfg(test)]
mod tests;

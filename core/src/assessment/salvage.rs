//! What survives from damaged or outdated stored data: the valid part, and an account of what was
//! dropped so the UI can tell the visitor once.

use super::{Answer, Answers};
use crate::content::assessment::{statement, Statement};
use serde_json::{Map, Value};

/// A value read from storage or a link, with what had to be dropped on the way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Salvaged<T> {
    pub value: T,
    /// Empty when everything was read as stored.
    pub losses: Vec<Loss>,
}

/// One kind of thing dropped while reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loss {
    /// Answers to statements the content does not have (or no longer asks), or with values that are
    /// not answers.
    Answers(usize),
    /// History entries too damaged to keep (half-written, or missing their date or answers).
    HistoryEntries(usize),
    /// Saved teams whose link or name was damaged.
    SavedTeams(usize),
    /// The saved place in the assessment pointed nowhere, so it moved to the first unanswered
    /// statement.
    Place,
    /// Nothing could be read: the stored value was not in any shape this site writes.
    Everything { what: &'static str },
}

impl Loss {
    /// A plain-words sentence for the visitor.
    pub fn message(&self) -> String {
        match *self {
            Loss::Answers(1) => "1 saved answer no longer matched the questions and was dropped.".to_owned(),
            Loss::Answers(count) => {
                format!("{count} saved answers no longer matched the questions and were dropped.")
            }
            Loss::HistoryEntries(1) => "1 saved result was damaged and could not be kept.".to_owned(),
            Loss::HistoryEntries(count) => {
                format!("{count} saved results were damaged and could not be kept.")
            }
            Loss::SavedTeams(1) => "1 saved team was damaged and could not be kept.".to_owned(),
            Loss::SavedTeams(count) => format!("{count} saved teams were damaged and could not be kept."),
            Loss::Place => "Your place in the assessment could not be restored, so you are back at the \
                            first statement you have not answered."
                .to_owned(),
            Loss::Everything { what } => {
                format!(
                    "Your saved {what} could not be read, so it was set aside and you are starting fresh."
                )
            }
        }
    }

    fn is_nothing(&self) -> bool {
        matches!(self, Loss::Answers(0) | Loss::HistoryEntries(0) | Loss::SavedTeams(0))
    }
}

impl<T> Salvaged<T> {
    /// A value read whole.
    pub fn new(value: T) -> Salvaged<T> {
        Salvaged { value, losses: Vec::new() }
    }

    /// Notes a loss, ignoring counts of zero and adding to a count already noted.
    #[must_use]
    pub fn with_loss(mut self, loss: Loss) -> Salvaged<T> {
        if loss.is_nothing() {
            return self;
        }
        for noted in &mut self.losses {
            match (noted, loss) {
                (Loss::Answers(count), Loss::Answers(more))
                | (Loss::HistoryEntries(count), Loss::HistoryEntries(more))
                | (Loss::SavedTeams(count), Loss::SavedTeams(more)) => {
                    *count += more;
                    return self;
                }
                _ => {}
            }
        }
        self.losses.push(loss);
        self
    }

    /// Whether everything was read as stored.
    pub fn is_whole(&self) -> bool {
        self.losses.is_empty()
    }

    /// One message for everything that was dropped, or `None` when nothing was.
    pub fn message(&self) -> Option<String> {
        let sentences: Vec<String> = self.losses.iter().map(Loss::message).collect();
        (!sentences.is_empty()).then(|| sentences.join(" "))
    }
}

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
mod tests {
    use super::*;

    #[test]
    fn a_whole_value_has_no_message() {
        let salvaged = Salvaged::new(()).with_loss(Loss::Answers(0));
        assert!(salvaged.is_whole());
        assert_eq!(salvaged.message(), None);
    }

    #[test]
    fn dropped_answers_are_counted_in_words() {
        let salvaged = Salvaged::new(()).with_loss(Loss::Answers(2));
        assert_eq!(
            salvaged.message().as_deref(),
            Some("2 saved answers no longer matched the questions and were dropped.")
        );
    }

    #[test]
    fn one_dropped_answer_is_singular() {
        assert_eq!(
            Loss::Answers(1).message(),
            "1 saved answer no longer matched the questions and was dropped."
        );
        assert!(Loss::HistoryEntries(1).message().starts_with("1 saved result was"));
    }

    #[test]
    fn losses_of_the_same_kind_add_up_into_one_sentence() {
        let salvaged =
            Salvaged::new(()).with_loss(Loss::Answers(1)).with_loss(Loss::Place).with_loss(Loss::Answers(2));
        assert_eq!(salvaged.losses, [Loss::Answers(3), Loss::Place]);
        let message = salvaged.message().unwrap_or_default();
        assert!(message.starts_with("3 saved answers") && message.ends_with("not answered."), "{message}");
    }

    #[test]
    fn losing_everything_names_what_was_lost() {
        let message = Loss::Everything { what: "assessment history" }.message();
        assert!(message.contains("assessment history") && message.contains("starting fresh"), "{message}");
    }

    #[test]
    fn stored_answers_keep_the_valid_and_count_the_rest() {
        let stored = serde_json::json!({
            "product-at-strategy-table": 4,
            "no-such-statement": 4,
            "product-shapes-markets": 9,
            "deals-override-roadmap": "agree",
            "roadmap-names-the-problem": -1,
            "product-takes-orders": 6,
        });
        let (answers, dropped) = read_answers(&stored, |_| true).expect("an object");
        assert_eq!(answers.len(), 2);
        assert_eq!(answers.get("product-takes-orders"), Some(Answer::DontKnow));
        assert_eq!(dropped, 4);
    }

    #[test]
    fn stored_answers_that_are_not_an_object_are_not_read() {
        assert_eq!(read_answers(&serde_json::json!([4, 5]), |_| true), None);
    }
}

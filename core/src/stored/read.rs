//! What survives from damaged or outdated data: the valid part, and an account of what was dropped
//! or changed on the way, so the UI can tell the visitor once. Every stored thing and every result
//! link is read into a [`Read`].

use crate::text::{number_word, plural};

/// A value read from storage or a link, with what had to be dropped or changed to read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Read<T> {
    pub value: T,
    /// Empty when everything was read as stored.
    pub losses: Vec<Loss>,
}

/// One thing dropped or changed while reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loss {
    /// Answers to statements the content does not have (or no longer asks), or with values that are
    /// not answers.
    Answers(usize),
    /// History entries too damaged to keep (half-written, or missing their date or answers).
    HistoryEntries(usize),
    /// Saved teams whose link or name was damaged.
    SavedTeams(usize),
    /// Pieces of set-aside data too damaged to read one by one.
    SetAsideItems(usize),
    /// The saved place in the assessment pointed nowhere, so it moved to the first unanswered
    /// statement.
    Place,
    /// Nothing could be read: the stored value was not in any shape this site writes.
    Everything { what: &'static str },
    /// The saved quiz attempt could not be read at all; a new attempt starts.
    QuizAttemptUnreadable,
    /// None of the saved quiz attempt fits the current questions; a new attempt starts.
    QuizAttemptRestarted,
    /// The saved quiz attempt was adjusted to the current questions (or only its content version
    /// changed, when every count is zero): the rest of it was kept.
    QuizAttemptUpdated {
        /// Questions no longer in the quiz, taken out of the attempt.
        dropped: usize,
        /// Answers that no longer fit their question, cleared to be asked again.
        asked_again: usize,
        /// New questions added to a full attempt.
        added: usize,
    },
    /// The saved quiz record could not be read; it starts again from zero.
    QuizRecordUnreadable,
    /// Some of the quiz record's figures were damaged and reset; the rest was kept.
    QuizRecordRepaired,
    /// A quiz score no attempt can give (more right answers than questions asked, or more questions
    /// than the quiz has: `most` of them), left out.
    QuizScoreImpossible { right: u64, out_of: u64, most: usize },
    /// More quiz attempts than anyone could make, so the count was reset.
    QuizAttemptsImpossible(u64),
}

impl Loss {
    /// A plain-words sentence for the visitor.
    pub fn message(&self) -> String {
        match *self {
            Loss::Answers(count) => format!(
                "{count} saved {} no longer matched the questions and {} dropped.",
                plural(count, "answer", "answers"),
                was(count)
            ),
            Loss::HistoryEntries(count) => format!(
                "{count} saved {} damaged and could not be kept.",
                plural(count, "result was", "results were")
            ),
            Loss::SavedTeams(count) => format!(
                "{count} saved {} damaged and could not be kept.",
                plural(count, "team was", "teams were")
            ),
            Loss::SetAsideItems(count) => format!(
                "{count} {} of set-aside data could not be read one by one.",
                plural(count, "piece", "pieces")
            ),
            Loss::Place => "Your place in the assessment could not be restored, so you are back at the \
                            first statement you have not answered."
                .to_owned(),
            Loss::Everything { what } => {
                format!("Your saved {what} could not be read, so you are starting fresh.")
            }
            Loss::QuizAttemptUnreadable => {
                "Your quiz in progress could not be read (it looks damaged), so a new attempt has started."
                    .to_owned()
            }
            Loss::QuizAttemptRestarted => "The quiz has changed since your last visit and none of your \
                attempt still fits, so a new one has started. Your best score and attempts were kept."
                .to_owned(),
            Loss::QuizAttemptUpdated { dropped: 0, asked_again: 0, added: 0 } => {
                "The quiz has been updated since you started. Your answers still apply, so you can carry \
                 on where you stopped."
                    .to_owned()
            }
            Loss::QuizAttemptUpdated { dropped, asked_again, added } => {
                let mut changes = Vec::new();
                if dropped > 0 {
                    let questions = plural(dropped, "question", "questions");
                    changes.push(format!(
                        "{dropped} {questions} no longer in the quiz {} taken out",
                        was(dropped)
                    ));
                }
                if asked_again > 0 {
                    let answers = plural(asked_again, "answer", "answers");
                    let fit = plural(asked_again, "fits", "fit");
                    changes.push(format!("{asked_again} {answers} no longer {fit} and will be asked again"));
                }
                if added > 0 {
                    let questions = plural(added, "question", "questions");
                    changes.push(format!("{added} new {questions} {} added", was(added)));
                }
                format!(
                    "The quiz has changed since you started, so your attempt was adjusted: {}. Everything \
                     else was kept.",
                    changes.join("; ")
                )
            }
            Loss::QuizRecordUnreadable => "Your quiz record (best score and attempts) could not be read, \
                so it starts again from zero."
                .to_owned(),
            Loss::QuizRecordRepaired => {
                "Part of your quiz record was damaged and has been reset; the rest was kept.".to_owned()
            }
            Loss::QuizScoreImpossible { .. } | Loss::QuizAttemptsImpossible(_) => format!(
                "Your quiz record {}, so it was reset; the rest was kept.",
                self.impossibility().unwrap_or_default()
            ),
        }
    }

    /// What makes an impossible figure impossible, to follow "Your quiz record" or "The file's quiz
    /// record": "gave a score of 11 out of 10: more right answers than questions". `None` for a loss
    /// that is not about an impossible figure.
    pub fn impossibility(&self) -> Option<String> {
        match *self {
            Loss::QuizScoreImpossible { right, out_of, most } => {
                let score = format!("gave a score of {right} out of {out_of}");
                Some(if out_of == 0 || out_of > most as u64 {
                    format!("{score}, though the quiz asks {} questions", number_word(most))
                } else {
                    format!("{score}: more right answers than questions")
                })
            }
            Loss::QuizAttemptsImpossible(count) => {
                Some(format!("counted {count} attempts, more than anyone could make"))
            }
            _ => None,
        }
    }

    /// A count of zero: nothing was lost.
    fn is_nothing(&self) -> bool {
        matches!(
            self,
            Loss::Answers(0) | Loss::HistoryEntries(0) | Loss::SavedTeams(0) | Loss::SetAsideItems(0)
        )
    }
}

impl<T> Read<T> {
    /// A value read whole.
    pub fn new(value: T) -> Read<T> {
        Read { value, losses: Vec::new() }
    }

    /// Notes a loss, ignoring counts of zero and adding to a count already noted.
    #[must_use]
    pub fn with_loss(mut self, loss: Loss) -> Read<T> {
        note(&mut self.losses, loss);
        self
    }

    /// Notes a loss when there is one.
    #[must_use]
    pub fn with_any_loss(self, loss: Option<Loss>) -> Read<T> {
        match loss {
            Some(loss) => self.with_loss(loss),
            None => self,
        }
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

/// Adds `loss` to `losses` (see [`Read::with_loss`]); apart from `Read`, so that one copy serves every
/// type read.
fn note(losses: &mut Vec<Loss>, loss: Loss) {
    if loss.is_nothing() {
        return;
    }
    for noted in losses.iter_mut() {
        match (noted, loss) {
            (Loss::Answers(count), Loss::Answers(more))
            | (Loss::HistoryEntries(count), Loss::HistoryEntries(more))
            | (Loss::SavedTeams(count), Loss::SavedTeams(more))
            | (Loss::SetAsideItems(count), Loss::SetAsideItems(more)) => {
                *count += more;
                return;
            }
            _ => {}
        }
    }
    // The same event twice (two impossible scores alike, say) is told once.
    if !losses.contains(&loss) {
        losses.push(loss);
    }
}

fn was(count: usize) -> &'static str {
    plural(count, "was", "were")
}

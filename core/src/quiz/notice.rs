//! What restoring saved quiz data had to do, worded for the visitor, so the UI can say it once.

/// A value read back from storage, with what had to change to read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Restored<T> {
    pub value: T,
    /// `None` when the saved data was read as it was.
    pub notice: Option<QuizNotice>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuizNotice {
    /// The saved attempt could not be read at all; a new attempt starts.
    AttemptUnreadable,
    /// None of the saved attempt fits the current questions; a new attempt starts.
    AttemptRestarted,
    /// The saved attempt was adjusted to the current questions (or only its content version changed,
    /// when every count is zero): the rest of it was kept.
    AttemptUpdated {
        /// Questions no longer in the quiz, taken out of the attempt.
        dropped: usize,
        /// Answers that no longer fit their question, cleared to be asked again.
        asked_again: usize,
        /// New questions added to a full attempt.
        added: usize,
    },
    /// The saved record could not be read; it starts again from zero.
    RecordUnreadable,
    /// Some of the record's figures were damaged and reset; the rest was kept.
    RecordRepaired,
}

impl QuizNotice {
    /// A plain-words message for the visitor.
    pub fn message(&self) -> String {
        match *self {
            QuizNotice::AttemptUnreadable => {
                "Your quiz in progress could not be read (it looks damaged), so a new attempt has started."
                    .to_owned()
            }
            QuizNotice::AttemptRestarted => "The quiz has changed since your last visit and none of your \
                attempt still fits, so a new one has started. Your best score and attempts were kept."
                .to_owned(),
            QuizNotice::AttemptUpdated { dropped: 0, asked_again: 0, added: 0 } => {
                "The quiz has been updated since you started. Your answers still apply, so you can carry \
                 on where you stopped."
                    .to_owned()
            }
            QuizNotice::AttemptUpdated { dropped, asked_again, added } => {
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
            QuizNotice::RecordUnreadable => "Your quiz record (best score and attempts) could not be read, \
                so it starts again from zero."
                .to_owned(),
            QuizNotice::RecordRepaired => {
                "Part of your quiz record was damaged and has been reset; the rest was kept.".to_owned()
            }
        }
    }
}

fn plural(count: usize, one: &'static str, many: &'static str) -> &'static str {
    if count == 1 {
        one
    } else {
        many
    }
}

fn was(count: usize) -> &'static str {
    plural(count, "was", "were")
}

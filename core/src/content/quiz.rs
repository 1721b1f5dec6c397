//! Quiz content: the ten questions, their options and explanations, why each wrong option is wrong,
//! the assessment pillars each question teaches, how the quiz's pillars map to the assessment's, and
//! the verdicts shown with a score. The statics are generated from `content/quiz.toml` by
//! `core/build/quiz.rs`, which has already checked them: ten questions, unique ids and slots, four
//! options with exactly one correct and a `why_wrong` on every other, an explanation for each, pillar
//! ids that the assessment has (each of its pillars taught somewhere), at least four questions from
//! each source article, and option lengths that do not give the answer away.

use super::row_of;

/// One quiz question, as written in `content/quiz.toml`.
#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable id: saved attempts and records find the question by it.
    pub id: &'static str,
    /// Stable small number: result links record right answers by slot.
    pub slot: u8,
    /// A few words on what the question is about, for the review.
    pub topic: &'static str,
    /// Whether [`PILLAR_MAPPING`] follows the explanation (on the question about the pillars).
    pub shows_pillar_mapping: bool,
    /// In the order the content lists them; attempts shuffle their own copy.
    pub options: &'static [QuizOption],
    /// Index of the correct option in `options`.
    answer: usize,
    /// Ids of the assessment pillars the question teaches (none, one or two).
    pillars: &'static [&'static str],
    /// The row of its texts.
    row: usize,
}

/// One of a question's possible answers.
#[derive(Debug, PartialEq, Eq)]
pub struct QuizOption {
    /// Stable id, unique within its question.
    pub id: &'static str,
    /// The row of its texts, counted over every question's options.
    row: usize,
}

/// The short message shown with a score, for scores from `from_percent` up to the next band.
#[derive(Debug, PartialEq, Eq)]
pub struct Verdict {
    pub id: &'static str,
    pub from_percent: u8,
    /// The row of its texts.
    row: usize,
}

include!(concat!(env!("OUT_DIR"), "/quiz_content.rs"));

impl QuizOption {
    pub fn text(&self) -> &'static str {
        row_of(&OPTION_TEXTS, self.row)
    }

    /// Why this option is wrong, for a visitor who picked it; `None` on the right option only.
    pub fn why_wrong(&self) -> Option<&'static str> {
        OPTION_WHY_WRONG.get(self.row).copied().flatten()
    }
}

impl Verdict {
    pub fn headline(&self) -> &'static str {
        row_of(&VERDICT_HEADLINES, self.row)
    }

    pub fn message(&self) -> &'static str {
        row_of(&VERDICT_MESSAGES, self.row)
    }
}

impl Question {
    pub fn prompt(&self) -> &'static str {
        row_of(&QUESTION_PROMPTS, self.row)
    }

    /// Shown after answering, whichever option was picked.
    pub fn explanation(&self) -> &'static str {
        row_of(&QUESTION_EXPLANATIONS, self.row)
    }

    /// The correct option.
    pub fn right_option(&self) -> &'static QuizOption {
        let options: &'static [QuizOption] = self.options;
        // The build script writes `answer` as the position of the option marked correct.
        &options[self.answer]
    }

    /// Whether `option_id` names the correct option.
    pub fn is_right(&self, option_id: &str) -> bool {
        self.right_option().id == option_id
    }

    /// The ids of the assessment pillars (`content::assessment`) this question teaches.
    pub fn pillar_ids(&self) -> &'static [&'static str] {
        self.pillars
    }

    /// Whether showing `shown` beside this question's prompt would single out its right answer: it has
    /// a word (of five letters or more) that the prompt does not, that the right option has and no
    /// wrong option has. "Blameless experimentation" beside "Which of these is one of the five
    /// pillars?" does.
    pub fn gives_away(&self, shown: &str) -> bool {
        let prompt = telling_words(self.prompt());
        let right = telling_words(self.right_option().text());
        let wrong: Vec<Vec<String>> = self
            .options
            .iter()
            .filter(|option| !self.is_right(option.id))
            .map(|option| telling_words(option.text()))
            .collect();
        telling_words(shown).into_iter().any(|word| {
            !prompt.contains(&word)
                && right.contains(&word)
                && wrong.iter().all(|option| !option.contains(&word))
        })
    }

    /// The option with this id, if the question has one.
    pub fn option(&self, option_id: &str) -> Option<&'static QuizOption> {
        let options: &'static [QuizOption] = self.options;
        options.iter().find(|option| option.id == option_id)
    }
}

/// The words of `text` long enough to tell options apart (five letters or more), lower-cased.
fn telling_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.chars().count() >= 5)
        .map(str::to_lowercase)
        .collect()
}

/// The question with this id, if the quiz still has one.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|question| question.id == id)
}

/// The questions that teach the assessment pillar `pillar_id`, in the quiz's order: for pointing a
/// weak pillar or a "Don't know" at the questions that explain it. Empty for an unknown id.
/// The questions whose main pillar (the first listed) it is come first, so a question is offered on
/// the pillar it is most about.
pub fn questions_teaching(pillar_id: &str) -> impl Iterator<Item = &'static Question> {
    let mut teaching: Vec<&'static Question> =
        QUESTIONS.iter().filter(|question| question.pillar_ids().contains(&pillar_id)).collect();
    teaching.sort_by_key(|question| question.pillar_ids().first() != Some(&pillar_id));
    teaching.into_iter()
}

/// The most options any question has: the number keys go from 1 to this.
pub fn most_options() -> usize {
    QUESTIONS.iter().map(|question| question.options.len()).max().unwrap_or(0)
}

/// About how many minutes the whole quiz takes.
pub fn minutes_to_take() -> usize {
    super::minutes_for(QUESTIONS.len(), super::SECONDS_PER_QUIZ_QUESTION)
}

/// The question in this slot, for reading result links.
pub fn question_in_slot(slot: u8) -> Option<&'static Question> {
    QUESTIONS.iter().find(|question| question.slot == slot)
}

/// The verdict for `right` answers out of `out_of`.
pub fn verdict(right: u32, out_of: u32) -> &'static Verdict {
    let percent = if out_of == 0 { 0 } else { u64::from(right.min(out_of)) * 100 / u64::from(out_of) };
    // The build script requires a band from 0% and sorts the bands highest first, so the last one
    // catches every score.
    let lowest = &VERDICTS[VERDICTS.len() - 1];
    VERDICTS.iter().find(|verdict| percent >= u64::from(verdict.from_percent)).unwrap_or(lowest)
}

#[cfg(test)]
mod tests;

//! Quiz content: the ten questions, their options and explanations, and the verdicts shown with a
//! score. The statics are generated from `content/quiz.toml` by `core/build/quiz.rs`, which has
//! already checked them: ten questions, unique ids and slots, three or four options with exactly one
//! correct, an explanation for each.

/// One quiz question, as written in `content/quiz.toml`.
#[derive(Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable id: saved attempts and records find the question by it.
    pub id: &'static str,
    /// Stable small number: result links record right answers by slot.
    pub slot: u8,
    /// A few words on what the question is about, for the review.
    pub topic: &'static str,
    pub prompt: &'static str,
    /// Shown after answering, whichever option was picked.
    pub explanation: &'static str,
    /// In the order the content lists them; attempts shuffle their own copy.
    pub options: &'static [QuizOption],
    /// Index of the correct option in `options`.
    answer: usize,
}

/// One of a question's possible answers.
#[derive(Debug, PartialEq, Eq)]
pub struct QuizOption {
    /// Stable id, unique within its question.
    pub id: &'static str,
    pub text: &'static str,
}

/// The short message shown with a score, for scores from `from_percent` up to the next band.
#[derive(Debug, PartialEq, Eq)]
pub struct Verdict {
    pub id: &'static str,
    pub from_percent: u8,
    pub headline: &'static str,
    pub message: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/quiz_content.rs"));

impl Question {
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

    /// The option with this id, if the question has one.
    pub fn option(&self, option_id: &str) -> Option<&'static QuizOption> {
        let options: &'static [QuizOption] = self.options;
        options.iter().find(|option| option.id == option_id)
    }
}

/// The question with this id, if the quiz still has one.
pub fn question(id: &str) -> Option<&'static Question> {
    QUESTIONS.iter().find(|question| question.id == id)
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

/// The build script's checks, compiled into the tests so they can be exercised on broken files.
#[cfg(test)]
#[path = "../../build/quiz.rs"]
mod build_script;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn there_are_ten_questions() {
        assert_eq!(QUESTIONS.len(), 10);
    }

    #[test]
    fn question_ids_are_unique() {
        let ids: HashSet<&str> = QUESTIONS.iter().map(|question| question.id).collect();
        assert_eq!(ids.len(), QUESTIONS.len());
    }

    #[test]
    fn slots_are_unique_and_start_within_zero_to_nine() {
        let slots: HashSet<u8> = QUESTIONS.iter().map(|question| question.slot).collect();
        assert_eq!(slots.len(), QUESTIONS.len());
        assert!(slots.iter().all(|&slot| slot <= 9));
    }

    #[test]
    fn every_question_has_three_or_four_options() {
        assert!(QUESTIONS.iter().all(|question| (3..=4).contains(&question.options.len())));
    }

    #[test]
    fn every_question_has_exactly_one_right_option() {
        for question in &QUESTIONS {
            let right = question.options.iter().filter(|option| question.is_right(option.id)).count();
            assert_eq!(right, 1, "{}", question.id);
        }
    }

    #[test]
    fn every_question_has_an_explanation_of_a_sentence_or_two() {
        for question in &QUESTIONS {
            let sentences = question.explanation.matches(". ").count() + 1;
            assert!(!question.explanation.is_empty() && sentences <= 2, "{}", question.id);
            assert!(question.explanation.ends_with('.'), "{}", question.id);
        }
    }

    #[test]
    fn no_question_repeats_an_option() {
        for question in &QUESTIONS {
            let texts: HashSet<String> = question.options.iter().map(|o| o.text.to_lowercase()).collect();
            let ids: HashSet<&str> = question.options.iter().map(|o| o.id).collect();
            assert_eq!(texts.len(), question.options.len(), "{}", question.id);
            assert_eq!(ids.len(), question.options.len(), "{}", question.id);
        }
    }

    #[test]
    fn questions_are_found_by_id_and_by_slot() {
        let first = &QUESTIONS[0];
        assert_eq!(question(first.id), Some(first));
        assert_eq!(question_in_slot(first.slot), Some(first));
        assert_eq!(question("no-such-question"), None);
        assert_eq!(question_in_slot(200), None);
    }

    #[test]
    fn every_score_out_of_ten_has_a_verdict_and_full_marks_get_the_top_one() {
        assert_eq!(verdict(10, 10).id, VERDICTS[0].id);
        assert!((0..=10).all(|right| !verdict(right, 10).headline.is_empty()));
        assert_eq!(verdict(0, 10).from_percent, 0);
    }

    #[test]
    fn a_better_score_never_gets_a_lower_verdict() {
        let bands: Vec<u8> = (0..=10).map(|right| verdict(right, 10).from_percent).collect();
        assert!(bands.windows(2).all(|pair| pair[0] <= pair[1]), "{bands:?}");
    }

    #[test]
    fn the_content_file_passes_the_build_checks() {
        // The build already ran them; this keeps the checks and the generated statics in step.
        assert_eq!(build_script::QUESTION_COUNT, QUESTIONS.len());
        assert!(QUESTIONS.iter().all(|question| question.slot <= build_script::MAX_SLOT));
    }
}

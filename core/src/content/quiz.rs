//! Quiz content: the ten questions, their options and explanations, why each wrong option is wrong,
//! the assessment pillars each question teaches, how the quiz's pillars map to the assessment's, and
//! the verdicts shown with a score. The statics are generated from `content/quiz.toml` by
//! `core/build/quiz.rs`, which has already checked them: ten questions, unique ids and slots, three
//! or four options with exactly one correct and a `why_wrong` on every other, an explanation for each,
//! pillar ids that the assessment has (each of its pillars taught somewhere), and option lengths that
//! do not give the answer away.

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
    /// Whether [`PILLAR_MAPPING`] follows the explanation (on the question about the pillars).
    pub shows_pillar_mapping: bool,
    /// In the order the content lists them; attempts shuffle their own copy.
    pub options: &'static [QuizOption],
    /// Index of the correct option in `options`.
    answer: usize,
    /// Ids of the assessment pillars the question teaches (none, one or two).
    pillars: &'static [&'static str],
}

/// One of a question's possible answers.
#[derive(Debug, PartialEq, Eq)]
pub struct QuizOption {
    /// Stable id, unique within its question.
    pub id: &'static str,
    pub text: &'static str,
    /// Why this option is wrong, for a visitor who picked it; `None` on the right option only.
    pub why_wrong: Option<&'static str>,
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

    /// The ids of the assessment pillars (`content::assessment`) this question teaches.
    pub fn pillar_ids(&self) -> &'static [&'static str] {
        self.pillars
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

/// The questions that teach the assessment pillar `pillar_id`, in the quiz's order: for pointing a
/// weak pillar or a "Don't know" at the questions that explain it. Empty for an unknown id.
pub fn questions_teaching(pillar_id: &str) -> impl Iterator<Item = &'static Question> {
    let teaching: Vec<&'static Question> =
        QUESTIONS.iter().filter(|question| question.pillar_ids().contains(&pillar_id)).collect();
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
    fn slots_are_unique_and_fit_a_link() {
        let slots: HashSet<u8> = QUESTIONS.iter().map(|question| question.slot).collect();
        assert_eq!(slots.len(), QUESTIONS.len());
        assert!(slots.iter().all(|&slot| slot <= build_script::MAX_SLOT));
    }

    #[test]
    fn every_wrong_option_says_why_and_the_right_one_does_not() {
        for question in &QUESTIONS {
            for option in question.options {
                let why_wrong = option.why_wrong.unwrap_or_default();
                if question.is_right(option.id) {
                    assert_eq!(option.why_wrong, None, "{}", question.id);
                } else {
                    assert!(!why_wrong.is_empty() && why_wrong.chars().count() <= 300, "{}", option.id);
                }
            }
        }
    }

    #[test]
    fn the_pillar_mapping_is_shown_with_exactly_one_question() {
        assert!(!PILLAR_MAPPING.trim().is_empty());
        let showing: Vec<&str> =
            QUESTIONS.iter().filter(|question| question.shows_pillar_mapping).map(|q| q.id).collect();
        assert_eq!(showing, ["five-pillars"]);
    }

    #[test]
    fn the_pillar_mapping_names_every_pillar_the_assessment_adds_to_the_five() {
        // The five are taught by the pillars question; the mapping must say where the rest come from.
        for pillar in ["strategic voice", "leadership"] {
            assert!(PILLAR_MAPPING.to_lowercase().contains(pillar), "{pillar}");
        }
    }

    #[test]
    fn every_assessment_pillar_is_taught_by_a_question() {
        for pillar in &crate::content::assessment::PILLARS {
            assert!(questions_teaching(pillar.id).next().is_some(), "{}", pillar.id);
        }
    }

    #[test]
    fn every_pillar_a_question_names_is_an_assessment_pillar() {
        let known: HashSet<&str> =
            crate::content::assessment::PILLARS.iter().map(|pillar| pillar.id).collect();
        for question in &QUESTIONS {
            assert!(question.pillar_ids().len() <= 2, "{}", question.id);
            assert!(question.pillar_ids().iter().all(|id| known.contains(id)), "{}", question.id);
        }
    }

    #[test]
    fn questions_teaching_a_pillar_are_the_ones_naming_it_in_quiz_order() {
        let outcomes: Vec<&str> = questions_teaching("outcomes").map(|question| question.id).collect();
        assert_eq!(outcomes, ["feature-factory", "vanity-metric"]);
        let voice: Vec<&str> = questions_teaching("strategic-voice").map(|question| question.id).collect();
        assert_eq!(voice, ["doing-versus-being", "voice-not-org-chart"]);
    }

    #[test]
    fn no_question_teaches_an_unknown_pillar() {
        assert_eq!(questions_teaching("no-such-pillar").count(), 0);
        assert_eq!(questions_teaching("").count(), 0);
    }

    #[test]
    fn a_question_lists_the_pillars_it_teaches() {
        let question = question("vanity-metric").expect("the quiz asks about vanity metrics");
        assert_eq!(question.pillar_ids(), ["outcomes", "data-informed"]);
    }

    #[test]
    fn the_right_option_does_not_stand_out_by_length() {
        let length = |option: &QuizOption| option.text.chars().count();
        let stands_out = |longer: bool| {
            QUESTIONS
                .iter()
                .filter(|question| {
                    let right = length(question.right_option());
                    let mut wrong = question.options.iter().filter(|o| !question.is_right(o.id)).map(length);
                    wrong.all(|other| if longer { right > other } else { right < other })
                })
                .count()
        };
        assert!(stands_out(true) <= build_script::MAX_RIGHT_LONGEST, "longest in {}", stands_out(true));
        assert!(stands_out(false) <= build_script::MAX_RIGHT_SHORTEST, "shortest in {}", stands_out(false));
    }

    #[test]
    fn the_quiz_draws_on_both_articles_obstacles() {
        // Vanity metrics, research left to sales and product's strategic voice come from the first
        // article; the quiz must keep asking about them.
        for id in ["vanity-metric", "research-through-sales", "voice-not-org-chart"] {
            assert!(question(id).is_some(), "{id}");
        }
    }

    #[test]
    fn the_keys_and_the_time_come_from_the_content() {
        assert_eq!(most_options(), 4);
        assert_eq!(minutes_to_take(), 3);
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

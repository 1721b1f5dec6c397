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
    let known: HashSet<&str> = crate::content::assessment::PILLARS.iter().map(|pillar| pillar.id).collect();
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

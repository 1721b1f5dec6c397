use super::*;

#[test]
fn every_wrong_option_says_why_and_the_right_one_does_not() {
    // The build checks `why_wrong` against the option marked correct; this checks that the generated
    // `answer` points at that same option.
    for question in &QUESTIONS {
        for option in question.options {
            assert_eq!(
                option.why_wrong().is_none(),
                question.is_right(option.id),
                "{}: {}",
                question.id,
                option.id
            );
        }
    }
}

#[test]
fn the_pillar_mapping_is_shown_with_exactly_one_question() {
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
fn questions_teaching_a_pillar_are_the_ones_naming_it_main_pillar_first() {
    let outcomes: Vec<&str> = questions_teaching("outcomes").map(|question| question.id).collect();
    assert_eq!(outcomes, ["feature-factory", "vanity-metric"]);
    let voice: Vec<&str> = questions_teaching("strategic-voice").map(|question| question.id).collect();
    assert_eq!(voice, ["voice-in-strategy", "doing-versus-being"]);
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
fn the_quiz_draws_on_the_first_articles_requirements_and_obstacles() {
    // Product's strategic voice, quality shared across departments, vanity metrics, research left to
    // sales and feature-factory habits come from the first article; the quiz must keep asking about them.
    for id in [
        "voice-in-strategy",
        "quality-beyond-code",
        "vanity-metric",
        "research-through-sales",
        "feature-factory",
    ] {
        assert!(question(id).is_some(), "{id}");
    }
}

#[test]
fn questions_mainly_about_a_pillar_come_before_those_touching_it() {
    let leadership: Vec<&str> = questions_teaching("leadership").map(|question| question.id).collect();
    assert_eq!(leadership, ["how-long", "feature-factory"]);
}

#[test]
fn a_pillar_named_in_the_right_option_gives_the_answer_away() {
    let pillars = question("five-pillars").expect("the quiz asks about the pillars");
    assert!(pillars.gives_away("Blameless experimentation"));
}

#[test]
fn words_in_the_prompt_or_in_a_wrong_option_give_nothing_away() {
    let pillars = question("five-pillars").expect("the quiz asks about the pillars");
    assert!(!pillars.gives_away("The five pillars"));
    assert!(!pillars.gives_away("Customer-first values"));
}

#[test]
fn every_question_offers_four_options() {
    assert!(QUESTIONS.iter().all(|question| question.options.len() == 4));
}

#[test]
fn the_keys_and_the_time_come_from_the_content() {
    assert_eq!(most_options(), 4);
    assert_eq!(minutes_to_take(), 3);
}

#[test]
fn every_question_has_an_explanation_of_a_sentence_or_two() {
    for question in &QUESTIONS {
        let sentences = question.explanation().matches(". ").count() + 1;
        assert!(!question.explanation().is_empty() && sentences <= 2, "{}", question.id);
        assert!(question.explanation().ends_with('.'), "{}", question.id);
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
    assert!((0..=10).all(|right| !verdict(right, 10).headline().is_empty()));
    assert_eq!(verdict(0, 10).from_percent, 0);
}

#[test]
fn a_better_score_never_gets_a_lower_verdict() {
    let bands: Vec<u8> = (0..=10).map(|right| verdict(right, 10).from_percent).collect();
    assert!(bands.windows(2).all(|pair| pair[0] <= pair[1]), "{bands:?}");
}

use super::*;

fn text_of(heading: &str) -> String {
    how_scoring_works()
        .into_iter()
        .find(|rule| rule.heading == heading)
        .map(|rule| rule.text)
        .unwrap_or_default()
}

#[test]
fn the_scale_lists_every_answer_with_its_points() {
    assert_eq!(
        text_of("The scale"),
        "Each answer counts from 0 to 100: Strongly disagree 0, Disagree 25, Neither agree nor disagree 50, \
         Agree 75, Strongly agree 100."
    );
}

#[test]
fn the_counts_come_from_the_content_and_the_rules() {
    let obstacles = active_statements().filter(|s| s.reverse).count();
    assert!(text_of("Statements about obstacles").starts_with(&format!(
        "{} of the {} statements",
        capitalise_first(&number_word(obstacles)),
        active_statements().count()
    )));
    let dont_know = text_of("Don't know");
    assert!(
        dont_know.contains(&format!("at least {} answers", number_word(MIN_SCORED_ANSWERS))),
        "{dont_know}"
    );
    assert!(dont_know.contains(&format!(
        "{} of the {} pillars",
        number_word(min_scored_pillars()),
        number_word(PILLARS.len())
    )));
}

#[test]
fn every_stage_threshold_is_explained() {
    let stages = text_of("The stages");
    for stage in &STAGES {
        assert!(stages.contains(&format!("{} from {}", stage.name, stage.from_score)), "{}", stage.name);
    }
}

#[test]
fn the_advice_rule_names_the_weak_answer_and_the_strength_threshold() {
    let advice = text_of("How the advice is chosen");
    assert!(advice.contains("\"Neither agree nor disagree\" or worse"), "{advice}");
    assert!(advice.contains(&format!("{STRONG_PILLAR} or more")));
}

#[test]
fn the_rule_for_unmeasured_pillars_says_they_never_lift_the_stage() {
    let unmeasured = text_of("Pillars that were not measured");
    assert!(unmeasured.contains("can never lift the stage"), "{unmeasured}");
    assert!(
        unmeasured.contains(&format!("\"{}\" needs every pillar measured", STAGES[STAGES.len() - 1].name))
    );
}

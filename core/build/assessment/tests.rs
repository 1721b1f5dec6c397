//! Each mistake in the assessment's content stops the build with a message naming the entry at fault.

use super::super::checks::rejection;
use super::*;

fn pillar(id: &str) -> PillarEntry {
    PillarEntry {
        id: id.to_owned(),
        name: format!("Pillar {id}"),
        description: "What it means.".to_owned(),
        why: "Why it matters.".to_owned(),
        keep_doing: "Keep at it.".to_owned(),
    }
}

fn statement(slot: u8, pillar: &str, reverse: bool) -> StatementEntry {
    StatementEntry {
        id: format!("statement-{slot}"),
        slot,
        pillar: pillar.to_owned(),
        text: "Something concrete happens here.".to_owned(),
        discussion: "What would we see if this were true?".to_owned(),
        reverse,
        retired: false,
    }
}

fn recommendation(number: u8, pillar: &str) -> RecommendationEntry {
    RecommendationEntry {
        id: format!("{pillar}-action-{number}"),
        pillar: pillar.to_owned(),
        priority: number,
        title: "Do a thing".to_owned(),
        action: "Do it next week.".to_owned(),
        why: "It helps.".to_owned(),
        statements: addressed(number, pillar),
        after: Vec::new(),
        ritual: None,
    }
}

/// In [`valid_file`], action `n` of a pillar addresses its statement `n` (and action 3 also the
/// fourth), so every statement is addressed.
fn addressed(number: u8, pillar: &str) -> Vec<String> {
    let first = if pillar == "a" { 0 } else { 4 };
    let mut slots = vec![first + number - 1];
    if number == 3 {
        slots.push(first + 3);
    }
    slots.into_iter().map(|slot| format!("statement-{slot}")).collect()
}

fn stage(id: &str, from_score: u8) -> StageEntry {
    StageEntry {
        id: id.to_owned(),
        name: id.to_owned(),
        from_score,
        why_here: "Why it starts there.".to_owned(),
        description: "What it looks like.".to_owned(),
        next_step: "What to do next.".to_owned(),
    }
}

/// Two pillars ("a": slots 0–3, "b": slots 4–7), the first statement of each reversed.
fn valid_file() -> AssessmentFile {
    AssessmentFile {
        content_version: 1,
        pillars: vec![pillar("a"), pillar("b")],
        statements: (0..8)
            .map(|slot| statement(slot, if slot < 4 { "a" } else { "b" }, slot % 4 == 0))
            .collect(),
        rituals: vec![RitualEntry {
            id: "all-hands".to_owned(),
            name: "The company-wide meeting".to_owned(),
        }],
        recommendations: (1..=3).flat_map(|n| [recommendation(n, "a"), recommendation(n, "b")]).collect(),
        stages: vec![stage("first", 0), stage("second", 30), stage("third", 50), stage("fourth", 80)],
        obstacles: vec![ObstacleEntry {
            id: "an-obstacle".to_owned(),
            name: "An obstacle".to_owned(),
            description: "What it does.".to_owned(),
            statements: vec!["statement-0".to_owned(), "statement-4".to_owned()],
        }],
    }
}

fn error_after(change: impl FnOnce(&mut AssessmentFile)) -> String {
    rejection(valid_file(), change, validate)
}

#[test]
fn a_well_formed_file_passes() {
    assert_eq!(validate(&valid_file()), Ok(()));
}

#[test]
fn content_version_zero_is_rejected() {
    assert!(error_after(|file| file.content_version = 0).contains("content_version"));
}

#[test]
fn a_content_version_beyond_one_byte_is_rejected() {
    assert!(error_after(|file| file.content_version = 256).contains("255"));
}

#[test]
fn a_repeated_statement_id_names_the_statement() {
    let error = error_after(|file| file.statements[5].id = "statement-1".to_owned());
    assert!(error.starts_with("statement 6 (id \"statement-1\")") && error.contains("already"), "{error}");
}

#[test]
fn an_id_with_capitals_or_spaces_is_rejected() {
    let error = error_after(|file| file.pillars[1].id = "Pillar B".to_owned());
    assert!(error.contains("pillar 2") && error.contains("lowercase"), "{error}");
}

#[test]
fn a_shared_slot_names_the_second_statement() {
    let error = error_after(|file| file.statements[7].slot = 2);
    assert!(error.contains("statement 8") && error.contains("slot 2"), "{error}");
}

#[test]
fn a_slot_beyond_what_links_carry_is_rejected() {
    let error = error_after(|file| file.statements[0].slot = 127);
    assert!(error.contains("statement 1") && error.contains("126"), "{error}");
}

#[test]
fn a_statement_of_an_unknown_pillar_is_rejected() {
    let error = error_after(|file| file.statements[3].pillar = "c".to_owned());
    assert!(error.contains("statement 4") && error.contains("no pillar with id \"c\""), "{error}");
}

#[test]
fn empty_statement_text_is_rejected() {
    let error = error_after(|file| file.statements[2].text = " \n ".to_owned());
    assert!(error.contains("statement 3") && error.contains("text is empty"), "{error}");
}

#[test]
fn empty_pillar_text_names_the_field() {
    let error = error_after(|file| file.pillars[0].why = String::new());
    assert!(error.contains("pillar 1") && error.contains("why is empty"), "{error}");
}

#[test]
fn a_pillar_needs_four_statements_that_are_still_asked() {
    let error = error_after(|file| file.statements[6].retired = true);
    assert!(error.contains("pillar \"b\"") && error.contains("at least 4"), "{error}");
}

#[test]
fn a_retired_statement_does_not_count_as_the_reverse_one() {
    let error = error_after(|file| {
        file.statements[0].retired = true;
        file.statements.push(statement(8, "a", false));
        file.recommendations[0].statements.push("statement-8".to_owned());
    });
    assert!(error.contains("pillar \"a\"") && error.contains("reverse = true"), "{error}");
}

#[test]
fn a_pillar_needs_three_recommendations() {
    let error = error_after(|file| file.recommendations.retain(|r| r.id != "b-action-2"));
    assert!(error.contains("pillar \"b\"") && error.contains("at least 3"), "{error}");
}

#[test]
fn two_recommendations_of_a_pillar_cannot_share_a_priority() {
    let error = error_after(|file| file.recommendations[4].priority = 1);
    assert!(error.contains("recommendation 5") && error.contains("priority 1"), "{error}");
}

#[test]
fn a_recommendation_of_an_unknown_pillar_is_rejected() {
    let error = error_after(|file| file.recommendations[0].pillar = "z".to_owned());
    assert!(error.contains("recommendation 1") && error.contains("no pillar"), "{error}");
}

#[test]
fn priority_zero_is_rejected() {
    let error = error_after(|file| file.recommendations[1].priority = 0);
    assert!(error.contains("recommendation 2") && error.contains("starts at 1"), "{error}");
}

#[test]
fn three_stages_are_too_few_and_six_too_many() {
    let few = error_after(|file| drop(file.stages.pop()));
    let many = error_after(|file| file.stages.extend([stage("fifth", 90), stage("sixth", 95)]));
    assert!(few.contains("four or five") && many.contains("four or five"), "{few} / {many}");
}

#[test]
fn the_first_stage_starts_at_zero() {
    let error = error_after(|file| file.stages[0].from_score = 5);
    assert!(error.contains("stage 1") && error.contains("from_score = 0"), "{error}");
}

#[test]
fn stages_must_rise_in_threshold() {
    let error = error_after(|file| file.stages[2].from_score = 30);
    assert!(error.contains("stage 3") && error.contains("higher than the previous"), "{error}");
}

#[test]
fn a_stage_threshold_above_a_hundred_is_rejected() {
    let error = error_after(|file| file.stages[3].from_score = 101);
    assert!(error.contains("stage 4") && error.contains("between 0 and 100"), "{error}");
}

#[test]
fn an_empty_next_step_is_rejected() {
    let error = error_after(|file| file.stages[1].next_step = String::new());
    assert!(error.contains("stage 2") && error.contains("next_step is empty"), "{error}");
}

#[test]
fn rendered_recommendations_are_grouped_by_pillar_most_useful_first() {
    let mut file = valid_file();
    file.recommendations.reverse();
    let source = render(&file);
    let order: Vec<usize> = ["a-action-1", "a-action-2", "a-action-3", "b-action-1"]
        .iter()
        .map(|id| source.find(&format!("\"{id}\"")).expect("rendered"))
        .collect();
    assert!(order.windows(2).all(|pair| pair[0] < pair[1]), "{order:?}");
}

#[test]
fn the_slot_count_covers_the_highest_slot() {
    let mut file = valid_file();
    file.statements[0].slot = 40;
    assert!(render(&file).contains("pub const SLOT_COUNT: usize = 41;"));
}

#[test]
fn a_recommendation_must_name_a_statement() {
    let error = error_after(|file| file.recommendations[0].statements.clear());
    assert!(error.contains("recommendation 1") && error.contains("at least one statement"), "{error}");
}

#[test]
fn a_recommendation_naming_an_unknown_statement_is_rejected() {
    let error = error_after(|file| file.recommendations[0].statements.push("no-such-statement".to_owned()));
    assert!(error.contains("no-such-statement"), "{error}");
}

#[test]
fn a_recommendation_cannot_address_another_pillars_statement() {
    let error = error_after(|file| file.recommendations[0].statements = vec!["statement-5".to_owned()]);
    assert!(error.contains("belongs to pillar \"b\""), "{error}");
}

#[test]
fn a_statement_named_twice_by_one_recommendation_is_rejected() {
    let error = error_after(|file| file.recommendations[0].statements.push("statement-0".to_owned()));
    assert!(error.contains("named twice"), "{error}");
}

#[test]
fn a_recommendation_addressing_only_retired_statements_is_rejected() {
    let error = error_after(|file| {
        file.statements.push(StatementEntry { retired: true, ..statement(9, "a", false) });
        file.recommendations[0].statements = vec!["statement-9".to_owned()];
    });
    assert!(error.contains("every statement it names is retired"), "{error}");
}

#[test]
fn every_asked_statement_needs_a_recommendation() {
    let error = error_after(|file| file.statements.push(statement(9, "a", false)));
    assert!(error.contains("statement-9") && error.contains("not named by any recommendation"), "{error}");
}

#[test]
fn an_empty_keep_doing_is_rejected() {
    let error = error_after(|file| file.pillars[1].keep_doing = " ".to_owned());
    assert!(error.contains("pillar 2") && error.contains("keep_doing"), "{error}");
}

#[test]
fn a_statement_needs_a_discussion_prompt() {
    let error = error_after(|file| file.statements[4].discussion = " ".to_owned());
    assert!(error.contains("statement 5") && error.contains("discussion is empty"), "{error}");
}

#[test]
fn a_discussion_prompt_must_be_a_question() {
    let error = error_after(|file| file.statements[1].discussion = "Talk about it.".to_owned());
    assert!(error.contains("statement 2") && error.contains("ending with \"?\""), "{error}");
}

#[test]
fn a_long_discussion_prompt_is_rejected() {
    let error = error_after(|file| file.statements[0].discussion = format!("{}?", "Why ".repeat(40)));
    assert!(error.contains("statement 1") && error.contains("160 at most"), "{error}");
}

#[test]
fn a_retired_statement_keeps_its_discussion_prompt() {
    let error = error_after(|file| {
        file.statements.push(StatementEntry {
            retired: true,
            discussion: String::new(),
            ..statement(9, "a", false)
        })
    });
    assert!(error.contains("statement 9") && error.contains("discussion is empty"), "{error}");
}

#[test]
fn a_recommendation_may_rely_on_a_declared_ritual_and_come_after_another() {
    let mut file = valid_file();
    file.recommendations[0].ritual = Some("all-hands".to_owned());
    file.recommendations[2].after = vec!["a-action-1".to_owned(), "b-action-1".to_owned()];
    assert_eq!(validate(&file), Ok(()));
}

#[test]
fn an_undeclared_ritual_names_the_recommendation() {
    let error = error_after(|file| file.recommendations[3].ritual = Some("town-hall".to_owned()));
    assert!(error.starts_with("recommendation 4 (id \"b-action-2\")"), "{error}");
    assert!(error.contains("no ritual with id \"town-hall\""), "{error}");
}

#[test]
fn a_ritual_needs_a_name() {
    let error = error_after(|file| file.rituals[0].name = " ".to_owned());
    assert!(error.contains("ritual 1 (id \"all-hands\")") && error.contains("name is empty"), "{error}");
}

#[test]
fn a_prerequisite_that_does_not_exist_is_rejected() {
    let error = error_after(|file| file.recommendations[1].after = vec!["no-such-action".to_owned()]);
    assert!(error.starts_with("recommendation 2 (id \"b-action-1\")"), "{error}");
    assert!(error.contains("\"no-such-action\", but there is no recommendation"), "{error}");
}

#[test]
fn a_recommendation_cannot_come_after_itself() {
    let error = error_after(|file| file.recommendations[0].after = vec!["a-action-1".to_owned()]);
    assert!(error.contains("recommendation 1") && error.contains("itself"), "{error}");
}

#[test]
fn a_prerequisite_named_twice_is_rejected() {
    let error = error_after(|file| file.recommendations[0].after = vec!["b-action-1".to_owned(); 2]);
    assert!(error.contains("recommendation 1") && error.contains("twice"), "{error}");
}

#[test]
fn prerequisites_that_go_round_in_a_cycle_name_the_whole_cycle() {
    let error = error_after(|file| {
        file.recommendations[0].after = vec!["b-action-2".to_owned()];
        file.recommendations[3].after = vec!["a-action-3".to_owned()];
        file.recommendations[4].after = vec!["a-action-1".to_owned()];
    });
    assert!(error.starts_with("recommendation 1 (id \"a-action-1\")"), "{error}");
    assert!(error.contains("a-action-1 → b-action-2 → a-action-3 → a-action-1"), "{error}");
}

#[test]
fn rendered_recommendations_carry_their_prerequisites_and_ritual() {
    let mut file = valid_file();
    file.recommendations[2].after = vec!["a-action-1".to_owned()];
    file.recommendations[2].ritual = Some("all-hands".to_owned());
    let rendered = render(&file);
    assert!(
        rendered.contains("prerequisite_ids: &[\"a-action-1\"], ritual_id: Some(\"all-hands\")"),
        "{rendered}"
    );
    assert!(rendered.contains("prerequisite_ids: &[], ritual_id: None"));
    assert!(rendered.contains("Ritual { id: \"all-hands\", name: \"The company-wide meeting\" }"));
}

#[test]
fn an_obstacle_naming_a_missing_statement_is_rejected() {
    let error = error_after(|file| file.obstacles[0].statements[1] = "nowhere".to_owned());
    assert!(error.contains("obstacle 1") && error.contains("no statement \"nowhere\""), "{error}");
}

#[test]
fn an_obstacle_can_only_name_obstacle_statements() {
    let error = error_after(|file| file.obstacles[0].statements[1] = "statement-1".to_owned());
    assert!(error.contains("obstacle 1") && error.contains("is not an obstacle"), "{error}");
}

#[test]
fn an_obstacle_needs_two_statements() {
    let error = error_after(|file| drop(file.obstacles[0].statements.pop()));
    assert!(error.contains("at least 2 statements"), "{error}");
}

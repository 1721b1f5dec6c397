//! Checks on the content itself, as a reader of `content/assessment.toml` would want it.

use super::*;

/// Every statement ever published, by slot and id. A result link made today must mean the same
/// forever, so a slot keeps its statement: add new lines here, never change or remove one.
const PUBLISHED_STATEMENTS: &[(u8, &str)] = &[
    (0, "product-at-strategy-table"),
    (1, "product-shapes-markets"),
    (2, "deals-override-roadmap"),
    (3, "roadmap-names-the-problem"),
    (4, "product-takes-orders"),
    (5, "builders-meet-users"),
    (6, "research-has-owners"),
    (7, "sales-speaks-for-customers"),
    (8, "feedback-reaches-owners"),
    (9, "customer-view-in-meetings"),
    (10, "analytics-open-to-all"),
    (11, "analytics-training"),
    (12, "seniority-beats-data"),
    (13, "proposals-cite-evidence"),
    (14, "data-changed-a-plan"),
    (15, "hypothesis-before-building"),
    (16, "experiments-are-routine"),
    (17, "failure-hurts-careers"),
    (18, "blameless-retrospectives"),
    (19, "failed-test-praised"),
    (20, "teams-built-around-problems"),
    (21, "sales-overpromises"),
    (22, "marketing-matches-product"),
    (23, "success-team-knows-product"),
    (24, "departments-blame-each-other"),
    (25, "judged-by-feature-count"),
    (26, "goals-are-user-outcomes"),
    (27, "launches-are-followed-up"),
    (28, "vanity-metrics-in-reports"),
    (29, "outcomes-are-measured"),
    (30, "leaders-join-customer-calls"),
    (31, "leaders-ask-about-usage"),
    (32, "targets-include-product-measures"),
    (33, "pay-rewards-any-deal"),
    (34, "hiring-checks-curiosity"),
    (35, "deal-displaced-roadmap-item"),
    (36, "roadmap-items-name-user-problem"),
    (37, "product-view-weighs-equally"),
    (38, "most-builders-met-users"),
    (39, "own-research-changed-plans"),
    (40, "customer-voice-in-planning"),
    (41, "voice-of-customer-sessions"),
    (42, "analytics-used-weekly"),
    (43, "information-open-by-default"),
    (44, "most-teams-ran-an-experiment"),
    (45, "experiment-results-decide"),
    (46, "failure-praised-recently"),
    (47, "cross-functional-teams"),
    (48, "sales-promised-missing-feature"),
    (49, "success-explains-limits"),
    (50, "operations-issues-are-quality"),
    (51, "judged-on-features-shipped"),
    (52, "releases-checked-for-impact"),
    (53, "teams-choose-how"),
    (54, "leaders-heard-customers-recently"),
    (55, "marketing-measured-on-activation"),
    (56, "hiring-values-collaboration"),
    (57, "product-leader-on-executive-team"),
    (58, "product-view-shaped-decisions"),
    (59, "deals-pushed-planned-work-aside"),
    (60, "work-arrives-as-chosen-solutions"),
    (61, "roadmap-states-customer-problems"),
    (62, "sales-has-final-say"),
    (63, "builders-heard-customers"),
    (64, "research-changed-few-plans"),
    (65, "complaints-reach-fixers"),
    (66, "company-hears-customers"),
    (67, "staff-look-up-customer-data"),
    (68, "figures-open-to-staff"),
    (69, "data-often-changed-plans"),
    (70, "gut-feeling-decides"),
    (71, "expected-result-written"),
    (72, "ideas-tried-small-first"),
    (73, "failure-asks-who"),
    (74, "only-safe-ideas-proposed"),
    (75, "leaders-praised-failed-attempts"),
    (76, "teams-own-customer-problems"),
    (77, "sales-often-overpromised"),
    (78, "frontline-explains-limits"),
    (79, "operational-problems-count-as-faults"),
    (80, "departments-blame-one-another"),
    (81, "goals-name-customer-change"),
    (82, "vanity-figures-reported"),
    (83, "launch-celebrated-over-result"),
    (84, "customer-use-measured"),
    (85, "leaders-spoke-with-customers"),
    (86, "leaders-ask-how-customers-use"),
    (87, "own-targets-reward-customer-value"),
    (88, "leaders-words-contradict-decisions"),
];

/// How many statements each content version asked. Adding or retiring a statement without raising
/// `content_version` fails here: add a line for the new version.
const ASKED_BY_VERSION: &[(u32, usize)] = &[(1, 35), (2, 42), (3, 42)];

fn every_text() -> Vec<(&'static str, &'static str)> {
    let mut texts = Vec::new();
    for pillar in &PILLARS {
        texts.extend([
            (pillar.id, pillar.name),
            (pillar.id, pillar.description()),
            (pillar.id, pillar.why()),
            (pillar.id, pillar.keep_doing()),
        ]);
    }
    texts.extend(
        STATEMENTS
            .iter()
            .flat_map(|statement| [(statement.id, statement.text()), (statement.id, statement.discussion())]),
    );
    for r in &RECOMMENDATIONS {
        texts.extend([(r.id, r.title()), (r.id, r.action()), (r.id, r.why())]);
    }
    for stage in &STAGES {
        texts.extend([
            (stage.id, stage.name),
            (stage.id, stage.description()),
            (stage.id, stage.next_step()),
        ]);
    }
    texts
}

#[test]
fn there_are_seven_pillars_in_the_order_of_the_sources() {
    let ids: Vec<&str> = PILLARS.iter().map(|pillar| pillar.id).collect();
    assert_eq!(
        ids,
        [
            "strategic-voice",
            "customer-empathy",
            "data-informed",
            "experimentation",
            "shared-quality",
            "outcomes",
            "leadership"
        ]
    );
}

#[test]
fn a_published_statement_keeps_its_slot_and_id_forever() {
    for &(slot, id) in PUBLISHED_STATEMENTS {
        let statement = statement_by_slot(usize::from(slot)).map(|statement| statement.id);
        assert_eq!(statement, Some(id), "slot {slot} must stay {id:?} (retire it, never delete it)");
    }
}

#[test]
fn every_statement_is_listed_as_published() {
    // Keeps PUBLISHED_STATEMENTS complete, so the pin above covers new statements too.
    for statement in &STATEMENTS {
        assert!(
            PUBLISHED_STATEMENTS.contains(&(statement.slot, statement.id)),
            "add ({}, {:?}) to PUBLISHED_STATEMENTS",
            statement.slot,
            statement.id
        );
    }
}

#[test]
fn the_content_version_changes_whenever_the_asked_statements_do() {
    let asked = active_statements().count();
    let recorded = ASKED_BY_VERSION.iter().find(|(version, _)| *version == CONTENT_VERSION);
    assert_eq!(
        recorded.map(|(_, count)| *count),
        Some(asked),
        "content version {CONTENT_VERSION} asks {asked} statements: if you added or retired one, raise \
         content_version and record the new version in ASKED_BY_VERSION"
    );
}

#[test]
fn the_assessment_asks_between_28_and_45_statements() {
    let asked = active_statements().count();
    assert!((28..=45).contains(&asked), "{asked} statements");
}

#[test]
fn the_assessment_takes_at_most_eight_minutes_by_the_reading_rule() {
    assert!(minutes_to_take() <= 8, "{} minutes", minutes_to_take());
}

#[test]
fn asked_statements_average_at_most_fifteen_words() {
    let asked: Vec<&Statement> = active_statements().collect();
    let words: usize = asked.iter().map(|statement| statement.word_count()).sum();
    assert!(words <= 15 * asked.len(), "{words} words over {} statements", asked.len());
}

/// The words of an asked statement, lowercased and stripped of punctuation, with its id.
fn asked_words() -> impl Iterator<Item = (&'static str, String)> {
    active_statements().flat_map(|statement| {
        statement.text().split_whitespace().map(move |word| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '/' && c != '-');
            (statement.id, word.to_lowercase())
        })
    })
}

#[test]
fn asked_statements_speak_as_we_and_never_as_i_or_you() {
    // One voice: the person answers for their company as "we" and "our".
    let other_voices = ["i", "me", "my", "mine", "you", "your", "here"];
    for (id, word) in asked_words() {
        assert!(!other_voices.contains(&word.as_str()), "{id} says {word:?}");
    }
}

#[test]
fn asked_statements_claim_no_absolute() {
    let absolutes = ["every", "everyone", "always", "never", "exactly", "each", "all"];
    for (id, word) in asked_words() {
        assert!(!absolutes.contains(&word.as_str()), "{id} says {word:?}");
    }
}

#[test]
fn asked_statements_need_no_growth_tactic_vocabulary() {
    // A sales-led company, or one that sells no software, must be able to answer every statement.
    let tactics =
        ["a/b", "in-app", "activation", "activate", "onboarding", "funnel", "freemium", "self-serve"];
    for (id, word) in asked_words() {
        assert!(!tactics.contains(&word.as_str()), "{id} says {word:?}");
    }
}

#[test]
fn asked_statements_about_a_span_of_time_open_with_their_period() {
    for statement in active_statements() {
        let opening = statement.period.map(|period| format!("In the {period}, "));
        let names_a_span = statement.text().starts_with("In the past");
        assert_eq!(opening.is_some(), names_a_span, "{}", statement.id);
        assert!(opening.is_none_or(|opening| statement.text().starts_with(&opening)), "{}", statement.id);
    }
}

#[test]
fn asked_statements_ask_about_three_or_six_months() {
    let periods = [Some("past three months"), Some("past six months"), None];
    assert!(active_statements().all(|statement| periods.contains(&statement.period)));
}

#[test]
fn every_part_of_the_company_is_a_known_one_and_someone_can_see_each_statement() {
    for statement in &STATEMENTS {
        assert!(statement.unseen_by.iter().all(|part| COMPANY_PARTS.contains(part)), "{}", statement.id);
        assert!(statement.unseen_by.len() < COMPANY_PARTS.len(), "{} is seen by nobody", statement.id);
    }
}

#[test]
fn each_pillar_asks_at_least_two_statements_describing_an_obstacle() {
    for pillar in &PILLARS {
        let obstacles = statements_of(pillar).filter(|s| !s.retired && s.reverse).count();
        assert!(obstacles >= 2, "{}: {obstacles}", pillar.id);
    }
}

#[test]
fn asked_statements_are_spread_evenly_over_the_pillars() {
    // No pillar's score rests on far fewer answers than another's.
    let counts: Vec<usize> =
        PILLARS.iter().map(|pillar| statements_of(pillar).filter(|s| !s.retired).count()).collect();
    let (fewest, most) = (counts.iter().min(), counts.iter().max());
    assert!(most.zip(fewest).is_some_and(|(most, fewest)| most - fewest <= 2), "{counts:?}");
}

#[test]
fn a_pillars_recommendations_come_most_useful_first() {
    for pillar in &PILLARS {
        let priorities: Vec<u8> = recommendations_for(pillar).map(|r| r.priority).collect();
        assert!(priorities.windows(2).all(|pair| pair[0] < pair[1]), "{}: {priorities:?}", pillar.id);
    }
}

#[test]
fn every_stage_says_what_to_do_next() {
    assert!(STAGES.iter().all(|stage| stage.next_step().len() > 20));
}

#[test]
fn no_text_has_stray_spaces_backslashes_or_line_breaks() {
    for (id, text) in every_text() {
        assert_eq!(text, text.trim(), "{id}");
        assert!(!text.contains("  ") && !text.contains('\\') && !text.contains('\n'), "{id}: {text:?}");
    }
}

#[test]
fn statements_and_recommendations_read_as_sentences() {
    let sentences = STATEMENTS.iter().map(|s| s.text()).chain(RECOMMENDATIONS.iter().map(|r| r.action()));
    for text in sentences {
        assert!(text.ends_with('.') && text.starts_with(char::is_uppercase), "{text}");
    }
}

#[test]
fn each_statement_has_its_own_discussion_prompt() {
    // Written for its statement, not one question pasted under several.
    let mut prompts: Vec<&str> = STATEMENTS.iter().map(|statement| statement.discussion()).collect();
    prompts.sort_unstable();
    prompts.dedup();
    assert_eq!(prompts.len(), STATEMENTS.len());
    assert!(STATEMENTS.iter().all(|statement| statement.discussion().starts_with(char::is_uppercase)));
}

#[test]
fn stages_run_from_not_yet_to_being_product_led() {
    assert_eq!(STAGES[0].id, "not-yet-product-led");
    assert_eq!(STAGES[STAGES.len() - 1].id, "being-product-led");
}

#[test]
fn each_score_reaches_the_highest_stage_whose_threshold_it_meets() {
    assert_eq!(stage_for_score(0).id, "not-yet-product-led");
    assert_eq!(stage_for_score(100).id, "being-product-led");
    for stage in &STAGES {
        assert_eq!(stage_for_score(stage.from_score), stage);
    }
    assert_eq!(stage_for_score(STAGES[1].from_score - 1), &STAGES[0]);
}

#[test]
fn the_next_stage_follows_and_the_last_has_none() {
    assert_eq!(STAGES[0].next(), Some(&STAGES[1]));
    assert_eq!(STAGES[STAGES.len() - 1].next(), None);
    assert_eq!(stage("mixed-or-undecided").map(Stage::index), Some(1));
}

#[test]
fn statements_are_found_by_id_and_by_slot() {
    let first = &STATEMENTS[0];
    assert_eq!(statement(first.id), Some(first));
    assert_eq!(statement_by_slot(usize::from(first.slot)), Some(first));
    assert_eq!(statement("no-such-statement"), None);
    assert_eq!(statement_by_slot(500), None);
}

#[test]
fn statements_and_recommendations_know_their_pillar() {
    let voice = pillar("strategic-voice").expect("the first pillar exists");
    assert_eq!(STATEMENTS[0].pillar(), voice);
    assert_eq!(RECOMMENDATIONS[0].pillar(), voice);
    assert_eq!(PILLARS[6].index(), 6);
}

use super::*;
use crate::content::assessment::{RECOMMENDATIONS, STATEMENTS};

fn headings(method: &Method) -> Vec<&'static str> {
    method.sections.iter().map(|section| section.heading).collect()
}

fn section<'a>(method: &'a Method, id: &str) -> &'a Section {
    method.sections.iter().find(|section| section.id == id).unwrap_or_else(|| panic!("no section {id:?}"))
}

const FIGURES: SimulationFigures = SimulationFigures {
    respondents: 1234,
    old_rule_consistency_percent: 51,
    new_rule_consistency_percent: 77,
    dont_know_rates: &[("leadership", 30), ("strategic-voice", 20)],
    noise: "each answer moved one step up or down at random, one time in three.",
};

#[test]
fn the_sections_come_in_reading_order() {
    let method = Method::with_simulation(Some(FIGURES));
    let ids: Vec<&str> = method.sections.iter().map(|section| section.id).collect();
    assert_eq!(ids, ["pillars", "scoring", "stages", "stability", "limits", "versions", "glossary"]);
}

#[test]
fn without_simulation_figures_the_stability_section_is_left_out_rather_than_invented() {
    let method = Method::with_simulation(None);
    assert!(!method.sections.iter().any(|section| section.id == "stability"));
}

#[test]
fn every_asked_statement_is_listed_once_in_the_order_it_is_asked() {
    let listed: Vec<&str> = Method::published().statements().map(|line| line.id).collect();
    let asked: Vec<&str> = active_statements().map(|statement| statement.id).collect();
    assert_eq!(listed, asked);
}

#[test]
fn every_statement_is_listed_under_its_own_pillar() {
    let method = Method::published();
    for (pillar, part) in PILLARS.iter().zip(&section(&method, "pillars").parts) {
        assert_eq!(part.heading.as_deref(), Some(pillar.name));
        let List::Statements(lines) = &part.list else { panic!("{} lists no statements", pillar.id) };
        for line in lines {
            assert_eq!(
                statement(line.id).map(|statement| statement.pillar_id),
                Some(pillar.id),
                "{}",
                line.id
            );
        }
    }
}

#[test]
fn an_obstacle_is_keyed_in_reverse_and_a_practice_is_not() {
    for line in Method::published().statements() {
        let reverse = statement(line.id).is_some_and(|statement| statement.reverse);
        assert_eq!(line.keying, if reverse { OBSTACLE } else { HEALTHY_WHEN_AGREED }, "{}", line.id);
    }
}

#[test]
fn each_pillar_says_what_it_captures_and_what_it_leaves_out() {
    for part in &section(&Method::published(), "pillars").parts {
        assert!(part.paragraphs.iter().any(|paragraph| paragraph.starts_with("What it captures: ")));
        assert!(part.paragraphs.iter().any(|paragraph| paragraph.starts_with("What it leaves out: ")));
    }
}

#[test]
fn the_scoring_section_is_the_explanation_the_results_give() {
    let method = Method::published();
    let parts = &section(&method, "scoring").parts;
    let rules = how_scoring_works();
    assert_eq!(parts.len(), rules.len());
    for (part, rule) in parts.iter().zip(rules) {
        assert_eq!(part.heading.as_deref(), Some(rule.heading));
        assert_eq!(part.paragraphs, [rule.text]);
    }
}

#[test]
fn every_stage_is_named_with_the_score_it_starts_at() {
    let method = Method::published();
    let stages: Vec<Option<String>> =
        section(&method, "stages").parts.iter().map(|part| part.heading.clone()).collect();
    let expected: Vec<Option<String>> =
        STAGES.iter().map(|stage| Some(format!("{}, from {}", stage.name, stage.from_score))).collect();
    assert_eq!(stages, expected);
}

#[test]
fn the_simulation_is_labelled_as_one_and_gives_both_rules_figures() {
    let method = Method::with_simulation(Some(FIGURES));
    let text = section(&method, "stability").paragraphs.join(" ");
    assert!(text.contains("a simulation, not a validation"), "{text}");
    assert!(
        text.contains("1234 simulated respondents") && text.contains("51%") && text.contains("77%"),
        "{text}"
    );
}

#[test]
fn the_simulations_dont_know_rates_are_named_by_pillar() {
    let method = Method::with_simulation(Some(FIGURES));
    let List::Points(rates) = &section(&method, "stability").parts[0].list else { panic!("no rates listed") };
    assert_eq!(rates[0], "Leadership and aligned incentives: 30%");
}

#[test]
fn the_limits_include_no_validation_no_benchmark_and_one_persons_view() {
    let method = Method::published();
    let limits: Vec<&str> = crate::content::method::LIMITS.iter().map(|limit| limit.id).collect();
    for needed in ["no-outcome-validation", "no-benchmark", "one-view"] {
        assert!(limits.contains(&needed), "{needed}");
    }
    assert_eq!(section(&method, "limits").parts.len(), limits.len());
}

#[test]
fn every_content_version_up_to_todays_is_described() {
    let method = Method::published();
    let versions: Vec<Option<String>> =
        section(&method, "versions").parts.iter().map(|part| part.heading.clone()).collect();
    let expected: Vec<Option<String>> =
        (1..=CONTENT_VERSION).map(|version| Some(format!("Version {version}"))).collect();
    assert_eq!(versions, expected);
}

#[test]
fn every_retired_statement_is_listed_under_the_version_that_retired_it() {
    let method = Method::published();
    let listed: Vec<String> = section(&method, "versions")
        .parts
        .iter()
        .flat_map(|part| match &part.list {
            List::Points(points) => points.clone(),
            _ => Vec::new(),
        })
        .collect();
    for retired in STATEMENTS.iter().filter(|statement| statement.retired) {
        assert!(listed.iter().any(|point| point.ends_with(&format!("({})", retired.id))), "{}", retired.id);
    }
}

#[test]
fn every_glossary_term_is_used_by_a_statement_asked_or_an_action() {
    let texts: Vec<String> = active_statements()
        .map(|statement| statement.text().to_lowercase())
        .chain(
            RECOMMENDATIONS
                .iter()
                .map(|r| format!("{} {} {}", r.title(), r.action(), r.why()).to_lowercase()),
        )
        .collect();
    for term in &TERMS {
        let term = term.term.to_lowercase();
        assert!(
            texts.iter().any(|text| text.contains(&term)),
            "the glossary explains {term:?}, which no statement asked today and no action uses: remove it \
             from content/method.toml or use the word the statements use"
        );
    }
}

#[test]
fn the_markdown_has_the_pages_headings_in_the_same_order() {
    let method = Method::with_simulation(Some(FIGURES));
    let markdown = method.markdown();
    let found: Vec<&str> = markdown.lines().filter_map(|line| line.strip_prefix("## ")).collect();
    assert_eq!(found, headings(&method));
}

#[test]
fn the_markdown_lists_every_asked_statement_with_its_keying() {
    let markdown = Method::published().markdown();
    for statement in active_statements() {
        let keying = if statement.reverse { OBSTACLE } else { HEALTHY_WHEN_AGREED };
        assert!(
            markdown.contains(&format!("{} ({}) {keying}", statement.text(), statement.id)),
            "{}",
            statement.id
        );
    }
}

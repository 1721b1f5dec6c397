//! The method, published: what each pillar captures, every statement asked with its keying, the
//! scoring and stage rules, how stable a reading is, what a reading does not claim, what changed in
//! each content version and a glossary. Assembled from the content and the scoring rules' own
//! constants, so the page (`#/method`) and `docs/method.md` ([`Method::markdown`]) say what the code
//! does and nothing else; the UI only renders it.

use crate::assessment::{how_scoring_works, Answer, CONTENT_VERSION};
use crate::content::assessment::{
    active_statements, minutes_to_take, statement, Pillar, Stage, Statement, PILLARS, STAGES,
};
use crate::content::method::{construct, LIMITS, TERMS, VERSIONS};
use crate::text::{capitalise_first, counted, number_word};

/// The whole method, in reading order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Method {
    pub title: &'static str,
    pub intro: &'static str,
    pub sections: Vec<Section>,
}

/// A part of the page under its own second-level heading.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// The heading's anchor, so a section can be linked to (`#/method` keeps the route; the id is for
    /// the document's own table of contents).
    pub id: &'static str,
    pub heading: &'static str,
    pub paragraphs: Vec<String>,
    pub parts: Vec<Part>,
}

/// A part of a section under a third-level heading, or without one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub heading: Option<String>,
    pub paragraphs: Vec<String>,
    pub list: List,
}

/// What a part lists after its paragraphs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum List {
    Nothing,
    /// Statements in the order they are asked, each with its keying and reference period.
    Statements(Vec<StatementLine>),
    /// Plain points in no particular order.
    Points(Vec<String>),
    /// Terms with their meanings, alphabetically.
    Terms(Vec<(&'static str, &'static str)>),
}

/// One statement as the method lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementLine {
    pub id: &'static str,
    pub text: &'static str,
    /// How its answers are scored, in words.
    pub keying: &'static str,
    /// The stretch of time it asks about, when it asks about events.
    pub period: Option<&'static str>,
}

/// How stable a reading is: the figures of the simulation kept in the core's tests.
pub use crate::assessment::SimulationSummary as SimulationFigures;

const HEALTHY_WHEN_AGREED: &str = "Agreeing is the healthy answer.";
const OBSTACLE: &str = "Describes an obstacle: scored in reverse, so agreeing counts against the pillar.";

impl Method {
    /// The method as the site publishes it today.
    pub fn published() -> Method {
        Method::with_simulation(published_simulation())
    }

    /// The method with these simulation figures, if any: without them the stability section is left
    /// out rather than filled with figures nobody measured.
    pub fn with_simulation(simulation: Option<SimulationFigures>) -> Method {
        let mut sections = vec![pillars_section(), scoring_section(), stages_section()];
        sections.extend(simulation.map(|figures| simulation_section(&figures)));
        sections.extend([limits_section(), versions_section(), glossary_section()]);
        Method { title: "How the assessment works", intro: crate::content::method::INTRO, sections }
    }

    /// Every statement the method lists, in order.
    pub fn statements(&self) -> impl Iterator<Item = &StatementLine> {
        self.sections.iter().flat_map(|section| &section.parts).flat_map(|part| match &part.list {
            List::Statements(lines) => lines.as_slice(),
            _ => &[],
        })
    }

    /// The method as Markdown: `docs/method.md`, written from the same data as the page.
    pub fn markdown(&self) -> String {
        let mut out = format!(
            "<!-- Generated from content/*.toml and the core's rules by `make method-doc` \
             (core/src/method.rs). Do not edit. -->\n\n# {}\n\n{}\n",
            self.title, self.intro
        );
        for section in &self.sections {
            out.push_str(&format!("\n## {}\n", section.heading));
            push_paragraphs(&mut out, &section.paragraphs);
            for part in &section.parts {
                if let Some(heading) = &part.heading {
                    out.push_str(&format!("\n### {heading}\n"));
                }
                push_paragraphs(&mut out, &part.paragraphs);
                push_list(&mut out, &part.list);
            }
        }
        out
    }
}

fn push_paragraphs(out: &mut String, paragraphs: &[String]) {
    for paragraph in paragraphs {
        out.push_str(&format!("\n{paragraph}\n"));
    }
}

fn push_list(out: &mut String, list: &List) {
    match list {
        List::Nothing => {}
        List::Statements(lines) => {
            out.push('\n');
            for (number, line) in lines.iter().enumerate() {
                out.push_str(&format!("{}. {} ({}) {}", number + 1, line.text, line.id, line.keying));
                if let Some(period) = line.period {
                    out.push_str(&format!(" Reference period: {period}."));
                }
                out.push('\n');
            }
        }
        List::Points(points) => {
            out.push('\n');
            for point in points {
                out.push_str(&format!("- {point}\n"));
            }
        }
        List::Terms(terms) => {
            out.push('\n');
            for (term, meaning) in terms {
                out.push_str(&format!("- **{term}**: {meaning}\n"));
            }
        }
    }
}

/// The simulation's figures, as the core's stability test keeps them.
fn published_simulation() -> Option<SimulationFigures> {
    Some(crate::assessment::SIMULATION)
}

/// The stretch of time a statement asks about, when it asks about events.
fn reference_period(statement: &Statement) -> Option<&'static str> {
    statement.period
}

/// Why a stage starts where it does.
fn cut_point_reason(stage: &Stage) -> Option<&'static str> {
    Some(stage.why_here())
}

fn statement_line(statement: &'static Statement) -> StatementLine {
    StatementLine {
        id: statement.id,
        text: statement.text(),
        keying: if statement.reverse { OBSTACLE } else { HEALTHY_WHEN_AGREED },
        period: reference_period(statement),
    }
}

fn pillars_section() -> Section {
    let asked = active_statements().count();
    let obstacles = active_statements().filter(|statement| statement.reverse).count();
    let fewest_obstacles = PILLARS
        .iter()
        .map(|pillar| active_statements().filter(|s| s.pillar_id == pillar.id && s.reverse).count())
        .min()
        .unwrap_or(0);
    let scale = Answer::SCALE.iter().map(|answer| answer.label()).collect::<Vec<_>>().join(", ");
    Section {
        id: "pillars",
        heading: "The pillars and their statements",
        paragraphs: vec![
            format!(
                "The assessment asks {asked} statements about the person's own company, spread over {} pillars, \
                 and takes about {} minutes. Each is rated on one scale ({scale}), or answered \"{}\" when the \
                 person cannot see it.",
                number_word(PILLARS.len()),
                minutes_to_take(),
                Answer::DontKnow.label()
            ),
            format!(
                "{} of the {asked} describe an obstacle rather than a practice; for those, agreeing is the \
                 unhealthy answer and the score is turned around. Every pillar has at least {}, so agreeing \
                 with everything does not reach the top.",
                capitalise_first(&number_word(obstacles)),
                number_word(fewest_obstacles)
            ),
        ],
        parts: PILLARS.iter().map(pillar_part).collect(),
    }
}

fn pillar_part(pillar: &'static Pillar) -> Part {
    let mut paragraphs = vec![pillar.description().to_owned()];
    // The build script requires a construct for every pillar.
    if let Some(construct) = construct(pillar.id) {
        paragraphs.push(format!("What it captures: {}", construct.measures));
        paragraphs.push(format!("What it leaves out: {}", construct.excludes));
    }
    let lines = active_statements().filter(|statement| statement.pillar_id == pillar.id).map(statement_line);
    Part { heading: Some(pillar.name.to_owned()), paragraphs, list: List::Statements(lines.collect()) }
}

fn scoring_section() -> Section {
    Section {
        id: "scoring",
        heading: "How the score is worked out",
        paragraphs: vec![
            "The same rules the results page explains under \"How the score works\", applied in this order."
                .to_owned(),
        ],
        parts: how_scoring_works()
            .into_iter()
            .map(|rule| Part {
                heading: Some(rule.heading.to_owned()),
                paragraphs: vec![rule.text],
                list: List::Nothing,
            })
            .collect(),
    }
}

fn stages_section() -> Section {
    Section {
        id: "stages",
        heading: "The stages and where they start",
        paragraphs: vec![format!(
            "{} stages, from the least product-led to the most. Each starts at an overall score; the \
             scoring rules above say when the weakest pillar holds a reading below it.",
            capitalise_first(&number_word(STAGES.len()))
        )],
        parts: STAGES.iter().map(stage_part).collect(),
    }
}

fn stage_part(stage: &'static Stage) -> Part {
    let mut paragraphs = vec![stage.description().to_owned()];
    paragraphs.extend(
        cut_point_reason(stage).map(|reason| format!("Why it starts at {}: {reason}", stage.from_score)),
    );
    Part {
        heading: Some(format!("{}, from {}", stage.name, stage.from_score)),
        paragraphs,
        list: List::Nothing,
    }
}

fn simulation_section(figures: &SimulationFigures) -> Section {
    let rates = figures
        .dont_know_rates
        .iter()
        .map(|&(pillar_id, percent)| {
            let name = crate::content::assessment::pillar(pillar_id).map_or(pillar_id, |pillar| pillar.name);
            format!("{name}: {percent}%")
        })
        .collect();
    Section {
        id: "stability",
        heading: "How stable a reading is",
        paragraphs: vec![
            format!(
                "These figures come from a simulation, not a validation: {} simulated respondents, each with a \
                 true level for every pillar, answered the assessment twice. How their answers stray from that \
                 level: {}",
                figures.respondents, figures.noise
            ),
            format!(
                "Under the earlier stage rule, both answer sets of the same respondent reached the same stage \
                 {}% of the time. Under the rule used today they got the same reading (the same stage, the same \
                 \"at least\" stage, or both not determined) {}% of the time.",
                figures.old_rule_consistency_percent, figures.new_rule_consistency_percent
            ),
            format!("How often the simulated respondents answered \"{}\", by pillar:", Answer::DontKnow.label()),
        ],
        parts: vec![Part { heading: None, paragraphs: Vec::new(), list: List::Points(rates) }],
    }
}

fn limits_section() -> Section {
    Section {
        id: "limits",
        heading: "What a reading does not claim",
        paragraphs: Vec::new(),
        parts: LIMITS
            .iter()
            .map(|limit| Part {
                heading: Some(limit.heading.to_owned()),
                paragraphs: vec![limit.text.to_owned()],
                list: List::Nothing,
            })
            .collect(),
    }
}

fn versions_section() -> Section {
    Section {
        id: "versions",
        heading: "What changed in each version",
        paragraphs: vec![format!(
            "Statements are never reworded: a changed statement is retired and a new one added. Results and \
             links record the content version they were made with, and keep scoring retired statements, so \
             an old link shows the scores it showed when it was made. Version {CONTENT_VERSION} is asked today."
        )],
        parts: VERSIONS
            .iter()
            .map(|version| {
                let retired: Vec<String> = version
                    .retired
                    .iter()
                    .filter_map(|id| statement(id))
                    .map(|statement| format!("{} ({})", statement.text(), statement.id))
                    .collect();
                let counts = format!(
                    "{} added, {} retired{}",
                    counted(version.added.len(), "statement", "statements"),
                    version.retired.len(),
                    if retired.is_empty() { "." } else { ":" }
                );
                Part {
                    heading: Some(format!("Version {}", version.version)),
                    paragraphs: vec![version.summary.to_owned(), counts],
                    list: if retired.is_empty() { List::Nothing } else { List::Points(retired) },
                }
            })
            .collect(),
    }
}

fn glossary_section() -> Section {
    Section {
        id: "glossary",
        heading: "Glossary",
        paragraphs: vec!["Words the statements and actions use that not everyone uses at work.".to_owned()],
        parts: vec![Part {
            heading: None,
            paragraphs: Vec::new(),
            list: List::Terms(TERMS.iter().map(|term| (term.term, term.meaning)).collect()),
        }],
    }
}

#[cfg(test)]
mod tests;

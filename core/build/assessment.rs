//! Generates `assessment_content.rs` from `content/assessment.toml`: pillars, statements,
//! recommendations and stages, checked entry by entry so a content mistake stops the build with a
//! message naming it.

use super::checks::{at, check_entry, check_slot, entry_name, write_text_table};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::fmt::Write;

/// Result links carry the content version in one byte.
pub const MAX_CONTENT_VERSION: u32 = 255;
pub const MIN_ACTIVE_STATEMENTS: usize = 4;
pub const MIN_RECOMMENDATIONS: usize = 3;
pub const STAGE_COUNTS: std::ops::RangeInclusive<usize> = 4..=5;
/// A discussion prompt is read out to a room and shown in large type: one question, briefly put.
pub const MAX_DISCUSSION_CHARS: usize = 160;
/// Each pillar's reading must not lean on agreement alone, so at least this many of its asked
/// statements describe an obstacle.
pub const MIN_REVERSE_STATEMENTS: usize = 2;
/// The parts of the company a statement's `unseen_by` may name; the role question offers the same.
pub const COMPANY_PARTS: [&str; 4] =
    ["leadership", "product-engineering", "go-to-market", "operations-other"];

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssessmentFile {
    pub content_version: u32,
    #[serde(default, rename = "pillar")]
    pub pillars: Vec<PillarEntry>,
    #[serde(default, rename = "statement")]
    pub statements: Vec<StatementEntry>,
    #[serde(default, rename = "ritual")]
    pub rituals: Vec<RitualEntry>,
    #[serde(default, rename = "recommendation")]
    pub recommendations: Vec<RecommendationEntry>,
    #[serde(default, rename = "stage")]
    pub stages: Vec<StageEntry>,
    #[serde(default, rename = "obstacle")]
    pub obstacles: Vec<ObstacleEntry>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PillarEntry {
    pub id: String,
    pub name: String,
    pub description: String,
    pub why: String,
    pub keep_doing: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementEntry {
    pub id: String,
    pub slot: u8,
    pub pillar: String,
    pub text: String,
    /// An open question a facilitator asks the room when the team's answers to it differ.
    pub discussion: String,
    /// The span of time the statement asks about, such as "past six months"; the text must name it.
    #[serde(default)]
    pub period: Option<String>,
    /// The parts of the company (ids in [`COMPANY_PARTS`]) whose people usually cannot observe it.
    #[serde(default)]
    pub unseen_by: Vec<String>,
    #[serde(default)]
    pub reverse: bool,
    #[serde(default)]
    pub retired: bool,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecommendationEntry {
    pub id: String,
    pub pillar: String,
    pub priority: u8,
    pub title: String,
    pub action: String,
    pub why: String,
    /// Ids of the statements of its pillar whose weak answers this recommendation addresses.
    pub statements: Vec<String>,
    /// Ids of the recommendations that must be under way before this one makes sense.
    #[serde(default)]
    pub after: Vec<String>,
    /// The id of the recurring meeting or routine the action relies on, if any.
    #[serde(default)]
    pub ritual: Option<String>,
}

/// A recurring meeting or routine that several actions may rely on, such as the all-hands.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RitualEntry {
    pub id: String,
    pub name: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageEntry {
    pub id: String,
    pub name: String,
    pub from_score: u8,
    /// Why the threshold sits where it does, in one sentence a method page can print.
    pub why_here: String,
    pub description: String,
    pub next_step: String,
}

/// An obstacle the reading names when its statements are answered on the side that says it is there.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObstacleEntry {
    pub id: String,
    pub name: String,
    pub description: String,
    /// Ids of obstacle statements (`reverse = true`), of any pillar, retired ones included.
    pub statements: Vec<String>,
}

/// An obstacle is named on at least this many answers, so it needs at least this many statements.
pub const MIN_OBSTACLE_STATEMENTS: usize = 2;

/// Reads, checks and turns `content/assessment.toml` into Rust source.
#[cfg(not(test))]
pub fn generate(source: &std::path::Path, destination: &std::path::Path) -> Result<(), String> {
    super::checks::generate(source, destination, validate, render)
}

/// Checks everything scoring and links rely on; the message names the first entry at fault.
pub fn validate(file: &AssessmentFile) -> Result<(), String> {
    if !(1..=MAX_CONTENT_VERSION).contains(&file.content_version) {
        return Err(format!("content_version must be between 1 and {MAX_CONTENT_VERSION}"));
    }
    check_pillars(&file.pillars)?;
    let pillar_ids: HashSet<&str> = file.pillars.iter().map(|pillar| pillar.id.as_str()).collect();
    check_statements(&file.statements, &pillar_ids)?;
    let ritual_ids = check_rituals(&file.rituals)?;
    check_recommendations(&file.recommendations, &file.statements, &pillar_ids)?;
    check_rituals_named(&file.recommendations, &ritual_ids)?;
    check_prerequisites(&file.recommendations)?;
    for pillar in &file.pillars {
        check_pillar_is_complete(file, &pillar.id)?;
    }
    check_stages(&file.stages)?;
    check_obstacles(&file.obstacles, &file.statements)
}

fn check_obstacles(obstacles: &[ObstacleEntry], statements: &[StatementEntry]) -> Result<(), String> {
    let mut ids = HashSet::new();
    for (index, obstacle) in obstacles.iter().enumerate() {
        let name = entry_name("obstacle", index, &obstacle.id);
        let texts = [("name", obstacle.name.as_str()), ("description", &obstacle.description)];
        check_entry(&name, &obstacle.id, &mut ids, &texts)?;
        if obstacle.statements.len() < MIN_OBSTACLE_STATEMENTS {
            return Err(format!("{name}: it needs at least {MIN_OBSTACLE_STATEMENTS} statements"));
        }
        for id in &obstacle.statements {
            match statements.iter().find(|statement| &statement.id == id) {
                None => return Err(format!("{name}: there is no statement {id:?}")),
                Some(statement) if !statement.reverse => {
                    return Err(format!(
                        "{name}: statement {id:?} is not an obstacle (reverse = true), so agreeing with it \
                         cannot point to one"
                    ));
                }
                Some(_) => {}
            }
        }
    }
    Ok(())
}

fn check_pillars(pillars: &[PillarEntry]) -> Result<(), String> {
    if pillars.is_empty() {
        return Err("there are no [[pillar]] entries".to_owned());
    }
    let mut ids = HashSet::new();
    for (index, pillar) in pillars.iter().enumerate() {
        let name = entry_name("pillar", index, &pillar.id);
        let texts = [
            ("name", pillar.name.as_str()),
            ("description", &pillar.description),
            ("why", &pillar.why),
            ("keep_doing", &pillar.keep_doing),
        ];
        check_entry(&name, &pillar.id, &mut ids, &texts)?;
    }
    Ok(())
}

fn check_statements(statements: &[StatementEntry], pillar_ids: &HashSet<&str>) -> Result<(), String> {
    let mut ids = HashSet::new();
    let mut slots = HashSet::new();
    for (index, statement) in statements.iter().enumerate() {
        let name = entry_name("statement", index, &statement.id);
        check_entry(
            &name,
            &statement.id,
            &mut ids,
            &[("text", &statement.text), ("discussion", &statement.discussion)],
        )?;
        check_slot(statement.slot, &mut slots).map_err(at(&name))?;
        check_discussion(&statement.discussion).map_err(at(&name))?;
        check_period(statement).map_err(at(&name))?;
        check_unseen_by(&statement.unseen_by).map_err(at(&name))?;
        if !pillar_ids.contains(statement.pillar.as_str()) {
            return Err(format!("{name}: there is no pillar with id {:?}", statement.pillar));
        }
    }
    Ok(())
}

/// Retired statements keep theirs too: an old team link can still dispute them.
fn check_discussion(discussion: &str) -> Result<(), String> {
    let discussion = discussion.trim();
    let length = discussion.chars().count();
    if length > MAX_DISCUSSION_CHARS {
        return Err(format!(
            "the discussion prompt has {length} characters; keep it to one question ({MAX_DISCUSSION_CHARS} at most)"
        ));
    }
    if !discussion.ends_with('?') {
        return Err("the discussion prompt must be a question, ending with \"?\"".to_owned());
    }
    Ok(())
}

/// The period is the record of what span of time the statement asks about, so the text says it too.
fn check_period(statement: &StatementEntry) -> Result<(), String> {
    let Some(period) = &statement.period else { return Ok(()) };
    if period.trim().is_empty() {
        return Err("period is empty; leave it out when the statement asks about no span of time".to_owned());
    }
    if statement.text.to_lowercase().contains(&period.to_lowercase()) {
        Ok(())
    } else {
        Err(format!("the text must name its period {period:?}, as in \"In the {period}, ...\""))
    }
}

fn check_unseen_by(parts: &[String]) -> Result<(), String> {
    let mut seen = HashSet::new();
    for part in parts {
        if !COMPANY_PARTS.contains(&part.as_str()) {
            return Err(format!(
                "unseen_by names {part:?}, which is not a part of the company; use {}",
                COMPANY_PARTS.map(|id| format!("{id:?}")).join(", ")
            ));
        }
        if !seen.insert(part.as_str()) {
            return Err(format!("unseen_by names {part:?} twice"));
        }
    }
    Ok(())
}

fn check_recommendations(
    recommendations: &[RecommendationEntry],
    statements: &[StatementEntry],
    pillar_ids: &HashSet<&str>,
) -> Result<(), String> {
    let mut ids = HashSet::new();
    let mut priorities = HashSet::new();
    for (index, recommendation) in recommendations.iter().enumerate() {
        let name = entry_name("recommendation", index, &recommendation.id);
        let texts = [
            ("title", recommendation.title.as_str()),
            ("action", &recommendation.action),
            ("why", &recommendation.why),
        ];
        check_entry(&name, &recommendation.id, &mut ids, &texts)?;
        if !pillar_ids.contains(recommendation.pillar.as_str()) {
            return Err(format!("{name}: there is no pillar with id {:?}", recommendation.pillar));
        }
        if recommendation.priority == 0 {
            return Err(format!("{name}: priority starts at 1 (the action to try first)"));
        }
        if !priorities.insert((recommendation.pillar.as_str(), recommendation.priority)) {
            return Err(format!(
                "{name}: another recommendation of pillar {:?} already has priority {}",
                recommendation.pillar, recommendation.priority
            ));
        }
        check_addressed_statements(&name, recommendation, statements)?;
    }
    Ok(())
}

/// A recommendation is chosen by the answers to the statements it names, so each must be a statement
/// of its own pillar, named once, and at least one must still be asked.
fn check_addressed_statements(
    name: &str,
    recommendation: &RecommendationEntry,
    statements: &[StatementEntry],
) -> Result<(), String> {
    if recommendation.statements.is_empty() {
        return Err(format!("{name}: `statements` must name at least one statement it addresses"));
    }
    let mut named = HashSet::new();
    let mut any_asked = false;
    for id in &recommendation.statements {
        if !named.insert(id.as_str()) {
            return Err(format!("{name}: statement {id:?} is named twice"));
        }
        let Some(statement) = statements.iter().find(|statement| &statement.id == id) else {
            return Err(format!("{name}: there is no statement with id {id:?}"));
        };
        if statement.pillar != recommendation.pillar {
            return Err(format!(
                "{name}: statement {id:?} belongs to pillar {:?}, not {:?}",
                statement.pillar, recommendation.pillar
            ));
        }
        any_asked |= !statement.retired;
    }
    if any_asked {
        Ok(())
    } else {
        Err(format!("{name}: every statement it names is retired, so no answer today can choose it"))
    }
}

fn check_rituals(rituals: &[RitualEntry]) -> Result<HashSet<&str>, String> {
    let mut ids = HashSet::new();
    for (index, ritual) in rituals.iter().enumerate() {
        check_entry(
            &entry_name("ritual", index, &ritual.id),
            &ritual.id,
            &mut ids,
            &[("name", &ritual.name)],
        )?;
    }
    Ok(ids)
}

/// Lead actions never share a ritual, so each must be one the file declares.
fn check_rituals_named(
    recommendations: &[RecommendationEntry],
    ritual_ids: &HashSet<&str>,
) -> Result<(), String> {
    for (index, recommendation) in recommendations.iter().enumerate() {
        if let Some(ritual) = &recommendation.ritual {
            if !ritual_ids.contains(ritual.as_str()) {
                return Err(format!(
                    "{}: there is no ritual with id {ritual:?}; declare it in a [[ritual]] block",
                    entry_name("recommendation", index, &recommendation.id)
                ));
            }
        }
    }
    Ok(())
}

/// Each `after` names another recommendation, once, and following `after` never leads back to where
/// it started: advice is ordered by it, so a cycle would leave nothing to offer first.
fn check_prerequisites(recommendations: &[RecommendationEntry]) -> Result<(), String> {
    let index_of: HashMap<&str, usize> =
        recommendations.iter().enumerate().map(|(index, r)| (r.id.as_str(), index)).collect();
    for (index, recommendation) in recommendations.iter().enumerate() {
        let name = entry_name("recommendation", index, &recommendation.id);
        let mut named = HashSet::new();
        for id in &recommendation.after {
            if id == &recommendation.id {
                return Err(format!("{name}: `after` names the recommendation itself"));
            }
            if !named.insert(id.as_str()) {
                return Err(format!("{name}: `after` names {id:?} twice"));
            }
            if !index_of.contains_key(id.as_str()) {
                return Err(format!(
                    "{name}: `after` names {id:?}, but there is no recommendation with that id"
                ));
            }
        }
    }
    for (index, recommendation) in recommendations.iter().enumerate() {
        if let Some(cycle) = cycle_from(index, recommendations, &index_of) {
            return Err(format!(
                "{}: `after` leads back to it ({}), so none of them could be offered first",
                entry_name("recommendation", index, &recommendation.id),
                cycle.join(" → ")
            ));
        }
    }
    Ok(())
}

/// The ids along a path of `after` links from `start` back to `start`, if there is one.
fn cycle_from(
    start: usize,
    recommendations: &[RecommendationEntry],
    index_of: &HashMap<&str, usize>,
) -> Option<Vec<String>> {
    // Depth-first, with the path so far; each recommendation is explored once.
    let mut explored = HashSet::new();
    let mut stack: Vec<(usize, Vec<usize>)> = vec![(start, vec![start])];
    while let Some((current, path)) = stack.pop() {
        for id in &recommendations[current].after {
            let Some(&next) = index_of.get(id.as_str()) else { continue };
            if next == start {
                let mut ids: Vec<String> = path.iter().map(|&i| recommendations[i].id.clone()).collect();
                ids.push(recommendations[start].id.clone());
                return Some(ids);
            }
            if explored.insert(next) {
                let mut longer = path.clone();
                longer.push(next);
                stack.push((next, longer));
            }
        }
    }
    None
}

fn check_pillar_is_complete(file: &AssessmentFile, pillar_id: &str) -> Result<(), String> {
    let active: Vec<&StatementEntry> =
        file.statements.iter().filter(|s| s.pillar == pillar_id && !s.retired).collect();
    if active.len() < MIN_ACTIVE_STATEMENTS {
        return Err(format!(
            "pillar {pillar_id:?} has {} statements that are not retired; it needs at least \
             {MIN_ACTIVE_STATEMENTS}",
            active.len()
        ));
    }
    let obstacles = active.iter().filter(|statement| statement.reverse).count();
    if obstacles < MIN_REVERSE_STATEMENTS {
        return Err(format!(
            "pillar {pillar_id:?} has {obstacles} statements marked `reverse = true` (not retired); it \
             needs at least {MIN_REVERSE_STATEMENTS} describing an obstacle"
        ));
    }
    let recommendations = file.recommendations.iter().filter(|r| r.pillar == pillar_id).count();
    if recommendations < MIN_RECOMMENDATIONS {
        return Err(format!(
            "pillar {pillar_id:?} has {recommendations} recommendations; it needs at least \
             {MIN_RECOMMENDATIONS}"
        ));
    }
    if let Some(unaddressed) = active.iter().find(|statement| {
        !file.recommendations.iter().any(|r| r.statements.iter().any(|id| id == &statement.id))
    }) {
        return Err(format!(
            "statement {:?} is not named by any recommendation, so a weak answer to it would get no \
             advice; add it to the `statements` of one",
            unaddressed.id
        ));
    }
    Ok(())
}

fn check_stages(stages: &[StageEntry]) -> Result<(), String> {
    if !STAGE_COUNTS.contains(&stages.len()) {
        return Err(format!("there must be four or five [[stage]] entries, found {}", stages.len()));
    }
    let mut ids = HashSet::new();
    let mut previous: Option<u8> = None;
    for (index, stage) in stages.iter().enumerate() {
        let name = entry_name("stage", index, &stage.id);
        let texts = [
            ("name", stage.name.as_str()),
            ("why_here", &stage.why_here),
            ("description", &stage.description),
            ("next_step", &stage.next_step),
        ];
        check_entry(&name, &stage.id, &mut ids, &texts)?;
        match previous {
            None if stage.from_score != 0 => {
                return Err(format!("{name}: the first stage must have from_score = 0"));
            }
            Some(before) if stage.from_score <= before => {
                return Err(format!(
                    "{name}: from_score {} must be higher than the previous stage's {before}",
                    stage.from_score
                ));
            }
            _ if stage.from_score > 100 => {
                return Err(format!("{name}: from_score must be between 0 and 100"));
            }
            _ => previous = Some(stage.from_score),
        }
    }
    Ok(())
}

/// The Rust source for a checked file. Recommendations come out grouped by pillar in pillar order,
/// most useful first, so lookups can take them as they come.
pub fn render(file: &AssessmentFile) -> String {
    let mut out = String::from(
        "// Generated by core/build/assessment.rs from content/assessment.toml. Do not edit.\n\n",
    );
    let _ = writeln!(out, "pub const CONTENT_VERSION: u32 = {};\n", file.content_version);
    let slot_count = file.statements.iter().map(|s| usize::from(s.slot) + 1).max().unwrap_or(0);
    let _ = writeln!(out, "pub const SLOT_COUNT: usize = {slot_count};\n");
    let _ = writeln!(out, "pub const COMPANY_PARTS: [&str; {}] = {COMPANY_PARTS:?};\n", COMPANY_PARTS.len());

    let _ = writeln!(out, "pub static PILLARS: [Pillar; {}] = [", file.pillars.len());
    for (row, p) in file.pillars.iter().enumerate() {
        let _ = writeln!(out, "    Pillar {{ id: {:?}, name: {:?}, row: {row} }},", p.id, p.name.trim());
    }
    out.push_str("];\n\n");
    write_text_table(&mut out, "PILLAR_DESCRIPTIONS", file.pillars.iter().map(|p| p.description.as_str()));
    write_text_table(&mut out, "PILLAR_WHYS", file.pillars.iter().map(|p| p.why.as_str()));
    write_text_table(&mut out, "PILLAR_KEEP_DOING", file.pillars.iter().map(|p| p.keep_doing.as_str()));

    let _ = writeln!(out, "pub static STATEMENTS: [Statement; {}] = [", file.statements.len());
    for (row, s) in file.statements.iter().enumerate() {
        let _ = writeln!(
            out,
            "    Statement {{ id: {:?}, slot: {}, pillar_id: {:?}, period: {:?}, unseen_by: &{:?}, reverse: {}, \
             retired: {}, row: {row} }},",
            s.id,
            s.slot,
            s.pillar,
            s.period.as_deref().map(str::trim),
            s.unseen_by,
            s.reverse,
            s.retired
        );
    }
    out.push_str("];\n\n");
    write_text_table(&mut out, "STATEMENT_TEXTS", file.statements.iter().map(|s| s.text.as_str()));
    write_text_table(
        &mut out,
        "STATEMENT_DISCUSSIONS",
        file.statements.iter().map(|s| s.discussion.as_str()),
    );
    // The home page tells how long the assessment takes without fetching the statements' texts.
    let words: usize =
        file.statements.iter().filter(|s| !s.retired).map(|s| s.text.split_whitespace().count()).sum();
    let _ = writeln!(out, "pub const ACTIVE_STATEMENT_WORDS: usize = {words};\n");

    let _ = writeln!(out, "pub static RITUALS: [Ritual; {}] = [", file.rituals.len());
    for ritual in &file.rituals {
        let _ = writeln!(out, "    Ritual {{ id: {:?}, name: {:?} }},", ritual.id, ritual.name.trim());
    }
    out.push_str("];\n\n");

    let pillar_order: HashMap<&str, usize> =
        file.pillars.iter().enumerate().map(|(index, pillar)| (pillar.id.as_str(), index)).collect();
    let mut recommendations: Vec<&RecommendationEntry> = file.recommendations.iter().collect();
    recommendations.sort_by_key(|r| (pillar_order.get(r.pillar.as_str()).copied(), r.priority));
    let _ = writeln!(out, "pub static RECOMMENDATIONS: [Recommendation; {}] = [", recommendations.len());
    for (row, r) in recommendations.iter().enumerate() {
        let _ = writeln!(
            out,
            "    Recommendation {{ id: {:?}, pillar_id: {:?}, priority: {}, statement_ids: &{:?}, \
             prerequisite_ids: &{:?}, ritual_id: {:?}, row: {row} }},",
            r.id, r.pillar, r.priority, r.statements, r.after, r.ritual
        );
    }
    out.push_str("];\n\n");
    write_text_table(&mut out, "RECOMMENDATION_TITLES", recommendations.iter().map(|r| r.title.as_str()));
    write_text_table(&mut out, "RECOMMENDATION_ACTIONS", recommendations.iter().map(|r| r.action.as_str()));
    write_text_table(&mut out, "RECOMMENDATION_WHYS", recommendations.iter().map(|r| r.why.as_str()));

    let _ = writeln!(out, "pub static STAGES: [Stage; {}] = [", file.stages.len());
    for (row, s) in file.stages.iter().enumerate() {
        let _ = writeln!(
            out,
            "    Stage {{ id: {:?}, name: {:?}, from_score: {}, row: {row} }},",
            s.id,
            s.name.trim(),
            s.from_score
        );
    }
    out.push_str("];\n\n");
    write_text_table(&mut out, "STAGE_WHY_HERE", file.stages.iter().map(|s| s.why_here.as_str()));
    write_text_table(&mut out, "STAGE_DESCRIPTIONS", file.stages.iter().map(|s| s.description.as_str()));
    write_text_table(&mut out, "STAGE_NEXT_STEPS", file.stages.iter().map(|s| s.next_step.as_str()));

    let _ = writeln!(out, "pub static OBSTACLES: [Obstacle; {}] = [", file.obstacles.len());
    for (row, o) in file.obstacles.iter().enumerate() {
        let _ = writeln!(
            out,
            "    Obstacle {{ id: {:?}, name: {:?}, statement_ids: &{:?}, row: {row} }},",
            o.id,
            o.name.trim(),
            o.statements
        );
    }
    out.push_str("];\n\n");
    write_text_table(
        &mut out,
        "OBSTACLE_DESCRIPTIONS",
        file.obstacles.iter().map(|o| o.description.as_str()),
    );
    out
}

#[cfg(test)]
mod tests;

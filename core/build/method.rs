//! Generates `method_content.rs` from `content/method.toml`: what each pillar is meant to capture, the
//! limits of a reading, what changed in each content version and the glossary, checked against
//! `content/assessment.toml` so the published method cannot name a pillar, a statement or a version
//! the assessment does not have.

use super::assessment::AssessmentFile;
use super::checks::{at, check_entry, check_text, entry_name};
use serde::Deserialize;
use std::collections::{HashMap, HashSet};
use std::fmt::Write;

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodFile {
    pub intro: String,
    #[serde(default, rename = "construct")]
    pub constructs: Vec<ConstructEntry>,
    #[serde(default, rename = "limit")]
    pub limits: Vec<LimitEntry>,
    #[serde(default, rename = "version")]
    pub versions: Vec<VersionEntry>,
    #[serde(default, rename = "term")]
    pub terms: Vec<TermEntry>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConstructEntry {
    pub pillar: String,
    pub measures: String,
    pub excludes: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitEntry {
    pub id: String,
    pub heading: String,
    pub text: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VersionEntry {
    pub version: u32,
    pub summary: String,
    #[serde(default)]
    pub added: Vec<String>,
    #[serde(default)]
    pub retired: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermEntry {
    pub term: String,
    pub meaning: String,
}

/// Reads and checks `content/method.toml` against `content/assessment.toml`, and writes its Rust source.
#[cfg(not(test))]
pub fn generate(
    source: &std::path::Path,
    assessment: &std::path::Path,
    destination: &std::path::Path,
) -> Result<(), String> {
    let assessment: AssessmentFile = super::checks::read_toml(assessment)?;
    super::checks::generate(
        source,
        destination,
        |file| validate(file, &assessment),
        |file| render(file, &assessment),
    )
}

/// Checks the file on its own and against the assessment; the message names the first entry at fault.
pub fn validate(file: &MethodFile, assessment: &AssessmentFile) -> Result<(), String> {
    check_text("intro", &file.intro)?;
    check_constructs(&file.constructs, assessment)?;
    check_limits(&file.limits)?;
    check_versions(&file.versions, assessment)?;
    check_terms(&file.terms)
}

fn check_constructs(constructs: &[ConstructEntry], assessment: &AssessmentFile) -> Result<(), String> {
    let mut seen = HashSet::new();
    for (index, construct) in constructs.iter().enumerate() {
        let name = entry_name("construct", index, &construct.pillar);
        if !assessment.pillars.iter().any(|pillar| pillar.id == construct.pillar) {
            return Err(format!("{name}: content/assessment.toml has no pillar with this id"));
        }
        if !seen.insert(construct.pillar.as_str()) {
            return Err(format!("{name}: another construct already describes this pillar"));
        }
        check_text("measures", &construct.measures).map_err(at(&name))?;
        check_text("excludes", &construct.excludes).map_err(at(&name))?;
    }
    match assessment.pillars.iter().find(|pillar| !seen.contains(pillar.id.as_str())) {
        Some(missing) => {
            Err(format!("pillar {:?} has no [[construct]] block saying what it measures", missing.id))
        }
        None => Ok(()),
    }
}

fn check_limits(limits: &[LimitEntry]) -> Result<(), String> {
    if limits.is_empty() {
        return Err("there are no [[limit]] entries: say what a reading does not claim".to_owned());
    }
    let mut ids = HashSet::new();
    for (index, limit) in limits.iter().enumerate() {
        let name = entry_name("limit", index, &limit.id);
        check_entry(&name, &limit.id, &mut ids, &[("heading", &limit.heading), ("text", &limit.text)])?;
    }
    Ok(())
}

/// One block per content version from 1 to the assessment's, and between them every statement added
/// once and every retired statement retired once, after it was added.
fn check_versions(versions: &[VersionEntry], assessment: &AssessmentFile) -> Result<(), String> {
    let statements: HashMap<&str, bool> =
        assessment.statements.iter().map(|statement| (statement.id.as_str(), statement.retired)).collect();
    let mut added_in: HashMap<&str, u32> = HashMap::new();
    let mut retired_in: HashSet<&str> = HashSet::new();
    for (index, entry) in versions.iter().enumerate() {
        let name = format!("version {}", entry.version);
        let expected = u32::try_from(index + 1).unwrap_or(u32::MAX);
        if entry.version != expected {
            return Err(format!(
                "{name}: the [[version]] blocks must run 1, 2, 3… in order; expected {expected} here"
            ));
        }
        check_text("summary", &entry.summary).map_err(at(&name))?;
        for id in &entry.added {
            if !statements.contains_key(id.as_str()) {
                return Err(format!(
                    "{name}: `added` names {id:?}, which is no statement of content/assessment.toml"
                ));
            }
            if added_in.insert(id, entry.version).is_some() {
                return Err(format!("{name}: statement {id:?} is already added by an earlier version"));
            }
        }
        for id in &entry.retired {
            match statements.get(id.as_str()) {
                None => {
                    return Err(format!(
                        "{name}: `retired` names {id:?}, which is no statement of content/assessment.toml"
                    ));
                }
                Some(false) => {
                    return Err(format!(
                        "{name}: statement {id:?} is still asked, so it cannot be listed as retired"
                    ));
                }
                Some(true) => {}
            }
            if added_in.get(id.as_str()).is_none_or(|&version| version >= entry.version) {
                return Err(format!(
                    "{name}: statement {id:?} must be added by an earlier version before it is retired"
                ));
            }
            if !retired_in.insert(id) {
                return Err(format!("{name}: statement {id:?} is already retired by an earlier version"));
            }
        }
    }
    let latest = u32::try_from(versions.len()).unwrap_or(u32::MAX);
    if latest != assessment.content_version {
        return Err(format!(
            "content/assessment.toml is at content version {} but the [[version]] blocks describe {latest}: \
             add one block per version saying what changed",
            assessment.content_version
        ));
    }
    if let Some(statement) =
        assessment.statements.iter().find(|statement| !added_in.contains_key(statement.id.as_str()))
    {
        return Err(format!("statement {:?} is added by no [[version]] block", statement.id));
    }
    if let Some(statement) = assessment
        .statements
        .iter()
        .find(|statement| statement.retired && !retired_in.contains(statement.id.as_str()))
    {
        return Err(format!(
            "statement {:?} is marked retired but retired by no [[version]] block",
            statement.id
        ));
    }
    Ok(())
}

/// For each slot of the assessment, from 0 to its highest, the versions that added and retired its
/// statement (0 for none), as [`check_versions`] has made sure they are.
fn edition_spans(versions: &[VersionEntry], assessment: &AssessmentFile) -> Vec<(u8, u8)> {
    let slots = assessment.statements.iter().map(|statement| usize::from(statement.slot) + 1).max();
    let mut spans = vec![(0, 0); slots.unwrap_or(0)];
    let version_listing = |id: &str, listed: fn(&VersionEntry) -> &Vec<String>| {
        versions
            .iter()
            .find(|version| listed(version).iter().any(|listed_id| listed_id == id))
            .map_or(0, |version| u8::try_from(version.version).unwrap_or(u8::MAX))
    };
    for statement in &assessment.statements {
        if let Some(span) = spans.get_mut(usize::from(statement.slot)) {
            *span = (
                version_listing(&statement.id, |version| &version.added),
                version_listing(&statement.id, |version| &version.retired),
            );
        }
    }
    spans
}

/// The glossary is read alphabetically, so a term listed twice would show twice.
fn check_terms(terms: &[TermEntry]) -> Result<(), String> {
    let mut seen = HashSet::new();
    for (index, entry) in terms.iter().enumerate() {
        let name = format!("term {} ({:?})", index + 1, entry.term);
        check_text("term", &entry.term).map_err(at(&name))?;
        check_text("meaning", &entry.meaning).map_err(at(&name))?;
        if !seen.insert(entry.term.trim().to_lowercase()) {
            return Err(format!("{name}: the glossary already explains this term"));
        }
    }
    Ok(())
}

/// The Rust source for a checked file: constructs as written, terms sorted alphabetically, and the
/// versions turned into the edition span of each slot of the assessment.
pub fn render(file: &MethodFile, assessment: &AssessmentFile) -> String {
    let mut out =
        String::from("// Generated by core/build/method.rs from content/method.toml. Do not edit.\n\n");
    let _ = writeln!(out, "pub const INTRO: &str = {:?};\n", file.intro.trim());

    let _ = writeln!(out, "pub static CONSTRUCTS: [Construct; {}] = [", file.constructs.len());
    for c in &file.constructs {
        let _ = writeln!(
            out,
            "    Construct {{ pillar_id: {:?}, measures: {:?}, excludes: {:?} }},",
            c.pillar,
            c.measures.trim(),
            c.excludes.trim()
        );
    }
    out.push_str("];\n\n");

    let _ = writeln!(out, "pub static LIMITS: [Limit; {}] = [", file.limits.len());
    for l in &file.limits {
        let _ = writeln!(
            out,
            "    Limit {{ id: {:?}, heading: {:?}, text: {:?} }},",
            l.id,
            l.heading.trim(),
            l.text.trim()
        );
    }
    out.push_str("];\n\n");

    let _ = writeln!(out, "pub static VERSIONS: [ContentVersion; {}] = [", file.versions.len());
    for v in &file.versions {
        let _ = writeln!(
            out,
            "    ContentVersion {{ version: {}, summary: {:?}, added: &{:?}, retired: &{:?} }},",
            v.version,
            v.summary.trim(),
            v.added,
            v.retired
        );
    }
    out.push_str("];\n\n");

    let spans = edition_spans(&file.versions, assessment);
    let _ = writeln!(
        out,
        "/// By slot: the content version that first asked its statement, and the one that retired it (0 \
         while still asked); 0, 0 for a slot never used.\npub(crate) static SLOT_EDITIONS: [(u8, u8); {}] = {:?};\n",
        spans.len(),
        spans
    );

    let mut terms: Vec<&TermEntry> = file.terms.iter().collect();
    terms.sort_by_key(|entry| entry.term.trim().to_lowercase());
    let _ = writeln!(out, "pub static TERMS: [Term; {}] = [", terms.len());
    for t in terms {
        let _ = writeln!(out, "    Term {{ term: {:?}, meaning: {:?} }},", t.term.trim(), t.meaning.trim());
    }
    out.push_str("];\n");
    out
}

#[cfg(test)]
mod tests;

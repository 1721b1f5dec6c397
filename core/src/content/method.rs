//! The method's own content: what each pillar is meant to capture, what a reading does not claim, what
//! changed in each content version and the glossary. The statics are generated from
//! `content/method.toml` by `core/build/method.rs`, which has checked them against the assessment:
//! one construct per pillar, one version block per content version, every statement added once and
//! every retired one retired once, no term explained twice.

/// What one pillar is meant to capture.
#[derive(Debug, PartialEq, Eq)]
pub struct Construct {
    pub pillar_id: &'static str,
    /// What the pillar's statements capture between them.
    pub measures: &'static str,
    /// What the pillar deliberately leaves out.
    pub excludes: &'static str,
}

/// One thing a reading does not claim.
#[derive(Debug, PartialEq, Eq)]
pub struct Limit {
    pub id: &'static str,
    pub heading: &'static str,
    pub text: &'static str,
}

/// What changed in one content version of the assessment.
#[derive(Debug, PartialEq, Eq)]
pub struct ContentVersion {
    pub version: u32,
    pub summary: &'static str,
    /// Ids of the statements first asked in this version.
    pub added: &'static [&'static str],
    /// Ids of the statements no longer asked from this version on.
    pub retired: &'static [&'static str],
}

/// One word or phrase of the statements and actions, explained; sorted alphabetically.
#[derive(Debug, PartialEq, Eq)]
pub struct Term {
    pub term: &'static str,
    pub meaning: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/method_content.rs"));

/// What this pillar is meant to capture.
pub fn construct(pillar_id: &str) -> Option<&'static Construct> {
    CONSTRUCTS.iter().find(|construct| construct.pillar_id == pillar_id)
}

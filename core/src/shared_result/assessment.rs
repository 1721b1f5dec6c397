//! An assessment as a link carries it, and as the site reads it back.

use crate::assessment::{Answers, AssessmentResult, History, HistoryEntry, Role, CONTENT_VERSION};
use crate::date::Day;
use crate::link::{encode, sanitize_label, AssessmentLink, SharedResult};
use crate::stored::Loss;

/// The link value for a completed assessment: its answers by slot, the content version they were
/// given under, its date and the label the person chose (cleaned as links require).
pub fn assessment_link(entry: &HistoryEntry, label: Option<&str>) -> AssessmentLink {
    let answers = entry.answers.to_slots();
    AssessmentLink {
        // The build script keeps content versions within 1–255.
        content_version: u8::try_from(entry.content_version).unwrap_or(u8::MAX),
        day: entry.day,
        answers,
        label: label.and_then(sanitize_label),
        role: entry.role,
    }
}

/// The results in a person's history as links would carry them, without a name: how they recognise
/// their own result in a team ("this is you") without having put their name on it. Read once per
/// screen, then asked about each person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnResults(Vec<String>);

impl OwnResults {
    pub fn of(history: &History) -> OwnResults {
        OwnResults(history.newest_first().map(|entry| unnamed(assessment_link(entry, None))).collect())
    }

    /// Whether `link` holds one of these results, whatever name it carries.
    pub fn holds(&self, link: &AssessmentLink) -> bool {
        self.0.contains(&unnamed(link.clone()))
    }
}

/// A result's link without its name, for comparing results whatever names they carry.
fn unnamed(link: AssessmentLink) -> String {
    encode(&SharedResult::Assessment(AssessmentLink { label: None, ..link }))
}

/// Someone's assessment, read from a link: their answers and everything computed from them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SharedAssessment {
    pub day: Day,
    /// The name or team the person chose, shown only as plain text.
    pub label: Option<String>,
    pub content_version: u8,
    /// The part of the company the person said they work in, if the link says.
    pub role: Option<Role>,
    pub answers: Answers,
    pub result: AssessmentResult,
    /// Answers in slots this version of the site has no statement for: the link was made by a newer
    /// edition of the statements. They cannot be scored here.
    pub unread_answers: usize,
}

impl SharedAssessment {
    /// Reads a link's answers against the content. Never fails: answers to statements this site does
    /// not know are counted in [`unread_answers`](Self::unread_answers) and left out.
    pub fn read(link: &AssessmentLink) -> SharedAssessment {
        let salvaged = Answers::from_slots(&link.answers);
        let unread_answers = salvaged
            .losses
            .iter()
            .map(|loss| match loss {
                Loss::Answers(count) => *count,
                _ => 0,
            })
            .sum();
        let answers = salvaged.value;
        let result = AssessmentResult::of_edition(&answers, u32::from(link.content_version));
        SharedAssessment {
            day: link.day,
            label: link.label.clone(),
            content_version: link.content_version,
            role: link.role,
            answers,
            result,
            unread_answers,
        }
    }

    /// Who the result belongs to, for headings: the label, or `fallback` when there is none.
    pub fn name_or<'a>(&'a self, fallback: &'a str) -> &'a str {
        self.label.as_deref().unwrap_or(fallback)
    }

    /// What the visitor should know about reading this link here, if anything: a link from a newer
    /// edition of the statements may hold answers this version cannot score.
    pub fn notice(&self) -> Option<String> {
        let newer = u32::from(self.content_version) > CONTENT_VERSION;
        match (newer, self.unread_answers) {
            (_, 0) if !newer => None,
            (true, 0) => Some(
                "This result was made with a newer edition of the statements. Reload the page to get the \
                 newest version of Culture Check if anything looks out of date."
                    .to_owned(),
            ),
            (_, unread) => Some(format!(
                "This result was made with a newer edition of the statements: {unread} of its answers are to \
                 statements this version does not have, so they are left out of the scores. Reload the page to \
                 get the newest version of Culture Check."
            )),
        }
    }
}

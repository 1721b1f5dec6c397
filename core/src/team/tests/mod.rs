//! The team view's core: statistics, pasting, saved teams.

mod change;
mod compare;
mod disputes;
mod export;
mod focus;
mod paste;
mod saved;
mod screen;
mod summary;

use crate::assessment::Answer;
use crate::content::assessment::{active_statements, SLOT_COUNT, STATEMENTS};
use crate::date::Day;
use crate::link::{encode, encode_team, AssessmentLink, SharedResult, TeamLink};
use crate::team::TeamSummary;

const A_DAY: Day = Day(20_779);

/// A member who answers every statement asked today the way `answer` reads on a plain statement:
/// obstacles get the mirrored answer, so every pillar scores what `answer` is worth (Agree 75).
pub(super) fn member(answer: Answer, label: Option<&str>) -> AssessmentLink {
    let mut answers = vec![None; SLOT_COUNT];
    for statement in active_statements() {
        let mirrored = answer.points().and_then(|points| Answer::from_points(6 - points));
        let given = if statement.reverse { mirrored.unwrap_or(answer) } else { answer };
        answers[usize::from(statement.slot)] = Some(given);
    }
    AssessmentLink { content_version: 1, day: A_DAY, answers, label: label.map(str::to_owned), role: None }
}

/// `member`, with one statement answered differently.
fn member_with(answer: Answer, statement_id: &str, other: Answer) -> AssessmentLink {
    let mut link = member(answer, None);
    if let Some(statement) = STATEMENTS.iter().find(|statement| statement.id == statement_id) {
        link.answers[usize::from(statement.slot)] = Some(other);
    }
    link
}

fn result_address(link: &AssessmentLink) -> String {
    format!("https://example.org/culture/#/r/{}", encode(&SharedResult::Assessment(link.clone())))
}

fn team_address(team: &TeamLink) -> String {
    format!("https://example.org/culture/#/team/{}", encode_team(team).unwrap_or_default())
}

/// The summary of an unnamed team of these members.
fn summary(members: Vec<AssessmentLink>) -> TeamSummary {
    TeamSummary::of(&TeamLink { name: None, members })
}

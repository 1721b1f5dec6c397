//! Adding pasted result links to a team: many at once, one per line, each line checked on its own so
//! one bad link never costs the good ones.

use crate::link::{read_pasted, LinkContent, SharedResult, TeamLink, MAX_TEAM_MEMBERS};
use crate::text::{prefix_chars, shorten};

/// The most lines one paste is read for; a workshop has far fewer people than this.
pub const MAX_PASTE_LINES: usize = 200;

/// The most characters one paste is read for: room for [`MAX_PASTE_LINES`] links with their addresses,
/// or a few team links. Anything after is left unread, and the report says so.
const MAX_PASTE_CHARS: usize = 100_000;

/// How many characters of a bad line the report quotes.
const EXCERPT_CHARS: usize = 32;

/// One pasted line that was not added, and why, in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasteProblem {
    /// 1-based, counting blank lines, so the person can find it in what they pasted. 0 for the paste
    /// as a whole.
    pub line: usize,
    /// The start of the line, to recognise it by.
    pub excerpt: String,
    pub message: String,
}

/// What one paste did to the team.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PasteReport {
    /// How many results joined the team.
    pub added: usize,
    pub problems: Vec<PasteProblem>,
}

/// Reads every non-blank line of `pasted` as a result link (or a team link, whose members all join):
/// the team with what is new added, up to [`MAX_TEAM_MEMBERS`], and the report of what the paste did.
pub fn add_pasted(team: &TeamLink, pasted: &str) -> (TeamLink, PasteReport) {
    let mut team = team.clone();
    let mut report = PasteReport::default();
    let readable = prefix_chars(pasted, MAX_PASTE_CHARS);
    if readable.len() < pasted.len() {
        report.problems.push(whole_paste_problem(format!(
            "The paste is very long, so only its first {MAX_PASTE_CHARS} characters were read."
        )));
    }
    let mut lines = readable.lines().enumerate().filter(|(_, line)| !line.trim().is_empty());
    for (index, line) in lines.by_ref().take(MAX_PASTE_LINES) {
        if let Err(message) = add_line(&mut team, line, &mut report.added) {
            report.problems.push(PasteProblem {
                line: index + 1,
                excerpt: shorten(line.trim(), EXCERPT_CHARS),
                message,
            });
        }
    }
    if lines.next().is_some() {
        report.problems.push(whole_paste_problem(format!(
            "Only the first {MAX_PASTE_LINES} links were read. Paste the rest separately."
        )));
    }
    (team, report)
}

fn whole_paste_problem(message: String) -> PasteProblem {
    PasteProblem { line: 0, excerpt: String::new(), message }
}

/// Adds the line's result (or results) to the team being built, counting them in `added`; the error
/// is the reason for anything the line held that did not join.
fn add_line(team: &mut TeamLink, line: &str, added: &mut usize) -> Result<(), String> {
    let members = match read_pasted(line).map_err(|error| error.message())? {
        LinkContent::Result(SharedResult::Assessment(member)) => vec![member],
        LinkContent::Result(SharedResult::Quiz(_)) => {
            return Err("This is a quiz score. The team view combines assessment results.".to_owned())
        }
        LinkContent::Team(other) => other.members,
    };
    let offered = members.len();
    let (mut repeated, mut no_room) = (Vec::new(), 0);
    for member in members {
        if let Some(position) = team.position_of(&member) {
            repeated.push(position);
        } else if team.members.len() >= MAX_TEAM_MEMBERS {
            no_room += 1;
        } else {
            team.members.push(member);
            *added += 1;
        }
    }
    match (repeated.as_slice(), no_room) {
        ([], 0) => Ok(()),
        (_, 0) if offered == 1 => Err(format!(
            "This result is already in the team (person {}), so it was not added twice.",
            repeated[0] + 1
        )),
        (_, 0) => Err(format!(
            "{} of the {offered} results in this team link are already in the team, so they were not added twice.",
            repeated.len()
        )),
        _ => Err(format!(
            "The team already holds {MAX_TEAM_MEMBERS} results, the most one team link can carry, so {no_room} \
             more could not be added. Start a second team for the rest."
        )),
    }
}

//! Adding pasted result links to a team: every link in whatever was pasted (a chat export, an e-mail,
//! a list), each checked on its own so one bad link never costs the good ones.

use crate::link::{
    find_links, AssessmentLink, FoundLink, LinkContent, SharedResult, TeamLink, MAX_TEAM_MEMBERS,
};
use crate::text::{prefix_chars, shorten};

/// The most lines one paste is read for, blank lines aside: a workshop's chat, with a few lines of
/// talk around each of its results, fits many times over.
pub const MAX_PASTE_LINES: usize = 1_000;

/// The most links one paste is read for: four full teams' worth. Each is decoded and may need a line
/// in the report, so a paste of thousands of damaged links stops here.
pub const MAX_PASTE_LINKS: usize = 4 * MAX_TEAM_MEMBERS;

/// The most characters one paste is read for: room for [`MAX_PASTE_LINES`] of chat with a link on
/// each, or a few team links. Anything after is left unread, and the report says so.
const MAX_PASTE_CHARS: usize = 100_000;

/// How many characters of a bad link the report quotes.
const EXCERPT_CHARS: usize = 32;

/// One link in the paste that was not added, or something about the paste as a whole, and why, in
/// plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasteProblem {
    /// Where the link starts, 1-based, counting blank lines, so the person can find it in what they
    /// pasted. 0 for the paste as a whole.
    pub line: usize,
    /// The start of the link as found (`#/r/...`), to recognise it by; empty for the paste as a whole.
    pub excerpt: String,
    pub message: String,
    /// A result the same as one already in the team: the same answers, the same day and the same
    /// name or none. It may be a second person who answered alike, so the facilitator can still add
    /// it (see [`add_alike`]), as nothing in a link can tell the two apart.
    pub alike: Option<AssessmentLink>,
}

/// What one paste did to the team.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PasteReport {
    /// How many links the paste held (see [`find_links`]), read or not.
    pub found: usize,
    /// How many results joined the team.
    pub added: usize,
    pub problems: Vec<PasteProblem>,
    /// Pasted text, or the QR codes read in pictures: the report's words follow.
    pub source: PasteSource,
}

/// Where the links added came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PasteSource {
    /// Text pasted into the form.
    #[default]
    Paste,
    /// The QR codes read in pictures (chosen files, the camera), one code a line.
    Pictures,
}

impl PasteProblem {
    /// Where the problem lies, in words that lead its line of the report: the paste or the picture
    /// as a whole, else the line (or the code) with the start of its link.
    pub fn place(&self, source: PasteSource) -> String {
        match (source, self.line) {
            (PasteSource::Paste, 0) => "The paste".to_owned(),
            (PasteSource::Pictures, 0) => "The picture".to_owned(),
            (PasteSource::Paste, line) => format!("Line {line} (\u{201c}{}\u{201d})", self.excerpt),
            (PasteSource::Pictures, code) => format!("QR code {code} (\u{201c}{}\u{201d})", self.excerpt),
        }
    }
}

/// Adds the results in the texts of QR codes read in pictures, as [`add_pasted`] does for a paste,
/// with a report worded for pictures: a code that is not a Culture Check link is said to be one.
pub fn add_from_pictures(team: &TeamLink, codes: &[String]) -> (TeamLink, PasteReport) {
    // One code a line, so that the report's line numbers count codes.
    let lines: Vec<String> = codes.iter().map(|code| code.replace(['\n', '\r'], " ")).collect();
    let (team, mut report) = add_pasted(team, &lines.join("\n"));
    report.source = PasteSource::Pictures;
    if report.found == 0 && !codes.is_empty() {
        let quoted = lines
            .iter()
            .map(|code| format!("\u{201c}{}\u{201d}", shorten(code, EXCERPT_CHARS)))
            .collect::<Vec<_>>();
        let holds = match quoted.len() {
            1 => format!("It holds a QR code that is not a Culture Check link: it reads {}.", quoted[0]),
            count => format!(
                "It holds {count} QR codes, none of them a Culture Check link: {}.",
                quoted.join(", ")
            ),
        };
        report.problems = vec![whole_paste_problem(format!(
            "{holds} Only the codes on a Culture Check results page or team view add people."
        ))];
    }
    (team, report)
}

/// Reads every link in `pasted` (see [`find_links`]): each result joins the team, and each team link
/// adds all its members, up to [`MAX_TEAM_MEMBERS`]. Returns the new team and the report: a problem
/// per link that did not join, and one for the paste as a whole when it was cut or held no link.
/// Chat around the links is not a problem.
pub fn add_pasted(team: &TeamLink, pasted: &str) -> (TeamLink, PasteReport) {
    let mut team = team.clone();
    let mut report = PasteReport::default();
    let readable = prefix_chars(pasted, MAX_PASTE_CHARS);
    if readable.len() < pasted.len() {
        report.problems.push(whole_paste_problem(format!(
            "The paste is very long, so only its first {MAX_PASTE_CHARS} characters were read."
        )));
    }
    let (read, lines_left) = first_lines(readable, MAX_PASTE_LINES);
    let found = find_links(read);
    report.found = found.len().min(MAX_PASTE_LINKS);
    for link in found.iter().take(MAX_PASTE_LINKS) {
        if let Err((message, alike)) = add_found(&mut team, link, &mut report.added) {
            report.problems.push(PasteProblem {
                line: link.line,
                excerpt: shorten(&link.text, EXCERPT_CHARS),
                message,
                alike,
            });
        }
    }
    if found.len() > MAX_PASTE_LINKS {
        report.problems.push(whole_paste_problem(format!(
            "Only the first {MAX_PASTE_LINKS} links were read. Paste the rest separately."
        )));
    }
    if lines_left {
        report.problems.push(whole_paste_problem(format!(
            "Only the first {MAX_PASTE_LINES} lines were read. Paste the rest separately."
        )));
    }
    if found.is_empty() && !read.trim().is_empty() {
        report.problems.push(whole_paste_problem(
            "No result link was found in what was pasted. A result link contains #/r/ and a team link \
             #/team/, each followed by letters and digits."
                .to_owned(),
        ));
    }
    (team, report)
}

fn whole_paste_problem(message: String) -> PasteProblem {
    PasteProblem { line: 0, excerpt: String::new(), message, alike: None }
}

/// The team with `member` added as another person although a result just like it is already in it
/// (see [`PasteProblem::alike`]); when the team is full, why it could not join.
pub fn add_alike(team: &TeamLink, member: &AssessmentLink) -> Result<TeamLink, String> {
    if team.members.len() >= MAX_TEAM_MEMBERS {
        return Err(no_room(1));
    }
    let mut team = team.clone();
    team.members.push(member.clone());
    Ok(team)
}

/// Why `count` results could not join a full team.
fn no_room(count: usize) -> String {
    format!(
        "The team already holds {MAX_TEAM_MEMBERS} results, the most one team link can carry, so {count} \
         more could not be added. Start a second team for the rest."
    )
}

/// The text up to the end of its `max`-th non-blank line, and whether any non-blank line comes after.
fn first_lines(text: &str, max: usize) -> (&str, bool) {
    let mut counted = 0;
    let mut end = 0;
    for line in text.split_inclusive('\n') {
        if !line.trim().is_empty() {
            if counted == max {
                return (&text[..end], true);
            }
            counted += 1;
        }
        end += line.len();
    }
    (text, false)
}

/// Adds the link's result (or results) to the team being built, counting them in `added`; the error
/// is the reason for anything the link held that did not join, with the result when it is one just
/// like a result already in the team.
fn add_found(
    team: &mut TeamLink,
    link: &FoundLink,
    added: &mut usize,
) -> Result<(), (String, Option<AssessmentLink>)> {
    let members = match &link.content {
        Err(error) => return Err((error.message(), None)),
        Ok(LinkContent::Result(SharedResult::Assessment(member))) => vec![member.clone()],
        Ok(LinkContent::Result(SharedResult::Quiz(_))) => {
            return Err(("This is a quiz score. The team view combines assessment results.".to_owned(), None))
        }
        Ok(LinkContent::Team(other)) => other.members.clone(),
    };
    let offered = members.len();
    let (mut repeated, mut left_out) = (Vec::new(), 0);
    for member in members {
        if let Some(position) = team.position_of(&member) {
            repeated.push((position, member));
        } else if team.members.len() >= MAX_TEAM_MEMBERS {
            left_out += 1;
        } else {
            team.members.push(member);
            *added += 1;
        }
    }
    match (repeated.as_slice(), left_out) {
        ([], 0) => Ok(()),
        ([(position, member)], 0) if offered == 1 => Err((
            format!(
                "This result is already in the team (person {}): the same answers on the same day, so it \
                 was not added twice. If it is someone else's who answered the same way, add it as another \
                 person.",
                position + 1
            ),
            Some(member.clone()),
        )),
        (_, 0) => Err((
            format!(
                "{} of the {offered} results in this team link are already in the team, so they were not \
                 added twice.",
                repeated.len()
            ),
            None,
        )),
        _ => Err((no_room(left_out), None)),
    }
}

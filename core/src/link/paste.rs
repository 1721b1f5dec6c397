//! Finding links in whatever a person pastes.
//!
//! - [`payload_in`] and [`read_pasted`] take a paste meant as one link: a whole address with `#/r/...`
//!   or `#/team/...`, the fragment alone, or the bare payload, with any whitespace (a line broken by
//!   an e-mail program) removed.
//! - [`find_links`] finds every link in any text (a chat export, an e-mail, a Markdown list): several
//!   per line, with anything around them.
//!
//! ```
//! use culture_core::link::find_links;
//!
//! let chat = "[10:42] Ana: <https://example.org/#/r/EQEEICMFOXApy4FOXApy4FOXAACCYQ> (sorry, late)\n\
//!             [10:43] Ben: thanks, will do mine tonight";
//! let found = find_links(chat);
//! assert_eq!(found.len(), 1);
//! assert_eq!((found[0].line, found[0].text.as_str()), (1, "#/r/EQEEICMFOXApy4FOXApy4FOXAACCYQ"));
//! assert!(found[0].content.is_ok());
//! ```

use std::collections::HashSet;

use super::base64url::is_alphabet;
use super::{decode_any, LinkContent, LinkError, MAX_PAYLOAD_CHARS};
use crate::route::Route;

/// The longest paste looked at: the longest payload plus room for the site's address around it.
const MAX_PASTE_CHARS: usize = MAX_PAYLOAD_CHARS + 2_000;

/// What comes before a payload in a link's fragment: the routes [`Route::parse`] reads as a result or
/// a team, with and without the slash after `#`.
const ROUTES: [&str; 4] = ["#/r/", "#/team/", "#r/", "#team/"];

/// The shortest text alone on a line that [`find_links`] reports as a damaged link when it does not
/// read. Shorter lone words ("thanks", "r/rust") are chat; every assessment link is longer (30
/// characters for the 35 statements of the first edition, before any label).
const MIN_LONE_PAYLOAD_CHARS: usize = 24;

/// The payload inside pasted text, with the same errors as decoding (`Empty`, `TooLong`) plus
/// [`LinkError::NotAResultAddress`] for an address that leads somewhere else on the site or elsewhere.
pub fn payload_in(pasted: &str) -> Result<String, LinkError> {
    if pasted.len() > MAX_PASTE_CHARS {
        return Err(LinkError::TooLong);
    }
    let text: String = pasted.chars().filter(|character| !character.is_whitespace()).collect();
    if text.is_empty() {
        return Err(LinkError::Empty);
    }
    let fragment = match text.split_once('#') {
        Some((_, fragment)) => fragment,
        // Without `#`, only a fragment written without it (`/r/...`, `team/...`) or a bare payload.
        None if text.contains(':') => return Err(LinkError::NotAResultAddress),
        None if text.contains('/') => &text,
        None => return Ok(text),
    };
    match Route::parse(fragment) {
        Route::SharedResult(payload) | Route::Team(Some(payload)) => Ok(payload),
        _ => Err(LinkError::NotAResultAddress),
    }
}

/// Reads whatever link was pasted: one person's result or a team.
pub fn read_pasted(pasted: &str) -> Result<LinkContent, LinkError> {
    decode_any(&payload_in(pasted)?)
}

/// One link found in a text by [`find_links`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FoundLink {
    /// The line it starts on, 1-based and counting blank lines, so the person can find it.
    pub line: usize,
    /// The link as found, from its route (`#/r/...`, or the payload's first character when there
    /// is none) to the payload's end, the pieces of a link broken over lines joined: to quote it.
    pub text: String,
    /// What it holds, or why it cannot be read.
    pub content: Result<LinkContent, LinkError>,
}

/// Every result link (`#/r/<payload>`) and team link (`#/team/<payload>`) in `text`, in reading order.
///
/// - **Anything around a link.** A payload is the run of base64url characters after its route and
///   ends at the first other character, so text, `<…>`, `(…)`, `[text](…)`, quotes and a full stop
///   around a link are left out. Two links on a line are two links; the same link twice on one line
///   (Markdown's `[address](address)`) is one.
/// - **Bare payloads.** A run of base64url characters without a route counts when it reads as a link.
///   One alone on its line (wrapping punctuation, `/r/` or `team/` aside) that does not read is
///   reported as damaged when it is at least 24 characters long; shorter, it is a word.
/// - **Broken links.** A link that does not read and runs to the end of its line continues on the next
///   lines (leading spaces and `>` quote marks aside) while that makes it read, as when an e-mail
///   program wraps a long address; if no continuation reads, it is reported as it was.
/// - **Not reported.** Text without a route or a lone payload is chat, whatever else it holds: a
///   paste of a conversation lists only what was meant as a link.
pub fn find_links(text: &str) -> Vec<FoundLink> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    // Where reading resumes: a link broken over lines ends part-way into a later one.
    let (mut index, mut from) = (0, 0);
    // Lines before this one were a failed link's continuation; they start no continuation themselves,
    // so a column of damaged lines costs one attempt, not one per line.
    let mut continues_from = 0;
    while let Some(line) = lines.get(index) {
        let mut next = (index + 1, 0);
        let mut on_this_line = HashSet::new();
        let letters_on_line = line.chars().filter(|&c| is_letter(c)).count();
        let bytes = line.as_bytes();
        let mut at = from;
        while at < bytes.len() {
            let route = ROUTES.iter().copied().find(|route| bytes[at..].starts_with(route.as_bytes()));
            let starts_run = is_alphabet(bytes[at]) && (at == 0 || !is_alphabet(bytes[at - 1]));
            if route.is_none() && !starts_run {
                at += 1;
                continue;
            }
            // Routes and the alphabet are ASCII, so both ends of the run are character boundaries.
            let start = at + route.map_or(0, str::len);
            let end = start + bytes[start..].iter().take_while(|&&byte| is_alphabet(byte)).count();
            at = end.max(at + 1);
            let payload = &line[start..end];
            // Counting first keeps this linear: only a run holding nearly all the line's letters can
            // stand alone, and a line has few of those.
            let letters_around = letters_on_line - payload.chars().filter(|&c| is_letter(c)).count();
            let lone = route.is_none()
                && letters_around <= "/team/".len()
                && stands_alone(&line[..start], &line[end..]);
            let mut candidate = Candidate { joined: payload.to_owned(), content: read(payload) };
            let may_continue = (route.is_some() || lone) && index >= continues_from;
            if candidate.content.is_err() && may_continue && end == line.trim_end().len() {
                match candidate.continue_over(&lines[index + 1..]) {
                    Continued::Read { lines: taken, resume } => next = (index + taken, resume),
                    Continued::NotRead { whole_lines } => continues_from = index + 1 + whole_lines,
                }
            }
            let reported = route.is_some() || (lone && payload.len() >= MIN_LONE_PAYLOAD_CHARS);
            if (candidate.content.is_ok() || reported) && on_this_line.insert(candidate.joined.clone()) {
                found.push(FoundLink {
                    line: index + 1,
                    text: format!("{}{}", route.unwrap_or(""), candidate.joined),
                    content: candidate.content,
                });
            }
        }
        (index, from) = next;
    }
    found
}

/// A payload being read, perhaps over several lines.
struct Candidate {
    joined: String,
    content: Result<LinkContent, LinkError>,
}

/// How a link that did not read fared on the lines after it.
enum Continued {
    /// It reads with the start of the `lines`-th line after it joined, up to byte `resume` there.
    Read { lines: usize, resume: usize },
    /// It did not; `whole_lines` lines after it were nothing but continuation.
    NotRead { whole_lines: usize },
}

impl Candidate {
    /// Joins the start of each following line to the payload until it reads, keeping the first error
    /// if it never does.
    fn continue_over(&mut self, following: &[&str]) -> Continued {
        let mut joined = self.joined.clone();
        let mut whole_lines = 0;
        for (offset, line) in following.iter().enumerate() {
            let start = line.len() - line.trim_start_matches(|c: char| c.is_whitespace() || c == '>').len();
            let end = start + line.as_bytes()[start..].iter().take_while(|&&byte| is_alphabet(byte)).count();
            if end == start || joined.len() + (end - start) > MAX_PAYLOAD_CHARS {
                break;
            }
            joined.push_str(&line[start..end]);
            if let Ok(content) = read(&joined) {
                (self.joined, self.content) = (joined, Ok(content));
                return Continued::Read { lines: offset + 1, resume: end };
            }
            if end < line.trim_end().len() {
                // The link ended inside this line, and did not read.
                break;
            }
            whole_lines += 1;
        }
        Continued::NotRead { whole_lines }
    }
}

/// Whether a run is all its line holds but punctuation and a route written without `#` (`/r/`,
/// `team/`): what a person pastes when they copy the payload or the fragment alone.
fn stands_alone(before: &str, after: &str) -> bool {
    let letters = |text: &str| -> String { text.chars().filter(|&c| is_letter(c)).collect() };
    matches!(letters(before).as_str(), "" | "/" | "r/" | "/r/" | "team/" | "/team/")
        && matches!(letters(after).as_str(), "" | "/")
}

/// What [`stands_alone`] looks at: letters, digits and the slashes of a route; the rest is punctuation.
fn is_letter(character: char) -> bool {
    character.is_alphanumeric() || character == '/'
}

/// Reads a payload found in text. Markdown's emphasis (`_link_`) and a dash after a link run into
/// the payload, since `_` and `-` are base64url: when the whole run does not read, it is read without
/// them; the error is always the whole run's.
fn read(payload: &str) -> Result<LinkContent, LinkError> {
    let whole = decode_any(payload);
    if whole.is_ok() {
        return whole;
    }
    let trimmed = payload.trim_end_matches(['-', '_']);
    let unwrapped = payload.trim_matches('_').trim_end_matches('-');
    [trimmed, unwrapped]
        .into_iter()
        .filter(|shorter| !shorter.is_empty() && shorter.len() < payload.len())
        .find_map(|shorter| decode_any(shorter).ok())
        .map_or(whole, Ok)
}

#[cfg(test)]
mod tests;

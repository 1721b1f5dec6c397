//! Everything that can be wrong with a link, each with a message in plain words for the person who
//! opened or pasted it.

use super::label::is_hidden;
use super::{LinkKind, MAX_LABEL_CHARS, MAX_SLOTS, MAX_TEAM_MEMBERS};

/// Why a link could not be read (or, for [`LinkError::TooManyMembers`], written).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    /// Nothing was given.
    Empty,
    /// Longer than any link the site writes; refused before decoding.
    TooLong,
    /// A character outside base64url, with its 1-based position.
    NotBase64url { character: char, position: usize },
    /// Too short to hold what it says it holds.
    Truncated,
    /// The check value does not match: mistyped, cut off or altered.
    CheckFailed,
    /// Written by a newer version of the site, in a format this one cannot read.
    NewerFormat { found: u8 },
    /// The first byte names no kind of link this site knows.
    UnknownKind { first_byte: u8 },
    /// A team link given where one person's result was expected.
    TeamWhereResultExpected,
    /// One person's result given where a team link was expected.
    ResultWhereTeamExpected { found: LinkKind },
    /// The name or team label inside the link is not acceptable.
    BadLabel(LabelProblem),
    /// More statements or questions than any link carries.
    TooManySlots { found: usize },
    /// An answer code no version of the format uses, at this slot.
    UnknownAnswer { slot: usize },
    /// A part-of-the-company code no version of the format uses (or none, where one is required).
    UnknownRole { code: u8 },
    /// The filler bits after the packed answers are not zero.
    LeftoverBits,
    /// A quiz result with more right answers than questions asked, or more asked than there are.
    ImpossibleScore { correct: usize, asked: u8, questions: usize },
    /// A team of more than [`MAX_TEAM_MEMBERS`].
    TooManyMembers { found: usize },
    /// A team whose runs of members do not add up to its member count.
    MemberCountMismatch,
    /// Bytes left over after everything the link says it holds.
    TrailingBytes { count: usize },
    /// Pasted text that is an address, but not of a shared result or team.
    NotAResultAddress,
}

/// What is wrong with a label inside a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelProblem {
    /// Its bytes are not UTF-8 text.
    NotText,
    /// Longer than [`MAX_LABEL_CHARS`] characters.
    TooLong,
    /// Holds control or text-direction characters, or stray spaces, that the site never writes.
    Unclean,
}

const ALTERED: &str = "It was probably changed by hand or by a program; ask for the link again.";

impl LinkError {
    /// A plain-words message for the person who opened or pasted the link.
    pub fn message(&self) -> String {
        match self {
            LinkError::Empty => "The link is empty: there is no result in it.".to_owned(),
            LinkError::TooLong => {
                "This is far longer than any Culture Check link. It may have been pasted twice or run \
                 together with other text."
                    .to_owned()
            }
            LinkError::NotBase64url { character, position } => format!(
                "The link contains {} at character {position}, which never appears in a Culture Check \
                 link. Check that it was copied completely and nothing was added.",
                describe(*character)
            ),
            LinkError::Truncated => {
                "The link is too short: it was probably cut off when it was copied. Try copying it \
                 again, all the way to the end."
                    .to_owned()
            }
            LinkError::CheckFailed => "The link does not pass its check: it was probably mistyped or cut \
                                       off. Try copying it again, all the way to the end."
                .to_owned(),
            LinkError::NewerFormat { found } => format!(
                "This link was made by a newer version of Culture Check (link format {found}). Reload \
                 the page to get the newest version, then open the link again."
            ),
            LinkError::UnknownKind { first_byte } => {
                format!("This is not a Culture Check result link (it starts with byte {first_byte:#04x}).")
            }
            LinkError::TeamWhereResultExpected => {
                "This is a team link, not one person's result: open it in the team view.".to_owned()
            }
            LinkError::ResultWhereTeamExpected { found: LinkKind::Quiz } => {
                "This is one person's quiz score, not a team link. Teams combine assessment results."
                    .to_owned()
            }
            LinkError::ResultWhereTeamExpected { found: _ } => {
                "This is one person's assessment result, not a team link. Paste it into the team view to \
                 add it to a team."
                    .to_owned()
            }
            LinkError::BadLabel(LabelProblem::NotText) => {
                format!("The name in this link is not readable text. {ALTERED}")
            }
            LinkError::BadLabel(LabelProblem::TooLong) => {
                format!("The name in this link is longer than {MAX_LABEL_CHARS} characters. {ALTERED}")
            }
            LinkError::BadLabel(LabelProblem::Unclean) => format!(
                "The name in this link contains invisible or control characters the site never writes. \
                 {ALTERED}"
            ),
            LinkError::TooManySlots { found } => format!(
                "The link claims {found} answers, more than the {MAX_SLOTS} any Culture Check link holds. \
                 {ALTERED}"
            ),
            LinkError::UnknownAnswer { slot } => {
                format!("The answer in slot {slot} of this link is not one the site knows. {ALTERED}")
            }
            LinkError::UnknownRole { code } => format!(
                "The part of the company in this link (code {code}) is not one the site knows. {ALTERED}"
            ),
            LinkError::LeftoverBits => format!("The answers in this link end with stray data. {ALTERED}"),
            LinkError::ImpossibleScore { correct, asked, questions } => format!(
                "The quiz score in this link does not add up ({correct} right out of {asked} asked, from \
                 {questions} questions). {ALTERED}"
            ),
            LinkError::TooManyMembers { found } => format!(
                "A team holds at most {MAX_TEAM_MEMBERS} results; this one has {found}. Split the group \
                 into smaller teams."
            ),
            LinkError::MemberCountMismatch => {
                format!("The team link's member count does not add up. {ALTERED}")
            }
            LinkError::TrailingBytes { count } => {
                format!("The link has {count} extra bytes after its result. {ALTERED}")
            }
            LinkError::NotAResultAddress => {
                "This address does not hold a shared result: look for a link containing #/r/ or #/team/."
                    .to_owned()
            }
        }
    }
}

/// A character named so that spaces, quotes and invisible characters are recognisable in a message.
fn describe(character: char) -> String {
    if character.is_whitespace() || is_hidden(character) {
        format!("an invisible character (U+{:04X})", u32::from(character))
    } else {
        format!("“{character}”")
    }
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(&self.message())
    }
}

impl std::error::Error for LinkError {}

//! Result links: a shared result packed into the URL fragment (`#/r/...`, `#/team/...`).
//!
//! This module owns the link format (specified in `docs/result-links.md`): the values a link carries,
//! the bytes they become, the check value, the base64url text, and every way a link can be wrong. It
//! knows answers only by slot number, so it does not depend on the assessment or quiz content: the
//! content modules map their statements and questions to slots, and this module carries the slots.
//!
//! ```
//! use culture_core::date::Day;
//! use culture_core::assessment::{Answer, Role};
//! use culture_core::link::{decode, encode, AssessmentLink, SharedResult};
//!
//! let result = SharedResult::Assessment(AssessmentLink {
//!     content_version: 1,
//!     day: Day(20_779),
//!     answers: vec![Some(Answer::Agree), Some(Answer::DontKnow), None],
//!     label: Some("Product team".to_owned()),
//!     role: Some(Role::GoToMarket),
//! });
//! let payload = encode(&result); // goes after `#/r/`
//! assert_eq!(decode(&payload), Ok(result));
//! ```

mod base64url;
mod body;
mod bytes;
mod crc;
mod error;
mod frame;
mod invite;
mod label;
mod paste;
mod team;

#[cfg(test)]
mod tests;

use crate::assessment::{Answer, Role};
use crate::date::Day;
use body::Roles;
use frame::{WITHOUT_ROLES, WITH_ROLES};

pub use error::{LabelProblem, LinkError};
pub use frame::LinkKind;
pub use invite::{decode_invite, encode_invite};
pub use label::{mixes_alphabets, sanitize_label};
pub use paste::{find_links, payload_in, read_pasted, FoundLink};

/// The newest format version, written into every link that carries a part of the company (links
/// without one are still written as version 1, exactly as before). Bump it for any change older sites
/// cannot read, and keep reading every older version (the pinned links in the tests hold us to that).
pub const FORMAT_VERSION: u8 = 2;

/// The most characters a label (a person's or team's name) may have.
pub const MAX_LABEL_CHARS: usize = 40;

/// The most bytes a label's UTF-8 may take: 40 characters of at most 4 bytes each.
pub const MAX_LABEL_BYTES: usize = MAX_LABEL_CHARS * 4;

/// The most slots (assessment statements or quiz questions) a link carries.
pub const MAX_SLOTS: usize = 127;

/// The most results a team link holds.
pub const MAX_TEAM_MEMBERS: usize = 50;

/// The longest payload the decoder looks at. The largest link the encoder can write (a full team with
/// the most slots and longest labels) is about 14,500 characters; anything longer is not ours, and is
/// refused before a single byte is decoded.
pub const MAX_PAYLOAD_CHARS: usize = 15_000;

/// The first day a link can carry, 2024-01-01: dates travel as days since then, in two bytes.
pub const FIRST_DAY: Day = Day(19_723);

/// The last day a link can carry, 65,535 days after [`FIRST_DAY`] (in June 2203).
pub const LAST_DAY: Day = Day(FIRST_DAY.0 + u16::MAX as u32);

/// One person's assessment result, as a link carries it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct AssessmentLink {
    /// Which edition of the assessment content the slots refer to.
    pub content_version: u8,
    /// When the assessment was completed. Links carry [`FIRST_DAY`] to [`LAST_DAY`]; days outside are
    /// written as the nearest end.
    pub day: Day,
    /// The answer for each statement, indexed by slot, `None` where unanswered. Links carry at most
    /// [`MAX_SLOTS`], each as the answer's own code ([`Answer::code`]) or 0 for none.
    pub answers: Vec<Option<Answer>>,
    /// A name or team the person chose; written through [`sanitize_label`].
    pub label: Option<String>,
    /// The part of the company the person works in, if they said (format version 2).
    pub role: Option<Role>,
}

/// One quiz attempt's result, as a link carries it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct QuizLink {
    /// Which edition of the quiz content the slots refer to.
    pub content_version: u8,
    /// When the attempt was made (same range as [`AssessmentLink::day`]).
    pub day: Day,
    /// Whether each question was answered correctly, indexed by slot (false for questions not asked).
    pub correct: Vec<bool>,
    /// How many questions the attempt had: at least the number correct, at most `correct.len()`.
    pub asked: u8,
    /// A name the person chose; written through [`sanitize_label`].
    pub label: Option<String>,
}

impl QuizLink {
    /// How many questions were answered correctly.
    pub fn score(&self) -> usize {
        self.correct.iter().filter(|&&right| right).count()
    }
}

/// What a `#/r/` link holds: one person's result.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum SharedResult {
    Assessment(AssessmentLink),
    Quiz(QuizLink),
}

/// What a `#/team/` link holds: up to [`MAX_TEAM_MEMBERS`] assessment results and a team name.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct TeamLink {
    /// The team's name; written through [`sanitize_label`].
    pub name: Option<String>,
    pub members: Vec<AssessmentLink>,
}

impl TeamLink {
    /// Whether the team already holds this result: same answers, date, version and label, so the two
    /// would make the same link.
    pub fn holds(&self, member: &AssessmentLink) -> bool {
        self.position_of(member).is_some()
    }

    /// Where the team holds this result (see [`holds`](Self::holds)), if it does.
    pub fn position_of(&self, member: &AssessmentLink) -> Option<usize> {
        let key = member_key(member);
        self.members.iter().position(|existing| member_key(existing) == key)
    }

    /// The team without `member` (its first appearance, if it repeats); unchanged if it is not in it.
    #[must_use]
    pub fn without(&self, member: &AssessmentLink) -> TeamLink {
        let mut members = self.members.clone();
        if let Some(position) = members.iter().position(|existing| existing == member) {
            members.remove(position);
        }
        TeamLink { name: self.name.clone(), members }
    }

    /// The team as a link that names nobody and dates no one's result: every member's label dropped,
    /// every member given `day` (the day the link is made), and the members put in an order taken
    /// from their answers alone, since the order results were pasted in can say whose is whose. The
    /// team's own name stays: it names the group, not a person, and so does each member's part of the
    /// company, which the team view shows only for groups large enough to hide anyone in.
    #[must_use]
    pub fn anonymised(&self, day: Day) -> TeamLink {
        let mut members: Vec<AssessmentLink> =
            self.members.iter().map(|member| AssessmentLink { day, label: None, ..member.clone() }).collect();
        // By edition first, so members sharing a header stay in one run and the link stays short.
        members.sort_by(|a, b| {
            (a.content_version, a.answers.len(), &a.answers, a.role).cmp(&(
                b.content_version,
                b.answers.len(),
                &b.answers,
                b.role,
            ))
        });
        TeamLink { name: self.name.clone(), members }
    }

    /// The positions of members that repeat an earlier member's result (the same link pasted twice).
    pub fn duplicates(&self) -> Vec<usize> {
        let mut seen = std::collections::HashSet::new();
        self.members
            .iter()
            .enumerate()
            .filter(|(_, member)| !seen.insert(member_key(member)))
            .map(|(position, _)| position)
            .collect()
    }
}

/// Whatever a payload holds, for places that accept either kind (a paste box).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum LinkContent {
    Result(SharedResult),
    Team(TeamLink),
}

/// The payload for a shared result: the text after `#/r/`. Never fails: slots past [`MAX_SLOTS`] are
/// left out, labels are sanitized and days clamped to [`FIRST_DAY`]..=[`LAST_DAY`].
pub fn encode(result: &SharedResult) -> String {
    let mut body = Vec::new();
    let (version, kind) = match result {
        SharedResult::Assessment(assessment) if assessment.role.is_some() => {
            body::write_assessment(&mut body, assessment, Roles::Required);
            (WITH_ROLES, LinkKind::Assessment)
        }
        SharedResult::Assessment(assessment) => {
            body::write_assessment(&mut body, assessment, Roles::Absent);
            (WITHOUT_ROLES, LinkKind::Assessment)
        }
        SharedResult::Quiz(quiz) => {
            body::write_quiz(&mut body, quiz);
            (WITHOUT_ROLES, LinkKind::Quiz)
        }
    };
    frame::seal(version, kind, &body)
}

/// Reads a shared result from the text after `#/r/`.
pub fn decode(payload: &str) -> Result<SharedResult, LinkError> {
    match decode_any(payload)? {
        LinkContent::Result(result) => Ok(result),
        LinkContent::Team(_) => Err(LinkError::TeamWhereResultExpected),
    }
}

/// The payload for a team: the text after `#/team/`. Fails only with more than [`MAX_TEAM_MEMBERS`]
/// members; otherwise written like [`encode`].
pub fn encode_team(team: &TeamLink) -> Result<String, LinkError> {
    let mut body = Vec::new();
    if team.members.iter().any(|member| member.role.is_some()) {
        team::write(&mut body, team, Roles::Optional)?;
        Ok(frame::seal(WITH_ROLES, LinkKind::Team, &body))
    } else {
        team::write(&mut body, team, Roles::Absent)?;
        Ok(frame::seal(WITHOUT_ROLES, LinkKind::Team, &body))
    }
}

/// Reads a team from the text after `#/team/`.
pub fn decode_team(payload: &str) -> Result<TeamLink, LinkError> {
    match decode_any(payload)? {
        LinkContent::Team(team) => Ok(team),
        LinkContent::Result(result) => Err(LinkError::ResultWhereTeamExpected { found: result.kind() }),
    }
}

/// Reads any payload, whichever kind it is.
pub fn decode_any(payload: &str) -> Result<LinkContent, LinkError> {
    let (version, kind, body) = frame::open(payload)?;
    let mut reader = bytes::Reader::new(&body);
    let with_roles = version == WITH_ROLES;
    let content = match kind {
        LinkKind::Assessment => {
            let roles = if with_roles { Roles::Required } else { Roles::Absent };
            LinkContent::Result(SharedResult::Assessment(body::read_assessment(&mut reader, roles)?))
        }
        LinkKind::Quiz => LinkContent::Result(SharedResult::Quiz(body::read_quiz(&mut reader)?)),
        LinkKind::Team => {
            let roles = if with_roles { Roles::Optional } else { Roles::Absent };
            LinkContent::Team(team::read(&mut reader, roles)?)
        }
    };
    reader.finish()?;
    Ok(content)
}

impl SharedResult {
    /// Which kind of link this result makes.
    pub fn kind(&self) -> LinkKind {
        match self {
            SharedResult::Assessment(_) => LinkKind::Assessment,
            SharedResult::Quiz(_) => LinkKind::Quiz,
        }
    }
}

/// A member's identity for duplicate checks: its link, which is canonical (one value, one link).
fn member_key(member: &AssessmentLink) -> String {
    encode(&SharedResult::Assessment(member.clone()))
}

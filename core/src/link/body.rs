//! The bodies of single results: a header (content version, day, slot count), the packed slots and
//! the label. Team links reuse the header and the assessment's slots and label.

use super::bytes::{self, Reader};
use super::{label, AssessmentLink, LinkError, QuizLink, FIRST_DAY, MAX_SLOTS};
use crate::assessment::{Answer, Role};
use crate::date::Day;

/// Bits per assessment answer: seven answers need three.
const ANSWER_BITS: u32 = 3;

/// What every record starts with; team members in a row can share it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Header {
    pub(super) content_version: u8,
    pub(super) day: Day,
    pub(super) slots: usize,
}

impl Header {
    pub(super) fn of_assessment(link: &AssessmentLink) -> Header {
        Header {
            content_version: link.content_version,
            day: Day(FIRST_DAY.0 + u32::from(day_offset(link.day))),
            slots: link.answers.len().min(MAX_SLOTS),
        }
    }

    pub(super) fn write(self, out: &mut Vec<u8>) {
        out.push(self.content_version);
        out.extend_from_slice(&day_offset(self.day).to_be_bytes());
        // At most MAX_SLOTS (127), so it fits a byte.
        out.push(self.slots.min(MAX_SLOTS) as u8);
    }

    pub(super) fn read(reader: &mut Reader) -> Result<Header, LinkError> {
        let content_version = reader.byte()?;
        let day = Day(FIRST_DAY.0 + u32::from(reader.u16()?));
        let slots = usize::from(reader.byte()?);
        if slots > MAX_SLOTS {
            return Err(LinkError::TooManySlots { found: slots });
        }
        Ok(Header { content_version, day, slots })
    }
}

/// Days since [`FIRST_DAY`], clamped to what two bytes hold.
fn day_offset(day: Day) -> u16 {
    u16::try_from(day.0.saturating_sub(FIRST_DAY.0)).unwrap_or(u16::MAX)
}

/// Whether a body's assessments carry the part of the company, and must they.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Roles {
    /// Format version 1: no part of the company anywhere.
    Absent,
    /// A version 2 result: it has a part of the company (results without one are written as version
    /// 1, so each result has exactly one link).
    Required,
    /// A version 2 team: each member has a part of the company or none.
    Optional,
}

pub(super) fn write_assessment(out: &mut Vec<u8>, link: &AssessmentLink, roles: Roles) {
    let header = Header::of_assessment(link);
    header.write(out);
    write_member(out, header, link, roles);
}

pub(super) fn read_assessment(reader: &mut Reader, roles: Roles) -> Result<AssessmentLink, LinkError> {
    let header = Header::read(reader)?;
    read_member(reader, header, roles)
}

/// The code of a slot without an answer; answers travel as their own codes ([`Answer::code`], 1–6).
const UNANSWERED: u8 = 0;

/// The role code of a member who gave no part of the company; the others are [`Role::code`] (1–4).
const NO_ROLE: u8 = 0;

/// The part of an assessment after its header: packed answers (in version 2 behind the part of the
/// company, packed as one more 3-bit code so it usually fits the filler bits), then the label.
pub(super) fn write_member(out: &mut Vec<u8>, header: Header, link: &AssessmentLink, roles: Roles) {
    let role = (roles != Roles::Absent).then(|| link.role.map_or(NO_ROLE, Role::code));
    let answers =
        link.answers.iter().take(header.slots).map(|answer| answer.map_or(UNANSWERED, Answer::code));
    bytes::pack(role.into_iter().chain(answers), ANSWER_BITS, out);
    label::write(out, link.label.as_deref());
}

pub(super) fn read_member(
    reader: &mut Reader,
    header: Header,
    roles: Roles,
) -> Result<AssessmentLink, LinkError> {
    let with_role = usize::from(roles != Roles::Absent);
    let mut codes = bytes::unpack(reader, header.slots + with_role, ANSWER_BITS)?;
    let role = match (roles, codes.drain(..with_role).next()) {
        (Roles::Absent, _) | (Roles::Optional, Some(NO_ROLE)) => None,
        (_, Some(code)) => Some(Role::from_code(code).ok_or(LinkError::UnknownRole { code })?),
        (_, None) => None,
    };
    let answers = codes
        .into_iter()
        .enumerate()
        .map(|(slot, code)| match code {
            UNANSWERED => Ok(None),
            code => Answer::from_code(code).map(Some).ok_or(LinkError::UnknownAnswer { slot }),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let label = label::read(reader)?;
    Ok(AssessmentLink { content_version: header.content_version, day: header.day, answers, label, role })
}

pub(super) fn write_quiz(out: &mut Vec<u8>, link: &QuizLink) {
    let header = Header {
        content_version: link.content_version,
        day: link.day,
        slots: link.correct.len().min(MAX_SLOTS),
    };
    header.write(out);
    out.push(link.asked);
    bytes::pack(link.correct.iter().take(header.slots).map(|&right| u8::from(right)), 1, out);
    label::write(out, link.label.as_deref());
}

pub(super) fn read_quiz(reader: &mut Reader) -> Result<QuizLink, LinkError> {
    let header = Header::read(reader)?;
    let asked = reader.byte()?;
    let correct: Vec<bool> =
        bytes::unpack(reader, header.slots, 1)?.into_iter().map(|bit| bit == 1).collect();
    let label = label::read(reader)?;
    let link = QuizLink { content_version: header.content_version, day: header.day, correct, asked, label };
    if link.score() > usize::from(asked) || usize::from(asked) > header.slots {
        return Err(LinkError::ImpossibleScore { correct: link.score(), asked, questions: header.slots });
    }
    Ok(link)
}

#[cfg(test)]
mod tests;

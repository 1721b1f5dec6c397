//! The frame every link shares: a first byte naming the format version and the kind of link, the
//! body, and the check value over both, all as base64url text.

use super::crc::crc16;
use super::{base64url, LinkError, FORMAT_VERSION, MAX_PAYLOAD_CHARS};

/// The first format: every kind, no part of the company. Still written for results that give none,
/// so those links stay exactly as before and older sites keep reading them.
pub(super) const WITHOUT_ROLES: u8 = 1;

/// The format that adds where each person stands in the company to assessments and teams.
pub(super) const WITH_ROLES: u8 = 2;

/// The frame's fixed bytes: the first byte and the two-byte check value.
const FRAME_BYTES: usize = 3;

/// The characters those three bytes take.
const FRAME_CHARS: usize = 4;

/// What a link holds, as named by the low four bits of its first byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LinkKind {
    Assessment,
    Quiz,
    Team,
}

impl LinkKind {
    fn code(self) -> u8 {
        match self {
            LinkKind::Assessment => 1,
            LinkKind::Quiz => 2,
            LinkKind::Team => 3,
        }
    }

    fn from_code(code: u8) -> Option<LinkKind> {
        match code {
            1 => Some(LinkKind::Assessment),
            2 => Some(LinkKind::Quiz),
            3 => Some(LinkKind::Team),
            _ => None,
        }
    }
}

/// Frames a body written in format `version`: first byte, body, check value, as text.
pub(super) fn seal(version: u8, kind: LinkKind, body: &[u8]) -> String {
    let mut bytes = Vec::with_capacity(body.len() + FRAME_BYTES);
    bytes.push(version << 4 | kind.code());
    bytes.extend_from_slice(body);
    let check = crc16(&bytes);
    bytes.extend_from_slice(&check.to_be_bytes());
    base64url::encode(&bytes)
}

/// Opens a frame: the length is capped before anything is decoded, and the check value is verified
/// before any byte is interpreted, so a mistyped link is reported as mistyped, never as something else.
/// Gives the format version, the kind and the body.
pub(super) fn open(payload: &str) -> Result<(u8, LinkKind, Vec<u8>), LinkError> {
    if payload.is_empty() {
        return Err(LinkError::Empty);
    }
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(LinkError::TooLong);
    }
    let bytes = base64url::decode(payload).map_err(|error| match error {
        // Too short for any frame, whatever its last character: cut off rather than mistyped.
        LinkError::CheckFailed if payload.len() < FRAME_CHARS => LinkError::Truncated,
        other => other,
    })?;
    if bytes.len() < FRAME_BYTES {
        return Err(LinkError::Truncated);
    }
    let (framed, check) = bytes.split_at(bytes.len() - 2);
    if crc16(framed).to_be_bytes() != check {
        return Err(LinkError::CheckFailed);
    }
    let first = framed[0];
    let version = first >> 4;
    if version > FORMAT_VERSION {
        return Err(LinkError::NewerFormat { found: version });
    }
    // Version 2 changed only assessments and teams; a quiz result is always version 1.
    let kind = Some(first & 0x0F)
        .and_then(LinkKind::from_code)
        .filter(|&kind| version == WITHOUT_ROLES || version == WITH_ROLES && kind != LinkKind::Quiz)
        .ok_or(LinkError::UnknownKind { first_byte: first })?;
    Ok((version, kind, framed[1..].to_vec()))
}

#[cfg(test)]
mod tests;

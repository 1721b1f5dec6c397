//! Base64url without padding (RFC 4648 §5), strict: only the 64 URL-safe characters, and the unused
//! low bits of the last character must be zero, so each byte string has exactly one text.

use super::LinkError;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// The text for `bytes`: four characters per three bytes, the last group shortened, no `=`.
pub(super) fn encode(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let group =
            chunk.iter().enumerate().fold(0u32, |group, (i, &byte)| group | u32::from(byte) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            let sextet = (group >> (18 - 6 * i)) & 0x3F;
            text.push(char::from(ALPHABET[sextet as usize]));
        }
    }
    text
}

/// The bytes of `text`, or the first character that is not base64url (1-based position).
pub(super) fn decode(text: &str) -> Result<Vec<u8>, LinkError> {
    let mut bytes = Vec::with_capacity(text.len() / 4 * 3 + 2);
    let mut pending = 0u32;
    let mut pending_bits = 0;
    for (index, character) in text.chars().enumerate() {
        let sextet = value_of(character).ok_or(LinkError::NotBase64url { character, position: index + 1 })?;
        pending = pending << 6 | u32::from(sextet);
        pending_bits += 6;
        if pending_bits >= 8 {
            pending_bits -= 8;
            bytes.push((pending >> pending_bits) as u8);
            pending &= (1 << pending_bits) - 1;
        }
    }
    match pending_bits {
        // A lone character after full groups holds less than a byte: the text was cut.
        6 => Err(LinkError::Truncated),
        // Set unused bits come from a mistyped last character.
        _ if pending != 0 => Err(LinkError::CheckFailed),
        _ => Ok(bytes),
    }
}

/// Whether `byte` is one of the 64 characters, so a payload inside other text ends before the first
/// byte that is not.
pub(super) fn is_alphabet(byte: u8) -> bool {
    value_of(char::from(byte)).is_some()
}

fn value_of(character: char) -> Option<u8> {
    match character {
        'A'..='Z' => Some(character as u8 - b'A'),
        'a'..='z' => Some(character as u8 - b'a' + 26),
        '0'..='9' => Some(character as u8 - b'0' + 52),
        '-' => Some(62),
        '_' => Some(63),
        _ => None,
    }
}

#[cfg(test)]
mod tests;

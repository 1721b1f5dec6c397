//! Invite links for a team session (`#/join/<payload>`): the session's name, cleaned like every label,
//! as base64url UTF-8. Nothing else travels in them: no one's answers, no facilitator's name.

use super::{base64url, sanitize_label, MAX_LABEL_BYTES};

/// The payload of an invite to the session `name`; `None` when the name is empty once cleaned.
pub fn encode_invite(name: &str) -> Option<String> {
    sanitize_label(name).map(|name| base64url::encode(name.as_bytes()))
}

/// The session name an invite payload carries, cleaned; `None` for anything that is not an invite
/// (too long, not base64url, not UTF-8, or empty once cleaned).
pub fn decode_invite(payload: &str) -> Option<String> {
    // Base64url takes four characters for every three bytes.
    if payload.len() > MAX_LABEL_BYTES.div_ceil(3) * 4 {
        return None;
    }
    let bytes = base64url::decode(payload).ok()?;
    sanitize_label(std::str::from_utf8(&bytes).ok()?)
}

#[cfg(test)]
mod tests;

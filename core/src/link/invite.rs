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
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn an_invite_carries_its_session_name_cleaned() {
        let payload = encode_invite("  Leadership offsite\u{202E} ").expect("a name");
        assert_eq!(decode_invite(&payload).as_deref(), Some("Leadership offsite"));
        assert_eq!(encode_invite(" \u{200B} "), None);
    }

    #[test]
    fn what_is_not_an_invite_reads_as_none() {
        assert_eq!(decode_invite(""), None);
        assert_eq!(decode_invite("not base64!"), None);
        assert_eq!(decode_invite(&"A".repeat(10_000)), None);
        assert_eq!(decode_invite(&base64url::encode(&[0xff, 0xfe])), None);
    }

    proptest! {
        #[test]
        fn any_payload_reads_without_panicking(payload in ".{0,300}") {
            let _ = decode_invite(&payload);
        }

        #[test]
        fn a_clean_name_comes_back_whole(name in "[A-Za-z][A-Za-z0-9 ]{0,38}[A-Za-z]") {
            let clean = sanitize_label(&name).expect("letters are kept");
            prop_assert_eq!(encode_invite(&name).and_then(|payload| decode_invite(&payload)), Some(clean));
        }
    }
}

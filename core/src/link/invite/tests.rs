use super::*;
use proptest::prelude::*;

#[test]
fn an_invite_carries_its_session_name_cleaned() {
    let payload = encode_invite("  Leadership offsite\u{202E} ").expect("a name");
    assert_eq!(decode_invite(&payload).as_deref(), Some("Leadership offsite"));
}

#[test]
fn a_name_that_is_empty_once_cleaned_makes_no_invite() {
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

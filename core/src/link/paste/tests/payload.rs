//! The one payload in a paste meant as one link.

use super::super::*;

#[test]
fn a_whole_address_gives_its_payload() {
    assert_eq!(payload_in("https://example.org/culture/#/r/EQABCD").as_deref(), Ok("EQABCD"));
}

#[test]
fn a_team_address_gives_its_payload() {
    assert_eq!(payload_in("https://example.org/#/team/EwAB").as_deref(), Ok("EwAB"));
}

#[test]
fn a_fragment_with_or_without_its_hash_gives_its_payload() {
    for pasted in ["#/r/EQABCD", "/r/EQABCD", "r/EQABCD", "#/r/EQABCD/"] {
        assert_eq!(payload_in(pasted).as_deref(), Ok("EQABCD"), "{pasted:?}");
    }
}

#[test]
fn a_bare_payload_is_taken_as_it_is() {
    assert_eq!(payload_in("EQABCD").as_deref(), Ok("EQABCD"));
}

#[test]
fn whitespace_around_and_inside_a_paste_is_ignored() {
    assert_eq!(payload_in("  https://example.org/#/r/EQA\nBCD \n").as_deref(), Ok("EQABCD"));
}

#[test]
fn an_address_of_another_page_is_not_a_result_address() {
    for pasted in ["https://example.org/#/quiz", "https://example.org/", "#/r/", "/quiz"] {
        assert_eq!(payload_in(pasted), Err(LinkError::NotAResultAddress), "{pasted:?}");
    }
}

#[test]
fn a_blank_paste_is_empty() {
    assert_eq!(payload_in(" \n\t"), Err(LinkError::Empty));
}

#[test]
fn an_enormous_paste_is_refused_before_it_is_read() {
    assert_eq!(payload_in(&"A".repeat(MAX_PASTE_CHARS + 1)), Err(LinkError::TooLong));
}

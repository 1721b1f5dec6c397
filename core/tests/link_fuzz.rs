//! Long fuzz runs of the result-link decoder: the no-panic properties of `core/src/link/tests/` at
//! 100,000 cases each. Skipped by a normal `cargo test`; run them with
//!
//!     cargo test -p culture-core --release --test link_fuzz -- --ignored
//!
//! (a few seconds in release mode). The base64url and CRC here are written from
//! `docs/result-links.md` alone, so they also check that the spec is enough to build a link.

use culture_core::link::{decode_any, encode, read_pasted, LinkContent};
use proptest::prelude::*;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut bits = 0u32;
    let mut held = 0;
    let mut text = String::new();
    for &byte in bytes {
        bits = bits << 8 | u32::from(byte);
        held += 8;
        while held >= 6 {
            held -= 6;
            text.push(char::from(ALPHABET[(bits >> held) as usize & 63]));
        }
    }
    if held > 0 {
        text.push(char::from(ALPHABET[(bits << (6 - held)) as usize & 63]));
    }
    text
}

fn crc16_ccitt_false(bytes: &[u8]) -> u16 {
    bytes.iter().fold(0xFFFF, |crc, &byte| {
        (0..8).fold(
            crc ^ u16::from(byte) << 8,
            |crc, _| if crc & 0x8000 != 0 { crc << 1 ^ 0x1021 } else { crc << 1 },
        )
    })
}

/// These bytes with a correct check value after them, as a payload.
fn forge(bytes: &[u8]) -> String {
    let mut framed = bytes.to_vec();
    framed.extend_from_slice(&crc16_ccitt_false(bytes).to_be_bytes());
    base64url(&framed)
}

fn long_run() -> ProptestConfig {
    ProptestConfig { cases: 100_000, failure_persistence: None, ..ProptestConfig::default() }
}

#[test]
fn a_link_built_from_the_spec_alone_decodes() {
    // Assessment, content version 1, 2024-01-01, one slot answered "agree", no label.
    let payload = forge(&[0x11, 1, 0, 0, 1, 0b1000_0000, 0]);
    let Ok(LinkContent::Result(result)) = decode_any(&payload) else {
        panic!("{payload} should decode");
    };
    assert_eq!(encode(&result), payload);
}

proptest! {
    #![proptest_config(long_run())]

    #[test]
    #[ignore = "long fuzz run: cargo test -p culture-core --release --test link_fuzz -- --ignored"]
    fn decoding_any_string_never_panics(text in prop_oneof![".{0,300}", "[A-Za-z0-9_-]{0,200}"]) {
        let _ = decode_any(&text);
        let _ = read_pasted(&text);
    }

    #[test]
    #[ignore = "long fuzz run: cargo test -p culture-core --release --test link_fuzz -- --ignored"]
    fn decoding_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = decode_any(&base64url(&bytes));
    }

    #[test]
    #[ignore = "long fuzz run: cargo test -p culture-core --release --test link_fuzz -- --ignored"]
    fn bodies_that_pass_the_check_never_panic(
        first in prop_oneof![prop::sample::select(vec![0x11u8, 0x12, 0x13]), any::<u8>()],
        body in prop::collection::vec(any::<u8>(), 0..300),
    ) {
        let mut bytes = vec![first];
        bytes.extend_from_slice(&body);
        if let Ok(LinkContent::Result(result)) = decode_any(&forge(&bytes)) {
            // Whatever is accepted is canonical: it re-encodes to the very same link.
            prop_assert_eq!(encode(&result), forge(&bytes));
        }
    }
}

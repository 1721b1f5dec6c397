use super::generate::{compositions, covered, marks, table_source};
use super::*;
use proptest::prelude::*;
use unicode_normalization::UnicodeNormalization;

fn real_nfc(text: &str) -> String {
    text.nfc().collect()
}

#[test]
#[ignore = "writes the table: run by `make nfc-table`"]
fn write_the_table() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/link/label/nfc/table.rs");
    std::fs::write(&path, table_source())
        .unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
}

#[test]
fn the_checked_in_table_is_what_the_crate_says() {
    assert!(
        include_str!("table.rs") == table_source(),
        "src/link/label/nfc/table.rs is out of date: run `make nfc-table`"
    );
}

#[test]
fn decomposed_letters_are_composed() {
    assert_eq!(nfc("Ana\u{301}"), "Aná");
    assert_eq!(nfc("Zoe\u{308}"), "Zoë");
    assert_eq!(nfc("Nguye\u{302}\u{303}n"), "Nguyễn");
}

#[test]
fn greek_with_tonos_is_composed() {
    assert_eq!(nfc("Ελε\u{301}νη"), "Ελένη");
    // The oxia form is the same letter: NFC writes it with tonos.
    assert_eq!(nfc("\u{1F71}"), "\u{3AC}");
    assert_eq!(nfc("\u{3C9}\u{314}\u{342}\u{345}"), "\u{1FA7}");
}

#[test]
fn cyrillic_short_i_is_composed() {
    assert_eq!(nfc("Андреи\u{306}"), "Андрей");
}

#[test]
fn marks_in_either_order_give_the_same_letter() {
    let dot_then_acute = nfc("e\u{323}\u{301}");
    assert_eq!(nfc("e\u{301}\u{323}"), dot_then_acute);
    assert_eq!(dot_then_acute, "\u{1EB9}\u{301}");
    // Both marks above: their order is part of the letter, and is kept.
    assert_eq!(nfc("e\u{302}\u{301}"), "ế");
    assert_eq!(nfc("e\u{301}\u{302}"), "é\u{302}");
}

#[test]
fn a_composed_letter_takes_a_further_mark_below() {
    assert_eq!(nfc("é\u{323}"), "\u{1EB9}\u{301}");
    assert_eq!(nfc("ê\u{323}"), "ệ");
}

#[test]
fn hangul_jamo_are_composed_into_syllables() {
    assert_eq!(nfc("\u{1112}\u{1161}\u{11AB}"), "한");
    assert_eq!(nfc("하\u{11AB}"), "한");
    assert_eq!(nfc("한국"), "한국");
}

#[test]
fn text_already_in_nfc_is_unchanged() {
    for text in ["Zoë Équipe 2", "Ελένη", "Йосиф", "Nguyễn", "Ana", ""] {
        assert_eq!(nfc(text), text);
    }
}

#[test]
fn text_outside_the_table_is_unchanged() {
    // Kana with a combining voiced mark, Devanagari, emoji: the table does not cover them.
    for text in ["\u{304B}\u{3099}", "देवनागरी", "😀 山田", "\u{5D1}\u{5BC}"] {
        assert_eq!(nfc(text), text);
    }
}

#[test]
fn no_covered_character_composes_with_anything_but_a_mark() {
    let bases: Vec<char> =
        covered().chain(compositions().into_iter().map(|(_, _, composed)| composed)).collect();
    for second in covered().filter(|second| !marks().any(|mark| mark == *second)) {
        for &base in &bases {
            assert_eq!(unicode_normalization::char::compose(base, second), None, "{base:?} + {second:?}");
        }
    }
}

#[test]
fn every_covered_character_alone_and_with_each_mark_is_real_nfc() {
    let composed = compositions().into_iter().map(|(_, _, composed)| composed);
    for character in covered().chain(composed) {
        let alone = character.to_string();
        assert_eq!(nfc(&alone), real_nfc(&alone), "{alone:?}");
        for mark in marks() {
            let text = format!("{character}{mark}");
            assert_eq!(nfc(&text), real_nfc(&text), "{text:?}");
        }
    }
}

/// Characters from the covered blocks, half of them marks, and Hangul jamo and syllables.
fn covered_text() -> impl Strategy<Value = String> {
    let letters: Vec<char> = covered().collect();
    let character = prop_oneof![
        4 => prop::sample::select(letters),
        4 => prop::char::range('\u{300}', '\u{36F}'),
        1 => prop::char::range('\u{1100}', '\u{11FF}'),
        1 => prop::char::range('\u{AC00}', '\u{D7A3}'),
    ];
    prop::collection::vec(character, 0..24).prop_map(|characters| characters.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn covered_text_is_what_real_nfc_makes_it(text in covered_text()) {
        prop_assert_eq!(nfc(&text), real_nfc(&text));
    }

    #[test]
    fn composing_twice_changes_nothing(text in ".{0,40}") {
        let once = nfc(&text);
        prop_assert_eq!(nfc(&once), once.clone());
    }
}

use super::*;

#[test]
fn labels_are_trimmed_and_inner_whitespace_becomes_one_space() {
    assert_eq!(sanitize_label("  Product \n\t team  ").as_deref(), Some("Product team"));
}

#[test]
fn control_and_direction_characters_are_dropped() {
    assert_eq!(sanitize_label("Ana\u{0}\u{7}\u{202E}lisa\u{200B}").as_deref(), Some("Analisa"));
}

#[test]
fn labels_are_cut_at_forty_characters_without_a_trailing_space() {
    let cut = sanitize_label(&format!("{} tail", "é".repeat(39))).expect("some text remains");
    assert_eq!(cut, "é".repeat(39));
    assert_eq!(sanitize_label(&"x".repeat(50)).map(|l| l.chars().count()), Some(MAX_LABEL_CHARS));
}

#[test]
fn the_cut_never_parts_a_letter_from_its_marks() {
    // "e" with a dot below and an acute is two characters composed ("ẹ" and the acute): the 40th
    // and 41st.
    assert_eq!(sanitize_label(&format!("{}e\u{301}\u{323}", "x".repeat(39))), Some("x".repeat(39)));
    // "q" has no accented forms: the letter and both marks would straddle the cut.
    let after_a_space = format!("{} q\u{301}\u{302}", "x".repeat(37));
    assert_eq!(sanitize_label(&after_a_space), Some("x".repeat(37)));
    assert_eq!(sanitize_label(&format!("{}q\u{301}\u{302}", "x".repeat(38))), Some("x".repeat(38)));
    // A mark that fits stays.
    let fits = format!("{}q\u{301}", "x".repeat(38));
    assert_eq!(sanitize_label(&fits), Some(fits.clone()));
}

#[test]
fn a_name_typed_with_separate_accents_is_the_same_label() {
    assert_eq!(sanitize_label("Zoe\u{308}"), sanitize_label("Zoë"));
    assert_eq!(sanitize_label("Zoe\u{308}").as_deref(), Some("Zo\u{EB}"));
    assert_eq!(sanitize_label("Андреи\u{306}").as_deref(), Some("Андрей"));
    // Cyrillic "а" has no accented form: it stays Cyrillic with its mark, never becomes Latin "á".
    assert_eq!(sanitize_label("Ана\u{301}").as_deref(), Some("Ана\u{301}"));
    // A hidden character between the letter and its accent does not keep them apart.
    assert_eq!(sanitize_label("Zoe\u{34F}\u{308}").as_deref(), Some("Zoë"));
}

#[test]
fn blank_labels_are_no_label() {
    assert_eq!(sanitize_label(" \n\u{202E} "), None);
}

#[test]
fn invisible_and_blank_looking_characters_are_dropped() {
    let invisible = "\u{061C}\u{2060}\u{2061}\u{2062}\u{2063}\u{2064}\u{3164}\u{115F}\u{FFA0}\u{2800}\u{00AD}\u{034F}\u{E0041}\u{FE0F}";
    assert_eq!(sanitize_label(&format!("A{invisible}na")).as_deref(), Some("Ana"));
    assert_eq!(sanitize_label(invisible), None);
}

#[test]
fn a_reordering_mark_cannot_turn_numbers_around() {
    assert_eq!(sanitize_label("Ana \u{061C}1 2 3").as_deref(), Some("Ana 1 2 3"));
}

#[test]
fn names_mixing_look_alike_alphabets_are_flagged() {
    assert!(mixes_alphabets("\u{0410}na")); // a Cyrillic capital A before Latin "na"
    assert!(mixes_alphabets("Ρaul")); // a Greek capital rho
    assert!(!mixes_alphabets("Ana"));
    assert!(!mixes_alphabets("Анна"));
    assert!(!mixes_alphabets("Zoë Équipe 2"));
    assert!(!mixes_alphabets("山田 Taro"));
    assert!(!mixes_alphabets("42"));
}

#[test]
fn sanitizing_twice_changes_nothing() {
    let once = sanitize_label(" a  b\u{1}c ").expect("text remains");
    assert_eq!(sanitize_label(&once).as_deref(), Some(once.as_str()));
}

#[test]
fn a_letter_keeps_no_more_than_two_combining_marks() {
    let piled = format!("q{}", "\u{301}".repeat(39));
    assert_eq!(sanitize_label(&piled).as_deref(), Some("q\u{301}\u{301}"));
}

#[test]
fn marks_are_counted_per_letter_and_from_every_block_of_marks() {
    let each = format!("a{m}{m}{m}b{m}{m}{m} c{e}{e}{e}", m = "\u{1DC4}", e = "\u{20DD}");
    let kept = format!("a{m}{m}b{m}{m} c{e}{e}", m = "\u{1DC4}", e = "\u{20DD}");
    assert_eq!(sanitize_label(&each), Some(kept));
}

#[test]
fn marks_that_compose_into_the_letter_are_not_counted() {
    // "ệ" typed as "e", a dot below and a circumflex composes to one character, leaving room for two.
    assert_eq!(
        sanitize_label("e\u{323}\u{302}\u{301}\u{300}\u{303}").as_deref(),
        Some("\u{1EC7}\u{301}\u{300}")
    );
}

#[test]
fn a_name_whose_letter_needs_two_marks_keeps_both() {
    // Lithuanian "i" with a dot above and a tilde has no composed form.
    assert_eq!(sanitize_label("Ji\u{307}\u{303}ra").as_deref(), Some("Ji\u{307}\u{303}ra"));
}

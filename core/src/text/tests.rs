use super::*;

#[test]
fn a_sentence_can_start_with_any_word_or_name() {
    assert_eq!(capitalise_first("you"), "You");
    assert_eq!(capitalise_first("élise"), "Élise");
    assert_eq!(capitalise_first("Ana"), "Ana");
    assert_eq!(capitalise_first(""), "");
}

#[test]
fn small_counts_read_as_words_and_larger_ones_as_digits() {
    assert_eq!(number_word(0), "no");
    assert_eq!(number_word(7), "seven");
    assert_eq!(number_word(12), "twelve");
    assert_eq!(number_word(13), "13");
    assert_eq!(number_word(35), "35");
}

#[test]
fn a_prefix_counts_characters_not_bytes() {
    assert_eq!(prefix_chars("éàü", 2), "éà");
    assert_eq!(prefix_chars("ab", 5), "ab");
    assert_eq!(prefix_chars("ab", 0), "");
}

#[test]
fn shortening_marks_a_cut_and_only_a_cut() {
    assert_eq!(shorten("Zoë Équipe", 3), "Zoë…");
    assert_eq!(shorten("Zoë", 3), "Zoë");
    assert_eq!(shorten("", 3), "");
}

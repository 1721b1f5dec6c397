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

#[test]
fn hyphenated_words_are_runs_of_their_own_and_the_runs_give_the_text_back() {
    let text = "How product-led is your company's culture?";
    let runs = hyphenated_word_runs(text);
    assert_eq!(runs, [("How ", false), ("product-led", true), (" is your company's culture?", false)]);
    assert_eq!(runs.iter().map(|(run, _)| *run).collect::<String>(), text);

    assert_eq!(hyphenated_word_runs("Doing product-led"), [("Doing ", false), ("product-led", true)]);
    assert_eq!(
        hyphenated_word_runs("\"voice-of-the-customer\" sessions, in-house"),
        [("\"voice-of-the-customer\"", true), (" sessions, ", false), ("in-house", true)]
    );
}

#[test]
fn a_hyphen_not_between_letters_joins_nothing() {
    for text in ["Sales-", "- a dash -", "10-20 people", "", "  ", "a - b"] {
        assert_eq!(hyphenated_word_runs(text).iter().filter(|(_, whole)| *whole).count(), 0, "{text:?}");
        assert_eq!(hyphenated_word_runs(text).iter().map(|(run, _)| *run).collect::<String>(), text);
    }
}

#[test]
fn names_are_listed_as_prose_lists_them() {
    assert_eq!(and_list(&[]), "");
    assert_eq!(and_list(&["Customer focus"]), "Customer focus");
    assert_eq!(and_list(&["A", "B"]), "A and B");
    assert_eq!(and_list(&["A", "B", "C"]), "A, B and C");
}

#[test]
fn counts_take_the_noun_they_call_for() {
    assert_eq!(plural(1, "answer", "answers"), "answer");
    assert_eq!(plural(0, "answer", "answers"), "answers");
    assert_eq!(counted(1, "past result", "past results"), "1 past result");
    assert_eq!(counted(12, "past result", "past results"), "12 past results");
}

#[test]
fn a_change_reads_in_words_with_its_size() {
    assert_eq!(describe_delta(Some(6)), "Up 6");
    assert_eq!(describe_delta(Some(-3)), "Down 3");
    assert_eq!(describe_delta(Some(0)), "No change");
    assert_eq!(describe_delta(None), "Not comparable");
}

#[test]
fn places_in_a_sequence_read_as_prose_writes_them() {
    let written: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101].into_iter().map(ordinal).collect();
    assert_eq!(written, ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st"]);
}

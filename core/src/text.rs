//! Small text helpers: cutting text to a number of characters (never inside one), for places that cap
//! or quote what a person typed, pasted or followed; and writing counts the way prose does.

/// The first `max` characters of `text`, or all of it when it is shorter.
pub fn prefix_chars(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((cut, _)) => &text[..cut],
        None => text,
    }
}

/// The first `max` characters of `text`, with an ellipsis when something was cut.
pub fn shorten(text: &str, max: usize) -> String {
    let prefix = prefix_chars(text, max);
    if prefix.len() < text.len() {
        format!("{prefix}…")
    } else {
        text.to_owned()
    }
}

/// A count as a word when it is small ("seven"), as digits otherwise ("35"), the way prose writes it.
pub fn number_word(count: usize) -> String {
    const WORDS: [&str; 13] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve",
    ];
    WORDS.get(count).map_or_else(|| count.to_string(), |word| (*word).to_owned())
}

/// The text with its first character in upper case, to start a sentence with a word or a name.
pub fn capitalise_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
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
}

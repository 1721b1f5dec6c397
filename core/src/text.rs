//! Cutting text to a number of characters (never inside one), for places that cap or quote what a
//! person typed, pasted or followed: the router's fragment, a paste, an excerpt of a bad line.

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

#[cfg(test)]
mod tests {
    use super::*;

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

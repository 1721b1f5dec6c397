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
mod tests;

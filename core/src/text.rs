//! Small text helpers: cutting text to a number of characters (never inside one), for places that cap
//! or quote what a person typed, pasted or followed; writing counts the way prose does; and finding
//! the hyphenated words a heading should not part at their hyphen.

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

/// `one` or `many`, whichever `count` calls for ("answer", "answers").
pub fn plural<'a>(count: usize, one: &'a str, many: &'a str) -> &'a str {
    if count == 1 {
        one
    } else {
        many
    }
}

/// The count in digits and the noun it calls for: "1 past result", "3 past results".
pub fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", plural(count, one, many))
}

/// Points on the 0–100 scale, counted: "1 point", "13 points".
pub fn points(count: u8) -> String {
    counted(usize::from(count), "point", "points")
}

/// A place in a sequence the way prose writes it: "1st", "2nd", "3rd", "11th", "22nd".
pub fn ordinal(position: usize) -> String {
    let suffix = match (position % 10, position % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{position}{suffix}")
}

/// Names joined the way prose lists them: "A", "A and B", "A, B and C".
pub fn and_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// The text with its first character in upper case, to start a sentence with a word or a name.
pub fn capitalise_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The text with its first character in lower case, for a name that continues a sentence.
pub fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

/// `text` cut into runs that give it back when joined, each with whether it is a hyphenated word
/// (a hyphen between two letters, as in "product-led"): a heading keeps those whole on one line, so
/// it never breaks as "product- / led". A word is what lies between whitespace, punctuation included.
pub fn hyphenated_word_runs(text: &str) -> Vec<(&str, bool)> {
    let mut runs = Vec::new();
    let mut plain_from = 0;
    let mut word_from = None;
    // A space past the end closes the last word.
    for (at, character) in text.char_indices().chain([(text.len(), ' ')]) {
        if !character.is_whitespace() {
            word_from.get_or_insert(at);
            continue;
        }
        let Some(from) = word_from.take() else {
            continue;
        };
        if joins_letters_with_a_hyphen(&text[from..at]) {
            if plain_from < from {
                runs.push((&text[plain_from..from], false));
            }
            runs.push((&text[from..at], true));
            plain_from = at;
        }
    }
    if plain_from < text.len() {
        runs.push((&text[plain_from..], false));
    }
    runs
}

fn joins_letters_with_a_hyphen(word: &str) -> bool {
    let characters: Vec<char> = word.chars().collect();
    characters.windows(3).any(|w| w[1] == '-' && w[0].is_alphabetic() && w[2].is_alphabetic())
}

/// A change in points, in words as well as a sign so it reads aloud clearly: "Up 6", "Down 3", "No
/// change", or "Not comparable" when either side has no figure. Every screen that shows a change
/// (results, history, trends, a team over time) words it this way.
pub fn describe_delta(delta: Option<i16>) -> String {
    match delta {
        Some(0) => "No change".to_owned(),
        Some(delta) if delta > 0 => format!("Up {delta}"),
        Some(delta) => format!("Down {}", delta.unsigned_abs()),
        None => "Not comparable".to_owned(),
    }
}

#[cfg(test)]
mod tests;

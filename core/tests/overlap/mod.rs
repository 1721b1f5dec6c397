//! The source-overlap check's pure parts, shared by the check and by the regeneration of the
//! fingerprint file: word normalisation, hashing of 8-word windows, the fingerprint file's format,
//! and pulling the strings out of content TOML and UI Rust source. No file I/O here.
//!
//! A window is 8 consecutive normalised words; its fingerprint is the FNV-1a 64 hash of the words
//! joined by single spaces. Hashes cannot be read back into the articles, so they can be committed.

use std::collections::{BTreeSet, HashSet};

/// Words in a run that may be shared with a source article before it counts as copying, plus one.
pub const WINDOW: usize = 8;

/// What the fingerprint file starts with. Lines starting with `#` are comments.
pub const HEADER: &str = "\
# Fingerprints of the source articles Culture Check's content was researched from, so a test can
# check that no sentence of the site repeats them word for word (8 or more words in a row) without
# the articles being in the repository. Each line is the FNV-1a 64 hash, in hex, of one distinct run
# of 8 consecutive words of an article, after normalisation (lowercase; apostrophes inside words
# dropped; every other non-alphanumeric character separates words). Hashes cannot be turned back
# into text. Generated: do not edit. To regenerate after the articles change:
#   make source-fingerprints SOURCE_DIR=/path/to/the/articles
";

/// A piece of text to check, and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub file: String,
    /// The entry within the file: a TOML key path or a Rust source line.
    pub entry: String,
    pub text: String,
}

/// One run of words that `text` shares with the sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub file: String,
    pub entry: String,
    pub words: String,
}

/// The words of `text`, normalised so that case, curly quotes and punctuation make no difference.
pub fn words(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().map(fold_quote).collect();
    let mut words = Vec::new();
    let mut word = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if c == '\'' && !word.is_empty() && chars.get(i + 1).is_some_and(|next| next.is_alphanumeric())
        {
            // An apostrophe inside a word ("they're") joins it; anywhere else it is a quote mark.
            continue;
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Curly and other look-alike single quotes become `'`. (Double quotes separate words anyway.)
fn fold_quote(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '\u{FF07}' | '`' => {
            '\''
        }
        other => other,
    }
}

/// FNV-1a, 64 bits: tiny, stable across Rust versions and platforms (unlike `DefaultHasher`).
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(0xcbf2_9ce4_8422_2325, |hash, &byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// The fingerprint of every window of `words`, in order: item `i` covers `words[i..i + WINDOW]`.
pub fn window_hashes(words: &[String]) -> Vec<u64> {
    words.windows(WINDOW).map(|window| fnv1a64(window.join(" ").as_bytes())).collect()
}

/// The fingerprint file for these articles: the header, then each distinct window's hash, sorted.
pub fn fingerprint_file<'a>(articles: impl IntoIterator<Item = &'a str>) -> String {
    let hashes: BTreeSet<u64> =
        articles.into_iter().flat_map(|article| window_hashes(&words(article))).collect();
    let mut file = HEADER.to_owned();
    for hash in hashes {
        file.push_str(&format!("{hash:016x}\n"));
    }
    file
}

/// The fingerprints in a fingerprint file. An empty set is an error: the check would pass on anything.
pub fn parse_fingerprints(file: &str) -> Result<HashSet<u64>, String> {
    let mut set = HashSet::new();
    for (number, line) in file.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let hash = u64::from_str_radix(line, 16)
            .map_err(|_| format!("line {}: {line:?} is not a 64-bit hex fingerprint", number + 1))?;
        set.insert(hash);
    }
    if set.is_empty() {
        return Err("it holds no fingerprints".to_owned());
    }
    Ok(set)
}

/// Every run of words of each text that repeats the sources, overlapping windows merged into one run.
/// Each text stands alone: a window never spans two texts.
pub fn violations(texts: &[Text], fingerprints: &HashSet<u64>) -> Vec<Violation> {
    let mut found = Vec::new();
    for text in texts {
        let words = words(&text.text);
        let mut run: Option<(usize, usize)> = None;
        for (start, hash) in window_hashes(&words).into_iter().enumerate() {
            if !fingerprints.contains(&hash) {
                continue;
            }
            let end = start + WINDOW;
            run = match run {
                Some((from, to)) if start <= to => Some((from, end)),
                Some((from, to)) => {
                    found.push(violation(text, &words[from..to]));
                    Some((start, end))
                }
                None => Some((start, end)),
            };
        }
        if let Some((from, to)) = run {
            found.push(violation(text, &words[from..to]));
        }
    }
    found
}

fn violation(text: &Text, words: &[String]) -> Violation {
    Violation { file: text.file.clone(), entry: text.entry.clone(), words: words.join(" ") }
}

/// Every string value of a TOML document, named by its key path; an array-of-tables element is named
/// by its `id` when it has one (`question[empty-chair].option[b].text`). Comments are not included:
/// they guide editors and are never shown on the site.
pub fn toml_strings(file: &str, document: &str) -> Result<Vec<Text>, String> {
    let table: toml::Table =
        document.parse().map_err(|error| format!("{file} is not valid TOML: {error}"))?;
    let mut texts = Vec::new();
    for (key, value) in &table {
        collect_toml(file, key, value, &mut texts);
    }
    Ok(texts)
}

fn collect_toml(file: &str, path: &str, value: &toml::Value, texts: &mut Vec<Text>) {
    match value {
        toml::Value::String(text) => {
            texts.push(Text { file: file.to_owned(), entry: path.to_owned(), text: text.clone() })
        }
        toml::Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let label = match item.get("id").and_then(toml::Value::as_str) {
                    Some(id) => id.to_owned(),
                    None => index.to_string(),
                };
                collect_toml(file, &format!("{path}[{label}]"), item, texts);
            }
        }
        toml::Value::Table(table) => {
            for (key, value) in table {
                collect_toml(file, &format!("{path}.{key}"), value, texts);
            }
        }
        _ => {}
    }
}

/// The string literals of Rust source, each with its line, escapes resolved. A simple scanner, not a
/// parser: it skips comments (doc comments included), char literals and lifetimes, and reads normal,
/// byte and raw strings. Its limits: text built at run time (a `format!` argument, `concat!`, a
/// constant from elsewhere) is only seen as the separate literals it is made of, and `{name}`
/// placeholders count as words.
pub fn rust_string_literals(file: &str, source: &str) -> Vec<Text> {
    let chars: Vec<char> = source.chars().collect();
    let mut texts = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let push = |texts: &mut Vec<Text>, line: usize, text: String| {
        texts.push(Text { file: file.to_owned(), entry: format!("line {line}"), text });
    };
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            // Block comments nest in Rust.
            let mut depth = 0;
            while i < chars.len() {
                match (chars[i], chars.get(i + 1).copied()) {
                    ('/', Some('*')) => {
                        depth += 1;
                        i += 2;
                    }
                    ('*', Some('/')) => {
                        depth -= 1;
                        i += 2;
                        if depth == 0 {
                            break;
                        }
                    }
                    ('\n', _) => {
                        line += 1;
                        i += 1;
                    }
                    _ => i += 1,
                }
            }
        } else if c == '"' {
            let start_line = line;
            let (text, end) = read_string(&chars, i + 1);
            line += chars[i..end].iter().filter(|&&c| c == '\n').count();
            push(&mut texts, start_line, text);
            i = end;
        } else if c == '\'' {
            i = skip_char_or_lifetime(&chars, i);
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let ident: String = chars[start..i].iter().collect();
            let raw = matches!(ident.as_str(), "r" | "br" | "cr");
            if raw && matches!(chars.get(i), Some('"' | '#')) {
                let hashes = chars[i..].iter().take_while(|&&c| c == '#').count();
                if chars.get(i + hashes) == Some(&'"') {
                    let start_line = line;
                    let (text, end) = read_raw_string(&chars, i + hashes + 1, hashes);
                    line += chars[i..end].iter().filter(|&&c| c == '\n').count();
                    push(&mut texts, start_line, text);
                    i = end;
                }
            }
            // `b"…"` and `c"…"` need nothing special: the quote that follows is read as a string.
        } else {
            i += 1;
        }
    }
    texts
}

/// A normal string's text from just after its opening quote; returns the index after its closing quote.
fn read_string(chars: &[char], mut i: usize) -> (String, usize) {
    let mut text = String::new();
    while i < chars.len() {
        match chars[i] {
            '"' => return (text, i + 1),
            '\\' => {
                i += 1;
                match chars.get(i) {
                    Some('n') => text.push('\n'),
                    Some('t') => text.push('\t'),
                    Some('r') => text.push('\r'),
                    Some('0') => text.push('\0'),
                    Some('x') => {
                        let hex: String = chars[i + 1..].iter().take(2).collect();
                        text.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                        i += 2;
                    }
                    Some('u') => {
                        let hex: String = chars[i + 1..].iter().skip(1).take_while(|&&c| c != '}').collect();
                        text.extend(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32));
                        i += hex.chars().count() + 2;
                    }
                    Some('\n') => {
                        // A line continuation: the newline and the next line's indentation vanish.
                        while chars.get(i + 1).is_some_and(|c| c.is_whitespace()) {
                            i += 1;
                        }
                    }
                    Some(&other) => text.push(other),
                    None => {}
                }
                i += 1;
            }
            other => {
                text.push(other);
                i += 1;
            }
        }
    }
    (text, i)
}

/// A raw string's text from just after its opening quote; returns the index after its closing hashes.
fn read_raw_string(chars: &[char], start: usize, hashes: usize) -> (String, usize) {
    let mut i = start;
    while i < chars.len() {
        if chars[i] == '"' && chars[i + 1..].iter().take(hashes).filter(|&&c| c == '#').count() == hashes {
            return (chars[start..i].iter().collect(), i + 1 + hashes);
        }
        i += 1;
    }
    (chars[start..].iter().collect(), chars.len())
}

/// The index after a char literal (`'"'`, `'\''`, `'\u{2019}'`) or after the quote of a lifetime.
fn skip_char_or_lifetime(chars: &[char], i: usize) -> usize {
    match chars.get(i + 1) {
        Some('\\') => {
            let close = chars[i + 2..].iter().position(|&c| c == '\'').map_or(chars.len(), |at| i + 2 + at);
            close + 1
        }
        Some(_) if chars.get(i + 2) == Some(&'\'') => i + 3,
        _ => i + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "Teams that ship small changes every week learn faster than teams that \
                           plan for a quarter. They’re the ones customers trust.";

    fn fingerprints() -> HashSet<u64> {
        parse_fingerprints(&fingerprint_file([ARTICLE])).expect("the made-up article has windows")
    }

    fn text(text: &str) -> Text {
        Text {
            file: "content/test.toml".to_owned(),
            entry: "statement[a].text".to_owned(),
            text: text.to_owned(),
        }
    }

    fn caught(texts: &[Text]) -> Vec<String> {
        violations(texts, &fingerprints()).into_iter().map(|violation| violation.words).collect()
    }

    #[test]
    fn words_are_lowercased_split_on_punctuation_and_keep_digits() {
        assert_eq!(
            words("Sales-led—or PRODUCT-led? In 2024, 3x."),
            ["sales", "led", "or", "product", "led", "in", "2024", "3x"]
        );
    }

    #[test]
    fn an_apostrophe_inside_a_word_is_dropped_whether_straight_or_curly() {
        assert_eq!(words("they’re"), ["theyre"]);
        assert_eq!(words("they're"), ["theyre"]);
        assert_eq!(words("ÉQUIPE’S"), ["équipes"]);
    }

    #[test]
    fn an_apostrophe_used_as_a_quote_mark_separates_words() {
        assert_eq!(words("‘ship it’ teams' work"), ["ship", "it", "teams", "work"]);
    }

    #[test]
    fn a_sentence_copied_from_the_source_is_caught() {
        let found = caught(&[text("Teams that ship small changes every week learn faster.")]);
        assert_eq!(found, ["teams that ship small changes every week learn faster"]);
    }

    #[test]
    fn the_same_words_with_other_case_punctuation_and_quotes_are_caught() {
        let found = caught(&[text("“TEAMS—that ship small-changes, every week!” Learn faster…")]);
        assert_eq!(found, ["teams that ship small changes every week learn faster"]);
        let found = caught(&[text("Plan for a quarter: THEY'RE the ones customers trust!")]);
        assert_eq!(found, ["plan for a quarter theyre the ones customers trust"]);
    }

    #[test]
    fn seven_words_in_common_pass() {
        assert!(caught(&[text("Teams that ship small changes every week, we found, do better.")]).is_empty());
    }

    #[test]
    fn a_window_across_two_strings_is_not_counted() {
        let texts = [text("Teams that ship small changes"), text("every week learn faster")];
        assert!(caught(&texts).is_empty());
    }

    #[test]
    fn overlapping_windows_are_reported_as_one_run_and_separate_runs_apart() {
        let found = caught(&[text(
            "We saw that teams that ship small changes every week learn faster than teams that plan \
             well. Some plan for a quarter; they’re the ones customers trust most.",
        )]);
        assert_eq!(
            found,
            [
                "teams that ship small changes every week learn faster than teams that plan",
                "plan for a quarter theyre the ones customers trust",
            ]
        );
    }

    #[test]
    fn the_fingerprint_file_round_trips_and_holds_each_window_once() {
        let file = fingerprint_file([ARTICLE, ARTICLE]);
        assert!(file.starts_with(HEADER));
        let lines: Vec<&str> = file.lines().filter(|line| !line.starts_with('#')).collect();
        assert_eq!(lines.len(), words(ARTICLE).len() - WINDOW + 1);
        assert!(lines.windows(2).all(|pair| pair[0] < pair[1]), "sorted and distinct");
        assert_eq!(fingerprints().len(), lines.len());
    }

    #[test]
    fn a_fingerprint_file_without_fingerprints_is_an_error() {
        assert!(parse_fingerprints(HEADER).is_err());
        assert!(parse_fingerprints("").is_err());
        assert!(parse_fingerprints("not hex\n").is_err());
    }

    #[test]
    fn the_hash_is_fnv1a_64() {
        // Published FNV-1a 64 test vectors.
        assert_eq!(fnv1a64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn toml_strings_are_named_by_their_entry_and_comments_are_left_out() {
        let document = "# a comment with words\ntitle = \"Quiz\"\n[[question]]\nid = \"q1\"\nslot = 3\n\
                        prompt = \"Why?\"\n[[question.option]]\nid = \"a\"\ntext = \"Because.\"\n";
        let mut entries: Vec<(String, String)> = toml_strings("content/quiz.toml", document)
            .expect("valid TOML")
            .into_iter()
            .map(|text| (text.entry, text.text))
            .collect();
        entries.sort();
        let expected = [
            ("question[q1].id", "q1"),
            ("question[q1].option[a].id", "a"),
            ("question[q1].option[a].text", "Because."),
            ("question[q1].prompt", "Why?"),
            ("title", "Quiz"),
        ];
        assert_eq!(entries, expected.map(|(entry, text)| (entry.to_owned(), text.to_owned())));
    }

    #[test]
    fn rust_literals_are_read_with_their_lines_and_comments_skipped() {
        let source = "// \"not this\"\n/* \"nor /* nested */ this\" */\nlet a = \"Hello,\\n \\\"you\\\"\";\n\
                      let c = '\"'; let q = '\\''; fn f<'a>(x: &'a str) {}\n\
                      view! { <p>r#\"raw \"text\"\"#</p> }\nlet b = b\"bytes\"; let s = \"two\nlines\"; let t = \"after\";\n";
        let found: Vec<(String, String)> = rust_string_literals("src/ui/x.rs", source)
            .into_iter()
            .map(|text| (text.entry, text.text))
            .collect();
        let expected = [
            ("line 3", "Hello,\n \"you\""),
            ("line 5", "raw \"text\""),
            ("line 6", "bytes"),
            ("line 6", "two\nlines"),
            ("line 7", "after"),
        ];
        assert_eq!(found, expected.map(|(entry, text)| (entry.to_owned(), text.to_owned())));
    }

    #[test]
    fn rust_escapes_and_line_continuations_are_resolved() {
        let source = "\"it\\u{2019}s a \\x41 \\\n        line\"";
        let found = rust_string_literals("src/ui/x.rs", source);
        assert_eq!(found[0].text, "it’s a A line");
    }
}

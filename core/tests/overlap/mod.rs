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
mod tests;

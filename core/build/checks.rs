//! What the checks of every content file share: reading it, naming the entry at fault, and the rules
//! for ids, texts and slots.

use std::collections::HashSet;

/// Result links carry at most 127 slots (`link::MAX_SLOTS`), numbered from 0, for the assessment's
/// statements and the quiz's questions alike.
pub const MAX_SLOT: u8 = 126;

/// Reads one content file and writes the Rust source generated from it.
#[cfg(not(test))]
pub type Generator = fn(&std::path::Path, &std::path::Path) -> Result<(), String>;

/// Reads a TOML content file into `T`.
#[cfg(not(test))]
pub fn read_toml<T: serde::de::DeserializeOwned>(path: &std::path::Path) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|error| format!("cannot read the file: {error}"))?;
    toml::from_str(&text).map_err(|error| error.to_string())
}

/// Reads `source`, checks it and writes the Rust source `render` makes of it to `destination`.
#[cfg(not(test))]
pub fn generate<T: serde::de::DeserializeOwned>(
    source: &std::path::Path,
    destination: &std::path::Path,
    check: impl FnOnce(&T) -> Result<(), String>,
    render: impl FnOnce(&T) -> String,
) -> Result<(), String> {
    let file: T = read_toml(source)?;
    check(&file)?;
    std::fs::write(destination, render(&file)).map_err(|error| error.to_string())
}

/// How a message names an entry: its kind, its place among the entries of that kind counting from
/// 1, and its id, as in `question 3 (id "empty-chair")`.
pub fn entry_name(kind: &str, index: usize, id: &str) -> String {
    format!("{kind} {} (id {id:?})", index + 1)
}

/// Puts the name of the entry at fault before a problem: `.map_err(at(&name))`.
pub fn at(name: &str) -> impl Fn(String) -> String + '_ {
    move |problem| format!("{name}: {problem}")
}

/// Ids are kept in visitors' browsers and read back from them, so they stay plain.
pub fn check_id(id: &str) -> Result<(), String> {
    let well_formed = !id.is_empty()
        && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
        && !id.ends_with('-');
    if well_formed {
        Ok(())
    } else {
        Err("the id must be lowercase letters, digits and hyphens, like \"strategic-voice\"".to_owned())
    }
}

pub fn check_text(field: &str, text: &str) -> Result<(), String> {
    if text.trim().is_empty() {
        Err(format!("{field} is empty"))
    } else {
        Ok(())
    }
}

/// Checks an entry's id for form and for uniqueness among the `seen` ids of its kind, then its
/// `(field, text)` pairs; the message starts with the entry's `name`.
pub fn check_entry<'a>(
    name: &str,
    id: &'a str,
    seen: &mut HashSet<&'a str>,
    texts: &[(&str, &str)],
) -> Result<(), String> {
    check_id(id).map_err(at(name))?;
    if !seen.insert(id) {
        return Err(format!("{name}: another entry of this kind already has this id"));
    }
    texts.iter().try_for_each(|(field, text)| check_text(field, text)).map_err(at(name))
}

/// A slot must fit a result link and be the only one of its number among `used`.
pub fn check_slot(slot: u8, used: &mut HashSet<u8>) -> Result<(), String> {
    if slot > MAX_SLOT {
        return Err(format!("slot {slot} is above the largest, {MAX_SLOT}"));
    }
    if !used.insert(slot) {
        return Err(format!("another entry of this kind already uses slot {slot}"));
    }
    Ok(())
}

/// For the tests of each file's checks: what `check` says of `file` once `change` has broken it.
#[cfg(test)]
pub fn rejection<T>(
    mut file: T,
    change: impl FnOnce(&mut T),
    check: impl FnOnce(&T) -> Result<(), String>,
) -> String {
    change(&mut file);
    check(&file).expect_err("the change should be rejected")
}

#[cfg(test)]
mod tests;

/// Writes one text field of every entry as a table of its own, `static NAME: [&str; N]`, which the
/// content module reads through a method named after the field. A static is fetched with the code
/// that reads it (the release build cuts data as well as code into per-screen chunks), so texts kept
/// out of the entries travel with the screens that show them, while the entries every screen reads
/// (ids, slots, names) stay small.
pub fn write_text_table<'a>(out: &mut String, name: &str, texts: impl ExactSizeIterator<Item = &'a str>) {
    write_table(out, name, "&str", texts.map(str::trim));
}

/// [`write_text_table`] for a text only some entries have: `static NAME: [Option<&str>; N]`.
pub fn write_optional_text_table<'a>(
    out: &mut String,
    name: &str,
    texts: impl ExactSizeIterator<Item = Option<&'a str>>,
) {
    write_table(out, name, "Option<&str>", texts.map(|text| text.map(str::trim)));
}

/// `static NAME: [ELEMENT; N] = [...];`, each value written as a Rust literal.
fn write_table<T: std::fmt::Debug>(
    out: &mut String,
    name: &str,
    element: &str,
    values: impl ExactSizeIterator<Item = T>,
) {
    use std::fmt::Write;
    let _ = writeln!(out, "static {name}: [{element}; {}] = [", values.len());
    for value in values {
        let _ = writeln!(out, "    {value:?},");
    }
    out.push_str("];\n\n");
}

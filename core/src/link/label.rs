//! Labels: the name or team a person attaches to a link. They are cleaned before writing and checked
//! when reading, so a label is always short, one line, and free of characters that could hide,
//! imitate or reorder text when shown.

mod nfc;

use super::bytes::Reader;
use super::{LabelProblem, LinkError, MAX_LABEL_BYTES, MAX_LABEL_CHARS};

/// The most combining marks one letter keeps once composed: as many as Vietnamese stacks on a
/// capital, which fonts fit within a line, and more than any name needs (Lithuanian "i̇̃" has two). A
/// letter with dozens of marks would draw them over the lines above and below.
const MAX_MARKS_PER_LETTER: usize = 2;

/// The label as a link carries it: invisible, control and text-direction characters are dropped,
/// letters are composed (NFC, so a name typed two ways is one label) and keep at most two
/// combining marks each, whitespace (newlines and tabs included) becomes single spaces,
/// the ends are trimmed and the result is cut to [`MAX_LABEL_CHARS`] characters. `None` when
/// nothing is left.
pub fn sanitize_label(raw: &str) -> Option<String> {
    // Whitespace that counts as control (newlines, tabs) stays for now, to become a single space.
    let visible: String =
        raw.chars().filter(|&character| character.is_whitespace() || !is_hidden(character)).collect();
    // Composed before the cut, so a letter with its accents counts as one character where it can.
    let composed = nfc::nfc(&visible);
    let mut marks_on_letter = 0;
    let within_reach = composed.chars().filter(|&character| {
        if is_stacking_mark(character) {
            marks_on_letter += 1;
            marks_on_letter <= MAX_MARKS_PER_LETTER
        } else {
            marks_on_letter = 0;
            true
        }
    });
    collapse(within_reach, |_| false)
}

/// Marks drawn above or below the letter before them, which pile up when repeated: those the
/// composition table knows, and the generic blocks of combining marks.
fn is_stacking_mark(character: char) -> bool {
    nfc::combining_class(character) != 0
        || matches!(character,
            '\u{0300}'..='\u{036F}' // combining diacritical marks
            | '\u{0483}'..='\u{0489}' // Cyrillic titlo and enclosing marks
            | '\u{1AB0}'..='\u{1AFF}' // combining diacritical marks extended
            | '\u{1DC0}'..='\u{1DFF}' // combining diacritical marks supplement
            | '\u{20D0}'..='\u{20FF}' // combining marks for symbols
            | '\u{FE20}'..='\u{FE2F}' // combining half marks
        )
}

/// Trims, turns whitespace runs into single spaces and cuts to [`MAX_LABEL_CHARS`], dropping the
/// characters `drop` picks.
fn collapse(characters: impl Iterator<Item = char>, drop: impl Fn(char) -> bool) -> Option<String> {
    let mut clean = String::with_capacity(MAX_LABEL_BYTES);
    let mut chars = 0;
    let mut space_pending = false;
    for character in characters {
        if chars == MAX_LABEL_CHARS {
            if !space_pending && nfc::combining_class(character) != 0 {
                // The cut would part a letter from some of its marks, making a different letter.
                drop_last_letter(&mut clean);
            }
            break;
        }
        if character.is_whitespace() {
            space_pending = !clean.is_empty();
        } else if !drop(character) {
            if space_pending {
                // A space is only worth keeping with a character after it.
                if chars + 2 > MAX_LABEL_CHARS {
                    break;
                }
                clean.push(' ');
                chars += 1;
            }
            space_pending = false;
            clean.push(character);
            chars += 1;
        }
    }
    (!clean.is_empty()).then_some(clean)
}

/// Removes the last letter with its marks, and a space before it.
fn drop_last_letter(clean: &mut String) {
    let letter_start = clean
        .char_indices()
        .rev()
        .find(|&(_, character)| nfc::combining_class(character) == 0)
        .map_or(0, |(start, _)| start);
    clean.truncate(letter_start);
    clean.truncate(clean.trim_end().len());
}

/// Characters that show nothing themselves, or show as blank, but could disturb the text around them
/// or make two different names look the same.
pub(super) fn is_hidden(character: char) -> bool {
    is_disruptive(character)
        || matches!(character,
            '\u{00AD}' // soft hyphen
            | '\u{034F}' // combining grapheme joiner
            | '\u{061C}' // Arabic letter mark (reorders text)
            | '\u{115F}' | '\u{1160}' | '\u{3164}' | '\u{FFA0}' // Hangul fillers, which show as blank
            | '\u{17B4}' | '\u{17B5}' // Khmer invisible vowels
            | '\u{180B}'..='\u{180F}' // Mongolian variation selectors and vowel separator
            | '\u{2060}'..='\u{2064}' // word joiner and invisible operators
            | '\u{206A}'..='\u{206F}' // deprecated format characters
            | '\u{2800}' // braille blank
            | '\u{FE00}'..='\u{FE0F}' // variation selectors
            | '\u{FFF9}'..='\u{FFFB}' // interlinear annotation
            | '\u{1BCA0}'..='\u{1BCA3}' // shorthand format controls
            | '\u{1D173}'..='\u{1D17A}' // musical formatting
            | '\u{E0000}'..='\u{E0FFF}' // tags and variation selectors supplement
        )
}

/// Characters no version of the site ever wrote in a link: control characters and explicit
/// direction controls. A link holding one was made by hand to cause trouble, and is refused.
fn is_disruptive(character: char) -> bool {
    character.is_control()
        || matches!(character,
            '\u{200B}'..='\u{200F}' // zero-width characters and direction marks
            | '\u{202A}'..='\u{202E}' // direction embeddings and overrides
            | '\u{2066}'..='\u{2069}' // direction isolates
            | '\u{FEFF}' // byte-order mark
        )
}

/// The alphabets whose letters look alike and can imitate one another in a name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Alphabet {
    Latin,
    Greek,
    Cyrillic,
}

fn alphabet(character: char) -> Option<Alphabet> {
    match character {
        'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => Some(Alphabet::Latin),
        '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => Some(Alphabet::Greek),
        '\u{0400}'..='\u{052F}' | '\u{1C80}'..='\u{1C8F}' | '\u{A640}'..='\u{A69F}' => {
            Some(Alphabet::Cyrillic)
        }
        _ => None,
    }
}

/// Whether a label mixes Latin, Greek or Cyrillic letters ("Аna" with a Cyrillic "А"): the way one
/// name is made to look like another. Shown as a warning beside the name, never silently changed.
pub fn mixes_alphabets(label: &str) -> bool {
    let mut found = label.chars().filter_map(alphabet);
    let Some(first) = found.next() else {
        return false;
    };
    found.any(|other| other != first)
}

/// Writes a label as its byte length (0 for none) then its UTF-8.
pub(super) fn write(out: &mut Vec<u8>, label: Option<&str>) {
    let clean = label.and_then(sanitize_label).unwrap_or_default();
    // A clean label is at most 40 characters of at most 4 bytes: its length fits a byte.
    out.push(clean.len() as u8);
    out.extend_from_slice(clean.as_bytes());
}

/// Reads a label, accepting only what [`sanitize_label`] would have written.
pub(super) fn read(reader: &mut Reader) -> Result<Option<String>, LinkError> {
    let length = usize::from(reader.byte()?);
    if length == 0 {
        return Ok(None);
    }
    if length > MAX_LABEL_BYTES {
        return Err(LinkError::BadLabel(LabelProblem::TooLong));
    }
    let text =
        std::str::from_utf8(reader.take(length)?).map_err(|_| LinkError::BadLabel(LabelProblem::NotText))?;
    if text.chars().count() > MAX_LABEL_CHARS {
        return Err(LinkError::BadLabel(LabelProblem::TooLong));
    }
    // Stray spaces and control or direction characters were never written: the link was altered.
    if collapse(text.chars(), is_disruptive).as_deref() != Some(text) {
        return Err(LinkError::BadLabel(LabelProblem::Unclean));
    }
    // Links made before the cleaner dropped every invisible character, or composed letters with
    // their accents, still open: they show the label as it is cleaned today.
    Ok(sanitize_label(text))
}

#[cfg(test)]
mod tests;

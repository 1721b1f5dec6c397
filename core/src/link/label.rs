//! Labels: the name or team a person attaches to a link. They are cleaned before writing and checked
//! when reading, so a label is always short, one line, and free of characters that could hide or
//! reorder text when shown.

use super::bytes::Reader;
use super::{LabelProblem, LinkError, MAX_LABEL_BYTES, MAX_LABEL_CHARS};

/// The label as a link carries it: whitespace (newlines and tabs included) becomes single spaces,
/// control and text-direction characters are dropped, the ends are trimmed and the result is cut to
/// [`MAX_LABEL_CHARS`] characters. `None` when nothing is left.
pub fn sanitize_label(raw: &str) -> Option<String> {
    let mut clean = String::with_capacity(raw.len().min(MAX_LABEL_BYTES));
    let mut chars = 0;
    let mut space_pending = false;
    for character in raw.chars() {
        if chars == MAX_LABEL_CHARS {
            break;
        }
        if character.is_whitespace() {
            space_pending = !clean.is_empty();
        } else if !is_hidden(character) {
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

/// Characters that show nothing themselves but could disturb the text around them.
pub(super) fn is_hidden(character: char) -> bool {
    character.is_control()
        || matches!(character,
            '\u{200B}'..='\u{200F}' // zero-width characters and direction marks
            | '\u{202A}'..='\u{202E}' // direction embeddings and overrides
            | '\u{2066}'..='\u{2069}' // direction isolates
            | '\u{FEFF}' // byte-order mark
        )
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
    if sanitize_label(text).as_deref() != Some(text) {
        return Err(LinkError::BadLabel(LabelProblem::Unclean));
    }
    Ok(Some(text.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_trimmed_and_inner_whitespace_becomes_one_space() {
        assert_eq!(sanitize_label("  Product \n\t team  ").as_deref(), Some("Product team"));
    }

    #[test]
    fn control_and_direction_characters_are_dropped() {
        assert_eq!(sanitize_label("Ana\u{0}\u{7}\u{202E}lisa\u{200B}").as_deref(), Some("Analisa"));
    }

    #[test]
    fn labels_are_cut_at_forty_characters_without_a_trailing_space() {
        let cut = sanitize_label(&format!("{} tail", "é".repeat(39))).expect("some text remains");
        assert_eq!(cut, "é".repeat(39));
        assert_eq!(sanitize_label(&"x".repeat(50)).map(|l| l.chars().count()), Some(MAX_LABEL_CHARS));
    }

    #[test]
    fn blank_labels_are_no_label() {
        assert_eq!(sanitize_label(" \n\u{202E} "), None);
    }

    #[test]
    fn sanitizing_twice_changes_nothing() {
        let once = sanitize_label(" a  b\u{1}c ").expect("text remains");
        assert_eq!(sanitize_label(&once).as_deref(), Some(once.as_str()));
    }
}

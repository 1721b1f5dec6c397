//! Unicode canonical composition (NFC), so one name typed two ways ("Zoë" as one character, or as
//! "e" and a combining diaeresis) is one label.
//!
//! Exact for the letters names are written in: Latin, Greek and Cyrillic with any combining marks
//! of U+0300–U+036F (the blocks are listed in `generate.rs`), and Hangul, composed by arithmetic.
//! Other text passes through unchanged. The table is generated from the `unicode-normalization`
//! crate, which is not used at run time: its tables for the whole of Unicode would add 62 KB gzip
//! to the wasm; this table and code add 4.5 KB gzip (7.6 KB raw).

mod table;

use table::{BASES, CLASSES, COMPOSED, MARKS, REPLACEMENTS};

/// What [`MARKS`] counts from: the first combining diacritical mark.
const FIRST_MARK: u32 = 0x0300;

/// The text in Normalization Form C, for the characters the table covers.
pub(super) fn nfc(text: &str) -> String {
    let mut decomposed: Vec<(char, u8)> = Vec::with_capacity(text.len());
    for character in text.chars() {
        decompose(character, &mut decomposed);
    }
    // Canonical order: each run of marks sorted by class, keeping the order of equal classes.
    for marks in decomposed.split_mut(|&(_, class)| class == 0) {
        sort_by_class(marks);
    }
    compose_all(decomposed)
}

/// A stable sort by class, one pass per class present (a handful). Written out because the
/// standard library's stable sort adds 3 KB to the wasm (0.5 KB gzip).
fn sort_by_class(marks: &mut [(char, u8)]) {
    if marks.is_sorted_by_key(|&(_, class)| class) {
        return;
    }
    let unsorted = marks.to_vec();
    let mut present = [false; 256];
    for &(_, class) in &unsorted {
        present[usize::from(class)] = true;
    }
    let in_order = (0..=u8::MAX)
        .filter(|&class| present[usize::from(class)])
        .flat_map(|class| unsorted.iter().filter(move |&&(_, other)| other == class));
    for (slot, &mark) in marks.iter_mut().zip(in_order) {
        *slot = mark;
    }
}

/// The canonical combining class: 0 for starters, and for every character the table does not cover.
pub(super) fn combining_class(character: char) -> u8 {
    let code = u32::from(character);
    if code < FIRST_MARK {
        return 0;
    }
    let runs_from_here = CLASSES.partition_point(|&(first, _, _)| u32::from(first) <= code);
    match runs_from_here.checked_sub(1).and_then(|run| CLASSES.get(run)) {
        Some(&(_, last, class)) if code <= u32::from(last) => class,
        _ => 0,
    }
}

/// Appends the character's full canonical decomposition, each part with its combining class.
fn decompose(character: char, out: &mut Vec<(char, u8)>) {
    if let Some(jamo) = hangul::decompose(character) {
        out.extend(jamo.into_iter().flatten().map(|part| (part, 0)));
        return;
    }
    // À (U+00C0) is the first character with a decomposition.
    if let Some(code) = u16::try_from(u32::from(character)).ok().filter(|&code| code >= 0xC0) {
        if let Ok(found) = REPLACEMENTS.binary_search_by_key(&code, |&(replaced, _, _)| replaced) {
            if let Some(&(_, first, second)) = REPLACEMENTS.get(found) {
                for part in [first, second].into_iter().filter(|&part| part != 0).filter_map(to_char) {
                    decompose(part, out);
                }
                return;
            }
        }
        // A linear search: it only runs for characters from U+00C0, in labels of 40 characters.
        if let Some(found) = COMPOSED.iter().position(|&composed| composed == code) {
            let base = BASES.get(found).copied().and_then(to_char);
            let mark = MARKS.get(found).and_then(|&mark| char::from_u32(FIRST_MARK + u32::from(mark)));
            if let (Some(base), Some(mark)) = (base, mark) {
                decompose(base, out);
                out.push((mark, combining_class(mark)));
                return;
            }
        }
    }
    out.push((character, combining_class(character)));
}

/// Composes each mark with the starter before it, unless a mark of the same or a lower class
/// stands between them (it would have taken the starter first).
fn compose_all(decomposed: Vec<(char, u8)>) -> String {
    let mut composed: Vec<char> = Vec::with_capacity(decomposed.len());
    let mut starter: Option<usize> = None;
    // The class of the last character kept since the starter; `None` when it is the starter.
    let mut class_between: Option<u8> = None;
    for (character, class) in decomposed {
        let blocked = class_between.is_some_and(|between| between >= class);
        if let (false, Some(base)) = (blocked, starter.and_then(|at| composed.get_mut(at))) {
            if let Some(both) = compose(*base, character) {
                *base = both;
                continue;
            }
        }
        if class == 0 {
            starter = Some(composed.len());
            class_between = None;
        } else {
            class_between = Some(class);
        }
        composed.push(character);
    }
    composed.into_iter().collect()
}

/// The character `base` and `mark` compose to, if any.
fn compose(base: char, mark: char) -> Option<char> {
    if let Some(syllable) = hangul::compose(base, mark) {
        return Some(syllable);
    }
    let base = u16::try_from(u32::from(base)).ok()?;
    let mark = u8::try_from(u32::from(mark).checked_sub(FIRST_MARK)?).ok()?;
    let first = BASES.partition_point(|&other| other < base);
    let end = BASES.partition_point(|&other| other <= base);
    let found = (first..end).find(|&index| MARKS.get(index) == Some(&mark))?;
    COMPOSED.get(found).copied().and_then(to_char)
}

fn to_char(code: u16) -> Option<char> {
    char::from_u32(u32::from(code))
}

/// Hangul syllables are their leading consonant, vowel and optional trailing consonant (jamo),
/// numbered in order: composing them is arithmetic (Unicode 3.12).
mod hangul {
    const SYLLABLE_BASE: u32 = 0xAC00;
    const LEADING_BASE: u32 = 0x1100;
    const VOWEL_BASE: u32 = 0x1161;
    /// One before the first trailing consonant: index 0 means none.
    const TRAILING_BASE: u32 = 0x11A7;
    const LEADING_COUNT: u32 = 19;
    const VOWEL_COUNT: u32 = 21;
    const TRAILING_COUNT: u32 = 28;
    const SYLLABLES_PER_LEADING: u32 = VOWEL_COUNT * TRAILING_COUNT;
    const SYLLABLE_COUNT: u32 = LEADING_COUNT * SYLLABLES_PER_LEADING;

    fn syllable_index(character: char) -> Option<u32> {
        u32::from(character).checked_sub(SYLLABLE_BASE).filter(|&index| index < SYLLABLE_COUNT)
    }

    /// A syllable's jamo, the trailing consonant `None` when it has none.
    pub(super) fn decompose(character: char) -> Option<[Option<char>; 3]> {
        let index = syllable_index(character)?;
        let leading = char::from_u32(LEADING_BASE + index / SYLLABLES_PER_LEADING);
        let vowel = char::from_u32(VOWEL_BASE + index % SYLLABLES_PER_LEADING / TRAILING_COUNT);
        let trailing = Some(index % TRAILING_COUNT)
            .filter(|&trailing| trailing != 0)
            .and_then(|trailing| char::from_u32(TRAILING_BASE + trailing));
        Some([leading, vowel, trailing])
    }

    /// A leading consonant and a vowel, or a syllable without a trailing consonant and one.
    pub(super) fn compose(first: char, second: char) -> Option<char> {
        let (first, second) = (u32::from(first), u32::from(second));
        let leading = first.checked_sub(LEADING_BASE).filter(|&leading| leading < LEADING_COUNT);
        let vowel = second.checked_sub(VOWEL_BASE).filter(|&vowel| vowel < VOWEL_COUNT);
        if let (Some(leading), Some(vowel)) = (leading, vowel) {
            return char::from_u32(SYLLABLE_BASE + (leading * VOWEL_COUNT + vowel) * TRAILING_COUNT);
        }
        let open_syllable =
            syllable_index(char::from_u32(first)?).filter(|index| index % TRAILING_COUNT == 0);
        let trailing =
            second.checked_sub(TRAILING_BASE).filter(|&trailing| trailing > 0 && trailing < TRAILING_COUNT);
        char::from_u32(SYLLABLE_BASE + open_syllable? + trailing?)
    }
}

#[cfg(test)]
mod generate;
#[cfg(test)]
mod tests;

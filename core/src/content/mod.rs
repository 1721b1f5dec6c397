//! The site's editable content, generated at build time from the TOML files in `content/` (see
//! the build script in `core/build/`), so the browser parses nothing at start-up.

pub mod assessment;
pub mod method;
pub mod quiz;

/// How fast a person reads an assessment statement: slower than the 200 to 250 words a minute of
/// ordinary prose, since each statement is read closely and held against what the person has seen.
pub const READING_WORDS_PER_MINUTE: usize = 150;

/// About how long a person takes, once a statement is read, to recall an example and choose an answer.
pub const SECONDS_TO_CHOOSE_AN_ANSWER: usize = 5;

/// About how long a person takes over one quiz question: reading, answering and reading the feedback.
pub const SECONDS_PER_QUIZ_QUESTION: usize = 20;

/// About how many minutes `count` items take at `seconds_each`, to the nearest minute and at least one:
/// the estimate the home page shows.
pub fn minutes_for(count: usize, seconds_each: usize) -> usize {
    ((count * seconds_each + 30) / 60).max(1)
}

/// About how many minutes it takes to read `statements` statements of `words` words in all and answer
/// them: the words at [`READING_WORDS_PER_MINUTE`] plus [`SECONDS_TO_CHOOSE_AN_ANSWER`] for each
/// statement, rounded up to a whole minute and at least one. By this rule 42 statements of about 18
/// words take 9 minutes, and 42 of about 14 words take 8.
pub fn minutes_to_read_and_answer(words: usize, statements: usize) -> usize {
    // In seconds times words a minute, so that the rounding up happens once, on whole numbers.
    let scaled_seconds = words * 60 + statements * SECONDS_TO_CHOOSE_AN_ANSWER * READING_WORDS_PER_MINUTE;
    scaled_seconds.div_ceil(60 * READING_WORDS_PER_MINUTE).max(1)
}

/// A text from one of the generated tables. The build script writes an entry's `row` beside its
/// texts, so the row is always there.
fn row_of(table: &'static [&'static str], row: usize) -> &'static str {
    table.get(row).copied().unwrap_or_default()
}

/// The build script's checks and their tests (`core/build/`), compiled into the unit tests so they run
/// on broken content. The build script is no module of the crate, hence the one `#[path]`.
#[cfg(test)]
#[path = "../../build/main.rs"]
mod build_script;

#[cfg(test)]
mod tests;

//! The site's editable content, generated at build time from the TOML files in `content/` (see
//! `core/build.rs`), so the browser parses nothing at start-up.

pub mod assessment;
pub mod quiz;

/// About how long a person takes to answer one statement of the assessment.
pub const SECONDS_PER_STATEMENT: usize = 10;

/// About how long a person takes over one quiz question: reading, answering and reading the feedback.
pub const SECONDS_PER_QUIZ_QUESTION: usize = 20;

/// About how many minutes `count` items take at `seconds_each`, to the nearest minute and at least one:
/// the estimate the home page shows.
pub fn minutes_for(count: usize, seconds_each: usize) -> usize {
    ((count * seconds_each + 30) / 60).max(1)
}

#[cfg(test)]
mod tests;

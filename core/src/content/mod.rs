//! The site's editable content, generated at build time from the TOML files in `content/` (see
//! the build script in `core/build/`), so the browser parses nothing at start-up.

pub mod assessment;
pub mod method;
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

/// The build script's checks and their tests (`core/build/`), compiled into the unit tests so they run
/// on broken content. The build script is no module of the crate, hence the one `#[path]`.
#[cfg(test)]
#[path = "../../build/main.rs"]
mod build_script;

#[cfg(test)]
mod tests;

//! The site's editable content, generated at build time from the TOML files in `content/` (see
//! `core/build.rs`), so the browser parses nothing at start-up.

pub mod assessment;
pub mod quiz;

//! Tests of the link format as a whole: error paths, behaviour of the public functions, links pinned
//! forever, and properties over generated results and hostile input.

mod api;
mod errors;
mod fixtures;
mod pinned;
mod properties;

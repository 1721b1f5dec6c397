//! What the page says when Culture Check stops (the release build aborts on a panic, so nothing
//! after it runs): a screen's code that could not be fetched is the connection's doing, and anything
//! else is a fault in the page itself, never to be blamed on the connection. Either way, once the visit
//! has opened stored data, the visitor is offered it as a file before they reload.
//!
//! ```
//! use culture_core::fault::Fault;
//!
//! let fetch = "load callback should succeed: SplitLoaderError { .. }";
//! assert_eq!(Fault::from_panic(fetch), Fault::CodeNotFetched);
//! assert_eq!(Fault::from_panic("index out of bounds"), Fault::InPage);
//! assert!(Fault::InPage.message(true).contains("not your connection"));
//! ```

/// Why the app stopped, as far as its panic message tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fault {
    /// A screen's code, fetched when the screen is first opened, did not arrive.
    CodeNotFetched,
    /// Anything else: a fault in the page's own code.
    InPage,
}

/// How a failed chunk fetch panics: the loader `wasm_split` generates for a `#[lazy]` screen (via
/// Leptos) expects its load callback to succeed with these words.
const CHUNK_FETCH_FAILED: &str = "load callback should succeed";

/// What the link beside the message says: it saves everything this browser holds as a data file.
pub const DOWNLOAD_LABEL: &str = "Download your data";

impl Fault {
    /// The fault a panic with this message stands for.
    pub fn from_panic(message: &str) -> Fault {
        if message.starts_with(CHUNK_FETCH_FAILED) {
            Fault::CodeNotFetched
        } else {
            Fault::InPage
        }
    }

    /// What happened and what to do, in plain words. With `offers_data`, a link named
    /// [`DOWNLOAD_LABEL`] follows it. Without, the visit has read and written nothing stored yet, so
    /// storage holds all there is and the message says that a reload loses nothing.
    pub fn message(self, offers_data: bool) -> &'static str {
        match (self, offers_data) {
            (Fault::CodeNotFetched, true) => {
                "Part of Culture Check could not be fetched, most likely because the connection dropped, so \
                 this page has stopped. Download your data to keep a copy of what you entered, then reload \
                 the page once you are back online."
            }
            (Fault::CodeNotFetched, false) => {
                "Part of Culture Check could not be fetched, most likely because the connection dropped, so \
                 this page has stopped. Everything you entered before is still stored in this browser: \
                 reload the page once you are back online."
            }
            (Fault::InPage, true) => {
                "Something went wrong inside this page and it has stopped: a fault in Culture Check, not your \
                 connection. Download your data to keep a copy of what you entered, then reload the page to \
                 carry on."
            }
            (Fault::InPage, false) => {
                "Something went wrong inside this page and it has stopped: a fault in Culture Check, not your \
                 connection. Everything you entered before is still stored in this browser: reload the page \
                 to carry on."
            }
        }
    }
}

#[cfg(test)]
mod tests;

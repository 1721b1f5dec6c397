//! This tab's session storage, for what matters only until the tab closes: the result link a visitor
//! opened before taking the assessment themselves, so that their own results can offer the
//! comparison with it. Nothing else is kept here, and failures (storage blocked) simply forget.
//!
//! ```ignore
//! browser::session::remember_opened_result(&payload); // "Take it yourself" on someone's result
//! let payload = browser::session::opened_result();    // on the visitor's own results
//! ```

const OPENED_RESULT: &str = "culture-check/opened-result";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Remembers, for this tab, the payload of the result link the visitor is taking the assessment from.
pub fn remember_opened_result(payload: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(OPENED_RESULT, payload);
    }
}

/// The payload remembered by [`remember_opened_result`] in this tab, if any.
pub fn opened_result() -> Option<String> {
    storage()?.get_item(OPENED_RESULT).ok().flatten()
}

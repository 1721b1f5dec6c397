//! This tab's session storage, for what matters only until the tab closes: the result link a visitor
//! opened before taking the assessment themselves, so that their own results can offer the
//! comparison with it, and the team session an invite link brought them to, so that their results
//! offer the way back to it. Nothing else is kept here, and failures (storage blocked) simply forget.
//!
//! ```no_run
//! use culture_check::browser::session;
//!
//! session::remember_opened_result("AQID"); // "Take it yourself" on someone's result
//! let opened: Option<String> = session::opened_result(); // on the visitor's own results
//! ```

const OPENED_RESULT: &str = "culture-check/opened-result";
const INVITED_TO: &str = "culture-check/invited-to";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn remember(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

fn recall(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Remembers, for this tab, the payload of the result link the visitor is taking the assessment from.
pub fn remember_opened_result(payload: &str) {
    remember(OPENED_RESULT, payload);
}

/// The payload remembered by [`remember_opened_result`] in this tab, if any.
pub fn opened_result() -> Option<String> {
    recall(OPENED_RESULT)
}

/// Remembers, for this tab, the name of the team session the visitor was invited to.
pub fn remember_invite(session: &str) {
    remember(INVITED_TO, session);
}

/// The session remembered by [`remember_invite`] in this tab, if any.
pub fn invited_to() -> Option<String> {
    recall(INVITED_TO)
}

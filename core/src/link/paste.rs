//! Finding the payload in whatever a person pastes: a whole address with `#/r/...` or `#/team/...`,
//! the fragment alone, or the bare payload, with any whitespace (a line broken by an e-mail program)
//! removed.

use super::{decode_any, LinkContent, LinkError, MAX_PAYLOAD_CHARS};
use crate::route::Route;

/// The longest paste looked at: the longest payload plus room for the site's address around it.
const MAX_PASTE_CHARS: usize = MAX_PAYLOAD_CHARS + 2_000;

/// The payload inside pasted text, with the same errors as decoding (`Empty`, `TooLong`) plus
/// [`LinkError::NotAResultAddress`] for an address that leads somewhere else on the site or elsewhere.
pub fn payload_in(pasted: &str) -> Result<String, LinkError> {
    if pasted.len() > MAX_PASTE_CHARS {
        return Err(LinkError::TooLong);
    }
    let text: String = pasted.chars().filter(|character| !character.is_whitespace()).collect();
    if text.is_empty() {
        return Err(LinkError::Empty);
    }
    let fragment = match text.split_once('#') {
        Some((_, fragment)) => fragment,
        // Without `#`, only a fragment written without it (`/r/...`, `team/...`) or a bare payload.
        None if text.contains(':') => return Err(LinkError::NotAResultAddress),
        None if text.contains('/') => &text,
        None => return Ok(text),
    };
    match Route::parse(fragment) {
        Route::SharedResult(payload) | Route::Team(Some(payload)) => Ok(payload),
        _ => Err(LinkError::NotAResultAddress),
    }
}

/// Reads whatever link was pasted: one person's result or a team.
pub fn read_pasted(pasted: &str) -> Result<LinkContent, LinkError> {
    decode_any(&payload_in(pasted)?)
}

#[cfg(test)]
mod tests;

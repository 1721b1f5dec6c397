//! Moving keyboard and screen-reader focus when a new screen or panel appears, so the change is
//! announced and the next Tab starts from the right place.
//!
//! ```ignore
//! use crate::browser::focus;
//!
//! // After the view changes: focus the new screen's heading once it is painted.
//! focus::after_render("main h1");
//! // Straight away, for an element already on the page (a field whose value was refused).
//! focus::now("#team-name");
//! ```
//!
//! A selector that matches nothing, or an element that cannot take focus, leaves focus where it was.

use wasm_bindgen::JsCast;

/// Focuses the first element matching `selector` once the browser has painted the new screen.
pub fn after_render(selector: &'static str) {
    leptos::prelude::request_animation_frame(move || now(selector));
}

/// Focuses the first element matching `selector`, if there is one.
pub fn now(selector: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector(selector).ok().flatten())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

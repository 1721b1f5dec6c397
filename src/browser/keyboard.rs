//! Keyboard shortcuts on a screen: which key presses are the page's to handle, and which belong to
//! the control that has focus.
//!
//! ```no_run
//! use culture_check::browser::keyboard;
//! use leptos::ev::KeyboardEvent;
//! use leptos::prelude::*;
//!
//! let keys = window_event_listener(leptos::ev::keydown, move |event: KeyboardEvent| {
//!     if keyboard::has_modifier(&event) || keyboard::typing_in_a_field(&event) {
//!         return; // a browser shortcut, or text for a field
//!     }
//!     if event.key() == "Enter" && keyboard::on_a_control(&event) {
//!         return; // the button or link handles Enter itself
//!     }
//!     // ...the screen's own shortcut
//! });
//! on_cleanup(move || keys.remove());
//! ```
//!
//! Events without a target (synthetic ones) count as belonging to the page.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, KeyboardEvent};

/// Whether Ctrl, Alt, Meta or Shift is held: the press is a browser or system shortcut.
pub fn has_modifier(event: &KeyboardEvent) -> bool {
    event.ctrl_key() || event.meta_key() || event.alt_key() || event.shift_key()
}

/// Whether the press types into a text field (any input but a radio button, a text area, a select).
pub fn typing_in_a_field(event: &KeyboardEvent) -> bool {
    let is_field =
        target_tag(event).is_some_and(|tag| matches!(tag.as_str(), "INPUT" | "TEXTAREA" | "SELECT"));
    let is_radio = event
        .target()
        .and_then(|target| target.dyn_into::<HtmlInputElement>().ok())
        .is_some_and(|input| input.type_() == "radio");
    is_field && !is_radio
}

/// Whether the press comes from a button or a link, which handle Enter and Space themselves.
pub fn on_a_control(event: &KeyboardEvent) -> bool {
    target_tag(event).is_some_and(|tag| matches!(tag.as_str(), "BUTTON" | "A"))
}

/// The tag name of the element the event was sent to, in upper case as the DOM reports it.
fn target_tag(event: &KeyboardEvent) -> Option<String> {
    let element = event.target()?.dyn_into::<Element>().ok()?;
    Some(element.tag_name())
}

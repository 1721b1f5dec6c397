//! The document: its title, and moving keyboard and screen-reader focus when a new screen appears.

use wasm_bindgen::JsCast;

/// Focuses the first element matching `selector` once the browser has painted the new screen.
/// Missing elements are ignored: focus simply stays where it was.
pub fn focus_after_render(selector: &'static str) {
    leptos::prelude::request_animation_frame(move || focus_now(selector));
}

/// Focuses the first element matching `selector`, if there is one.
pub fn focus_now(selector: &str) {
    let element = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector(selector).ok().flatten())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}

/// Sets the document title.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        document.set_title(title);
    }
}

/// Removes the "Loading…" message `index.html` shows until the app starts (it stays, with its
/// fallback advice, where WebAssembly cannot run).
pub fn remove_boot_message() {
    if let Some(element) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("boot"))
    {
        element.remove();
    }
}

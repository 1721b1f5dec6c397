//! The document: its title, and the start-up message `index.html` shows until the app runs.

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

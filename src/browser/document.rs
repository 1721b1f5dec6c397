//! The document: its title, and what `index.html` shows until the app runs.

/// Sets the document title.
pub fn set_title(title: &str) {
    if let Some(document) = web_sys::window().and_then(|window| window.document()) {
        document.set_title(title);
    }
}

/// Removes what `index.html` shows until the app starts: the "Loading…" message (it stays, with its
/// fallback advice, where WebAssembly cannot run) and a prerendered first screen (`[data-boot]`,
/// scripts/prerender.mjs), which the app mounted right after this draws again, identically, in the
/// same task, so nothing flashes.
pub fn remove_boot_screen() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    while let Ok(Some(element)) = document.query_selector("#boot, [data-boot]") {
        element.remove();
    }
}

/// Shows `message` at the top of the page as an alert, in the start-up message's style: for when the
/// app can no longer run (it is written straight into the document, needing nothing else).
pub fn show_failure(message: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let (Ok(alert), Some(body)) = (document.create_element("p"), document.body()) {
        alert.set_text_content(Some(message));
        let _ = alert.set_attribute("role", "alert");
        let _ = alert.set_attribute("class", "boot boot--failed");
        let _ = body.prepend_with_node_1(&alert);
    }
}

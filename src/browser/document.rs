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

/// The event the start-up scripts in index.html wait for to hand over to the app: what the visitor did
/// on the prerendered screen is replayed on the app's.
const STARTED: &str = "culture-check-started";

/// Tells the start-up scripts that the app has replaced the start-up screen.
pub fn announce_started() {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(event) = web_sys::Event::new(STARTED) {
        let _ = window.dispatch_event(&event);
    }
}

/// Shows `message` at the top of the page as an alert, in the start-up message's style: for when the
/// app can no longer run (it is written straight into the document, needing nothing else). Returns the
/// alert, for [`add_download_link`] to follow up.
pub fn show_failure(message: &str) -> Option<web_sys::Element> {
    let document = web_sys::window().and_then(|window| window.document())?;
    let alert = document.create_element("p").ok()?;
    // A space before anything added after it (a download link).
    alert.set_text_content(Some(&format!("{message} ")));
    let _ = alert.set_attribute("role", "alert");
    let _ = alert.set_attribute("class", "boot boot--failed");
    document.body()?.prepend_with_node_1(&alert).ok()?;
    Some(alert)
}

/// Adds to `alert` a link that saves `url` (an object URL, kept alive with the page) as `file_name`:
/// a plain link works after the app has stopped.
pub fn add_download_link(alert: &web_sys::Element, url: &str, file_name: &str, label: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Ok(link) = document.create_element("a") else {
        return;
    };
    link.set_text_content(Some(label));
    let _ = link.set_attribute("href", url);
    let _ = link.set_attribute("download", file_name);
    let _ = alert.append_with_node_1(&link);
}

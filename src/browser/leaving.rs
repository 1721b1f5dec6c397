//! Leaving the page (closing the tab, reloading, going to another site): asking first when something
//! the visitor entered would be lost. The browser words the question itself.

use leptos::prelude::*;

/// Asks the browser to confirm leaving while `would_lose` says something would be lost. Moving
/// between the app's own screens is not leaving: the page stays.
pub fn ask_before_leaving(would_lose: impl Fn() -> bool + 'static) -> WindowListenerHandle {
    window_event_listener(leptos::ev::beforeunload, move |event: web_sys::BeforeUnloadEvent| {
        if would_lose() {
            event.prevent_default();
            // Older browsers ask only when a return value is set.
            event.set_return_value("unsaved");
        }
    })
}

//! Moving keyboard and screen-reader focus when a new screen or panel appears, so the change is
//! announced and the next Tab starts from the right place.
//!
//! ```no_run
//! use culture_check::browser::focus;
//!
//! // A new screen: start it at the top of the page and focus its heading there.
//! focus::new_screen("main h1");
//! // After the view changes: focus an element once it is painted, scrolling it into view.
//! focus::after_render(".confirm .button--danger");
//! // Focus a button and show it together with what it follows (an answer's explanation).
//! focus::revealing("#quiz-next", ".quiz-feedback");
//! // Straight away, for an element already on the page (a field whose value was refused).
//! focus::now("#team-name");
//! ```
//!
//! A selector that matches nothing, or an element that cannot take focus, leaves focus where it was.

use leptos::prelude::request_animation_frame;
use wasm_bindgen::JsCast;

/// Room left between a revealed control and the window's edge, in CSS pixels.
const MARGIN: f64 = 16.0;

/// Focuses the first element matching `selector` once the browser has painted the new screen.
pub fn after_render(selector: impl AsRef<str> + 'static) {
    request_animation_frame(move || now(selector.as_ref()));
}

/// Focuses the first element matching `selector`, if there is one.
pub fn now(selector: &str) {
    if let Some(element) = find(selector) {
        let _ = element.focus();
    }
}

/// Starts a new screen at the top of the page and focuses its heading without scrolling to it.
/// Focusing normally scrolls the heading to the window's top, which on a phone hides what sits
/// above it: the progress, the pillar, the first line of the page.
pub fn new_screen(heading: &'static str) {
    new_screen_at(heading, 0.0);
}

/// [`new_screen`], scrolled to `top` instead: where the visitor left a screen they come back to.
pub fn new_screen_at(heading: &'static str, top: f64) {
    request_animation_frame(move || {
        if let Some(window) = web_sys::window() {
            window.scroll_to_with_x_and_y(0.0, top);
        }
        if let Some(element) = find(heading) {
            focus_in_place(&element);
        }
    });
}

/// Once painted, focuses `target` and scrolls as little as needed to show everything from the top of
/// `context` to the bottom of `target`. When that is taller than the window, `context` starts at the
/// top of the window: what it says is read from its start (a quiz answer's verdict), and the focused
/// `target`, a scroll below, still takes Enter.
pub fn revealing(target: &'static str, context: &'static str) {
    request_animation_frame(move || {
        if let Some(element) = find(target) {
            focus_in_place(&element);
        }
        // Measured a frame later, once everything the answer shows has been laid out (on a busy
        // phone, parts of it can arrive a frame after the button).
        request_animation_frame(move || scroll_to_reveal(target, context));
    });
}

/// Scrolls as little as needed to show `context`'s top to `target`'s bottom (see [`revealing`]).
fn scroll_to_reveal(target: &str, context: &str) {
    let Some(element) = find(target) else {
        return;
    };
    let (Some(window), Some(viewport)) =
        (web_sys::window(), web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()))
    else {
        return;
    };
    let height = f64::from(viewport.client_height());
    let bottom = element.get_bounding_client_rect().bottom() + MARGIN;
    let top = find(context).map_or(bottom, |context| context.get_bounding_client_rect().top() - MARGIN);
    let shift = if bottom - top > height {
        top
    } else if bottom > height {
        bottom - height
    } else {
        top.min(0.0)
    };
    if shift != 0.0 {
        window.scroll_by_with_x_and_y(0.0, shift);
    }
}

fn find(selector: &str) -> Option<web_sys::HtmlElement> {
    web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.query_selector(selector).ok().flatten())
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
}

fn focus_in_place(element: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
}

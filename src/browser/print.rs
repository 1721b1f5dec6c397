//! Printing the page, through the browser's own print dialog (the print style sheet lays out the
//! report), and unfolding disclosures for the paper.
//!
//! ```no_run
//! use culture_check::browser::print;
//! use leptos::prelude::*;
//!
//! // In a component: its `<details class="unfold-in-print">` print open, whoever prints the page.
//! print::unfold_while_printing("details.unfold-in-print");
//! let _button = view! { <button type="button" on:click=|_| print::print_page()>"Print this report"</button> };
//! ```
//!
//! Where printing is unavailable or refused (some embedded browsers), nothing happens.

use leptos::prelude::{on_cleanup, window_event_listener_untyped};

/// Names the part of the page being printed alone (`<html data-printing="...">`, which the print
/// style sheet follows).
const PRINTING: &str = "data-printing";

/// Marks a disclosure opened only for printing, so it folds again afterwards.
const OPENED_FOR_PRINT: &str = "data-opened-for-print";

/// Opens the print dialog for the current page.
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        // The only failure is a browser without printing; there is nothing else to offer then.
        let _ = window.print();
    }
}

/// Opens the print dialog for one part of the page (`part`, as the print style sheet names it), the
/// rest left off the paper.
pub fn print_part(part: &str) {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.document_element());
    if let Some(root) = &root {
        let _ = root.set_attribute(PRINTING, part);
    }
    print_page();
    // Printing blocks until the dialog closes.
    if let Some(root) = root {
        let _ = root.remove_attribute(PRINTING);
    }
}

/// While the page prints, opens the closed `<details>` matching `selector`, and folds them again
/// afterwards: a closed disclosure prints only its summary. The print style sheet unfolds them too
/// where the browser lets it style a disclosure's content; this covers browsers that do not, and
/// lasts as long as the calling component.
pub fn unfold_while_printing(selector: &'static str) {
    let before = window_event_listener_untyped("beforeprint", move |_| {
        let closed = format!("{selector}:not([open])");
        while let Some(details) = first(&closed) {
            // A refused attribute would match again forever: stop instead.
            if details
                .set_attribute(OPENED_FOR_PRINT, "")
                .and_then(|()| details.set_attribute("open", ""))
                .is_err()
            {
                break;
            }
        }
    });
    let after = window_event_listener_untyped("afterprint", |_| {
        let opened = format!("[{OPENED_FOR_PRINT}]");
        while let Some(details) = first(&opened) {
            let _ = details.remove_attribute("open");
            if details.remove_attribute(OPENED_FOR_PRINT).is_err() {
                break;
            }
        }
    });
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
}

fn first(selector: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.query_selector(selector).ok().flatten()
}

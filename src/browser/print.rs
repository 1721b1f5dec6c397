//! Printing the page, through the browser's own print dialog (the print style sheet lays out the
//! report).
//!
//! ```ignore
//! use crate::browser::print;
//!
//! view! { <button type="button" on:click=|_| print::print_page()>"Print this report"</button> }
//! ```
//!
//! Where printing is unavailable or refused (some embedded browsers), nothing happens.

/// Opens the print dialog for the current page.
pub fn print_page() {
    if let Some(window) = web_sys::window() {
        // The only failure is a browser without printing; there is nothing else to offer then.
        let _ = window.print();
    }
}

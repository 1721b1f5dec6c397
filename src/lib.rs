//! Culture Check's web app: Leptos components (`ui`), the router and layout (`app`), and one thin
//! module per browser API (`browser`). All product logic lives in the `culture-core` crate.

pub mod app;
pub mod browser;
pub mod ui;

/// Mounts the app on the page.
pub fn start() {
    browser::document::remove_boot_message();
    leptos::mount::mount_to_body(app::App);
}

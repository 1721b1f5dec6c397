//! Culture Check's web app: Leptos components (`ui`), the router and layout (`app`), and one thin
//! module per browser API (`browser`). All product logic lives in the `culture-core` crate.

pub mod app;
pub mod browser;
pub mod ui;

/// Mounts the app on the page.
pub fn start() {
    // The release build aborts on a panic, so the hook is the app's last word: say what happened (and,
    // once stored data is open, offer it: `ui::stored`) before the visitor reloads.
    ui::fault::tell_from_the_start();
    browser::document::remove_boot_screen();
    leptos::mount::mount_to_body(app::App);
}

//! Culture Check's web app: Leptos components (`ui`), the router and layout (`app`), and one thin
//! module per browser API (`browser`). All product logic lives in the `culture-core` crate.

pub mod app;
pub mod browser;
pub mod ui;

/// Mounts the app on the page.
pub fn start() {
    // The release build aborts on a panic, so the hook is the app's last word: say what happened and
    // offer the visitor's data before they reload.
    std::panic::set_hook(Box::new(|info| ui::fault::tell(info.payload_as_str().unwrap_or_default(), None)));
    browser::document::remove_boot_screen();
    leptos::mount::mount_to_body(app::App);
}

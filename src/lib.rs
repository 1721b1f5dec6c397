//! Culture Check's web app: Leptos components (`ui`), the router and layout (`app`), and one thin
//! module per browser API (`browser`). All product logic lives in the `culture-core` crate.

pub mod app;
pub mod browser;
pub mod ui;

/// Mounts the app on the page.
pub fn start() {
    // A screen's code that cannot be fetched (the connection dropped before it was first opened) ends
    // the app: say so in plain words rather than leave a page that no longer answers.
    std::panic::set_hook(Box::new(|_| {
        browser::document::show_failure(
            "Part of Culture Check could not be loaded, perhaps because the connection dropped. What you \
             entered is saved in this browser. Reload the page to carry on.",
        );
    }));
    browser::document::remove_boot_screen();
    leptos::mount::mount_to_body(app::App);
}

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
    // A prerendered screen's code first: the prerendered screen stays until the app can replace it with
    // the whole screen, and what the visitor did meanwhile is replayed then. (Leptos's own executor
    // starts with the mount.)
    wasm_bindgen_futures::spawn_local(async {
        app::fetch_prerendered_screen(&browser::location::current_route()).await;
        browser::document::remove_boot_screen();
        leptos::mount::mount_to_body(app::App);
        browser::document::announce_started();
    });
}

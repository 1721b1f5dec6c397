//! The URL fragment, where the site keeps its routes (`#/quiz`) and result links (`#/r/...`).

use culture_core::route::Route;

/// The current fragment, `#` included, or an empty string where there is none.
pub fn current_fragment() -> String {
    web_sys::window().and_then(|window| window.location().hash().ok()).unwrap_or_default()
}

/// The route the address bar shows now.
pub fn current_route() -> Route {
    Route::parse(&current_fragment())
}

/// Moves to `route`, adding a history entry so Back returns here.
pub fn go_to(route: &Route) {
    if let Some(window) = web_sys::window() {
        // Setting the hash fires `hashchange`, which the router listens to.
        let _ = window.location().set_hash(&route.href());
    }
}

/// The address of `route` as a full URL on this page (for result links people copy).
pub fn absolute_url(route: &Route) -> String {
    let Some(window) = web_sys::window() else {
        return route.href();
    };
    let location = window.location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}{}", route.href())
}

/// Shows `route` in the address bar in place of the current entry, without a `hashchange`: for a
/// screen whose own state changed (a team gaining a member) so a reload or a bookmark keeps it.
pub fn replace(route: &Route) {
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&route.href()));
    }
}

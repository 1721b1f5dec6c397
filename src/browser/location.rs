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
/// screen whose own state changed (a team gaining a member) so a reload or a bookmark keeps it. The
/// entry stays the same visit (see [`arrive`]).
pub fn replace(route: &Route) {
    if let Some(history) = web_sys::window().and_then(|window| window.history().ok()) {
        let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
        let _ = history.replace_state_with_url(&state, "", Some(&route.href()));
    }
}

/// The history entries of this visit: the one on screen (its mark in `history.state`), and where
/// each entry the visitor left was scrolled to, most recent last. The app keeps one.
#[derive(Clone, Debug)]
pub struct Visits {
    current: f64,
    left: Vec<(f64, f64)>,
}

impl Default for Visits {
    fn default() -> Visits {
        Visits { current: f64::NAN, left: Vec::new() }
    }
}

/// For each new history entry on screen (the app's start, every `hashchange`): notes where the entry
/// being left was scrolled to, and returns where this one was left if the visitor is coming back to
/// it (Back or Forward), or `None` for a new one, which opens at its top. Each entry is marked in
/// `history.state` the first time it shows. The browser's own restoring is off: it would restore
/// before a screen's code has arrived and drawn it.
pub fn arrive(visits: &mut Visits) -> Option<f64> {
    let window = web_sys::window()?;
    let history = window.history().ok()?;
    let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    let left_at = window.scroll_y().unwrap_or_default();
    let mark = history.state().ok().and_then(|state| state.as_f64());
    let Visits { current, left } = visits;
    if !current.is_nan() {
        left.retain(|(entry, _)| entry != current);
        left.push((*current, left_at));
    }
    let back_to = mark.and_then(|mark| left.iter().find(|(entry, _)| *entry == mark).map(|(_, y)| *y));
    *current = mark.unwrap_or_else(|| {
        // New entries are marked with the time, unique within this page's life and the last.
        let fresh = js_sys::Date::now().max(*current + 1.0);
        let _ = history.replace_state(&wasm_bindgen::JsValue::from_f64(fresh), "");
        fresh
    });
    back_to
}

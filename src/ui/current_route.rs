//! The route on screen, shared through context by the router in `crate::app` with the screens below
//! it. It lives here, not in the router, so screens depend on it without depending on the router.

use culture_core::route::Route;
use leptos::prelude::*;

/// The current route, readable anywhere below the app. A screen that keeps its own state in the
/// address (the team view) sets it after `location::replace`, which fires no `hashchange`.
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub RwSignal<Route>);

impl CurrentRoute {
    /// The route signal the router provided.
    pub fn use_context() -> RwSignal<Route> {
        expect_context::<CurrentRoute>().0
    }
}

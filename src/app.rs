//! The router and the shared layout. Routes live in the URL fragment (see `culture_core::route`), so
//! every screen is a deep link that works from any static host; `hashchange` drives a route signal and
//! the matching screen renders inside the layout.

use culture_core::route::Route;
use leptos::prelude::*;

use crate::browser::{document, focus, location, storage};
use crate::ui::current_route::CurrentRoute;
use crate::ui::layout::Layout;
use crate::ui::lazy::{lazy_view, load, view_chunk};
use crate::ui::not_found::NotFoundPage;
use crate::ui::notices::Notices;
use crate::ui::stored::Store;

#[component]
pub fn App() -> impl IntoView {
    let route = RwSignal::new(location::current_route());
    // Where the screen about to show was left, when the visitor comes back to it (Back, Forward):
    // it reopens there; any other screen opens at its top.
    let visits = StoredValue::new(location::Visits::default());
    visits.update_value(|visits| {
        location::arrive(visits);
    });
    let left_at = StoredValue::new(None::<f64>);
    let hashchange = window_event_listener(leptos::ev::hashchange, move |_| {
        left_at.set_value(visits.try_update_value(location::arrive).flatten());
        let next = location::current_route();
        if route.get_untracked() != next {
            route.set(next);
        }
    });
    // Which screen shows. The team view follows its payload itself, so a team gaining a member keeps
    // its screen (and the focus) rather than being rebuilt.
    let screen = Memo::new(move |_| screen_key(route.get()));
    on_cleanup(move || hashchange.remove());
    provide_context(CurrentRoute(route));

    let notices = Notices::provide();
    Store::provide(notices);
    if !storage::is_available() {
        notices.tell(
            "This browser is not letting the site save anything, so your answers will be forgotten \
             when you close the tab. Everything else works as usual.",
        );
    }

    // Each new screen gets its own title, starts at the top of the page (or where it was left), and
    // keyboard and screen-reader focus moves to its heading so the change is announced. The first
    // screen keeps the browser's natural focus at the page start.
    Effect::new(move |previous: Option<Route>| {
        let current = screen.get();
        document::set_title(&current.title());
        if previous.as_ref().is_some_and(|previous| *previous != current) {
            focus::new_screen_at("main h1", left_at.get_value().unwrap_or_default());
        }
        current
    });

    let shown = StoredValue::new(false);
    view! {
        <Layout>
            {move || {
                let route = screen.get();
                // After the first screen, a screen whose code arrives later moves the focus (and the
                // scroll) itself once it is there: the effect above finds no heading yet.
                let later = shown.get_value().then(|| left_at.get_value().unwrap_or_default());
                shown.set_value(true);
                screen_for(route, later)
            }}
        </Layout>
    }
}

/// The route with what a screen follows by itself left out.
fn screen_key(route: Route) -> Route {
    match route {
        Route::Team(_) => Route::Team(None),
        other => other,
    }
}

fn screen_for(route: Route, later: Option<f64>) -> AnyView {
    match route {
        Route::NotFound(path) => view! { <NotFoundPage path=path/> }.into_any(),
        Route::Home => lazy_view(|| Box::pin(load!(home_screen)), (), later),
        Route::Assessment => lazy_view(|| Box::pin(load!(assessment_screen)), (), later),
        Route::Quiz => lazy_view(|| Box::pin(load!(quiz_screen)), (), later),
        Route::AssessmentResults => lazy_view(|| Box::pin(load!(results_screen)), (), later),
        // The history screen reads which entry, if any, from the route itself.
        Route::History(_) => lazy_view(|| Box::pin(load!(history_screen)), (), later),
        Route::SharedResult(payload) => lazy_view(|| Box::pin(load!(shared_result_screen)), payload, later),
        Route::Team(_) => lazy_view(|| Box::pin(load!(team_screen)), (), later),
        Route::YourData => lazy_view(|| Box::pin(load!(your_data_screen)), (), later),
        Route::Method => lazy_view(|| Box::pin(load!(method_screen)), (), later),
        Route::Join(payload) => lazy_view(|| Box::pin(load!(join_screen)), payload, later),
    }
}

/// Fetches the code of the screen `route` opens when its first screen was prerendered (home, the
/// assessment, the quiz), so that the app, once mounted, replaces the prerendered screen with the whole
/// screen at once rather than with a loading message. Other screens show their loading state in the
/// app's frame. A chunk that does not arrive is the screen's to tell (it tries again, then offers "Try
/// again").
pub async fn fetch_prerendered_screen(route: &Route) {
    let _ = match route {
        Route::Home => load!(home_screen).await.map(drop),
        Route::Assessment => load!(assessment_screen).await.map(drop),
        Route::Quiz => load!(quiz_screen).await.map(drop),
        _ => Ok(()),
    };
}

// Each screen's split point (see [`crate::ui::lazy`]): release builds cut each screen into a wasm
// chunk of its own, so the main module is the shell (layout, router, notices) and a visit fetches the
// screens it opens.
view_chunk!(home_screen, |_none: ()| view! { <crate::ui::home::HomePage/> });
view_chunk!(assessment_screen, |_none: ()| view! { <crate::ui::assessment::AssessmentPage/> });
view_chunk!(quiz_screen, |_none: ()| view! { <crate::ui::quiz::QuizPage/> });
view_chunk!(results_screen, |_none: ()| view! { <crate::ui::assessment::results::ResultsPage/> });
view_chunk!(history_screen, |_none: ()| view! { <crate::ui::assessment::history::HistoryScreen/> });
view_chunk!(shared_result_screen, |payload: String| view! {
    <crate::ui::shared_result::SharedResultPage payload=payload/>
});
view_chunk!(team_screen, |_none: ()| view! { <crate::ui::team::TeamPage/> });
view_chunk!(your_data_screen, |_none: ()| view! { <crate::ui::your_data::YourDataPage/> });
view_chunk!(method_screen, |_none: ()| view! { <crate::ui::method::MethodPage/> });
view_chunk!(join_screen, |payload: String| view! { <crate::ui::join::JoinPage payload=payload/> });

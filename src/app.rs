//! The router and the shared layout. Routes live in the URL fragment (see `culture_core::route`), so
//! every screen is a deep link that works from any static host; `hashchange` drives a route signal and
//! the matching screen renders inside the layout.

use culture_core::route::Route;
use leptos::prelude::*;

use crate::browser::{document, focus, location, storage};
use crate::ui::assessment::AssessmentPage;
use crate::ui::current_route::CurrentRoute;
use crate::ui::home::HomePage;
use crate::ui::layout::Layout;
use crate::ui::lazy::{lazy_view, load, Loaded};
use crate::ui::not_found::NotFoundPage;
use crate::ui::notices::Notices;
use crate::ui::quiz::QuizPage;
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
    let store = Store::provide(notices);
    crate::ui::fault::offer_data_of(store);
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
        Route::Home => view! { <HomePage/> }.into_any(),
        Route::Assessment => view! { <AssessmentPage/> }.into_any(),
        Route::Quiz => view! { <QuizPage/> }.into_any(),
        Route::NotFound(path) => view! { <NotFoundPage path=path/> }.into_any(),
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

// Screens outside the first visit's path (home, the assessment's statements, the quiz). Release builds
// cut each into a wasm chunk of its own (`wasm_split`, split by scripts/split-wasm.mjs, see
// docs/code-splitting.md), fetched the first time it is shown, so the first visit's size no longer
// grows with every screen; debug builds and tests link them in. Each hands back the screen's
// constructor, so the screen is built where it is shown. `fallible`: a chunk that cannot be fetched
// is an `Err` the screen's place can show and try again, not a panic that ends the app.

#[cfg_attr(
    not(debug_assertions),
    leptos::wasm_split::wasm_split(results_screen, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn results_screen() -> Loaded<()> {
    fn build((): ()) -> AnyView {
        view! { <crate::ui::assessment::results::ResultsPage/> }.into_any()
    }
    Ok(build as fn(()) -> AnyView)
}

#[cfg_attr(
    not(debug_assertions),
    leptos::wasm_split::wasm_split(history_screen, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn history_screen() -> Loaded<()> {
    fn build((): ()) -> AnyView {
        view! { <crate::ui::assessment::history::HistoryScreen/> }.into_any()
    }
    Ok(build as fn(()) -> AnyView)
}

#[cfg_attr(
    not(debug_assertions),
    leptos::wasm_split::wasm_split(shared_result_screen, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn shared_result_screen() -> Loaded<String> {
    fn build(payload: String) -> AnyView {
        view! { <crate::ui::shared_result::SharedResultPage payload=payload/> }.into_any()
    }
    Ok(build as fn(String) -> AnyView)
}

#[cfg_attr(
    not(debug_assertions),
    leptos::wasm_split::wasm_split(team_screen, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn team_screen() -> Loaded<()> {
    fn build((): ()) -> AnyView {
        view! { <crate::ui::team::TeamPage/> }.into_any()
    }
    Ok(build as fn(()) -> AnyView)
}

#[cfg_attr(
    not(debug_assertions),
    leptos::wasm_split::wasm_split(your_data_screen, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn your_data_screen() -> Loaded<()> {
    fn build((): ()) -> AnyView {
        view! { <crate::ui::your_data::YourDataPage/> }.into_any()
    }
    Ok(build as fn(()) -> AnyView)
}

#[cfg_attr(
    not(debug_assertions),
    leptos::wasm_split::wasm_split(method_screen, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn method_screen() -> Loaded<()> {
    fn build((): ()) -> AnyView {
        view! { <crate::ui::method::MethodPage/> }.into_any()
    }
    Ok(build as fn(()) -> AnyView)
}

#[cfg_attr(
    not(debug_assertions),
    leptos::wasm_split::wasm_split(join_screen, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn join_screen() -> Loaded<String> {
    fn build(payload: String) -> AnyView {
        view! { <crate::ui::join::JoinPage payload=payload/> }.into_any()
    }
    Ok(build as fn(String) -> AnyView)
}

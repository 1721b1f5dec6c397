//! The router and the shared layout. Routes live in the URL fragment (see `culture_core::route`), so
//! every screen is a deep link that works from any static host; `hashchange` drives a route signal and
//! the matching screen renders inside the layout.

use culture_core::route::Route;
use leptos::prelude::*;

use crate::browser::{document, focus, location, storage};
use crate::ui::assessment::history::HistoryPage;
use crate::ui::assessment::results::ResultsPage;
use crate::ui::assessment::AssessmentPage;
use crate::ui::current_route::CurrentRoute;
use crate::ui::home::HomePage;
use crate::ui::layout::Layout;
use crate::ui::not_found::NotFoundPage;
use crate::ui::notices::Notices;
use crate::ui::quiz::QuizPage;
use crate::ui::shared_result::SharedResultPage;
use crate::ui::team::TeamPage;
use crate::ui::your_data::YourDataPage;

#[component]
pub fn App() -> impl IntoView {
    let route = RwSignal::new(location::current_route());
    let hashchange = window_event_listener(leptos::ev::hashchange, move |_| {
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
    if !storage::is_available() {
        notices.tell(
            "This browser is not letting the site save anything, so your answers will be forgotten \
             when you close the tab. Everything else works as usual.",
        );
    }

    // Each new screen gets its own title, starts at the top of the page, and keyboard and screen-reader
    // focus moves to its heading so the change is announced. The first screen keeps the browser's
    // natural focus at the page start.
    Effect::new(move |previous: Option<Route>| {
        let current = screen.get();
        document::set_title(&current.title());
        if previous.as_ref().is_some_and(|previous| *previous != current) {
            focus::new_screen("main h1");
        }
        current
    });

    view! {
        <Layout>
            {move || screen_for(screen.get())}
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

fn screen_for(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <HomePage/> }.into_any(),
        Route::Assessment => view! { <AssessmentPage/> }.into_any(),
        Route::AssessmentResults => view! { <ResultsPage/> }.into_any(),
        Route::History => view! { <HistoryPage/> }.into_any(),
        Route::Quiz => view! { <QuizPage/> }.into_any(),
        Route::YourData => view! { <YourDataPage/> }.into_any(),
        Route::SharedResult(payload) => view! { <SharedResultPage payload=payload/> }.into_any(),
        Route::Team(_) => view! { <TeamPage/> }.into_any(),
        Route::NotFound(path) => view! { <NotFoundPage path=path/> }.into_any(),
    }
}

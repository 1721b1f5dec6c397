//! The router and the shared layout. Routes live in the URL fragment (see `culture_core::route`), so
//! every screen is a deep link that works from any static host; `hashchange` drives a route signal and
//! the matching screen renders inside the layout.

use culture_core::route::Route;
use leptos::prelude::*;

use crate::browser::{document, location, storage};
use crate::ui::assessment::history::HistoryPage;
use crate::ui::assessment::results::ResultsPage;
use crate::ui::assessment::AssessmentPage;
use crate::ui::home::HomePage;
use crate::ui::layout::Layout;
use crate::ui::not_found::NotFoundPage;
use crate::ui::notices::Notices;
use crate::ui::quiz::QuizPage;

/// The current route, readable anywhere below [`App`].
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub ReadSignal<Route>);

#[component]
pub fn App() -> impl IntoView {
    let (route, set_route) = signal(location::current_route());
    let hashchange = window_event_listener(leptos::ev::hashchange, move |_| {
        let next = location::current_route();
        if route.get_untracked() != next {
            set_route.set(next);
        }
    });
    on_cleanup(move || hashchange.remove());
    provide_context(CurrentRoute(route));

    let notices = Notices::provide();
    if !storage::is_available() {
        notices.tell(
            "This browser is not letting the site save anything, so your answers will be forgotten \
             when you close the tab. Everything else works as usual.",
        );
    }

    // Each new screen gets its own title, and keyboard and screen-reader focus moves to its heading so
    // the change is announced. The first screen keeps the browser's natural focus at the page start.
    Effect::new(move |previous: Option<Route>| {
        let current = route.get();
        document::set_title(&current.title());
        if previous.as_ref().is_some_and(|previous| *previous != current) {
            document::focus_after_render("main h1");
        }
        current
    });

    view! {
        <Layout>
            {move || screen_for(route.get())}
        </Layout>
    }
}

fn screen_for(route: Route) -> AnyView {
    match route {
        Route::Home => view! { <HomePage/> }.into_any(),
        Route::Assessment => view! { <AssessmentPage/> }.into_any(),
        Route::AssessmentResults => view! { <ResultsPage/> }.into_any(),
        Route::History => view! { <HistoryPage/> }.into_any(),
        Route::Quiz => view! { <QuizPage/> }.into_any(),
        Route::NotFound(path) => view! { <NotFoundPage path=path/> }.into_any(),
        other => view! { <NotFoundPage path=other.href()/> }.into_any(),
    }
}

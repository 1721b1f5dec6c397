//! The frame around every screen: skip link, header with navigation, notices, main, and the footer's
//! privacy promise.

use culture_core::route::Route;
use leptos::prelude::*;

use crate::browser::focus;
use crate::ui::current_route::CurrentRoute;
use crate::ui::notices::NoticeList;
use crate::ui::stored::Store;

/// The main region's id, the skip link's target.
const MAIN_ID: &str = "main";

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let store = Store::use_context();
    view! {
        <a
            class="skip-link"
            href=format!("#{MAIN_ID}")
            on:click=|event| {
                // A plain `#main` would replace the route in the fragment: move focus instead.
                event.prevent_default();
                focus::now("main h1");
            }
        >
            "Skip to content"
        </a>
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href=Route::Home.href()>
                    <span class="brand__mark" aria-hidden="true"></span>
                    "Culture Check"
                </a>
                <nav aria-label="Main">
                    <ul class="nav">
                        <NavLink route=Route::Assessment label="Assessment"/>
                        <NavLink route=Route::History(None) label="History"/>
                        <NavLink route=Route::Quiz label="Quiz"/>
                        <NavLink route=Route::Team(None) label="Team"/>
                    </ul>
                </nav>
            </div>
        </header>
        <main id=MAIN_ID class="page">
            <NoticeList download=Callback::new(move |()| store.download())/>
            {children()}
        </main>
        <footer class="site-footer">
            <p>
                "Everything you enter stays in this browser: no account, no server, no tracking. "
                "Result links carry your answers only when you choose to share them. "
                <a href=Route::YourData.href()>"Your data"</a>
            </p>
        </footer>
    }
}

/// A navigation link that tells assistive technology when it leads to the current screen.
#[component]
fn NavLink(route: Route, label: &'static str) -> impl IntoView {
    let current = CurrentRoute::use_context();
    let href = route.href();
    let is_current = move || section_of(&current.get()) == section_of(&route);
    view! {
        <li>
            <a href=href class="nav__link" aria-current=move || is_current().then_some("page")>
                {label}
            </a>
        </li>
    }
}

/// Groups routes into the sections the navigation shows, so results count as part of the assessment.
fn section_of(route: &Route) -> Option<&'static str> {
    match route {
        Route::Assessment | Route::AssessmentResults | Route::Join(_) => Some("assessment"),
        Route::History(_) => Some("history"),
        Route::Quiz => Some("quiz"),
        Route::Team(_) => Some("team"),
        Route::Home | Route::YourData | Route::Method | Route::SharedResult(_) | Route::NotFound(_) => None,
    }
}

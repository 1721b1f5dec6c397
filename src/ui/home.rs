//! The home page: a short lead and the two ways in first, then what a product-led culture is and what
//! each way in gives.

use culture_core::assessment::FIRST_ACTIONS;
use culture_core::content::assessment::{self, active_statements, PILLARS};
use culture_core::content::quiz::{self, QUESTIONS};
use culture_core::route::Route;
use culture_core::text::number_word;
use leptos::prelude::*;

use crate::ui::lazy::{load, when_loaded};
use crate::ui::stored::Store;

mod status;

use status::{home_status_reader, HomeStatus};

#[component]
pub fn HomePage() -> impl IntoView {
    let store = Store::use_context();
    let has_data = store.holds_anything();
    // The stored lines arrive with their code; until then (or should it not arrive) the page shows
    // what a first visit sees, and every button works.
    let status = RwSignal::new(HomeStatus::default());
    when_loaded(load!(home_status_reader), move |reader| {
        if let Ok(read) = reader {
            status.set(read(store));
        }
    });
    let statements = active_statements().count();
    let assessment_meta =
        format!("About {} minutes · {statements} statements", assessment::minutes_to_take());
    let assessment_text = format!(
        "Rate statements about your own organisation across {} pillars. You get a maturity stage, a chart of \
         every pillar, what it would take to reach the next stage and the {} actions your answers call for most.",
        number_word(PILLARS.len()),
        number_word(FIRST_ACTIONS)
    );
    let quiz_meta = format!("About {} minutes · {} questions", quiz::minutes_to_take(), QUESTIONS.len());
    // On a phone, both ways in come right after a short lead, above the fold; the longer explanation
    // of the idea and of each way in follows them.
    view! {
        <section class="hero stack">
            <h1 tabindex="-1">"How " <span class="unbroken">"product-led"</span> " is your company's culture?"</h1>
            <p class="lead">
                "See where your company's culture stands, pillar by pillar, and what would move it most. Or start by testing what you know."
            </p>
        </section>
        <section class="ways-in" aria-labelledby="ways-in-heading">
            <h2 id="ways-in-heading" class="visually-hidden">"Two ways in"</h2>
            <article class="card stack way-in">
                <h3>"Take the assessment"</h3>
                <p class="card__meta">{assessment_meta}</p>
                <AssessmentStatus status=status/>
            </article>
            <article class="card stack way-in">
                <h3>"Test what you know"</h3>
                <p class="card__meta">{quiz_meta}</p>
                {move || status.with(|status| status.quiz_record.clone()).map(|line| view! { <p class="quiz-record">{line}</p> })}
                <p class="actions">
                    <a class="button" href=Route::Quiz.href()>"Start the quiz"</a>
                </p>
            </article>
        </section>
        <section class="about stack" aria-labelledby="about-heading">
            <h2 id="about-heading">"What a " <span class="unbroken">"product-led"</span> " culture is"</h2>
            <p>
                "A product-led culture is more than free trials and self-serve sign-up. It is a company where \
                 the product's value to its users steers decisions in every team, from engineering to sales, \
                 and where people learn from customers and data rather than from the loudest voice in the room."
            </p>
            <p>
                "Many companies adopt the tactics (they are " <em>"doing"</em> " product-led) while their \
                 habits stay sales-led or output-driven. Culture is the soil; the organisation and its growth \
                 tactics only flourish when the soil is good. Find out which one describes your company, and \
                 what to do next."
            </p>
            <p><strong>"The assessment. "</strong>{assessment_text}</p>
            <p>
                <strong>"The quiz. "</strong>
                "A short quiz on what a product-led culture is and is not. Every answer comes with an \
                 explanation, and you can retry the ones you missed."
            </p>
            <p>
                "What each pillar captures, every statement and how it is scored, and what a result cannot tell you: "
                <a href=Route::Method.href()>"How the assessment works"</a>
            </p>
        </section>
        <p class="muted">
            "Running a workshop? Ask everyone to share their result link with you, then paste the links into the "
            <a href=Route::Team(None).href()>"team view"</a>
            " to see where the room agrees and where its pictures of the company differ."
        </p>
        <section class="home-data stack" aria-labelledby="home-data-heading">
            <h2 id="home-data-heading">"Your data"</h2>
            <p>
                "Your answers, results, quiz record and teams stay in this browser. Take a copy to keep or to \
                 open in another browser, or "
                <a href=Route::YourData.href()>"add data from a file, or forget everything"</a>
                "."
            </p>
            // Nothing to download before anything is stored.
            {has_data.then(|| view! {
                <p class="actions">
                    <button type="button" class="button" on:click=move |_| store.download()>
                        "Download your data"
                    </button>
                </p>
            })}
        </section>
    }
}

/// Where a started assessment stands, or the latest result, and the button in, which says "Continue"
/// when there are answers to continue from.
#[component]
fn AssessmentStatus(status: RwSignal<HomeStatus>) -> impl IntoView {
    let in_progress = move || status.with(|status| status.progress.is_some());
    let line = move || {
        status.with(|status| {
            let progress = status.progress.clone().map(|line| view! { <span>{line}" "</span> });
            let latest = status.latest.clone().map(|(day, stage)| {
                view! {
                    <span>
                        {format!("Latest result ({day}): {stage}. ")}
                        <a href=Route::AssessmentResults.href()>"See it again"</a>
                    </span>
                }
            });
            (progress.is_some() || latest.is_some())
                .then(|| view! { <p class="card__status">{progress}{latest}</p> })
        })
    };
    view! {
        {line}
        <p class="actions">
            <a class="button button--primary" href=Route::Assessment.href()>
                {move || if in_progress() { "Continue the assessment" } else { "Start the assessment" }}
            </a>
        </p>
    }
}

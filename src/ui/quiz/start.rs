//! The start screen: what to expect, the record so far, and the ways in.

use culture_core::content::quiz::{minutes_to_take, most_options, PILLAR_MAPPING, QUESTIONS};
use leptos::prelude::*;

use super::summary::RecordLine;
use super::Quiz;
use crate::ui::section::section;

#[component]
pub(super) fn StartScreen(quiz: Quiz) -> impl IntoView {
    let missed = Memo::new(move |_| quiz.record.with(|record| record.missed_questions().len()));
    let count = QUESTIONS.len();
    let minutes = minutes_to_take();
    let keys = most_options();

    view! {
        <section class="quiz-start stack narrow" aria-labelledby="quiz-start-heading">
            <h1 id="quiz-start-heading" tabindex="-1">
                "Test what you know about " <span class="unbroken">"product-led"</span> " culture"
            </h1>
            <p class="card__meta">{format!("{count} questions · about {minutes} minutes")}</p>
            <ul class="quiz-start__points">
                <li>"One question at a time, on what a product-led culture is and is not."</li>
                <li>"Right after each answer you see the right one and a short explanation."</li>
                <li>"Tick \u{201c}I\u{2019}m sure\u{201d} when you are: the score then points out the answers you were sure of but got wrong."</li>
                <li>"At the end: your score and a review of every question."</li>
                <li>"Then you can retry just the ones you missed; those come first next time, too."</li>
            </ul>
            <p class="muted hint hint--keys">{format!("Tip: press 1 to {keys} to pick an answer and Enter to check it.")}</p>
            <RecordLine record=quiz.record/>
            <div class="actions">
                <button type="button" class="button button--primary" data-replay="quiz-start" on:click=move |_| quiz.start_full()>
                    "Start the quiz"
                </button>
                <Show when=move || { missed.get() > 0 }>
                    <button type="button" class="button" data-replay="quiz-retry" on:click=move |_| quiz.start_retry()>
                        "Retry the ones I missed"
                    </button>
                </Show>
            </div>
            {section("quiz-pillars-heading", "The quiz's pillars and the assessment's", "quiz-start__pillars card stack", view! {
                <p>{PILLAR_MAPPING}</p>
            })}
        </section>
    }
}

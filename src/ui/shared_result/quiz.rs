//! Someone's quiz score, read from a link: the score and its verdict, which questions were right,
//! and the visitor's own best score beside it.

use culture_core::content::quiz::{minutes_to_take, QUESTIONS};
use culture_core::quiz::QuizRecord;
use culture_core::route::Route;
use culture_core::shared_result::SharedQuiz;
use culture_core::text::number_word;
use leptos::prelude::*;

use super::SharedBanner;
use crate::ui::stored::Store;

#[component]
pub(super) fn SharedQuizView(shared: SharedQuiz) -> impl IntoView {
    // Reading only: the visitor's own record stays exactly as it was.
    let own_best = Store::use_context().peek::<QuizRecord>().best;
    let eyebrow = match &shared.label {
        Some(label) => format!("Quiz score · shared by {label}"),
        None => "Quiz score · shared result".to_owned(),
    };
    let yours = match own_best {
        Some(best) => format!("Your own best score is {}.", best.label()),
        None => format!(
            "You have not taken the quiz in this browser yet: {} questions, about {} minutes.",
            number_word(QUESTIONS.len()),
            number_word(minutes_to_take())
        ),
    };
    let right = shared.right.iter().map(|question| view! { <li>{question.prompt()}</li> }).collect_view();
    let missed = shared.missed.as_ref().filter(|missed| !missed.is_empty()).map(|missed| {
        let items = missed.iter().map(|question| view! { <li>{question.prompt()}</li> }).collect_view();
        view! {
            <h2>"Missed"</h2>
            <ul class="shared-quiz__list">{items}</ul>
        }
    });
    let has_right = !shared.right.is_empty();

    view! {
        <section class="quiz-score stack narrow">
            <SharedBanner what="quiz score" label=shared.label.clone()/>
            <p class="eyebrow">{eyebrow}</p>
            <h1 tabindex="-1" class="quiz-score__heading">{shared.score.label()}</h1>
            <p class="lead quiz-score__verdict">{shared.verdict.headline()}</p>
            <p class="muted">{format!("Taken on {}.", shared.day.long())}</p>
            <p>{yours}</p>
            <p class="actions">
                <a class="button button--primary" href=Route::Quiz.href()>"Take the quiz yourself"</a>
            </p>
            <Show when=move || has_right>
                <h2>"Answered rightly"</h2>
            </Show>
            <ul class="shared-quiz__list">{right}</ul>
            {missed}
            {shared.missed.is_none().then(|| view! {
                <p class="muted">
                    "Which questions were missed is not shown: the attempt was a retry of a few questions, or "
                    "the quiz has changed since it was taken."
                </p>
            })}
        </section>
    }
}

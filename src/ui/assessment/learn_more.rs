//! "Learn more in the quiz": the quiz questions behind the pillars the answers showed weak or unknown,
//! each as a question to try, headed by its own topic and never with its answer or explanation.

use culture_core::assessment::QuizPointer;
use culture_core::route::Route;
use leptos::prelude::*;

use crate::ui::section::section;

/// The cards and the way to the quiz; nothing when the answers point to no question.
#[component]
pub fn LearnMore(
    pointers: Vec<QuizPointer>,
    /// "you", or the name on a shared result.
    #[prop(into)]
    who: String,
) -> impl IntoView {
    if pointers.is_empty() {
        return None;
    }
    let cards = pointers
        .into_iter()
        .map(|pointer| {
            view! {
                <li class="card stack learn__card">
                    <h3 class="learn__topic">{pointer.title()}</h3>
                    <p class="muted learn__why">{pointer.reason(&who)}</p>
                    <p class="learn__prompt">{pointer.question.prompt()}</p>
                </li>
            }
        })
        .collect_view();
    Some(view! {
        {section("learn-heading", "Learn more in the quiz", "stack no-print", view! {
            <p class="muted">"Questions to try: the quiz shows each answer and why once you have answered."</p>
            <ul class="learn">{cards}</ul>
            <p class="actions">
                <a class="button" href=Route::Quiz.href()>"Take the quiz"</a>
            </p>
        })}
    })
}

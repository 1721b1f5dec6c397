//! One question: "Question N of M", the options as a radio group, "Check answer", then the pick and
//! the right answer marked in words on the options, and in a live region the verdict, why a wrong pick
//! is wrong, the right answer and the explanation folded, with "Next question". The number keys pick
//! (1 up to the number of options), Enter checks the answer or moves on. "Start over" asks first.

use culture_core::content::quiz::{Question, QuizOption, PILLAR_MAPPING};
use culture_core::quiz::{Feedback, KeyAction};
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::Quiz;
use crate::browser::{focus, keyboard};
use crate::ui::confirm::{ConfirmStartOver, StartOverButton};
use crate::ui::heading_text::heading_text;

/// Where focus goes once the answer shows.
const NEXT_BUTTON: &str = "#quiz-next";
/// What "Next question" follows: the verdict and the explanation, shown together with it.
const FEEDBACK: &str = ".quiz-feedback";
/// The question's heading, which also names its group of options.
const PROMPT_ID: &str = "quiz-prompt";
/// The control that asks before the attempt is dropped.
const START_OVER: &str = "quiz-start-over";

#[component]
pub(super) fn QuestionScreen(quiz: Quiz) -> impl IntoView {
    let attempt = quiz.attempt;
    // The question on screen: number, total and id. The prompt and options render again only when
    // this changes, so picking an option keeps focus where it is.
    let on_screen = Memo::new(move |_| {
        attempt.with(|attempt| {
            let current = attempt.as_ref()?.current()?;
            Some((current.number, current.total, current.question.id))
        })
    });
    let selected =
        Memo::new(move |_| attempt.with(|attempt| Some(attempt.as_ref()?.current()?.selected?.id)));
    let feedback = Memo::new(move |_| attempt.with(|attempt| attempt.as_ref()?.current()?.feedback));
    let sure = Memo::new(move |_| attempt.with(|attempt| attempt.as_ref()?.current().map(|step| step.sure)));
    let confirming_start_over = RwSignal::new(false);
    let discard = move || {
        attempt.with_untracked(|attempt| start_over_question(attempt.as_ref().map_or(0, |a| a.answered())))
    };
    let start_over = move || quiz.abandon();

    let keys = window_event_listener(leptos::ev::keydown, move |event: KeyboardEvent| {
        if keyboard::has_modifier(&event) {
            return;
        }
        let Some(action) = KeyAction::from_key(&event.key()) else {
            return;
        };
        // Enter on a button or link is that control's own click ("Next question", "Start over").
        if action == KeyAction::Enter && keyboard::on_a_control(&event) {
            return;
        }
        let answered_before = feedback.get_untracked().is_some();
        if quiz.change(|attempt| attempt.press(action)) {
            event.prevent_default();
            if action == KeyAction::Enter {
                moved(answered_before);
            }
        }
    });
    on_cleanup(move || keys.remove());

    let check = move |_| {
        if quiz.change(|attempt| attempt.confirm()) {
            moved(false);
        }
    };
    let next = move |_| {
        if quiz.change(|attempt| attempt.next_question()) {
            moved(true);
        }
    };

    let question_view = move || {
        let (number, total, _) = on_screen.get()?;
        let (question, options) = attempt.with_untracked(|attempt| {
            let current = attempt.as_ref()?.current()?;
            Some((current.question, current.options.to_vec()))
        })?;
        let keys_hint = format!("Tip: press 1 to {} to pick an answer and Enter to check it.", options.len());
        let choices = options
            .into_iter()
            .enumerate()
            .map(|(position, option)| view! { <Choice quiz=quiz option=option position=position selected=selected feedback=feedback/> })
            .collect_view();
        Some(view! {
            <div class="quiz-question__progress">
                <p class="muted" id="quiz-progress-text">{format!("Question {number} of {total}")}</p>
                <progress class="progress" max=total value=number - 1 aria-labelledby="quiz-progress-text"></progress>
            </div>
            // The prompt names the group from outside it rather than as its legend: WebKit lays a
            // fieldset out too tall around a long legend until something restyles it, so the
            // controls below would jump on the first pick.
            <h1 tabindex="-1" id=PROMPT_ID class="quiz-question__prompt">{heading_text(question.prompt())}</h1>
            <fieldset class="choices quiz-question__choices" aria-labelledby=PROMPT_ID>
                {choices}
            </fieldset>
            <label class="checkbox">
                <input
                    type="checkbox"
                    prop:checked=move || sure.get().unwrap_or(false)
                    disabled=move || feedback.get().is_some()
                    on:change=move |event| {
                        quiz.change(|attempt| attempt.set_sure(event_target_checked(&event)));
                    }
                />
                " I'm sure of this answer"
            </label>
            <div class="quiz-feedback" role="status">
                {move || feedback.get().map(|feedback| view! { <FeedbackView feedback=feedback question=question/> })}
            </div>
            <div class="actions">
                {move || match feedback.get() {
                    None => view! {
                        <button
                            type="button"
                            class="button button--primary"
                            disabled=move || selected.get().is_none()
                            on:click=check
                        >
                            "Check answer"
                        </button>
                    }
                    .into_any(),
                    Some(_) => view! {
                        <button type="button" id="quiz-next" class="button button--primary" on:click=next>
                            {if number == total { "See your score" } else { "Next question" }}
                        </button>
                    }
                    .into_any(),
                }}
                <StartOverButton asking=confirming_start_over id=START_OVER/>
            </div>
            <ConfirmStartOver asking=confirming_start_over button_id=START_OVER question=discard on_go_ahead=start_over/>
            // Below the buttons: the tip must not push "Check answer" off a small screen.
            <p class="muted hint hint--keys">{keys_hint}</p>
        })
    };

    view! { <section class="quiz-question stack narrow">{question_view}</section> }
}

/// One option: a real radio with a visible label, its key, and once answered whether it was right.
#[component]
fn Choice(
    quiz: Quiz,
    option: &'static QuizOption,
    position: usize,
    selected: Memo<Option<&'static str>>,
    feedback: Memo<Option<Feedback>>,
) -> impl IntoView {
    let id = format!("quiz-option-{position}");
    let label_for = id.clone();
    let checked = move || {
        selected.get() == Some(option.id)
            || feedback.get().is_some_and(|feedback| feedback.picked.id == option.id)
    };
    let is_right = move || feedback.get().is_some_and(|feedback| feedback.right.id == option.id);
    let is_wrong_pick =
        move || feedback.get().is_some_and(|feedback| !feedback.was_right && feedback.picked.id == option.id);
    let is_right_pick =
        move || feedback.get().is_some_and(|feedback| feedback.was_right && feedback.picked.id == option.id);
    let mark = move || {
        if is_right_pick() {
            Some(
                view! { <span class="quiz-choice__mark quiz-choice__mark--right">"✓ Your answer, the right one"</span> },
            )
        } else if is_right() {
            Some(view! { <span class="quiz-choice__mark quiz-choice__mark--right">"✓ Right answer"</span> })
        } else if is_wrong_pick() {
            Some(view! { <span class="quiz-choice__mark quiz-choice__mark--wrong">"✗ Your answer"</span> })
        } else {
            None
        }
    };
    view! {
        <label
            class="choice quiz-choice"
            class:quiz-choice--right=is_right
            class:quiz-choice--wrong=is_wrong_pick
            for=label_for
        >
            <input
                type="radio"
                id=id
                name="quiz-option"
                value=option.id
                prop:checked=checked
                disabled=move || feedback.get().is_some()
                on:change=move |_| {
                    quiz.change(|attempt| attempt.select(option.id));
                }
            />
            <span class="quiz-choice__body">
                <span class="quiz-choice__text">{option.text()}</span>
                {mark}
            </span>
            <kbd class="choice__key" aria-hidden="true">{(position + 1).to_string()}</kbd>
        </label>
    }
}

/// Right or wrong in words and an icon; after a wrong pick, why it is wrong; the right answer; and
/// the explanation folded (with how the pillars map, on the question about them), so the verdict and
/// "Next question" fit on a phone's screen together.
#[component]
fn FeedbackView(feedback: Feedback, question: &'static Question) -> impl IntoView {
    let (icon, verdict, class) = if feedback.was_right {
        ("✓", "Right!", "quiz-feedback__verdict quiz-feedback__verdict--right")
    } else {
        ("✗", "Not quite.", "quiz-feedback__verdict quiz-feedback__verdict--wrong")
    };
    view! {
        <div class="quiz-feedback__body stack">
            <p class=class>
                <span class="quiz-feedback__icon" aria-hidden="true">{icon}</span>
                " "
                {verdict}
            </p>
            {feedback.why_wrong().map(|why_wrong| view! {
                <p class="quiz-feedback__why-wrong">"Why your answer is not right: " {why_wrong}</p>
            })}
            <p>"The right answer: " <strong>{feedback.right.text()}</strong></p>
            <details class="quiz-feedback__more">
                <summary>"The explanation"</summary>
                <div class="stack">
                    <p>{question.explanation()}</p>
                    {question.shows_pillar_mapping.then(|| view! { <p class="quiz-pillar-mapping">{PILLAR_MAPPING}</p> })}
                </div>
            </details>
        </div>
    }
}

/// After a move: the next question starts at the top with its heading focused; a shown answer is
/// scrolled into view with "Next question" focused below it, so a phone shows both.
fn moved(went_on: bool) {
    if went_on {
        focus::new_screen("main h1");
    } else {
        focus::revealing(NEXT_BUTTON, FEEDBACK);
    }
}

/// What "Start over" would drop, in words.
fn start_over_question(answered: usize) -> String {
    match answered {
        0 => "Leave this attempt and go back to the start?".to_owned(),
        1 => "Discard your 1 answer in this attempt and go back to the start?".to_owned(),
        n => format!("Discard your {n} answers in this attempt and go back to the start?"),
    }
}

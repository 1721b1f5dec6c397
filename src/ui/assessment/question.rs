//! One statement: its pillar, the progress so far, the answer scale as a radio group, and the
//! controls to move around. Keys 1–5 answer along the scale and 0 answers "Don't know".

use crate::browser::{focus, keyboard};
use culture_core::assessment::Answer;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

use super::choices::Choices;
use super::Assessment;
use crate::ui::confirm::Confirm;
use crate::ui::heading_text::heading_text;

#[component]
pub(super) fn StatementScreen(assessment: Assessment) -> impl IntoView {
    let progress = assessment.progress;
    let statement = Memo::new(move |_| progress.with(|p| p.current_statement()));
    let index = Memo::new(move |_| progress.with(|p| p.current_index()));
    let total = progress.with_untracked(|p| p.total());
    let chosen = Memo::new(move |_| progress.with(|p| p.current_answer()));
    // The person's part of the company, when it usually cannot see the statement on screen.
    let unseen = move || progress.with(|p| p.role().filter(|_| p.current_is_unseen()));
    // Set by `Choices`: an arrow key only moves the choice; a click, Space or a number key moves on.
    let arrowing = StoredValue::new(false);
    let (confirm_restart, set_confirm_restart) = signal(false);

    let choose = move |answer: Answer, advance: bool| {
        let (current, finishes, next) = progress.with_untracked(|p| {
            let next = p.answer(answer);
            (p.current_index(), p.finishes_with(&next), next)
        });
        if !advance {
            assessment.commit(next.jump(current));
        } else if finishes {
            // The answer that completes the set leads to the results; the overview is one step away.
            assessment.commit(next);
            assessment.finish();
        } else {
            assessment.commit(next);
        }
    };

    let keys = window_event_listener(leptos::ev::keydown, move |event: KeyboardEvent| {
        if keyboard::has_modifier(&event) || keyboard::typing_in_a_field(&event) {
            return;
        }
        if let Some(answer) = Answer::from_key(&event.key()) {
            event.prevent_default();
            choose(answer, true);
        }
    });
    on_cleanup(move || keys.remove());

    // Rebuilt for every statement: a radio the person clicked stays checked in the DOM, and reusing it
    // would show the previous statement's answer on an unanswered one.
    let options = move || {
        index.track();
        Answer::ALL
            .into_iter()
            .map(|answer| {
                let id = format!("answer-{}", answer.key());
                view! {
                    <label class="choice" for=id.clone()>
                        <input
                            type="radio"
                            id=id.clone()
                            name="answer"
                            prop:checked=move || chosen.get() == Some(answer)
                            on:change=move |_| choose(answer, !arrowing.get_value())
                        />
                        <span>{answer.label()}</span>
                        <kbd class="choice__key" aria-hidden="true">{answer.key().to_string()}</kbd>
                    </label>
                }
            })
            .collect_view()
    };

    view! {
        <section class="assessment stack narrow" aria-labelledby="statement-text">
            <div class="assessment__progress">
                <p class="muted">
                    {move || format!("Statement {} of {total}", index.get() + 1)}
                    " · "
                    {move || progress.with(|p| format!("{} answered", p.answered_count()))}
                </p>
                <progress
                    class="progress"
                    max=total
                    prop:value=move || index.get()
                    aria-label="Progress through the statements"
                ></progress>
            </div>
            <p class="eyebrow">
                {move || statement.get().map(|s| s.pillar().name).unwrap_or_default()}
            </p>
            <h1 id="statement-text" tabindex="-1" class="statement">
                {move || statement.get().map(|s| heading_text(s.text))}
            </h1>
            {move || unseen().map(|role| view! {
                <p class="callout unseen">
                    {format!(
                        "People in {} often cannot see this from where they sit. \u{201c}{}\u{201d} is a fine answer here.",
                        role.name_in_sentence(),
                        Answer::DontKnow.label()
                    )}
                </p>
            })}
            <Choices legend="How far do you agree with this statement?" arrowing=arrowing>
                {options}
            </Choices>
            <p class="muted hint hint--keys">{keys_hint()}</p>
            <div class="actions">
                <button
                    type="button"
                    class="button"
                    on:click=move |_| assessment.commit(progress.with_untracked(|p| p.back()))
                >
                    "Back"
                </button>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| assessment.commit(progress.with_untracked(|p| p.next()))
                >
                    {move || if index.get() + 1 >= total { "Review and finish" } else { "Next" }}
                </button>
                <button
                    type="button"
                    class="button button--quiet"
                    on:click=move |_| assessment.commit(progress.with_untracked(|p| p.jump(p.total())))
                >
                    "Overview"
                </button>
                <button
                    type="button"
                    id="start-over-button"
                    class="button button--quiet"
                    on:click=move |_| set_confirm_restart.set(true)
                >
                    "Start over"
                </button>
            </div>
            <Show when=move || confirm_restart.get()>
                <Confirm
                    label="Start over"
                    question=progress.with_untracked(|p| format!(
                        "Discard your {} answers and start again from the first statement?",
                        p.answered_count()
                    ))
                    go_ahead="Yes, start over"
                    keep="Keep my answers"
                    on_go_ahead=move || {
                        set_confirm_restart.set(false);
                        assessment.commit(progress.with_untracked(|p| p.start_over()));
                        focus::new_screen("main h1");
                    }
                    on_keep=move || set_confirm_restart.set(false)
                    asked_by="#start-over-button"
                />
            </Show>
        </section>
    }
}

/// The keyboard tip, from the keys the answers really have.
fn keys_hint() -> String {
    let scale = Answer::SCALE;
    let (first, last) = (scale[0].key(), scale[scale.len() - 1].key());
    format!(
        "Tip: press {first} to {last} to answer, {} for \"{}\".",
        Answer::DontKnow.key(),
        Answer::DontKnow.label()
    )
}

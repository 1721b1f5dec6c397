//! One statement: its pillar, the progress so far, the answer scale as a radio group, and the
//! controls to move around. Keys 1–5 answer along the scale and 0 answers "Don't know".

use crate::browser::{focus, keyboard};
use culture_core::assessment::{Answer, AssessmentProgress};
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;
use std::time::Duration;

use super::choices::Choices;
use super::Assessment;
use crate::ui::confirm::{ConfirmStartOver, StartOverButton};
use crate::ui::heading_text::heading_text;

/// The button that asks before the answers are dropped.
const START_OVER: &str = "start-over-button";

/// How long a tapped answer shows as saved before the next statement: long enough to be seen, short
/// enough not to be waited for.
const SHOW_SAVED: Duration = Duration::from_millis(350);

/// How an answer was chosen, which decides whether the assessment moves on and how.
#[derive(Clone, Copy)]
enum ChosenBy {
    /// An arrow key moves through the options: the answer is kept, the statement stays.
    Arrow,
    /// A number key: the next statement at once, as fast as the person types.
    Key,
    /// A click, a tap or Space: the row shows as saved, then the next statement.
    Tap,
}

/// A tapped answer's move to the next statement, made once its row has shown as saved.
struct MovingOn {
    handle: TimeoutHandle,
    /// The progress before the answer, which tells whether the answer completed the set.
    before: AssessmentProgress,
    /// The progress at the next statement.
    next: AssessmentProgress,
    /// The progress while the answer shows as saved: the move is made only from here.
    shown: AssessmentProgress,
}

/// Before a new choice, a tap still showing as saved either moves on (a number key answers the next
/// statement) or gives way (another tap or an arrow changes the answer it gave).
fn settle_tapped_unless(
    by: ChosenBy,
    settle_tapped: impl Fn(),
    moving_on: StoredValue<Option<MovingOn>, LocalStorage>,
) {
    match by {
        ChosenBy::Key => settle_tapped(),
        ChosenBy::Arrow | ChosenBy::Tap => {
            if let Some(waiting) = moving_on.try_update_value(Option::take).flatten() {
                waiting.handle.clear();
            }
        }
    }
}

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
    let confirming_start_over = RwSignal::new(false);
    let discard = move || {
        progress.with_untracked(|p| {
            format!("Discard your {} answers and start again from the first statement?", p.answered_count())
        })
    };
    let start_over = move || {
        assessment.commit(progress.with_untracked(|p| p.start_over()));
        focus::new_screen("main h1");
    };

    // The answer just tapped and the statement it answers, shown as saved on its row until the next
    // statement replaces it.
    let saved = RwSignal::new(None::<(usize, Answer)>);
    // The tapped answer's move to the next statement, waiting while its row shows as saved.
    let moving_on = StoredValue::new_local(None::<MovingOn>);

    // Moves on from the statement `before` answered: to the next one, or to the results when the
    // answer completed the set.
    let move_on = move |before: &AssessmentProgress, next: AssessmentProgress| {
        let finishes = before.finishes_with(&next);
        assessment.commit(next);
        if finishes {
            // The answer that completes the set leads to the results; the overview is one step away.
            assessment.finish();
        }
    };
    // A tap still showing as saved moves on now, for a number key pressed meanwhile answers the next
    // statement; a tap the person has since moved away from (Back, Overview) stays where it was.
    let settle_tapped = move || {
        if let Some(waiting) = moving_on.try_update_value(Option::take).flatten() {
            waiting.handle.clear();
            if progress.with_untracked(|p| *p == waiting.shown) {
                move_on(&waiting.before, waiting.next);
            }
        }
    };
    let choose = move |answer: Answer, by: ChosenBy| {
        settle_tapped_unless(by, settle_tapped, moving_on);
        let before = progress.get_untracked();
        let next = before.answer(answer);
        match by {
            ChosenBy::Arrow => assessment.commit(next.jump(before.current_index())),
            ChosenBy::Key => move_on(&before, next),
            ChosenBy::Tap => {
                // Saved at once and shown as saved once storage took it; the next statement follows a
                // moment later.
                let index = before.current_index();
                let asked = next.jump(index);
                let stored = assessment.commit_saved(asked.clone());
                let shown = stored.clone().unwrap_or(asked);
                if stored.is_some() {
                    saved.set(Some((index, answer)));
                }
                if let Ok(handle) = set_timeout_with_handle(settle_tapped, SHOW_SAVED) {
                    moving_on.set_value(Some(MovingOn { handle, before, next, shown }));
                } else {
                    move_on(&before, next);
                }
            }
        }
    };
    on_cleanup(move || {
        if let Some(waiting) = moving_on.try_update_value(Option::take).flatten() {
            waiting.handle.clear();
        }
    });

    let keys = window_event_listener(leptos::ev::keydown, move |event: KeyboardEvent| {
        if keyboard::has_modifier(&event) || keyboard::typing_in_a_field(&event) {
            return;
        }
        if let Some(answer) = Answer::from_key(&event.key()) {
            event.prevent_default();
            choose(answer, ChosenBy::Key);
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
                    <label class="choice" class:choice--saved=move || saved.get() == Some((index.get(), answer)) for=id.clone()>
                        <input
                            type="radio"
                            id=id.clone()
                            name="answer"
                            prop:checked=move || chosen.get() == Some(answer)
                            on:change=move |_| {
                                choose(answer, if arrowing.get_value() { ChosenBy::Arrow } else { ChosenBy::Tap })
                            }
                        />
                        <span>{answer.label()}</span>
                        // Shown by the row's saved style only, so the radio's name stays the answer alone.
                        <span class="choice__saved" aria-hidden="true">"\u{2713} Saved"</span>
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
                {move || statement.get().map(|s| heading_text(s.text()))}
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
                <StartOverButton asking=confirming_start_over id=START_OVER/>
            </div>
            <ConfirmStartOver asking=confirming_start_over button_id=START_OVER question=discard on_go_ahead=start_over/>
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

//! `#/assessment/results`: the newest completed assessment, with the change since the one before.

use culture_core::assessment::{Answers, AssessmentProgress, History, HistoryEntry};
use culture_core::link::{decode, encode, SharedResult};
use culture_core::route::Route;
use culture_core::shared_result::assessment_link;
use leptos::prelude::*;

use super::result_view::{overall_since, LastTime, ResultDetails, StageHeading};
use crate::browser::{focus, location, print, session};
use crate::ui::reveal::{Reveal, RevealPanel};
use crate::ui::share_panel::{LabelField, SharePanel};
use crate::ui::stored::Store;

#[component]
pub fn ResultsPage() -> impl IntoView {
    let history = Store::use_context().load::<History>();
    let Some(latest) = history.latest().cloned() else {
        return view! {
            <section class="stack narrow">
                <h1 tabindex="-1">"No results yet"</h1>
                <p>"Results appear here once you finish the assessment. Your answers are saved as you go."</p>
                <p class="actions">
                    <a class="button button--primary" href=Route::Assessment.href()>"Take the assessment"</a>
                </p>
            </section>
        }
        .into_any();
    };
    let result = latest.result();
    let label = RwSignal::new(String::new());
    let shared_entry = latest.clone();
    let share_url = Signal::derive(move || result_url(&shared_entry, &label.get()));
    // Answers in progress elsewhere take the place of changing or retaking this result.
    let in_progress = Store::use_context().peek::<AssessmentProgress>().answered_count() > 0;
    let hand_back =
        session::invited_to().map(|session| view! { <HandBack session=session latest=latest.clone()/> });
    let last_time = LastTime::before(&history, &latest);
    let completed = history.when(&latest);

    // The share panel waits, folded, right under the first screen until "Share" asks for it.
    let sharing = RwSignal::new(false);

    view! {
        <article class="results stack">
            <StageHeading result=result.clone() since=last_time.as_ref().map(|last| overall_since(last, &result))>
                <button
                    type="button"
                    class="button button--primary"
                    aria-expanded=move || sharing.get().to_string()
                    aria-controls="share-place"
                    on:click=move |_| {
                        sharing.set(true);
                        focus::after_render("#share-heading");
                    }
                >
                    // Short enough to sit beside the score on a phone; the name says what is shared.
                    "Share"
                    <span class="visually-hidden">" this result"</span>
                </button>
            </StageHeading>
            {hand_back}
            <div id="share-place" hidden=move || !sharing.get()>
                <SharePanel
                    url=share_url
                    share_title="My Culture Check result"
                    reveals="Anyone with this link can see these answers, statement by statement, with the date and \
                             the name you add. Nothing is stored on a server: the result travels inside the link itself."
                    label=LabelField {
                        value: label,
                        label: "Your name or team (optional)",
                        hint: "Shown with the result to whoever opens the link",
                    }
                />
            </div>
            {opened_result_comparison()}
            <ResultDetails result=result last_time=last_time/>
            <p class="muted">
                {format!("Assessment completed on {completed}.")}
                {latest.role.map(|role| format!(" Part of the company: {}.", role.name_in_sentence()))}
            </p>
            <div class="actions no-print">
                {(!in_progress).then(|| view! { <ChangeAnswers latest=latest.clone()/> })}
                <button type="button" class="button" on:click=|_| print::print_page()>"Print this report"</button>
                <a class="button button--quiet" href=Route::History(None).href()>"See your history"</a>
            </div>
            <Retake last_answers=latest.answers.clone() in_progress=in_progress/>
        </article>
    }
    .into_any()
}

/// The full address of the link to `entry`, carrying `label` if it is not empty.
fn result_url(entry: &HistoryEntry, label: &str) -> String {
    let link = assessment_link(entry, Some(label));
    location::absolute_url(&Route::SharedResult(encode(&SharedResult::Assessment(link))))
}

/// For a result taken from a team session's invite: the one way back to it, at the top. Unnamed
/// unless the person adds a name.
#[component]
fn HandBack(session: String, latest: HistoryEntry) -> impl IntoView {
    let name = RwSignal::new(String::new());
    let url = Signal::derive(move || result_url(&latest, &name.get()));
    view! {
        <SharePanel
            url=url
            id="hand-back"
            heading=format!("Hand your result back to “{session}”")
            share_title="My Culture Check result"
            reveals="Show this QR code to whoever runs the session, or send them the link. It carries your \
              answers and the date, and your name only if you add it."
            link_label="Your result link"
            qr_name="QR code of your result link"
            label=LabelField {
                value: name,
                label: "Your name (optional)",
                hint: "Leave it empty to stay anonymous in the team view",
            }
        />
    }
}

/// "Change your answers": this result's answers back at the assessment's overview, where finishing
/// files them in this result's place. Offered only while no other answers are in progress (the
/// "Continue the assessment" link below leads to those).
#[component]
fn ChangeAnswers(latest: HistoryEntry) -> impl IntoView {
    let store = Store::use_context();
    view! {
            <button
                type="button"
                class="button"
                on:click=move |_| open_assessment_with(&AssessmentProgress::amending(&latest), store)
            >
                "Change your answers"
            </button>
    }
}

/// "Take it again": asks whether to start from last time's answers, changing only what has moved, or
/// from a blank page. With answers already in progress it simply leads back to them.
#[component]
fn Retake(last_answers: Answers, in_progress: bool) -> impl IntoView {
    let store = Store::use_context();
    if in_progress {
        return view! {
            <p class="actions no-print">
                <a class="button" href=Route::Assessment.href()>"Continue the assessment"</a>
            </p>
        }
        .into_any();
    }
    let asking = Reveal::new("retake-button", Some("#retake-heading"));
    let from_last_time = AssessmentProgress::starting_from(&last_answers);
    let start = move |progress: &AssessmentProgress| open_assessment_with(progress, store);
    view! {
        <RevealPanel reveal=asking label="Take it again" line_class="actions no-print">
            <div class="retake callout stack no-print" role="group" aria-labelledby="retake-heading">
                <h2 id="retake-heading" tabindex="-1">"Take it again"</h2>
                <p>
                    "Start from your answers of last time and change only what has moved, or start from a blank \
                     page. Either way, this result stays in your history."
                </p>
                <p class="actions">
                    {
                        let from_last_time = from_last_time.clone();
                        view! {
                            <button type="button" class="button button--primary" on:click=move |_| start(&from_last_time)>
                                "Start from last time's answers"
                            </button>
                        }
                    }
                    <button type="button" class="button" on:click=move |_| start(&AssessmentProgress::new())>
                        "Start from a blank page"
                    </button>
                    <button type="button" class="button button--quiet" on:click=move |_| asking.close()>
                        "Cancel"
                    </button>
                </p>
            </div>
        </RevealPanel>
    }
    .into_any()
}

/// Opens the assessment with `progress` in place of none.
fn open_assessment_with(progress: &AssessmentProgress, store: Store) {
    // If storage will not take it, the assessment screen works from the copy kept in memory.
    let _ = store.save_or_tell(progress);
    location::go_to(&Route::Assessment);
}

/// When this tab opened someone's result and then took the assessment ("Take it yourself"), the way
/// back to that result, which compares it with this one.
fn opened_result_comparison() -> Option<impl IntoView> {
    let payload = session::opened_result()?;
    let Ok(SharedResult::Assessment(link)) = decode(&payload) else {
        return None;
    };
    let whose = link.label.map_or_else(|| "the shared result".to_owned(), |label| format!("“{label}”"));
    Some(view! {
        <p class="callout no-print">
            {format!("You took this after opening {whose}. ")}
            <a href=Route::SharedResult(payload).href()>"Compare the two results"</a>
        </p>
    })
}

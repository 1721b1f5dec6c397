//! The score: "N of M" with the verdict, the record, a review of every question, and the ways on. After
//! a retry of the missed questions it leads with the score across the whole quiz now ("Now 6 of 10").

use culture_core::content::quiz::PILLAR_MAPPING;
use culture_core::link::{encode, SharedResult};
use culture_core::quiz::{QuizKind, QuizResult, ReviewItem, Score};
use culture_core::route::Route;
use culture_core::shared_result::quiz_link;
use leptos::prelude::*;

use super::summary::RecordLine;
use super::Quiz;
use crate::browser::{clock, location};
use crate::ui::heading_text::heading_text;
use crate::ui::share_panel::{LabelField, SharePanel};

#[component]
pub(super) fn ScoreScreen(quiz: Quiz) -> impl IntoView {
    let result = quiz.attempt.with_untracked(|attempt| attempt.as_ref().and_then(|attempt| attempt.result()));
    let Some(result) = result else {
        // A finished attempt always has a result; should that ever fail, offer a fresh start.
        return view! {
            <section class="quiz-score stack narrow">
                <h1 tabindex="-1">"Your score could not be shown"</h1>
                <p>"Something went wrong with this attempt. You can start the quiz again."</p>
                <p class="actions">
                    <button type="button" class="button button--primary" on:click=move |_| quiz.start_full()>
                        "Start again"
                    </button>
                </p>
            </section>
        }
        .into_any();
    };
    let QuizResult { kind, score, verdict, review } = result.clone();
    let missed = result.missed().len();
    let confident_mistakes = result.confident_mistakes();
    let sure_but_wrong = (!confident_mistakes.is_empty()).then(|| {
        let count = confident_mistakes.len();
        let answers = if count == 1 { "answer" } else { "answers" };
        let items = confident_mistakes
            .into_iter()
            .map(|question| view! { <li>{question.prompt()}</li> })
            .collect_view();
        view! {
            <section class="quiz-score__sure card stack" aria-labelledby="quiz-sure-heading">
                <h2 id="quiz-sure-heading">"Sure, but wrong"</h2>
                <p>
                    {format!("You were sure of {count} {answers} that turned out wrong. A confident mistake is \
                              the one most worth rereading in the review below:")}
                </p>
                <ul>{items}</ul>
            </section>
        }
    });
    // A retry's own score covers a few questions; the score across the quiz is the one that counts.
    let standing = (kind == QuizKind::RetryMissed)
        .then(|| quiz.record.with_untracked(|record| record.standing))
        .flatten();
    let (intro, heading, retry_line) = match standing {
        Some(now) => ("Your score across the quiz", format!("Now {}", now.label()), Some(retried(score))),
        None if kind == QuizKind::RetryMissed => {
            ("Your score on the questions you missed", score.label(), None)
        }
        None => ("Your score", score.label(), None),
    };
    let verdict = standing.map_or(verdict, |now| now.verdict());
    // Only a full attempt is worth sharing: a retry's score covers a few questions.
    let share = (kind == QuizKind::Full).then(|| {
        let label = RwSignal::new(String::new());
        let today = clock::today();
        let url = Signal::derive(move || {
            let link = quiz_link(&result, today, Some(&label.get()));
            location::absolute_url(&Route::SharedResult(encode(&SharedResult::Quiz(link))))
        });
        view! {
            <SharePanel
                url=url
                heading="Share your score"
                share_title="My Culture Check quiz score"
                reveals="Anyone with this link can see your score, which questions you got right, the date and the name \
                         you add. The result travels inside the link itself."
                label=LabelField {
                    value: label,
                    label: "Your name (optional)",
                    hint: "Shown with the score to whoever opens the link",
                }
            />
        }
    });
    let items = review.into_iter().map(|item| view! { <ReviewEntry item=item/> }).collect_view();

    view! {
        <section class="quiz-score stack narrow" aria-labelledby="quiz-score-heading">
            <p class="muted">{intro}</p>
            <h1 id="quiz-score-heading" tabindex="-1" class="quiz-score__heading">{heading}</h1>
            {retry_line.map(|line| view! { <p class="quiz-score__retry">{line}</p> })}
            <p class="lead quiz-score__verdict">{verdict.headline()}</p>
            <p>{verdict.message()}</p>
            <RecordLine record=quiz.record/>
            {sure_but_wrong}
            <div class="actions">
                {(missed > 0).then(|| view! {
                    <button type="button" class="button button--primary" on:click=move |_| quiz.start_retry()>
                        "Retry the ones I missed"
                    </button>
                })}
                <button type="button" class="button" on:click=move |_| quiz.start_full()>
                    "Start again"
                </button>
            </div>
            {share}
            <h2>"Review"</h2>
            <ol class="quiz-review">{items}</ol>
        </section>
    }
    .into_any()
}

/// One question in the review: the visitor's answer, right or wrong, why a wrong one is wrong, the
/// right one, the explanation.
#[component]
fn ReviewEntry(item: ReviewItem) -> impl IntoView {
    let right = item.was_right();
    view! {
        <li class="quiz-review__item card stack">
            <h3 class="quiz-review__prompt">{heading_text(item.question.prompt())}</h3>
            <p>
                {if right {
                    view! { <span class="badge badge--good">"✓ Right"</span> }.into_any()
                } else {
                    view! { <span class="badge badge--bad">"✗ Missed"</span> }.into_any()
                }}
                " Your answer: "
                {item.picked.text()}
            </p>
            {(item.sure && !right).then(|| view! { <p class="quiz-review__sure">"You were sure of this answer."</p> })}
            {item.why_wrong().map(|why_wrong| view! {
                <p class="quiz-review__why-wrong">"Why it is not right: " {why_wrong}</p>
            })}
            {(!right).then(|| view! { <p>"The right answer: " <strong>{item.right.text()}</strong></p> })}
            <p class="muted">{item.question.explanation()}</p>
            {item.question.shows_pillar_mapping.then(|| view! { <p class="muted quiz-pillar-mapping">{PILLAR_MAPPING}</p> })}
        </li>
    }
}

/// What a retry of the missed questions got right, in words ("3 of the 7 questions you had missed
/// were right this time.").
fn retried(score: Score) -> String {
    let Score { right, out_of } = score;
    match (right, out_of) {
        (1, 1) => "You got the question you had missed right this time.".to_owned(),
        (0, 1) => "The question you had missed is still to get right.".to_owned(),
        (right, out_of) if right == out_of => {
            format!("You got all {out_of} questions you had missed right this time.")
        }
        (0, out_of) => format!("None of the {out_of} questions you had missed was right this time."),
        (1, out_of) => format!("1 of the {out_of} questions you had missed was right this time."),
        (right, out_of) => format!("{right} of the {out_of} questions you had missed were right this time."),
    }
}

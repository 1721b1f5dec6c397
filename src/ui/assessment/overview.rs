//! The overview after the last statement (or on request): unanswered statements first, every
//! answer with a way to change it, and the button to see the results.

use culture_core::assessment::{AssessmentProgress, MIN_SCORED_ANSWERS};
use culture_core::content::assessment::{active_statements, PILLARS};
use culture_core::text::number_word;
use leptos::prelude::*;

use super::Assessment;
use crate::ui::heading_text::heading_text;

#[component]
pub(super) fn Overview(assessment: Assessment) -> impl IntoView {
    let progress = assessment.progress;
    let unanswered = Memo::new(move |_| progress.with(AssessmentProgress::unanswered));
    let jump = move |index: usize| assessment.commit(progress.with_untracked(|p| p.jump(index)));
    let open =
        move |index: usize| assessment.commit(progress.with_untracked(|p| p.open_from_overview(index)));

    let pillars = PILLARS
        .iter()
        .map(|pillar| {
            let rows = active_statements()
                .enumerate()
                .filter(|(_, statement)| statement.pillar_id == pillar.id)
                .map(|(index, statement)| {
                    let answer = move || {
                        progress
                            .with(|p| p.answers().get(statement.id))
                            .map_or("Not answered yet", |answer| answer.label())
                    };
                    overview_row(statement.text(), Some(answer), "Change", statement.text(), move || {
                        open(index)
                    })
                })
                .collect_view();
            view! {
                <section class="stack">
                    <h3>{heading_text(pillar.name)}</h3>
                    <ul class="overview__list">{rows}</ul>
                </section>
            }
        })
        .collect_view();

    view! {
        <section class="stack narrow">
            <h1 tabindex="-1">
                {move || if unanswered.with(Vec::is_empty) {
                    "All statements answered"
                } else {
                    "Review your answers"
                }}
            </h1>
            <Show when=move || !unanswered.with(Vec::is_empty)>
                <div class="card stack">
                    <h2>
                        {move || match unanswered.with(Vec::len) {
                            1 => "1 statement is still unanswered".to_owned(),
                            count => format!("{count} statements are still unanswered"),
                        }}
                    </h2>
                    <p class="muted">
                        {format!(
                            "You can finish without them, but pillars with fewer than {} answers on the scale \
                             get no score.",
                            number_word(MIN_SCORED_ANSWERS)
                        )}
                    </p>
                    <ul class="overview__list">
                        {move || {
                            unanswered
                                .get()
                                .into_iter()
                                .map(|(index, statement)| {
                                    overview_row(statement.text(), None::<&str>, "Answer", statement.text(), move || open(index))
                                })
                                .collect_view()
                        }}
                    </ul>
                </div>
            </Show>
            {progress.with_untracked(|p| p.amends().is_some()).then(|| view! {
                <p class="callout">
                    "You are changing the answers of your latest result. Seeing the results files them in its place."
                </p>
            })}
            <div class="actions">
                <button type="button" class="button button--primary" on:click=move |_| assessment.finish()>
                    "See my results"
                </button>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| jump(progress.with_untracked(|p| p.total().saturating_sub(1)))
                >
                    "Back to the last statement"
                </button>
            </div>
            <h2>"Your answers"</h2>
            {pillars}
            <section class="stack">
                <h3>"Before the statements"</h3>
                <ul class="overview__list">
                    {overview_row(
                        "Your part of the company (optional)",
                        Some(move || progress.with(|p| p.role()).map_or("Not given", |role| role.name())),
                        "Change",
                        "your part of the company",
                        move || assessment.commit(progress.with_untracked(|p| p.ask_role())),
                    )}
                </ul>
            </section>
        </section>
    }
}

/// One line of the overview: what was asked, the answer given (when the line shows one) and the
/// button that goes to it, named `action` and, for screen readers, what it acts on.
fn overview_row(
    text: &'static str,
    answer: Option<impl IntoView + 'static>,
    action: &'static str,
    names: &'static str,
    on_press: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <li class="overview__item">
            <span class="overview__text">{text}</span>
            {answer.map(|answer| view! { <span class="overview__answer">{answer}</span> })}
            <button
                type="button"
                class="button button--quiet"
                aria-label=format!("{action}: {names}")
                on:click=move |_| on_press()
            >
                {action}
            </button>
        </li>
    }
}

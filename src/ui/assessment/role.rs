//! The optional first question: which part of the company the person works in. Choosing goes on to
//! the statements; skipping costs one press; going back from the first statement returns here.

use culture_core::assessment::Role;
use leptos::prelude::*;

use super::choices::Choices;
use super::Assessment;

#[component]
pub(super) fn RoleQuestion(assessment: Assessment) -> impl IntoView {
    let progress = assessment.progress;
    let chosen = move || progress.with(|p| p.role());
    // As on the statements: arrow keys only move the choice (then Tab reaches "Next"); a click, or
    // Space on a choice not yet made, goes on.
    let arrowing = StoredValue::new(false);
    let choose = move |role: Role| {
        let next = progress.with_untracked(|p| {
            if arrowing.get_value() {
                p.with_role(Some(role))
            } else {
                p.choose_role(Some(role))
            }
        });
        assessment.commit(next);
    };
    let options = Role::ALL
        .into_iter()
        .map(|role| {
            let id = format!("role-{}", role.id());
            view! {
                <label class="choice" for=id.clone()>
                    <input
                        type="radio"
                        id=id.clone()
                        name="role"
                        prop:checked=move || chosen() == Some(role)
                        on:click=move |_| choose(role)
                    />
                    <span>{role.name()}</span>
                </label>
            }
        })
        .collect_view();

    view! {
        <section class="assessment stack narrow" aria-labelledby="role-question">
            <p class="eyebrow">"Before the statements · optional"</p>
            <h1 id="role-question" tabindex="-1" class="statement">
                "Which part of the company do you work in?"
            </h1>
            <p class="muted">
                "A team can then compare how each part of the company sees its culture, and statements \
                 that are hard to see from where you sit will say so. You can skip this."
            </p>
            <Choices legend="Your part of the company" arrowing=arrowing>
                {options}
            </Choices>
            <div class="actions">
                <button
                    type="button"
                    class="button button--primary"
                    data-replay="role-next"
                    on:click=move |_| assessment.commit(progress.with_untracked(|p| p.skip_role()))
                >
                    {move || if chosen().is_some() { "Next" } else { "Skip this question" }}
                </button>
                {move || chosen().map(|_| view! {
                    <button
                        type="button"
                        class="button button--quiet"
                        data-replay="role-unsaid"
                        on:click=move |_| assessment.commit(progress.with_untracked(|p| p.choose_role(None)))
                    >
                        "Go on without saying"
                    </button>
                })}
            </div>
        </section>
    }
}

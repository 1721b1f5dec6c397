//! Asking before something is lost, in place: the question, a button that goes ahead (focused as the
//! question appears, so Enter answers it) and one that keeps things as they are and puts the focus
//! back on the control that asked. Drawn in the danger tone, its go-ahead button filled, so a loss
//! never looks like an ordinary notice. The one way a screen confirms a loss in a line; "Forget
//! everything", which first lists all that would go, has a panel of its own (`ui::your_data`).

use leptos::prelude::*;

use crate::browser::focus;

#[component]
pub fn Confirm(
    /// What is being confirmed, naming the group for assistive technology ("Confirm deletion").
    label: &'static str,
    /// The question, in words that say what would be lost.
    #[prop(into)]
    question: String,
    /// The button that goes ahead ("Yes, delete it").
    go_ahead: &'static str,
    /// The button that keeps things as they are ("Keep it").
    keep: &'static str,
    on_go_ahead: impl Fn() + 'static,
    on_keep: impl Fn() + 'static,
    /// The control that asked, which the focus returns to when nothing is lost.
    #[prop(into)]
    asked_by: String,
) -> impl IntoView {
    // Found through the control that asked, which is unique on the page.
    focus::after_render(format!("[data-asked-by=\"{asked_by}\"] .button--danger"));
    let marker = asked_by.clone();
    view! {
        <div class="confirm callout callout--danger actions" role="group" aria-label=label data-asked-by=marker>
            <span>{question}</span>
            <button type="button" class="button button--danger" on:click=move |_| on_go_ahead()>
                {go_ahead}
            </button>
            <button
                type="button"
                class="button"
                on:click=move |_| {
                    on_keep();
                    focus::after_render(asked_by.clone());
                }
            >
                {keep}
            </button>
        </div>
    }
}

/// The quiet "Start over" button of a screen that asks first; [`ConfirmStartOver`] with the same
/// `id` asks, while `asking` is set.
#[component]
pub fn StartOverButton(asking: RwSignal<bool>, id: &'static str) -> impl IntoView {
    view! {
        <button type="button" id=id class="button button--quiet" on:click=move |_| asking.set(true)>
            "Start over"
        </button>
    }
}

/// "Start over", asked in place while `asking` is set: going ahead runs `on_go_ahead`, keeping puts
/// the focus back on the [`StartOverButton`] named `button_id`.
#[component]
pub fn ConfirmStartOver(
    asking: RwSignal<bool>,
    button_id: &'static str,
    /// The question, read as it is asked, saying how many answers would go.
    question: impl Fn() -> String + Copy + Send + Sync + 'static,
    on_go_ahead: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <Show when=move || asking.get()>
            <Confirm
                label="Start over"
                question=question()
                go_ahead="Yes, start over"
                keep="Keep my answers"
                on_go_ahead=move || {
                    asking.set(false);
                    on_go_ahead();
                }
                on_keep=move || asking.set(false)
                asked_by=format!("#{button_id}")
            />
        </Show>
    }
}

//! The radio group both of the assessment's questions use: large tappable rows that tell a deliberate
//! choice from arrow keys. Arrow keys move through a radio group and fire `change` on every step, so
//! the question only moves on for a click, a tap, Space or a number key.

use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

/// A radio group whose `arrowing` says, while an option's event runs, whether an arrow key chose it.
#[component]
pub(super) fn Choices(
    /// What the group asks, for screen readers (the question itself is the heading above).
    legend: &'static str,
    arrowing: StoredValue<bool>,
    children: Children,
) -> impl IntoView {
    view! {
        <fieldset
            class="choices"
            on:keydown=move |event: KeyboardEvent| arrowing.set_value(event.key().starts_with("Arrow"))
            on:pointerdown=move |_| arrowing.set_value(false)
        >
            <legend class="visually-hidden">{legend}</legend>
            {children()}
        </fieldset>
    }
}

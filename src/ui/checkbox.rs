//! A checkbox with its label beside it, bound to a signal. Never printed: a box on paper means
//! nothing.

use leptos::prelude::*;

#[component]
pub fn Checkbox(label: &'static str, checked: RwSignal<bool>) -> impl IntoView {
    view! {
        <label class="checkbox no-print">
            <input
                type="checkbox"
                prop:checked=move || checked.get()
                on:change=move |event| checked.set(event_target_checked(&event))
            />
            {label}
        </label>
    }
}

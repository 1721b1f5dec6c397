//! A labelled one-line text field with its hint, the one way the site asks for a line of text: names
//! (whose limit comes from the core, so the field, its hint and the core's cleaner always agree) and
//! a pasted link (no limit, no spell check). The team's box for many links is a text area of its own.

use leptos::prelude::*;

#[component]
pub fn TextField(
    /// The input's id, which the label and the hint point at.
    #[prop(into)]
    id: String,
    /// The field's visible label.
    #[prop(into)]
    label: String,
    /// One line under the field saying what the text is for; a limit is added after it.
    #[prop(into, optional)]
    hint: Option<String>,
    /// The most characters the field takes; none for pasted links, which the core checks instead.
    #[prop(optional)]
    max_chars: Option<usize>,
    value: RwSignal<String>,
    /// Marks the value as refused (`aria-invalid`), while a message elsewhere says why.
    #[prop(into, optional)]
    invalid: Signal<bool>,
    /// The id of a message about the value (a status or an error) that should be read with the field.
    #[prop(into, optional)]
    message_id: Option<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let hint_text = match (hint, max_chars) {
        (Some(hint), Some(max_chars)) => format!("{hint}; up to {max_chars} characters."),
        (None, Some(max_chars)) => format!("Up to {max_chars} characters."),
        (Some(hint), None) => hint,
        (None, None) => String::new(),
    };
    let described_by = match message_id {
        Some(message) => format!("{hint_id} {message}"),
        None => hint_id.clone(),
    };
    // Links are not words: no spell check to underline them.
    let spellcheck = max_chars.is_none().then_some("false");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="text"
                maxlength=max_chars.map(|max| max.to_string())
                spellcheck=spellcheck
                autocomplete="off"
                aria-describedby=described_by
                aria-invalid=move || invalid.get().then_some("true")
                prop:value=move || value.get()
                on:input=move |event| value.set(event_target_value(&event))
            />
            <p id=hint_id class="field__hint">{hint_text}</p>
        </div>
    }
}

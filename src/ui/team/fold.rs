//! A part of the team view that waits for a click: a button that unfolds it, and its place. The
//! parts (the ways to add people, the agenda, presenter mode, the downloads, the comparison with an
//! earlier session) are each cut into a wasm chunk of their own in release builds, fetched the first
//! time they are opened and shown with the screens' "Loading…" and "Try again"
//! (`ui::lazy::lazy_view`); each file defines its part's split point beside its component.

use leptos::prelude::*;

/// A button that unfolds a part below it, and folds it again. The part is built the first time it
/// is unfolded (`part`: a lazy part above) and kept while folded, so what was picked or typed in it
/// stays.
#[component]
pub(super) fn Fold<F>(
    /// The id of the part's place, which the button controls.
    id: &'static str,
    /// The button's words.
    label: &'static str,
    part: F,
) -> impl IntoView
where
    F: Fn() -> AnyView + Send + Sync + 'static,
{
    let built = RwSignal::new(false);
    let unfolded = RwSignal::new(false);
    let toggle = move |_| {
        // Set once: setting it again would build the part anew and lose what it holds.
        if !built.get_untracked() {
            built.set(true);
        }
        unfolded.update(|unfolded| *unfolded = !*unfolded);
    };
    view! {
        <p class="actions no-print">
            <button
                type="button"
                class="button part-toggle"
                aria-expanded=move || unfolded.get().to_string()
                aria-controls=id
                on:click=toggle
            >
                <span class="part-toggle__marker" aria-hidden="true"></span>
                {label}
            </button>
        </p>
        <div id=id class="stack part-body" hidden=move || !unfolded.get()>
            {move || built.get().then(|| untrack(&part))}
        </div>
    }
}

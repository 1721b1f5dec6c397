//! A button that opens a panel in its place and hands the focus over: into the panel as it opens,
//! back to the button when the panel is closed without acting on it. "Take it again" on the results,
//! "Forget everything…" on the data page and "Start a new team" in the team view open this way.

use leptos::prelude::*;

use crate::browser::focus;

/// Whether a revealed panel is open, and where the focus goes as it opens and closes.
#[derive(Clone, Copy)]
pub struct Reveal {
    open: RwSignal<bool>,
    /// The id of the button that opens the panel; the focus returns to it when the panel closes.
    opener: &'static str,
    /// What takes the focus as the panel opens (a CSS selector); `None` for a panel that takes it
    /// itself (a `Confirm`).
    focus_on: Option<&'static str>,
}

impl Reveal {
    pub fn new(opener: &'static str, focus_on: Option<&'static str>) -> Reveal {
        Reveal { open: RwSignal::new(false), opener, focus_on }
    }

    pub fn is_open(self) -> bool {
        self.open.get()
    }

    /// Opens the panel and moves the focus into it.
    pub fn open(self) {
        self.open.set(true);
        if let Some(selector) = self.focus_on {
            focus::after_render(selector);
        }
    }

    /// Closes the panel, nothing done, and gives the focus back to its button.
    pub fn close(self) {
        self.open.set(false);
        focus::after_render(format!("#{}", self.opener));
    }

    /// Closes the panel when what it did moves the focus elsewhere (or the panel returns it itself).
    pub fn dismiss(self) {
        self.open.set(false);
    }
}

/// The button, or in its place the panel (`children`) while `reveal` is open.
#[component]
pub fn RevealPanel(
    reveal: Reveal,
    /// The button's words.
    label: &'static str,
    /// The button's classes.
    #[prop(default = "button")]
    class: &'static str,
    /// The classes of the line that holds the button.
    #[prop(default = "actions")]
    line_class: &'static str,
    /// What pressing the button does, when it is more than opening the panel (it calls
    /// [`Reveal::open`] itself when it should open).
    #[prop(optional)]
    on_press: Option<Callback<()>>,
    children: ChildrenFn,
) -> impl IntoView {
    let press = move |_| match on_press {
        Some(on_press) => on_press.run(()),
        None => reveal.open(),
    };
    view! {
        <Show
            when=move || reveal.is_open()
            fallback=move || view! {
                <p class=line_class>
                    <button type="button" id=reveal.opener class=class on:click=press>
                        {label}
                    </button>
                </p>
            }
        >
            {children()}
        </Show>
    }
}

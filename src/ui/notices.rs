//! Plain-words messages about things that went wrong out of sight (storage refused, saved data that
//! had to be repaired). Any screen can `tell` one; the layout shows them in a polite live region until
//! the person dismisses them.

use leptos::prelude::*;

/// The messages waiting to be read, shared through context.
#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Vec<String>>);

impl Notices {
    /// Creates the shared list and makes it available to every component below.
    pub fn provide() -> Notices {
        let notices = Notices(RwSignal::new(Vec::new()));
        provide_context(notices);
        notices
    }

    /// The shared list. Only components rendered inside [`crate::app::App`] may call this.
    pub fn use_context() -> Notices {
        expect_context::<Notices>()
    }

    /// Shows `message` once: telling the same thing twice does not stack it.
    pub fn tell(self, message: impl Into<String>) {
        let message = message.into();
        self.0.update(|messages| {
            if !messages.contains(&message) {
                messages.push(message);
            }
        });
    }

    /// The messages waiting to be read, oldest first.
    pub fn messages(self) -> Vec<String> {
        self.0.get_untracked()
    }

    fn dismiss(self, index: usize) {
        self.0.update(|messages| {
            if index < messages.len() {
                messages.remove(index);
            }
        });
    }
}

/// The live region listing the current notices, each with its own dismiss button.
#[component]
pub fn NoticeList() -> impl IntoView {
    let notices = Notices::use_context();
    view! {
        <div class="notices" role="status" aria-live="polite">
            {move || {
                notices
                    .0
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(index, message)| {
                        view! {
                            <div class="notice">
                                <p>{message}</p>
                                <button
                                    type="button"
                                    class="button button--quiet"
                                    on:click=move |_| notices.dismiss(index)
                                >
                                    "Dismiss"
                                </button>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}

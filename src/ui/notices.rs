//! Plain-words messages about things that went wrong out of sight (storage refused, saved data that
//! had to be repaired). Any screen can `tell` one; the layout shows them in a polite live region until
//! the person dismisses them, in the warning tone: each is about something that went wrong.

use leptos::prelude::*;

/// One message waiting to be read. Its id stays the same while it shows, so dismissing one never
/// dismisses another that moved into its place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub id: u32,
    pub message: String,
    /// Whether the notice offers "Download your data": when something could not be kept, so the
    /// person can keep a copy themselves.
    pub offers_download: bool,
}

/// The messages waiting to be read, and the id the next one gets.
#[derive(Clone, Debug, Default)]
struct Told {
    notices: Vec<Notice>,
    next_id: u32,
}

/// The messages waiting to be read, shared through context.
#[derive(Clone, Copy)]
pub struct Notices(RwSignal<Told>);

impl Notices {
    /// Creates the shared list and makes it available to every component below.
    pub fn provide() -> Notices {
        let notices = Notices(RwSignal::new(Told::default()));
        provide_context(notices);
        notices
    }

    /// The shared list. Only components rendered inside [`crate::app::App`] may call this.
    pub fn use_context() -> Notices {
        expect_context::<Notices>()
    }

    /// Shows `message` once: telling the same thing twice does not stack it.
    pub fn tell(self, message: impl Into<String>) {
        self.add(message.into(), false);
    }

    /// Shows `message` once with a "Download your data" button beside it: for anything that could not
    /// be saved or had to be set aside.
    pub fn tell_offering_download(self, message: impl Into<String>) {
        self.add(message.into(), true);
    }

    fn add(self, message: String, offers_download: bool) {
        self.0.update(|told| {
            if !told.notices.iter().any(|notice| notice.message == message) {
                told.notices.push(Notice { id: told.next_id, message, offers_download });
                told.next_id += 1;
            }
        });
    }

    /// The messages waiting to be read, oldest first.
    pub fn messages(self) -> Vec<String> {
        self.0.with_untracked(|told| told.notices.iter().map(|notice| notice.message.clone()).collect())
    }

    fn list(self) -> Vec<Notice> {
        self.0.with(|told| told.notices.clone())
    }

    fn dismiss(self, id: u32) {
        self.0.update(|told| told.notices.retain(|notice| notice.id != id));
    }
}

/// The live region listing the current notices, each with its own dismiss button; `download` saves
/// the visitor's data (the notices about something not kept offer it).
#[component]
pub fn NoticeList(download: Callback<()>) -> impl IntoView {
    let notices = Notices::use_context();
    view! {
        <div class="notices" role="status" aria-live="polite">
            <For
                each=move || notices.list()
                key=|notice| notice.id
                let(Notice { id, message, offers_download })
            >
                <div class="notice callout callout--warning">
                    <p>{message}</p>
                    {offers_download
                        .then(|| {
                            view! {
                                <button type="button" class="button" on:click=move |_| download.run(())>
                                    "Download your data"
                                </button>
                            }
                        })}
                    <button type="button" class="button button--quiet" on:click=move |_| notices.dismiss(id)>
                        "Dismiss"
                    </button>
                </div>
            </For>
        </div>
    }
}

//! Sharing controls for a result or a team: an optional name to carry in the link, the link in a
//! read-only field, Copy link (with a fallback that selects the text where the clipboard is refused),
//! the system share sheet where there is one, and a QR code drawn as SVG.

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{clipboard, web_share};
use crate::ui::text_field::TextField;
use culture_core::link::MAX_LABEL_CHARS;

/// What the last press of "Copy link" achieved, announced in a live region.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CopyState {
    Idle,
    Copied,
    SelectInstead,
}

/// A text field whose value the link carries as its label (a person's or a team's name).
#[derive(Clone, Copy)]
pub struct LabelField {
    pub value: RwSignal<String>,
    /// The field's visible label.
    pub label: &'static str,
    /// One line under the field saying who sees it (the field adds the limit).
    pub hint: &'static str,
}

#[component]
pub fn SharePanel(
    /// The full URL to share; it follows the label field.
    url: Signal<String>,
    /// The share sheet's title ("My Culture Check result").
    share_title: &'static str,
    /// What the link reveals, in one sentence.
    reveals: &'static str,
    #[prop(into, default = "Share this result".into())] heading: Signal<String>,
    #[prop(optional)] label: Option<LabelField>,
    /// Prefix for the panel's element ids; only needed when a page shows two panels.
    #[prop(default = "share")]
    id: &'static str,
    /// The QR code's accessible name.
    #[prop(default = "QR code of the share link")]
    qr_name: &'static str,
    /// The link field's label.
    #[prop(default = "Share link")]
    link_label: &'static str,
    /// A QR code large enough to scan from across a room (an invite on a shared screen).
    #[prop(optional)]
    large_qr: bool,
) -> impl IntoView {
    let (heading_id, link_id, label_id) =
        (format!("{id}-heading"), format!("{id}-link"), format!("{id}-label"));
    let labelled_by = heading_id.clone();
    let field = NodeRef::<Input>::new();
    let (copy_state, set_copy_state) = signal(CopyState::Idle);
    // A confirmation belongs to the link it copied: a new label makes a new link.
    Effect::new(move |_| {
        url.track();
        set_copy_state.set(CopyState::Idle);
    });

    let copy = move |_| {
        let url = url.get_untracked();
        spawn_local(async move {
            match clipboard::copy_text(&url).await {
                Ok(()) => set_copy_state.set(CopyState::Copied),
                Err(clipboard::CopyRefused) => {
                    if let Some(input) = field.get_untracked() {
                        let _ = input.focus();
                        input.select();
                    }
                    set_copy_state.set(CopyState::SelectInstead);
                }
            }
        });
    };
    let share_button = web_share::is_available().then(|| {
        view! {
            <button
                type="button"
                class="button"
                on:click=move |_| {
                    let url = url.get_untracked();
                    spawn_local(async move {
                        web_share::share(share_title, "", &url).await;
                    });
                }
            >
                "Share"
            </button>
        }
    });
    let label_field = label.map(|label| {
        view! {
            <TextField
                id=label_id.clone()
                label=label.label
                hint=label.hint
                max_chars=MAX_LABEL_CHARS
                value=label.value
            />
        }
    });
    // A link too long for any QR code (a large named team) simply gets none.
    let qr = move || {
        culture_core::qr::draw(&url.get()).map(|drawing| {
            let view_box = format!("0 0 {0} {0}", drawing.size);
            view! {
                <figure class="share__qr" class:share__qr--large=large_qr>
                    <svg viewBox=view_box role="img" aria-label=qr_name>
                        <rect class="share__qr-light" width="100%" height="100%"/>
                        <path class="share__qr-dark" d=drawing.path/>
                    </svg>
                    <figcaption class="muted">"Scan to open the link on a phone."</figcaption>
                </figure>
            }
        })
    };

    view! {
        <section class="share card stack no-print" aria-labelledby=labelled_by>
            // Focusable so "Share this result" at the top of a result can move here.
            <h2 id=heading_id tabindex="-1">{heading}</h2>
            <p class="muted">{reveals}</p>
            {label_field}
            <div class="field">
                <label for=link_id.clone()>{link_label}</label>
                <input
                    id=link_id
                    type="text"
                    readonly
                    node_ref=field
                    prop:value=move || url.get()
                    on:focus=move |_| {
                        if let Some(input) = field.get_untracked() {
                            input.select();
                        }
                    }
                />
            </div>
            <div class="actions">
                <button type="button" class="button button--primary" on:click=copy>
                    "Copy link"
                </button>
                {share_button}
                <p class="share__status" role="status">
                    {move || match copy_state.get() {
                        CopyState::Idle => "",
                        CopyState::Copied => "Link copied.",
                        CopyState::SelectInstead => {
                            "This browser did not allow copying. The link is selected: press Ctrl+C (or ⌘C) to copy it."
                        }
                    }}
                </p>
            </div>
            {qr}
        </section>
    }
}

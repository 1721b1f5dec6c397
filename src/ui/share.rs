//! Sharing controls for a result: the link in a read-only field, Copy link (with a fallback that
//! selects the text where the clipboard is refused), the system share sheet where there is one, and a
//! QR code drawn as SVG.

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::{clipboard, share};

/// What the last press of "Copy link" achieved, announced in a live region.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CopyState {
    Idle,
    Copied,
    SelectInstead,
}

#[component]
pub fn SharePanel(
    /// The full URL to share.
    url: String,
    /// The share sheet's title ("My Culture Check result").
    share_title: String,
    /// What the link reveals, in one sentence.
    reveals: &'static str,
) -> impl IntoView {
    let field = NodeRef::<Input>::new();
    let (copy_state, set_copy_state) = signal(CopyState::Idle);
    let qr = culture_core::qr::draw(&url);

    let copy = {
        let url = url.clone();
        move |_| {
            let url = url.clone();
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
        }
    };
    let share_button = share::is_available().then(|| {
        let url = url.clone();
        let title = share_title.clone();
        view! {
            <button
                type="button"
                class="button"
                on:click=move |_| {
                    let (url, title) = (url.clone(), title.clone());
                    spawn_local(async move {
                        share::share(&title, "", &url).await;
                    });
                }
            >
                "Share"
            </button>
        }
    });

    view! {
        <section class="share card stack" aria-labelledby="share-heading">
            <h2 id="share-heading">"Share this result"</h2>
            <p class="muted">{reveals}</p>
            <div class="field">
                <label for="share-link">"Share link"</label>
                <input
                    id="share-link"
                    type="text"
                    readonly
                    node_ref=field
                    prop:value=url.clone()
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
            {qr.map(|drawing| {
                let view_box = format!("0 0 {0} {0}", drawing.size);
                view! {
                    <figure class="share__qr">
                        <svg viewBox=view_box role="img" aria-label="QR code of the share link">
                            <rect class="share__qr-light" width="100%" height="100%"/>
                            <path class="share__qr-dark" d=drawing.path/>
                        </svg>
                        <figcaption class="muted">"Scan to open the link on a phone."</figcaption>
                    </figure>
                }
            })}
        </section>
    }
}

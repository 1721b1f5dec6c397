//! Scanning the QR codes people hold up, with the laptop's or phone's camera: each result read joins
//! the team at once (through the same path as a paste), and the same code held up twice is read once.
//! Frames are read by the browser's barcode detector where it has one, else by the QR reader in its
//! worker, started when the first frame is read; a frame that fails is skipped and said so.

use culture_core::qr::{QrReadError, FRAME_PIXELS, FRAME_TIME_LIMIT_MS};
use leptos::html::Video;
use leptos::prelude::*;
use std::time::Duration;

use super::codes::read_codes;
use crate::browser::camera::{Camera, CameraProblem};
use crate::browser::{clock, focus};

/// How often a frame is read: often enough to feel immediate, rarely enough to keep a phone cool.
const EVERY: Duration = Duration::from_millis(300);

#[component]
pub(super) fn CameraScan(
    /// Adds what a code held, as pasted text; returns how many people it added.
    add: Callback<String, usize>,
) -> impl IntoView {
    let video = NodeRef::<Video>::new();
    let scanning = RwSignal::new(false);
    let problem = RwSignal::new(None::<CameraProblem>);
    let added = RwSignal::new(0_usize);
    // Why a recent frame was skipped, and since when it is said (QrReadError::frame_notice).
    let skipped = RwSignal::new(None::<(QrReadError, f64)>);
    let camera = StoredValue::new_local(None::<Camera>);
    let ticker = StoredValue::new_local(None::<IntervalHandle>);
    let seen = StoredValue::new_local(Vec::<String>::new());
    let busy = StoredValue::new_local(false);

    let stop = move || {
        if let Some(handle) = ticker.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        if let Some(running) = camera.try_update_value(Option::take).flatten() {
            running.stop();
        }
        scanning.set(false);
    };
    let read_frame = move || {
        if busy.get_value() {
            return;
        }
        let Some(frame) = camera.with_value(|camera| camera.as_ref().and_then(Camera::frame)) else {
            return;
        };
        busy.set_value(true);
        leptos::task::spawn_local(async move {
            let read = read_codes(&frame, FRAME_PIXELS, FRAME_TIME_LIMIT_MS).await;
            let notice = QrReadError::frame_notice(
                skipped.get_untracked(),
                read.as_ref().err().copied(),
                clock::millis(),
            );
            if skipped.get_untracked() != notice {
                skipped.set(notice);
            }
            for text in read.unwrap_or_default() {
                if seen.with_value(|seen| seen.contains(&text)) {
                    continue;
                }
                seen.update_value(|seen| seen.push(text.clone()));
                added.update(|count| *count += add.run(text));
            }
            busy.set_value(false);
        });
    };
    let start = move |_| {
        problem.set(None);
        skipped.set(None);
        added.set(0);
        scanning.set(true);
        leptos::task::spawn_local(async move {
            // The video element is drawn once `scanning` is on.
            let Some(element) = video.get_untracked() else { return };
            match Camera::start(element).await {
                Ok(running) => {
                    camera.set_value(Some(running));
                    ticker.set_value(set_interval_with_handle(read_frame, EVERY).ok());
                    focus::after_render("#scan-stop");
                }
                Err(refused) => {
                    stop();
                    problem.set(Some(refused));
                }
            }
        });
    };
    on_cleanup(stop);

    view! {
        <div class="scan stack no-print">
            <Show
                when=move || scanning.get()
                fallback=move || view! {
                    <p class="actions">
                        <button type="button" class="button" on:click=start>"Scan QR codes with the camera"</button>
                    </p>
                }
            >
                <video class="scan__video" node_ref=video playsinline="" aria-label="Camera view"></video>
                <p class="actions">
                    <button type="button" id="scan-stop" class="button" on:click=move |_| stop()>"Stop scanning"</button>
                </p>
            </Show>
            <p role="status" class="muted">
                {move || match (problem.get(), scanning.get(), added.get()) {
                    (None, true, _) if skipped.get().is_some() => {
                        skipped.get().and_then(|(error, _)| error.frame_message()).unwrap_or_default().to_owned()
                    }
                    (Some(problem), _, _) => problem.message().to_owned(),
                    (None, true, 0) => "Hold a result's QR code up to the camera.".to_owned(),
                    (None, _, 1) => "1 person added by the camera.".to_owned(),
                    (None, _, count) if count > 1 => format!("{count} people added by the camera."),
                    _ => String::new(),
                }}
            </p>
        </div>
    }
}

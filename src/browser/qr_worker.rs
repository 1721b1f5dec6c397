//! The QR reader in a thread of its own: a Web Worker running `src/bin/qr_reader.rs` in a wasm
//! instance of its own, so that reading a picture never holds the page. A picture is handed over as
//! a `VideoFrame` or an `ImageBitmap` (moved, not copied); the answer is the texts found or an error. A read that takes
//! longer than its limit, or that crashes the reader, ends that worker: the next read starts a fresh
//! one, so one bad picture never stops the next.
//!
//! ```no_run
//! use culture_check::browser::{picture::Picture, qr_worker};
//! use culture_core::qr::{QrReadError, FRAME_PIXELS, FRAME_TIME_LIMIT_MS};
//!
//! async fn codes_in(picture: &Picture) -> Result<Vec<String>, QrReadError> {
//!     qr_worker::read(picture, FRAME_PIXELS, FRAME_TIME_LIMIT_MS).await
//! }
//! ```

use std::cell::RefCell;

use culture_core::qr::QrReadError;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::picture::Picture;

/// The worker's start-up script, written by Trunk beside index.html (`data-loader-shim`).
const WORKER_SCRIPT: &str = "./qr_reader_loader.js";

/// How long a new worker may take to load its wasm and say it is ready.
const START_LIMIT_MS: i32 = 15_000;

thread_local! {
    /// Workers that answered their last picture, ready for the next; a read in progress holds its own.
    static IDLE: RefCell<Vec<web_sys::Worker>> = const { RefCell::new(Vec::new()) };
}

/// The texts of the QR codes in `picture`, scaled to at most `max_pixels`, read in a worker within
/// `time_limit_ms`. None found is [`QrReadError::NoCode`].
pub async fn read(
    picture: &Picture,
    max_pixels: usize,
    time_limit_ms: u32,
) -> Result<Vec<String>, QrReadError> {
    let worker = match IDLE.with(|idle| idle.borrow_mut().pop()) {
        Some(worker) => worker,
        None => start().await.ok_or(QrReadError::Failed)?,
    };
    // Taken once the worker is ready, so that a camera's frame is never held longer than needed.
    let Some(handed) = picture.transferable(max_pixels).await else {
        IDLE.with(|idle| idle.borrow_mut().push(worker));
        return Err(QrReadError::BadImage);
    };
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"picture".into(), &handed);
    let _ = js_sys::Reflect::set(&message, &"maxPixels".into(), &JsValue::from_f64(max_pixels as f64));
    let limit = i32::try_from(time_limit_ms).unwrap_or(i32::MAX);
    let answer = ask(&worker, &message, &js_sys::Array::of1(&handed), limit).await;
    let read = answer.as_ref().map_or_else(|error| Err(*error), read_answer);
    match answer {
        Ok(_) => IDLE.with(|idle| idle.borrow_mut().push(worker)),
        // Slow, crashed or unloadable: this worker is done; the next read starts another.
        Err(_) => worker.terminate(),
    }
    read
}

/// What a worker's answer says: `{ texts: [...] }` or `{ error: name }`.
fn read_answer(answer: &JsValue) -> Result<Vec<String>, QrReadError> {
    let texts = js_sys::Reflect::get(answer, &"texts".into()).unwrap_or(JsValue::UNDEFINED);
    if texts.is_undefined() {
        let name = js_sys::Reflect::get(answer, &"error".into()).ok().and_then(|name| name.as_string());
        return Err(name.as_deref().and_then(QrReadError::from_name).unwrap_or(QrReadError::Failed));
    }
    let texts: Vec<String> =
        texts.unchecked_into::<js_sys::Array>().iter().filter_map(|text| text.as_string()).collect();
    if texts.is_empty() {
        Err(QrReadError::NoCode)
    } else {
        Ok(texts)
    }
}

/// A new worker, once it has loaded and said it is ready; `None` if it cannot start.
async fn start() -> Option<web_sys::Worker> {
    let worker = web_sys::Worker::new(WORKER_SCRIPT).ok()?;
    match ask(&worker, &JsValue::UNDEFINED, &js_sys::Array::new(), START_LIMIT_MS).await {
        Ok(ready) if ready.as_string().as_deref() == Some("ready") => Some(worker),
        _ => {
            worker.terminate();
            None
        }
    }
}

/// Posts `message` (unless undefined) to `worker`, handing over `transfer`, and waits for its next
/// message: `Failed` on its error event, `TooSlow` after `limit_ms`.
async fn ask(
    worker: &web_sys::Worker,
    message: &JsValue,
    transfer: &js_sys::Array,
    limit_ms: i32,
) -> Result<JsValue, QrReadError> {
    let mut timer = None;
    let answered = js_sys::Promise::new(&mut |resolve, _reject| {
        // Each settles the promise; whichever comes second does nothing.
        let settle = |outcome: fn(JsValue) -> JsValue| {
            let resolve = resolve.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |value: JsValue| {
                let _ = resolve.call1(&JsValue::NULL, &outcome(value));
            })
            .into_js_value()
        };
        let on_message = settle(|event| {
            let data = event.unchecked_into::<web_sys::MessageEvent>().data();
            answer_with("answer", &data)
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        let on_error = settle(|_| answer_with("failed", &JsValue::TRUE));
        worker.set_onerror(Some(on_error.unchecked_ref()));
        worker.set_onmessageerror(Some(on_error.unchecked_ref()));
        let on_time = settle(|_| answer_with("slow", &JsValue::TRUE));
        timer = web_sys::window().and_then(|window| {
            window
                .set_timeout_with_callback_and_timeout_and_arguments_0(on_time.unchecked_ref(), limit_ms)
                .ok()
        });
    });
    if !message.is_undefined() && worker.post_message_with_transfer(message, transfer).is_err() {
        return Err(QrReadError::BadImage);
    }
    let outcome = JsFuture::from(answered).await.unwrap_or(JsValue::UNDEFINED);
    if let (Some(window), Some(timer)) = (web_sys::window(), timer) {
        window.clear_timeout_with_handle(timer);
    }
    worker.set_onmessage(None);
    worker.set_onerror(None);
    worker.set_onmessageerror(None);
    let field = |key: &str| js_sys::Reflect::get(&outcome, &key.into()).unwrap_or(JsValue::UNDEFINED);
    if !field("slow").is_undefined() {
        Err(QrReadError::TooSlow)
    } else if field("failed").is_undefined() {
        Ok(field("answer"))
    } else {
        Err(QrReadError::Failed)
    }
}

fn answer_with(key: &str, value: &JsValue) -> JsValue {
    let answer = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&answer, &key.into(), value);
    answer.into()
}

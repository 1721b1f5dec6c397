//! The QR reader's own program, run in a Web Worker with a wasm instance of its own
//! (`src/browser/qr_worker.rs` starts it): it reads the pictures the page sends and answers with the
//! texts found or the name of an error, so that no picture, however slow or hostile, holds the page.
//! It links only the core's QR reading, not the app: index.html builds it with Trunk
//! (`data-type="worker"`), as `qr_reader_loader.js` and the files it loads.
//!
//! Protocol: once ready it posts `"ready"`. Each message after is `{ bitmap: ImageBitmap }` (handed
//! over, not copied); each answer is `{ texts: [string] }` or `{ error: name }`
//! (`culture_core::qr::QrReadError::name`). A panic aborts the instance: the page sees the worker's
//! `error` event, ends it and starts a fresh one.

#[cfg(target_arch = "wasm32")]
fn main() {
    worker::listen();
}

// Natively (the workspace's tests and lints) there is no worker to run in.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}

#[cfg(target_arch = "wasm32")]
mod worker {
    use culture_core::qr::{read_rgba, QrReadError};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    /// Answers every picture the page sends, and tells the page it is ready.
    pub fn listen() {
        let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
        let answering = scope.clone();
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
                let answer = match read(&event.data()) {
                    Ok(texts) => {
                        answer_with("texts", &texts.iter().map(JsValue::from).collect::<js_sys::Array>())
                    }
                    Err(error) => answer_with("error", &error.name().into()),
                };
                let _ = answering.post_message(&answer);
            });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The handler lives as long as the worker does.
        on_message.forget();
        let _ = scope.post_message(&"ready".into());
    }

    fn answer_with(key: &str, value: &JsValue) -> JsValue {
        let answer = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&answer, &key.into(), value);
        answer.into()
    }

    /// The texts of the QR codes in the picture a message carries.
    fn read(message: &JsValue) -> Result<Vec<String>, QrReadError> {
        let bitmap: web_sys::ImageBitmap = js_sys::Reflect::get(message, &"bitmap".into())
            .ok()
            .and_then(|bitmap| bitmap.dyn_into().ok())
            .ok_or(QrReadError::BadImage)?;
        let (width, height) = (bitmap.width(), bitmap.height());
        let rgba = pixels(&bitmap).ok_or(QrReadError::BadImage);
        bitmap.close();
        read_rgba(width as usize, height as usize, &rgba?)
    }

    /// The bitmap's pixels, four bytes each, drawn on a canvas of the worker's own.
    fn pixels(bitmap: &web_sys::ImageBitmap) -> Option<Vec<u8>> {
        let canvas = web_sys::OffscreenCanvas::new(bitmap.width(), bitmap.height()).ok()?;
        let context: web_sys::OffscreenCanvasRenderingContext2d =
            canvas.get_context("2d").ok()??.dyn_into().ok()?;
        context.draw_image_with_image_bitmap(bitmap, 0.0, 0.0).ok()?;
        let (width, height) = (f64::from(bitmap.width()), f64::from(bitmap.height()));
        Some(context.get_image_data(0.0, 0.0, width, height).ok()?.data().0)
    }
}

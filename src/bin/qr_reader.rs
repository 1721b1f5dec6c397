//! The QR reader's own program, run in a Web Worker with a wasm instance of its own
//! (`src/browser/qr_worker.rs` starts it): it reads the pictures the page sends and answers with the
//! texts found or the name of an error, so that no picture, however slow or hostile, holds the page.
//! It links only the core's QR reading, not the app: index.html builds it with Trunk
//! (`data-type="worker"`), as `qr_reader_loader.js` and the files it loads.
//!
//! Protocol: once ready it posts `"ready"`. Each message after is `{ picture, maxPixels }`, the
//! picture a `VideoFrame` or an `ImageBitmap` handed over (not copied), read scaled down to at most
//! `maxPixels`; each answer is `{ texts: [string] }` or `{ error: name }`
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
    use culture_core::qr::{read_rgba, size_within, QrReadError, MAX_READ_PIXELS};
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
        let field = |object: &JsValue, key: &str| {
            js_sys::Reflect::get(object, &key.into()).unwrap_or(JsValue::UNDEFINED)
        };
        let picture = field(message, "picture");
        let max_pixels = field(message, "maxPixels").as_f64().map_or(MAX_READ_PIXELS, |max| max as usize);
        // A `VideoFrame` gives its size as displayed; an `ImageBitmap` as it is.
        let size = |wide: &str, high: &str| {
            Some((field(&picture, wide).as_f64()? as u32, field(&picture, high).as_f64()? as u32))
        };
        let read = match size("displayWidth", "displayHeight").or_else(|| size("width", "height")) {
            Some((width, height)) => {
                let (width, height) = size_within(width, height, max_pixels.min(MAX_READ_PIXELS));
                pixels(&picture, width, height)
                    .ok_or(QrReadError::BadImage)
                    .and_then(|rgba| read_rgba(width as usize, height as usize, &rgba))
            }
            None => Err(QrReadError::BadImage),
        };
        // Both kinds hold memory (a camera's frame buffer) until closed.
        if let Ok(close) = field(&picture, "close").dyn_into::<js_sys::Function>() {
            let _ = close.call0(&picture);
        }
        read
    }

    /// The picture's pixels, four bytes each, drawn at `width` by `height` on a canvas of the
    /// worker's own. `drawImage` is called through `Reflect`: web-sys binds it for `VideoFrame`
    /// only behind its unstable-API flag.
    fn pixels(picture: &JsValue, width: u32, height: u32) -> Option<Vec<u8>> {
        let canvas = web_sys::OffscreenCanvas::new(width, height).ok()?;
        let context: web_sys::OffscreenCanvasRenderingContext2d =
            canvas.get_context("2d").ok()??.dyn_into().ok()?;
        let draw: js_sys::Function =
            js_sys::Reflect::get(&context, &"drawImage".into()).ok()?.dyn_into().ok()?;
        let arguments = js_sys::Array::of5(picture, &0.into(), &0.into(), &width.into(), &height.into());
        draw.apply(&context, &arguments).ok()?;
        Some(context.get_image_data(0.0, 0.0, f64::from(width), f64::from(height)).ok()?.data().0)
    }
}

//! The Web Share API: the system share sheet (`navigator.share`), offered only where the browser has one.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    // Bound by hand: web-sys only offers the Web Share API behind `web_sys_unstable_apis`.
    #[wasm_bindgen(js_namespace = navigator, js_name = share, catch)]
    fn navigator_share(data: &JsValue) -> Result<js_sys::Promise, JsValue>;
}

/// Whether this browser has a share sheet (most phones do; most desktop browsers do not).
pub fn is_available() -> bool {
    web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window.navigator(), &"share".into()).ok())
        .is_some_and(|share| share.is_function())
}

/// How a share ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareOutcome {
    Shared,
    /// The person closed the sheet, or the browser refused: nothing to report loudly.
    NotShared,
}

/// Opens the share sheet with a title, a line of text and a URL.
pub async fn share(title: &str, text: &str, url: &str) -> ShareOutcome {
    let data = js_sys::Object::new();
    for (key, value) in [("title", title), ("text", text), ("url", url)] {
        let _ = js_sys::Reflect::set(&data, &key.into(), &value.into());
    }
    match navigator_share(&data) {
        Ok(promise) => match JsFuture::from(promise).await {
            Ok(_) => ShareOutcome::Shared,
            Err(_) => ShareOutcome::NotShared,
        },
        Err(_) => ShareOutcome::NotShared,
    }
}

//! The clipboard, for "Copy link". Browsers may refuse (no secure context, permission denied, an old
//! browser without the API); the caller then selects the text so the person can copy it themselves.
//!
//! ```no_run
//! use culture_check::browser::clipboard;
//!
//! async fn copy_link(url: &str, select_the_field: impl Fn()) {
//!     if clipboard::copy_text(url).await.is_err() {
//!         select_the_field();
//!     }
//! }
//! ```

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    // Bound by hand: web-sys only offers the Clipboard API behind `web_sys_unstable_apis`.
    #[wasm_bindgen(js_namespace = ["navigator", "clipboard"], js_name = writeText, catch)]
    fn write_text(text: &str) -> Result<js_sys::Promise, JsValue>;
}

/// The clipboard refused the text, or the browser has no clipboard API.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CopyRefused;

/// Puts `text` on the clipboard.
pub async fn copy_text(text: &str) -> Result<(), CopyRefused> {
    let promise = write_text(text).map_err(|_| CopyRefused)?;
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| CopyRefused)
}

//! Files the person downloads or chooses: "Download your data" saves text as a file without any
//! server (a `Blob` behind a temporary object URL), "Add data from a file" reads the chosen file's
//! text, and the team view decodes the chosen pictures (screenshots or photos of QR codes). All fail as
//! values, never panics.
//!
//! ```no_run
//! use culture_check::browser::file::{self, FileProblem};
//!
//! fn keep_a_copy(text: &str) -> Result<(), FileProblem> {
//!     file::download("culture-check-2026-11-23.json", "application/json", text)
//! }
//!
//! // From an `<input type="file">` change event, at most a megabyte of it.
//! async fn add_from(event: &leptos::ev::Event) -> Result<String, FileProblem> {
//!     file::chosen_text(event, 1_000_000).await
//! }
//! ```

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::picture::Picture;

/// The browser would not save or read the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileProblem {
    /// The browser refused to make the download.
    DownloadRefused,
    /// No file was chosen (the dialog was cancelled).
    NoneChosen,
    /// The chosen file is larger than the caller accepts.
    TooLarge,
    /// The chosen file could not be read (removed, no permission, not text).
    Unreadable,
}

/// Offers `text` as a download named `name`, of the media type `mime` ("application/json").
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), FileProblem> {
    let url = object_url(mime, text)?;
    let link = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.create_element("a").ok())
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or(FileProblem::DownloadRefused);
    if let Ok(link) = &link {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // The click has handed the file to the browser; the URL is no longer needed.
    let _ = web_sys::Url::revoke_object_url(&url);
    link.map(|_| ())
}

/// A URL for `text` as a file of the media type `mime`, valid until revoked or the page goes: what a
/// download link points at.
pub fn object_url(mime: &str, text: &str) -> Result<String, FileProblem> {
    let refused = |_| FileProblem::DownloadRefused;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(refused)?;
    web_sys::Url::create_object_url_with_blob(&blob).map_err(refused)
}

/// The text of the file chosen in the `<input type="file">` whose `change` event this is, if it holds
/// at most `max_bytes` (checked before reading, so a huge file is never loaded).
pub async fn chosen_text(event: &leptos::ev::Event, max_bytes: usize) -> Result<String, FileProblem> {
    let file = chosen(event, max_bytes)?;
    let text = JsFuture::from(file.text()).await.map_err(|_| FileProblem::Unreadable)?;
    text.as_string().ok_or(FileProblem::Unreadable)
}

/// The file chosen in the `<input type="file">` whose `change` event this is, if it holds at most
/// `max_bytes`.
fn chosen(event: &leptos::ev::Event, max_bytes: usize) -> Result<web_sys::File, FileProblem> {
    let file = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| input.files())
        .and_then(|files| files.get(0))
        .ok_or(FileProblem::NoneChosen)?;
    if file.size() > max_bytes as f64 {
        return Err(FileProblem::TooLarge);
    }
    Ok(file)
}

/// Every picture chosen in the `<input type="file" multiple>` whose `change` event this is, in the
/// order chosen, each with its file name and either the decoded picture or why it could not be read
/// (larger than `max_bytes`, or not an image the browser decodes). None chosen gives an empty list.
pub async fn chosen_images(
    event: &leptos::ev::Event,
    max_bytes: usize,
) -> Vec<(String, Result<Picture, FileProblem>)> {
    let Some(files) = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
        .and_then(|input| input.files())
    else {
        return Vec::new();
    };
    let mut pictures = Vec::new();
    for index in 0..files.length() {
        let Some(file) = files.get(index) else { continue };
        let picture =
            if file.size() > max_bytes as f64 { Err(FileProblem::TooLarge) } else { decoded(&file).await };
        pictures.push((file.name(), picture));
    }
    pictures
}

/// `file` decoded by the browser as a picture.
async fn decoded(file: &web_sys::File) -> Result<Picture, FileProblem> {
    let unreadable = |_| FileProblem::Unreadable;
    let window = web_sys::window().ok_or(FileProblem::Unreadable)?;
    let decoding = window.create_image_bitmap_with_blob(file).map_err(unreadable)?;
    let bitmap = JsFuture::from(decoding).await.map_err(unreadable)?.unchecked_into();
    Ok(Picture::bitmap(bitmap))
}

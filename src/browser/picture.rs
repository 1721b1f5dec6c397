//! Pictures to read QR codes from: a decoded image file or a camera's current frame, handed as they
//! are to the browser's barcode detector (`super::barcode`), or handed over to the QR reader in its
//! worker (`super::qr_worker`): a camera's frame as a `VideoFrame`, else a bitmap scaled down to a
//! pixel budget.

use culture_core::qr::size_within;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A picture the browser holds: a decoded image, or a camera's video (read at its current frame).
pub struct Picture(Source);

enum Source {
    Bitmap(web_sys::ImageBitmap),
    Video(web_sys::HtmlVideoElement),
}

impl Picture {
    pub(super) fn bitmap(bitmap: web_sys::ImageBitmap) -> Picture {
        Picture(Source::Bitmap(bitmap))
    }

    pub(super) fn video(video: web_sys::HtmlVideoElement) -> Picture {
        Picture(Source::Video(video))
    }

    /// The picture as the browser's image APIs take it (an `ImageBitmapSource`).
    pub(super) fn source(&self) -> &JsValue {
        match &self.0 {
            Source::Bitmap(bitmap) => bitmap,
            Source::Video(video) => video,
        }
    }

    /// The picture as something to hand over to another thread (its `transfer` list), along with
    /// the most pixels it should be read at: a camera's current frame as a `VideoFrame` where the
    /// browser has them (no copy on the page's thread), else a bitmap copy, scaled down by the browser
    /// to at most `max_pixels`. `None` if the browser refuses or a video has no frame yet.
    pub async fn transferable(&self, max_pixels: usize) -> Option<JsValue> {
        if let Source::Video(video) = &self.0 {
            if let Some(frame) = video_frame(video) {
                return Some(frame);
            }
        }
        let window = web_sys::window()?;
        let (width, height) = match &self.0 {
            Source::Bitmap(bitmap) => (bitmap.width(), bitmap.height()),
            Source::Video(video) => (video.video_width(), video.video_height()),
        };
        let options = web_sys::ImageBitmapOptions::new();
        let (scaled_width, scaled_height) = size_within(width, height, max_pixels);
        if (scaled_width, scaled_height) != (width, height) {
            options.set_resize_width(scaled_width);
            options.set_resize_height(scaled_height);
            options.set_resize_quality(web_sys::ResizeQuality::High);
        }
        let making = match &self.0 {
            Source::Bitmap(bitmap) => {
                window.create_image_bitmap_with_image_bitmap_and_image_bitmap_options(bitmap, &options)
            }
            Source::Video(video) => {
                window.create_image_bitmap_with_html_video_element_and_image_bitmap_options(video, &options)
            }
        };
        JsFuture::from(making.ok()?).await.ok()
    }
}

/// The video's current frame as a WebCodecs `VideoFrame`, which refers to the frame rather than
/// copying its pixels; `None` where the browser has no `VideoFrame`. Bound through `Reflect`, as
/// web-sys offers WebCodecs only behind its unstable-API flag.
fn video_frame(video: &web_sys::HtmlVideoElement) -> Option<JsValue> {
    let class: js_sys::Function =
        js_sys::Reflect::get(&js_sys::global(), &"VideoFrame".into()).ok()?.dyn_into().ok()?;
    js_sys::Reflect::construct(&class, &js_sys::Array::of1(video)).ok()
}

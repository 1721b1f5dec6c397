//! Pictures to read QR codes from: a decoded image file or a camera's current frame, handed as they
//! are to the browser's barcode detector (`super::barcode`), or copied as a bitmap scaled down to a
//! pixel budget for the QR reader in its worker (`super::qr_worker`).

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

    /// A copy of the picture (a video at its current frame) as a bitmap of at most `max_pixels`,
    /// scaled down by the browser off the page's thread; `None` if the browser refuses or a video has
    /// no frame yet.
    pub async fn bitmap_within(&self, max_pixels: usize) -> Option<web_sys::ImageBitmap> {
        let window = web_sys::window()?;
        let (width, height) = match &self.0 {
            Source::Bitmap(bitmap) => (bitmap.width(), bitmap.height()),
            Source::Video(video) => (video.video_width(), video.video_height()),
        };
        let options = web_sys::ImageBitmapOptions::new();
        if let Some((width, height)) = scaled_within(width, height, max_pixels) {
            options.set_resize_width(width);
            options.set_resize_height(height);
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
        JsFuture::from(making.ok()?).await.ok()?.dyn_into().ok()
    }
}

/// The size a `width` by `height` picture is scaled to so as to hold at most `max_pixels`, in whole
/// pixels, at least one each way; `None` when it fits already (or has no size).
fn scaled_within(width: u32, height: u32, max_pixels: usize) -> Option<(u32, u32)> {
    let (width, height) = (f64::from(width), f64::from(height));
    let scale = (max_pixels as f64 / (width * height)).sqrt();
    if scale.is_nan() || scale >= 1.0 {
        return None;
    }
    Some(((width * scale).floor().max(1.0) as u32, (height * scale).floor().max(1.0) as u32))
}

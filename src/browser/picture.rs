//! Pictures to read QR codes from: a decoded image file or a camera's current frame, handed as they
//! are to the browser's barcode detector (`super::barcode`), or drawn on a canvas and scaled down to a
//! pixel budget as greyscale pixels for the QR reader in Rust.

use wasm_bindgen::{JsCast, JsValue};

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

    /// The picture in greyscale, scaled down to at most `max_pixels`; `None` if the browser refuses or
    /// a video has no frame yet.
    pub fn greyscale(&self, max_pixels: usize) -> Option<Greyscale> {
        match &self.0 {
            Source::Bitmap(bitmap) => greyscale(
                f64::from(bitmap.width()),
                f64::from(bitmap.height()),
                max_pixels,
                |context, width, height| {
                    context.draw_image_with_image_bitmap_and_dw_and_dh(bitmap, 0.0, 0.0, width, height)
                },
            ),
            Source::Video(video) => greyscale(
                f64::from(video.video_width()),
                f64::from(video.video_height()),
                max_pixels,
                |context, width, height| {
                    context.draw_image_with_html_video_element_and_dw_and_dh(video, 0.0, 0.0, width, height)
                },
            ),
        }
    }
}

/// A picture as greyscale pixels, one byte each, row by row.
pub struct Greyscale {
    pub width: usize,
    pub height: usize,
    pub luma: Vec<u8>,
}

/// Draws a `width` by `height` picture with `draw` (given the context and the size to draw at),
/// scaled down to at most `max_pixels`, and returns it in greyscale; `None` if the browser refuses.
fn greyscale(
    width: f64,
    height: f64,
    max_pixels: usize,
    draw: impl FnOnce(&web_sys::CanvasRenderingContext2d, f64, f64) -> Result<(), JsValue>,
) -> Option<Greyscale> {
    if width < 1.0 || height < 1.0 {
        return None;
    }
    let scale = (max_pixels as f64 / (width * height)).sqrt().min(1.0);
    // Whole pixels, at least one each way; the product stays within `max_pixels`.
    let (width, height) = ((width * scale).floor().max(1.0), (height * scale).floor().max(1.0));
    let canvas = web_sys::window()?
        .document()?
        .create_element("canvas")
        .ok()?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .ok()?;
    canvas.set_width(width as u32);
    canvas.set_height(height as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.unchecked_into();
    draw(&context, width, height).ok()?;
    let rgba = context.get_image_data(0.0, 0.0, width, height).ok()?.data();
    // Perceived brightness (ITU-R BT.601 weights), in whole numbers.
    let luma = rgba
        .chunks_exact(4)
        .map(|pixel| {
            let (r, g, b) = (u32::from(pixel[0]), u32::from(pixel[1]), u32::from(pixel[2]));
            u8::try_from((r * 299 + g * 587 + b * 114) / 1000).unwrap_or(u8::MAX)
        })
        .collect();
    Some(Greyscale { width: width as usize, height: height as usize, luma })
}

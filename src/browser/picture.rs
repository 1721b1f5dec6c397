//! Pictures as greyscale pixels, for reading QR codes: whatever can be drawn on a canvas (a decoded
//! image file, a camera's current frame), scaled down to a pixel budget.

use wasm_bindgen::{JsCast, JsValue};

/// A picture as greyscale pixels, one byte each, row by row.
pub struct Greyscale {
    pub width: usize,
    pub height: usize,
    pub luma: Vec<u8>,
}

/// Draws a `width` by `height` picture with `draw` (given the context and the size to draw at),
/// scaled down to at most `max_pixels`, and returns it in greyscale; `None` if the browser refuses.
pub fn greyscale(
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

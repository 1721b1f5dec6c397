//! QR codes for result links: drawn as one SVG path, and read back from an image (a camera frame, a
//! screenshot) in the team view. Encoding is qrcodegen's and reading is rqrr's (small, well-kept
//! crates); this module only turns modules into compact path data and pixels into link texts.

use qrcodegen::{QrCode, QrCodeEcc};

/// The quiet zone around the code, in modules, as the QR specification asks.
const QUIET_ZONE: i32 = 4;

/// A QR code ready to draw: an SVG `viewBox` of `0 0 size size` and the path of its dark modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrDrawing {
    pub size: i32,
    pub path: String,
}

/// Encodes `text` (a URL) with medium error correction, which survives a smudged screen or print.
/// Returns `None` only when the text is too long for any QR code (about 2,300 characters).
pub fn draw(text: &str) -> Option<QrDrawing> {
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let modules = code.size();
    let mut path = String::new();
    for y in 0..modules {
        let mut x = 0;
        while x < modules {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            // One rectangle per horizontal run of dark modules keeps the path short.
            let start = x;
            while x < modules && code.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            path.push_str(&format!("M{},{}h{run}v1h-{run}z", start + QUIET_ZONE, y + QUIET_ZONE));
        }
    }
    Some(QrDrawing { size: modules + 2 * QUIET_ZONE, path })
}

/// Why no text could be read from an image.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QrReadError {
    /// No QR code was found, or none could be decoded (blurred, cut off, too small).
    NoCode,
    /// The pixels do not make the image they claim to be, or the image is larger than is read.
    BadImage,
}

impl QrReadError {
    pub fn message(self) -> &'static str {
        match self {
            QrReadError::NoCode => {
                "No QR code could be read in this image. Make sure the whole code is in view, sharp and not                  too small, or paste the link instead."
            }
            QrReadError::BadImage => "This image could not be read. Try a screenshot or photo in PNG or JPEG.",
        }
    }
}

/// The largest image read, in pixels: the page scales larger photos down before reading them.
pub const MAX_READ_PIXELS: usize = 4_000_000;

/// The texts of every QR code that decodes in a greyscale image: `luma` holds one byte per pixel,
/// row by row, `width` pixels to a row.
pub fn read(width: usize, height: usize, luma: &[u8]) -> Result<Vec<String>, QrReadError> {
    let pixels = width.checked_mul(height).ok_or(QrReadError::BadImage)?;
    if pixels == 0 || pixels > MAX_READ_PIXELS || luma.len() != pixels {
        return Err(QrReadError::BadImage);
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| luma[y * width + x]);
    let texts: Vec<String> =
        image.detect_grids().iter().filter_map(|grid| grid.decode().ok()).map(|(_, text)| text).collect();
    if texts.is_empty() {
        Err(QrReadError::NoCode)
    } else {
        Ok(texts)
    }
}

/// One line of the report on several chosen pictures: the picture's file name and what reading it
/// found, so a person who chose five can tell which one to take again.
pub fn picture_outcome(name: &str, read: &Result<Vec<String>, QrReadError>) -> String {
    match read {
        Ok(texts) if texts.len() == 1 => format!("\u{201c}{name}\u{201d}: 1 QR code read."),
        Ok(texts) => format!("\u{201c}{name}\u{201d}: {} QR codes read.", texts.len()),
        Err(problem) => format!("\u{201c}{name}\u{201d}: {}", problem.message()),
    }
}

#[cfg(test)]
mod tests;

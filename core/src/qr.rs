//! QR codes for result links, drawn as one SVG path. Encoding is qrcodegen's (a small, well-kept
//! crate with no dependencies); this module only turns its modules into compact path data.

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

#[cfg(test)]
mod tests;

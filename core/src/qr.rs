//! QR codes for result links: drawn as one SVG path, and read back from a picture (a camera frame, a
//! screenshot, a photo) in the team view. Encoding is qrcodegen's and reading is rqrr's (small,
//! well-kept crates, rqrr patched: vendor/rqrr); this module turns modules into compact path data,
//! and pixels into link texts within a bound on the work, whatever the picture.

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

/// Why no text could be read from a picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QrReadError {
    /// No QR code was found, or none could be decoded (blurred, cut off, too small).
    NoCode,
    /// The pixels do not make the picture they claim to be, or the browser could not open it.
    BadImage,
    /// Reading took longer than [`READ_TIME_LIMIT_MS`] and was stopped.
    TooSlow,
    /// The reader stopped on the picture without an answer (it failed, or its code could not load).
    Failed,
}

impl QrReadError {
    pub fn message(self) -> &'static str {
        match self {
            QrReadError::NoCode => {
                "No QR code could be read in this picture. Make sure the whole code is in view, sharp and \
                 not too small, or paste the link instead."
            }
            QrReadError::BadImage => {
                "This picture could not be opened. Try a screenshot or photo in PNG or JPEG."
            }
            QrReadError::TooSlow => {
                "This picture took too long to read, so reading it was stopped. Try a picture in which the \
                 code is larger and sharp, or paste the link instead."
            }
            QrReadError::Failed => {
                "This picture could not be read: the reader stopped on it. Try another picture of the \
                 code, or paste the link instead."
            }
        }
    }

    /// What the camera view says of a frame that was not read: nothing when it simply held no code
    /// (the scan goes on quietly), else that the camera's picture could not be read.
    pub fn frame_message(self) -> Option<&'static str> {
        match self {
            QrReadError::NoCode | QrReadError::BadImage => None,
            QrReadError::TooSlow => Some(
                "The camera's last picture took too long to read and was skipped. Scanning goes on: hold \
                 the code closer and steady.",
            ),
            QrReadError::Failed => Some(
                "The camera's last picture could not be read and was skipped. Scanning goes on with the \
                 next one.",
            ),
        }
    }

    /// What the camera view tells of after one more frame, given what it tells of now (`shown`: an
    /// error and when it was first said, in ms) and how that frame went (`failed`, when it was
    /// skipped): a skipped frame is said at once; a quiet frame after it (read, or holding no code)
    /// clears it only once it has been said for [`FRAME_MESSAGE_SHOWN_MS`], so that the words stay
    /// long enough to read rather than flash until the next frame.
    pub fn frame_notice(
        shown: Option<(Self, f64)>,
        failed: Option<Self>,
        now_ms: f64,
    ) -> Option<(Self, f64)> {
        match (failed.filter(|error| error.frame_message().is_some()), shown) {
            (Some(error), _) => Some((error, now_ms)),
            (None, Some((error, since))) if now_ms - since < FRAME_MESSAGE_SHOWN_MS => Some((error, since)),
            (None, _) => None,
        }
    }

    /// The error a reader's answer names (see [`QrReadError::name`]); `None` for a name it never gives.
    pub fn from_name(name: &str) -> Option<QrReadError> {
        [QrReadError::NoCode, QrReadError::BadImage, QrReadError::TooSlow, QrReadError::Failed]
            .into_iter()
            .find(|error| error.name() == name)
    }

    /// A short, stable name for the error, as the reader in its own thread sends it back.
    pub fn name(self) -> &'static str {
        match self {
            QrReadError::NoCode => "no-code",
            QrReadError::BadImage => "bad-image",
            QrReadError::TooSlow => "too-slow",
            QrReadError::Failed => "failed",
        }
    }
}

/// How long one picture may take to read before it is stopped (the reader runs in a thread of its
/// own, which is then ended). Honest pictures take well under a second.
pub const READ_TIME_LIMIT_MS: u32 = 8_000;

/// How long one camera frame may take: frames come every few hundred milliseconds, and a frame that
/// is slow to read is better skipped for the next one.
/// How long the camera view keeps saying a frame was skipped once later frames read quietly.
pub const FRAME_MESSAGE_SHOWN_MS: f64 = 4_000.0;

pub const FRAME_TIME_LIMIT_MS: u32 = 3_000;

/// The largest picture read, in pixels: 16 megapixels, the largest canvas every browser draws. A
/// larger photo is drawn scaled down to it first.
pub const MAX_READ_PIXELS: usize = 4096 * 4096;

/// Camera frames are read smaller than a photo: a code held up to the camera fills much of it.
pub const FRAME_PIXELS: usize = 1_000_000;

/// The size a picture is first read at whole, in pixels. A larger picture that holds no code at
/// that size is then read at each finer scale, up to its own, in overlapping tiles of
/// [`TILE_PIXELS`], so a small code in a large photo is found too.
const PASS_PIXELS: usize = 1_000_000;
const TILE_PIXELS: usize = 2_000_000;

/// A bound on the work for one picture, in pixels read over every pass: a 16-megapixel photo read
/// whole and in tiles at each scale takes about 40 million. Reading it inverted (a light code on
/// dark) gets a quarter of that: light codes are seldom small in a large photo.
const MAX_WORK_PIXELS: usize = 48_000_000;

/// The most capstone-like squares (a QR code has three) one pass groups, and the most groups of three
/// it tests: a sheet of squares or noise otherwise keeps the reader busy for minutes.
const MAX_CAPSTONES: usize = 48;
const MAX_TRIALS: usize = 16;

/// The size a `width` by `height` picture is drawn at to hold at most `max_pixels`: scaled down
/// evenly, in whole pixels, at least one each way; as it is when it fits.
pub fn size_within(width: u32, height: u32, max_pixels: usize) -> (u32, u32) {
    let (wide, high) = (f64::from(width), f64::from(height));
    let scale = (max_pixels as f64 / (wide * high)).sqrt();
    if scale.is_nan() || scale >= 1.0 {
        return (width, height);
    }
    ((wide * scale).floor().max(1.0) as u32, (high * scale).floor().max(1.0) as u32)
}

/// The texts of every QR code that decodes in a greyscale picture: `luma` holds one byte per pixel,
/// row by row, `width` pixels to a row. Light codes on dark are read too.
pub fn read(width: usize, height: usize, luma: &[u8]) -> Result<Vec<String>, QrReadError> {
    let pixels = checked_pixels(width, height)?;
    if luma.len() != pixels {
        return Err(QrReadError::BadImage);
    }
    let inverted = std::iter::once_with(|| luma.iter().map(|value| 255 - value).collect());
    read_each_way(width, height, luma.to_vec(), inverted)
}

/// The texts of every QR code that decodes in a picture's `rgba` pixels (four bytes each, as a
/// canvas gives them). Transparent parts are read as white, and, when that finds nothing, as black
/// with the picture inverted, so dark codes and light codes on a transparent background both read.
pub fn read_rgba(width: usize, height: usize, rgba: &[u8]) -> Result<Vec<String>, QrReadError> {
    let pixels = checked_pixels(width, height)?;
    if pixels.checked_mul(4) != Some(rgba.len()) {
        return Err(QrReadError::BadImage);
    }
    let transparent = rgba.chunks_exact(4).any(|pixel| pixel[3] < u8::MAX);
    // Over black, a light code painted on transparency reads inverted, and a code whose light parts
    // alone are painted reads as it is.
    let inverted_over_black =
        std::iter::once_with(|| luma_over(rgba, 0).into_iter().map(|value| 255 - value).collect());
    let over_black = std::iter::once_with(|| luma_over(rgba, 0)).filter(move |_| transparent);
    read_each_way(width, height, luma_over(rgba, 255), inverted_over_black.chain(over_black))
}

fn checked_pixels(width: usize, height: usize) -> Result<usize, QrReadError> {
    match width.checked_mul(height) {
        Some(pixels) if pixels > 0 && pixels <= MAX_READ_PIXELS => Ok(pixels),
        _ => Err(QrReadError::BadImage),
    }
}

/// Reads `luma`, and only while nothing is found, the pictures `others` gives in turn (inverted,
/// or over another background), each with a quarter of the work.
fn read_each_way(
    width: usize,
    height: usize,
    luma: Vec<u8>,
    others: impl IntoIterator<Item = Vec<u8>>,
) -> Result<Vec<String>, QrReadError> {
    let mut texts = read_at_every_scale(width, height, &luma, MAX_WORK_PIXELS);
    drop(luma);
    for other in others {
        if !texts.is_empty() {
            break;
        }
        texts = read_at_every_scale(width, height, &other, MAX_WORK_PIXELS / 4);
    }
    if texts.is_empty() {
        Err(QrReadError::NoCode)
    } else {
        Ok(texts)
    }
}

/// Perceived brightness (ITU-R BT.601 weights) of each RGBA pixel, laid over a `background` grey.
fn luma_over(rgba: &[u8], background: u32) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|pixel| {
            let (r, g, b, a) =
                (u32::from(pixel[0]), u32::from(pixel[1]), u32::from(pixel[2]), u32::from(pixel[3]));
            let luma = (r * 299 + g * 587 + b * 114) / 1000;
            u8::try_from((luma * a + background * (255 - a)) / 255).unwrap_or(u8::MAX)
        })
        .collect()
}

/// Reads the picture whole, scaled down to [`PASS_PIXELS`]; then, while nothing is found, in
/// overlapping tiles at each finer scale up to the picture's own, as far as `work` pixels allow. A
/// picture small enough to read whole at its own scale is read once more at half its size: the
/// reader can miss the edges of a slightly tilted code at full size and find them once neighbouring
/// pixels are averaged.
fn read_at_every_scale(width: usize, height: usize, luma: &[u8], mut work: usize) -> Vec<String> {
    let coarsest = scale_factor(width * height, PASS_PIXELS);
    // (scale factor, tile size) of each pass, in order.
    let passes: Vec<(usize, usize)> = if coarsest == 1 {
        vec![(1, PASS_PIXELS), (2, PASS_PIXELS)]
    } else {
        std::iter::successors(Some(coarsest), |&factor| (factor > 1).then_some(factor / 2))
            .enumerate()
            .map(|(pass, factor)| (factor, if pass == 0 { PASS_PIXELS } else { TILE_PIXELS }))
            .collect()
    };
    let mut texts = Vec::new();
    for (factor, tile) in passes {
        let (scaled, scaled_width, scaled_height) = box_scaled(luma, width, height, factor);
        texts = read_tiles(&scaled, scaled_width, scaled_height, tile, &mut work);
        if !texts.is_empty() || work == 0 {
            break;
        }
    }
    texts
}

/// The smallest whole factor by which `pixels` shrink to at most `budget` when both sides are
/// divided by it.
fn scale_factor(pixels: usize, budget: usize) -> usize {
    let mut factor = 1;
    while pixels / (factor * factor) > budget {
        factor += 1;
    }
    factor
}

/// `luma` shrunk by `factor` each way, each pixel the mean of the square it covers (sharper for a
/// small code than a browser's own scaling).
fn box_scaled(luma: &[u8], width: usize, height: usize, factor: usize) -> (Vec<u8>, usize, usize) {
    if factor <= 1 {
        return (luma.to_vec(), width, height);
    }
    let (scaled_width, scaled_height) = ((width / factor).max(1), (height / factor).max(1));
    let mut sums = vec![0_u32; scaled_width * scaled_height];
    for (y, row) in luma.chunks_exact(width).enumerate().take(scaled_height * factor) {
        let sum_row = &mut sums[(y / factor) * scaled_width..][..scaled_width];
        for (x, value) in row.iter().enumerate().take(scaled_width * factor) {
            sum_row[x / factor] += u32::from(*value);
        }
    }
    let area = u32::try_from(factor * factor).unwrap_or(u32::MAX);
    let scaled = sums.into_iter().map(|sum| u8::try_from(sum / area).unwrap_or(u8::MAX)).collect();
    (scaled, scaled_width, scaled_height)
}

/// Reads a picture of at most `tile_pixels` whole, or a larger one in tiles of that size that
/// overlap by a quarter, so any code up to a quarter of a tile across lies whole in one of them
/// (larger ones are read at a coarser scale). Each text once.
fn read_tiles(luma: &[u8], width: usize, height: usize, tile_pixels: usize, work: &mut usize) -> Vec<String> {
    let side = (tile_pixels as f64).sqrt() as usize;
    let (tile_width, tile_height) =
        if width * height <= tile_pixels { (width, height) } else { (width.min(side), height.min(side)) };
    let starts = |length: usize, tile: usize| {
        let step = (tile * 3 / 4).max(1);
        let mut starts: Vec<usize> = (0..length.saturating_sub(tile)).step_by(step).collect();
        starts.push(length - tile);
        starts
    };
    let mut texts = Vec::new();
    for top in starts(height, tile_height) {
        for left in starts(width, tile_width) {
            let Some(left_over) = work.checked_sub(tile_width * tile_height) else {
                *work = 0;
                return texts;
            };
            *work = left_over;
            for text in read_pass(luma, width, (left, top), (tile_width, tile_height)) {
                if !texts.contains(&text) {
                    texts.push(text);
                }
            }
        }
    }
    texts
}

/// One pass of the QR reader over the `size` tile of `luma` at `corner`, its work bounded.
fn read_pass(luma: &[u8], width: usize, corner: (usize, usize), size: (usize, usize)) -> Vec<String> {
    let (left, top) = corner;
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(size.0, size.1, |x, y| {
        luma.get((top + y) * width + left + x).copied().unwrap_or(u8::MAX)
    });
    image
        .detect_grids_within(MAX_CAPSTONES, MAX_TRIALS)
        .iter()
        .filter_map(|grid| grid.decode().ok())
        .map(|(_, text)| text)
        .collect()
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

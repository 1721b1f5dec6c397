//! Pictures the reader must read, and pictures that must not keep it busy: built from drawn codes.

use super::super::*;
use super::rendered;
use std::time::{Duration, Instant};

pub(super) const LINK: &str =
    "https://example.org/culture-check/#/r/EQEEISM62NonWxtE62NonWxtAA9BbmEg4oCTIFByb2R1Y3Q4Mw";

/// How long one picture may take in these tests: a bound that catches a reader busy for minutes (as
/// rqrr alone was on a sheet of squares), with room for an unoptimised build on a busy machine.
pub(super) const TIME_BOUND: Duration =
    if cfg!(debug_assertions) { Duration::from_secs(60) } else { Duration::from_secs(5) };

/// Reads `rgba` and fails the test if that takes longer than [`TIME_BOUND`].
pub(super) fn timed_rgba(width: usize, height: usize, rgba: &[u8]) -> Result<Vec<String>, QrReadError> {
    let started = Instant::now();
    let read = read_rgba(width, height, rgba);
    assert!(started.elapsed() < TIME_BOUND, "{width}x{height} took {:?}", started.elapsed());
    read
}

/// Reads `luma` and fails the test if that takes longer than [`TIME_BOUND`].
pub(super) fn timed(width: usize, height: usize, luma: &[u8]) -> Result<Vec<String>, QrReadError> {
    let started = Instant::now();
    let read = read(width, height, luma);
    assert!(started.elapsed() < TIME_BOUND, "{width}x{height} took {:?}", started.elapsed());
    read
}

/// Grey pixels as RGBA, each with the `alpha` the function gives for its grey.
pub(super) fn as_rgba(luma: &[u8], alpha: impl Fn(u8) -> u8) -> Vec<u8> {
    luma.iter().flat_map(|&grey| [grey, grey, grey, alpha(grey)]).collect()
}

#[test]
fn a_dark_code_on_a_transparent_background_is_read() {
    let (side, luma) = rendered(LINK, 4, 20);
    // Only the dark modules are painted; everything else is transparent black, as a PNG cut-out has.
    let rgba: Vec<u8> = luma
        .iter()
        .flat_map(|&grey| if grey < 128 { [grey, grey, grey, 255] } else { [0, 0, 0, 0] })
        .collect();
    assert_eq!(timed_rgba(side, side, &rgba), Ok(vec![LINK.to_owned()]));
}

#[test]
fn a_light_code_on_a_transparent_background_is_read() {
    let (side, luma) = rendered(LINK, 4, 20);
    // Light modules painted white, dark ones left transparent: seen over a dark page.
    let rgba: Vec<u8> =
        luma.iter().flat_map(|&grey| if grey < 128 { [0, 0, 0, 0] } else { [255, 255, 255, 255] }).collect();
    assert_eq!(timed_rgba(side, side, &rgba), Ok(vec![LINK.to_owned()]));
}

#[test]
fn an_inverted_code_is_read() {
    let (side, luma) = rendered(LINK, 4, 20);
    let inverted: Vec<u8> = luma.iter().map(|grey| 255 - grey).collect();
    assert_eq!(timed(side, side, &inverted), Ok(vec![LINK.to_owned()]));
    assert_eq!(timed_rgba(side, side, &as_rgba(&inverted, |_| 255)), Ok(vec![LINK.to_owned()]));
}

#[test]
fn a_small_code_in_a_large_photo_is_read() {
    // Nearly the largest picture read (a 6000x4000 photo arrives drawn at 5016x3344), with a code a twentieth
    // of its width, three pixels to a module, near a corner.
    let (width, height) = (4896, 3264);
    let (side, code) = rendered(LINK, 3, 8);
    let (left, top) = (3900, 2700);
    let mut luma = vec![200_u8; width * height];
    for (row, line) in code.chunks_exact(side).enumerate() {
        luma[(top + row) * width + left..][..side].copy_from_slice(line);
    }
    assert_eq!(timed(width, height, &luma), Ok(vec![LINK.to_owned()]));
}

#[test]
fn a_sheet_of_finder_squares_is_answered_quickly() {
    // The picture that held the page for minutes: a grid of squares each like a code's corner.
    let side = 1200;
    let luma = finder_grid(side, 10);
    assert_eq!(timed(side, side, &luma), Err(QrReadError::NoCode));
}

/// A `side` pixels square picture of finder-like squares (7 by 7 modules: dark ring, light ring, dark
/// core) of `module` pixels a module, one module apart.
pub(super) fn finder_grid(side: usize, module: usize) -> Vec<u8> {
    let pitch = 8 * module;
    (0..side * side)
        .map(|index| {
            let (x, y) = ((index % side) % pitch / module, (index / side) % pitch / module);
            let ring = x.min(y).min(6_usize.saturating_sub(x)).min(6_usize.saturating_sub(y));
            let dark = x < 7 && y < 7 && (ring == 0 || ring >= 2);
            if dark {
                10
            } else {
                245
            }
        })
        .collect()
}

/// The picture of `luma` (`side` pixels square) seen in perspective: its corners at `corners` (top
/// left, top right, bottom right, bottom left) in a `width` by `height` picture of light grey.
pub(super) fn in_perspective(
    luma: &[u8],
    side: usize,
    corners: [(f64, f64); 4],
    width: usize,
    height: usize,
) -> Vec<u8> {
    let inverse = square_to_quad(corners).inverse();
    (0..width * height)
        .map(|index| {
            let (x, y) = ((index % width) as f64 + 0.5, (index / width) as f64 + 0.5);
            let (u, v) = inverse.apply(x, y);
            if (0.0..1.0).contains(&u) && (0.0..1.0).contains(&v) {
                luma[(v * side as f64) as usize * side + (u * side as f64) as usize]
            } else {
                230
            }
        })
        .collect()
}

/// A plane projection, as a 3 by 3 matrix row by row.
struct Projection([f64; 9]);

impl Projection {
    fn apply(&self, x: f64, y: f64) -> (f64, f64) {
        let m = &self.0;
        let w = m[6] * x + m[7] * y + m[8];
        ((m[0] * x + m[1] * y + m[2]) / w, (m[3] * x + m[4] * y + m[5]) / w)
    }

    fn inverse(&self) -> Projection {
        let [a, b, c, d, e, f, g, h, i] = self.0;
        Projection([
            e * i - f * h,
            c * h - b * i,
            b * f - c * e,
            f * g - d * i,
            a * i - c * g,
            c * d - a * f,
            d * h - e * g,
            b * g - a * h,
            a * e - b * d,
        ])
    }
}

/// The projection of the unit square onto the four corners (Heckbert's closed form).
fn square_to_quad(corners: [(f64, f64); 4]) -> Projection {
    let [(x0, y0), (x1, y1), (x2, y2), (x3, y3)] = corners;
    let (dx1, dx2, dx3) = (x1 - x2, x3 - x2, x0 - x1 + x2 - x3);
    let (dy1, dy2, dy3) = (y1 - y2, y3 - y2, y0 - y1 + y2 - y3);
    let det = dx1 * dy2 - dx2 * dy1;
    let g = (dx3 * dy2 - dx2 * dy3) / det;
    let h = (dx1 * dy3 - dx3 * dy1) / det;
    Projection([x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h, 1.0])
}

#[test]
fn a_code_seen_at_an_angle_is_read() {
    let (side, luma) = rendered(LINK, 4, 0);
    let corners = [(60.0, 40.0), (420.0, 80.0), (400.0, 430.0), (40.0, 380.0)];
    let seen = in_perspective(&luma, side, corners, 480, 480);
    assert_eq!(timed(480, 480, &seen), Ok(vec![LINK.to_owned()]));
}

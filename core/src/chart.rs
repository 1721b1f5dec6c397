//! Geometry for the radar chart: where each pillar's axis, score and label sit. Pure arithmetic, so
//! the SVG component only prints numbers and the geometry is tested natively.

use std::f64::consts::{FRAC_PI_2, TAU};
use std::fmt::Write;

/// Radius of the outermost ring (a score of 100) in SVG user units.
pub const RADIUS: f64 = 100.0;
/// How far outside the outer ring the labels start.
const LABEL_GAP: f64 = 14.0;
/// The rings drawn behind the data, as scores.
pub const RINGS: [u8; 4] = [25, 50, 75, 100];

/// A point in the chart's coordinate system: origin at the centre, y growing downwards as in SVG.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// How a label's text is aligned against its anchor point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    /// The SVG `text-anchor` value.
    pub fn as_svg(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// The angle of `axis` out of `axes`: the first points straight up, the rest follow clockwise.
fn angle(axis: usize, axes: usize) -> f64 {
    -FRAC_PI_2 + TAU * axis as f64 / axes.max(1) as f64
}

/// Where a score (clamped to 0..=100) lies on `axis`.
pub fn point(axis: usize, axes: usize, score: f64) -> Point {
    let distance = RADIUS * score.clamp(0.0, 100.0) / 100.0;
    let angle = angle(axis, axes);
    Point { x: round(distance * angle.cos()), y: round(distance * angle.sin()) }
}

/// The SVG `points` attribute of a polygon through one score per axis. A missing score is drawn at
/// the centre, and the chart's text alternative says it is missing.
pub fn polygon(scores: &[Option<u8>]) -> String {
    let axes = scores.len();
    let mut points = String::new();
    for (axis, score) in scores.iter().enumerate() {
        let at = point(axis, axes, f64::from(score.unwrap_or(0)));
        let separator = if axis == 0 { "" } else { " " };
        // Writing to a String cannot fail.
        let _ = write!(points, "{separator}{},{}", svg_number(at.x), svg_number(at.y));
    }
    points
}

/// A coordinate as SVG markup writes it: rounded to two decimals, no trailing zeros, no "-0"; the
/// same text `Display` gives a rounded `f64`, but written with integer arithmetic, because float
/// formatting links in a large routine (several KB of wasm) for nothing else.
pub fn svg_number(value: f64) -> String {
    // `as` saturates, so even nonsense input cannot wrap round.
    let hundredths = (value * 100.0).round() as i64;
    let magnitude = hundredths.unsigned_abs();
    let (whole, fraction) = (magnitude / 100, magnitude % 100);
    let sign = if hundredths < 0 { "-" } else { "" };
    match fraction {
        0 => format!("{sign}{whole}"),
        _ if fraction % 10 == 0 => format!("{sign}{whole}.{}", fraction / 10),
        _ => format!("{sign}{whole}.{fraction:02}"),
    }
}

/// Where an axis label goes and how it is aligned, so labels on the left grow leftwards.
pub fn label_position(axis: usize, axes: usize) -> (Point, Anchor) {
    let angle = angle(axis, axes);
    let (x, y) = ((RADIUS + LABEL_GAP) * angle.cos(), (RADIUS + LABEL_GAP) * angle.sin());
    let anchor = if x.abs() < 1.0 {
        Anchor::Middle
    } else if x > 0.0 {
        Anchor::Start
    } else {
        Anchor::End
    };
    (Point { x: round(x), y: round(y) }, anchor)
}

/// Breaks a label into lines of at most `width` characters at spaces (a longer single word keeps
/// its own line).
pub fn wrap_label(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}

/// Two decimals are plenty for a 300-unit drawing and keep the markup short.
fn round(value: f64) -> f64 {
    let rounded = (value * 100.0).round() / 100.0;
    // Avoid printing "-0".
    if rounded == 0.0 {
        0.0
    } else {
        rounded
    }
}

#[cfg(test)]
mod tests;

//! Geometry for the pillar chart: the radar (where each pillar's axis, score and label sit, which
//! rings can be labelled clear of the data, and the drawing's bounds at readable type) and the bars
//! beside the table's figures; [`svg`] writes both as markup. Pure arithmetic and text, so the
//! component only places it and everything is tested natively.

pub mod svg;

use std::f64::consts::{FRAC_PI_2, PI, TAU};
use std::fmt::Write;

/// One set of pillar scores to draw; `None` where a pillar has too few answers for a score.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    pub scores: Vec<Option<u8>>,
}

/// The lowest and highest score per pillar, drawn as a shaded band (the team view's spread).
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    pub low: Vec<u8>,
    pub high: Vec<u8>,
}

/// Radius of the outermost ring (a score of 100) in SVG user units. The radar is drawn one user
/// unit to a CSS pixel, so every size here is also a size on screen.
pub const RADIUS: f64 = 100.0;
/// How far outside the outer ring the labels start.
const LABEL_GAP: f64 = 14.0;
/// Axis labels' type size: at one unit to a pixel, readable on a laptop.
pub const LABEL_FONT: f64 = 13.0;
/// The distance between two lines of an axis label.
pub const LINE_HEIGHT: f64 = 16.0;
/// Characters per label line.
const LABEL_CHARS: usize = 18;
/// The ring labels' type size.
pub const RING_FONT: f64 = 12.0;
/// A generous average glyph width of the site's sans-serif (semi-bold), in ems, for laying text out
/// without measuring it.
const CHAR_WIDTH: f64 = 0.66;
/// Half the size of a data point's marker.
pub const MARKER: f64 = 4.0;
/// The rings drawn behind the data, as scores.
pub const RINGS: [u8; 4] = [25, 50, 75, 100];

/// A point in the chart's coordinate system: origin at the centre, y growing downwards as in SVG.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// A rectangle: left, top, right and bottom edges.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Rect {
    /// A square of half-size `half` around `at`.
    fn around(at: Point, half: f64) -> Rect {
        Rect { left: at.x - half, top: at.y - half, right: at.x + half, bottom: at.y + half }
    }

    pub fn overlaps(&self, other: &Rect) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }

    fn union(&self, other: &Rect) -> Rect {
        Rect {
            left: self.left.min(other.left),
            top: self.top.min(other.top),
            right: self.right.max(other.right),
            bottom: self.bottom.max(other.bottom),
        }
    }

    /// The nearest distance from the chart's centre to a point of the rectangle.
    pub fn distance_from_centre(&self) -> f64 {
        let dx = self.left.max(-self.right).max(0.0);
        let dy = self.top.max(-self.bottom).max(0.0);
        dx.hypot(dy)
    }
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
    at_angle(angle(axis, axes), RADIUS * score.clamp(0.0, 100.0) / 100.0)
}

fn at_angle(angle: f64, distance: f64) -> Point {
    Point { x: round(distance * angle.cos()), y: round(distance * angle.sin()) }
}

/// The SVG `points` attribute of a polygon through one score per axis. A missing score is drawn at
/// the centre, and the table beside the chart says it is missing.
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

/// One axis label laid out: its lines, where it is anchored, where its first line's baseline sits
/// (each further line one [`LINE_HEIGHT`] lower) and the space it takes.
#[derive(Clone, Debug, PartialEq)]
pub struct AxisLabel {
    pub lines: Vec<String>,
    pub x: f64,
    pub first_baseline: f64,
    pub anchor: Anchor,
    pub bounds: Rect,
}

/// Lays out the label of each axis outside the outer ring: labels on the right grow rightwards,
/// those on the left leftwards, those below the centre downwards and those above it upwards, so
/// none covers the drawing.
pub fn axis_labels(labels: &[&str]) -> Vec<AxisLabel> {
    labels
        .iter()
        .enumerate()
        .map(|(axis, label)| {
            let at = at_angle(angle(axis, labels.len()), RADIUS + LABEL_GAP);
            let anchor = if at.x.abs() < 1.0 {
                Anchor::Middle
            } else if at.x > 0.0 {
                Anchor::Start
            } else {
                Anchor::End
            };
            let lines = wrap_label(label, LABEL_CHARS);
            let extra_lines = lines.len().saturating_sub(1) as f64;
            let first_baseline = if at.y > 10.0 {
                at.y + LABEL_FONT
            } else if at.y < -10.0 {
                at.y - LINE_HEIGHT * extra_lines
            } else {
                at.y - LINE_HEIGHT * extra_lines / 2.0 + LABEL_FONT * 0.35
            };
            let width = lines.iter().map(|line| text_width(line, LABEL_FONT)).fold(0.0, f64::max);
            let left = match anchor {
                Anchor::Start => at.x,
                Anchor::Middle => at.x - width / 2.0,
                Anchor::End => at.x - width,
            };
            let bounds = Rect {
                left,
                top: first_baseline - LABEL_FONT,
                right: left + width,
                bottom: first_baseline + LINE_HEIGHT * extra_lines + LABEL_FONT * 0.3,
            };
            AxisLabel { lines, x: at.x, first_baseline, anchor, bounds }
        })
        .collect()
}

/// The rings that can carry their score as a label, and where: on the line halfway between the
/// last axis and the first, where no data point can sit, and only where the label clears both
/// axes by more than a marker, so no label ever covers a point.
pub fn ring_labels(axes: usize) -> Vec<(u8, Point)> {
    let between = -FRAC_PI_2 - PI / axes.max(1) as f64;
    RINGS
        .into_iter()
        .map(|ring| (ring, at_angle(between, RADIUS * f64::from(ring) / 100.0)))
        .filter(|(ring, at)| {
            let label = ring_label_bounds(*ring, *at);
            (0..axes).all(|axis| {
                (0..=100)
                    .all(|score| !label.overlaps(&Rect::around(point(axis, axes, f64::from(score)), MARKER)))
            })
        })
        .collect()
}

/// The space a ring label takes, centred on its point (the markup centres it the same way).
pub fn ring_label_bounds(ring: u8, at: Point) -> Rect {
    let half_width = text_width(&ring.to_string(), RING_FONT) / 2.0;
    Rect {
        left: at.x - half_width,
        top: at.y - RING_FONT / 2.0,
        right: at.x + half_width,
        bottom: at.y + RING_FONT / 2.0,
    }
}

/// The SVG `viewBox` that holds the whole radar (rings, markers and labels) with a little margin.
pub fn view_box(labels: &[AxisLabel]) -> Rect {
    let reach = RADIUS + MARKER;
    let rings = Rect { left: -reach, top: -reach, right: reach, bottom: reach };
    let all = labels.iter().fold(rings, |all, label| all.union(&label.bounds));
    // Whole units, so that drawn one unit to a pixel it lands on whole pixels and keeps its scale.
    Rect {
        left: (all.left - 4.0).floor(),
        top: (all.top - 4.0).floor(),
        right: (all.right + 4.0).ceil(),
        bottom: (all.bottom + 4.0).ceil(),
    }
}

fn text_width(text: &str, font: f64) -> f64 {
    text.chars().count() as f64 * font * CHAR_WIDTH
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

/// Where one series' bar sits in a row of the bar chart, as percentages of the row's height: the
/// bars of two series share the row one above the other; beside a band (a range drawn the full
/// height of the row), a single bar runs through its middle so the band shows above and below it.
pub fn bar_lane(series: usize, of: usize, band: bool) -> (u8, u8) {
    match (of, band) {
        (0 | 1, false) => (0, 100),
        (0 | 1, true) => (30, 40),
        _ => {
            let height = (100 / of) as u8;
            // A gap of a tenth of the lane between bars.
            (height * series.min(of - 1) as u8, height - height / 10)
        }
    }
}

/// The start and width of a range from `low` to `high`, as percentages of the scale, whichever
/// order the two come in and however far out of the scale they are.
pub fn span(low: u8, high: u8) -> (u8, u8) {
    let (low, high) = (low.min(high).min(100), high.max(low).min(100));
    (low, high - low)
}

/// The height of a trend drawing in CSS pixels, and where its scale's 100 and 0 lie. Across, it
/// fills its container: positions along it are percentages, so the line suits any width while
/// text and markers keep their size.
pub const TREND_HEIGHT: f64 = 108.0;
const TREND_TOP: f64 = 10.0;
const TREND_BOTTOM: f64 = 82.0;
/// The share of the width the points spread over, from the left; the scale's figures sit to the
/// right of it.
const TREND_SPREAD: (f64, f64) = (4.0, 86.0);

/// Where the `index`th of `count` scores over time lies: across, as a percentage of the width
/// (evenly spaced, oldest on the left; a single score in the middle), and down, in pixels.
pub fn trend_point(index: usize, count: usize, score: u8) -> (f64, f64) {
    let (left, right) = TREND_SPREAD;
    let across = if count < 2 {
        (left + right) / 2.0
    } else {
        left + (right - left) * index as f64 / (count - 1) as f64
    };
    (round(across), trend_y(score))
}

/// How far down the drawing a score lies, in pixels.
pub fn trend_y(score: u8) -> f64 {
    round(TREND_BOTTOM - (TREND_BOTTOM - TREND_TOP) * f64::from(score.min(100)) / 100.0)
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

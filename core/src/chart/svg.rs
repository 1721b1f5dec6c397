//! The charts' drawings as SVG markup: the pillar chart's radar, one pillar's bars and a legend
//! swatch, and a score's trend over time.
//! Written as text rather than as one view per element because every view type costs wasm in a
//! chunk that each result link fetches; the component puts the text inside its `<svg>`. Only
//! numbers, fixed names and escaped label text go in. Styles that do not change with the theme are
//! attributes here rather than rules in the stylesheet every first visit loads; colours come from
//! `currentColor`, which the stylesheet sets per series (`.series-1`, `.series-2`) and which is the
//! text's colour elsewhere.

use std::fmt::Write;

use super::{
    axis_labels, bar_lane, point, polygon, ring_labels, span, svg_number, trend_point, trend_y, view_box,
    Band, Series, LABEL_FONT, LINE_HEIGHT, MARKER, RINGS, RING_FONT, TREND_HEIGHT,
};

/// A drawing and the size it is drawn at (one unit to a CSS pixel).
#[derive(Clone, Debug, PartialEq)]
pub struct Drawing {
    pub view_box: String,
    pub width: String,
    pub height: String,
    pub markup: String,
}

/// The radar: rings and spokes, the band, each series' area and markers, the ring labels that
/// clear the data and the pillar names around it.
pub fn radar(labels: &[&str], series: &[Series], band: Option<&Band>) -> Drawing {
    let axes = labels.len();
    let laid_out = axis_labels(labels);
    let view = view_box(&laid_out);
    let mut svg = String::from("<g fill=\"none\" stroke=\"currentColor\" stroke-opacity=\".25\">");
    for ring in RINGS {
        let _ = write!(svg, "<polygon points=\"{}\"/>", polygon(&vec![Some(ring); axes]));
    }
    for axis in 0..axes {
        let end = point(axis, axes, 100.0);
        let _ = write!(svg, "<line x2=\"{}\" y2=\"{}\"/>", svg_number(end.x), svg_number(end.y));
    }
    svg.push_str("</g>");
    if let Some(band) = band {
        // The area between the high and the low polygon: draw high, then punch out low.
        let high: Vec<Option<u8>> = band.high.iter().copied().map(Some).collect();
        let low: Vec<Option<u8>> = band.low.iter().copied().map(Some).collect();
        let _ = write!(
            svg,
            "<path {BAND} fill-rule=\"evenodd\" d=\"M{}Z M{}Z\"/>",
            polygon(&high),
            polygon(&low)
        );
    }
    for (index, one) in series.iter().enumerate() {
        // The first series' area is tinted, the second's only outlined, dashed.
        let area = if index == 0 { "fill-opacity=\".2\"" } else { "fill=\"none\" stroke-dasharray=\"6 4\"" };
        let _ = write!(
            svg,
            "<g class=\"{}\" fill=\"currentColor\" stroke=\"currentColor\"><polygon {area} stroke-width=\"2\" \
             stroke-linejoin=\"round\" points=\"{}\"/>",
            series_class(index),
            polygon(&one.scores)
        );
        for (axis, score) in one.scores.iter().enumerate() {
            if let Some(score) = score {
                let at = point(axis, axes, f64::from(*score));
                svg.push_str(&marker(index, at.x, at.y));
            }
        }
        svg.push_str("</g>");
    }
    // A halo in the page's colour (the stroke) keeps a ring's figure readable over a series line.
    let _ = write!(
        svg,
        "<g class=\"radar__rings\" font-size=\"{}\" text-anchor=\"middle\" paint-order=\"stroke\" stroke-width=\"3\">",
        svg_number(RING_FONT)
    );
    for (ring, at) in ring_labels(axes) {
        // Centred on its point, as `ring_label_bounds` reckons it.
        let baseline = at.y + RING_FONT * 0.35;
        let _ = write!(svg, "<text x=\"{}\" y=\"{}\">{ring}</text>", svg_number(at.x), svg_number(baseline));
    }
    let _ = write!(
        svg,
        "</g><g fill=\"currentColor\" font-size=\"{}\" font-weight=\"600\">",
        svg_number(LABEL_FONT)
    );
    for label in laid_out {
        let _ = write!(svg, "<text text-anchor=\"{}\">", label.anchor.as_svg());
        for (line, text) in label.lines.iter().enumerate() {
            let y = label.first_baseline + LINE_HEIGHT * line as f64;
            let _ = write!(
                svg,
                "<tspan x=\"{}\" y=\"{}\">{}</tspan>",
                svg_number(label.x),
                svg_number(y),
                escape(text)
            );
        }
        svg.push_str("</text>");
    }
    svg.push_str("</g>");
    let (width, height) = (view.right - view.left, view.bottom - view.top);
    Drawing {
        view_box: format!(
            "{} {} {} {}",
            svg_number(view.left),
            svg_number(view.top),
            svg_number(width),
            svg_number(height)
        ),
        width: svg_number(width),
        height: svg_number(height),
        markup: svg,
    }
}

/// One pillar's bars, in percentages of the drawing: a bar per series from 0 to its score (none
/// where there is no score), over the band's range when there is one.
pub fn bars(scores: &[Option<u8>], band: Option<(u8, u8)>) -> String {
    // The track, a tint of the text's colour, shows the whole scale.
    let mut svg =
        String::from("<rect width=\"100%\" height=\"100%\" fill=\"currentColor\" fill-opacity=\".1\"/>");
    if let Some((low, high)) = band {
        let (x, width) = span(low, high);
        let _ = write!(svg, "<rect {BAND} x=\"{x}%\" width=\"{width}%\" height=\"100%\"/>");
    }
    for (index, score) in scores.iter().enumerate() {
        if let Some(score) = score {
            let (y, height) = bar_lane(index, scores.len(), band.is_some());
            let _ = write!(
                svg,
                "<rect {} y=\"{y}%\" width=\"{}%\" height=\"{height}%\"/>",
                bar_paint(index),
                score.min(&100)
            );
        }
    }
    svg
}

/// The band's paint: the first series' colour, tinted, with a dotted edge.
const BAND: &str =
    "class=\"series-1\" fill=\"currentColor\" fill-opacity=\".18\" stroke=\"currentColor\" stroke-dasharray=\"2 2\"";

/// A bar's paint: the first series solid, the second a tint with a dashed outline, as its line on
/// the radar.
fn bar_paint(index: usize) -> &'static str {
    if index == 0 {
        "class=\"series-1\" fill=\"currentColor\""
    } else {
        "class=\"series-2\" fill=\"currentColor\" fill-opacity=\".2\" stroke=\"currentColor\" stroke-width=\"1.5\" \
         stroke-dasharray=\"4 2\""
    }
}

/// A legend's sample of a series, for a `0 0 34 12` view box: its bar's pattern, then its marker.
pub fn swatch(series: usize) -> String {
    format!(
        "<rect {} x=\"1\" y=\"1\" width=\"18\" height=\"10\"/><g class=\"{}\" fill=\"currentColor\">{}</g>",
        bar_paint(series),
        series_class(series),
        marker(series, 28.0, 6.0)
    )
}

/// One score over time, for a drawing [`TREND_HEIGHT`] pixels high and as wide as its container: the
/// scale's 0, 50 and 100 as faint lines with their figures on the right, the scores joined oldest
/// to latest (a gap where one is missing), a marker on each, and the first and latest date under
/// them. Drawn in pixels down and percentages across, without a view box, so its text is 12 px
/// whatever the width.
pub fn trend(scores: &[Option<u8>], first: &str, latest: &str) -> String {
    let mut svg = String::from("<g stroke=\"currentColor\" stroke-opacity=\".25\">");
    for level in [0, 50, 100] {
        let y = svg_number(trend_y(level));
        let _ = write!(svg, "<line x2=\"88%\" y1=\"{y}\" y2=\"{y}\"/>");
    }
    let _ = write!(svg, "</g><g fill=\"currentColor\" font-size=\"{}\">", svg_number(RING_FONT));
    for level in [0, 50, 100] {
        let y = svg_number(trend_y(level) + RING_FONT * 0.35);
        let _ = write!(svg, "<text x=\"100%\" y=\"{y}\" text-anchor=\"end\">{level}</text>");
    }
    let dates_y = svg_number(TREND_HEIGHT - 4.0);
    let _ = write!(
        svg,
        "<text x=\"0\" y=\"{dates_y}\">{}</text><text x=\"88%\" y=\"{dates_y}\" text-anchor=\"end\">{}</text></g>",
        escape(first),
        escape(latest)
    );
    let points: Vec<Option<(f64, f64)>> = scores
        .iter()
        .enumerate()
        .map(|(index, score)| score.map(|score| trend_point(index, scores.len(), score)))
        .collect();
    svg.push_str("<g class=\"series-1\" fill=\"currentColor\" stroke=\"currentColor\" stroke-width=\"2\">");
    for pair in points.windows(2) {
        if let [Some((x1, y1)), Some((x2, y2))] = pair {
            let _ = write!(
                svg,
                "<line x1=\"{}%\" y1=\"{}\" x2=\"{}%\" y2=\"{}\"/>",
                svg_number(*x1),
                svg_number(*y1),
                svg_number(*x2),
                svg_number(*y2)
            );
        }
    }
    for (x, y) in points.into_iter().flatten() {
        let _ = write!(
            svg,
            "<circle cx=\"{}%\" cy=\"{}\" r=\"{}\"/>",
            svg_number(x),
            svg_number(y),
            svg_number(MARKER)
        );
    }
    svg.push_str("</g>");
    svg
}

/// The class that styles a series in the radar, the bars and the legend alike.
fn series_class(index: usize) -> &'static str {
    if index == 0 {
        "series-1"
    } else {
        "series-2"
    }
}

/// A circle for the first series, a square for the second: shape tells them apart without colour.
fn marker(series: usize, x: f64, y: f64) -> String {
    if series == 0 {
        format!("<circle cx=\"{}\" cy=\"{}\" r=\"{}\"/>", svg_number(x), svg_number(y), svg_number(MARKER))
    } else {
        let size = svg_number(2.0 * MARKER);
        format!(
            "<rect x=\"{}\" y=\"{}\" width=\"{size}\" height=\"{size}\"/>",
            svg_number(x - MARKER),
            svg_number(y - MARKER)
        )
    }
}

/// Text as SVG markup carries it.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;")
}

#[cfg(test)]
mod tests;

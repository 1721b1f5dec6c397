//! The radar chart: one axis per pillar, drawn as SVG by the app. Each series has its own colour,
//! line pattern and marker shape, so the chart never relies on colour alone; a text alternative
//! lists every figure, and the pages that use it show the same figures as a table.

use culture_core::chart::{self, RINGS};
use leptos::prelude::*;

/// One set of pillar scores to draw; `None` where a pillar has too few answers for a score.
#[derive(Clone, Debug, PartialEq)]
pub struct RadarSeries {
    pub name: String,
    pub scores: Vec<Option<u8>>,
}

/// The lowest and highest score per pillar, drawn as a shaded band (the team view's spread).
#[derive(Clone, Debug, PartialEq)]
pub struct RadarBand {
    pub low: Vec<u8>,
    pub high: Vec<u8>,
}

const LABEL_WIDTH: usize = 14;
const LINE_HEIGHT: f64 = 11.0;

#[component]
pub fn RadarChart(
    /// What the chart shows, for its accessible name.
    title: String,
    /// The axis labels: pillar names, in order.
    labels: Vec<String>,
    /// One or two series; the first is drawn solid, the second dashed.
    series: Vec<RadarSeries>,
    #[prop(optional_no_strip)] band: Option<RadarBand>,
    /// Prefix for the chart's element ids; only needed when a page shows two charts.
    #[prop(default = "radar")]
    id: &'static str,
) -> impl IntoView {
    let axes = labels.len();
    let description = describe(&labels, &series);
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");

    let rings = RINGS
        .iter()
        .map(|ring| {
            let points = chart::polygon(&vec![Some(*ring); axes]);
            view! { <polygon class="radar__ring" points=points/> }
        })
        .collect_view();
    let spokes = (0..axes)
        .map(|axis| {
            let end = chart::point(axis, axes, 100.0);
            view! { <line class="radar__spoke" x1="0" y1="0" x2=chart::svg_number(end.x) y2=chart::svg_number(end.y)/> }
        })
        .collect_view();
    let ring_labels = RINGS
        .iter()
        .map(|ring| {
            let at = chart::point(0, axes, f64::from(*ring));
            view! { <text class="radar__ring-label" x=chart::svg_number(at.x + 3.0) y=chart::svg_number(at.y - 2.0)>{ring.to_string()}</text> }
        })
        .collect_view();
    let band_view = band.map(|band| {
        // The band is the area between the high and the low polygon: draw high, then punch out low.
        let high = chart::polygon(&band.high.iter().map(|v| Some(*v)).collect::<Vec<_>>());
        let low = chart::polygon(&band.low.iter().map(|v| Some(*v)).collect::<Vec<_>>());
        view! {
            <path class="radar__band" fill-rule="evenodd" d=format!("M{high}Z M{low}Z")/>
        }
    });
    let series_views = series
        .iter()
        .enumerate()
        .map(|(index, one)| {
            let class = format!("radar__series radar__series--{}", index + 1);
            let markers = one
                .scores
                .iter()
                .enumerate()
                .filter_map(|(axis, score)| score.map(|score| chart::point(axis, axes, f64::from(score))))
                .map(|at| marker(index, at.x, at.y))
                .collect_view();
            view! {
                <g class=class>
                    <polygon points=chart::polygon(&one.scores)/>
                    {markers}
                </g>
            }
        })
        .collect_view();
    let axis_labels = labels
        .iter()
        .enumerate()
        .map(|(axis, label)| {
            let (at, anchor) = chart::label_position(axis, axes);
            let lines = chart::wrap_label(label, LABEL_WIDTH);
            // Labels below the centre grow downwards; above it they grow upwards; beside it, centred.
            let first_y = if at.y > 10.0 {
                at.y + LINE_HEIGHT * 0.8
            } else if at.y < -10.0 {
                at.y - LINE_HEIGHT * (lines.len() as f64 - 1.0)
            } else {
                at.y - LINE_HEIGHT * (lines.len() as f64 - 1.0) / 2.0 + 3.0
            };
            let tspans = lines
                .into_iter()
                .enumerate()
                .map(|(line, text)| {
                    view! { <tspan x=chart::svg_number(at.x) y=chart::svg_number(first_y + LINE_HEIGHT * line as f64)>{text}</tspan> }
                })
                .collect_view();
            view! { <text class="radar__label" text-anchor=anchor.as_svg()>{tspans}</text> }
        })
        .collect_view();
    let legend = (series.len() > 1).then(|| {
        series
            .iter()
            .enumerate()
            .map(|(index, one)| {
                view! {
                    <li class=format!("radar-legend__item radar-legend__item--{}", index + 1)>
                        <svg class="radar-legend__swatch" viewBox="-8 -6 40 12" aria-hidden="true">
                            <line x1="-6" y1="0" x2="30" y2="0"/>
                            {marker(index, 12.0, 0.0)}
                        </svg>
                        {one.name.clone()}
                    </li>
                }
            })
            .collect_view()
    });

    view! {
        <figure class="radar">
            <svg
                class="radar__svg"
                viewBox="-200 -140 400 280"
                role="img"
                aria-labelledby=title_id.clone()
                aria-describedby=desc_id.clone()
            >
                <title id=title_id.clone()>{title}</title>
                <desc id=desc_id.clone()>{description}</desc>
                <g aria-hidden="true">
                    {rings}
                    {spokes}
                    {band_view}
                    {series_views}
                    {ring_labels}
                    {axis_labels}
                </g>
            </svg>
            {legend.map(|items| view! { <ul class="radar-legend">{items}</ul> })}
        </figure>
    }
}

/// A circle for the first series, a square for the second: shape tells them apart without colour.
fn marker(series: usize, x: f64, y: f64) -> AnyView {
    if series == 0 {
        view! { <circle class="radar__marker" cx=chart::svg_number(x) cy=chart::svg_number(y) r="3.5"/> }
            .into_any()
    } else {
        view! { <rect class="radar__marker" x=chart::svg_number(x - 3.5) y=chart::svg_number(y - 3.5) width="7" height="7"/> }.into_any()
    }
}

/// The chart's text alternative: every series' score on every pillar.
fn describe(labels: &[String], series: &[RadarSeries]) -> String {
    series
        .iter()
        .map(|one| {
            let scores = labels
                .iter()
                .zip(&one.scores)
                .map(|(label, score)| match score {
                    Some(score) => format!("{label} {score}"),
                    None => format!("{label} not scored"),
                })
                .collect::<Vec<_>>()
                .join(", ");
            format!("{}: {scores}.", one.name)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

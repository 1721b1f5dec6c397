//! The pillar chart, the one way every screen shows pillar scores (results, a comparison, the team
//! view, a past result): a table whose rows carry each pillar's name with its bars and, beside
//! them, its figures, readable on a phone; and, where the screen has room (style/components.css),
//! the same scores as a radar drawn one unit to a pixel, so its type stays readable. Series differ
//! by pattern and marker shape as well as colour, and a legend names them. The drawings come from
//! `culture_core::chart::svg`.

use culture_core::chart::svg;
use culture_core::chart::{Band, Series};
use leptos::prelude::*;

/// One row of the table: a pillar's name and its figures, as text, one per column.
#[derive(Clone, Debug, PartialEq)]
pub struct PillarRow {
    pub pillar: &'static str,
    pub cells: Vec<String>,
}

#[component]
pub fn PillarChart(
    /// What the chart shows, for its accessible name.
    #[prop(into)]
    title: String,
    /// What the table shows, read by screen readers before it.
    #[prop(into)]
    caption: String,
    /// The column headings after "Pillar".
    columns: Vec<String>,
    /// One row per pillar, in the chart's order.
    rows: Vec<PillarRow>,
    /// One or two series; the first is drawn solid, the second dashed.
    series: Vec<Series>,
    #[prop(optional_no_strip)] band: Option<Band>,
    /// A word and shape after a pillar's name ("▼ Weakest"), one per row where there is one.
    #[prop(optional)]
    marks: Vec<Option<&'static str>>,
) -> impl IntoView {
    let labels: Vec<&str> = rows.iter().map(|row| row.pillar).collect();
    let radar = svg::radar(&labels, &series, band.as_ref());
    let headings = columns
        .into_iter()
        .map(|column| view! { <th scope="col" class="number">{column}</th> })
        .collect_view();
    let body = rows
        .into_iter()
        .enumerate()
        .map(|(pillar, row)| {
            let scores: Vec<Option<u8>> =
                series.iter().map(|one| one.scores.get(pillar).copied().flatten()).collect();
            let range =
                band.as_ref().and_then(|band| Some((*band.low.get(pillar)?, *band.high.get(pillar)?)));
            let bars_height = if series.len() > 1 { "20" } else { "10" };
            let cells =
                row.cells.into_iter().map(|cell| view! { <td class="number">{cell}</td> }).collect_view();
            let mark = marks
                .get(pillar)
                .copied()
                .flatten()
                .map(|mark| view! { " " <span class="chart__mark">{mark}</span> });
            view! {
                <tr>
                    <th scope="row">
                        {row.pillar}
                        {mark}
                        // The figures are in the row's cells, so the bars are hidden from assistive technology.
                        <svg class="bars" width="100%" height=bars_height aria-hidden="true" inner_html=svg::bars(&scores, range)></svg>
                    </th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let legend = (series.len() > 1).then(|| {
        series
            .iter()
            .enumerate()
            .map(|(index, one)| {
                view! {
                    <li>
                        <svg width="34" height="12" aria-hidden="true" inner_html=svg::swatch(index)></svg>
                        " "
                        {one.name.clone()}
                    </li>
                }
            })
            .collect_view()
    });

    view! {
        <figure class="chart">
            <svg
                class="radar"
                viewBox=radar.view_box
                width=radar.width
                height=radar.height
                // A label a little wider than reckoned shows whole.
                overflow="visible"
                role="img"
                aria-label=title
                inner_html=radar.markup
            ></svg>
            <div class="table-wrap">
                <table class="data-table">
                    <caption class="visually-hidden">{caption}</caption>
                    <thead>
                        <tr>
                            <th scope="col">"Pillar"</th>
                            {headings}
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </div>
            {legend.map(|items| view! { <ul class="chart__legend">{items}</ul> })}
        </figure>
    }
}

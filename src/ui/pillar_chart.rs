//! The pillar chart with its table: the radar chart and, below it, the same figures as a table, so
//! every figure the chart draws can also be read, copied and heard. The results, the comparison and
//! the team view all show pillars this way.

use leptos::prelude::*;

use crate::ui::radar::{RadarBand, RadarChart, RadarSeries};

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
    series: Vec<RadarSeries>,
    #[prop(optional_no_strip)] band: Option<RadarBand>,
    /// Prefix for the chart's element ids; only needed when a page shows two charts.
    #[prop(default = "radar")]
    id: &'static str,
) -> impl IntoView {
    let labels: Vec<String> = rows.iter().map(|row| row.pillar.to_owned()).collect();
    let headings = columns
        .into_iter()
        .map(|column| view! { <th scope="col" class="number">{column}</th> })
        .collect_view();
    let body = rows
        .into_iter()
        .map(|row| {
            let cells =
                row.cells.into_iter().map(|cell| view! { <td class="number">{cell}</td> }).collect_view();
            view! {
                <tr>
                    <th scope="row">{row.pillar}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    view! {
        <RadarChart id=id title=title labels=labels series=series band=band/>
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
    }
}

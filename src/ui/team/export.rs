//! Taking the team's summary elsewhere: a CSV file for a spreadsheet and a Markdown file for a wiki
//! page, both made in the core (`team::to_csv`, `team::to_markdown`), anonymous unless names are
//! ticked. The downloads are a part of their own, fetched when first unfolded.

use culture_core::team::{to_csv, to_markdown, ExportOptions, TeamSummary};
use leptos::prelude::*;

use super::fold::Fold;
use super::Team;
use crate::browser::{clock, file};
use crate::ui::checkbox::Checkbox;
use crate::ui::lazy::{lazy_view, load, view_chunk};

/// The downloads' section: what they hold, and the downloads themselves unfolded on demand.
#[component]
pub(super) fn ExportSection(team: Team) -> impl IntoView {
    view! {
        <section class="card stack no-print" aria-labelledby="export-heading">
            <h2 id="export-heading">"Take the summary elsewhere"</h2>
            <p class="muted">
                "A spreadsheet file (CSV) or a page for a wiki (Markdown), with every figure on this page. \
                 People appear as “Person 1”, “Person 2” and so on, in an order that names nobody."
            </p>
            <Fold id="export-body" label="Show the downloads" part=move || export(team)/>
        </section>
    }
}

/// The downloads, and a line for a file the browser would not save.
#[component]
pub(super) fn TeamExport(team: Team) -> impl IntoView {
    let names = RwSignal::new(false);
    let refused = RwSignal::new(false);
    let save = move |extension: &str, mime: &str, make: fn(&TeamSummary, &ExportOptions) -> String| {
        let options = ExportOptions { grid: true, names: names.get_untracked() };
        // The summary with the team's name, which the team view keeps beside its members.
        let text = make(&TeamSummary::of(&team.link()), &options);
        let name = format!("culture-check-team-{}.{extension}", clock::today().iso());
        refused.set(file::download(&name, mime, &text).is_err());
    };
    view! {
        <Checkbox label="Include each person's name and date" checked=names/>
            <p class="actions">
                <button type="button" class="button" on:click=move |_| save("csv", "text/csv", to_csv)>
                    "Download as CSV"
                </button>
                <button type="button" class="button" on:click=move |_| save("md", "text/markdown", to_markdown)>
                    "Download as Markdown"
                </button>
            </p>
            <p role="status">
                {move || refused.get().then_some("This browser would not save the file. Try again.")}
            </p>
    }
}

/// The part's code, fetched (once) and shown in its place: "Loading…" until it is there.
fn export(team: Team) -> AnyView {
    lazy_view(|| Box::pin(load!(team_export)), team, None)
}

view_chunk!(team_export, |team: Team| view! { <TeamExport team=team/> });

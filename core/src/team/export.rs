//! The team summary taken elsewhere: CSV for a spreadsheet, Markdown for a wiki page. Both name
//! nobody and carry no individual date unless asked ([`ExportOptions`]).
//!
//! **CSV** (RFC 4180: fields quoted where needed, lines ending in CRLF) is one sheet of stacked
//! tables, each with its own header row and an empty row before the next: the team, its stages, the
//! pillars, the disputed statements with how many gave each answer, and, when asked, the
//! person-by-pillar grid. Every row has the same number of fields (short rows are padded), so a
//! spreadsheet opens it as one clean grid and each table can be selected for a chart. A cell that
//! starts like a formula (`=`, `+`, `-`, `@`, a tab) gets a leading `'`, so a name like `=HYPERLINK(…)`
//! stays text.
//!
//! **Markdown** (CommonMark with GitHub's tables): a heading with the team's name, the number of
//! people and the stages, a pillar table, the disputed statements each with its answers and
//! discussion prompt, the weakest pillars with their first recommendations, and, when asked, the
//! grid. Names people typed are escaped, so they are only ever text.
//!
//! ```
//! use culture_core::link::TeamLink;
//! use culture_core::team::{to_csv, to_markdown, ExportOptions, TeamSummary};
//!
//! let summary = TeamSummary::of(&TeamLink { name: Some("Ops".to_owned()), members: vec![] });
//! assert!(to_markdown(&summary, &ExportOptions::default()).starts_with("# Ops\n"));
//! assert!(to_csv(&summary, &ExportOptions::default()).starts_with("Team,People,Average overall score"));
//! ```

use std::fmt::Write;

use super::disputes::{StatementSpread, MIN_PEOPLE_FOR_BREAKDOWN};
use super::summary::TeamSummary;
use crate::assessment::Answer;
use crate::content::assessment::PILLARS;
use crate::text::{capitalise_first, counted};

/// What an export shows beyond the team as a whole.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// Add the person-by-pillar grid, rows labelled "Person 1…" in an order that names nobody (see
    /// [`TeamSummary::grid`]).
    pub grid: bool,
    /// Show the grid with everyone's name, in the team's order, and the day of each result (the grid
    /// is added even without `grid`). Off by default: a file travels further than a screen.
    pub names: bool,
}

/// Stands for "no figure" (too few answers) in Markdown; CSV leaves the cell empty.
const NO_FIGURE: &str = "–";

/// The summary as CSV (see the module's documentation for its shape).
pub fn to_csv(summary: &TeamSummary, options: &ExportOptions) -> String {
    let figure = |value: Option<u8>| value.map_or_else(String::new, |value| value.to_string());
    let mut tables: Vec<Vec<Vec<String>>> = Vec::new();
    tables.push(vec![
        strings(&["Team", "People", "Average overall score"]),
        vec![team_name(summary).to_owned(), summary.people().to_string(), figure(summary.average_overall())],
    ]);

    let mut stages = vec![strings(&["Stage", "People"])];
    stages.extend(
        summary.stage_counts().iter().map(|(stage, people)| vec![stage.name.to_owned(), people.to_string()]),
    );
    let unplaced = summary.unplaced();
    if unplaced > 0 {
        stages.push(vec![NO_STAGE.to_owned(), unplaced.to_string()]);
    }
    tables.push(stages);

    tables.push(pillar_rows(summary, &figure));

    let mut disputed = strings(&["Disputed statement", "Pillar", "Healthy answer"]);
    disputed.extend(Answer::ALL.iter().map(|answer| answer.label().to_owned()));
    disputed.extend(strings(&["Polarisation", "To discuss"]));
    let mut disputes = vec![disputed];
    disputes.extend(summary.disagreements.iter().map(|spread| {
        let mut row = vec![
            spread.statement.text().to_owned(),
            spread.statement.pillar().name.to_owned(),
            healthy_label(spread).to_owned(),
        ];
        row.extend(Answer::ALL.iter().map(|&answer| spread.count(answer).to_string()));
        row.extend([spread.polarisation().to_string(), spread.statement.discussion().to_owned()]);
        row
    }));
    tables.push(disputes);

    if options.grid || options.names {
        tables.push(grid_rows(summary, options, &figure));
    }
    write_csv(&tables)
}

/// The summary as a Markdown page (see the module's documentation).
pub fn to_markdown(summary: &TeamSummary, options: &ExportOptions) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape_markdown(team_name(summary)));
    let mut opening = format!("{}.", counted(summary.people(), "person", "people"));
    if let Some(overall) = summary.average_overall() {
        let _ = write!(opening, " Average overall score: {overall} out of 100.");
    }
    let _ = writeln!(out, "{opening}\n");
    let stages = summary.stage_list();
    if !stages.is_empty() {
        let _ = writeln!(out, "Stages: {stages}.\n");
    }
    let unplaced = summary.unplaced();
    if unplaced > 0 {
        let _ = writeln!(out, "{}: {unplaced}.\n", NO_STAGE);
    }

    out.push_str("## Pillar by pillar\n\n");
    let figure = |value: Option<u8>| value.map_or_else(|| NO_FIGURE.to_owned(), |value| value.to_string());
    write_table(&mut out, &pillar_rows(summary, &figure), true);
    out.push_str(
        "\nSpread is how far apart two people's scores are on average: a wide spread means people see \
         the pillar very differently.\n\n",
    );

    out.push_str("## Where the team disagrees most\n\n");
    if summary.disagreements.is_empty() {
        let _ = writeln!(
            out,
            "No statement has people on both sides of the scale among those answered by at least \
             {MIN_PEOPLE_FOR_BREAKDOWN} people.\n"
        );
    }
    for (place, spread) in summary.disagreements.iter().enumerate() {
        write_dispute(&mut out, place + 1, spread);
    }

    let focus = summary.focus();
    if !focus.is_empty() {
        out.push_str("## Where to start\n\n");
        for pillar in focus {
            let _ = writeln!(out, "### {} (average {})\n", pillar.pillar.name, pillar.average);
            for action in pillar.actions {
                let _ = writeln!(out, "- **{}.** {}", action.title(), action.action());
            }
            out.push('\n');
        }
    }

    if options.grid || options.names {
        out.push_str("## Person by pillar\n\n");
        let rows: Vec<Vec<String>> = grid_rows(summary, options, &figure)
            .into_iter()
            .enumerate()
            // The header row is the content's; the rest start with a label a person may have typed.
            .map(|(index, mut row)| {
                if index > 0 {
                    row[0] = escape_markdown(&row[0]);
                }
                row
            })
            .collect();
        write_table(&mut out, &rows, true);
    }
    out
}

/// How a stage count names the people with too few answers for a stage.
const NO_STAGE: &str = "No stage (too few answers)";

fn team_name(summary: &TeamSummary) -> &str {
    summary.name.as_deref().unwrap_or("Team")
}

fn healthy_label(spread: &StatementSpread) -> &'static str {
    if spread.statement.reverse {
        Answer::Disagree.label()
    } else {
        Answer::Agree.label()
    }
}

fn strings(texts: &[&str]) -> Vec<String> {
    texts.iter().map(|text| (*text).to_owned()).collect()
}

/// The pillar table as rows, its header first: each pillar's figures and how many people have a score
/// for it.
fn pillar_rows(summary: &TeamSummary, figure: &dyn Fn(Option<u8>) -> String) -> Vec<Vec<String>> {
    let mut rows = vec![strings(&["Pillar", "Average", "Lowest", "Highest", "Spread", "Scored by"])];
    rows.extend(summary.pillars.iter().map(|spread| {
        vec![
            spread.pillar.name.to_owned(),
            figure(spread.average),
            figure(spread.lowest),
            figure(spread.highest),
            figure(spread.spread),
            spread.scored.to_string(),
        ]
    }));
    rows
}

/// The grid as rows, its header first: label, a score per pillar, overall, and with names each
/// result's day.
fn grid_rows(
    summary: &TeamSummary,
    options: &ExportOptions,
    figure: &dyn Fn(Option<u8>) -> String,
) -> Vec<Vec<String>> {
    let mut header = vec!["Person".to_owned()];
    header.extend(PILLARS.iter().map(|pillar| pillar.name.to_owned()));
    header.push("Overall".to_owned());
    if options.names {
        header.push("Date".to_owned());
    }
    let grid = summary.grid(options.names);
    let mut rows = vec![header];
    rows.extend(grid.into_iter().enumerate().map(|(place, row)| {
        let mut cells = vec![row.label];
        cells.extend(row.scores.into_iter().map(figure));
        cells.push(figure(row.overall));
        if options.names {
            // Named rows keep the team's order, so the row's place is the member's.
            cells.push(summary.members.get(place).map_or_else(String::new, |member| member.day.iso()));
        }
        cells
    }));
    rows
}

fn write_dispute(out: &mut String, place: usize, spread: &StatementSpread) {
    let _ = writeln!(out, "### {place}. {}\n", spread.question());
    let _ = writeln!(out, "{} {}.\n", spread.healthy_answer(), capitalise_first(&spread.breakdown()));
    let header: Vec<String> = Answer::ALL.iter().map(|answer| answer.label().to_owned()).collect();
    let counts: Vec<String> = Answer::ALL.iter().map(|&answer| spread.count(answer).to_string()).collect();
    write_table(out, &[header, counts], false);
    let _ = writeln!(out, "\n**To discuss:** {}\n", spread.statement.discussion());
}

/// A GitHub-style table: the first row is the header; figures are right-aligned, and so is the first
/// column unless it holds `labels`.
fn write_table(out: &mut String, rows: &[Vec<String>], labels: bool) {
    let line = |cells: &[String]| {
        format!("| {} |\n", cells.iter().map(|cell| table_cell(cell)).collect::<Vec<_>>().join(" | "))
    };
    let Some((header, body)) = rows.split_first() else {
        return;
    };
    out.push_str(&line(header));
    let rule: Vec<String> = (0..header.len())
        .map(|column| if column == 0 && labels { "---" } else { "---:" }.to_owned())
        .collect();
    let _ = writeln!(out, "|{}|", rule.join("|"));
    for row in body {
        out.push_str(&line(row));
    }
}

/// A pipe ends a table cell, so one not yet escaped gets a backslash: content's text has none, and
/// [`escape_markdown`] has already escaped every pipe a person typed.
fn table_cell(text: &str) -> String {
    let mut cell = String::with_capacity(text.len());
    let mut escaped = false;
    for character in text.chars() {
        if character == '|' && !escaped {
            cell.push('\\');
        }
        escaped = character == '\\' && !escaped;
        cell.push(character);
    }
    cell
}

/// Text a person typed, with every ASCII punctuation mark backslash-escaped (CommonMark's rule), so
/// no name can open a link, emphasis, HTML or a heading's end; and a line break, which would end a
/// heading or a table row, as a space.
fn escape_markdown(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        if character.is_control() {
            escaped.push(' ');
            continue;
        }
        if character.is_ascii_punctuation() {
            escaped.push('\\');
        }
        escaped.push(character);
    }
    escaped
}

/// The tables as RFC 4180 text: every row as wide as the widest, an empty row between tables.
fn write_csv(tables: &[Vec<Vec<String>>]) -> String {
    let width = tables.iter().flatten().map(Vec::len).max().unwrap_or(0);
    let mut out = String::new();
    for (index, table) in tables.iter().enumerate() {
        if index > 0 {
            out.push_str(&",".repeat(width.saturating_sub(1)));
            out.push_str("\r\n");
        }
        for row in table {
            let mut fields: Vec<String> = row.iter().map(|field| csv_field(field)).collect();
            fields.resize(width, String::new());
            out.push_str(&fields.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

/// One field: a leading `'` where it would start a formula, then quoted if it holds a comma, a quote
/// or a line break, with its quotes doubled.
fn csv_field(text: &str) -> String {
    let text =
        if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_owned() };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

//! The team summary as CSV and Markdown: anonymous unless asked, every table cleanly shaped, and
//! names people typed kept as text.

use super::{member, member_with};
use crate::assessment::Answer;
use crate::link::{AssessmentLink, TeamLink};
use crate::team::{to_csv, to_markdown, ExportOptions, TeamSummary, MOST_DISPUTED};
use proptest::prelude::*;

const SPLIT: &str = "sales-often-overpromised";

/// Five people, named, on different days, split on one obstacle.
fn workshop(name: Option<&str>) -> TeamSummary {
    let answers = [
        Answer::StronglyAgree,
        Answer::StronglyAgree,
        Answer::Disagree,
        Answer::StronglyDisagree,
        Answer::DontKnow,
    ];
    let members: Vec<AssessmentLink> = answers
        .iter()
        .enumerate()
        .map(|(index, &answer)| {
            let mut link = member_with(Answer::Neutral, SPLIT, answer);
            link.label = Some(format!("Name{index}"));
            link.day.0 += 100 + index as u32;
            link
        })
        .collect();
    TeamSummary::of(&TeamLink { name: name.map(str::to_owned), members })
}

/// The fields of RFC 4180 text, row by row: what a spreadsheet reads.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let (mut row, mut field, mut quoted, mut chars) = (vec![], String::new(), false, text.chars().peekable());
    while let Some(character) = chars.next() {
        match (quoted, character) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, other) => field.push(other),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {
                chars.next();
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, other) => field.push(other),
        }
    }
    assert!(field.is_empty() && row.is_empty(), "the last line ends with CRLF");
    rows
}

#[test]
fn exports_name_nobody_and_date_nothing_by_default() {
    let team = workshop(Some("Ops"));
    let grid = ExportOptions { grid: true, names: false };
    for options in [ExportOptions::default(), grid] {
        for text in [to_csv(&team, &options), to_markdown(&team, &options)] {
            assert!(!text.contains("Name"), "{text}");
            for member in &team.members {
                assert!(!text.contains(&member.day.iso()), "{text}");
            }
        }
    }
    assert!(
        !to_csv(&team, &ExportOptions::default()).contains("Person 1"),
        "no rows per person unless asked"
    );
    assert!(to_csv(&team, &grid).contains("Person 1"));
}

#[test]
fn names_and_dates_appear_only_when_asked() {
    let team = workshop(None);
    let named = ExportOptions { grid: false, names: true };
    for text in [to_csv(&team, &named), to_markdown(&team, &named)] {
        assert!(text.contains("Name0") && text.contains("Name4"), "{text}");
        assert!(text.contains(&team.members[0].day.iso()), "{text}");
    }
}

#[test]
fn the_csv_is_one_rectangular_sheet_of_stacked_tables() {
    let team = workshop(Some("Ops"));
    let rows = parse_csv(&to_csv(&team, &ExportOptions { grid: true, names: false }));
    let width = rows[0].len();
    assert!(rows.iter().all(|row| row.len() == width), "every row has {width} fields");
    let headers: Vec<&str> = rows
        .iter()
        .enumerate()
        .filter(|(index, _)| *index == 0 || rows[index - 1].iter().all(String::is_empty))
        .map(|(_, row)| row[0].as_str())
        .collect();
    assert_eq!(headers, ["Team", "Stage", "Pillar", "Disputed statement", "Person"]);
    assert_eq!(
        rows[1][..3],
        ["Ops".to_owned(), "5".to_owned(), team.average_overall().map_or(String::new(), |v| v.to_string())]
    );
}

#[test]
fn the_csv_lists_each_disputed_statement_with_its_answer_counts() {
    let team = workshop(None);
    let rows = parse_csv(&to_csv(&team, &ExportOptions::default()));
    let header = rows.iter().position(|row| row[0] == "Disputed statement").unwrap_or(0);
    assert_eq!(rows[header][3..9], Answer::ALL.map(|answer| answer.label().to_owned()));
    let row = &rows[header + 1];
    let statement = &team.disagreements[0].statement;
    assert_eq!(row[0], statement.text());
    assert_eq!(row[2], "Disagree", "disagreeing with an obstacle is the healthy answer");
    assert_eq!(row[3..9], ["1", "1", "0", "0", "2", "1"].map(str::to_owned));
    assert_eq!(row[10], statement.discussion());
}

#[test]
fn a_hostile_team_name_stays_one_text_cell_in_csv() {
    for name in ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "a, \"b\"\r\nc", "\tx"] {
        let team = workshop(Some(name));
        let rows = parse_csv(&to_csv(&team, &ExportOptions::default()));
        let cell = &rows[1][0];
        assert!(cell.ends_with(name), "{cell:?}");
        assert!(!cell.starts_with(['=', '+', '-', '@', '\t']), "{cell:?} would start a formula");
    }
}

#[test]
fn a_hostile_name_is_only_text_in_markdown() {
    let name = "# [x](javascript:alert(1)) <script>|*_`~!";
    let markdown = to_markdown(&workshop(Some(name)), &ExportOptions::default());
    let heading = markdown.lines().next().unwrap_or_default();
    assert_eq!(heading, "# \\# \\[x\\]\\(javascript\\:alert\\(1\\)\\) \\<script\\>\\|\\*\\_\\`\\~\\!");
    let team = TeamSummary::of(&TeamLink {
        name: None,
        members: vec![AssessmentLink {
            label: Some("<img src=x>|Ana".to_owned()),
            ..member(Answer::Agree, None)
        }],
    });
    let named = to_markdown(&team, &ExportOptions { grid: false, names: true });
    assert!(named.contains("| \\<img src\\=x\\>\\|Ana |"), "{named}");
}

#[test]
fn the_markdown_page_has_the_team_the_pillars_the_disputes_and_where_to_start() {
    let team = workshop(None);
    let markdown = to_markdown(&team, &ExportOptions::default());
    assert!(markdown.starts_with("# Team\n\n5 people."), "{markdown}");
    for heading in ["## Pillar by pillar", "## Where the team disagrees most", "## Where to start"] {
        assert!(markdown.contains(heading), "{heading}");
    }
    let dispute = &team.disagreements[0];
    assert!(markdown.contains(&format!("### 1. {}", dispute.question())));
    assert!(markdown.contains("names an obstacle, so disagreeing with it is the healthy answer. 2 disagree, 2 agree, 1 doesn't know."));
    assert!(markdown.contains(&format!("**To discuss:** {}", dispute.statement.discussion())));
    for focus in team.focus() {
        assert!(markdown.contains(&format!("### {} (average {})", focus.pillar.name, focus.average)));
        assert!(focus.actions.iter().all(|action| markdown.contains(action.title())));
    }
    assert!(!markdown.contains("## Person by pillar"));
}

#[test]
fn a_small_team_exports_no_breakdown() {
    let team = TeamSummary::of(&TeamLink {
        name: None,
        members: vec![member(Answer::StronglyAgree, None), member(Answer::StronglyDisagree, None)],
    });
    let markdown = to_markdown(&team, &ExportOptions::default());
    assert!(markdown.contains("answered by at least 3 people"), "{markdown}");
    assert!(!markdown.contains("To discuss"));
    let rows = parse_csv(&to_csv(&team, &ExportOptions::default()));
    assert_eq!(rows.last().map(|row| row[0].as_str()), Some("Disputed statement"), "the table has no rows");
}

#[test]
fn at_most_the_most_disputed_statements_are_exported() {
    let members = [Answer::StronglyAgree, Answer::StronglyAgree, Answer::StronglyDisagree]
        .map(|answer| member(answer, None))
        .to_vec();
    let team = TeamSummary::of(&TeamLink { name: None, members });
    let markdown = to_markdown(&team, &ExportOptions::default());
    assert_eq!(markdown.matches("**To discuss:**").count(), MOST_DISPUTED);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_team_name_is_one_cell_and_one_heading(name in "(?s).{0,40}") {
        let team = workshop(Some(&name));
        let rows = parse_csv(&to_csv(&team, &ExportOptions::default()));
        prop_assert!(rows.iter().all(|row| row.len() == rows[0].len()));
        prop_assert!(rows[1][0] == name || rows[1][0] == format!("'{name}"), "{:?}", rows[1][0]);
        let markdown = to_markdown(&team, &ExportOptions::default());
        let mut lines = markdown.lines();
        prop_assert!(lines.next().is_some_and(|heading| heading.starts_with("# ")));
        prop_assert_eq!(lines.next(), Some(""), "the name stays on the heading's line");
    }
}

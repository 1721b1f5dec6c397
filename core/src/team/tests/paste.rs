use super::{member, member_with, result_address, team_address};
use crate::assessment::Answer;
use crate::link::{encode, QuizLink, SharedResult, TeamLink, MAX_TEAM_MEMBERS};
use crate::team::{add_alike, add_from_pictures, add_pasted, PasteSource, MAX_PASTE_LINES, MAX_PASTE_LINKS};
use proptest::prelude::*;

fn ana() -> crate::link::AssessmentLink {
    member(Answer::Agree, Some("Ana"))
}

#[test]
fn good_links_join_and_each_bad_link_gets_its_own_message() {
    let team = TeamLink::default();
    let good = result_address(&ana());
    let mut tampered = result_address(&member(Answer::Disagree, None));
    tampered.replace_range(tampered.len() - 4..tampered.len() - 3, "Z");
    let quiz =
        QuizLink { content_version: 1, day: super::A_DAY, correct: vec![true; 10], asked: 10, label: None };
    let pasted = format!(
        "{good}\n\n{tampered}\nhello <script>alert(1)</script>\n#/r/{}\n{}",
        encode(&SharedResult::Quiz(quiz)),
        result_address(&member(Answer::Neutral, None))
    );
    let (team, report) = add_pasted(&team, &pasted);
    assert_eq!((report.found, report.added), (4, 2));
    assert_eq!(team.members.len(), 2);
    let lines: Vec<usize> = report.problems.iter().map(|problem| problem.line).collect();
    assert_eq!(lines, [3, 5], "blank lines count, so line numbers match what was pasted");
    assert!(report.problems[0].message.contains("does not pass its check"), "{}", report.problems[0].message);
    assert!(report.problems[0].excerpt.starts_with("#/r/"), "{}", report.problems[0].excerpt);
    assert!(report.problems[1].message.contains("quiz score"));
}

#[test]
fn the_chat_lines_of_the_issue_all_join() {
    let (ben, cy, di) = (
        member(Answer::Neutral, Some("Ben")),
        member(Answer::Disagree, Some("Cy")),
        member(Answer::StronglyAgree, None),
    );
    let pasted = format!(
        "Here's mine {}\n{} (sorry, late)\n{} {}\n<{}>\n[my result]({})",
        result_address(&ana()),
        result_address(&ben),
        result_address(&cy),
        result_address(&di),
        result_address(&member(Answer::Agree, Some("Ed"))),
        result_address(&member(Answer::Disagree, Some("Flo"))),
    );
    let (team, report) = add_pasted(&TeamLink::default(), &pasted);
    assert_eq!((report.added, report.problems), (6, vec![]));
    assert_eq!(team.members[1..4], [ben, cy, di]);
}

#[test]
fn a_chat_export_joins_its_links_and_lists_no_chat_as_a_problem() {
    let pasted = format!(
        "[10:41] Ana: morning all, links below\n[10:42] Ana: {} thanks!\n[10:43] Ben: {}.\n\
         [10:44] Cy: will do mine tonight",
        result_address(&ana()),
        result_address(&member(Answer::Neutral, Some("Ben")))
    );
    let (team, report) = add_pasted(&TeamLink::default(), &pasted);
    assert_eq!((team.members.len(), report.problems.len()), (2, 0));
}

#[test]
fn a_paste_with_no_link_says_so_once() {
    let (team, report) = add_pasted(&TeamLink::default(), "hello <script>alert(1)</script>\nsee you at ten");
    assert_eq!((team.members.len(), report.found), (0, 0));
    assert_eq!(report.problems.len(), 1);
    assert_eq!(report.problems[0].line, 0);
    assert!(
        report.problems[0].message.contains("No result link was found"),
        "{}",
        report.problems[0].message
    );
}

#[test]
fn a_link_broken_over_two_lines_joins() {
    let link = result_address(&ana());
    let (head, tail) = link.split_at(link.len() - 10);
    let (team, report) = add_pasted(&TeamLink::default(), &format!("Hi,\n\n{head}\n{tail}\n\nAna"));
    assert_eq!((team.members, report.problems), (vec![ana()], vec![]));
}

#[test]
fn a_result_pasted_twice_joins_once() {
    let team = TeamLink::default();
    let link = result_address(&ana());
    let (team, report) = add_pasted(&team, &format!("{link}\n{link}"));
    assert_eq!((report.added, team.members.len()), (1, 1));
    assert_eq!(report.problems.len(), 1);
    assert!(
        report.problems[0].message.contains("already in the team (person 1)"),
        "{}",
        report.problems[0].message
    );
    let (_, again) = add_pasted(&team, &link);
    assert_eq!((again.added, again.problems.len()), (0, 1));
}

#[test]
fn a_result_like_one_in_the_team_can_still_join_as_another_person() {
    // The same link twice: one person pasted twice, or two who answered alike on the same day (a
    // hand-back carries no name). Only the facilitator can tell which.
    let (team, report) = add_pasted(&TeamLink::default(), &result_address(&ana()));
    let (team, report_again) = add_pasted(&team, &result_address(&ana()));
    assert_eq!(report.problems, vec![]);
    assert_eq!(report_again.problems[0].alike, Some(ana()));
    assert!(report_again.problems[0].message.contains("add it as another person"));
    let Ok(both) = add_alike(&team, &ana()) else { panic!("a team of one has room") };
    assert_eq!(both.members, vec![ana(), ana()]);
    // A full team has no room, and a damaged link is never offered.
    let full = TeamLink { name: None, members: vec![ana(); MAX_TEAM_MEMBERS] };
    let Err(full_message) = add_alike(&full, &ana()) else { panic!("a full team has no room") };
    assert!(full_message.contains("already holds 50 results"), "{full_message}");
    let (_, damaged) = add_pasted(&team, "#/r/AAAA");
    assert!(damaged.problems.iter().all(|problem| problem.alike.is_none()));
}

#[test]
fn the_same_answers_with_another_name_are_another_person() {
    let team = TeamLink::default();
    let (_, report) = add_pasted(
        &team,
        &format!("{}\n{}", result_address(&ana()), result_address(&member(Answer::Agree, Some("Ben")))),
    );
    assert_eq!((report.added, report.problems.len()), (2, 0));
}

#[test]
fn a_team_link_adds_everyone_in_it_who_is_new() {
    let team = TeamLink { name: None, members: vec![ana()] };
    let other = TeamLink {
        name: Some("Other".to_owned()),
        members: vec![ana(), member(Answer::Neutral, Some("Cy")), member(Answer::Disagree, Some("Di"))],
    };
    let (team, report) = add_pasted(&team, &team_address(&other));
    assert_eq!(report.added, 2);
    assert_eq!(team.members.len(), 3);
    assert!(report.problems[0].message.starts_with("1 of the 3 results"), "{}", report.problems[0].message);
    assert_eq!(team.name, None, "pasting a team link does not rename the team");
}

#[test]
fn a_full_team_refuses_more_and_says_how_many() {
    let members = (0..MAX_TEAM_MEMBERS).map(|n| member(Answer::Agree, Some(&format!("P{n}")))).collect();
    let team = TeamLink { name: None, members };
    let (team, report) = add_pasted(&team, &result_address(&member(Answer::Agree, Some("One more"))));
    assert_eq!((report.added, team.members.len()), (0, MAX_TEAM_MEMBERS));
    assert!(
        report.problems[0].message.contains("at most")
            || report.problems[0].message.contains("already holds 50")
    );
}

#[test]
fn a_paste_of_too_many_lines_is_read_up_to_the_limit() {
    let team = TeamLink::default();
    let pasted = format!(
        "{}\n{}{}",
        result_address(&ana()),
        "chat\n\n".repeat(MAX_PASTE_LINES - 1),
        result_address(&member(Answer::Agree, Some("Too late")))
    );
    let (team, report) = add_pasted(&team, &pasted);
    assert_eq!(team.members, [ana()]);
    assert_eq!(report.problems.len(), 1);
    assert_eq!(report.problems[0].line, 0);
    assert!(report.problems[0].message.contains("first 1000 lines"), "{}", report.problems[0].message);
}

#[test]
fn a_paste_of_too_many_links_is_read_up_to_the_limit() {
    let team = TeamLink::default();
    let (_, report) = add_pasted(&team, &"#/r/x #/r/y\n".repeat(MAX_PASTE_LINKS));
    assert_eq!(report.found, MAX_PASTE_LINKS);
    assert_eq!(report.problems.len(), MAX_PASTE_LINKS + 1);
    assert_eq!(report.problems.last().map(|problem| problem.line), Some(0));
    assert!(report.problems[MAX_PASTE_LINKS].message.contains("first 200 links"));
}

#[test]
fn a_column_of_damaged_lines_is_reported_line_by_line() {
    let line = "A".repeat(76);
    let (_, report) = add_pasted(&TeamLink::default(), &format!("{line}\n").repeat(300));
    assert_eq!(report.found, MAX_PASTE_LINKS);
    assert_eq!(report.problems[..3].iter().map(|problem| problem.line).collect::<Vec<_>>(), [1, 2, 3]);
}

#[test]
fn an_enormous_paste_is_cut_and_says_so() {
    let team = TeamLink::default();
    let pasted = format!("{}\n{}", result_address(&ana()), "é".repeat(300_000));
    let (_, report) = add_pasted(&team, &pasted);
    assert_eq!(report.added, 1);
    assert!(report.problems[0].message.contains("very long"));
}

#[test]
fn a_long_bad_line_is_quoted_short() {
    let team = TeamLink::default();
    let (_, report) = add_pasted(&team, &"x".repeat(500));
    assert_eq!(report.problems[0].excerpt.chars().count(), 33);
    assert!(report.problems[0].excerpt.ends_with('…'));
}

#[test]
fn different_members_with_the_same_dont_know_pattern_are_kept() {
    let team = TeamLink::default();
    let a = member_with(Answer::Agree, "sales-overpromises", Answer::DontKnow);
    let b = member_with(Answer::Agree, "sales-overpromises", Answer::Disagree);
    let (_, report) = add_pasted(&team, &format!("{}\r\n{}\r\n", result_address(&a), result_address(&b)));
    assert_eq!((report.added, report.problems.len()), (2, 0));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn pasting_anything_never_panics_and_never_overfills_a_team(pasted in "(?s).{0,400}") {
        let team = TeamLink::default();
        let (team, report) = add_pasted(&team, &pasted);
        prop_assert!(team.members.len() <= MAX_TEAM_MEMBERS);
        prop_assert_eq!(report.added, team.members.len());
    }
}

#[test]
fn pasting_returns_a_new_team_and_leaves_the_old_one_as_it_was() {
    let before = TeamLink { name: Some("Ops".to_owned()), members: vec![ana()] };
    let (after, report) = add_pasted(&before, &result_address(&member(Answer::Agree, Some("Ben"))));
    assert_eq!((report.added, after.members.len(), before.members.len()), (1, 2, 1));
    assert_eq!(after.name, before.name);
}

#[test]
fn a_picture_of_someone_elses_qr_code_is_said_to_hold_a_code_that_is_not_a_culture_check_link() {
    let (team, report) =
        add_from_pictures(&TeamLink::default(), &["WIFI:S:Office;T:WPA;P:secret;;".to_owned()]);
    assert!(team.members.is_empty());
    assert_eq!(report.source, PasteSource::Pictures);
    assert_eq!(report.problems.len(), 1);
    let problem = &report.problems[0];
    assert_eq!(problem.place(report.source), "The picture");
    assert!(
        problem.message.starts_with("It holds a QR code that is not a Culture Check link"),
        "{}",
        problem.message
    );
    assert!(problem.message.contains("\u{201c}WIFI:S:Office"), "{}", problem.message);
    assert!(!problem.message.contains("paste"), "{}", problem.message);
}

#[test]
fn the_codes_read_in_pictures_join_the_team_and_a_bad_one_is_named_by_its_number() {
    let mut tampered = result_address(&member(Answer::Disagree, None));
    tampered.replace_range(tampered.len() - 4..tampered.len() - 3, "Z");
    let codes = [result_address(&ana()), format!("{tampered}\nsecond line")];
    let (team, report) = add_from_pictures(&TeamLink::default(), &codes);
    assert_eq!((team.members.len(), report.added), (1, 1));
    assert_eq!(report.problems.len(), 1);
    assert!(
        report.problems[0].place(report.source).starts_with("QR code 2 (\u{201c}#/r/"),
        "{:?}",
        report.problems[0]
    );
}

#[test]
fn a_paste_is_still_worded_as_a_paste() {
    let (_, report) = add_pasted(&TeamLink::default(), "no links here");
    assert_eq!(report.source, PasteSource::Paste);
    assert_eq!(report.problems[0].place(report.source), "The paste");
}

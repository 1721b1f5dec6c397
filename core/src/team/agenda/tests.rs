use crate::assessment::Answer;
use crate::date::Day;
use crate::link::TeamLink;
use crate::team::tests::member;
use crate::team::{Agenda, TeamSummary, MINUTES_PER_PILLAR};

fn split_team() -> TeamSummary {
    let members = vec![
        member(Answer::StronglyAgree, None),
        member(Answer::StronglyDisagree, None),
        member(Answer::Agree, None),
    ];
    TeamSummary::of(&TeamLink { name: None, members })
}

#[test]
fn disputes_come_first_with_shorter_time_boxes_further_down() {
    let agenda = Agenda::of(&split_team());
    assert!(!agenda.disputes.is_empty());
    let minutes: Vec<u32> = agenda.disputes.iter().map(|dispute| dispute.minutes).collect();
    assert_eq!(minutes[0], 15);
    assert!(minutes.windows(2).all(|pair| pair[0] >= pair[1]), "{minutes:?}");
    assert_eq!(agenda.disputes[0].disagreement, split_team().disagreements[0]);
}

#[test]
fn the_team_focus_follows_and_counts_in_the_length() {
    let summary = split_team();
    let agenda = Agenda::of(&summary);
    assert_eq!(agenda.weakest, summary.focus());
    let disputes: u32 = agenda.disputes.iter().map(|dispute| dispute.minutes).sum();
    let pillars = MINUTES_PER_PILLAR * u32::try_from(agenda.weakest.len()).unwrap_or(0);
    assert_eq!(agenda.total_minutes(), disputes + pillars);
}

#[test]
fn an_empty_team_has_an_empty_agenda() {
    let agenda = Agenda::of(&TeamSummary::of(&TeamLink::default()));
    assert_eq!((agenda.disputes.len(), agenda.weakest.len(), agenda.total_minutes()), (0, 0, 0));
}

#[test]
fn the_title_names_the_session_by_the_team_name_first() {
    assert_eq!(Agenda::title(Some("Leadership"), Some("Offsite")), "Workshop agenda: Leadership");
}

#[test]
fn the_title_falls_back_on_the_invite_name() {
    assert_eq!(Agenda::title(None, Some("Offsite")), "Workshop agenda: Offsite");
}

#[test]
fn an_unnamed_session_has_a_plain_title() {
    assert_eq!(Agenda::title(None, None), "Workshop agenda");
}

#[test]
fn the_byline_gives_the_day_the_people_and_the_length() {
    let agenda = Agenda::of(&split_team());
    let day = Day::from_ymd(2026, 12, 5).unwrap_or(Day(0));
    assert_eq!(
        agenda.byline(day),
        format!("5 December 2026 · 3 people · about {} minutes", agenda.total_minutes())
    );
}

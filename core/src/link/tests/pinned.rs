//! Links pinned forever: payloads written by format versions 1 and 2 and the exact values they must
//! decode to. If a change to the format breaks one of these, links people have already shared break too: add
//! a new format version instead, and keep these passing.

use crate::assessment::Answer::{self, *};
use crate::assessment::Role;
use crate::date::Day;
use crate::link::{decode, decode_team, AssessmentLink, QuizLink, SharedResult, TeamLink};

fn day(year: i32, month: u32, day_of_month: u32) -> Day {
    Day::from_ymd(year, month, day_of_month).expect("a real date")
}

/// Thirty-five answers, the scale's seven codes in turn, without a label.
fn thirty_five_answers(role: Option<Role>) -> AssessmentLink {
    AssessmentLink {
        content_version: 1,
        day: day(2026, 11, 22),
        answers: (0..35).map(|slot| Answer::from_code(slot % 7)).collect(),
        label: None,
        role,
    }
}

/// Eight answers of a later content version, one unanswered, under a label with accents and a dash.
fn labelled_of_a_later_version(role: Option<Role>) -> AssessmentLink {
    AssessmentLink {
        content_version: 2,
        day: day(2025, 3, 14),
        answers: vec![
            Some(StronglyAgree),
            Some(Agree),
            None,
            Some(DontKnow),
            Some(Neutral),
            Some(Disagree),
            Some(StronglyDisagree),
            Some(Agree),
        ],
        label: Some("Zoë – Équipe".to_owned()),
        role,
    }
}

/// Ana, someone without a name and Ben (a day later): members that share a header and members
/// that need their own, each giving the part of the company in `roles`.
fn offsite_team([ana_role, unnamed_role, ben_role]: [Option<Role>; 3]) -> TeamLink {
    let ana = AssessmentLink {
        content_version: 1,
        day: day(2026, 11, 22),
        answers: vec![Some(Agree), Some(Agree), Some(Neutral), Some(DontKnow), Some(StronglyDisagree)],
        label: Some("Ana".to_owned()),
        role: ana_role,
    };
    TeamLink {
        name: Some("Leadership offsite".to_owned()),
        members: vec![
            ana.clone(),
            AssessmentLink {
                answers: vec![Some(Disagree), Some(Agree), Some(Agree), None, Some(Neutral)],
                label: None,
                role: unnamed_role,
                ..ana.clone()
            },
            AssessmentLink { day: day(2026, 11, 23), label: Some("Ben".to_owned()), role: ben_role, ..ana },
        ],
    }
}

#[test]
fn a_35_statement_assessment_without_a_label_still_reads() {
    let expected = thirty_five_answers(None);
    assert_eq!(decode("EQEEICMFOXApy4FOXApy4FOXAACCYQ"), Ok(SharedResult::Assessment(expected)));
}

#[test]
fn a_labelled_assessment_of_a_later_content_version_still_reads() {
    let expected = labelled_of_a_later_version(None);
    assert_eq!(decode("EQIBtgiwZowQWm_DqyDigJMgw4lxdWlwZWFX"), Ok(SharedResult::Assessment(expected)));
}

#[test]
fn an_empty_assessment_on_the_first_day_still_reads() {
    let expected =
        AssessmentLink { content_version: 1, day: day(2024, 1, 1), answers: vec![], label: None, role: None };
    assert_eq!(decode("EQEAAAAA-2U"), Ok(SharedResult::Assessment(expected)));
}

#[test]
fn a_labelled_quiz_result_still_reads() {
    let expected = QuizLink {
        content_version: 1,
        day: day(2026, 11, 22),
        correct: vec![true, true, false, true, true, true, false, true, false, true],
        asked: 10,
        label: Some("Sam".to_owned()),
    };
    assert_eq!(decode("EgEEIAoK3UADU2Ft5zw"), Ok(SharedResult::Quiz(expected)));
}

#[test]
fn a_team_with_shared_and_separate_headers_still_reads() {
    let expected = offsite_team([None, None, None]);
    assert_eq!(decode_team("ExJMZWFkZXJzaGlwIG9mZnNpdGUDAQQgBQKR4gNBbmFSBgABBCEFAZHiA0Jlbqp7"), Ok(expected));
}

// Format version 2: the part of the company, packed as one more 3-bit code before the answers.

#[test]
fn a_35_statement_assessment_from_leadership_still_reads() {
    let expected = thirty_five_answers(Some(Role::Leadership));
    assert_eq!(decode("IQEEICMgpy4FOXApy4FOXApy4ABiiQ"), Ok(SharedResult::Assessment(expected)));
}

#[test]
fn a_labelled_assessment_from_sales_and_marketing_still_reads() {
    let expected = labelled_of_a_later_version(Some(Role::GoToMarket));
    assert_eq!(decode("IQIBtgh2DNGAEFpvw6sg4oCTIMOJcXVpcGVQpQ"), Ok(SharedResult::Assessment(expected)));
}

#[test]
fn a_team_whose_members_give_a_part_of_the_company_or_none_still_reads() {
    let expected = offsite_team([Some(Role::Leadership), None, Some(Role::ProductEngineering)]);
    assert_eq!(
        decode_team("IxJMZWFkZXJzaGlwIG9mZnNpdGUDAQQgBQIyPEADQW5hCkDAAAEEIQUBUjxAA0Jlbvgm"),
        Ok(expected)
    );
}

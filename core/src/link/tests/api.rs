//! How the public functions behave on ordinary results: round trips, sizes, clamping, duplicates.

use super::fixtures::{assessment, quiz, A_DAY};
use crate::assessment::{Answer, Role};
use crate::date::Day;
use crate::link::base64url;
use crate::link::{
    decode, decode_team, encode, encode_team, read_pasted, AssessmentLink, LinkContent, SharedResult,
    TeamLink, FIRST_DAY, LAST_DAY, MAX_LABEL_CHARS, MAX_PAYLOAD_CHARS, MAX_SLOTS, MAX_TEAM_MEMBERS,
};

fn team_of(count: usize, label: impl Fn(usize) -> Option<String>) -> TeamLink {
    let members = (0..count).map(|i| AssessmentLink { label: label(i), ..assessment(None) }).collect();
    TeamLink { name: Some("Leadership offsite".to_owned()), members }
}

#[test]
fn an_assessment_round_trips() {
    let result = SharedResult::Assessment(assessment(Some("Zoë – Équipe")));
    assert_eq!(decode(&encode(&result)), Ok(result));
}

#[test]
fn a_quiz_round_trips() {
    let result = SharedResult::Quiz(quiz(Some("Sam")));
    assert_eq!(decode(&encode(&result)), Ok(result));
}

#[test]
fn a_team_round_trips() {
    let team = team_of(5, |i| Some(format!("Member {i}")));
    assert_eq!(decode_team(&encode_team(&team).expect("five members fit")), Ok(team));
}

#[test]
fn a_35_slot_assessment_link_is_well_under_40_characters() {
    assert_eq!(encode(&SharedResult::Assessment(assessment(None))).len(), 30);
}

#[test]
fn a_twelve_character_label_adds_sixteen_characters() {
    assert_eq!(encode(&SharedResult::Assessment(assessment(Some("Product team")))).len(), 46);
}

#[test]
fn a_quiz_link_is_shorter_still() {
    assert_eq!(encode(&SharedResult::Quiz(quiz(None))).len(), 15);
}

#[test]
fn team_members_sharing_a_header_cost_only_their_answers_and_labels() {
    let five = encode_team(&team_of(5, |_| None)).expect("fits");
    let fifty = encode_team(&team_of(MAX_TEAM_MEMBERS, |_| None)).expect("fits");
    assert_eq!((five.len(), fifty.len()), (138, 1038));
}

#[test]
fn the_largest_team_the_encoder_can_write_fits_under_the_decoders_cap() {
    let widest = AssessmentLink {
        content_version: 255,
        day: Day(0),
        answers: vec![Some(Answer::DontKnow); MAX_SLOTS],
        label: Some("😀".repeat(MAX_LABEL_CHARS)),
        role: Some(Role::OperationsOther),
    };
    // A different day per member, so no member shares a header.
    let members = (0..MAX_TEAM_MEMBERS as u32)
        .map(|i| AssessmentLink { day: Day(FIRST_DAY.0 + i), ..widest.clone() })
        .collect();
    let team = TeamLink { name: Some("😀".repeat(MAX_LABEL_CHARS)), members };
    let payload = encode_team(&team).expect("fifty members fit");
    assert!(payload.len() <= MAX_PAYLOAD_CHARS, "{}", payload.len());
    assert_eq!(decode_team(&payload), Ok(team));
}

#[test]
fn slots_beyond_the_most_a_link_carries_are_left_out() {
    let long = AssessmentLink { answers: vec![Some(Answer::Agree); MAX_SLOTS + 3], ..assessment(None) };
    let Ok(SharedResult::Assessment(read)) = decode(&encode(&SharedResult::Assessment(long))) else {
        panic!("an over-long assessment still makes a link");
    };
    assert_eq!(read.answers, vec![Some(Answer::Agree); MAX_SLOTS]);
}

#[test]
fn days_outside_the_links_range_come_back_as_its_nearest_end() {
    for (day, expected) in [(Day(0), FIRST_DAY), (Day(u32::MAX), LAST_DAY)] {
        let link = AssessmentLink { day, ..assessment(None) };
        let Ok(SharedResult::Assessment(read)) = decode(&encode(&SharedResult::Assessment(link))) else {
            panic!("a clamped day still makes a link");
        };
        assert_eq!(read.day, expected);
    }
}

#[test]
fn labels_are_sanitized_when_written() {
    let link = assessment(Some("  Ana \u{202E}\n "));
    let Ok(SharedResult::Assessment(read)) = decode(&encode(&SharedResult::Assessment(link))) else {
        panic!("a messy label still makes a link");
    };
    assert_eq!(read.label.as_deref(), Some("Ana"));
}

#[test]
fn a_blank_label_is_written_as_no_label() {
    let blank = encode(&SharedResult::Assessment(assessment(Some("   "))));
    assert_eq!(blank, encode(&SharedResult::Assessment(assessment(None))));
}

#[test]
fn a_team_knows_when_it_already_holds_a_result() {
    let team = team_of(3, |i| Some(format!("Member {i}")));
    assert!(team.holds(&AssessmentLink { label: Some("Member 1".to_owned()), ..assessment(None) }));
    assert!(!team.holds(&AssessmentLink { label: Some("Member 7".to_owned()), ..assessment(None) }));
}

#[test]
fn a_result_pasted_twice_is_found_as_a_duplicate() {
    let mut team = team_of(3, |i| Some(format!("Member {i}")));
    team.members.push(team.members[1].clone());
    team.members.push(AssessmentLink { label: Some(" Member 0 ".to_owned()), ..assessment(None) });
    assert_eq!(team.duplicates(), vec![3, 4]);
}

#[test]
fn a_team_without_a_member_keeps_everyone_else_in_order() {
    let team = team_of(3, |i| Some(format!("Member {i}")));
    let without = team.without(&team.members[1]);
    assert_eq!(without.members, [team.members[0].clone(), team.members[2].clone()]);
    assert_eq!(without.without(&team.members[1]), without, "someone not in the team changes nothing");
}

#[test]
fn a_repeated_member_leaves_one_appearance_at_a_time() {
    let mut team = team_of(2, |i| Some(format!("Member {i}")));
    team.members.push(team.members[0].clone());
    assert_eq!(team.without(&team.members[0]).members.len(), 2);
}

#[test]
fn members_with_different_dates_each_keep_their_own() {
    let mut team = team_of(3, |_| None);
    team.members[1].day = Day(A_DAY.0 + 30);
    team.members[2].content_version = 2;
    assert_eq!(decode_team(&encode_team(&team).expect("fits")), Ok(team));
}

#[test]
fn a_pasted_address_is_read_to_its_result() {
    let result = SharedResult::Quiz(quiz(None));
    let pasted = format!("  https://example.org/culture-check/#/r/{}\n", encode(&result));
    assert_eq!(read_pasted(&pasted), Ok(LinkContent::Result(result)));
}

#[test]
fn a_quiz_score_counts_the_right_answers() {
    assert_eq!(quiz(None).score(), 7);
}

#[test]
fn an_anonymised_team_link_holds_no_name_and_no_ones_day() {
    let mut team = team_of(4, |i| Some(format!("Secret{i}")));
    for (offset, member) in team.members.iter_mut().enumerate() {
        member.day = Day(A_DAY.0 - 40 + offset as u32 * 9);
        member.answers[offset] = Some(Answer::StronglyAgree);
    }
    let today = Day(A_DAY.0 + 3);
    let payload = encode_team(&team.anonymised(today)).expect("four members fit");
    let bytes = base64url::decode(&payload).expect("the site's own link");
    for name in (0..4).map(|i| format!("Secret{i}")) {
        assert!(!bytes.windows(name.len()).any(|window| window == name.as_bytes()), "{name} leaks");
    }
    let read = decode_team(&payload).expect("reads back");
    assert!(read.members.iter().all(|member| member.label.is_none() && member.day == today));
    assert_eq!(read.name.as_deref(), Some("Leadership offsite"), "the group keeps its name");
    let mut answers: Vec<_> = team.members.iter().map(|member| member.answers.clone()).collect();
    let mut kept: Vec<_> = read.members.iter().map(|member| member.answers.clone()).collect();
    answers.sort();
    kept.sort();
    assert_eq!(kept, answers, "everyone's answers stay");
}

#[test]
fn an_anonymised_team_link_does_not_keep_the_order_people_joined_in() {
    let mut team = team_of(3, |i| Some(format!("Member {i}")));
    for (slot, member) in team.members.iter_mut().enumerate() {
        member.answers[slot] = Some(Answer::Disagree);
    }
    let mut reordered = team.clone();
    reordered.members.rotate_left(1);
    assert_ne!(team, reordered);
    assert_eq!(encode_team(&team.anonymised(A_DAY)), encode_team(&reordered.anonymised(A_DAY)));
}

#[test]
fn an_anonymised_team_is_one_run_when_its_members_share_an_edition() {
    let mut team = team_of(3, |i| Some(format!("Member {i}")));
    team.members[1].day = Day(A_DAY.0 + 50);
    let full = encode_team(&team).expect("fits").len();
    let anonymous = encode_team(&team.anonymised(A_DAY)).expect("fits").len();
    assert!(anonymous < full, "{anonymous} < {full}: no labels, and one header for all");
}

#[test]
fn a_result_without_a_part_of_the_company_keeps_its_format_one_link() {
    let payload = encode(&SharedResult::Assessment(assessment(None)));
    assert_eq!(payload, "EQEEICMFOXApy4FOXApy4FOXAACCYQ");
}

#[test]
fn a_part_of_the_company_costs_a_35_statement_result_no_character() {
    let without = encode(&SharedResult::Assessment(assessment(None)));
    let with = encode(&SharedResult::Assessment(AssessmentLink {
        role: Some(Role::Leadership),
        ..assessment(None)
    }));
    assert_eq!((without.len(), with.len()), (30, 30));
    assert!(with.starts_with('I'), "format 2 starts with byte 0x21: {with}");
}

#[test]
fn a_team_is_written_in_format_two_only_when_someone_gives_a_part_of_the_company() {
    let none = team_of(3, |_| None);
    let mut one = none.clone();
    one.members[1].role = Some(Role::GoToMarket);
    let first_byte =
        |team: &TeamLink| base64url::decode(&encode_team(team).expect("fits")).map(|bytes| bytes[0]);
    assert_eq!((first_byte(&none), first_byte(&one)), (Ok(0x13), Ok(0x23)));
    assert_eq!(decode_team(&encode_team(&one).expect("fits")), Ok(one));
}

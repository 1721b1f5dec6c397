//! One test per way a link can be wrong, each checking the error it gives.

use super::fixtures::{assessment, assessment_header, forge, quiz};
use crate::link::{
    decode, decode_team, encode, encode_team, LabelProblem, LinkError, LinkKind, SharedResult, TeamLink,
    MAX_PAYLOAD_CHARS,
};

fn a_valid_link() -> String {
    encode(&SharedResult::Assessment(assessment(Some("Ana"))))
}

/// A forged assessment with one slot answered "agree" (code 4, packed as 100_00000) and this label.
fn forged_with_label(label: &[u8]) -> String {
    let mut bytes = assessment_header(1);
    bytes.push(0b1000_0000);
    bytes.push(label.len() as u8);
    bytes.extend_from_slice(label);
    forge(&bytes)
}

#[test]
fn an_empty_link_is_reported_as_empty() {
    assert_eq!(decode(""), Err(LinkError::Empty));
}

#[test]
fn a_link_longer_than_any_the_site_writes_is_refused_unread() {
    // Not even base64url: the length is refused before any character is looked at.
    assert_eq!(decode(&"%".repeat(MAX_PAYLOAD_CHARS + 1)), Err(LinkError::TooLong));
}

#[test]
fn a_character_outside_base64url_is_named_with_its_position() {
    let mut link = a_valid_link();
    link.replace_range(2..3, "=");
    assert_eq!(decode(&link), Err(LinkError::NotBase64url { character: '=', position: 3 }));
    assert!(LinkError::NotBase64url { character: '=', position: 3 }.message().contains("“=” at character 3"));
}

#[test]
fn an_invisible_character_is_named_by_its_code() {
    let message = LinkError::NotBase64url { character: '\u{200B}', position: 1 }.message();
    assert!(message.contains("U+200B"), "{message}");
}

#[test]
fn a_link_cut_short_is_reported_as_truncated() {
    assert_eq!(decode(&a_valid_link()[..3]), Err(LinkError::Truncated));
}

#[test]
fn a_link_cut_one_character_past_a_group_is_reported_as_truncated() {
    // 4n + 1 characters can never come from whole bytes.
    assert_eq!(decode(&a_valid_link()[..9]), Err(LinkError::Truncated));
}

#[test]
fn a_link_cut_in_the_middle_fails_its_check() {
    assert_eq!(decode(&a_valid_link()[..20]), Err(LinkError::CheckFailed));
}

#[test]
fn a_mistyped_character_fails_the_check() {
    let mut link = a_valid_link();
    let typo = if link.as_bytes()[10] == b'x' { "y" } else { "x" };
    link.replace_range(10..11, typo);
    assert_eq!(decode(&link), Err(LinkError::CheckFailed));
}

#[test]
fn a_link_from_a_newer_format_says_so() {
    let link = forge(&[0x31, 9, 9, 9]);
    assert_eq!(decode(&link), Err(LinkError::NewerFormat { found: 3 }));
    assert!(LinkError::NewerFormat { found: 3 }.message().contains("newer version"));
}

#[test]
fn an_unknown_kind_is_reported() {
    assert_eq!(decode(&forge(&[0x15])), Err(LinkError::UnknownKind { first_byte: 0x15 }));
}

#[test]
fn format_version_zero_is_an_unknown_kind() {
    assert_eq!(decode(&forge(&[0x01])), Err(LinkError::UnknownKind { first_byte: 0x01 }));
}

#[test]
fn a_team_link_opened_as_a_result_says_it_is_a_team() {
    let team = encode_team(&TeamLink::default()).expect("an empty team fits");
    assert_eq!(decode(&team), Err(LinkError::TeamWhereResultExpected));
}

#[test]
fn a_result_opened_as_a_team_says_whose_result_it_is() {
    let quiz = encode(&SharedResult::Quiz(quiz(None)));
    assert_eq!(decode_team(&quiz), Err(LinkError::ResultWhereTeamExpected { found: LinkKind::Quiz }));
    assert_eq!(
        decode_team(&a_valid_link()),
        Err(LinkError::ResultWhereTeamExpected { found: LinkKind::Assessment })
    );
}

#[test]
fn a_label_that_is_not_utf8_is_refused() {
    assert_eq!(decode(&forged_with_label(&[0xFF, 0xFE])), Err(LinkError::BadLabel(LabelProblem::NotText)));
}

#[test]
fn a_label_longer_than_forty_characters_is_refused() {
    let label = "a".repeat(41);
    assert_eq!(decode(&forged_with_label(label.as_bytes())), Err(LinkError::BadLabel(LabelProblem::TooLong)));
}

#[test]
fn a_label_length_beyond_160_bytes_is_refused_before_reading_it() {
    let mut bytes = assessment_header(0);
    bytes.push(161);
    assert_eq!(decode(&forge(&bytes)), Err(LinkError::BadLabel(LabelProblem::TooLong)));
}

#[test]
fn a_label_with_control_characters_is_refused() {
    assert_eq!(decode(&forged_with_label(b"Ana\nB")), Err(LinkError::BadLabel(LabelProblem::Unclean)));
}

#[test]
fn a_label_with_spaces_around_it_is_refused() {
    assert_eq!(decode(&forged_with_label(b" Ana")), Err(LinkError::BadLabel(LabelProblem::Unclean)));
}

#[test]
fn more_than_127_slots_are_refused() {
    assert_eq!(decode(&forge(&assessment_header(128))), Err(LinkError::TooManySlots { found: 128 }));
}

#[test]
fn an_answer_code_of_seven_is_unknown() {
    // Slot 0 answers "agree" (100), slot 1 holds 111.
    let mut bytes = assessment_header(2);
    bytes.extend_from_slice(&[0b1001_1100, 0]);
    assert_eq!(decode(&forge(&bytes)), Err(LinkError::UnknownAnswer { slot: 1 }));
}

#[test]
fn stray_filler_bits_after_the_answers_are_refused() {
    let mut bytes = assessment_header(1);
    bytes.extend_from_slice(&[0b1000_0001, 0]);
    assert_eq!(decode(&forge(&bytes)), Err(LinkError::LeftoverBits));
}

#[test]
fn a_body_shorter_than_its_header_says_is_truncated() {
    let mut bytes = assessment_header(35);
    bytes.extend_from_slice(&[0; 5]);
    assert_eq!(decode(&forge(&bytes)), Err(LinkError::Truncated));
}

#[test]
fn a_quiz_with_more_right_answers_than_asked_is_impossible() {
    // Two questions, both right, one asked.
    let bytes = [0x12, 1, 0, 0, 2, 1, 0b1100_0000, 0];
    let expected = LinkError::ImpossibleScore { correct: 2, asked: 1, questions: 2 };
    assert_eq!(decode(&forge(&bytes)), Err(expected));
}

#[test]
fn a_quiz_asking_more_questions_than_it_has_is_impossible() {
    let bytes = [0x12, 1, 0, 0, 2, 3, 0, 0];
    let expected = LinkError::ImpossibleScore { correct: 0, asked: 3, questions: 2 };
    assert_eq!(decode(&forge(&bytes)), Err(expected));
}

#[test]
fn a_team_of_fifty_one_is_refused_when_decoded() {
    // No name, 51 members: refused before any member is read.
    assert_eq!(decode_team(&forge(&[0x13, 0, 51])), Err(LinkError::TooManyMembers { found: 51 }));
}

#[test]
fn a_team_of_fifty_one_cannot_be_encoded() {
    let team = TeamLink { name: None, members: vec![assessment(None); 51] };
    assert_eq!(encode_team(&team), Err(LinkError::TooManyMembers { found: 51 }));
}

#[test]
fn a_team_run_of_no_members_is_a_count_mismatch() {
    assert_eq!(decode_team(&forge(&[0x13, 0, 1, 1, 0, 0, 0, 0])), Err(LinkError::MemberCountMismatch));
}

#[test]
fn a_team_run_longer_than_the_team_is_a_count_mismatch() {
    assert_eq!(decode_team(&forge(&[0x13, 0, 1, 1, 0, 0, 0, 2])), Err(LinkError::MemberCountMismatch));
}

#[test]
fn extra_bytes_after_a_result_are_reported_as_trailing() {
    let mut bytes = assessment_header(0);
    bytes.extend_from_slice(&[0, 7, 7]);
    assert_eq!(decode(&forge(&bytes)), Err(LinkError::TrailingBytes { count: 2 }));
}

#[test]
fn every_error_has_its_own_message() {
    let errors = [
        LinkError::Empty,
        LinkError::TooLong,
        LinkError::NotBase64url { character: '%', position: 4 },
        LinkError::Truncated,
        LinkError::CheckFailed,
        LinkError::NewerFormat { found: 3 },
        LinkError::UnknownKind { first_byte: 0x15 },
        LinkError::UnknownRole { code: 5 },
        LinkError::TeamWhereResultExpected,
        LinkError::ResultWhereTeamExpected { found: LinkKind::Quiz },
        LinkError::ResultWhereTeamExpected { found: LinkKind::Assessment },
        LinkError::BadLabel(LabelProblem::NotText),
        LinkError::BadLabel(LabelProblem::TooLong),
        LinkError::BadLabel(LabelProblem::Unclean),
        LinkError::TooManySlots { found: 200 },
        LinkError::UnknownAnswer { slot: 3 },
        LinkError::LeftoverBits,
        LinkError::ImpossibleScore { correct: 3, asked: 2, questions: 10 },
        LinkError::TooManyMembers { found: 51 },
        LinkError::MemberCountMismatch,
        LinkError::TrailingBytes { count: 2 },
        LinkError::NotAResultAddress,
    ];
    let messages: std::collections::HashSet<String> = errors.iter().map(LinkError::message).collect();
    assert_eq!(messages.len(), errors.len());
    assert!(messages.iter().all(|message| message.ends_with('.') && !message.contains('{')));
}

#[test]
fn a_link_made_before_invisible_characters_were_dropped_still_opens_with_the_label_cleaned() {
    // The cleaner of November 2026 let a word joiner through.
    match decode(&forged_with_label("Jo\u{2060}sé".as_bytes())) {
        Ok(SharedResult::Assessment(link)) => assert_eq!(link.label.as_deref(), Some("José")),
        other => panic!("the link should open, got {other:?}"),
    }
}

#[test]
fn a_link_made_before_letters_were_composed_still_opens_with_the_label_composed() {
    match decode(&forged_with_label("Zoe\u{308}".as_bytes())) {
        Ok(SharedResult::Assessment(link)) => assert_eq!(link.label.as_deref(), Some("Zo\u{EB}")),
        other => panic!("the link should open, got {other:?}"),
    }
}

#[test]
fn a_link_made_before_marks_were_limited_still_opens_with_two_marks_on_the_letter() {
    let piled = format!("q{}", "\u{301}".repeat(39));
    match decode(&forged_with_label(piled.as_bytes())) {
        Ok(SharedResult::Assessment(link)) => assert_eq!(link.label.as_deref(), Some("q\u{301}\u{301}")),
        other => panic!("the link should open, got {other:?}"),
    }
}

#[test]
fn format_two_has_no_quiz_results() {
    assert_eq!(decode(&forge(&[0x22, 1, 0, 0, 0, 0, 0])), Err(LinkError::UnknownKind { first_byte: 0x22 }));
}

#[test]
fn a_format_two_result_with_an_unknown_part_of_the_company_is_refused() {
    // One slot: role code 5, then the answer "agree" (4): 101 100 00.
    let link = forge(&[0x21, 1, 0, 0, 1, 0b1011_0000, 0]);
    assert_eq!(decode(&link), Err(LinkError::UnknownRole { code: 5 }));
}

#[test]
fn a_format_two_result_must_give_a_part_of_the_company() {
    // A result without one is written in format 1, so format 2 with code 0 is no link the site writes.
    let link = forge(&[0x21, 1, 0, 0, 1, 0b0001_0000, 0]);
    assert_eq!(decode(&link), Err(LinkError::UnknownRole { code: 0 }));
}

#[test]
fn a_format_two_team_member_may_give_no_part_of_the_company() {
    // Unnamed team, 1 member, run header (version 1, day 0, 1 slot), run of 1: role 0, answer 4.
    let link = forge(&[0x23, 0, 1, 1, 0, 0, 1, 1, 0b0001_0000, 0]);
    let team = decode_team(&link).expect("a valid team");
    assert_eq!(team.members[0].role, None);
}

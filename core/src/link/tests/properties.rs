//! Properties over generated results and hostile input: exact round trips, no panics on anything, and
//! every single-character typo caught. A few thousand cases in all; `core/tests/link_fuzz.rs` runs the
//! no-panic properties at 100,000 cases each.

use super::fixtures::forge;
use crate::assessment::{Answer, Role};
use crate::date::Day;
use crate::link::{
    base64url, decode, decode_any, decode_team, encode, encode_team, read_pasted, sanitize_label,
    AssessmentLink, LinkContent, QuizLink, SharedResult, TeamLink, FIRST_DAY, LAST_DAY, MAX_SLOTS,
    MAX_TEAM_MEMBERS,
};
use proptest::prelude::*;

/// Any slot: unanswered (code 0) or any answer (codes 1–6).
fn answer() -> impl Strategy<Value = Option<Answer>> {
    (0u8..7).prop_map(Answer::from_code)
}

/// Labels as the app would hold them: already sanitized, sometimes none.
fn label() -> impl Strategy<Value = Option<String>> {
    let raw = prop_oneof![".{0,50}", "[ a-zA-Zé😀\t\n\u{202E}]{0,60}"];
    prop::option::of(raw).prop_map(|raw| raw.and_then(|text| sanitize_label(&text)))
}

/// No part of the company, or any of the four.
fn role() -> impl Strategy<Value = Option<Role>> {
    prop::option::of(prop::sample::select(Role::ALL.to_vec()))
}

fn day() -> impl Strategy<Value = Day> {
    (FIRST_DAY.0..=LAST_DAY.0).prop_map(Day)
}

fn assessment() -> impl Strategy<Value = AssessmentLink> {
    (any::<u8>(), day(), prop::collection::vec(answer(), 0..=MAX_SLOTS), label(), role()).prop_map(
        |(content_version, day, answers, label, role)| AssessmentLink {
            content_version,
            day,
            answers,
            label,
            role,
        },
    )
}

fn quiz() -> impl Strategy<Value = QuizLink> {
    (any::<u8>(), day(), prop::collection::vec(any::<bool>(), 0..=MAX_SLOTS), label()).prop_flat_map(
        |(content_version, day, correct, label)| {
            let right = correct.iter().filter(|&&right| right).count() as u8;
            (right..=correct.len() as u8).prop_map(move |asked| QuizLink {
                content_version,
                day,
                correct: correct.clone(),
                asked,
                label: label.clone(),
            })
        },
    )
}

/// Teams whose members draw from a few headers, as in a workshop, so runs of shared headers occur.
fn team() -> impl Strategy<Value = TeamLink> {
    let header = (1u8..3, (FIRST_DAY.0..FIRST_DAY.0 + 2).prop_map(Day), 0usize..40);
    (prop::collection::vec(header, 1..4), label(), 0..=MAX_TEAM_MEMBERS).prop_flat_map(
        |(headers, name, count)| {
            let member =
                (prop::sample::select(headers), prop::collection::vec(answer(), 40), label(), role())
                    .prop_map(|((content_version, day, slots), mut answers, label, role)| {
                        answers.truncate(slots);
                        AssessmentLink { content_version, day, answers, label, role }
                    });
            prop::collection::vec(member, count)
                .prop_map(move |members| TeamLink { name: name.clone(), members })
        },
    )
}

fn shared_result() -> impl Strategy<Value = SharedResult> {
    prop_oneof![assessment().prop_map(SharedResult::Assessment), quiz().prop_map(SharedResult::Quiz)]
}

/// Replacement characters for typos: the whole alphabet and a few that people and programs add.
fn typo() -> impl Strategy<Value = char> {
    prop_oneof![
        8 => prop::sample::select(
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".chars().collect::<Vec<_>>()
        ),
        1 => prop::sample::select(vec!['=', '%', '+', '/', ' ', '.', 'é']),
    ]
}

fn replace_char(text: &str, index: usize, replacement: char) -> String {
    text.chars().enumerate().map(|(i, original)| if i == index { replacement } else { original }).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn every_assessment_round_trips_exactly(link in assessment()) {
        let result = SharedResult::Assessment(link);
        prop_assert_eq!(decode(&encode(&result)), Ok(result));
    }

    #[test]
    fn every_quiz_result_round_trips_exactly(link in quiz()) {
        let result = SharedResult::Quiz(link);
        prop_assert_eq!(decode(&encode(&result)), Ok(result));
    }

    #[test]
    fn decoding_any_string_never_panics(text in prop_oneof![".{0,200}", "[A-Za-z0-9_-]{0,120}"]) {
        let _ = decode_any(&text);
        let _ = read_pasted(&text);
    }

    #[test]
    fn decoding_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = decode_any(&base64url::encode(&bytes));
    }

    #[test]
    fn bodies_that_pass_the_check_never_panic_and_reencode_to_themselves(
        first in prop_oneof![prop::sample::select(vec![0x11u8, 0x12, 0x13, 0x21, 0x23]), any::<u8>()],
        body in prop::collection::vec(any::<u8>(), 0..200),
    ) {
        let mut bytes = vec![first];
        bytes.extend_from_slice(&body);
        let payload = forge(&bytes);
        match decode_any(&payload) {
            Ok(LinkContent::Result(result)) => prop_assert_eq!(encode(&result), payload),
            Ok(LinkContent::Team(team)) => {
                let again = encode_team(&team).expect("a decoded team has at most 50 members");
                prop_assert_eq!(decode_team(&again), Ok(team));
            }
            Err(_) => {}
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn valid_links_with_a_byte_changed_and_a_fresh_check_never_panic(
        result in shared_result(),
        position in any::<prop::sample::Index>(),
        replacement in any::<u8>(),
    ) {
        let mut bytes = base64url::decode(&encode(&result)).expect("the encoder writes base64url");
        bytes.truncate(bytes.len() - 2);
        let index = position.index(bytes.len());
        bytes[index] = replacement;
        let payload = forge(&bytes);
        if let Ok(LinkContent::Result(changed)) = decode_any(&payload) {
            // Written again, it reads back the same. (Not always as the same text: an old link's label
            // holding a character the cleaner drops today reads cleaned.)
            let again = encode(&changed);
            prop_assert_eq!(decode_any(&again), Ok(LinkContent::Result(changed)));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn every_team_round_trips_exactly(team in team()) {
        let payload = encode_team(&team).expect("at most 50 members");
        prop_assert_eq!(decode_team(&payload), Ok(team));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2_000))]

    #[test]
    fn any_single_mistyped_character_in_a_result_link_is_detected(
        result in shared_result(),
        position in any::<prop::sample::Index>(),
        replacement in typo(),
    ) {
        let payload = encode(&result);
        let index = position.index(payload.len());
        prop_assume!(payload.chars().nth(index) != Some(replacement));
        prop_assert!(decode_any(&replace_char(&payload, index, replacement)).is_err());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_single_mistyped_character_in_a_team_link_is_detected(
        team in team(),
        position in any::<prop::sample::Index>(),
        replacement in typo(),
    ) {
        let payload = encode_team(&team).expect("at most 50 members");
        let index = position.index(payload.len());
        prop_assume!(payload.chars().nth(index) != Some(replacement));
        prop_assert!(decode_any(&replace_char(&payload, index, replacement)).is_err());
    }
}

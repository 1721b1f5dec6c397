//! Fuzz runs of the result-link decoder, and of everything that reads what it decodes (shared
//! results, comparisons, the team summary, pasting): no-panic properties. A normal `cargo test` runs
//! 1,000 cases of each; `make fuzz` runs 100,000 of each, with
//!
//!     LINK_FUZZ_CASES=100000 cargo test -p culture-core --release --test link_fuzz
//!
//! The base64url and CRC here are written from `docs/result-links.md` alone, so they also check
//! that the spec is enough to build a link.

use culture_core::assessment::{Answer, Role};
use culture_core::date::Day;
use culture_core::link::{
    decode_any, encode, read_pasted, sanitize_label, AssessmentLink, LinkContent, QuizLink, SharedResult,
    TeamLink, FIRST_DAY, MAX_SLOTS,
};
use culture_core::shared_result::{compare, SharedAssessment, SharedQuiz};
use culture_core::team::{
    add_pasted, to_csv, to_markdown, Agenda, ByGroup, ExportOptions, TeamChange, TeamSummary,
};
use proptest::prelude::*;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut bits = 0u32;
    let mut held = 0;
    let mut text = String::new();
    for &byte in bytes {
        bits = bits << 8 | u32::from(byte);
        held += 8;
        while held >= 6 {
            held -= 6;
            text.push(char::from(ALPHABET[(bits >> held) as usize & 63]));
        }
    }
    if held > 0 {
        text.push(char::from(ALPHABET[(bits << (6 - held)) as usize & 63]));
    }
    text
}

fn crc16_ccitt_false(bytes: &[u8]) -> u16 {
    bytes.iter().fold(0xFFFF, |crc, &byte| {
        (0..8).fold(
            crc ^ u16::from(byte) << 8,
            |crc, _| if crc & 0x8000 != 0 { crc << 1 ^ 0x1021 } else { crc << 1 },
        )
    })
}

/// These bytes with a correct check value after them, as a payload.
fn forge(bytes: &[u8]) -> String {
    let mut framed = bytes.to_vec();
    framed.extend_from_slice(&crc16_ccitt_false(bytes).to_be_bytes());
    base64url(&framed)
}

/// Any assessment a link can carry: any content version and day, up to the most slots, any answers,
/// any cleaned label. Decoding guarantees no more than this, so the reading layer must cope with all of it.
fn any_assessment() -> impl Strategy<Value = AssessmentLink> {
    (
        any::<u8>(),
        any::<u16>(),
        prop::collection::vec(0u8..7, 0..=MAX_SLOTS),
        prop::option::of(".{0,45}"),
        0u8..5,
    )
        .prop_map(|(content_version, offset, codes, label, role)| AssessmentLink {
            content_version,
            day: Day(FIRST_DAY.0 + u32::from(offset)),
            answers: codes.into_iter().map(Answer::from_code).collect(),
            label: label.and_then(|label| sanitize_label(&label)),
            role: Role::from_code(role),
        })
}

fn any_quiz() -> impl Strategy<Value = QuizLink> {
    (any::<u8>(), prop::collection::vec(any::<bool>(), 0..=MAX_SLOTS), any::<u8>()).prop_map(
        |(content_version, correct, extra)| {
            let right = correct.iter().filter(|&&right| right).count();
            let asked = (right + usize::from(extra)).min(correct.len()) as u8;
            QuizLink { content_version, day: FIRST_DAY, correct, asked, label: None }
        },
    )
}

/// 1,000 cases per property, or `LINK_FUZZ_CASES` of them.
fn fuzz_run() -> ProptestConfig {
    let cases = std::env::var("LINK_FUZZ_CASES").ok().and_then(|cases| cases.parse().ok()).unwrap_or(1_000);
    ProptestConfig { cases, failure_persistence: None, ..ProptestConfig::default() }
}

#[test]
fn a_link_built_from_the_spec_alone_decodes() {
    // Assessment, content version 1, 2024-01-01, one slot answered "agree", no label.
    let payload = forge(&[0x11, 1, 0, 0, 1, 0b1000_0000, 0]);
    let Ok(LinkContent::Result(result)) = decode_any(&payload) else {
        panic!("{payload} should decode");
    };
    assert_eq!(encode(&result), payload);
}

proptest! {
    #![proptest_config(fuzz_run())]

    #[test]
    fn decoding_any_string_never_panics(text in prop_oneof![".{0,300}", "[A-Za-z0-9_-]{0,200}"]) {
        let _ = decode_any(&text);
        let _ = read_pasted(&text);
    }

    #[test]
    fn decoding_arbitrary_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = decode_any(&base64url(&bytes));
    }

    #[test]
    fn bodies_that_pass_the_check_never_panic(
        first in prop_oneof![prop::sample::select(vec![0x11u8, 0x12, 0x13, 0x21, 0x23]), any::<u8>()],
        body in prop::collection::vec(any::<u8>(), 0..300),
    ) {
        let mut bytes = vec![first];
        bytes.extend_from_slice(&body);
        if let Ok(LinkContent::Result(result)) = decode_any(&forge(&bytes)) {
            // Whatever is accepted is canonical: it re-encodes to the very same link.
            prop_assert_eq!(encode(&result), forge(&bytes));
        }
    }

    #[test]
    fn reading_any_valid_result_never_panics(
        members in prop::collection::vec(any_assessment(), 0..8),
        own in any_assessment(),
        quiz in any_quiz(),
    ) {
        let own = SharedAssessment::read(&own);
        for member in &members {
            let shared = SharedAssessment::read(member);
            let _ = shared.notice();
            let _ = compare(&shared.result, &own.result).most_different_pillars();
        }
        let summary = TeamSummary::of(&TeamLink { name: None, members: members.clone() });
        for disagreement in &summary.disagreements {
            let _ = (disagreement.question(), disagreement.breakdown(), disagreement.polarisation());
        }
        let _ = (summary.average_overall(), summary.stage_counts(), summary.focus());
        let by_group = ByGroup::of(&summary);
        let _ = (by_group.note(), by_group.widest_gap().map(|gap| gap.sentence()), Agenda::of(&summary));
        let everything = ExportOptions { grid: true, names: true };
        let _ = (to_csv(&summary, &everything), to_markdown(&summary, &everything));
        let alone = TeamSummary::of(&TeamLink { name: None, members: members.iter().take(1).cloned().collect() });
        let _ = TeamChange::between(&alone, &summary);
        let shared_quiz = SharedQuiz::read(&quiz);
        prop_assert_eq!(shared_quiz.score.right as usize, quiz.score());

        // Pasting their links rebuilds the team: each joins, or is reported as a repeat.
        let pasted: Vec<String> = members
            .iter()
            .map(|member| format!("https://example.org/#/r/{}", encode(&SharedResult::Assessment(member.clone()))))
            .collect();
        let rebuilt = TeamLink::default();
        let (rebuilt, report) = add_pasted(&rebuilt, &pasted.join("\n"));
        prop_assert_eq!(rebuilt.members.len() + report.problems.len(), members.len());
    }
}

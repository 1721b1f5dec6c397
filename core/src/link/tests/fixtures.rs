//! Results to test with, and a forger that frames any bytes with a valid check value, so tests can
//! reach the checks that come after it.

use crate::assessment::Answer;
use crate::date::Day;
use crate::link::crc::crc16;
use crate::link::{base64url, AssessmentLink, QuizLink};

/// 22 November 2026.
pub(super) const A_DAY: Day = Day(20_779);

/// A 35-slot assessment using every answer, like a finished assessment today.
pub(super) fn assessment(label: Option<&str>) -> AssessmentLink {
    AssessmentLink {
        content_version: 1,
        day: A_DAY,
        // Codes 0 (unanswered) to 6 in turn.
        answers: (0..35).map(|slot| Answer::from_code(slot % 7)).collect(),
        label: label.map(str::to_owned),
        role: None,
    }
}

/// A ten-question quiz with seven right.
pub(super) fn quiz(label: Option<&str>) -> QuizLink {
    QuizLink {
        content_version: 1,
        day: A_DAY,
        correct: vec![true, true, false, true, true, true, false, true, false, true],
        asked: 10,
        label: label.map(str::to_owned),
    }
}

/// A payload of exactly these bytes (first byte included) with a correct check value after them.
pub(super) fn forge(bytes: &[u8]) -> String {
    let mut framed = bytes.to_vec();
    framed.extend_from_slice(&crc16(bytes).to_be_bytes());
    base64url::encode(&framed)
}

/// The start of a forged assessment body: first byte, content version 1, day offset 0, `slots`.
pub(super) fn assessment_header(slots: u8) -> Vec<u8> {
    vec![0x11, 1, 0, 0, slots]
}

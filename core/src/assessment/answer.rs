//! One answer to a statement: a point on the five-point agreement scale, or "Don't know".

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// How far the respondent agrees with a statement about their organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Answer {
    StronglyDisagree,
    Disagree,
    Neutral,
    Agree,
    StronglyAgree,
    /// Not scored, but reported: not knowing is a finding in itself.
    DontKnow,
}

impl Answer {
    /// Every answer, in the order they are offered.
    pub const ALL: [Answer; 6] = [
        Answer::StronglyDisagree,
        Answer::Disagree,
        Answer::Neutral,
        Answer::Agree,
        Answer::StronglyAgree,
        Answer::DontKnow,
    ];

    /// The five scored answers, from least to most agreement.
    pub const SCALE: [Answer; 5] =
        [Answer::StronglyDisagree, Answer::Disagree, Answer::Neutral, Answer::Agree, Answer::StronglyAgree];

    /// The answer as the respondent reads it.
    pub fn label(self) -> &'static str {
        match self {
            Answer::StronglyDisagree => "Strongly disagree",
            Answer::Disagree => "Disagree",
            Answer::Neutral => "Neither agree nor disagree",
            Answer::Agree => "Agree",
            Answer::StronglyAgree => "Strongly agree",
            Answer::DontKnow => "Don't know",
        }
    }

    /// What the respondent did with a statement, to go before it in a sentence: "disagreed with".
    pub fn verb_phrase(self) -> &'static str {
        match self {
            Answer::StronglyDisagree => "strongly disagreed with",
            Answer::Disagree => "disagreed with",
            Answer::Neutral => "neither agreed nor disagreed with",
            Answer::Agree => "agreed with",
            Answer::StronglyAgree => "strongly agreed with",
            Answer::DontKnow => "did not know about",
        }
    }

    /// The keyboard key that gives this answer: `1`–`5` along the scale, `0` for "Don't know".
    pub fn key(self) -> char {
        match self.points() {
            Some(points) => char::from(b'0' + points),
            None => '0',
        }
    }

    /// The answer for a pressed key (`KeyboardEvent.key`), if the key gives one.
    pub fn from_key(key: &str) -> Option<Answer> {
        match key {
            "0" => Some(Answer::DontKnow),
            _ => key.parse::<u8>().ok().and_then(Answer::from_points),
        }
    }

    /// The point on the scale, 1 (strongly disagree) to 5 (strongly agree); `None` for "Don't know".
    pub fn points(self) -> Option<u8> {
        match self {
            Answer::DontKnow => None,
            scored => Some(scored as u8 + 1),
        }
    }

    /// The answer at a point on the scale (1–5).
    pub fn from_points(points: u8) -> Option<Answer> {
        Answer::SCALE.get(usize::from(points).checked_sub(1)?).copied()
    }

    /// Whether the answer counts towards a score ("Don't know" does not).
    pub fn is_scored(self) -> bool {
        self != Answer::DontKnow
    }

    /// The answer's stable code: 1–5 along the scale, 6 for "Don't know" (0 stays free for
    /// "unanswered"). Stored progress, history and result links all hold this number, so these codes
    /// never change: a new kind of answer would take 7.
    pub fn code(self) -> u8 {
        self.points().unwrap_or(6)
    }

    /// The answer with this code, or `None` for 0 (unanswered) and codes no answer has.
    pub fn from_code(code: u8) -> Option<Answer> {
        match code {
            6 => Some(Answer::DontKnow),
            points => Answer::from_points(points),
        }
    }
}

/// Stored as its code, the same number links carry.
impl Serialize for Answer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.code())
    }
}

impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Answer, D::Error> {
        let code = u8::deserialize(deserializer)?;
        Answer::from_code(code)
            .ok_or_else(|| serde::de::Error::custom(format!("{code} is not the code of an answer")))
    }
}

#[cfg(test)]
mod tests;

//! How a team answered each statement, and the statements that divide it.
//!
//! **Breakdowns.** A statement's answers are shown only when at least [`MIN_PEOPLE_FOR_BREAKDOWN`]
//! people answered it on the scale: with two, each can read off the other's answer.
//!
//! **Polarisation.** How far a statement splits the room into two camps, 0–100. Among the people who
//! answered on the scale ("Don't know" takes no side), let *p* and *q* be the shares on the healthy
//! and the unhealthy side of the middle (undecided people are on neither, and dilute both), and *D*
//! the mean distance, in agreement points (50 to 100), between someone on one side and someone on
//! the other. Polarisation is 4·*p*·*q*·*D*: 100 when the room is split in half between the two ends
//! of the scale, 0 when nobody is on one of the sides. So "2 agree, 2 disagree" (4 · ½ · ½ · 50 = 50)
//! comes before "1 agrees, 1 is undecided, 1 disagrees, 2 don't know" (4 · ⅓ · ⅓ · 50 ≈ 22): one
//! outlier against a room that is undecided is a question, two camps are a dispute.

use std::cmp::Reverse;

use crate::assessment::{agreement, rounded_mean, Answer};
use crate::content::assessment::Statement;
use crate::text::plural;

/// The fewest people who must have answered a statement on the scale for its breakdown to be shown.
pub const MIN_PEOPLE_FOR_BREAKDOWN: usize = 3;

/// How many statements the team view lists as the most disputed.
pub const MOST_DISPUTED: usize = 5;

/// How far apart, at least, the answers to a disputed statement are: someone on each side of the
/// middle means at least agree against disagree, two steps on the scale. "Agree" against "strongly
/// agree" is a shade, not a dispute.
pub const MIN_DISAGREEMENT: u8 = 50;

/// The agreement at the middle of the scale: above it is the healthy side, below it the other.
const MIDDLE: u8 = 50;

/// How the team answered one statement. Only built for statements at least
/// [`MIN_PEOPLE_FOR_BREAKDOWN`] people answered on the scale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatementSpread {
    pub statement: &'static Statement,
    /// How many people gave each answer, in the order of [`Answer::ALL`].
    pub counts: [usize; 6],
}

impl StatementSpread {
    /// The spread of `answers` to `statement`, if enough of them are on the scale to show it.
    pub(super) fn of(
        statement: &'static Statement,
        answers: impl Iterator<Item = Answer>,
    ) -> Option<StatementSpread> {
        let mut counts = [0; 6];
        for answer in answers {
            counts[Answer::ALL.iter().position(|&a| a == answer).unwrap_or(5)] += 1;
        }
        let spread = StatementSpread { statement, counts };
        (spread.on_scale() >= MIN_PEOPLE_FOR_BREAKDOWN).then_some(spread)
    }

    /// How many people gave this answer.
    pub fn count(&self, answer: Answer) -> usize {
        Answer::ALL.iter().position(|&a| a == answer).map_or(0, |index| self.counts[index])
    }

    /// How many answered on the scale ("Don't know" aside).
    pub fn on_scale(&self) -> usize {
        Answer::SCALE.iter().map(|&answer| self.count(answer)).sum()
    }

    /// How many gave the answer that is a good sign: agreeing, or for an obstacle, disagreeing.
    pub fn healthy(&self) -> usize {
        self.count_where(|agreement| agreement > MIDDLE)
    }

    /// How many gave the answer that is a bad sign.
    pub fn unhealthy(&self) -> usize {
        self.count_where(|agreement| agreement < MIDDLE)
    }

    /// How many neither agreed nor disagreed.
    pub fn undecided(&self) -> usize {
        self.count(Answer::Neutral)
    }

    /// How many did not know.
    pub fn dont_know(&self) -> usize {
        self.count(Answer::DontKnow)
    }

    /// Highest minus lowest agreement (0–100) among the answers on the scale.
    pub fn spread(&self) -> u8 {
        let agreements: Vec<u8> = self.scored().map(|(agreement, _)| agreement).collect();
        agreements.iter().max().zip(agreements.iter().min()).map_or(0, |(high, low)| high - low)
    }

    /// The mean agreement (0–100, obstacles turned around) of the answers on the scale, rounded: how
    /// well the team as a whole sees this statement going.
    pub fn mean_agreement(&self) -> u8 {
        rounded_mean(self.scored().flat_map(|(agreement, people)| std::iter::repeat_n(agreement, people)))
            .unwrap_or(MIDDLE)
    }

    /// How far the statement splits the room into two camps, 0–100 (see the module's documentation).
    pub fn polarisation(&self) -> u8 {
        u8::try_from((self.fine_polarisation() + 5_000) / 10_000).unwrap_or(100)
    }

    /// Whether people stand on both sides of the middle.
    pub fn is_disputed(&self) -> bool {
        self.healthy() > 0 && self.unhealthy() > 0
    }

    /// The statement turned into a question for the team to discuss; for an obstacle, saying so first,
    /// since agreeing with it is the bad sign.
    pub fn question(&self) -> String {
        let text = self.statement.text().trim_end_matches('.');
        if self.statement.reverse {
            format!("This names an obstacle. How true is it here: “{text}”?")
        } else {
            format!("How true is this here: “{text}”?")
        }
    }

    /// Which answer is the good sign, in a sentence, worded like the results page's note on obstacles.
    pub fn healthy_answer(&self) -> &'static str {
        if self.statement.reverse {
            "This statement names an obstacle, so disagreeing with it is the healthy answer."
        } else {
            "Agreeing with this statement is the healthy answer."
        }
    }

    /// The answers in the order the breakdown reads them: the healthiest first, through undecided, to
    /// the least healthy, then "Don't know". For an obstacle, that is from "Strongly disagree".
    pub fn answers_healthy_first(&self) -> [Answer; 6] {
        use Answer::*;
        if self.statement.reverse {
            [StronglyDisagree, Disagree, Neutral, Agree, StronglyAgree, DontKnow]
        } else {
            [StronglyAgree, Agree, Neutral, Disagree, StronglyDisagree, DontKnow]
        }
    }

    /// Who answered what, in words, the healthy side first: "2 agree, 1 is undecided, 1 disagrees,
    /// 1 doesn't know" (for an obstacle, "2 disagree, …, 1 agrees, …").
    pub fn breakdown(&self) -> String {
        let agree = self.count(Answer::Agree) + self.count(Answer::StronglyAgree);
        let disagree = self.count(Answer::Disagree) + self.count(Answer::StronglyDisagree);
        let agree = (agree, "agree", "agrees");
        let disagree = (disagree, "disagree", "disagrees");
        let (first, last) = if self.statement.reverse { (disagree, agree) } else { (agree, disagree) };
        let groups = [
            first,
            (self.undecided(), "are undecided", "is undecided"),
            last,
            (self.dont_know(), "don't know", "doesn't know"),
        ];
        groups
            .iter()
            .filter(|(people, _, _)| *people > 0)
            .map(|&(people, many, one)| format!("{people} {}", plural(people, one, many)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Each scored answer's agreement with how many gave it.
    fn scored(&self) -> impl Iterator<Item = (u8, usize)> + '_ {
        Answer::SCALE
            .iter()
            .filter(|&&answer| self.count(answer) > 0)
            .filter_map(|&answer| Some((agreement(self.statement, answer)?, self.count(answer))))
    }

    fn count_where(&self, side: impl Fn(u8) -> bool) -> usize {
        self.scored().filter(|(agreement, _)| side(*agreement)).map(|(_, people)| people).sum()
    }

    /// Polarisation in ten-thousandths of a point, for ranking without rounding: 4·Σ/n², where Σ adds
    /// up the distance of every pair across the middle and n counts the answers on the scale.
    fn fine_polarisation(&self) -> u64 {
        let mut across = 0u64;
        for (high, high_people) in self.scored().filter(|(agreement, _)| *agreement > MIDDLE) {
            for (low, low_people) in self.scored().filter(|(agreement, _)| *agreement < MIDDLE) {
                across += (high_people * low_people) as u64 * u64::from(high - low);
            }
        }
        let people = self.on_scale() as u64;
        (4 * 10_000 * across).checked_div(people * people).unwrap_or(0)
    }
}

/// The disputed statements among `spreads`, most polarised first; on a tie, the widest spread, then
/// the order of `spreads`.
pub(super) fn ranked_disputes<'a>(
    spreads: impl Iterator<Item = &'a StatementSpread>,
) -> Vec<&'a StatementSpread> {
    let mut disputed: Vec<&StatementSpread> = spreads.filter(|spread| spread.is_disputed()).collect();
    // Stable: among equals, the given order stays.
    disputed.sort_by_key(|spread| Reverse((spread.fine_polarisation(), spread.spread())));
    disputed
}

/// The first [`MOST_DISPUTED`] of [`ranked_disputes`], in the content's order on a tie.
pub(super) fn most_disputed(spreads: &[StatementSpread]) -> Vec<StatementSpread> {
    ranked_disputes(spreads.iter()).into_iter().take(MOST_DISPUTED).cloned().collect()
}

//! Many assessments merged into one picture: each pillar's average and range, each person's stage,
//! and the statements the team disagrees on most, worded as questions to discuss.

use crate::assessment::{agreement, Answer, AssessmentResult};
use crate::content::assessment::{Pillar, Stage, Statement, PILLARS, STAGES, STATEMENTS};
use crate::date::Day;
use crate::link::TeamLink;
use crate::share::SharedAssessment;

/// How many statements the team view lists as the most disputed.
pub const MOST_DISPUTED: usize = 5;

/// The smallest spread that counts as a disagreement: two steps on the scale (agree against
/// disagree). "Agree" against "strongly agree" is a shade, not a disagreement.
pub const MIN_DISAGREEMENT: u8 = 50;

/// One person in the team.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    /// Their label, or "Person N" by their place in the team.
    pub name: String,
    /// Whether `name` is the person's own label rather than a stand-in.
    pub named: bool,
    pub day: Day,
    pub shared: SharedAssessment,
}

impl Member {
    pub fn result(&self) -> &AssessmentResult {
        &self.shared.result
    }
}

/// One pillar across the team.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PillarSpread {
    pub pillar: &'static Pillar,
    /// The mean of the scores people have for this pillar, rounded; `None` when nobody has one.
    pub average: Option<u8>,
    pub lowest: Option<u8>,
    pub highest: Option<u8>,
    /// How many people have a score for this pillar.
    pub scored: usize,
}

impl PillarSpread {
    /// Highest minus lowest, when anyone has a score.
    pub fn range(&self) -> Option<u8> {
        Some(self.highest? - self.lowest?)
    }
}

/// A statement the team answered far apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Disagreement {
    pub statement: &'static Statement,
    /// Highest minus lowest agreement among those who answered on the scale (0–100).
    pub spread: u8,
    /// How many people gave each answer, in the order of [`Answer::ALL`].
    pub counts: [usize; 6],
}

impl Disagreement {
    /// The statement turned into a question for the team to discuss.
    pub fn question(&self) -> String {
        format!("How true is this here: “{}”?", self.statement.text.trim_end_matches('.'))
    }

    /// Who answered what, in words: "2 agree, 1 disagrees, 1 doesn't know".
    pub fn breakdown(&self) -> String {
        let count = |answers: &[Answer]| -> usize {
            answers
                .iter()
                .map(|answer| self.counts[Answer::ALL.iter().position(|a| a == answer).unwrap_or(0)])
                .sum()
        };
        let groups = [
            (count(&[Answer::Agree, Answer::StronglyAgree]), "agree", "agrees"),
            (count(&[Answer::Neutral]), "are undecided", "is undecided"),
            (count(&[Answer::Disagree, Answer::StronglyDisagree]), "disagree", "disagrees"),
            (count(&[Answer::DontKnow]), "don't know", "doesn't know"),
        ];
        groups
            .iter()
            .filter(|(people, _, _)| *people > 0)
            .map(|(people, many, one)| format!("{people} {}", if *people == 1 { one } else { many }))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The team's picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamPicture {
    /// Everyone, in the team's order.
    pub members: Vec<Member>,
    /// Every pillar, in the content's order.
    pub pillars: Vec<PillarSpread>,
    /// At most [`MOST_DISPUTED`] statements with a spread of at least [`MIN_DISAGREEMENT`], the widest
    /// first; among equal spreads, the one where people are furthest apart on average.
    pub disagreements: Vec<Disagreement>,
}

impl TeamPicture {
    pub fn of(team: &TeamLink) -> TeamPicture {
        let members: Vec<Member> = team
            .members
            .iter()
            .enumerate()
            .map(|(position, link)| {
                let shared = SharedAssessment::read(link);
                let (name, named) = match &shared.label {
                    Some(label) => (label.clone(), true),
                    None => (format!("Person {}", position + 1), false),
                };
                Member { name, named, day: link.day, shared }
            })
            .collect();
        let pillars = PILLARS.iter().map(|pillar| spread_of(pillar, &members)).collect();
        let disagreements = disagreements(&members);
        TeamPicture { members, pillars, disagreements }
    }

    pub fn people(&self) -> usize {
        self.members.len()
    }

    /// The team's average per pillar, for the chart.
    pub fn averages(&self) -> Vec<Option<u8>> {
        self.pillars.iter().map(|spread| spread.average).collect()
    }

    /// The mean of everyone's overall score, rounded; `None` when nobody has one.
    pub fn average_overall(&self) -> Option<u8> {
        rounded_mean(self.members.iter().filter_map(|member| member.result().overall))
    }

    /// How many people are at each stage, from the least mature; stages nobody is at are left out.
    /// People with too few answers for a stage are not counted.
    pub fn stage_counts(&self) -> Vec<(&'static Stage, usize)> {
        STAGES
            .iter()
            .map(|stage| {
                let people = self
                    .members
                    .iter()
                    .filter(|member| member.result().stage().map(|s| s.id) == Some(stage.id))
                    .count();
                (stage, people)
            })
            .filter(|(_, people)| *people > 0)
            .collect()
    }
}

fn spread_of(pillar: &'static Pillar, members: &[Member]) -> PillarSpread {
    let scores: Vec<u8> = members
        .iter()
        .filter_map(|member| member.result().pillar(pillar.id).and_then(|result| result.score.value()))
        .collect();
    PillarSpread {
        pillar,
        average: rounded_mean(scores.iter().copied()),
        lowest: scores.iter().copied().min(),
        highest: scores.iter().copied().max(),
        scored: scores.len(),
    }
}

/// The rounded mean of scores in 0–100.
fn rounded_mean(scores: impl Iterator<Item = u8>) -> Option<u8> {
    let (sum, count) = scores.fold((0u32, 0u32), |(sum, count), score| (sum + u32::from(score), count + 1));
    (count > 0).then(|| u8::try_from((sum * 2 + count) / (count * 2)).unwrap_or(100))
}

fn disagreements(members: &[Member]) -> Vec<Disagreement> {
    let mut found: Vec<(Disagreement, u32)> = STATEMENTS
        .iter()
        .filter_map(|statement| {
            let answers: Vec<Answer> =
                members.iter().filter_map(|m| m.shared.answers.get(statement.id)).collect();
            let agreements: Vec<u8> =
                answers.iter().filter_map(|&answer| agreement(statement, answer)).collect();
            let spread = agreements.iter().max()? - agreements.iter().min()?;
            if spread < MIN_DISAGREEMENT {
                return None;
            }
            let mut counts = [0; 6];
            for answer in &answers {
                if let Some(index) = Answer::ALL.iter().position(|a| a == answer) {
                    counts[index] += 1;
                }
            }
            Some((Disagreement { statement, spread, counts }, mean_pairwise_distance(&agreements)))
        })
        .collect();
    // Stable: among equal spreads and distances, the content's order stays.
    found.sort_by_key(|(disagreement, distance)| std::cmp::Reverse((disagreement.spread, *distance)));
    found.into_iter().take(MOST_DISPUTED).map(|(disagreement, _)| disagreement).collect()
}

/// How far apart two people picked at random are, on average, in thousandths of a point: a team split
/// down the middle scores higher than one outlier against a united room.
fn mean_pairwise_distance(agreements: &[u8]) -> u32 {
    let mut total = 0u32;
    let mut pairs = 0u32;
    for (index, first) in agreements.iter().enumerate() {
        for second in &agreements[index + 1..] {
            total += u32::from(first.abs_diff(*second));
            pairs += 1;
        }
    }
    (total * 1000).checked_div(pairs).unwrap_or(0)
}

//! Many assessments merged into one summary: each pillar's average and spread, each person's stage,
//! a person-by-pillar grid that names nobody unless asked, and how the team answered each statement
//! with the ones that divide it most (see `disputes`).

use std::cmp::Reverse;

use super::disputes::{most_disputed, StatementSpread};
use crate::assessment::{rounded_mean, AssessmentResult};
use crate::content::assessment::{Pillar, Stage, PILLARS, STAGES, STATEMENTS};
use crate::date::Day;
use crate::link::TeamLink;
use crate::shared_result::SharedAssessment;

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
    /// How far apart two people's scores are on average (the mean distance over every pair), rounded;
    /// `None` with fewer than two scores. Unlike the range, one optimist does not stretch it across
    /// the whole scale.
    pub spread: Option<u8>,
    /// Where the middle half of the team puts the pillar: the lowest and highest score once the
    /// lowest and highest quarter of the scores are set aside (a whole quarter only, so with fewer
    /// than four people it is the full range). The chart's band, so one optimist and one pessimist
    /// do not stretch it across the scale.
    pub middle: Option<(u8, u8)>,
}

impl PillarSpread {
    /// Highest minus lowest, when anyone has a score.
    pub fn range(&self) -> Option<u8> {
        Some(self.highest? - self.lowest?)
    }
}

/// The team's summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamSummary {
    /// The team's name, if it has one.
    pub name: Option<String>,
    /// Everyone, in the team's order.
    pub members: Vec<Member>,
    /// Every pillar, in the content's order.
    pub pillars: Vec<PillarSpread>,
    /// Every statement (retired ones too, for old results) that at least
    /// [`MIN_PEOPLE_FOR_BREAKDOWN`](super::MIN_PEOPLE_FOR_BREAKDOWN) people answered on the scale, in
    /// the content's order: statements fewer answered have no breakdown at all.
    pub statements: Vec<StatementSpread>,
    /// The disputed statements among them, most polarised first, at most
    /// [`MOST_DISPUTED`](super::MOST_DISPUTED).
    pub disagreements: Vec<StatementSpread>,
}

/// One person's row in the person-by-pillar grid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GridRow {
    /// Their name (or stand-in) when names are shown, otherwise "Person N" by the row's place.
    pub label: String,
    /// Their score per pillar, in the content's order; `None` where they have too few answers.
    pub scores: Vec<Option<u8>>,
    pub overall: Option<u8>,
}

impl TeamSummary {
    pub fn of(team: &TeamLink) -> TeamSummary {
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
        let statements: Vec<StatementSpread> = STATEMENTS
            .iter()
            .filter_map(|statement| {
                StatementSpread::of(
                    statement,
                    members.iter().filter_map(|m| m.shared.answers.get(statement.id)),
                )
            })
            .collect();
        let disagreements = most_disputed(&statements);
        TeamSummary { name: team.name.clone(), members, pillars, statements, disagreements }
    }

    pub fn people(&self) -> usize {
        self.members.len()
    }

    /// How the team answered this statement, if enough people answered it on the scale to show it.
    pub fn statement(&self, id: &str) -> Option<&StatementSpread> {
        self.statements.iter().find(|spread| spread.statement.id == id)
    }

    /// Everyone's pillar scores, a row each.
    ///
    /// With `names`, rows come in the team's order, labelled by name. Without, rows are labelled
    /// "Person 1", "Person 2"… in an order taken from the scores alone (highest overall first, then
    /// pillar by pillar), not the team's: a facilitator who pasted the links knows who came third, so
    /// the team's order would name people, while an order that depends only on what each row shows
    /// says nothing the row does not. The same team pasted in any order gives the same grid.
    pub fn grid(&self, names: bool) -> Vec<GridRow> {
        let mut rows: Vec<GridRow> = self
            .members
            .iter()
            .map(|member| GridRow {
                label: member.name.clone(),
                scores: PILLARS
                    .iter()
                    .map(|pillar| member.result().pillar(pillar.id).and_then(|result| result.score.value()))
                    .collect(),
                overall: member.result().overall,
            })
            .collect();
        if !names {
            rows.sort_by(|a, b| {
                (a.overall.is_none(), Reverse(a.overall), Reverse(&a.scores)).cmp(&(
                    b.overall.is_none(),
                    Reverse(b.overall),
                    Reverse(&b.scores),
                ))
            });
            for (place, row) in rows.iter_mut().enumerate() {
                row.label = format!("Person {}", place + 1);
            }
        }
        rows
    }

    /// The team's average per pillar, for the chart.
    pub fn averages(&self) -> Vec<Option<u8>> {
        self.pillars.iter().map(|spread| spread.average).collect()
    }

    /// The mean of everyone's overall score, rounded; `None` when nobody has one.
    pub fn average_overall(&self) -> Option<u8> {
        rounded_mean(self.members.iter().filter_map(|member| member.result().overall))
    }

    /// How many people are at each stage, in words: "1 × Feature factory, 2 × Doing product-led"
    /// (see [`TeamSummary::stage_counts`]); empty when nobody has a stage.
    pub fn stage_list(&self) -> String {
        self.stage_counts()
            .iter()
            .map(|(stage, people)| format!("{people} × {}", stage.name))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// How many people gave too few answers for a stage.
    pub fn unplaced(&self) -> usize {
        self.members.iter().filter(|member| member.result().stage().is_none()).count()
    }

    /// How many people are at each stage, from the least mature; stages nobody is at are left out.
    /// People with too few answers for a stage are not counted; an "at least" reading counts at the
    /// stage it claims, the lower one.
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
    let mut scores: Vec<u8> = members
        .iter()
        .filter_map(|member| member.result().pillar(pillar.id).and_then(|result| result.score.value()))
        .collect();
    scores.sort_unstable();
    let quarter = scores.len() / 4;
    let middle = &scores[quarter..scores.len() - quarter];
    PillarSpread {
        pillar,
        average: rounded_mean(scores.iter().copied()),
        lowest: scores.iter().copied().min(),
        highest: scores.iter().copied().max(),
        scored: scores.len(),
        spread: mean_pairwise_distance(&scores),
        middle: middle.first().zip(middle.last()).map(|(low, high)| (*low, *high)),
    }
}

/// How far apart two of `scores` are on average, rounded like every mean; `None` with fewer than two.
fn mean_pairwise_distance(scores: &[u8]) -> Option<u8> {
    rounded_mean(
        scores
            .iter()
            .enumerate()
            .flat_map(|(index, first)| scores[index + 1..].iter().map(|second| first.abs_diff(*second))),
    )
}

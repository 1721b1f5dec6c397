//! Guidance chosen by this person's own answers: which actions to take, why each was chosen, and
//! what to keep doing.
//!
//! The rules, in the order they apply:
//!
//! 1. **Weak answers.** An answer is weak when its agreement (reverse statements turned around, see
//!    [`agreement`]) is at most [`WEAK_AGREEMENT`]: undecided, or on the wrong side of the statement.
//!    "Don't know" is never weak; it is a blind spot.
//! 2. **Chosen actions.** A recommendation is chosen when a statement it addresses was answered
//!    weakly; one whose statements were all answered well is skipped. The weak answers that chose it
//!    are its reasons. Actions come worst answer first; ties go to the weaker pillar, then to the
//!    action with more weak answers behind it, then to the content's priority. Each weak statement
//!    gets its first action before any gets a second, so the first few actions address different
//!    answers.
//! 3. **Prerequisites.** An action that names others in `after` is never offered before them: when a
//!    prerequisite is chosen too, it moves up to just before the action. A prerequisite that was not
//!    chosen is taken to be in place when any of its statements was answered, all on the product-led
//!    side; when its statements were only answered "Don't know", nothing says it is in place, so it is
//!    offered just before the action, for the same answers.
//! 4. **A plan, not a list.** Up to [`FIRST_ACTIONS`] lead actions are taken in that order, each from
//!    a pillar not yet led while an action of such a pillar can lead, so the lead spans the weak
//!    pillars; and no two rely on the same ritual (one all-hands cannot carry three changes). An action
//!    whose prerequisite cannot lead cannot lead either: the prerequisite is considered in its place.
//!    Everything else follows as more ideas, prerequisites first.
//! 5. **Strengths.** A pillar scoring at least [`STRONG_PILLAR`] is a strength: it gets the pillar's
//!    "keep doing" advice and the answers that show it, not a list of fixes.
//! 6. **Sustaining.** At the top stage the advice is about keeping the culture where it is: the
//!    results lead with the strengths, and the chosen actions are only worth a look.

use std::cmp::Reverse;

use super::score::{agreement, AssessmentResult, PillarResult};
use super::Answer;
use crate::content::assessment::{Pillar, Recommendation, Statement, RECOMMENDATIONS};
use crate::content::quiz::{questions_teaching, Question};
use crate::text::and_list;

/// Answers at or below this agreement (0–100) are weak: "Neither agree nor disagree" or worse.
pub const WEAK_AGREEMENT: u8 = 50;

/// A pillar scoring at least this is a strength.
pub const STRONG_PILLAR: u8 = 75;

/// How many chosen actions the results lead with; the rest are offered as more ideas.
pub const FIRST_ACTIONS: usize = 3;

/// How many quiz questions the results point to.
pub const QUIZ_POINTERS: usize = 3;

/// Answers at or above this agreement show what a strong pillar does well: "Agree" or better.
const WELL_ANSWERED: u8 = 75;

/// How many of a strong pillar's best answers are quoted.
const STRENGTH_EXAMPLES: usize = 2;

/// One answer that led to a piece of advice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reason {
    pub statement: &'static Statement,
    /// Always a scored answer.
    pub answer: Answer,
}

impl Reason {
    /// How far the answer agrees with a product-led culture, 0–100.
    pub fn agreement(&self) -> u8 {
        agreement(self.statement, self.answer).unwrap_or(0)
    }

    /// The reason as a sentence about `who` ("you", or the name on a shared result), e.g.
    /// `Because you disagreed with “Proposals for new work say which usage data supports them.”`
    pub fn because(&self, who: &str) -> String {
        format!("Because {who} {} “{}”", self.answer.verb_phrase(), self.statement.text())
    }
}

/// A recommendation chosen by weak answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChosenAction {
    pub recommendation: &'static Recommendation,
    /// The weak answers to the statements it addresses, worst first (never empty). For a
    /// prerequisite offered only because nothing says it is in place, the answers that chose the
    /// action it prepares.
    pub reasons: Vec<Reason>,
    /// The offered actions that name this one in `after`, in the order they are offered.
    pub prepares: Vec<&'static Recommendation>,
}

impl ChosenAction {
    /// The worst answer that chose it.
    pub fn worst(&self) -> &Reason {
        // `choose_actions` only keeps actions with at least one reason.
        &self.reasons[0]
    }

    /// What this action opens the way to, as a sentence, when offered actions build on it: e.g.
    /// `It comes first: “Celebrate a failed experiment” builds on it.`
    pub fn comes_first_because(&self) -> Option<String> {
        let titles: Vec<String> = self.prepares.iter().map(|later| format!("“{}”", later.title())).collect();
        let titles: Vec<&str> = titles.iter().map(String::as_str).collect();
        let verb = if titles.len() == 1 { "builds" } else { "build" };
        (!titles.is_empty()).then(|| format!("It comes first: {} {verb} on it.", and_list(&titles)))
    }
}

/// A pillar answered well enough to keep doing what works.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Strength {
    pub pillar: &'static Pillar,
    pub score: u8,
    /// Its best answers ("Agree" or better), best first, at most two.
    pub shown_by: Vec<Reason>,
}

/// Why the results point to a quiz question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LearnBecause {
    /// The pillar it teaches is one the first actions are about.
    WeakPillar,
    /// A statement of the pillar it teaches was answered "Don't know".
    BlindSpot,
}

/// A quiz question that explains a pillar the answers showed weak or unknown. It is offered as a
/// question to try, never with its answer or explanation: those come in the quiz, after answering.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuizPointer {
    pub question: &'static Question,
    pub pillar: &'static Pillar,
    pub because: LearnBecause,
}

impl QuizPointer {
    /// The card's heading: the question's own topic, so it never sits under another.
    pub fn title(&self) -> &'static str {
        self.question.topic
    }

    /// Why the question is offered, about `who` ("you", or the name on a shared result), e.g.
    /// `A question behind Data-informed decisions, one of the pillars to work on.`; under a topic that
    /// is the pillar's own name, the name is not said twice.
    pub fn reason(&self, who: &str) -> String {
        let pillar = self.pillar.name;
        if self.title() == pillar {
            return match self.because {
                LearnBecause::WeakPillar => "One of the pillars to work on.".to_owned(),
                LearnBecause::BlindSpot => {
                    format!("A pillar where {who} answered \u{201c}Don\u{2019}t know\u{201d}.")
                }
            };
        }
        match self.because {
            LearnBecause::WeakPillar => format!("A question behind {pillar}, one of the pillars to work on."),
            LearnBecause::BlindSpot => {
                format!("A question behind {pillar}, where {who} answered \u{201c}Don\u{2019}t know\u{201d}.")
            }
        }
    }

    /// Whether the card's words (heading and reason) would single out the question's right answer.
    fn gives_away(&self) -> bool {
        self.question.gives_away(&format!("{} {}", self.title(), self.reason("you")))
    }
}

/// Everything the results advise, chosen by the answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Guidance {
    /// Actions chosen by weak answers: the lead actions, then the rest, most pressing first.
    pub actions: Vec<ChosenAction>,
    /// How many of `actions` lead (at most [`FIRST_ACTIONS`]).
    pub lead: usize,
    /// Strong pillars, strongest first (content order on a tie).
    pub strengths: Vec<Strength>,
    /// The result is at the top stage: the advice is about sustaining, not fixing.
    pub sustaining: bool,
    /// Quiz questions on the pillars of the first actions, then on the pillars of the blind spots;
    /// each question once, at most [`QUIZ_POINTERS`], none whose card would give its answer away.
    pub learn: Vec<QuizPointer>,
}

impl Guidance {
    /// The actions to lead with.
    pub fn first_actions(&self) -> &[ChosenAction] {
        &self.actions[..self.lead_count()]
    }

    /// The chosen actions after the first ones.
    pub fn more_actions(&self) -> &[ChosenAction] {
        &self.actions[self.lead_count()..]
    }

    fn lead_count(&self) -> usize {
        self.lead.min(self.actions.len())
    }
}

impl AssessmentResult {
    /// The advice this person's answers call for.
    pub fn guidance(&self) -> Guidance {
        let (actions, lead) = arrange(self.with_missing_prerequisites(self.choose_actions()));
        let learn = self.quiz_pointers(&actions[..lead]);
        Guidance {
            actions,
            lead,
            strengths: self.strengths(),
            sustaining: self.stage().is_some_and(|stage| stage.next().is_none()),
            learn,
        }
    }

    fn quiz_pointers(&self, first_actions: &[ChosenAction]) -> Vec<QuizPointer> {
        let weak =
            first_actions.iter().map(|action| (action.recommendation.pillar(), LearnBecause::WeakPillar));
        let unknown = self.blind_spots.iter().map(|statement| (statement.pillar(), LearnBecause::BlindSpot));
        let mut pointers: Vec<QuizPointer> = Vec::new();
        for (pillar, because) in weak.chain(unknown) {
            let taught = questions_teaching(pillar.id)
                .filter(|question| pointers.iter().all(|pointer| pointer.question.id != question.id))
                .map(|question| QuizPointer { question, pillar, because })
                .find(|pointer| !pointer.gives_away());
            if let Some(pointer) = taught {
                pointers.push(pointer);
            }
        }
        pointers.truncate(QUIZ_POINTERS);
        pointers
    }

    /// The weak answers: scored answers at or below [`WEAK_AGREEMENT`].
    fn weak_answers(&self) -> impl Iterator<Item = Reason> + '_ {
        self.answers
            .iter()
            .map(|(statement, answer)| Reason { statement, answer })
            .filter(|reason| agreement(reason.statement, reason.answer).is_some_and(|a| a <= WEAK_AGREEMENT))
    }

    fn choose_actions(&self) -> Vec<ChosenAction> {
        let weak: Vec<Reason> = self.weak_answers().collect();
        let mut actions: Vec<ChosenAction> = RECOMMENDATIONS
            .iter()
            .filter_map(|recommendation| {
                let mut reasons: Vec<Reason> = weak
                    .iter()
                    .filter(|reason| recommendation.statement_ids.contains(&reason.statement.id))
                    .copied()
                    .collect();
                reasons.sort_by_key(|reason| (reason.agreement(), reason.statement.slot));
                (!reasons.is_empty()).then_some(ChosenAction {
                    recommendation,
                    reasons,
                    prepares: Vec::new(),
                })
            })
            .collect();
        // A pillar without a score sorts after every scored one (101 is above any score).
        let pillar_score = |action: &ChosenAction| {
            self.pillar(action.recommendation.pillar_id).and_then(|p| p.score.value()).map_or(101, u16::from)
        };
        actions.sort_by_key(|action| {
            (
                action.worst().agreement(),
                pillar_score(action),
                Reverse(action.reasons.len()),
                action.recommendation.pillar().index(),
                action.recommendation.priority,
            )
        });
        spread_over_statements(actions)
    }

    /// Puts before each chosen action the prerequisites nothing says are in place: those not chosen
    /// whose statements got no scored answer. Each comes once, before the first action needing it.
    fn with_missing_prerequisites(&self, chosen: Vec<ChosenAction>) -> Vec<ChosenAction> {
        let is_chosen = |recommendation: &Recommendation| {
            chosen.iter().any(|action| action.recommendation.id == recommendation.id)
        };
        let answered = |recommendation: &Recommendation| {
            recommendation
                .statement_ids
                .iter()
                .any(|id| self.answers.get(id).and_then(Answer::points).is_some())
        };
        let mut offered: Vec<ChosenAction> = Vec::new();
        for action in &chosen {
            let mut missing: Vec<&'static Recommendation> = Vec::new();
            missing_prerequisites(action.recommendation, &|r| !is_chosen(r) && !answered(r), &mut missing);
            for prerequisite in missing {
                if offered.iter().all(|earlier| earlier.recommendation.id != prerequisite.id) {
                    offered.push(ChosenAction {
                        recommendation: prerequisite,
                        reasons: action.reasons.clone(),
                        prepares: Vec::new(),
                    });
                }
            }
            offered.push(action.clone());
        }
        offered
    }

    fn strengths(&self) -> Vec<Strength> {
        let mut strong: Vec<(&PillarResult, u8)> = self
            .pillars
            .iter()
            .filter_map(|result| Some((result, result.score.value()?)))
            .filter(|(_, score)| *score >= STRONG_PILLAR)
            .collect();
        strong.sort_by_key(|(result, score)| (Reverse(*score), result.pillar.index()));
        strong
            .into_iter()
            .map(|(result, score)| {
                let mut shown_by: Vec<Reason> = self
                    .answers
                    .iter()
                    .filter(|(statement, _)| statement.pillar_id == result.pillar.id)
                    .map(|(statement, answer)| Reason { statement, answer })
                    .filter(|reason| {
                        agreement(reason.statement, reason.answer).is_some_and(|a| a >= WELL_ANSWERED)
                    })
                    .collect();
                shown_by.sort_by_key(|reason| (Reverse(reason.agreement()), reason.statement.slot));
                shown_by.truncate(STRENGTH_EXAMPLES);
                Strength { pillar: result.pillar, score, shown_by }
            })
            .collect()
    }
}

/// Reorders sorted actions so that each weak statement gets one action before any gets a second: an
/// action whose worst answer is already answered by an earlier action waits, in its order, until
/// every statement has had its first. So three weak statements lead with three different actions.
fn spread_over_statements(sorted: Vec<ChosenAction>) -> Vec<ChosenAction> {
    let mut answered: Vec<&'static str> = Vec::new();
    let (mut first, mut later) = (Vec::new(), Vec::new());
    for action in sorted {
        if answered.contains(&action.worst().statement.id) {
            later.push(action);
        } else {
            answered.extend(action.reasons.iter().map(|reason| reason.statement.id));
            first.push(action);
        }
    }
    first.extend(later);
    first
}

/// The prerequisites of `recommendation` for which `missing` holds, and theirs, deepest first.
fn missing_prerequisites(
    recommendation: &'static Recommendation,
    missing: &dyn Fn(&Recommendation) -> bool,
    found: &mut Vec<&'static Recommendation>,
) {
    for prerequisite in recommendation.prerequisites() {
        // The build refuses cycles; the check on `found` only stops a repeat.
        if missing(prerequisite) && !found.iter().any(|r| r.id == prerequisite.id) {
            missing_prerequisites(prerequisite, missing, found);
            found.push(prerequisite);
        }
    }
}

/// Picks the lead actions from the actions in order of preference and puts the rest after them,
/// prerequisites first (rule 4); returns the actions and how many lead.
fn arrange(mut remaining: Vec<ChosenAction>) -> (Vec<ChosenAction>, usize) {
    let mut offered: Vec<ChosenAction> = Vec::new();
    while offered.len() < FIRST_ACTIONS {
        let pick = lead_candidate(&remaining, &offered, true)
            .or_else(|| lead_candidate(&remaining, &offered, false));
        let Some(index) = pick else { break };
        offered.push(remaining.remove(index));
    }
    let lead = offered.len();
    while !remaining.is_empty() {
        let index = first_to_offer(0, &remaining);
        offered.push(remaining.remove(index));
    }
    let prepares: Vec<Vec<&'static Recommendation>> = offered
        .iter()
        .map(|action| {
            offered
                .iter()
                .map(|later| later.recommendation)
                .filter(|later| later.comes_after(action.recommendation))
                .collect()
        })
        .collect();
    for (action, prepares) in offered.iter_mut().zip(prepares) {
        action.prepares = prepares;
    }
    (offered, lead)
}

/// The index of the next lead action among `remaining`, if one can lead beside `lead`: the first in
/// order whose action to offer (itself, or the prerequisite that must come before it) relies on no
/// ritual a lead action uses and, when `new_pillar`, is of a pillar no lead action is of.
fn lead_candidate(remaining: &[ChosenAction], lead: &[ChosenAction], new_pillar: bool) -> Option<usize> {
    (0..remaining.len()).map(|index| first_to_offer(index, remaining)).find(|&index| {
        let candidate = remaining[index].recommendation;
        let ritual_free = candidate
            .ritual_id
            .is_none_or(|ritual| lead.iter().all(|action| action.recommendation.ritual_id != Some(ritual)));
        let pillar_new = lead.iter().all(|action| action.recommendation.pillar_id != candidate.pillar_id);
        ritual_free && (pillar_new || !new_pillar)
    })
}

/// The index of what must be offered before the action at `index` in `remaining`: following its
/// prerequisites that are still waiting, the first with none waiting (the action itself if none).
fn first_to_offer(index: usize, remaining: &[ChosenAction]) -> usize {
    let mut current = index;
    // Each step goes to a prerequisite; the build refuses cycles, so this ends within `len` steps.
    for _ in 0..remaining.len() {
        let waiting = remaining
            .iter()
            .position(|action| remaining[current].recommendation.comes_after(action.recommendation));
        match waiting {
            Some(prerequisite) => current = prerequisite,
            None => break,
        }
    }
    current
}

#[cfg(test)]
mod tests;

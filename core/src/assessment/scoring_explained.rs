//! "How the score works", in plain words, built from the scoring rules' own constants and the
//! content, so the explanation cannot drift from what the code does.

use super::guidance::{STRONG_PILLAR, WEAK_AGREEMENT};
use super::score::{agreement, MIN_SCORED_ANSWERS};
use super::stage_rule::min_scored_pillars;
use super::stage_rule::NEAR_CUT_POINT;
use super::Answer;
use crate::content::assessment::{active_statements, PILLARS, STAGES, STATEMENTS};
use crate::text::{and_list, capitalise_first, number_word};

/// One part of the explanation: a short heading and a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoringRule {
    pub heading: &'static str,
    pub text: String,
}

/// The scoring rules, in the order they apply.
pub fn how_scoring_works() -> Vec<ScoringRule> {
    // Any statement that is not an obstacle shows the plain scale (the build script requires some).
    let plain = STATEMENTS.iter().find(|statement| !statement.reverse).unwrap_or(&STATEMENTS[0]);
    let scale = Answer::SCALE
        .iter()
        .map(|&answer| format!("{} {}", answer.label(), agreement(plain, answer).unwrap_or(0)))
        .collect::<Vec<_>>()
        .join(", ");
    let asked = active_statements().count();
    let obstacles = active_statements().filter(|statement| statement.reverse).count();
    let stages =
        STAGES.iter().map(|stage| format!("{} from {}", stage.name, stage.from_score)).collect::<Vec<_>>();
    let stages: Vec<&str> = stages.iter().map(String::as_str).collect();
    let top = STAGES.last().map_or("", |stage| stage.name);
    let weak = Answer::SCALE
        .iter()
        .find(|&&answer| agreement(plain, answer) == Some(WEAK_AGREEMENT))
        .map_or("", |answer| answer.label());
    vec![
        ScoringRule {
            heading: "The scale",
            text: format!("Each answer counts from 0 to 100: {scale}."),
        },
        ScoringRule {
            heading: "Statements about obstacles",
            text: format!(
                "{} of the {asked} statements describe an obstacle, such as a big deal pushing the roadmap \
                 aside. For those, agreeing is the bad sign, so the count is turned around: Strongly agree \
                 counts 0 and Strongly disagree counts 100.",
                capitalise_first(&number_word(obstacles))
            ),
        },
        ScoringRule {
            heading: "Don't know",
            text: format!(
                "\"Don't know\" is not counted. It is listed as a blind spot instead, because not knowing is a \
                 finding in itself. A pillar needs at least {} answers on the scale to be measured, and a \
                 stage needs at least {} of the {} pillars measured.",
                number_word(MIN_SCORED_ANSWERS),
                number_word(min_scored_pillars()),
                number_word(PILLARS.len())
            ),
        },
        ScoringRule {
            heading: "Pillar and overall scores",
            text: "A pillar's score is the average of its answers, and each pillar says how many answers it \
                   rests on. The overall score is the average of the measured pillars, every pillar counting \
                   the same."
                .to_owned(),
        },
        ScoringRule {
            heading: "The stages",
            text: format!(
                "Each stage starts at an overall score: {}. Each line sits halfway between two answers on the \
                 scale, so the stage says which answer the average is nearest to. A culture is only as strong \
                 as its weakest part, so a stage also needs every pillar at least where the stage below it \
                 starts.",
                and_list(&stages)
            ),
        },
        ScoringRule {
            heading: "Pillars that were not measured",
            text: format!(
                "A pillar that was not measured can never lift the stage. The stage is worked out twice, with \
                 each unmeasured pillar at the bottom of the scale and at the top. If both give the same \
                 stage, it stands; one stage apart, the result claims \"at least\" the lower one; further \
                 apart, or with too few pillars measured, the stage is not determined. So \"{top}\" needs \
                 every pillar measured."
            ),
        },
        ScoringRule {
            heading: "Near a line",
            text: format!(
                "When the overall score or the weakest pillar is within {} points of a line between stages, \
                 the result says so: a few answers given differently would move the stage.",
                NEAR_CUT_POINT
            ),
        },
        ScoringRule {
            heading: "How the advice is chosen",
            text: format!(
                "Every action answers particular statements. The ones shown are those whose statements got \
                 \"{weak}\" or worse, the worst answer first, and each says which answer chose it. A pillar \
                 scoring {STRONG_PILLAR} or more counts as a strength: the advice there is to keep it up."
            ),
        },
    ]
}

#[cfg(test)]
mod tests;

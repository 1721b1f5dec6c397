//! Assessment content: pillars, statements, recommendations and maturity stages. The statics are
//! generated from `content/assessment.toml` by `core/build/assessment.rs`, which has already checked
//! them: unique ids and slots, pillars that exist, at least four asked statements and two
//! reverse-scored ones per pillar, periods the text names, known parts of the company in `unseen_by`,
//! at least three recommendations per pillar, stages ordered by threshold, no empty text.
//!
//! The generated file also holds `COMPANY_PARTS`, the ids of the parts of the company a statement's
//! `unseen_by` may name (leadership; product, design and engineering; sales, marketing and customer
//! success; operations and everyone else), taken from the build script so both read one list.
//!
//! Statements are never deleted, only retired: result links hold answers by slot, and an old link
//! keeps its meaning only while its statements stay here.

use super::row_of;

/// One part of the culture that gets its own score.
#[derive(Debug, PartialEq, Eq)]
pub struct Pillar {
    /// Stable id: statements and recommendations point at their pillar by it.
    pub id: &'static str,
    pub name: &'static str,
    /// Its place in the content's order, and the row of its texts.
    row: usize,
}

/// One statement the respondent rates about their own organisation.
#[derive(Debug, PartialEq, Eq)]
pub struct Statement {
    /// Stable id: saved answers find their statement by it.
    pub id: &'static str,
    /// Stable small number, never reused: result links pack answers by slot.
    pub slot: u8,
    /// The id of the pillar this statement counts towards.
    pub pillar_id: &'static str,
    /// The span of time the statement asks about, as its text names it ("past six months"); `None`
    /// for statements about how things stand now. Checked at build time to appear in the text.
    pub period: Option<&'static str>,
    /// The parts of the company whose people usually cannot observe what the statement asks about
    /// (ids from [`COMPANY_PARTS`]), so the assessment can say "Don't know" is a fine answer for them.
    pub unseen_by: &'static [&'static str],
    /// Agreeing is a bad sign (the statement describes an obstacle), so its score is turned around.
    pub reverse: bool,
    /// No longer asked, but kept so old links and history can still be scored.
    pub retired: bool,
    /// The row of its texts.
    row: usize,
}

/// One action for a pillar that scored low.
#[derive(Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub id: &'static str,
    pub pillar_id: &'static str,
    /// 1 is the action to try first within its pillar.
    pub priority: u8,
    /// The statements of its pillar this action addresses: weak answers to them choose it.
    pub statement_ids: &'static [&'static str],
    /// The recommendations that must be under way before this one makes sense; advice never offers
    /// it before them.
    pub prerequisite_ids: &'static [&'static str],
    /// The recurring meeting or routine it relies on, if any: no two lead actions share one.
    pub ritual_id: Option<&'static str>,
    /// The row of its texts.
    row: usize,
}

/// A recurring meeting or routine that actions rely on, such as the all-hands.
#[derive(Debug, PartialEq, Eq)]
pub struct Ritual {
    pub id: &'static str,
    pub name: &'static str,
}

/// One reading of the culture as a whole, from not yet to being product-led. An interpretation of
/// the scores, versioned with the method: the scores are pinned, the ladder may be redrawn.
#[derive(Debug, PartialEq, Eq)]
pub struct Stage {
    pub id: &'static str,
    pub name: &'static str,
    /// The lowest overall score that reaches this stage; every pillar also needs the threshold of the
    /// stage before it.
    pub from_score: u8,
    /// Its place on the ladder, and the row of its texts.
    row: usize,
}

/// An obstacle a reading can name: not a stage, but something the answers say stands in the way.
#[derive(Debug, PartialEq, Eq)]
pub struct Obstacle {
    pub id: &'static str,
    pub name: &'static str,
    /// Obstacle statements (reverse-scored) whose agreement points to it, retired ones included.
    pub statement_ids: &'static [&'static str],
    /// The row of its texts.
    row: usize,
}

include!(concat!(env!("OUT_DIR"), "/assessment_content.rs"));

impl Statement {
    pub fn text(&self) -> &'static str {
        row_of(&STATEMENT_TEXTS, self.row)
    }

    /// An open question for a facilitator to ask the room when the team's answers to this statement
    /// differ: checked at build time to be one question of at most 160 characters.
    pub fn discussion(&self) -> &'static str {
        row_of(&STATEMENT_DISCUSSIONS, self.row)
    }

    /// Whether the statements of content version `edition` included this one: added in it or before,
    /// and not retired by it. An old result is read against the statements its person was shown. An
    /// edition this build does not know (a link from a newer site, or a damaged number) is read as
    /// today's.
    pub fn asked_in(&self, edition: u32) -> bool {
        let edition = if (1..=CONTENT_VERSION).contains(&edition) { edition } else { CONTENT_VERSION };
        let (added, retired) =
            super::method::SLOT_EDITIONS.get(usize::from(self.slot)).copied().unwrap_or_default();
        u32::from(added) <= edition && (retired == 0 || edition < u32::from(retired))
    }

    /// Whether people in this part of the company usually cannot see what the statement asks about.
    pub fn unseen_by(&self, role: crate::assessment::Role) -> bool {
        self.unseen_by.contains(&role.id())
    }

    /// How many words its text has, for the time the assessment takes.
    pub fn word_count(&self) -> usize {
        self.text().split_whitespace().count()
    }

    /// The pillar this statement counts towards.
    pub fn pillar(&self) -> &'static Pillar {
        // The build script refuses a statement whose pillar does not exist.
        pillar(self.pillar_id).unwrap_or(&PILLARS[0])
    }

    /// The answer that gives this statement `agreement` (0, 25, 50, 75 or 100): an obstacle's scale
    /// runs the other way, so agreement 100 is "Strongly disagree" there.
    pub fn answer_giving(&self, agreement: u8) -> crate::assessment::Answer {
        let points = agreement / 25 + 1;
        let points = if self.reverse { 6 - points } else { points };
        crate::assessment::Answer::from_points(points).unwrap_or(crate::assessment::Answer::Neutral)
    }
}

impl Recommendation {
    pub fn title(&self) -> &'static str {
        row_of(&RECOMMENDATION_TITLES, self.row)
    }

    /// What to do, concretely enough to start next week.
    pub fn action(&self) -> &'static str {
        row_of(&RECOMMENDATION_ACTIONS, self.row)
    }

    pub fn why(&self) -> &'static str {
        row_of(&RECOMMENDATION_WHYS, self.row)
    }

    /// The pillar this recommendation helps.
    pub fn pillar(&self) -> &'static Pillar {
        // The build script refuses a recommendation whose pillar does not exist.
        pillar(self.pillar_id).unwrap_or(&PILLARS[0])
    }

    /// Whether `other` must come before this one.
    pub fn comes_after(&self, other: &Recommendation) -> bool {
        self.prerequisite_ids.contains(&other.id)
    }

    /// The recommendations that must come before this one.
    pub fn prerequisites(&self) -> impl Iterator<Item = &'static Recommendation> + '_ {
        self.prerequisite_ids.iter().filter_map(|id| recommendation(id))
    }

    /// The ritual it relies on, if any.
    pub fn ritual(&self) -> Option<&'static Ritual> {
        self.ritual_id.and_then(|id| RITUALS.iter().find(|ritual| ritual.id == id))
    }
}

impl Pillar {
    /// Where this pillar comes in the content's order, for charts and tables.
    pub fn index(&self) -> usize {
        self.row
    }

    /// One line on what the pillar means in practice.
    pub fn description(&self) -> &'static str {
        row_of(&PILLAR_DESCRIPTIONS, self.row)
    }

    /// Why it matters, in a sentence or two.
    pub fn why(&self) -> &'static str {
        row_of(&PILLAR_WHYS, self.row)
    }

    /// What to keep doing when the pillar is already strong.
    pub fn keep_doing(&self) -> &'static str {
        row_of(&PILLAR_KEEP_DOING, self.row)
    }
}

impl Stage {
    /// Where this stage comes, 0 being the least mature.
    pub fn index(&self) -> usize {
        self.row
    }

    /// Why the threshold sits where it does, in one sentence (anchored on the answer scale).
    pub fn why_here(&self) -> &'static str {
        row_of(&STAGE_WHY_HERE, self.row)
    }

    /// What the answers of someone at this stage say.
    pub fn description(&self) -> &'static str {
        row_of(&STAGE_DESCRIPTIONS, self.row)
    }

    /// What would have to become true of the company to reach the next stage; at the top stage, how
    /// to keep it.
    pub fn next_step(&self) -> &'static str {
        row_of(&STAGE_NEXT_STEPS, self.row)
    }

    /// The stage after this one, if there is one.
    pub fn next(&self) -> Option<&'static Stage> {
        STAGES.get(self.index() + 1)
    }
}

impl Obstacle {
    /// What the obstacle is and why it matters, in a sentence or two.
    pub fn description(&self) -> &'static str {
        row_of(&OBSTACLE_DESCRIPTIONS, self.row)
    }
}

/// The pillar with this id.
pub fn pillar(id: &str) -> Option<&'static Pillar> {
    PILLARS.iter().find(|pillar| pillar.id == id)
}

/// The statement with this id, retired or not.
pub fn statement(id: &str) -> Option<&'static Statement> {
    STATEMENTS.iter().find(|statement| statement.id == id)
}

/// The statement in this slot, retired or not, for reading result links.
pub fn statement_by_slot(slot: usize) -> Option<&'static Statement> {
    STATEMENTS.iter().find(|statement| usize::from(statement.slot) == slot)
}

/// The statements asked today, in the order they are asked.
pub fn active_statements() -> impl Iterator<Item = &'static Statement> {
    STATEMENTS.iter().filter(|statement| !statement.retired)
}

/// Every statement of a pillar, retired ones included (they still count in old results).
pub fn statements_of(pillar: &Pillar) -> impl Iterator<Item = &'static Statement> + '_ {
    STATEMENTS.iter().filter(move |statement| statement.pillar_id == pillar.id)
}

/// The recommendation with this id.
pub fn recommendation(id: &str) -> Option<&'static Recommendation> {
    RECOMMENDATIONS.iter().find(|recommendation| recommendation.id == id)
}

/// A pillar's recommendations, most useful first.
pub fn recommendations_for(pillar: &Pillar) -> impl Iterator<Item = &'static Recommendation> + '_ {
    RECOMMENDATIONS.iter().filter(move |recommendation| recommendation.pillar_id == pillar.id)
}

/// About how many minutes the assessment takes: the rule of [`super::minutes_to_read_and_answer`]
/// (reading at 150 words a minute, five seconds to choose each answer, rounded up) applied to the
/// statements asked today.
pub fn minutes_to_take() -> usize {
    super::minutes_to_read_and_answer(ACTIVE_STATEMENT_WORDS, active_statements().count())
}

/// The stage with this id.
pub fn stage(id: &str) -> Option<&'static Stage> {
    STAGES.iter().find(|stage| stage.id == id)
}

/// The stage an overall score reaches on its own (before the weakest pillar holds it back).
pub fn stage_for_score(score: u8) -> &'static Stage {
    // The build script requires a first stage from 0 and thresholds in rising order.
    STAGES.iter().rev().find(|stage| score >= stage.from_score).unwrap_or(&STAGES[0])
}

#[cfg(test)]
mod tests;

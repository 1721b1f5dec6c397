//! A workshop agenda from a team's summary: the most disputed statements first, each with a time
//! box, then the widest gap between how two parts of the company see a pillar (when the team gave
//! enough of them), then the weakest pillars with the actions to start from. The presenter mode and
//! the printed agenda both follow it.

use super::{ByGroup, GroupGap, StatementSpread, TeamFocus, TeamSummary, MINUTES_FOR_GROUP_GAP};
use crate::date::Day;
use crate::text::counted;

/// Minutes for a pillar's part: enough to agree on who tries which action first.
pub const MINUTES_PER_PILLAR: u32 = 10;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaDispute {
    pub disagreement: StatementSpread,
    pub minutes: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agenda {
    pub disputes: Vec<AgendaDispute>,
    /// The widest gap between two parts of the company's views of one pillar ([`ByGroup::widest_gap`]),
    /// if any is wide enough to discuss.
    pub group_gap: Option<GroupGap>,
    /// The team's focus ([`TeamSummary::focus`]): its weakest pillars and where to start on each.
    pub weakest: Vec<TeamFocus>,
    /// How many people the team holds.
    pub people: usize,
}

impl Agenda {
    pub fn of(summary: &TeamSummary) -> Agenda {
        let disputes = summary
            .disagreements
            .iter()
            .enumerate()
            .map(|(rank, disagreement)| AgendaDispute {
                disagreement: disagreement.clone(),
                minutes: minutes_for(rank),
            })
            .collect();
        Agenda {
            disputes,
            group_gap: ByGroup::of(summary).widest_gap(),
            weakest: summary.focus(),
            people: summary.people(),
        }
    }

    /// The agenda's heading, on screen and at the top of the printed page: it names the session by the
    /// team's name, or else by the name the invite was given, so a printout says which meeting it is for.
    pub fn title(team_name: Option<&str>, invite_name: Option<&str>) -> String {
        match team_name.or(invite_name) {
            Some(name) => format!("Workshop agenda: {name}"),
            None => "Workshop agenda".to_owned(),
        }
    }

    /// The line under the heading: the day of the session, who is in it and how long it runs,
    /// "5 December 2026 · 5 people · about 65 minutes".
    pub fn byline(&self, day: Day) -> String {
        format!(
            "{} · {} · about {} minutes",
            day.long(),
            counted(self.people, "person", "people"),
            self.total_minutes()
        )
    }

    /// The whole agenda's length.
    pub fn total_minutes(&self) -> u32 {
        self.disputes.iter().map(|dispute| dispute.minutes).sum::<u32>()
            + self.group_gap.as_ref().map_or(0, |_| MINUTES_FOR_GROUP_GAP)
            + MINUTES_PER_PILLAR * u32::try_from(self.weakest.len()).unwrap_or(0)
    }
}

/// The most disputed statement gets the longest talk; the further down, the shorter.
fn minutes_for(rank: usize) -> u32 {
    match rank {
        0 => 15,
        1 | 2 => 10,
        _ => 5,
    }
}

#[cfg(test)]
mod tests;

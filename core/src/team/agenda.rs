//! A workshop agenda from a team's picture: the most disputed statements first, each with a time
//! box, then the weakest pillars with the actions to start from. The presenter mode and the printed
//! agenda both follow it.

use super::{Disagreement, TeamPicture};
use crate::content::assessment::{recommendations_for, Pillar, Recommendation};

/// How many of the weakest pillars the agenda covers, and how many actions it names for each.
pub const AGENDA_PILLARS: usize = 3;
pub const ACTIONS_PER_PILLAR: usize = 2;

/// Minutes for a pillar's part: enough to agree on who tries which action first.
pub const MINUTES_PER_PILLAR: u32 = 10;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaDispute {
    pub disagreement: Disagreement,
    pub minutes: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaPillar {
    pub pillar: &'static Pillar,
    /// The team's average for the pillar.
    pub average: u8,
    /// Its first actions, in the content's priority order.
    pub actions: Vec<&'static Recommendation>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agenda {
    pub disputes: Vec<AgendaDispute>,
    pub weakest: Vec<AgendaPillar>,
}

impl Agenda {
    pub fn of(picture: &TeamPicture) -> Agenda {
        let disputes = picture
            .disagreements
            .iter()
            .enumerate()
            .map(|(rank, disagreement)| AgendaDispute {
                disagreement: disagreement.clone(),
                minutes: minutes_for(rank),
            })
            .collect();
        let mut scored: Vec<(&'static Pillar, u8)> =
            picture.pillars.iter().filter_map(|spread| Some((spread.pillar, spread.average?))).collect();
        // The weakest first; among equals, the content's order.
        scored.sort_by_key(|(_, average)| *average);
        let weakest = scored
            .into_iter()
            .take(AGENDA_PILLARS)
            .map(|(pillar, average)| {
                let mut actions: Vec<&'static Recommendation> = recommendations_for(pillar).collect();
                actions.sort_by_key(|recommendation| recommendation.priority);
                actions.truncate(ACTIONS_PER_PILLAR);
                AgendaPillar { pillar, average, actions }
            })
            .collect();
        Agenda { disputes, weakest }
    }

    /// The whole agenda's length.
    pub fn total_minutes(&self) -> u32 {
        self.disputes.iter().map(|dispute| dispute.minutes).sum::<u32>()
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
mod tests {
    use super::*;
    use crate::assessment::Answer;
    use crate::link::TeamLink;
    use crate::team::tests::member;

    fn split_team() -> TeamPicture {
        let members = vec![
            member(Answer::StronglyAgree, None),
            member(Answer::StronglyDisagree, None),
            member(Answer::Agree, None),
        ];
        TeamPicture::of(&TeamLink { name: None, members })
    }

    #[test]
    fn disputes_come_first_with_shorter_time_boxes_further_down() {
        let agenda = Agenda::of(&split_team());
        assert!(!agenda.disputes.is_empty());
        let minutes: Vec<u32> = agenda.disputes.iter().map(|dispute| dispute.minutes).collect();
        assert_eq!(minutes[0], 15);
        assert!(minutes.windows(2).all(|pair| pair[0] >= pair[1]), "{minutes:?}");
        assert_eq!(agenda.disputes[0].disagreement, split_team().disagreements[0]);
    }

    #[test]
    fn the_weakest_pillars_follow_with_their_first_actions() {
        let picture = split_team();
        let agenda = Agenda::of(&picture);
        assert_eq!(agenda.weakest.len(), AGENDA_PILLARS);
        let averages: Vec<u8> = agenda.weakest.iter().map(|pillar| pillar.average).collect();
        assert!(averages.windows(2).all(|pair| pair[0] <= pair[1]), "{averages:?}");
        let lowest = picture.pillars.iter().filter_map(|spread| spread.average).min();
        assert_eq!(averages.first().copied(), lowest);
        for pillar in &agenda.weakest {
            assert!(!pillar.actions.is_empty() && pillar.actions.len() <= ACTIONS_PER_PILLAR);
            assert!(pillar.actions.iter().all(|action| action.pillar_id == pillar.pillar.id));
            assert!(pillar.actions.windows(2).all(|pair| pair[0].priority <= pair[1].priority));
        }
        let expected: u32 = agenda.disputes.iter().map(|d| d.minutes).sum::<u32>() + 10 * 3;
        assert_eq!(agenda.total_minutes(), expected);
    }

    #[test]
    fn an_empty_team_has_an_empty_agenda() {
        let agenda = Agenda::of(&TeamPicture::of(&TeamLink::default()));
        assert_eq!((agenda.disputes.len(), agenda.weakest.len(), agenda.total_minutes()), (0, 0, 0));
    }
}

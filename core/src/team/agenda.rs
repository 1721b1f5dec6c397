//! A workshop agenda from a team's picture: the most disputed statements first, each with a time
//! box, then the widest gap between how two parts of the company see a pillar (when the team gave
//! enough of them), then the weakest pillars with the actions to start from. The presenter mode and
//! the printed agenda both follow it.

use super::{ByGroup, GroupGap, StatementSpread, TeamFocus, TeamPicture, MINUTES_FOR_GROUP_GAP};

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
    /// The team's focus ([`TeamPicture::focus`]): its weakest pillars and where to start on each.
    pub weakest: Vec<TeamFocus>,
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
        Agenda { disputes, group_gap: ByGroup::of(picture).widest_gap(), weakest: picture.focus() }
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
    fn the_team_focus_follows_and_counts_in_the_length() {
        let picture = split_team();
        let agenda = Agenda::of(&picture);
        assert_eq!(agenda.weakest, picture.focus());
        let disputes: u32 = agenda.disputes.iter().map(|dispute| dispute.minutes).sum();
        let pillars = MINUTES_PER_PILLAR * u32::try_from(agenda.weakest.len()).unwrap_or(0);
        assert_eq!(agenda.total_minutes(), disputes + pillars);
    }

    #[test]
    fn an_empty_team_has_an_empty_agenda() {
        let agenda = Agenda::of(&TeamPicture::of(&TeamLink::default()));
        assert_eq!((agenda.disputes.len(), agenda.weakest.len(), agenda.total_minutes()), (0, 0, 0));
    }
}

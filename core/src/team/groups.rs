//! How each part of the company sees each pillar: the team's members grouped by the part of the
//! company they gave, each group's average per pillar, and the widest gap between two groups for the
//! workshop to discuss. Anonymous by construction: a group is shown only with at least
//! [`MIN_GROUP_SIZE`] people, and the people outside the shown groups are never one or two, since the
//! team's own averages would then give their scores away.

use super::summary::Member;
use super::TeamSummary;
use crate::assessment::{rounded_mean, Role};
use crate::content::assessment::{Pillar, PILLARS};
use crate::text::{and_list, lowercase_first};

/// The fewest people a group may have to be shown, and the fewest scores a group's pillar average may
/// rest on: with fewer, anyone who knows who is in the group could read off a person's answers.
pub const MIN_GROUP_SIZE: usize = 3;

/// The smallest gap between two groups' views of a pillar (in points) worth a place on the agenda.
pub const MIN_GROUP_GAP: u8 = 10;

/// Minutes the agenda gives the gap between two parts of the company.
pub const MINUTES_FOR_GROUP_GAP: u32 = 10;

/// Who a shown group is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GroupName {
    /// Everyone who gave this part of the company.
    Part(Role),
    /// Smaller parts of the company shown together.
    OtherParts,
    /// Smaller parts of the company together with people who gave none.
    EveryoneElse,
}

impl GroupName {
    /// The name at the start of a sentence or as a heading.
    pub fn name(self) -> &'static str {
        match self {
            GroupName::Part(role) => role.name(),
            GroupName::OtherParts => "Other parts of the company",
            GroupName::EveryoneElse => "Everyone else",
        }
    }

    /// The name inside a sentence.
    pub fn name_in_sentence(self) -> String {
        lowercase_first(self.name())
    }
}

/// One shown group: who, how many, and its average per pillar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Group {
    pub name: GroupName,
    pub people: usize,
    /// Per pillar, in the content's order: the rounded mean of the group's scores, or `None` when fewer
    /// than [`MIN_GROUP_SIZE`] of them have a score for it.
    pub averages: Vec<Option<u8>>,
}

/// The widest gap between two groups' views of one pillar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupGap {
    pub pillar: &'static Pillar,
    pub higher: GroupName,
    pub higher_average: u8,
    pub lower: GroupName,
    pub lower_average: u8,
}

impl GroupGap {
    pub fn points(&self) -> u8 {
        self.higher_average - self.lower_average
    }

    /// "Leadership sees Customer empathy 28 points higher than product, design and engineering."
    pub fn sentence(&self) -> String {
        format!(
            "{} sees {} {} points higher than {}.",
            self.higher.name(),
            self.pillar.name,
            self.points(),
            self.lower.name_in_sentence()
        )
    }

    /// A question for the room about it.
    pub fn question(&self) -> String {
        format!(
            "What does {} see of {} that {} does not, or the other way round?",
            self.higher.name_in_sentence(),
            self.pillar.name,
            self.lower.name_in_sentence()
        )
    }
}

/// The team by part of the company.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ByGroup {
    /// The shown groups: parts of the company in their usual order, then the merged group. Empty when
    /// fewer than two groups could be shown.
    pub groups: Vec<Group>,
    /// The parts of the company too small to show alone, merged into one group (in their usual order).
    pub merged: Vec<Role>,
    /// Whether people who gave no part of the company are in the merged group.
    pub merged_unstated: bool,
    /// How many people gave a part of the company.
    pub stated: usize,
}

impl ByGroup {
    /// Groups the team. Every part of the company with at least [`MIN_GROUP_SIZE`] people is a group.
    /// Everyone else (smaller parts and people who gave none) forms one more group when they are at
    /// least that many; when they are one or two, the smallest group joins them, so that nobody is left
    /// outside the groups where the team's averages would give them away. With fewer than two groups
    /// there is nothing to compare and nothing is shown.
    pub fn of(summary: &TeamSummary) -> ByGroup {
        let members = &summary.members;
        let role_of = |member: &Member| member.shared.role;
        let stated = members.iter().filter(|member| role_of(member).is_some()).count();
        let count = |role: Role| members.iter().filter(|member| role_of(member) == Some(role)).count();
        let mut large: Vec<Role> =
            Role::ALL.into_iter().filter(|&role| count(role) >= MIN_GROUP_SIZE).collect();
        let mut rest: Vec<Role> =
            Role::ALL.into_iter().filter(|&role| (1..MIN_GROUP_SIZE).contains(&count(role))).collect();
        let outside = |large: &[Role]| {
            members.iter().filter(|member| !role_of(member).is_some_and(|role| large.contains(&role))).count()
        };
        if (1..MIN_GROUP_SIZE).contains(&outside(&large)) {
            // The smallest large group (the later one on a tie) joins everyone else.
            if let Some(smallest) = large.iter().copied().rev().min_by_key(|&role| count(role)) {
                large.retain(|&role| role != smallest);
                rest.push(smallest);
                rest.sort();
            }
        }
        let unstated = members.len() - stated;
        let mut groups: Vec<Group> = large
            .iter()
            .map(|&role| group(GroupName::Part(role), members.iter().filter(|m| role_of(m) == Some(role))))
            .collect();
        let others = outside(&large);
        if others >= MIN_GROUP_SIZE && stated > 0 {
            let name = if unstated > 0 { GroupName::EveryoneElse } else { GroupName::OtherParts };
            let in_rest = |member: &&Member| !role_of(member).is_some_and(|role| large.contains(&role));
            groups.push(group(name, members.iter().filter(in_rest)));
        }
        if groups.len() < 2 {
            return ByGroup { stated, ..ByGroup::default() };
        }
        ByGroup { groups, merged: rest, merged_unstated: unstated > 0, stated }
    }

    /// Whether there is a by-group summary to show.
    pub fn is_shown(&self) -> bool {
        !self.groups.is_empty()
    }

    /// What the page says about the grouping, in plain words: which parts were merged, or why there is
    /// no summary by part of the company.
    pub fn note(&self) -> Option<String> {
        if !self.is_shown() {
            return (self.stated > 0).then(|| {
                format!(
                    "Not enough people gave their part of the company to compare parts without singling \
                     anyone out: it takes two groups of at least {MIN_GROUP_SIZE}."
                )
            });
        }
        let mut merged: Vec<&str> = self.merged.iter().map(|role| role.name()).collect();
        if self.merged_unstated {
            merged.push("people who gave no part of the company");
        }
        let last = self.groups.last().map(|group| group.name)?;
        matches!(last, GroupName::OtherParts | GroupName::EveryoneElse).then(|| {
            format!(
                "Groups are shown only with at least {MIN_GROUP_SIZE} people, so that no one can be singled out: \
                 {} are shown together as “{}”.",
                and_list(&merged),
                last.name()
            )
        })
    }

    /// The widest gap between two groups on one pillar, if any is at least [`MIN_GROUP_GAP`] points.
    /// On a tie, the earlier pillar, then the earlier pair of groups.
    pub fn widest_gap(&self) -> Option<GroupGap> {
        let mut widest: Option<GroupGap> = None;
        for (index, pillar) in PILLARS.iter().enumerate() {
            for (position, first) in self.groups.iter().enumerate() {
                for second in &self.groups[position + 1..] {
                    let (Some(Some(a)), Some(Some(b))) =
                        (first.averages.get(index), second.averages.get(index))
                    else {
                        continue;
                    };
                    let ((higher, higher_average), (lower, lower_average)) =
                        if a >= b { ((first, *a), (second, *b)) } else { ((second, *b), (first, *a)) };
                    let gap = GroupGap {
                        pillar,
                        higher: higher.name,
                        higher_average,
                        lower: lower.name,
                        lower_average,
                    };
                    if gap.points() >= MIN_GROUP_GAP
                        && widest.as_ref().is_none_or(|w| gap.points() > w.points())
                    {
                        widest = Some(gap);
                    }
                }
            }
        }
        widest
    }
}

fn group<'a>(name: GroupName, members: impl Iterator<Item = &'a Member>) -> Group {
    let members: Vec<&Member> = members.collect();
    let averages = PILLARS
        .iter()
        .map(|pillar| {
            let scores: Vec<u8> = members
                .iter()
                .filter_map(|member| {
                    member.result().pillar(pillar.id).and_then(|result| result.score.value())
                })
                .collect();
            (scores.len() >= MIN_GROUP_SIZE).then(|| rounded_mean(scores)).flatten()
        })
        .collect();
    Group { name, people: members.len(), averages }
}

#[cfg(test)]
mod tests;

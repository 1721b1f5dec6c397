use super::*;
use crate::assessment::Answer;
use crate::link::{AssessmentLink, TeamLink};
use crate::team::tests::member;
use crate::team::Agenda;
use proptest::prelude::*;

fn someone(role: Option<Role>, answer: Answer) -> AssessmentLink {
    AssessmentLink { role, ..member(answer, None) }
}

/// A team of `count` people per part of the company given (or none), everyone agreeing throughout.
fn team(parts: &[(Option<Role>, usize)]) -> TeamSummary {
    let members = parts
        .iter()
        .flat_map(|&(role, count)| std::iter::repeat_n(someone(role, Answer::Agree), count))
        .collect();
    TeamSummary::of(&TeamLink { name: None, members })
}

fn names(by_group: &ByGroup) -> Vec<(GroupName, usize)> {
    by_group.groups.iter().map(|group| (group.name, group.people)).collect()
}

use Role::{GoToMarket, Leadership, OperationsOther, ProductEngineering};

#[test]
fn two_parts_of_three_or_more_are_each_a_group() {
    let by_group = ByGroup::of(&team(&[(Some(Leadership), 3), (Some(ProductEngineering), 4)]));
    assert_eq!(
        names(&by_group),
        [(GroupName::Part(Leadership), 3), (GroupName::Part(ProductEngineering), 4)]
    );
    assert_eq!(by_group.note(), None);
}

#[test]
fn parts_under_three_are_merged_into_other_parts_of_the_company_and_the_note_says_so() {
    let summary = team(&[
        (Some(Leadership), 3),
        (Some(ProductEngineering), 3),
        (Some(GoToMarket), 2),
        (Some(OperationsOther), 1),
    ]);
    let by_group = ByGroup::of(&summary);
    assert_eq!(
        names(&by_group),
        [
            (GroupName::Part(Leadership), 3),
            (GroupName::Part(ProductEngineering), 3),
            (GroupName::OtherParts, 3)
        ]
    );
    assert_eq!(by_group.merged, [GoToMarket, OperationsOther]);
    let note = by_group.note().expect("a note on the merge");
    assert!(
        note.contains("Sales, marketing and customer success and Operations and other are shown together as “Other parts of the company”"),
        "{note}"
    );
}

#[test]
fn one_or_two_people_left_outside_take_the_smallest_group_with_them() {
    // Leadership alone and the one salesperson outside would let the team average give that person away.
    let by_group =
        ByGroup::of(&team(&[(Some(Leadership), 3), (Some(ProductEngineering), 4), (Some(GoToMarket), 1)]));
    assert_eq!(names(&by_group), [(GroupName::Part(ProductEngineering), 4), (GroupName::OtherParts, 4)]);
    assert_eq!(by_group.merged, [Leadership, GoToMarket]);
}

#[test]
fn people_who_gave_no_part_of_the_company_are_counted_with_everyone_else() {
    let by_group = ByGroup::of(&team(&[(Some(Leadership), 3), (Some(ProductEngineering), 3), (None, 3)]));
    assert_eq!(names(&by_group).last(), Some(&(GroupName::EveryoneElse, 3)));
    assert!(by_group.note().is_some_and(|note| note.contains("people who gave no part of the company")));
}

#[test]
fn with_fewer_than_two_groups_of_three_nothing_is_shown_and_the_page_says_why() {
    let by_group = ByGroup::of(&team(&[(Some(Leadership), 3), (Some(ProductEngineering), 2)]));
    assert!(!by_group.is_shown());
    assert!(by_group.note().is_some_and(|note| note.contains("two groups of at least 3")));
}

#[test]
fn a_team_that_gave_no_parts_of_the_company_has_no_groups_and_no_note() {
    let by_group = ByGroup::of(&team(&[(None, 6)]));
    assert!(!by_group.is_shown());
    assert_eq!(by_group.note(), None);
}

#[test]
fn a_groups_average_is_its_members_mean_per_pillar() {
    let mut members: Vec<AssessmentLink> = vec![someone(Some(Leadership), Answer::StronglyAgree); 3];
    members.extend(vec![someone(Some(ProductEngineering), Answer::StronglyDisagree); 3]);
    let summary = TeamSummary::of(&TeamLink { name: None, members });
    let by_group = ByGroup::of(&summary);
    let leader = summary.members[0].result();
    let expected: Vec<Option<u8>> = PILLARS
        .iter()
        .map(|pillar| leader.pillar(pillar.id).and_then(|result| result.score.value()))
        .collect();
    assert_eq!(by_group.groups[0].averages, expected);
}

#[test]
fn a_pillar_fewer_than_three_in_a_group_scored_has_no_group_average() {
    let mut members = vec![someone(Some(Leadership), Answer::Agree); 3];
    members[2].answers = vec![None; members[2].answers.len()];
    members.extend(vec![someone(Some(ProductEngineering), Answer::Agree); 3]);
    let by_group = ByGroup::of(&TeamSummary::of(&TeamLink { name: None, members }));
    assert!(by_group.groups[0].averages.iter().all(Option::is_none));
}

fn group(name: GroupName, averages: &[Option<u8>]) -> Group {
    let mut all = vec![Some(50); PILLARS.len()];
    all[..averages.len()].copy_from_slice(averages);
    Group { name, people: 3, averages: all }
}

fn groups(groups: Vec<Group>) -> ByGroup {
    ByGroup { groups, ..ByGroup::default() }
}

#[test]
fn the_widest_gap_is_the_largest_difference_on_any_pillar_between_any_two_groups() {
    let by_group = groups(vec![
        group(GroupName::Part(Leadership), &[Some(60), Some(78)]),
        group(GroupName::Part(ProductEngineering), &[Some(50), Some(50)]),
        group(GroupName::OtherParts, &[Some(40), Some(60)]),
    ]);
    let gap = by_group.widest_gap().expect("a gap");
    assert_eq!(
        (gap.pillar.id, gap.higher, gap.lower, gap.points()),
        (PILLARS[1].id, GroupName::Part(Leadership), GroupName::Part(ProductEngineering), 28)
    );
    assert_eq!(
        gap.sentence(),
        format!("Leadership sees {} 28 points higher than product, design and engineering.", PILLARS[1].name)
    );
}

#[test]
fn a_lower_first_group_is_named_second() {
    let by_group = groups(vec![
        group(GroupName::Part(Leadership), &[Some(40)]),
        group(GroupName::EveryoneElse, &[Some(70)]),
    ]);
    let gap = by_group.widest_gap().expect("a gap");
    assert!(gap.sentence().starts_with("Everyone else sees"), "{}", gap.sentence());
    assert!(gap.sentence().ends_with("30 points higher than leadership."), "{}", gap.sentence());
}

#[test]
fn on_a_tie_the_earlier_pillar_wins() {
    let by_group = groups(vec![
        group(GroupName::Part(Leadership), &[Some(70), Some(70)]),
        group(GroupName::Part(GoToMarket), &[Some(50), Some(50)]),
    ]);
    assert_eq!(by_group.widest_gap().map(|gap| gap.pillar.id), Some(PILLARS[0].id));
}

#[test]
fn gaps_under_ten_points_and_missing_averages_are_not_worth_an_agenda_item() {
    let narrow = groups(vec![
        group(GroupName::Part(Leadership), &[Some(59), None]),
        group(GroupName::Part(GoToMarket), &[Some(50), Some(90)]),
    ]);
    assert_eq!(narrow.widest_gap(), None);
}

#[test]
fn the_agenda_names_the_widest_gap_and_gives_it_time() {
    let mut members: Vec<AssessmentLink> = vec![someone(Some(Leadership), Answer::StronglyAgree); 3];
    members.extend(vec![someone(Some(ProductEngineering), Answer::Disagree); 3]);
    let summary = TeamSummary::of(&TeamLink { name: None, members });
    let agenda = Agenda::of(&summary);
    let gap = agenda.group_gap.clone().expect("a gap on the agenda");
    assert_eq!((gap.higher, gap.lower), (GroupName::Part(Leadership), GroupName::Part(ProductEngineering)));
    let without = Agenda { group_gap: None, ..agenda.clone() };
    assert_eq!(agenda.total_minutes(), without.total_minutes() + MINUTES_FOR_GROUP_GAP);
}

#[test]
fn a_team_without_parts_of_the_company_has_no_gap_on_its_agenda() {
    assert_eq!(Agenda::of(&team(&[(None, 6)])).group_gap, None);
}

proptest! {
    #[test]
    fn shown_groups_have_three_or_more_and_leave_nobody_outside(
        roles in prop::collection::vec(0u8..5, 0..30),
    ) {
        let members: Vec<AssessmentLink> =
            roles.iter().map(|&code| someone(Role::from_code(code), Answer::Agree)).collect();
        let count = members.len();
        let by_group = ByGroup::of(&TeamSummary::of(&TeamLink { name: None, members }));
        if by_group.is_shown() {
            prop_assert!(by_group.groups.len() >= 2);
            prop_assert!(by_group.groups.iter().all(|group| group.people >= MIN_GROUP_SIZE));
            prop_assert_eq!(by_group.groups.iter().map(|group| group.people).sum::<usize>(), count);
        }
    }
}

use super::three_way;
use proptest::prelude::*;

/// Items are (key, value) pairs.
fn merge(base: &[(u8, u8)], ours: &[(u8, u8)], theirs: &[(u8, u8)]) -> Vec<(u8, u8)> {
    three_way(base, ours.to_vec(), theirs.to_vec(), |item| item.0)
}

#[test]
fn additions_on_both_sides_are_kept() {
    let base = [(1, 1)];
    assert_eq!(merge(&base, &[(1, 1), (2, 2)], &[(1, 1), (3, 3)]), vec![(1, 1), (2, 2), (3, 3)]);
}

#[test]
fn a_removal_on_one_side_holds_when_the_other_left_the_item_alone() {
    let base = [(1, 1), (2, 2)];
    assert_eq!(merge(&base, &[(1, 1)], &[(1, 1), (2, 2)]), vec![(1, 1)]);
    assert_eq!(merge(&base, &[(1, 1), (2, 2)], &[(1, 1)]), vec![(1, 1)]);
}

#[test]
fn a_change_wins_over_no_change_and_over_a_removal() {
    let base = [(1, 1), (2, 2)];
    assert_eq!(merge(&base, &[(1, 1), (2, 2)], &[(1, 9), (2, 2)]), vec![(1, 9), (2, 2)]);
    assert_eq!(merge(&base, &[(1, 9)], &[(2, 2)]), vec![(1, 9)]);
    assert_eq!(merge(&base, &[(2, 2)], &[(1, 9), (2, 2)]), vec![(2, 2), (1, 9)]);
}

#[test]
fn when_both_changed_an_item_ours_wins() {
    assert_eq!(merge(&[(1, 1)], &[(1, 2)], &[(1, 3)]), vec![(1, 2)]);
}

fn items() -> impl Strategy<Value = Vec<(u8, u8)>> {
    // Unique keys, as stored collections have.
    prop::collection::btree_map(0u8..8, 0u8..3, 0..6).prop_map(|map| map.into_iter().collect())
}

proptest! {
    /// With nothing changed elsewhere the merge is simply ours, and the other way round.
    #[test]
    fn an_unchanged_side_gives_the_other(base in items(), changed in items()) {
        prop_assert_eq!(merge(&base, &changed, &base), changed.clone());
        let mut theirs_first = merge(&base, &base, &changed);
        let mut expected = changed.clone();
        theirs_first.sort_unstable();
        expected.sort_unstable();
        prop_assert_eq!(theirs_first, expected);
    }

    /// Nothing one side added (a key the base did not have) is ever lost.
    #[test]
    fn no_addition_is_lost(base in items(), ours in items(), theirs in items()) {
        let merged = merge(&base, &ours, &theirs);
        for item in ours.iter().chain(&theirs) {
            if !base.iter().any(|old| old.0 == item.0) {
                prop_assert!(merged.iter().any(|kept| kept.0 == item.0), "{item:?} lost");
            }
        }
        // Keys stay unique.
        let mut keys: Vec<u8> = merged.iter().map(|item| item.0).collect();
        keys.sort_unstable();
        keys.dedup();
        prop_assert_eq!(keys.len(), merged.len());
    }
}

mod stored_things {
    use crate::assessment::{Answer, AssessmentProgress, History};
    use crate::content::assessment::active_statements;
    use crate::date::Day;
    use crate::link::TeamLink;
    use crate::quiz::{QuizRecord, Score};
    use crate::stored::Stored;
    use crate::team::SavedTeams;

    fn save_team(teams: &SavedTeams, name: &str) -> SavedTeams {
        let link = TeamLink { name: Some(name.to_owned()), members: Vec::new() };
        let (teams, _) = teams.save(&link, Day(1)).expect("a team with a name and no one in it is saved");
        teams
    }

    #[test]
    fn two_tabs_that_each_finish_an_assessment_keep_both_results() {
        let base = History::new().add(Day(1), 2, Default::default());
        let ours = base.add(Day(2), 2, crate::assessment::Answers::new().with(first_id(), Answer::Agree));
        let theirs =
            base.add(Day(2), 2, crate::assessment::Answers::new().with(first_id(), Answer::Disagree));
        let merged = History::merge(&base, ours.clone(), theirs);
        assert_eq!(merged.len(), 3);
        let mut ids: Vec<u32> = merged.newest_first().map(|entry| entry.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 3, "ids stay unique");
        // A deletion in one tab holds.
        let deleted = ours.delete(1);
        assert_eq!(History::merge(&ours, ours.clone(), deleted.clone()), deleted);
    }

    #[test]
    fn teams_saved_in_two_tabs_are_all_kept_under_distinct_names() {
        let base = save_team(&SavedTeams::default(), "Leadership");
        let ours = save_team(&base, "Product");
        let theirs = save_team(&base, "Sales");
        let merged = SavedTeams::merge(&base, ours.clone(), theirs);
        let names: Vec<&str> = merged.iter().map(|team| team.name.as_str()).collect();
        assert_eq!(names, vec!["Product", "Leadership", "Sales"]);
        // The same name saved in both with different people: both kept.
        let someone = crate::link::AssessmentLink {
            content_version: 2,
            day: Day(20_000),
            answers: vec![Some(Answer::Agree)],
            label: None,
            role: None,
        };
        let other = TeamLink { name: Some("Product".to_owned()), members: vec![someone] };
        let (clash, _) = SavedTeams::default().save(&other, Day(9)).expect("a team of one is saved");
        let merged = SavedTeams::merge(&SavedTeams::default(), ours, clash);
        let names: Vec<&str> = merged.iter().map(|team| team.name.as_str()).collect();
        assert_eq!(names, vec!["Product", "Leadership", "Product (2)"]);
        assert_eq!(merged.iter().filter_map(|team| team.team()).count(), 3, "links renamed too");
        // The same team saved in both is kept once.
        assert_eq!(SavedTeams::merge(&SavedTeams::default(), base.clone(), base.clone()), base);
    }

    fn person(day: u32) -> crate::link::AssessmentLink {
        crate::link::AssessmentLink {
            content_version: 2,
            day: Day(20_000 + day),
            answers: vec![Some(Answer::Agree)],
            label: None,
            role: None,
        }
    }

    fn building(days: &[u32]) -> SavedTeams {
        let members = days.iter().map(|&day| person(day)).collect();
        SavedTeams::default().with_working(&TeamLink { name: None, members })
    }

    fn people_building(teams: &SavedTeams) -> Vec<u32> {
        let team = teams.working().and_then(crate::team::WorkingTeam::team).unwrap_or_default();
        team.members.iter().map(|member| member.day.0 - 20_000).collect()
    }

    #[test]
    fn people_added_to_the_team_being_built_in_two_tabs_are_all_kept() {
        let merged = SavedTeams::merge(&building(&[1]), building(&[1, 2]), building(&[1, 3]));
        assert_eq!(people_building(&merged), vec![1, 2, 3]);
    }

    #[test]
    fn a_person_removed_in_one_tab_stays_out_when_the_other_tab_only_added() {
        let merged = SavedTeams::merge(&building(&[1, 2]), building(&[2]), building(&[1, 2, 3]));
        assert_eq!(people_building(&merged), vec![2, 3]);
    }

    #[test]
    fn the_team_being_built_follows_the_only_tab_that_changed_it() {
        assert_eq!(SavedTeams::merge(&building(&[1]), building(&[1]), building(&[1, 4])), building(&[1, 4]));
        assert_eq!(SavedTeams::merge(&building(&[1]), building(&[]), building(&[1])), building(&[]));
    }

    proptest::proptest! {
        /// Nobody added to the team being built in either tab is lost when the two are merged.
        #[test]
        fn nobody_added_in_either_tab_is_lost(
            base in proptest::collection::btree_set(1u32..9, 0..4),
            ours in proptest::collection::btree_set(1u32..9, 0..4),
            theirs in proptest::collection::btree_set(1u32..9, 0..4),
        ) {
            let days = |set: &std::collections::BTreeSet<u32>| set.iter().copied().collect::<Vec<u32>>();
            let merged = SavedTeams::merge(&building(&days(&base)), building(&days(&ours)), building(&days(&theirs)));
            let kept = people_building(&merged);
            for added in ours.union(&theirs).filter(|day| !base.contains(day)) {
                proptest::prop_assert!(kept.contains(added), "{added} lost from {kept:?}");
            }
        }
    }

    #[test]
    fn answers_given_in_two_tabs_are_all_kept() {
        let base = AssessmentProgress::new().answer(Answer::Agree);
        let ours = base.answer(Answer::Disagree);
        let theirs = base.jump(2).answer(Answer::StronglyAgree);
        let merged = AssessmentProgress::merge(&base, ours.clone(), theirs);
        assert_eq!(merged.answered_count(), 3);
        assert_eq!(merged.current_index(), ours.current_index());
    }

    #[test]
    fn quiz_attempts_from_both_tabs_count() {
        let base =
            QuizRecord { attempts: 1, best: Some(Score { right: 5, out_of: 10 }), ..QuizRecord::default() };
        let ours = QuizRecord { attempts: 2, last: Some(Score { right: 4, out_of: 10 }), ..base.clone() };
        let theirs = QuizRecord { attempts: 2, best: Some(Score { right: 8, out_of: 10 }), ..base.clone() };
        let merged = QuizRecord::merge(&base, ours, theirs);
        assert_eq!(merged.attempts, 3);
        assert_eq!(merged.best, Some(Score { right: 8, out_of: 10 }));
        assert_eq!(merged.last, Some(Score { right: 4, out_of: 10 }));
    }

    fn first_id() -> &'static str {
        active_statements().next().map_or("", |statement| statement.id)
    }
}

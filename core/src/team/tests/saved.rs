use super::{member, A_DAY};
use crate::assessment::Answer;
use crate::date::Day;
use crate::link::TeamLink;
use crate::stored::{Loss, Read, Stored};
use crate::team::{SavedTeams, TeamNameProblem};
use serde_json::json;

fn named(name: &str, people: usize) -> TeamLink {
    TeamLink {
        name: Some(name.to_owned()),
        members: (0..people).map(|n| member(Answer::Agree, Some(&format!("P{n}")))).collect(),
    }
}

#[test]
fn a_named_team_is_saved_and_reads_back_whole() {
    let (saved, id) = SavedTeams::default().save(&named("Leadership", 3), A_DAY).expect("saved");
    let team = saved.get(id).expect("kept");
    assert_eq!(team.name, "Leadership");
    assert_eq!(team.saved_on, A_DAY);
    assert_eq!(team.team(), Some(named("Leadership", 3)));
    assert_eq!(team.people(), 3);
}

#[test]
fn a_team_without_a_name_cannot_be_saved() {
    assert_eq!(SavedTeams::default().save(&TeamLink::default(), A_DAY), Err(TeamNameProblem::Empty));
    assert_eq!(SavedTeams::default().save(&named(" \u{200B} ", 1), A_DAY), Err(TeamNameProblem::Empty));
}

#[test]
fn saving_under_a_name_already_saved_replaces_that_team_and_puts_it_first() {
    let (saved, first) = SavedTeams::default().save(&named("Ops", 1), A_DAY).expect("saved");
    let (saved, _) = saved.save(&named("Sales", 1), A_DAY).expect("saved");
    let (saved, again) = saved.save(&named("Ops", 4), Day(A_DAY.0 + 1)).expect("saved");
    assert_eq!(again, first);
    assert_eq!(saved.len(), 2);
    let names: Vec<&str> = saved.iter().map(|team| team.name.as_str()).collect();
    assert_eq!(names, ["Ops", "Sales"]);
    assert_eq!(saved.get(first).map(|team| team.people()), Some(4));
}

#[test]
fn renaming_changes_the_name_inside_the_link_too() {
    let (saved, id) = SavedTeams::default().save(&named("Ops", 2), A_DAY).expect("saved");
    let renamed = saved.rename(id, "  Operations ").expect("renamed");
    let team = renamed.get(id).expect("kept");
    assert_eq!(team.name, "Operations");
    assert_eq!(team.team().and_then(|team| team.name), Some("Operations".to_owned()));
    assert_eq!(team.people(), 2);
}

#[test]
fn a_rename_to_an_empty_or_taken_name_is_refused() {
    let (saved, ops) = SavedTeams::default().save(&named("Ops", 1), A_DAY).expect("saved");
    let (saved, _) = saved.save(&named("Sales", 1), A_DAY).expect("saved");
    assert_eq!(saved.rename(ops, "\n"), Err(TeamNameProblem::Empty));
    assert_eq!(saved.rename(ops, "Sales"), Err(TeamNameProblem::Taken("Sales".to_owned())));
    assert!(saved.rename(ops, "Ops").is_ok(), "keeping its own name is fine");
    assert!(TeamNameProblem::Taken("Sales".to_owned()).message().contains("“Sales”"));
}

#[test]
fn deleting_removes_only_that_team() {
    let (saved, ops) = SavedTeams::default().save(&named("Ops", 1), A_DAY).expect("saved");
    let (saved, sales) = saved.save(&named("Sales", 1), A_DAY).expect("saved");
    let left = saved.delete(ops);
    assert_eq!(left.len(), 1);
    assert!(left.get(sales).is_some());
    assert_eq!(left.delete(999), left);
}

#[test]
fn saved_teams_survive_storage_and_damaged_ones_are_dropped_and_counted() {
    let (saved, _) = SavedTeams::default().save(&named("Ops", 2), A_DAY).expect("saved");
    let mut stored = serde_json::to_value(&saved).expect("serializable");
    let read = SavedTeams::salvage(stored.clone());
    assert_eq!(read.value, saved);
    assert!(read.is_whole());

    if let Some(teams) = stored.get_mut("teams").and_then(|teams| teams.as_array_mut()) {
        teams.push(json!({"id": 7, "name": "Broken", "link": "not-a-link", "saved_on": 1}));
        teams.push(json!({"id": 8, "name": "<b>\u{202E}</b>", "link": saved.iter().next().map(|t| t.link.clone()), "saved_on": 1}));
        teams.push(json!({"id": 1, "name": "Same id", "link": saved.iter().next().map(|t| t.link.clone()), "saved_on": 1}));
        teams.push(json!("just a string"));
    }
    let read = SavedTeams::salvage(stored);
    assert_eq!(read.value, saved);
    assert_eq!(read.losses, [Loss::SavedTeams(4)]);
    assert!(read.message().is_some_and(|message| message.contains("4 saved teams")));
}

#[test]
fn a_team_saved_before_names_were_composed_is_kept_with_its_name_composed() {
    let (saved, id) = SavedTeams::default().save(&named("Zoë", 1), A_DAY).expect("saved");
    let mut stored = serde_json::to_value(&saved).expect("serializable");
    if let Some(team) = stored.pointer_mut("/teams/0") {
        team["name"] = json!("Zoe\u{308}");
    }
    let read = SavedTeams::salvage(stored);
    assert!(read.is_whole());
    assert_eq!(read.value.get(id).map(|team| team.name.as_str()), Some("Zo\u{EB}"));
}

#[test]
fn stored_data_of_another_shape_is_set_aside() {
    let read = SavedTeams::salvage(json!([1, 2, 3]));
    assert!(read.value.is_empty());
    assert!(!read.is_whole());
}

#[test]
fn a_numbered_name_stays_a_valid_label() {
    let long = "x".repeat(crate::link::MAX_LABEL_CHARS);
    let numbered = crate::team::saved::numbered(&long, 12);
    assert_eq!(numbered.chars().count(), crate::link::MAX_LABEL_CHARS);
    assert!(numbered.ends_with("x (12)"));
}

#[test]
fn the_team_being_built_is_kept_beside_the_saved_ones_and_reads_back() {
    let teams = SavedTeams::default().with_working(&named("Offsite", 2));
    assert_eq!(teams.working().and_then(crate::team::WorkingTeam::team), Some(named("Offsite", 2)));
    assert!(!teams.is_blank(), "a team being built is worth storing");
    let sealed = crate::stored::seal(&teams).expect("seals");
    let read = crate::stored::read::<SavedTeams>(Some(&sealed)).expect("reads");
    assert_eq!(read.value, teams);
    // Saving, renaming and deleting saved teams leave it as it is.
    let (saved, id) = teams.save(&named("Other", 1), A_DAY).expect("saved");
    assert_eq!(saved.working(), teams.working());
    assert_eq!(saved.delete(id).working(), teams.working());
    // An empty, unnamed team is nothing to keep.
    assert_eq!(teams.with_working(&TeamLink::default()).working(), None);
}

#[test]
fn saved_teams_stored_before_the_team_being_built_existed_read_as_before() {
    let read = SavedTeams::salvage(json!({ "teams": [] }));
    assert_eq!(read.value, SavedTeams::default());
    assert!(!crate::stored::seal(&SavedTeams::default()).expect("seals").contains("working"));
    // A damaged one is dropped and counted; the saved teams stay.
    let damaged = SavedTeams::salvage(json!({ "teams": [], "working": { "link": "not a team" } }));
    assert_eq!(damaged.value.working(), None);
    assert_eq!(damaged.losses, vec![Loss::SavedTeams(1)]);
}

#[test]
fn a_team_is_unsaved_until_exactly_it_is_saved() {
    let team = named("Leadership", 2);
    let (saved, _) = SavedTeams::default().save(&team, A_DAY).expect("saved");
    assert!(SavedTeams::default().is_unsaved(&team));
    assert!(!saved.is_unsaved(&team));
    assert!(saved.is_unsaved(&named("Leadership", 3)), "a change to a saved team is unsaved");
    assert!(!saved.is_unsaved(&TeamLink::default()), "an empty team holds nothing to lose");
}

#[test]
fn a_team_being_built_is_kept_under_a_name_before_another_takes_its_place() {
    let (teams, _) = SavedTeams::default().save(&named("Offsite", 1), A_DAY).expect("saved");
    // Its own name is taken by a different team: numbered.
    let (kept, name) = teams.with_working(&named("Offsite", 2)).keeping_working("Unsaved team", A_DAY);
    assert_eq!(name.as_deref(), Some("Offsite (2)"));
    assert_eq!(kept.named("Offsite (2)").map(crate::team::SavedTeam::people), Some(2));
    // No name: the fallback.
    let unnamed = TeamLink { name: None, ..named("x", 1) };
    let (kept, name) = SavedTeams::default().with_working(&unnamed).keeping_working("Unsaved team", A_DAY);
    assert_eq!(name.as_deref(), Some("Unsaved team"));
    assert_eq!(kept.len(), 1);
    // Already saved as it is: nothing to do.
    let (same, name) = teams.with_working(&named("Offsite", 1)).keeping_working("Unsaved team", A_DAY);
    assert_eq!((same.len(), name), (1, None));
}

#[test]
fn tabs_merging_teams_keep_the_team_being_built_of_the_tab_that_changed_it() {
    let base = SavedTeams::default().with_working(&named("A", 1));
    let ours = base.with_working(&named("A", 2));
    let theirs = base.save(&named("B", 1), A_DAY).expect("saved").0;
    let merged = SavedTeams::merge(&base, ours.clone(), theirs);
    assert_eq!(merged.working(), ours.working());
    assert!(merged.named("B").is_some());
    let merged = SavedTeams::merge(&base, base.clone(), ours.clone());
    assert_eq!(merged.working(), ours.working());
}

#[test]
fn a_team_stored_twice_whole_is_kept_once_and_nothing_is_called_damaged() {
    let (saved, _) = SavedTeams::default().save(&named("Ops", 2), A_DAY).expect("saved");
    let mut stored = serde_json::to_value(&saved).expect("serializable");
    if let Some(teams) = stored.get_mut("teams").and_then(|teams| teams.as_array_mut()) {
        let mut again = teams[0].clone();
        teams.push(again.clone());
        again["id"] = json!(9);
        teams.push(again);
    }
    assert_eq!(SavedTeams::salvage(stored), Read::new(saved));
}

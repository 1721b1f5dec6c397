use super::{member, summary};
use crate::assessment::Answer;
use crate::team::{person_reference, Lead};

#[test]
fn an_empty_team_opens_on_the_tools_that_add_people() {
    assert_eq!(Lead::on_opening(0), Lead::Tools);
    assert!(Lead::on_opening(0).tools_unfolded());
}

#[test]
fn a_team_with_people_opens_on_its_summary_with_the_tools_folded() {
    for people in [1, 5, 50] {
        assert_eq!(Lead::on_opening(people), Lead::Summary);
        assert!(!Lead::on_opening(people).tools_unfolded());
    }
}

#[test]
fn with_names_hidden_a_person_is_named_by_place_and_overall_score() {
    let team = summary(vec![member(Answer::Neutral, Some("Ana")), member(Answer::Agree, Some("Ben"))]);
    let overall = team.members[1].result().overall.unwrap_or_default();
    assert_eq!(person_reference(&team.members[1], 1, false), format!("Person 2 ({overall})"));
}

#[test]
fn with_names_shown_a_person_is_named_by_name_and_overall_score() {
    let team = summary(vec![member(Answer::Neutral, Some("Ana – Product"))]);
    assert_eq!(person_reference(&team.members[0], 0, true), "Ana – Product (50)");
}

#[test]
fn a_person_without_an_overall_score_is_named_as_such() {
    let team = summary(vec![member(Answer::DontKnow, None)]);
    assert_eq!(person_reference(&team.members[0], 0, false), "Person 1 (no overall score)");
}

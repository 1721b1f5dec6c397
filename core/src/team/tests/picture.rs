use super::{member, member_with, A_DAY};
use crate::assessment::Answer;
use crate::content::assessment::PILLARS;
use crate::link::TeamLink;
use crate::team::{TeamPicture, MIN_DISAGREEMENT, MOST_DISPUTED};

fn picture(members: Vec<crate::link::AssessmentLink>) -> TeamPicture {
    TeamPicture::of(&TeamLink { name: None, members })
}

#[test]
fn an_empty_team_has_no_averages_and_no_disagreements() {
    let empty = picture(vec![]);
    assert_eq!(empty.people(), 0);
    assert!(empty.pillars.iter().all(|spread| spread.average.is_none() && spread.range().is_none()));
    assert!(empty.disagreements.is_empty());
    assert_eq!(empty.average_overall(), None);
    assert!(empty.stage_counts().is_empty());
}

#[test]
fn each_pillar_gets_the_average_and_range_of_its_scores() {
    // Neutral everywhere scores 50; agree everywhere scores 75 on straight statements and 25 on
    // reverse ones, so each pillar lands between them.
    let team = picture(vec![member(Answer::Neutral, None), member(Answer::StronglyAgree, None)]);
    assert_eq!(team.people(), 2);
    assert_eq!(team.pillars.len(), PILLARS.len());
    for spread in &team.pillars {
        let (low, high) = (spread.lowest.unwrap_or(0), spread.highest.unwrap_or(0));
        assert_eq!(spread.scored, 2);
        assert!(low <= 50 && high >= 50 && low != high, "{}: {low}..{high}", spread.pillar.id);
        let expected_average = ((u32::from(low) + u32::from(high)) as f64 / 2.0).round() as u8;
        assert_eq!(spread.average, Some(expected_average), "{}", spread.pillar.id);
        assert_eq!(spread.range(), Some(high - low));
    }
}

#[test]
fn people_without_a_score_on_a_pillar_are_left_out_of_its_average() {
    let team = picture(vec![member(Answer::Agree, None), member(Answer::DontKnow, None)]);
    assert!(team.pillars.iter().all(|spread| spread.scored == 1));
    assert_eq!(team.average_overall(), team.members[0].result().overall);
}

#[test]
fn members_are_named_by_their_label_or_their_place() {
    let team = picture(vec![member(Answer::Agree, Some("Ana")), member(Answer::Agree, None)]);
    let names: Vec<(&str, bool)> = team.members.iter().map(|m| (m.name.as_str(), m.named)).collect();
    assert_eq!(names, [("Ana", true), ("Person 2", false)]);
    assert_eq!(team.members[0].day, A_DAY);
}

#[test]
fn stages_are_counted_from_the_least_mature() {
    let team = picture(vec![
        member(Answer::Neutral, None),
        member(Answer::Neutral, None),
        member(Answer::DontKnow, None),
    ]);
    let counts: Vec<(&str, usize)> = team.stage_counts().iter().map(|(stage, n)| (stage.id, *n)).collect();
    assert_eq!(counts, [("doing-product-led", 2)]);
}

#[test]
fn a_united_team_has_no_disagreements() {
    let team = picture(vec![member(Answer::Agree, None), member(Answer::StronglyAgree, None)]);
    assert!(team.disagreements.is_empty(), "one step apart is a shade, not a disagreement");
}

#[test]
fn the_widest_spreads_come_first_and_are_worded_as_questions() {
    let team = picture(vec![
        member_with(Answer::Neutral, "sales-promised-missing-feature", Answer::StronglyAgree),
        member_with(Answer::Neutral, "sales-promised-missing-feature", Answer::StronglyDisagree),
        member_with(Answer::Neutral, "product-at-strategy-table", Answer::StronglyAgree),
        member(Answer::Neutral, None),
    ]);
    let found: Vec<(&str, u8)> = team.disagreements.iter().map(|d| (d.statement.id, d.spread)).collect();
    assert_eq!(found, [("sales-promised-missing-feature", 100), ("product-at-strategy-table", 50)]);
    let first = &team.disagreements[0];
    assert!(first.question().starts_with("How true is this here: “"), "{}", first.question());
    assert!(first.question().ends_with("”?"), "{}", first.question());
    assert_eq!(first.breakdown(), "1 agrees, 2 are undecided, 1 disagrees");
}

#[test]
fn a_split_team_outranks_one_outlier_at_the_same_spread() {
    let outlier = "product-at-strategy-table";
    let split = "sales-promised-missing-feature";
    let team = picture(vec![
        member_with(Answer::StronglyAgree, outlier, Answer::StronglyDisagree),
        member_with(Answer::StronglyAgree, split, Answer::StronglyDisagree),
        member_with(Answer::StronglyAgree, split, Answer::StronglyDisagree),
        member(Answer::StronglyAgree, None),
    ]);
    let ids: Vec<&str> = team.disagreements.iter().map(|d| d.statement.id).collect();
    assert_eq!(ids, [split, outlier]);
}

#[test]
fn at_most_five_disagreements_each_at_least_two_steps_wide() {
    let team = picture(vec![member(Answer::StronglyAgree, None), member(Answer::StronglyDisagree, None)]);
    assert_eq!(team.disagreements.len(), MOST_DISPUTED);
    assert!(team.disagreements.iter().all(|d| d.spread >= MIN_DISAGREEMENT));
    assert!(team.disagreements.iter().all(|d| d.breakdown() == "1 agrees, 1 disagrees"));
}

#[test]
fn dont_know_answers_are_counted_but_do_not_widen_the_spread() {
    let team = picture(vec![
        member_with(Answer::Agree, "sales-promised-missing-feature", Answer::DontKnow),
        member_with(Answer::Agree, "sales-promised-missing-feature", Answer::Disagree),
        member_with(Answer::Agree, "sales-promised-missing-feature", Answer::StronglyAgree),
    ]);
    assert_eq!(team.disagreements.len(), 1);
    assert_eq!(team.disagreements[0].breakdown(), "1 agrees, 1 disagrees, 1 doesn't know");
    assert_eq!(team.disagreements[0].spread, 75);
}

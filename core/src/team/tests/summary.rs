use super::{member, member_with, summary, A_DAY};
use crate::assessment::Answer;
use crate::content::assessment::PILLARS;
use crate::team::{MIN_DISAGREEMENT, MOST_DISPUTED};
use proptest::prelude::*;

#[test]
fn an_empty_team_has_no_averages_and_no_disagreements() {
    let empty = summary(vec![]);
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
    let team = summary(vec![member(Answer::Neutral, None), member(Answer::StronglyAgree, None)]);
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
    let team = summary(vec![member(Answer::Agree, None), member(Answer::DontKnow, None)]);
    assert!(team.pillars.iter().all(|spread| spread.scored == 1));
    assert_eq!(team.average_overall(), team.members[0].result().overall);
}

#[test]
fn members_are_named_by_their_label_or_their_place() {
    let team = summary(vec![member(Answer::Agree, Some("Ana")), member(Answer::Agree, None)]);
    let names: Vec<(&str, bool)> = team.members.iter().map(|m| (m.name.as_str(), m.named)).collect();
    assert_eq!(names, [("Ana", true), ("Person 2", false)]);
    assert_eq!(team.members[0].day, A_DAY);
}

#[test]
fn stages_are_counted_from_the_least_mature() {
    let team = summary(vec![
        member(Answer::Neutral, None),
        member(Answer::Neutral, None),
        member(Answer::DontKnow, None),
    ]);
    let counts: Vec<(&str, usize)> = team.stage_counts().iter().map(|(stage, n)| (stage.id, *n)).collect();
    assert_eq!(counts, [("mixed-or-undecided", 2)]);
}

#[test]
fn a_united_team_has_no_disagreements() {
    let team = summary(vec![member(Answer::Agree, None), member(Answer::StronglyAgree, None)]);
    assert!(team.disagreements.is_empty(), "one step apart is a shade, not a disagreement");
}

#[test]
fn a_statement_splitting_the_team_is_listed_as_a_dispute() {
    // The reverse statement splits the room; the plain one has one person ahead of an undecided room.
    let team = summary(vec![
        member_with(Answer::Neutral, "sales-often-overpromised", Answer::StronglyAgree),
        member_with(Answer::Neutral, "sales-often-overpromised", Answer::StronglyDisagree),
        member_with(Answer::Neutral, "product-leader-on-executive-team", Answer::StronglyAgree),
        member(Answer::Neutral, None),
    ]);
    let found: Vec<(&str, u8)> = team.disagreements.iter().map(|d| (d.statement.id, d.spread())).collect();
    assert_eq!(found, [("sales-often-overpromised", 100)]);
    assert_eq!(team.disagreements[0].breakdown(), "1 disagrees, 2 are undecided, 1 agrees");
}

#[test]
fn a_split_team_outranks_one_outlier_at_the_same_spread() {
    let outlier = "product-leader-on-executive-team";
    let split = "product-view-shaped-decisions";
    let team = summary(vec![
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
    let team = summary(vec![
        member(Answer::StronglyAgree, None),
        member(Answer::StronglyAgree, None),
        member(Answer::StronglyDisagree, None),
        member(Answer::StronglyDisagree, None),
    ]);
    assert_eq!(team.disagreements.len(), MOST_DISPUTED);
    assert!(team.disagreements.iter().all(|d| d.spread() >= MIN_DISAGREEMENT));
    assert!(team.disagreements.iter().all(|d| d.polarisation() == 100));
}

#[test]
fn dont_know_answers_are_counted_but_do_not_widen_the_spread() {
    let team = summary(vec![
        member_with(Answer::Agree, "sales-often-overpromised", Answer::DontKnow),
        member_with(Answer::Agree, "sales-often-overpromised", Answer::Disagree),
        member_with(Answer::Agree, "sales-often-overpromised", Answer::StronglyAgree),
        member_with(Answer::Agree, "sales-often-overpromised", Answer::Agree),
    ]);
    assert_eq!(team.disagreements.len(), 1);
    assert_eq!(team.disagreements[0].breakdown(), "1 disagrees, 2 agree, 1 doesn't know");
    assert_eq!(team.disagreements[0].spread(), 75);
}

#[test]
fn each_pillar_spread_is_the_mean_distance_between_two_people() {
    // Scores 0, 100, 100, 100: the range says 100, but two people picked at random are 50 apart.
    let team = summary(vec![
        member(Answer::StronglyDisagree, None),
        member(Answer::StronglyAgree, None),
        member(Answer::StronglyAgree, None),
        member(Answer::StronglyAgree, None),
    ]);
    let first = &team.pillars[0];
    let (low, high) = (first.lowest.unwrap_or(0), first.highest.unwrap_or(0));
    let expected = (f64::from(high - low) / 2.0).round() as u8;
    assert_eq!(first.spread, Some(expected), "{low}..{high}");
    assert_eq!(summary(vec![member(Answer::Agree, None)]).pillars[0].spread, None);
}

#[test]
fn the_band_leaves_out_the_lowest_and_highest_quarter_once_there_are_four_people() {
    let scores = |team: &crate::team::TeamSummary| {
        let first = &team.pillars[0];
        (first.lowest.unwrap_or(0), first.highest.unwrap_or(0), first.middle)
    };
    // Two or three people: the middle is everyone.
    let pair = summary(vec![member(Answer::StronglyDisagree, None), member(Answer::StronglyAgree, None)]);
    let (low, high, middle) = scores(&pair);
    assert_eq!(middle, Some((low, high)));
    // One pessimist and one optimist among three who agree: the band is the three's, not the scale.
    let room = summary(vec![
        member(Answer::StronglyDisagree, None),
        member(Answer::Agree, None),
        member(Answer::Agree, None),
        member(Answer::Agree, None),
        member(Answer::StronglyAgree, None),
    ]);
    let agreeing = summary(vec![member(Answer::Agree, None)]).pillars[0].average.unwrap_or(0);
    let (low, high, middle) = scores(&room);
    assert!(low < agreeing && agreeing < high, "{low}..{high} around {agreeing}");
    assert_eq!(middle, Some((agreeing, agreeing)));
    assert_eq!(summary(vec![]).pillars[0].middle, None);
}

#[test]
fn the_anonymous_grid_labels_rows_by_their_place_highest_overall_first() {
    let team = summary(vec![
        member(Answer::Disagree, Some("Ana")),
        member(Answer::StronglyAgree, Some("Ben")),
        member(Answer::DontKnow, None),
        member(Answer::Neutral, None),
    ]);
    let rows = team.grid(false);
    let labels: Vec<&str> = rows.iter().map(|row| row.label.as_str()).collect();
    assert_eq!(labels, ["Person 1", "Person 2", "Person 3", "Person 4"]);
    let overall: Vec<Option<u8>> = rows.iter().map(|row| row.overall).collect();
    assert_eq!(overall, [team.members[1].result().overall, Some(50), team.members[0].result().overall, None]);
    assert!(rows.iter().all(|row| row.scores.len() == PILLARS.len()));
}

#[test]
fn the_named_grid_keeps_the_teams_order_and_names() {
    let team = summary(vec![member(Answer::Disagree, Some("Ana")), member(Answer::StronglyAgree, None)]);
    let labels: Vec<String> = team.grid(true).into_iter().map(|row| row.label).collect();
    assert_eq!(labels, ["Ana", "Person 2"]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn the_anonymous_grid_does_not_depend_on_the_order_people_joined(
        answers in prop::collection::vec(prop::sample::select(Answer::ALL.to_vec()), 1..8),
        twists in prop::collection::vec((0usize..57, prop::sample::select(Answer::ALL.to_vec())), 0..8),
        rotate in 0usize..8,
    ) {
        let mut members: Vec<_> = answers.iter().map(|&answer| member(answer, None)).collect();
        for (index, (statement, answer)) in twists.iter().enumerate() {
            let person = index % members.len();
            if let Some(slot) = members[person].answers.get_mut(*statement) {
                *slot = Some(*answer);
            }
        }
        let joined_first = summary(members.clone()).grid(false);
        let by = rotate % members.len();
        members.rotate_left(by);
        members.reverse();
        prop_assert_eq!(summary(members).grid(false), joined_first);
    }

    #[test]
    fn the_band_lies_within_the_range_and_holds_at_least_half_the_scores(
        answers in prop::collection::vec(prop::sample::select(Answer::ALL.to_vec()), 0..12),
    ) {
        let team = summary(answers.iter().map(|&answer| member(answer, None)).collect());
        for spread in &team.pillars {
            let Some((low, high)) = spread.middle else {
                prop_assert_eq!(spread.scored, 0);
                continue;
            };
            prop_assert!(spread.lowest <= Some(low) && low <= high && Some(high) <= spread.highest);
            let scores: Vec<u8> = team.members.iter().filter_map(|m| {
                m.result().pillar(spread.pillar.id).and_then(|result| result.score.value())
            }).collect();
            let inside = scores.iter().filter(|score| (low..=high).contains(*score)).count();
            prop_assert!(inside * 2 >= scores.len(), "{inside} of {}", scores.len());
        }
    }
}

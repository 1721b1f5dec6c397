use super::*;
use crate::assessment::{Answer, Role};
use crate::content::assessment::{active_statements, CONTENT_VERSION, PILLARS};
use crate::date::{Moment, TimeOfDay};
use serde_json::json;

/// Every asked statement answered with the same point on the scale.
fn all(answer: Answer) -> Answers {
    active_statements().map(|statement| (statement.id, answer)).collect()
}

fn two_entries() -> History {
    History::new().add(Day(20_000), CONTENT_VERSION, all(Answer::Disagree)).add(
        Day(20_100),
        CONTENT_VERSION,
        all(Answer::Agree),
    )
}

#[test]
fn added_entries_are_listed_newest_first() {
    let days: Vec<Day> = two_entries().newest_first().map(|entry| entry.day).collect();
    assert_eq!(days, [Day(20_100), Day(20_000)]);
}

#[test]
fn each_entry_gets_its_own_id() {
    let history = two_entries();
    let ids: Vec<u32> = history.newest_first().map(|entry| entry.id).collect();
    assert_eq!(ids, [2, 1]);
    assert_eq!(history.next_id(), 3);
}

#[test]
fn an_entry_dated_earlier_is_placed_by_its_day() {
    let history = two_entries().add(Day(19_000), CONTENT_VERSION, all(Answer::Neutral));
    assert_eq!(history.newest_first().last().map(|entry| entry.id), Some(3));
    assert_eq!(history.latest().map(|entry| entry.day), Some(Day(20_100)));
}

#[test]
fn deleting_an_entry_keeps_the_others() {
    let history = two_entries().delete(1);
    assert_eq!(history.len(), 1);
    assert_eq!(history.entry(1), None);
    assert!(history.entry(2).is_some());
    assert_eq!(history.delete(99), history);
}

#[test]
fn ids_are_not_reused_after_deleting_an_older_entry() {
    let history = two_entries().delete(1).add(Day(20_200), CONTENT_VERSION, all(Answer::Agree));
    assert_eq!(history.latest().map(|entry| entry.id), Some(3));
}

#[test]
fn an_entry_result_is_recomputed_from_its_answers() {
    let history = two_entries();
    let latest = history.latest().expect("two entries");
    assert_eq!(latest.result(), AssessmentResult::of(&all(Answer::Agree)));
}

#[test]
fn a_retake_shows_the_change_since_the_previous_entry() {
    let change = two_entries().change_since_previous(2).expect("entry 2 has a previous one");
    assert!(change.pillars.iter().all(|pillar| pillar.delta.is_some()));
    assert!(change.overall.is_some());
}

#[test]
fn the_first_entry_has_nothing_to_compare_with() {
    assert_eq!(two_entries().change_since_previous(1), None);
    assert_eq!(two_entries().change_since_previous(42), None);
}

#[test]
fn history_survives_a_round_trip_through_storage() {
    let history = two_entries();
    let stored = serde_json::to_value(&history).expect("history always encodes");
    let read = History::salvage(stored);
    assert_eq!(read.value, history);
    assert!(read.is_whole());
}

#[test]
fn a_half_written_entry_is_dropped_and_the_rest_kept() {
    let stored = json!({ "entries": [
        { "id": 1, "day": 20000, "content_version": 1, "answers": { "product-at-strategy-table": 4 } },
        { "id": 2, "day": 20001, "content_version": 1 },
        { "id": 3, "day": "yesterday", "content_version": 1, "answers": { "product-at-strategy-table": 4 } },
        "garbage",
        { "id": 5, "day": 20005, "content_version": 1, "answers": { "gone": 4 } },
    ]});
    let read = History::salvage(stored);
    assert_eq!(read.value.len(), 1);
    assert_eq!(read.losses, [Loss::HistoryEntries(4)]);
    assert_eq!(read.message().as_deref(), Some("4 saved results were damaged and could not be kept."));
}

#[test]
fn unknown_answers_inside_an_entry_are_dropped_and_the_entry_kept() {
    let stored = json!({ "entries": [
        { "id": 1, "day": 20000, "content_version": 1,
          "answers": { "product-at-strategy-table": 4, "gone": 4, "product-shapes-markets": 0 } },
    ]});
    let read = History::salvage(stored);
    assert_eq!(read.value.entry(1).map(|entry| entry.answers.len()), Some(1));
    assert_eq!(read.losses, [Loss::Answers(2)]);
}

#[test]
fn entries_from_an_older_content_version_keep_their_version() {
    let stored = json!({ "entries": [
        { "id": 7, "day": 19000, "content_version": 0, "answers": { "product-at-strategy-table": 2 } },
    ]});
    let read = History::salvage(stored);
    assert_eq!(read.value.entry(7).map(|entry| entry.content_version), Some(0));
    assert!(read.is_whole());
}

#[test]
fn missing_and_repeated_ids_are_numbered_afresh() {
    let answers = json!({ "product-at-strategy-table": 4 });
    let stored = json!({ "entries": [
        { "id": 4, "day": 20000, "content_version": 1, "answers": answers },
        { "id": 4, "day": 20001, "content_version": 1, "answers": answers },
        { "day": 20002, "content_version": 1, "answers": answers },
    ]});
    let read = History::salvage(stored);
    let ids: Vec<u32> = read.value.newest_first().map(|entry| entry.id).collect();
    assert_eq!(ids, [6, 5, 4]);
    assert!(read.is_whole());
}

#[test]
fn history_of_the_wrong_shape_starts_empty_and_says_so() {
    for stored in [json!([]), json!({ "entries": {} }), json!("history"), json!(null)] {
        let read = History::salvage(stored.clone());
        assert!(read.value.is_empty(), "{stored}");
        assert_eq!(read.losses, [Loss::Everything { what: "assessment history" }], "{stored}");
    }
}

#[test]
fn an_amended_entry_is_replaced_not_repeated_and_a_vanished_one_is_added() {
    let history = two_entries();
    let latest = history.latest().expect("an entry").id;
    let amended = history.amend(latest, Day(20_101), CONTENT_VERSION, all(Answer::StronglyAgree));
    assert_eq!(amended.len(), 2);
    let entry = amended.latest().expect("the amended entry");
    assert_eq!((entry.day, entry.answers.clone()), (Day(20_101), all(Answer::StronglyAgree)));
    assert!(amended.newest_first().any(|entry| entry.day == Day(20_000)), "the older entry stays");
    // Deleted meanwhile (in another tab): the answers are not lost, they become an entry.
    let gone = history.delete(latest).amend(latest, Day(20_101), CONTENT_VERSION, all(Answer::Agree));
    assert_eq!(gone.len(), 2);
}

fn at(day: u32, hours: u32, minutes: u32) -> Moment {
    Moment { day: Day(day), time: TimeOfDay::from_minutes(hours * 60 + minutes) }
}

#[test]
fn an_entry_keeps_the_time_it_was_finished() {
    let history = History::new().add(at(20_000, 14, 5), CONTENT_VERSION, all(Answer::Agree));
    let entry = history.latest().expect("one entry");
    assert_eq!(history.when(entry), "4 October 2024 at 14:05");
}

#[test]
fn the_time_survives_a_round_trip_through_storage() {
    let history = History::new().add(at(20_000, 9, 30), CONTENT_VERSION, all(Answer::Agree));
    let stored = serde_json::to_value(&history).expect("history always encodes");
    assert_eq!(stored["entries"][0]["time"], json!(570));
    assert_eq!(History::salvage(stored).value, history);
}

#[test]
fn an_entry_stored_before_times_were_kept_still_reads_with_its_date_alone() {
    let stored = json!({ "entries": [
        { "id": 1, "day": 20000, "content_version": 1, "answers": { "product-at-strategy-table": 4 } },
    ]});
    let read = History::salvage(stored);
    let entry = read.value.entry(1).expect("the entry is kept");
    assert_eq!(entry.time, None);
    assert_eq!(read.value.when(entry), "4 October 2024");
    assert!(read.is_whole());
}

#[test]
fn a_damaged_time_costs_only_the_time() {
    let stored = json!({ "entries": [
        { "id": 1, "day": 20000, "time": 5000, "content_version": 1, "answers": { "product-at-strategy-table": 4 } },
        { "id": 2, "day": 20001, "time": "noon", "content_version": 1, "answers": { "product-at-strategy-table": 4 } },
    ]});
    let read = History::salvage(stored);
    assert_eq!(read.value.len(), 2);
    assert!(read.value.newest_first().all(|entry| entry.time.is_none()));
}

#[test]
fn two_entries_on_one_day_are_told_apart_by_their_times_and_kept_in_order() {
    let history = History::new().add(at(20_000, 14, 5), CONTENT_VERSION, all(Answer::Agree)).add(
        at(20_000, 9, 30),
        CONTENT_VERSION,
        all(Answer::Disagree),
    );
    let whens: Vec<String> = history.oldest_first().map(|entry| history.when(entry)).collect();
    assert_eq!(whens, ["4 October 2024 at 09:30", "4 October 2024 at 14:05"]);
}

#[test]
fn entries_of_one_day_without_times_are_numbered_within_it() {
    let history = History::new()
        .add(Day(20_000), CONTENT_VERSION, all(Answer::Agree))
        .add(Day(20_000), CONTENT_VERSION, all(Answer::Disagree))
        .add(at(20_000, 18, 0), CONTENT_VERSION, all(Answer::Neutral))
        .add(Day(20_001), CONTENT_VERSION, all(Answer::Neutral));
    let whens: Vec<String> = history.oldest_first().map(|entry| history.when(entry)).collect();
    assert_eq!(
        whens,
        [
            "4 October 2024, 1 of 3 that day",
            "4 October 2024, 2 of 3 that day",
            "4 October 2024 at 18:00",
            "5 October 2024",
        ]
    );
}

#[test]
fn trends_give_the_overall_score_then_each_pillar_oldest_first() {
    let history = two_entries();
    let results: Vec<AssessmentResult> = history.oldest_first().map(HistoryEntry::result).collect();
    let trends = history.trends();
    assert_eq!(trends.len(), 1 + PILLARS.len());
    assert_eq!(trends[0].pillar, None);
    assert_eq!(trends[0].scores, [results[0].overall, results[1].overall]);
    assert_eq!(trends[1].pillar.map(|pillar| pillar.id), Some(PILLARS[0].id));
    assert_eq!(trends[1].scores, [results[0].pillars[0].score.value(), results[1].pillars[0].score.value()]);
}

#[test]
fn a_trend_compares_its_first_and_latest_scores_skipping_gaps() {
    let trend = Trend { pillar: None, scores: vec![None, Some(40), None, Some(55), None] };
    assert_eq!(trend.first_and_latest(), Some((40, 55)));
}

#[test]
fn a_trend_with_one_score_has_nothing_to_compare() {
    assert_eq!(Trend { pillar: None, scores: vec![Some(40), None] }.first_and_latest(), None);
    assert_eq!(Trend { pillar: None, scores: vec![] }.first_and_latest(), None);
}

#[test]
fn an_entry_keeps_the_part_of_the_company_it_was_given_with() {
    let history = History::new().add_with_role(
        Day(20_000),
        CONTENT_VERSION,
        all(Answer::Agree),
        Some(Role::Leadership),
    );
    let sealed = crate::stored::seal(&history).expect("seals");
    assert!(sealed.contains("\"role\":\"leadership\""), "{sealed}");
    let read = crate::stored::read::<History>(Some(&sealed)).expect("reads").value;
    assert_eq!(read.latest().and_then(|entry| entry.role), Some(Role::Leadership));
}

#[test]
fn an_entry_stored_before_the_question_existed_has_no_part_of_the_company() {
    let sealed = crate::stored::seal(&History::new().add(Day(20_000), CONTENT_VERSION, all(Answer::Agree)))
        .expect("seals");
    assert!(!sealed.contains("role"), "{sealed}");
    let read = crate::stored::read::<History>(Some(&sealed)).expect("reads").value;
    assert_eq!(read.latest().map(|entry| entry.role), Some(None));
}

#[test]
fn changing_a_filed_result_keeps_or_changes_its_part_of_the_company() {
    let history = History::new().add_with_role(
        Day(20_000),
        CONTENT_VERSION,
        all(Answer::Agree),
        Some(Role::Leadership),
    );
    let id = history.latest().map_or(0, |entry| entry.id);
    let amended =
        history.amend_with_role(id, Day(20_001), CONTENT_VERSION, all(Answer::Agree), Some(Role::GoToMarket));
    assert_eq!(amended.len(), 1);
    assert_eq!(amended.latest().and_then(|entry| entry.role), Some(Role::GoToMarket));
}

/// Every asked statement answered so that each pillar scores `agreement` (0, 25, 50, 75 or 100).
fn scoring(agreement: u8) -> Answers {
    active_statements().map(|statement| (statement.id, statement.answer_giving(agreement))).collect()
}

#[test]
fn a_past_result_says_how_the_latest_compares_with_it_stage_included() {
    let history = History::new().add(Day(20_000), CONTENT_VERSION, scoring(50)).add(
        Day(20_100),
        CONTENT_VERSION,
        scoring(75),
    );
    let past = history.entry(1).expect("the first entry");
    assert_eq!(
        history.latest_compared(past).as_deref(),
        Some("Your latest result, on 12 January 2025, is 75: up 25, from Mixed or undecided to Becoming product-led.")
    );
}

#[test]
fn the_latest_result_is_not_compared_with_itself() {
    let history = History::new().add(Day(20_000), CONTENT_VERSION, scoring(50)).add(
        Day(20_100),
        CONTENT_VERSION,
        scoring(75),
    );
    let latest = history.latest().expect("the latest entry");
    assert_eq!(history.latest_compared(latest), None);
}

#[test]
fn on_a_chart_a_lone_result_of_its_day_is_labelled_by_its_date() {
    let history = History::new().add(at(20_000, 14, 5), CONTENT_VERSION, all(Answer::Agree));
    let entry = history.latest().expect("one entry");
    assert_eq!(history.short_when(entry), "4 Oct 2024");
}

#[test]
fn on_a_chart_two_results_of_one_day_are_labelled_by_their_times() {
    let history = History::new().add(at(20_000, 9, 30), CONTENT_VERSION, all(Answer::Agree)).add(
        at(20_000, 14, 5),
        CONTENT_VERSION,
        all(Answer::Disagree),
    );
    let labels: Vec<String> = history.oldest_first().map(|entry| history.short_when(entry)).collect();
    assert_eq!(labels, ["4 Oct 2024, 09:30", "4 Oct 2024, 14:05"]);
}

#[test]
fn on_a_chart_results_of_one_day_without_times_are_labelled_by_their_place_in_it() {
    let history = History::new().add(Day(20_000), CONTENT_VERSION, all(Answer::Agree)).add(
        at(20_000, 14, 5),
        CONTENT_VERSION,
        all(Answer::Disagree),
    );
    let labels: Vec<String> = history.oldest_first().map(|entry| history.short_when(entry)).collect();
    assert_eq!(labels, ["1st on 4 Oct 2024", "2nd on 4 Oct 2024"]);
}

#[test]
fn without_repeats_keeps_one_of_each_result_and_every_distinct_one() {
    let twice = two_entries().add(Day(20_100), CONTENT_VERSION, all(Answer::Agree));
    assert_eq!(twice.len(), 3);
    assert_eq!(twice.without_repeats(), two_entries());
    let other_day = two_entries().add(Day(20_101), CONTENT_VERSION, all(Answer::Agree));
    assert_eq!(other_day.without_repeats(), other_day);
}

/// `count` entries, a day apart, each answered the same way.
fn entries(count: u16) -> History {
    (0..count).fold(History::new(), |history, day| {
        history.add(Day(20_000 + u32::from(day)), CONTENT_VERSION, all(Answer::Agree))
    })
}

#[test]
fn a_long_history_lists_its_newest_results_first_and_more_on_request() {
    let history = entries(120);
    let listing = Listing::default();
    let days: Vec<Day> = history.newest(listing.listed()).map(|entry| entry.day).collect();
    assert_eq!(days.len(), 50);
    assert_eq!(days.first(), Some(&Day(20_119)));
    assert_eq!(listing.show_more(&history).as_deref(), Some("Show 50 older results"));
    assert_eq!(listing.summary(&history).as_deref(), Some("The newest 50 of 120 results."));

    let listing = listing.more();
    assert_eq!(history.newest(listing.listed()).count(), 100);
    assert_eq!(listing.show_more(&history).as_deref(), Some("Show the 20 older results"));

    let listing = listing.more();
    assert_eq!(history.newest(listing.listed()).count(), 120);
    assert_eq!(listing.show_more(&history), None);
    assert_eq!(listing.summary(&history), None);
}

#[test]
fn a_short_history_is_listed_whole_and_one_older_result_is_named_alone() {
    assert_eq!(Listing::default().show_more(&two_entries()), None);
    assert_eq!(Listing::default().summary(&two_entries()), None);
    assert_eq!(Listing::default().show_more(&entries(51)).as_deref(), Some("Show the older result"));
}

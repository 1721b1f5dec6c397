use super::*;
use proptest::prelude::*;

#[test]
fn the_epoch_is_day_zero() {
    assert_eq!(Day::from_ymd(1970, 1, 1), Some(Day(0)));
    assert_eq!(Day(0).iso(), "1970-01-01");
}

#[test]
fn known_dates_convert_both_ways() {
    let day = Day::from_ymd(2026, 11, 22).expect("a real date");
    assert_eq!(day, Day(20_779));
    assert_eq!(day.long(), "22 November 2026");
    assert_eq!(day.short(), "22 Nov 2026");
    assert_eq!(Day::from_ymd(2024, 2, 29).map(Day::iso).as_deref(), Some("2024-02-29"));
}

#[test]
fn impossible_dates_are_refused() {
    assert_eq!(Day::from_ymd(2025, 2, 29), None);
    assert_eq!(Day::from_ymd(2025, 13, 1), None);
    assert_eq!(Day::from_ymd(1969, 12, 31), None);
}

#[test]
fn milliseconds_map_to_their_day_and_nonsense_to_the_epoch() {
    assert_eq!(Day::from_unix_millis(20_414.5 * 86_400_000.0), Day(20_414));
    assert_eq!(Day::from_unix_millis(f64::NAN), Day(0));
    assert_eq!(Day::from_unix_millis(-5.0), Day(0));
}

#[test]
fn a_time_of_day_reads_as_hours_and_minutes() {
    assert_eq!(TimeOfDay::from_minutes(14 * 60 + 5).map(TimeOfDay::hh_mm).as_deref(), Some("14:05"));
    assert_eq!(TimeOfDay::from_minutes(0).map(TimeOfDay::hh_mm).as_deref(), Some("00:00"));
    assert_eq!(TimeOfDay::from_minutes(1439).map(TimeOfDay::hh_mm).as_deref(), Some("23:59"));
}

#[test]
fn a_time_past_the_end_of_the_day_is_refused() {
    assert_eq!(TimeOfDay::from_minutes(1440), None);
}

#[test]
fn milliseconds_map_to_their_day_and_minute() {
    let millis = 20_414.0 * 86_400_000.0 + (14.0 * 60.0 + 5.0) * 60_000.0 + 59_999.0;
    let moment = Moment::from_unix_millis(millis);
    assert_eq!(moment.day, Day(20_414));
    assert_eq!(moment.time.map(TimeOfDay::hh_mm).as_deref(), Some("14:05"));
}

#[test]
fn nonsense_milliseconds_read_as_the_epoch() {
    let epoch = Moment { day: Day(0), time: TimeOfDay::from_minutes(0) };
    assert_eq!(Moment::from_unix_millis(f64::NAN), epoch);
    assert_eq!(Moment::from_unix_millis(-5.0), epoch);
}

#[test]
fn a_day_alone_is_a_moment_without_a_time() {
    assert_eq!(Moment::from(Day(3)), Moment { day: Day(3), time: None });
}

proptest! {
    #[test]
    fn every_day_round_trips_through_its_calendar_date(days in 0u32..200_000) {
        let (year, month, day) = Day(days).ymd();
        prop_assert_eq!(Day::from_ymd(year, month, day), Some(Day(days)));
    }
}

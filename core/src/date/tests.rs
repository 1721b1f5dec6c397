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

proptest! {
    #[test]
    fn every_day_round_trips_through_its_calendar_date(days in 0u32..200_000) {
        let (year, month, day) = Day(days).ymd();
        prop_assert_eq!(Day::from_ymd(year, month, day), Some(Day(days)));
    }
}

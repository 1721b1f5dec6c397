use super::*;

#[test]
fn days_travel_as_days_since_the_first_day() {
    assert_eq!(day_offset(FIRST_DAY), 0);
    assert_eq!(day_offset(Day(FIRST_DAY.0 + 1_056)), 1_056);
}

#[test]
fn days_outside_the_range_are_clamped_to_its_ends() {
    assert_eq!(day_offset(Day(0)), 0);
    assert_eq!(day_offset(Day(u32::MAX)), u16::MAX);
}

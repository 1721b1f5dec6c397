//! Calendar dates as whole days since 1970-01-01 (UTC), so results can carry a date without a clock
//! or a time-zone library, and times of day as minutes after midnight. Conversions follow Howard
//! Hinnant's `days_from_civil` algorithms.

use serde::{Deserialize, Serialize};

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar day, counted from 1970-01-01.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Day(pub u32);

impl Day {
    /// The day that contains this many milliseconds since the Unix epoch (as `Date.now()` gives).
    pub fn from_unix_millis(millis: f64) -> Day {
        let days = (millis / 86_400_000.0).floor();
        if days.is_finite() && days >= 0.0 {
            Day(days.min(u32::MAX as f64) as u32)
        } else {
            Day(0)
        }
    }

    /// The day for a year, month (1–12) and day of month (1–31), if it exists and is not before 1970.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        let year = if month <= 2 { year - 1 } else { year };
        let era = year.div_euclid(400);
        let year_of_era = year.rem_euclid(400) as u32;
        let shifted_month = (month + 9) % 12;
        let day_of_year = (153 * shifted_month + 2) / 5 + day - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        let days = i64::from(era) * 146_097 + i64::from(day_of_era) - 719_468;
        u32::try_from(days).ok().map(Day)
    }

    /// Year, month (1–12) and day of month.
    pub fn ymd(self) -> (i32, u32, u32) {
        let z = i64::from(self.0) + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z.rem_euclid(146_097);
        let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
        let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 } as u32;
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        (year as i32, month, day)
    }

    /// `2026-11-22`: for machine-readable places such as `<time datetime>`.
    pub fn iso(self) -> String {
        let (year, month, day) = self.ymd();
        format!("{year:04}-{month:02}-{day:02}")
    }

    /// `22 November 2026`: for people.
    pub fn long(self) -> String {
        let (year, month, day) = self.ymd();
        let month_name = MONTHS.get(month as usize - 1).copied().unwrap_or("?");
        format!("{day} {month_name} {year}")
    }

    /// `22 Nov 2026`: for people, where room is short.
    pub fn short(self) -> String {
        let long = self.long();
        // The month's first three letters: "22 November 2026" -> "22 Nov 2026".
        match long.split(' ').collect::<Vec<_>>()[..] {
            [day, month, year] => format!("{day} {} {year}", month.get(..3).unwrap_or(month)),
            _ => long,
        }
    }
}

/// A time of day, in minutes after midnight (0–1439), on the visitor's own clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
// A u32 rather than a u16: stored the way days are, with no second integer encoder in the wasm.
pub struct TimeOfDay(u32);

const MINUTES_A_DAY: u32 = 24 * 60;

impl TimeOfDay {
    /// The time this many minutes after midnight, if that is within one day.
    pub fn from_minutes(minutes: u32) -> Option<TimeOfDay> {
        (minutes < MINUTES_A_DAY).then_some(TimeOfDay(minutes))
    }

    pub fn minutes(self) -> u32 {
        self.0
    }

    /// `14:05`: for people.
    pub fn hh_mm(self) -> String {
        format!("{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

/// When something happened: the day, and the time of day where it is known (older records have
/// only the day).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moment {
    pub day: Day,
    pub time: Option<TimeOfDay>,
}

impl Moment {
    /// The moment this many milliseconds after the Unix epoch, as local wall-clock time gives it.
    /// Nonsense (negative, not a number) reads as the epoch's first minute, as [`Day`] reads it.
    pub fn from_unix_millis(millis: f64) -> Moment {
        // `as` saturates, so nonsense becomes 0 rather than wrapping round.
        let minutes = ((millis / 60_000.0) as u64 % u64::from(MINUTES_A_DAY)) as u32;
        Moment { day: Day::from_unix_millis(millis), time: TimeOfDay::from_minutes(minutes) }
    }
}

/// A day alone: a moment whose time is not known.
impl From<Day> for Moment {
    fn from(day: Day) -> Moment {
        Moment { day, time: None }
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests;

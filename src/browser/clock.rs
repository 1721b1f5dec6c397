//! The date and time, and fresh randomness: what the pure core must be handed from outside.

use culture_core::date::{Day, Moment};

/// Now, on the visitor's own clock: the day and the time of day (a result taken late in the evening
/// is dated that evening).
pub fn now() -> Moment {
    let now = js_sys::Date::new_0();
    // getTimezoneOffset is minutes *behind* UTC, so subtracting it gives local wall-clock time.
    let local_millis = now.get_time() - now.get_timezone_offset() * 60_000.0;
    Moment::from_unix_millis(local_millis)
}

/// Today, on the visitor's own clock.
pub fn today() -> Day {
    now().day
}

/// Milliseconds on the visitor's clock, for how long something has been shown.
pub fn millis() -> f64 {
    js_sys::Date::now()
}

/// A seed for shuffling quiz questions; different on every call.
pub fn random_seed() -> u64 {
    let high = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    let low = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    (high << 32) | low
}

//! Today's date and fresh randomness, the two things the pure core must be handed from outside.

use culture_core::date::Day;

/// Today, in the visitor's own time zone (a result taken late in the evening is dated that evening).
pub fn today() -> Day {
    let now = js_sys::Date::new_0();
    // getTimezoneOffset is minutes *behind* UTC, so subtracting it gives local wall-clock time.
    let local_millis = now.get_time() - now.get_timezone_offset() * 60_000.0;
    Day::from_unix_millis(local_millis)
}

/// A seed for shuffling quiz questions; different on every call.
pub fn random_seed() -> u64 {
    let high = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    let low = (js_sys::Math::random() * f64::from(u32::MAX)) as u64;
    (high << 32) | low
}

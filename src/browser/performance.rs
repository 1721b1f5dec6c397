//! User Timing marks, read by `make bench` to measure when the first control became usable.

/// The mark's name, shared with `tests/e2e/bench.mjs`.
pub const INTERACTIVE_MARK: &str = "culture-check:interactive";

/// Records the moment the app was mounted and its controls wired. Silently does nothing where the
/// Performance API is missing.
pub fn mark_interactive() {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(INTERACTIVE_MARK);
    }
}

//! Work that can wait until the page has nothing else to do: once the current screen is drawn and
//! the browser is idle (`requestIdleCallback`), or, where the browser has no such call (Safari), once
//! the current task is over.

use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::{request_idle_callback_with_handle, set_timeout};

/// Runs `then` once, when the browser is next idle.
pub fn when_idle(then: impl FnOnce() + 'static) {
    let pending = std::rc::Rc::new(Cell::new(Some(Box::new(then) as Box<dyn FnOnce()>)));
    let idle = pending.clone();
    let asked = request_idle_callback_with_handle(move || {
        if let Some(then) = idle.take() {
            then();
        }
    });
    if asked.is_err() {
        if let Some(then) = pending.take() {
            set_timeout(then, Duration::ZERO);
        }
    }
}

//! Code that arrives later. Release builds cut screens, and work only some visits need, into wasm
//! chunks of their own (`wasm_split`, split by scripts/split-wasm.mjs, see docs/code-splitting.md),
//! fetched the first time they are needed; debug builds and tests link everything in. A split point
//! is `fallible`: a chunk that cannot be fetched is a [`ChunkMissing`] the page can tell and try
//! again, not a panic that ends the app.
//!
//! A split point is a function marked `wasm_split(<chunk>, …, fallible)` that hands back what the
//! chunk holds (a view's constructor, or a function); `load!(<function>)` calls it, and
//! [`lazy_view`] shows a view from it with the loading and missing states every screen shares.
//! `view_chunk!` defines a view's split point (src/app.rs has the screens', the team view its
//! parts').

use std::task::{Context, Poll, Waker};

use leptos::prelude::*;

use crate::browser::focus;

/// A later view's constructor, or the sign that its code did not arrive.
pub type Loaded<A> = Result<fn(A) -> AnyView, ChunkMissing>;

/// What a view's loader hands back: its constructor once the code is there.
pub type ViewLoader<A> = Loader<fn(A) -> AnyView>;

/// A chunk could not be fetched (the connection dropped before it was first needed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkMissing;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkMissing
    }
}

/// Calls a split function: its loader's future in release builds, the function itself, ready at
/// once, where nothing is split.
#[cfg(not(debug_assertions))]
macro_rules! load {
    ($split:ident) => {
        $split()
    };
}
#[cfg(debug_assertions)]
macro_rules! load {
    ($split:ident) => {
        std::future::ready($split())
    };
}
pub(crate) use load;

/// Defines a view's split point: a function named after its chunk that hands back the view's
/// constructor, so the view is built where it is shown, `fallible` so that a chunk that cannot be
/// fetched is a [`ChunkMissing`]. `load!(<chunk>)` calls it; [`lazy_view`] shows it.
macro_rules! view_chunk {
    ($chunk:ident, |$arg:tt: $argument:ty| $view:expr) => {
        #[cfg_attr(
                    not(debug_assertions),
                    leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)
                )]
        fn $chunk() -> $crate::ui::lazy::Loaded<$argument> {
            fn build($arg: $argument) -> AnyView {
                $view.into_any()
            }
            Ok(build as fn($argument) -> AnyView)
        }
    };
}
pub(crate) use view_chunk;

/// Runs `then` with what `loading` gives: at once when the code is already here (debug builds, or
/// fetched before), else once its fetch ends, on the page's task queue. For work a visitor's action
/// or a screen starts (the data file), not for views, which [`lazy_view`] shows.
pub fn when_loaded<T: 'static>(
    loading: impl std::future::Future<Output = Result<T, ChunkMissing>> + 'static,
    then: impl FnOnce(Result<T, ChunkMissing>) + 'static,
) {
    let mut loading = Box::pin(loading);
    match loading.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(loaded) => then(loaded),
        Poll::Pending => leptos::task::spawn_local(async move { then(loading.await) }),
    }
}

/// How many times a view's code is fetched again, a second apart, before the visitor is asked.
const FETCH_RETRIES: u8 = 2;

/// Where a later view stands.
#[derive(Clone, Copy)]
enum LazyState<A: 'static> {
    Loading,
    Ready(fn(A) -> AnyView),
    /// Fetched and tried again, and still missing: the visitor can try once more.
    Missing,
}

/// A view whose code loads on demand: "Loading…" until it is there (in the space the view will take,
/// so nothing jumps), then the view, which takes the focus and scrolls to `opens_at` if it replaced a
/// screen (the app's focus effect found no heading yet). Code that cannot be fetched is tried again,
/// then said in plain words with a button to try once more.
pub fn lazy_view<A: Clone + Send + Sync + 'static>(
    load: fn() -> ViewLoader<A>,
    arg: A,
    opens_at: Option<f64>,
) -> AnyView {
    let state = RwSignal::new(LazyState::<A>::Loading);
    // Code already here (fetched before the app mounted, or opened before) shows at once, as a linked
    // screen would: no "Loading…" for a moment, and the app's own focus effect finds the heading.
    let waited = StoredValue::new(false);
    let arrive = move |loaded: Result<fn(A) -> AnyView, ChunkMissing>| match loaded {
        // The visitor may have moved on while it loaded: then `state` and `waited` are gone too.
        Ok(build) => {
            let shown = state.try_set(LazyState::Ready(build)).is_none();
            if let (true, Some(true), Some(top)) = (shown, waited.try_get_value(), opens_at) {
                focus::new_screen_at("main h1", top);
            }
        }
        Err(ChunkMissing) => {
            let _ = state.try_set(LazyState::Missing);
        }
    };
    when_fetched(load, arrive);
    waited.set_value(true);
    let try_again = move |_| {
        state.set(LazyState::Loading);
        when_fetched(load, arrive);
    };
    (move || match state.get() {
        LazyState::Ready(build) => untrack(|| build(arg.clone())),
        LazyState::Loading => loading(),
        LazyState::Missing => missing(
            "This part of Culture Check could not be loaded, perhaps because the connection dropped. What \
             you entered is saved in this browser.",
            try_again,
        ),
    })
    .into_any()
}

/// Where code that is on its way will show.
fn loading() -> AnyView {
    view! { <p class="loading" role="status">"Loading…"</p> }.into_any()
}

/// Code that could not be fetched, said in plain words, with a button that tries once more.
fn missing(message: &'static str, try_again: impl Fn(leptos::ev::MouseEvent) + 'static) -> AnyView {
    view! {
        <div class="stack narrow">
            <p class="callout callout--warning" role="alert">{message}</p>
            <p class="actions">
                <button type="button" class="button button--primary" on:click=try_again>"Try again"</button>
            </p>
        </div>
    }
    .into_any()
}

/// What a chunk's loader hands back: what the chunk holds once it is here.
pub type Loader<T> = std::pin::Pin<Box<dyn std::future::Future<Output = Result<T, ChunkMissing>>>>;

/// Runs `then` with what `load` fetches, trying again [`FETCH_RETRIES`] times a second apart before
/// handing on [`ChunkMissing`]: at once when the code is already here, else on the page's task queue.
/// For code a screen shows or needs soon after it shows (a lazy view, the assessment's storage code).
pub fn when_fetched<T: 'static>(
    load: fn() -> Loader<T>,
    then: impl FnOnce(Result<T, ChunkMissing>) + 'static,
) {
    fetch_retrying(load, FETCH_RETRIES, then);
}

/// [`when_loaded`] on a fresh fetch by `load` (a finished future is never polled again), fetching
/// again up to `retries` more times a second apart, and handing the outcome to `then`.
fn fetch_retrying<T: 'static>(
    load: fn() -> Loader<T>,
    retries: u8,
    then: impl FnOnce(Result<T, ChunkMissing>) + 'static,
) {
    when_loaded(load(), move |loaded| match loaded {
        Err(ChunkMissing) if retries > 0 => {
            set_timeout(move || fetch_retrying(load, retries - 1, then), std::time::Duration::from_secs(1));
        }
        outcome => then(outcome),
    });
}

/// Where a page's storage code stands (see [`storage_later`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Arrival {
    Waiting,
    Here,
    Missing,
}

/// A page whose storage code (reading, salvaging, merging, writing) is a chunk of its own, fetched by
/// `load`. With nothing stored to resume (`shows_at_once`), the page shows at once from empty
/// signals, and `take_up` hands them to storage when the code arrives, saving what was done
/// meanwhile; otherwise the page waits until `take_up` has read what is stored. A page left before
/// the code arrived hands what `unsaved` finds then to `keep` once it does.
///
/// Returns whether the page may show, and what goes above it: "Loading…" while it waits, or, when
/// the code could not be fetched after the retries, a message with a button to try once more.
pub fn storage_later<S: 'static, P: 'static>(
    load: fn() -> Loader<S>,
    shows_at_once: bool,
    take_up: impl Fn(S) + Copy + Send + Sync + 'static,
    unsaved: impl Fn() -> Option<P> + Send + Sync + 'static,
    keep: impl Fn(S, P) + Copy + Send + Sync + 'static,
) -> (Signal<bool>, impl Fn() -> Option<AnyView> + Send + Sync + 'static) {
    let arrival = RwSignal::new(Arrival::Waiting);
    // The code may arrive on the task queue, where no component is being built: what `take_up` sets
    // up belongs to the page.
    let owner = StoredValue::new(Owner::current());
    let arrive = move |loaded: Result<S, ChunkMissing>| match loaded {
        Ok(code) => {
            // Gone from the page meanwhile: its cleanup kept what was unsaved.
            let Some(owner) = owner.try_get_value() else { return };
            match owner {
                Some(owner) => owner.with(|| take_up(code)),
                None => take_up(code),
            }
            arrival.set(Arrival::Here);
        }
        Err(ChunkMissing) => {
            let _ = arrival.try_set(Arrival::Missing);
        }
    };
    when_fetched(load, arrive);
    on_cleanup(move || {
        if arrival.try_get_untracked() != Some(Arrival::Here) {
            if let Some(pending) = unsaved() {
                when_fetched(load, move |loaded| {
                    if let Ok(code) = loaded {
                        keep(code, pending);
                    }
                });
            }
        }
    });
    let try_again = move |_| {
        arrival.set(Arrival::Waiting);
        when_fetched(load, arrive);
    };
    // Read only when the page waits, so that a page shown at once is not drawn again on arrival.
    let shows = Signal::derive(move || shows_at_once || arrival.get() == Arrival::Here);
    let state = move || match arrival.get() {
        Arrival::Here => None,
        Arrival::Waiting if shows_at_once => None,
        Arrival::Waiting => Some(loading()),
        Arrival::Missing if shows_at_once => Some(missing(
            "What you do here cannot be saved in this browser yet, because part of Culture Check could not \
             be loaded (perhaps the connection dropped). It is kept on this page meanwhile.",
            try_again,
        )),
        Arrival::Missing => Some(missing(
            "What this browser keeps for this page could not be read, because part of Culture Check could \
             not be loaded (perhaps the connection dropped). It is still saved here.",
            try_again,
        )),
    };
    (shows, state)
}

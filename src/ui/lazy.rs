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
pub type ViewLoader<A> = std::pin::Pin<Box<dyn std::future::Future<Output = Loaded<A>>>>;

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
    // Code already here (fetched before the app mounted, or opened before) shows at once, as a linked
    // screen would: no "Loading…" for a moment, and the app's own focus effect finds the heading.
    let mut loading = load();
    let now = loading.as_mut().poll(&mut Context::from_waker(Waker::noop()));
    let state = RwSignal::new(match now {
        Poll::Ready(Ok(build)) => LazyState::Ready(build),
        _ => LazyState::<A>::Loading,
    });
    match now {
        Poll::Ready(Ok(_)) => {}
        // A finished future is never polled again: a failed fetch starts over.
        Poll::Ready(Err(ChunkMissing)) => fetch_view(load, load(), state, FETCH_RETRIES, opens_at),
        Poll::Pending => fetch_view(load, loading, state, FETCH_RETRIES, opens_at),
    }
    let try_again = move |_| {
        state.set(LazyState::Loading);
        fetch_view(load, load(), state, 0, opens_at);
    };
    (move || match state.get() {
        LazyState::Ready(build) => untrack(|| build(arg.clone())),
        LazyState::Loading => view! { <p class="loading" role="status">"Loading…"</p> }.into_any(),
        LazyState::Missing => view! {
            <div class="stack narrow">
                <p class="callout callout--warning" role="alert">
                    "This part of Culture Check could not be loaded, perhaps because the connection dropped. \
                     What you entered is saved in this browser."
                </p>
                <p class="actions">
                    <button type="button" class="button button--primary" on:click=try_again>"Try again"</button>
                </p>
            </div>
        }
        .into_any(),
    })
    .into_any()
}

/// Fetches a view's code (`loading` is the fetch under way) into `state`, trying again `retries`
/// more times a second apart.
fn fetch_view<A: Clone + Send + Sync + 'static>(
    load: fn() -> ViewLoader<A>,
    loading: ViewLoader<A>,
    state: RwSignal<LazyState<A>>,
    retries: u8,
    opens_at: Option<f64>,
) {
    leptos::task::spawn_local(async move {
        match loading.await {
            // The visitor may have moved on while it loaded.
            Ok(build) => {
                if let (None, Some(top)) = (state.try_set(LazyState::Ready(build)), opens_at) {
                    focus::new_screen_at("main h1", top);
                }
            }
            Err(ChunkMissing) if retries > 0 => {
                set_timeout(
                    move || fetch_view(load, load(), state, retries - 1, opens_at),
                    std::time::Duration::from_secs(1),
                );
            }
            Err(ChunkMissing) => {
                let _ = state.try_set(LazyState::Missing);
            }
        }
    });
}

//! Stored things on screen, one way for all of them, through [`Store`] (from context). A screen that
//! changes a stored thing keeps it in a signal from [`Store::persist`]; one effect saves every change,
//! so events only set the signal. A screen that only shows one reads it with [`Store::load`] (or
//! [`Store::peek`], quietly). An event whose control promises "saved" or "added" calls
//! [`Store::save`] itself and says so only when the write succeeded.
//!
//! The decisions (merging with another tab, setting damaged data aside, leaving data a newer version
//! wrote untouched, keeping in memory what storage will not take) are the core's
//! (`culture_core::stored::Store`); `browser::storage` only moves the strings. Problems become
//! notices for the visitor, never error screens.
//!
//! ```no_run
//! use culture_check::ui::stored::Store;
//! use culture_core::assessment::History;
//! use leptos::prelude::*;
//!
//! let store = Store::use_context();
//! let history = store.persist::<History>();
//! // In an event: the core returns the new value, the effect saves it.
//! history.update(|history| *history = history.delete(1));
//! ```

use culture_core::data_file::DeviceData;
use culture_core::stored::{self, EachPair, GatherPart, NotKept, SaveError, Stored};
use leptos::prelude::*;

use crate::browser::storage::{self, LocalStorage};
use crate::browser::{clock, file};
use crate::ui::fault;
use crate::ui::lazy::{load, when_loaded, ChunkMissing};
use crate::ui::notices::Notices;

/// Every stored thing's reads and writes for this visit, and where to tell the visitor about
/// problems. Shared through context.
#[derive(Clone, Copy)]
pub struct Store {
    core: StoredValue<stored::Store<LocalStorage>>,
    notices: Notices,
    /// Notified whenever a stored thing starts or stops being held in memory instead of storage.
    held: Trigger,
    /// Whether this visit has opened stored data, so that a fault offers it as a file.
    opened: StoredValue<bool>,
}

impl Store {
    /// Creates the store and makes it available to every component below.
    pub fn provide(notices: Notices) -> Store {
        let store = Store {
            core: StoredValue::new(stored::Store::new(LocalStorage)),
            notices,
            held: Trigger::new(),
            opened: StoredValue::new(false),
        };
        provide_context(store);
        store
    }

    /// The shared store. Only components rendered inside [`crate::app::App`] may call this.
    pub fn use_context() -> Store {
        expect_context::<Store>()
    }

    /// The stored `T` in a signal, read now (telling the visitor about problems) and again whenever
    /// another tab changes it. Every later change to the signal is saved by one effect, telling the
    /// visitor when it could not be kept.
    pub fn persist<T: Stored + Send + Sync>(self) -> RwSignal<T> {
        let initial = self.load::<T>();
        let value = RwSignal::new(initial.clone());
        self.follow(value, initial);
        value
    }

    /// [`Store::persist`] for a signal a page made before its storage code arrived (see
    /// `ui::lazy::storage_later`): still empty, it takes what is stored; changed meanwhile, its value
    /// is saved, merged with anything another tab stored, as any change is. From then on it is kept
    /// like [`Store::persist`]'s. Nothing happens once the page has gone.
    pub fn take_up<T: Stored + Send + Sync>(self, value: RwSignal<T>) {
        let Some(current) = value.try_get_untracked() else { return };
        let saved = if current == T::default() {
            self.load::<T>()
        } else {
            self.save_or_tell(&current).unwrap_or_else(|| current.clone())
        };
        // Set only when it differs, so that a control in use is not drawn again.
        if saved != current {
            value.set(saved.clone());
        }
        self.follow(value, saved);
    }

    /// Keeps `value`, which storage holds as `saved`, in step with storage from now on.
    fn follow<T: Stored + Send + Sync>(self, value: RwSignal<T>, saved: T) {
        // Tabs agree: what another tab saves shows here at once, so this tab's next change builds on
        // it instead of writing over it.
        let listening = storage::on_change_elsewhere(T::KEY, move || {
            let latest = self.peek::<T>();
            if value.with_untracked(|current| *current != latest) {
                value.set(latest);
            }
        });
        on_cleanup(move || listening.remove());
        // Compares with what was last saved: loading alone writes nothing, and a change made before
        // the effect first runs is still saved. When the save merged in another tab's changes, the
        // signal shows the merge.
        Effect::new(move |last_saved: Option<T>| {
            let last_saved = last_saved.unwrap_or_else(|| saved.clone());
            let current = value.get();
            if current == last_saved {
                return current;
            }
            match self.save_or_tell(&current) {
                Some(stored) if stored != current => {
                    value.set(stored.clone());
                    stored
                }
                _ => current,
            }
        });
    }

    /// The stored `T`, telling the visitor about anything that was dropped or could not be read.
    pub fn load<T: Stored>(self) -> T {
        self.open();
        let today = clock::today();
        let loaded = self.core.try_update_value(|core| core.load::<T>(today));
        let Some(loaded) = loaded else { return T::default() };
        if let Some(message) = loaded.message {
            self.notices.tell_offering_download(message);
        }
        loaded.value
    }

    /// The stored `T` without telling anyone: for summaries on other screens, where the screen that
    /// changes it explains any problem when the visitor opens it.
    pub fn peek<T: Stored>(self) -> T {
        self.open();
        let today = clock::today();
        self.core.try_update_value(|core| core.load::<T>(today).value).unwrap_or_default()
    }

    /// Stores `value` and returns what storage now holds (`value`, or `value` merged with what
    /// another tab saved meanwhile). When it could not, `value` stays with this visit (every screen
    /// reads it) and the error says why, for the control that asked to show beside it.
    pub fn save<T: Stored>(self, value: &T) -> Result<T, NotKept> {
        self.open();
        let today = clock::today();
        let outcome = self.core.try_update_value(|core| {
            let held_before = core.holds_in_memory::<T>();
            let outcome = core.save(value, today);
            (outcome, held_before != core.holds_in_memory::<T>())
        });
        let Some((outcome, held_changed)) = outcome else {
            return Err(NotKept { error: SaveError::Unavailable, news: false });
        };
        if held_changed {
            self.held.notify();
        }
        outcome
    }

    /// [`Store::save`], telling the visitor in a notice when the value could not be stored.
    pub fn save_or_tell<T: Stored>(self, value: &T) -> Option<T> {
        match self.save(value) {
            Ok(stored) => Some(stored),
            Err(not_kept) => {
                if not_kept.news {
                    self.notices.tell_offering_download(not_kept.error.message());
                }
                None
            }
        }
    }

    /// Whether storage holds `T` (or this visit, what storage would not take), without reading it:
    /// a screen shows before its stored state is read only when there is none to show.
    pub fn holds<T: Stored>(self) -> bool {
        self.core.with_value(|core| core.holds_any(&[T::KEY]))
    }

    /// Whether this visit holds `T` in memory because storage would not take it.
    pub fn holds_in_memory<T: Stored>(self) -> bool {
        self.core.with_value(|core| core.holds_in_memory::<T>())
    }

    /// [`Store::holds_in_memory`] for a view, which shows the change when storage starts or stops
    /// taking `T`.
    pub fn tracks_held<T: Stored>(self) -> bool {
        self.held.track();
        self.holds_in_memory::<T>()
    }

    /// Whether this browser holds anything for the site (or this visit, what storage would not take),
    /// without reading it: for offering the data file only when there is something to put in it.
    pub fn holds_anything(self) -> bool {
        self.core.with_value(|core| core.holds_any(DeviceData::KEYS))
    }

    /// Everything this browser holds for the site, as this visit sees it (values storage would not
    /// take included, so a download keeps what a failed save could not).
    pub fn device_data(self) -> DeviceData {
        self.open();
        DeviceData::gather(&mut Peeking(self))
    }

    /// Stores every part of `data` that differs from what this browser holds. Returns what could
    /// not be stored, if anything (those parts stay with this visit).
    pub fn store_all(self, data: &DeviceData) -> Option<SaveError> {
        let mut storing = Storing { store: self, refused: None };
        self.device_data().each_pair(data, &mut storing);
        storing.refused
    }

    /// Removes everything the site keeps in this browser (data a newer version wrote included) and
    /// everything this visit kept in memory.
    pub fn forget_everything(self) {
        self.core.update_value(|core| core.forget(DeviceData::KEYS));
    }

    /// Saves everything this browser holds as a file, telling the visitor if the browser refuses. The
    /// code that writes the file arrives when first needed (a chunk of its own in release builds).
    pub fn download(self) {
        when_loaded(load!(data_file_writer), move |writer| match writer {
            Ok(write) => write(self),
            Err(ChunkMissing) => self.notices.tell(
                "The data file could not be prepared, perhaps because the connection dropped. Try again \
                 once you are back online; everything stays stored in this browser meanwhile.",
            ),
        });
    }

    fn download_now(self) {
        let day = clock::today();
        let saved = self
            .device_data()
            .to_file(day)
            .ok()
            .and_then(|text| file::download(&DeviceData::file_name(day), "application/json", &text).ok());
        if saved.is_none() {
            self.notices.tell(
                "This browser would not save the file. Try again, or copy your result links from the \
                 results page instead.",
            );
        }
    }

    /// The first time this visit opens stored data, a fault from then on offers it as a file (the code
    /// that gathers it arrives in the background; until then a fault offers nothing).
    fn open(self) {
        if !self.opened.get_value() {
            self.opened.set_value(true);
            when_loaded(load!(fault_offer), move |offer| {
                if let Ok(offer) = offer {
                    offer(self);
                }
            });
        }
    }

    fn offer_on_fault(self) {
        fault::offer_data(move || self.device_data());
    }
}

/// Reads each part quietly.
struct Peeking(Store);

impl GatherPart for Peeking {
    fn part<T: Stored>(&mut self) -> T {
        self.0.peek::<T>()
    }
}

/// Stores each part that changed, noting the first refusal.
struct Storing {
    store: Store,
    refused: Option<SaveError>,
}

impl EachPair for Storing {
    fn pair<T: Stored>(&mut self, here: &T, wanted: &T) {
        if here != wanted {
            if let Err(not_kept) = self.store.save(wanted) {
                self.refused = self.refused.or(Some(not_kept.error));
            }
        }
    }
}

/// The code that writes the data file: the `data_file` chunk, which the fault's offer below shares,
/// so it is usually here before a visitor asks for the file.
#[cfg_attr(
    not(debug_assertions),
    leptos::wasm_split::wasm_split(data_file, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn data_file_writer() -> Result<fn(Store), ChunkMissing> {
    Ok(Store::download_now as fn(Store))
}

/// The code that offers this visit's data when the app stops, fetched once stored data is open.
#[cfg_attr(
    not(debug_assertions),
    leptos::wasm_split::wasm_split(data_file, wasm_split_path = ::leptos::wasm_split, fallible)
)]
fn fault_offer() -> Result<fn(Store), ChunkMissing> {
    Ok(Store::offer_on_fault as fn(Store))
}

//! The app's last word when it stops (see `culture_core::fault`): an alert at the top of the page that
//! says what happened, and a link that saves what this browser holds as a data file, which works
//! without the app.

use culture_core::data_file::DeviceData;
use culture_core::fault::{Fault, DOWNLOAD_LABEL};

use crate::browser::{clock, document, file};
use crate::ui::stored::{self, Store};

/// From now on, a panic offers what `store` holds, values storage would not take included.
pub fn offer_data_of(store: Store) {
    std::panic::set_hook(Box::new(move |info| {
        tell(info.payload_as_str().unwrap_or_default(), Some(store));
    }));
}

/// Tells the visitor the app stopped with the panic `message`, and offers their data: what `store`
/// holds, or before the app has one, what local storage holds.
pub fn tell(message: &str, store: Option<Store>) {
    let Some(alert) = document::show_failure(Fault::from_panic(message).message()) else {
        return;
    };
    // The message is shown first: gathering the data reads the app's state, which a panic may have
    // left unreadable (a second panic then ends here, the message already on screen).
    let day = clock::today();
    let data = store.map_or_else(stored::device_data_in_storage, Store::device_data);
    if let Some(url) =
        data.to_file(day).ok().and_then(|text| file::object_url("application/json", &text).ok())
    {
        document::add_download_link(&alert, &url, &DeviceData::file_name(day), DOWNLOAD_LABEL);
    }
}

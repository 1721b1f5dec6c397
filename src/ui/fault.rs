//! The app's last word when it stops (see `culture_core::fault`): an alert at the top of the page that
//! says what happened and, once this visit has opened stored data, a link that saves it as a data
//! file, which works without the app.

use culture_core::data_file::DeviceData;
use culture_core::fault::{Fault, DOWNLOAD_LABEL};

use crate::browser::{clock, document, file};

/// From the start: a panic tells what happened. Until the visit opens stored data, storage holds all
/// there is, so the message says a reload loses nothing and offers no file (the code that writes one
/// comes with the screens that open stored data).
pub fn tell_from_the_start() {
    std::panic::set_hook(Box::new(|info| {
        let message = Fault::from_panic(info.payload_as_str().unwrap_or_default()).message(false);
        document::show_failure(message);
    }));
}

/// From now on, a panic also offers what `data` gathers: this visit's data, values storage would not
/// take included.
pub fn offer_data(data: impl Fn() -> DeviceData + Send + Sync + 'static) {
    std::panic::set_hook(Box::new(move |info| {
        let message = Fault::from_panic(info.payload_as_str().unwrap_or_default()).message(true);
        let Some(alert) = document::show_failure(message) else {
            return;
        };
        // The message is shown first: gathering the data reads the app's state, which a panic may
        // have left unreadable (a second panic then ends here, the message already on screen).
        let day = clock::today();
        if let Some(url) =
            data().to_file(day).ok().and_then(|text| file::object_url("application/json", &text).ok())
        {
            document::add_download_link(&alert, &url, &DeviceData::file_name(day), DOWNLOAD_LABEL);
        }
    }));
}

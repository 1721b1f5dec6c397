//! The app's last word when it stops (see `culture_core::fault`): an alert at the top of the page that
//! says what happened, and a link that saves what this browser holds as a data file, which works
//! without the app.

use culture_core::data_file::DeviceData;
use culture_core::fault::{Fault, DOWNLOAD_LABEL};

use crate::browser::{clock, document, file};
use crate::ui::your_data::device_data;

/// Tells the visitor the app stopped with the panic `message`, and offers their data.
pub fn tell(message: &str) {
    let Some(alert) = document::show_failure(Fault::from_panic(message).message()) else {
        return;
    };
    // The message is shown first: gathering the data reads the app's state, which a panic may have
    // left unreadable (a second panic then ends here, the message already on screen).
    let day = clock::today();
    if let Some(url) =
        device_data().to_file(day).ok().and_then(|text| file::object_url("application/json", &text).ok())
    {
        document::add_download_link(&alert, &url, &DeviceData::file_name(day), DOWNLOAD_LABEL);
    }
}

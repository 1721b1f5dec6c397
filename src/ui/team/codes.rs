//! Reading the QR codes in a picture (a chosen file, a camera's frame), the one way the paste form
//! and the camera both read them: by the browser's own barcode detector where it has one, else by
//! the QR reader in its worker, which a slow or hostile picture cannot hold up.

use culture_core::qr::QrReadError;

use crate::browser::barcode;
use crate::browser::picture::Picture;
use crate::browser::qr_worker;

/// The texts of the QR codes in `picture`, read at most at `max_pixels` within `time_limit_ms`.
pub(super) async fn read_codes(
    picture: &Picture,
    max_pixels: usize,
    time_limit_ms: u32,
) -> Result<Vec<String>, QrReadError> {
    match barcode::read_qr_codes(picture).await {
        Ok(texts) if texts.is_empty() => Err(QrReadError::NoCode),
        Ok(texts) => Ok(texts),
        Err(barcode::NoDetector) => qr_worker::read(picture, max_pixels, time_limit_ms).await,
    }
}

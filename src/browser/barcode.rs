//! The browser's own QR code reader, where it has one: the Shape Detection API's `BarcodeDetector`
//! (Chrome on Android and macOS, among others). Where it is missing, does not read QR codes, or
//! fails, the caller reads the picture's pixels itself (`culture_core::qr::read`).
//!
//! ```no_run
//! use culture_check::browser::barcode::{self, NoDetector};
//! use culture_check::browser::picture::Picture;
//!
//! async fn codes_in(picture: &Picture) -> Option<Vec<String>> {
//!     match barcode::read_qr_codes(picture).await {
//!         Ok(texts) => Some(texts), // every code's text; empty when none was found
//!         Err(NoDetector) => None,  // read it another way
//!     }
//! }
//! ```

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::picture::Picture;

#[wasm_bindgen]
extern "C" {
    // Bound by hand: web-sys only offers `BarcodeDetector` behind `web_sys_unstable_apis`, a flag
    // that opts the whole build into every unstable (semver-exempt) web-sys API. Only the constructor
    // is bound: its two methods are called through `Reflect`, whose glue the main module already has,
    // as each binding of its own adds glue there that every first visit downloads.
    #[derive(Clone)]
    type BarcodeDetector;

    #[wasm_bindgen(constructor, catch)]
    fn new(options: &JsValue) -> Result<BarcodeDetector, JsValue>;
}

/// Calls `object.name(argument)` and waits for what it returns (a promise, or anything else).
async fn call(object: &JsValue, name: &str, argument: &JsValue) -> Result<JsValue, JsValue> {
    let method: js_sys::Function = js_sys::Reflect::get(object, &name.into())?.dyn_into()?;
    let returned = method.call1(object, argument)?;
    JsFuture::from(js_sys::Promise::resolve(&returned)).await
}

/// This browser has no barcode detector that reads QR codes, or it failed: read the picture another way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NoDetector;

/// What is known of this browser's detector: unknown until first asked, then one for the visit.
enum Known {
    Unasked,
    Missing,
    Found(BarcodeDetector),
}

thread_local! {
    static DETECTOR: RefCell<Known> = const { RefCell::new(Known::Unasked) };
}

/// The text of every QR code the browser's detector finds in `picture` (none found: empty). A
/// detector that fails once is not asked again in this visit, so a camera does not try it each frame.
pub async fn read_qr_codes(picture: &Picture) -> Result<Vec<String>, NoDetector> {
    let detector = detector().await.ok_or(NoDetector)?;
    let Ok(found) = call(&detector, "detect", picture.source()).await else {
        DETECTOR.with(|known| *known.borrow_mut() = Known::Missing);
        return Err(NoDetector);
    };
    Ok(as_array(found)
        .iter()
        .filter_map(|code| js_sys::Reflect::get(&code, &"rawValue".into()).ok()?.as_string())
        .collect())
}

/// This browser's detector for QR codes, asked for once.
async fn detector() -> Option<BarcodeDetector> {
    let known = DETECTOR.with(|known| match &*known.borrow() {
        Known::Unasked => None,
        Known::Missing => Some(None),
        Known::Found(detector) => Some(Some(detector.clone())),
    });
    if let Some(known) = known {
        return known;
    }
    let found = find().await;
    DETECTOR.with(|known| {
        *known.borrow_mut() = found.clone().map_or(Known::Missing, Known::Found);
    });
    found
}

/// A new detector for QR codes, if this browser has one that reads them.
async fn find() -> Option<BarcodeDetector> {
    let window = web_sys::window()?;
    let class = js_sys::Reflect::get(&window, &"BarcodeDetector".into()).ok()?;
    if !class.is_function() {
        return None;
    }
    let formats = call(&class, "getSupportedFormats", &JsValue::UNDEFINED).await.ok()?;
    let reads_qr =
        as_array(formats).iter().any(|format| format.as_string().is_some_and(|format| format == "qr_code"));
    if !reads_qr {
        return None;
    }
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"formats".into(), &js_sys::Array::of1(&"qr_code".into())).ok()?;
    BarcodeDetector::new(&options).ok()
}

/// A list the detector returned. Unchecked, as checking (`Array.isArray`) would add glue to the main
/// module: a value that is not a list reads as its `length` and indexes give, usually nothing, and
/// every text read still goes through the paste's checks.
fn as_array(list: JsValue) -> js_sys::Array {
    list.unchecked_into()
}

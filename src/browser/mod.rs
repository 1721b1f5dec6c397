//! One small module per browser API. Each call is fallible and degrades gracefully where the API is
//! missing or refused; nothing here panics.

pub mod barcode;
pub mod camera;
pub mod clipboard;
pub mod clock;
pub mod document;
pub mod file;
pub mod focus;
pub mod keyboard;
pub mod leaving;
pub mod location;
pub mod picture;
pub mod print;
pub mod qr_worker;
pub mod session;
pub mod storage;
pub mod web_share;

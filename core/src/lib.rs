//! Culture Check's pure core: content, scoring, quiz logic, link codec, routes and the stored-state
//! schema. Nothing here knows about browsers, signals or storage: it is plain data and pure functions,
//! tested natively with `cargo test`. The web app in `src/` wraps it in signals and browser calls.

pub mod assessment;
pub mod chart;
pub mod content;
pub mod data_file;
pub mod date;
pub mod fault;
pub mod link;
pub mod method;
pub mod qr;
pub mod quiz;
pub mod rng;
pub mod route;
pub mod shared_result;
pub mod stored;
pub mod team;
pub mod text;

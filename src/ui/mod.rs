//! Leptos components: one file per screen or widget. Components render state and forward events to
//! the pure core; browser calls go through `crate::browser`.

pub mod assessment;
pub mod checkbox;
pub mod confirm;
pub mod current_route;
pub mod fault;
pub mod heading_text;
pub mod home;
pub mod join;
pub mod layout;
pub mod lazy;
pub mod method;
pub mod not_found;
pub mod notices;
pub mod pillar_chart;
pub mod quiz;
pub mod reveal;
pub mod share_panel;
pub mod shared_result;
pub mod stored;
pub mod team;
pub mod text_field;
pub mod your_data;

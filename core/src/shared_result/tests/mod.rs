//! Shared results: exact round trips through links, reading links from newer editions, quiz links,
//! comparisons, and links made today pinned to their scores forever.

mod compare;
mod pinned_results;
mod round_trips;

//! The quiz: attempts, shuffling, scoring and the saved record.

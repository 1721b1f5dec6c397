//! The maturity assessment: answers, progress, scoring and history.

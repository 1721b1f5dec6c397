//! Result links: a shared result packed into the URL fragment (`#/r/...`, `#/team/...`).

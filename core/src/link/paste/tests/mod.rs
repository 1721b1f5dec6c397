//! Finding links in pasted text: the one payload of a paste meant as one link, and every link in any
//! text.

mod find;
mod payload;

//! gazette: a terminal reader for news archives that understands what it reads.
//!
//! The library holds all domain logic (archive parsing, fact extraction, search, notes) and
//! knows nothing of the terminal; the `ui` module renders state and turns keys into actions. It is
//! built with the `tui` feature (on by default), so building without it proves the boundary.

pub mod archive;
pub mod catalog;
pub mod cli;
pub mod date;
pub mod durable;
pub mod extract;
pub mod facts;
pub mod find;
pub mod index;
pub mod jobs;
pub mod memory;
pub mod notes;
pub mod search;
pub mod sentences;
pub mod span;
pub mod text;
#[cfg(feature = "tui")]
pub mod ui;
pub mod views;

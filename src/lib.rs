//! gazette: a terminal reader for news archives that understands what it reads.
//!
//! The library holds all domain logic (archive parsing, fact extraction, search, notes) and
//! knows nothing of the terminal; the `ui` module renders state and turns keys into actions. It is
//! built with the `tui` feature (on by default), so building without it proves the boundary.

// Extraction allocates many short strings and vectors for every article it reads; mimalloc
// serves them faster than the system allocator (the `extract` bench). Declared in the library,
// so that the binary, the benches and the tests all run on the allocator that ships.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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

//! The reader's sanitiser is the library's: see [`crate::text`].

pub use crate::text::{safe_char, sanitize, sanitize_label};

//! Fuzzy filtering and search across the archive, fzf-style, scored by fuzzy-matcher's
//! SkimMatcherV2.
//!
//! Built for 100,000 articles: fields are matched one by one (a title, one entity name), each
//! distinct name once per query with its hits mapped to articles through postings; a character
//! mask and a subsequence check reject most fields before the scorer runs; a query that extends
//! the previous one is run over the previous results only ([`Searcher`]); bodies are searched
//! through an inverted word index built once at load ([`BodyIndex`]); and the work runs on a
//! background thread that drops stale queries ([`SearchWorker`]).
//!
//! For the TUI: parse the input with [`Query::parse`] on every keystroke (cheap; an error goes
//! to the status line), submit it to the [`SearchWorker`] with a growing generation, take
//! answers with [`SearchWorker::try_latest`] and keep only the newest generation, and ask
//! [`SearchIndex::title_match_positions`] for the rows on screen.

mod body;
mod engine;
mod index;
mod load;
mod query;
mod searcher;
mod text;
mod worker;

pub use body::{BodyIndex, BodyIndexBuilder, indexed_words};
pub use engine::{FieldMatch, Hit};
pub use index::{SearchIndex, ValueField};
pub use load::{LoadedArchive, load_archive};
pub use query::{Field, MatchKind, Query, QueryError, Term};
pub use searcher::Searcher;
pub use text::body_words;
pub use worker::{SearchResponse, SearchWorker};

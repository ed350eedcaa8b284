//! Fuzzy filtering and search across the archive, fzf-style, scored by fuzzy-matcher's
//! SkimMatcherV2.
//!
//! Built for 100,000 articles: fields are matched one by one (a title, one entity name), and a
//! fuzzy term within one word of a field, so SkimMatcherV2 scores each distinct word of the
//! archive at most once per query (the first keystroke's one-letter scores are precomputed)
//! and the scores reach articles through postings; a character mask and a subsequence check
//! reject most words before the scorer runs; a query that extends the previous one is run over
//! the previous results only ([`Searcher`]); bodies are searched through an inverted word index
//! built once at load ([`BodyIndex`]) or a persistent full-text index (any [`BodySearch`]); and the work runs on a background thread that drops
//! stale queries ([`SearchWorker`]).
//!
//! For the TUI: load and index in one pass in the background ([`load_indexed`], which reports
//! each article as it arrives; [`load_archive`] for a catalog sorted by id), wrap the index in
//! an `Arc` and [`SearchWorker::spawn`] it with the channel the UI listens on. On every
//! keystroke parse the input once and submit the [`Query`] with a growing generation
//! ([`SearchWorker::submit`]; it never blocks); apply an answer only if its generation is the
//! newest submitted. A [`QueryError`] is for the status line, before anything is sent.
//! [`Hit::article`] is the catalog index. Ask [`SearchIndex::title_match_positions`] (char
//! indices) for the rows on screen only.

mod body;
mod engine;
mod index;
mod load;
mod query;
mod searcher;
mod snapshot;
mod text;
mod worker;

pub use body::{BodyIndex, BodyIndexBuilder, BodySearch, indexed_words};
pub use engine::{FieldMatch, Hit};
pub use index::{SearchIndex, ValueField};
pub use load::{ArchiveIndexer, LoadedArchive, Loading, load_archive, load_indexed};
pub use query::{Field, MAX_QUERY_CHARS, MAX_QUERY_TERMS, MatchKind, Query, QueryError, Term};
pub use searcher::Searcher;
pub use snapshot::{SearchIndexParts, SearchIndexRef, exact_vec};
pub use text::body_words;
pub use worker::{SearchRequest, SearchResponse, SearchWorker};

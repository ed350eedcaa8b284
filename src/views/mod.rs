//! The archive as a whole, read from the index: every entity with its totals
//! ([`entities`]), one entity's page — roles over time, quotes, the entities it appears with,
//! mentions per month ([`entity_page`]) — the co-mentions alone ([`comentions`]), articles per
//! month, week or year ([`timeline`]), and a dossier or co-mention graph to export
//! ([`export`]).
//!
//! Everything here runs on a read-only connection to the index
//! (`SqliteIndex::read_only_connection`), off any UI thread, and knows nothing of a terminal.
//! Per-entity totals, dates and roles are kept in tables of this module's own ([`schema`]:
//! recounted after a build, kept by triggers through refreshes), so a view reads a few rows
//! per entity instead of every mention; co-mentions are counted on demand over at most
//! [`COMENTION_ARTICLES`] of the entity's latest indexed articles.

pub mod chart;
pub mod comentions;
pub mod entities;
pub mod entity_page;
pub mod export;
pub mod request;
pub mod schema;
pub mod tally;
pub mod timeline;

pub use comentions::{CoMention, comentions};
pub use entities::{EntityRow, EntitySort, entities, find_entity, sort_rows};
pub use entity_page::{EntityPage, MonthCount, QuoteRow, RoleSpan, entity_page};
pub use request::{ViewAnswer, ViewRequest, ViewsSource};
pub use timeline::{
    Bucket, Period, PeriodFacts, Timeline, period_facts, timeline, timeline_of_dates,
};

/// When something was seen, for a terminal: `2019-06-01 to 2021-03-02`, one date, or
/// `undated`.
pub fn seen_between(first: Option<&str>, last: Option<&str>) -> String {
    use crate::text::sanitize_label;
    match (first, last) {
        (Some(first), Some(last)) if first != last => {
            format!("{} to {}", sanitize_label(first), sanitize_label(last))
        }
        (Some(first), _) => sanitize_label(first),
        _ => "undated".to_owned(),
    }
}

/// The most articles of one entity whose other entities are counted for its co-mentions: a
/// bound on the work of a page, whatever the entity (its latest indexed articles are taken).
pub const COMENTION_ARTICLES: usize = 2_000;

/// Why a view could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ViewsError {
    #[error("reading the index: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("no entity in the index is called “{name}”")]
    UnknownEntity { name: String },
}

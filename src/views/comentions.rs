//! The entities one entity appears with, ranked by how much more often than chance.
//!
//! Counting alone would put the archive's most frequent entities ("Russia") at the top of
//! every list. Each co-mention gets its lift — articles together × all articles ÷ (the
//! entity's articles × the other's articles), 1 when they meet as often as chance has them
//! meet — and is ranked by its score, articles together × ln(lift): an association seen in
//! many articles outranks one seen once, and one no likelier than chance (lift ≤ 1) sinks.

use super::{COMENTION_ARTICLES, ViewsError};
use crate::facts::EntityKind;
use rusqlite::Connection;
use serde::Serialize;

/// An entity met in the same articles as another.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CoMention {
    pub id: i64,
    pub kind: EntityKind,
    pub name: String,
    /// Articles that mention both (of those counted: see [`COMENTION_ARTICLES`]).
    pub together: u64,
    /// Articles that mention this one, in the whole archive.
    pub articles: u64,
    /// How many times likelier than chance they are mentioned together.
    pub lift: f64,
    /// The rank's measure: `together × ln(lift)`.
    pub score: f64,
}

/// The entities mentioned with entity `entity` (its `entities` row), best first, at most
/// `limit`. Only its [`COMENTION_ARTICLES`] latest indexed articles are counted.
pub fn comentions(
    connection: &Connection,
    entity: i64,
    limit: usize,
) -> Result<Vec<CoMention>, ViewsError> {
    let total: i64 = connection
        .prepare_cached("SELECT count(*) FROM articles")?
        .query_row([], |row| row.get(0))?;
    // The mentions index holds each entity's articles in row order: the latest are its tail.
    let mut statement = connection.prepare_cached(
        "WITH mine AS (SELECT article FROM mentions WHERE entity = ?1
                       ORDER BY article DESC LIMIT ?2)
         SELECT o.entity, e.kind, e.canonical, count(*), t.articles,
                (SELECT count(*) FROM mine)
         FROM mine JOIN mentions o ON o.article = mine.article
         JOIN entities e ON e.id = o.entity
         JOIN entity_totals t ON t.entity = o.entity
         WHERE o.entity <> ?1 AND e.kind <> 'date'
         GROUP BY o.entity",
    )?;
    let mut found = statement
        .query_map(
            rusqlite::params![entity, COMENTION_ARTICLES as i64],
            |row| {
                let kind: String = row.get(1)?;
                let together = row.get::<_, i64>(3)?.max(0) as u64;
                let articles = row.get::<_, i64>(4)?.max(1) as u64;
                let counted = row.get::<_, i64>(5)?.max(1) as f64;
                let lift = together as f64 * total.max(1) as f64 / (counted * articles as f64);
                let (id, name): (i64, String) = (row.get(0)?, row.get(2)?);
                Ok(EntityKind::from_label(&kind).map(|kind| CoMention {
                    id,
                    kind,
                    name,
                    together,
                    articles,
                    lift,
                    score: together as f64 * lift.ln(),
                }))
            },
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .flatten()
        .collect::<Vec<_>>();
    found.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.together.cmp(&a.together))
            .then_with(|| a.name.cmp(&b.name))
    });
    found.truncate(limit);
    Ok(found)
}

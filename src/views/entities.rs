//! Every entity of the archive with its totals, read from the derived `entity_totals` table.

use super::ViewsError;
use crate::facts::EntityKind;
use rusqlite::{Connection, OptionalExtension, Row};
use serde::Serialize;

/// One entity across the archive.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EntityRow {
    /// Its row in the index's `entities` table.
    pub id: i64,
    pub kind: EntityKind,
    pub name: String,
    /// Articles that mention it.
    pub articles: u64,
    /// Mentions in all those articles.
    pub mentions: u64,
    /// The publication date (ISO, as precise as known) of the first and last of those
    /// articles that have one.
    pub first: Option<String>,
    pub last: Option<String>,
    /// The role the most articles give it (a person's title).
    pub role: Option<String>,
}

/// How the entities list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum EntitySort {
    /// Most articles first.
    #[default]
    Count,
    Name,
    /// Earliest first appearance first.
    FirstSeen,
    /// Latest last appearance first.
    LastSeen,
}

impl EntitySort {
    fn order_by(self) -> &'static str {
        match self {
            EntitySort::Count => "articles DESC, name COLLATE NOCASE, id",
            EntitySort::Name => "name COLLATE NOCASE, id",
            EntitySort::FirstSeen => "first IS NULL, first, articles DESC, id",
            EntitySort::LastSeen => "last IS NULL, last DESC, articles DESC, id",
        }
    }
}

const COLUMNS: &str = "e.id AS id, e.kind AS kind, e.canonical AS name, t.articles AS articles,
    t.mentions AS mentions, t.first AS first, t.last AS last";

const TOP_ROLE: &str = "(SELECT role FROM entity_roles r WHERE r.entity = id ORDER BY r.articles DESC, r.role LIMIT 1)";

/// The archive's entities (of one kind, or all but dates), ordered by `sort`, at most
/// `limit` of them.
pub fn entities(
    connection: &Connection,
    kind: Option<EntityKind>,
    sort: EntitySort,
    limit: usize,
) -> Result<Vec<EntityRow>, ViewsError> {
    let order = sort.order_by();
    // The role is looked up for the rows kept only.
    let sql = format!(
        "SELECT *, {TOP_ROLE} FROM (SELECT {COLUMNS} FROM entity_totals t
         JOIN entities e ON e.id = t.entity
         WHERE (?1 IS NULL AND e.kind <> 'date') OR e.kind = ?1
         ORDER BY {order} LIMIT ?2) ORDER BY {order}"
    );
    let mut statement = connection.prepare_cached(&sql)?;
    let limit = i64::try_from(limit).unwrap_or(i64::MAX);
    let rows = statement
        .query_map(
            rusqlite::params![kind.map(EntityKind::label), limit],
            entity_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows.into_iter().flatten().collect())
}

/// The entity called `name` (of `kind`, if given): the exact name first, else the name in any
/// letter case, else a name that holds it ("zhasuzakov"); of several, the one in the most
/// articles.
pub fn find_entity(
    connection: &Connection,
    name: &str,
    kind: Option<EntityKind>,
) -> Result<EntityRow, ViewsError> {
    for matching in [
        "e.canonical = ?1",
        "e.canonical = ?1 COLLATE NOCASE",
        "instr(lower(e.canonical), lower(?1)) > 0",
    ] {
        let sql = format!(
            "SELECT *, {TOP_ROLE} FROM (SELECT {COLUMNS} FROM entities e
             JOIN entity_totals t ON t.entity = e.id
             WHERE {matching} AND (?2 IS NULL OR e.kind = ?2) AND e.kind <> 'date'
             ORDER BY t.articles DESC, e.id LIMIT 1)"
        );
        let found = connection
            .prepare_cached(&sql)?
            .query_row(
                rusqlite::params![name, kind.map(EntityKind::label)],
                entity_row,
            )
            .optional()?
            .flatten();
        if let Some(found) = found {
            return Ok(found);
        }
    }
    Err(ViewsError::UnknownEntity {
        name: name.to_owned(),
    })
}

/// The entity whose row is `id`, if it is mentioned anywhere.
pub fn entity_by_id(connection: &Connection, id: i64) -> Result<Option<EntityRow>, ViewsError> {
    let sql = format!(
        "SELECT *, {TOP_ROLE} FROM (SELECT {COLUMNS} FROM entities e
         JOIN entity_totals t ON t.entity = e.id WHERE e.id = ?1)"
    );
    Ok(connection
        .prepare_cached(&sql)?
        .query_row([id], entity_row)
        .optional()?
        .flatten())
}

/// A row of the queries above; `None` for a kind this gazette does not know.
fn entity_row(row: &Row) -> rusqlite::Result<Option<EntityRow>> {
    let kind: String = row.get(1)?;
    let Some(kind) = EntityKind::from_label(&kind) else {
        return Ok(None);
    };
    Ok(Some(EntityRow {
        id: row.get(0)?,
        kind,
        name: row.get(2)?,
        articles: row.get::<_, i64>(3)?.max(0) as u64,
        mentions: row.get::<_, i64>(4)?.max(0) as u64,
        first: row.get(5)?,
        last: row.get(6)?,
        role: row.get(7)?,
    }))
}

/// Orders rows already read as [`entities`] would have ordered them.
pub fn sort_rows(rows: &mut [EntityRow], sort: EntitySort) {
    let name = |row: &EntityRow| row.name.to_lowercase();
    match sort {
        EntitySort::Count => rows.sort_by(|a, b| {
            b.articles
                .cmp(&a.articles)
                .then_with(|| name(a).cmp(&name(b)))
        }),
        EntitySort::Name => rows.sort_by_cached_key(|row| (name(row), row.id)),
        // Undated last either way.
        EntitySort::FirstSeen => rows.sort_by(|a, b| {
            (a.first.is_none(), &a.first)
                .cmp(&(b.first.is_none(), &b.first))
                .then(b.articles.cmp(&a.articles))
        }),
        EntitySort::LastSeen => rows.sort_by(|a, b| {
            (a.last.is_none(), std::cmp::Reverse(&a.last))
                .cmp(&(b.last.is_none(), std::cmp::Reverse(&b.last)))
                .then(b.articles.cmp(&a.articles))
        }),
    }
}

impl EntitySort {
    /// The next order, for a key that cycles through them.
    pub fn next(self) -> EntitySort {
        match self {
            EntitySort::Count => EntitySort::Name,
            EntitySort::Name => EntitySort::FirstSeen,
            EntitySort::FirstSeen => EntitySort::LastSeen,
            EntitySort::LastSeen => EntitySort::Count,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            EntitySort::Count => "most articles",
            EntitySort::Name => "name",
            EntitySort::FirstSeen => "first seen",
            EntitySort::LastSeen => "last seen",
        }
    }
}

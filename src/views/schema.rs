//! The views' derived tables, kept current by triggers on `mentions`, so that the entities
//! list and an entity's totals are read, not aggregated over every mention, and a refresh
//! pays only for the rows it writes. The index appends [`CREATE`] to its own schema; it runs
//! when the index's tables are (re)made, so it drops what an older schema left first.
//!
//! A mention row's article row is in place when the row is inserted and still there when it
//! is deleted (the index deletes an article's facts before the article, and rewrites its
//! row between deleting the old facts and inserting the new), so the triggers read the date
//! the mention was counted under.
//!
//! Row by row, the triggers would double the time of a whole build, so a build does without
//! them: the tables are marked stale when they are made and when the index is emptied for a
//! rebuild ([`mark_stale`]), and the triggers and the views' indices are absent while they
//! are; [`settle`], at the end of every refresh, makes the indices, fills stale tables in one
//! pass and makes the triggers.

use super::tally::Tally;
use rusqlite::Connection;

/// Marks the derived tables stale (in the caller's transaction), for [`settle`] to recount,
/// and drops their triggers and indices meanwhile: a trigger makes every insert into
/// `mentions` open a savepoint, which in a build of 100,000 articles cost more than the
/// recount.
pub fn mark_stale(tx: &Connection) -> rusqlite::Result<()> {
    tx.execute_batch(
        "INSERT OR REPLACE INTO meta (key, value) VALUES ('views_stale', '1');
         DROP TRIGGER IF EXISTS views_mention_added;
         DROP TRIGGER IF EXISTS views_mention_removed;
         DROP INDEX IF EXISTS quotes_speaker;
         DROP INDEX IF EXISTS articles_id_published;",
    )
}

/// Whether the derived tables await a recount (a build is writing without their triggers).
pub fn is_stale(connection: &Connection) -> rusqlite::Result<bool> {
    connection.query_row(
        "SELECT EXISTS (SELECT 1 FROM meta WHERE key = 'views_stale')",
        [],
        |row| row.get(0),
    )
}

/// Fills the derived tables if they are stale, in a transaction of its own: from `tally`
/// when it counted every article the index holds (a build into an empty index), else by
/// recounting every mention row.
pub fn settle(connection: &Connection, tally: Option<&Tally>) -> rusqlite::Result<()> {
    if !is_stale(connection)? {
        return Ok(());
    }
    crate::index::in_write_transaction(connection, |tx| fill(tx, tally))
}

fn fill(tx: &Connection, tally: Option<&Tally>) -> rusqlite::Result<()> {
    // Another process may have settled them while this one waited for the lock.
    if !is_stale(tx)? {
        return Ok(());
    }
    tx.execute_batch(INDICES)?;
    match tally {
        Some(tally) if tally.matches(tx)? => {
            tx.execute_batch(CLEAR)?;
            tally.write(tx)?;
        }
        _ => tx.execute_batch(&format!("{CLEAR} {RECOUNT}"))?,
    }
    tx.execute_batch(&format!(
        "DELETE FROM meta WHERE key = 'views_stale'; {TRIGGERS}"
    ))
}

const CLEAR: &str = "DELETE FROM entity_totals; DELETE FROM entity_days; DELETE FROM entity_roles;";

const RECOUNT: &str = r#"
INSERT INTO entity_days (entity, day, articles)
    SELECT m.entity, coalesce(a.published, ''), count(*)
    FROM mentions m JOIN articles a INDEXED BY articles_id_published ON a.id = m.article
    GROUP BY 1, 2;
INSERT INTO entity_totals (entity, articles, mentions, first, last)
    SELECT entity, count(*), sum(count), NULL, NULL FROM mentions GROUP BY entity;
UPDATE entity_totals SET
    first = (SELECT min(day) FROM entity_days d WHERE d.entity = entity_totals.entity
             AND day > ''),
    last = (SELECT max(day) FROM entity_days d WHERE d.entity = entity_totals.entity
            AND day > '');
INSERT INTO entity_roles (entity, role, articles)
    SELECT entity, role, count(*) FROM mentions WHERE role IS NOT NULL GROUP BY 1, 2;
"#;

/// The derived tables, their triggers and the indices the views' queries need.
pub const CREATE: &str = r#"
DROP TABLE IF EXISTS entity_totals;
DROP TABLE IF EXISTS entity_days;
DROP TABLE IF EXISTS entity_roles;
CREATE TABLE entity_totals (
    entity   INTEGER PRIMARY KEY,
    articles INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    first    TEXT,
    last     TEXT
);
CREATE TABLE entity_days (
    entity   INTEGER NOT NULL,
    day      TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (entity, day)
) WITHOUT ROWID;
CREATE TABLE entity_roles (
    entity   INTEGER NOT NULL,
    role     TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (entity, role)
) WITHOUT ROWID;
INSERT OR REPLACE INTO meta (key, value) VALUES ('views_stale', '1');
"#;

/// The indices the views' queries need. Like the triggers, absent while the derived tables
/// are stale ([`mark_stale`]) and made by [`settle`]: kept up row by row through a build of
/// 100,000 articles, an index of mentions by role alone cost more than making it at the end.
/// An entity's roles are read through the index's `mentions_entity`, on (entity, role).
const INDICES: &str = r#"
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_entity);
-- An article's date without reading its row (a page of the index holds many), for joins.
CREATE INDEX IF NOT EXISTS articles_id_published ON articles (id, published);
"#;

/// The triggers that keep the derived tables current, row by row; absent while the tables
/// are stale (a build), made again by [`settle`] after its recount.
const TRIGGERS: &str = r#"
CREATE TRIGGER IF NOT EXISTS views_mention_added AFTER INSERT ON mentions
BEGIN
    INSERT INTO entity_days (entity, day, articles)
        VALUES (NEW.entity,
                coalesce((SELECT published FROM articles WHERE id = NEW.article), ''), 1)
        ON CONFLICT (entity, day) DO UPDATE SET articles = articles + 1;
    INSERT INTO entity_totals (entity, articles, mentions, first, last)
        VALUES (NEW.entity, 1, NEW.count,
                (SELECT published FROM articles WHERE id = NEW.article),
                (SELECT published FROM articles WHERE id = NEW.article))
        ON CONFLICT (entity) DO UPDATE SET
            articles = articles + 1,
            mentions = mentions + excluded.mentions,
            first = CASE WHEN first IS NULL OR excluded.first < first
                         THEN coalesce(excluded.first, first) ELSE first END,
            last = CASE WHEN last IS NULL OR excluded.last > last
                        THEN coalesce(excluded.last, last) ELSE last END;
    INSERT INTO entity_roles (entity, role, articles)
        SELECT NEW.entity, NEW.role, 1 WHERE NEW.role IS NOT NULL
        ON CONFLICT (entity, role) DO UPDATE SET articles = articles + 1;
END;
CREATE TRIGGER IF NOT EXISTS views_mention_removed AFTER DELETE ON mentions
BEGIN
    UPDATE entity_days SET articles = articles - 1
        WHERE entity = OLD.entity
          AND day = coalesce((SELECT published FROM articles WHERE id = OLD.article), '');
    DELETE FROM entity_days WHERE entity = OLD.entity AND articles <= 0
        AND day = coalesce((SELECT published FROM articles WHERE id = OLD.article), '');
    UPDATE entity_roles SET articles = articles - 1
        WHERE entity = OLD.entity AND role = OLD.role;
    DELETE FROM entity_roles WHERE entity = OLD.entity AND role = OLD.role AND articles <= 0;
    UPDATE entity_totals SET
            articles = articles - 1,
            mentions = mentions - OLD.count,
            first = (SELECT min(day) FROM entity_days WHERE entity = OLD.entity AND day > ''),
            last = (SELECT max(day) FROM entity_days WHERE entity = OLD.entity AND day > '')
        WHERE entity = OLD.entity;
    DELETE FROM entity_totals WHERE entity = OLD.entity AND articles <= 0;
END;
"#;

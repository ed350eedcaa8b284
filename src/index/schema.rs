//! The index's tables. The schema is part of gazette's interface (the README documents it):
//! analysts open the file with `sqlite3` and ask their own questions.

use rusqlite::Connection;

/// Bumped whenever a table changes shape: an index of another version is rebuilt.
pub const SCHEMA_VERSION: i64 = 8;

/// Every table and index, created if missing (two processes may create them at once).
pub(super) const CREATE: &str = r#"
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
    id                INTEGER PRIMARY KEY,
    path              TEXT NOT NULL UNIQUE,
    size              INTEGER NOT NULL,
    mtime_ns          INTEGER NOT NULL,
    content_hash      TEXT NOT NULL,
    extractor_version INTEGER NOT NULL,
    title             TEXT,
    source            TEXT,
    section           TEXT,
    byline            TEXT,
    dateline          TEXT,
    published         TEXT,
    published_year    INTEGER,
    published_month   INTEGER,
    published_day     INTEGER,
    char_len          INTEGER NOT NULL,
    warnings          TEXT,
    entity_ids        BLOB NOT NULL,
    date_values       TEXT NOT NULL
);
-- What a refresh compares with the archive's files, read without the wide rows.
CREATE INDEX IF NOT EXISTS articles_state ON articles (path, size, mtime_ns, extractor_version);
CREATE TABLE IF NOT EXISTS skipped (
    path     TEXT PRIMARY KEY,
    size     INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    reason   TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS entities (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,
    canonical TEXT NOT NULL,
    UNIQUE (kind, canonical)
);
CREATE TABLE IF NOT EXISTS mentions (
    article     INTEGER NOT NULL,
    ord         INTEGER NOT NULL,
    entity      INTEGER NOT NULL,
    count       INTEGER NOT NULL,
    first_start INTEGER NOT NULL,
    role        TEXT,
    place_type  TEXT,
    spans       BLOB NOT NULL,
    PRIMARY KEY (article, ord)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS dates (
    article    INTEGER NOT NULL,
    ord        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    start_date TEXT,
    end_date   TEXT,
    relative   INTEGER NOT NULL,
    first_day  TEXT,
    last_day   TEXT,
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    PRIMARY KEY (article, ord)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS quotes (
    article        INTEGER NOT NULL,
    ord            INTEGER NOT NULL,
    speaker_entity INTEGER,
    speaker        TEXT,
    text           TEXT NOT NULL,
    span_start     INTEGER NOT NULL,
    span_end       INTEGER NOT NULL,
    PRIMARY KEY (article, ord)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS article_text USING fts5 (
    body,
    content = '', contentless_delete = 1,
    tokenize = "ascii tokenchars '_'"
);
CREATE VIRTUAL TABLE IF NOT EXISTS title_text USING fts5 (
    title,
    content = '', contentless_delete = 1,
    tokenize = "ascii tokenchars '_'"
);
"#;

/// The indices no refresh needs: a build into an empty index goes without them and makes
/// them at its end ([`drop_build_indices`], [`ensure_build_indices`]). Kept up row by row,
/// they were a third of a 100,000-article build's writing (each insert lands somewhere
/// else in a tree larger than the page cache); made at the end, they are sorted once.
const BUILD_INDICES: [(&str, &str); 2] = [
    ("articles_published", "ON articles (published)"),
    // With the role, it also answers the views' roles of an entity: two indices were 77 MB
    // at 100,000 articles, this one is 70.
    ("mentions_entity", "ON mentions (entity, role)"),
];

/// Drops [`BUILD_INDICES`], in the caller's transaction.
pub(super) fn drop_build_indices(tx: &Connection) -> rusqlite::Result<()> {
    for (name, _) in BUILD_INDICES {
        tx.execute_batch(&format!("DROP INDEX IF EXISTS {name};"))?;
    }
    Ok(())
}

/// Makes whichever of [`BUILD_INDICES`] is missing, in a transaction of its own.
pub(super) fn ensure_build_indices(connection: &Connection) -> rusqlite::Result<()> {
    let mut missing = String::new();
    for (name, definition) in BUILD_INDICES {
        let exists: bool = connection.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?1)",
            [name],
            |row| row.get(0),
        )?;
        if !exists {
            missing.push_str(&format!("CREATE INDEX IF NOT EXISTS {name} {definition};"));
        }
    }
    if missing.is_empty() {
        return Ok(());
    }
    super::in_write_transaction(connection, |tx| tx.execute_batch(&missing))
}

/// Every object [`CREATE`] makes, for dropping an index of another schema version.
const TABLES: [&str; 7] = [
    "meta", "articles", "skipped", "entities", "mentions", "dates", "quotes",
];

/// Creates the tables, or rebuilds them empty when they are of another schema version.
/// Returns the version found when it was another one.
pub(super) fn ensure(connection: &Connection) -> rusqlite::Result<Option<i64>> {
    if user_version(connection)? == SCHEMA_VERSION {
        return Ok(None);
    }
    let replaced = super::in_write_transaction(connection, create_or_replace)?;
    if replaced.is_some() && !reclaims_free_pages(connection)? {
        // The tables are empty now, so this is quick; it lets the file shrink from here on.
        // Another process reading the old file may hold it back: the next rebuild tries again.
        let _ = connection.execute_batch("VACUUM");
    }
    Ok(replaced)
}

/// Whether the file hands back free pages on request (`auto_vacuum` is incremental).
fn reclaims_free_pages(connection: &Connection) -> rusqlite::Result<bool> {
    let mode: i64 = connection.pragma_query_value(None, "auto_vacuum", |row| row.get(0))?;
    Ok(mode == 2)
}

/// Hands the file's free pages back to the file system when they are more than an eighth of
/// it: rewriting every article (a new extractor) freed 143 MB of an 816 MB index at 100,000
/// articles, which the file kept. Outside any transaction.
pub(super) fn reclaim(connection: &Connection) -> rusqlite::Result<()> {
    let pages: i64 = connection.pragma_query_value(None, "page_count", |row| row.get(0))?;
    let free: i64 = connection.pragma_query_value(None, "freelist_count", |row| row.get(0))?;
    if free * 8 > pages && reclaims_free_pages(connection)? {
        // Each step hands back a page: stepped to the end, not executed once.
        let mut statement = connection.prepare("PRAGMA incremental_vacuum")?;
        let mut rows = statement.query([])?;
        while rows.next()?.is_some() {}
    }
    Ok(())
}

/// Inside the write transaction, so that a second process waits and then finds them made.
fn create_or_replace(connection: &Connection) -> rusqlite::Result<Option<i64>> {
    let found = user_version(connection)?;
    if found == SCHEMA_VERSION {
        return Ok(None);
    }
    let mut sql =
        String::from("DROP TABLE IF EXISTS article_text; DROP TABLE IF EXISTS title_text;");
    for table in TABLES {
        sql.push_str(&format!("DROP TABLE IF EXISTS {table};"));
    }
    sql.push_str(CREATE);
    sql.push_str(crate::views::schema::CREATE);
    sql.push_str(&format!("PRAGMA user_version = {SCHEMA_VERSION};"));
    connection.execute_batch(&sql)?;
    Ok((found != 0).then_some(found))
}

fn user_version(connection: &Connection) -> rusqlite::Result<i64> {
    connection.pragma_query_value(None, "user_version", |row| row.get(0))
}

//! Writing one article's row, facts and text into the index, inside the caller's transaction.

use crate::catalog::CatalogRecord;
use crate::facts::{EntityKind, Facts};
use crate::span::Span;
use crate::views::tally::Tally;
use rusqlite::{Connection, OptionalExtension, params};
use std::collections::HashMap;

/// One article read and extracted, ready to be written.
pub(super) struct Extracted {
    pub size: i64,
    pub mtime_ns: i64,
    pub content_hash: u64,
    pub entry: CatalogRecord,
    pub facts: Facts,
    pub title_text: String,
    pub body_text: String,
}

/// Entity row ids already looked up or created by this writer: one statement per distinct
/// entity instead of one per mention.
pub(super) type EntityRows = HashMap<(EntityKind, String), i64>;

/// Where [`write_article`] put an article.
pub(super) struct Written {
    pub row: i64,
    /// Whether the article's full text still has to be written ([`write_text`]): not when the
    /// file's content is what the index already holds (a new extractor, a touched file).
    pub needs_text: bool,
}

/// Replaces the article's row (keeping its row id) and facts, and drops its full text if the
/// file's content changed.
pub(super) fn write_article(
    tx: &Connection,
    article: &Extracted,
    extractor_version: u32,
    known_entities: &mut EntityRows,
    mut tally: Option<&mut Tally>,
) -> rusqlite::Result<Written> {
    let meta = &article.entry.meta;
    let content_hash = format!("{:016x}", article.content_hash);
    let existing = stored(tx, &meta.id)?;
    // The full text follows from the file's content alone: rewritten only when it changed.
    // Deleting it cost most of a re-extraction of the whole index, in FTS5's merges.
    let needs_text = existing
        .as_ref()
        .is_none_or(|(_, stored_hash)| *stored_hash != content_hash);
    let existing = existing.map(|(row, _)| row);
    if let Some(row) = existing {
        delete_facts(tx, row)?;
        if needs_text {
            delete_text(tx, row)?;
        }
    }
    tx.execute("DELETE FROM skipped WHERE path = ?1", [&meta.id])?;
    let mut entity_rows = Vec::with_capacity(article.entry.entities.len());
    let mut row_of_entity: HashMap<(EntityKind, &str), i64> = HashMap::new();
    for key in &article.entry.entities {
        let row = cached_entity_row(tx, known_entities, key.kind, &key.canonical)?;
        row_of_entity.insert((key.kind, key.canonical.as_str()), row);
        entity_rows.push(row);
    }
    let entity_ids = encode_ids(&entity_rows);
    let warnings = (!meta.warnings.is_empty())
        .then(|| serde_json::to_string(&meta.warnings).unwrap_or_default());
    let published = meta.published.filter(|d| d.is_valid());
    let published_iso = published.map(|d| d.iso());
    let title = article.entry.meta.title.clone();
    let values = params![
        meta.id,
        article.size,
        article.mtime_ns,
        content_hash,
        extractor_version,
        // The catalog shows the id where there is no title; the table keeps the truth.
        (title != meta.id).then_some(title),
        meta.source,
        meta.section,
        meta.byline,
        meta.dateline,
        published_iso,
        published.and_then(|d| d.year),
        published.and_then(|d| d.month),
        published.and_then(|d| d.day),
        meta.char_len as i64,
        warnings,
        entity_ids,
        article.entry.date_values.join("\n"),
    ];
    let row = match existing {
        Some(row) => {
            tx.prepare_cached(
                "UPDATE articles SET path = ?1, size = ?2, mtime_ns = ?3, content_hash = ?4,
                 extractor_version = ?5, title = ?6, source = ?7, section = ?8, byline = ?9,
                 dateline = ?10, published = ?11, published_year = ?12, published_month = ?13,
                 published_day = ?14, char_len = ?15, warnings = ?16, entity_ids = ?17,
                 date_values = ?18 WHERE id = ?19",
            )?
            .execute(rusqlite::params_from_iter(
                values.iter().copied().chain([&row as &dyn rusqlite::ToSql]),
            ))?;
            row
        }
        None => {
            tx.prepare_cached(
                "INSERT INTO articles (path, size, mtime_ns, content_hash, extractor_version,
                 title, source, section, byline, dateline, published, published_year,
                 published_month, published_day, char_len, warnings, entity_ids, date_values)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                 ?17, ?18)",
            )?
            .execute(values)?;
            tx.last_insert_rowid()
        }
    };
    if let Some(tally) = tally.as_deref_mut() {
        tally.article(published_iso.as_deref());
    }
    write_facts(
        tx,
        row,
        &article.facts,
        &mut row_of_entity,
        known_entities,
        tally,
    )?;
    Ok(Written { row, needs_text })
}

/// Adds the article's title and body to the full-text tables, under its row. Called for a
/// whole batch after its other rows: a statement with triggers (the views' tables) opens a
/// savepoint, and at each savepoint FTS5 writes out what it holds in memory, so text written
/// between facts went to disk in thousands of tiny segments that then had to be merged.
pub(super) fn write_text(tx: &Connection, row: i64, article: &Extracted) -> rusqlite::Result<()> {
    tx.prepare_cached("INSERT INTO article_text (rowid, body) VALUES (?1, ?2)")?
        .execute(params![row, article.body_text])?;
    tx.prepare_cached("INSERT INTO title_text (rowid, title) VALUES (?1, ?2)")?
        .execute(params![row, article.title_text])?;
    Ok(())
}

fn write_facts<'f>(
    tx: &Connection,
    row: i64,
    facts: &'f Facts,
    row_of_entity: &mut HashMap<(EntityKind, &'f str), i64>,
    known_entities: &mut EntityRows,
    mut tally: Option<&mut Tally>,
) -> rusqlite::Result<()> {
    let mut mention = tx.prepare_cached(
        "INSERT INTO mentions (article, ord, entity, count, first_start, role, place_type,
         spans) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for (ord, entity) in facts.entities.iter().enumerate() {
        let key = (entity.kind, entity.canonical.as_str());
        let entity_row = match row_of_entity.get(&key) {
            Some(&id) => id,
            None => {
                let id = cached_entity_row(tx, known_entities, entity.kind, &entity.canonical)?;
                row_of_entity.insert(key, id);
                id
            }
        };
        let first = entity.mentions.first().copied().unwrap_or(Span::new(0, 0));
        if let Some(tally) = tally.as_deref_mut() {
            tally.mention(entity_row, entity.mentions.len(), entity.role.as_deref());
        }
        mention.execute(params![
            row,
            ord as i64,
            entity_row,
            entity.mentions.len() as i64,
            first.start as i64,
            entity.role,
            entity.place_type.map(|t| format!("{t:?}").to_lowercase()),
            encode_spans(&entity.mentions),
        ])?;
    }
    let mut date = tx.prepare_cached(
        "INSERT INTO dates (article, ord, text, start_date, end_date, relative, first_day,
         last_day, span_start, span_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    for (ord, fact) in facts.dates.iter().enumerate() {
        let (start, end) = match fact
            .value
            .as_deref()
            .map(|v| v.split_once('/').unwrap_or((v, v)))
        {
            // A single date has no end of its own.
            Some((start, end)) => (Some(start), (end != start).then_some(end)),
            None => (None, None),
        };
        date.execute(params![
            row,
            ord as i64,
            fact.text,
            start,
            end,
            fact.relative,
            fact.days.map(|days| days.start.iso()),
            fact.days.map(|days| days.end.iso()),
            fact.span.start as i64,
            fact.span.end as i64,
        ])?;
    }
    let mut quote = tx.prepare_cached(
        "INSERT INTO quotes (article, ord, speaker_entity, speaker, text, span_start, span_end)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (ord, fact) in facts.quotes.iter().enumerate() {
        let speaker = fact
            .speaker
            .as_deref()
            .and_then(|name| row_of_entity.get(&(EntityKind::Person, name)).copied());
        quote.execute(params![
            row,
            ord as i64,
            speaker,
            fact.speaker,
            fact.text,
            fact.span.start as i64,
            fact.span.end as i64,
        ])?;
    }
    Ok(())
}

/// Records a file that could not be indexed, so it is not read again until it changes.
pub(super) fn write_skipped(
    tx: &Connection,
    path: &str,
    size: i64,
    mtime_ns: i64,
    reason: &str,
) -> rusqlite::Result<bool> {
    let removed = remove_article(tx, path)?;
    tx.prepare_cached(
        "INSERT OR REPLACE INTO skipped (path, size, mtime_ns, reason) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![path, size, mtime_ns, reason])?;
    Ok(removed)
}

/// Removes an article and everything about it; whether it was there.
pub(super) fn remove_article(tx: &Connection, path: &str) -> rusqlite::Result<bool> {
    let Some((row, _)) = stored(tx, path)? else {
        return Ok(false);
    };
    delete_facts(tx, row)?;
    delete_text(tx, row)?;
    tx.prepare_cached("DELETE FROM articles WHERE id = ?1")?
        .execute([row])?;
    Ok(true)
}

/// Empties every table, for a rebuild that other processes may be reading meanwhile.
pub(super) fn clear_all(tx: &Connection) -> rusqlite::Result<()> {
    crate::views::schema::mark_stale(tx)?;
    tx.execute_batch(
        "DELETE FROM mentions; DELETE FROM dates; DELETE FROM quotes; DELETE FROM articles;
         DELETE FROM skipped; DELETE FROM entities;
         INSERT INTO article_text (article_text) VALUES ('delete-all');
         INSERT INTO title_text (title_text) VALUES ('delete-all');",
    )
}

/// The article's row id and content hash, if the index holds it.
fn stored(tx: &Connection, path: &str) -> rusqlite::Result<Option<(i64, String)>> {
    tx.prepare_cached("SELECT id, content_hash FROM articles WHERE path = ?1")?
        .query_row([path], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()
}

fn delete_facts(tx: &Connection, row: i64) -> rusqlite::Result<()> {
    for sql in [
        "DELETE FROM mentions WHERE article = ?1",
        "DELETE FROM dates WHERE article = ?1",
        "DELETE FROM quotes WHERE article = ?1",
    ] {
        tx.prepare_cached(sql)?.execute([row])?;
    }
    Ok(())
}

fn delete_text(tx: &Connection, row: i64) -> rusqlite::Result<()> {
    for sql in [
        "DELETE FROM article_text WHERE rowid = ?1",
        "DELETE FROM title_text WHERE rowid = ?1",
    ] {
        tx.prepare_cached(sql)?.execute([row])?;
    }
    Ok(())
}

fn cached_entity_row(
    tx: &Connection,
    known: &mut EntityRows,
    kind: EntityKind,
    canonical: &str,
) -> rusqlite::Result<i64> {
    if let Some(&row) = known.get(&(kind, canonical.to_owned())) {
        return Ok(row);
    }
    let row = entity_row(tx, kind, canonical)?;
    known.insert((kind, canonical.to_owned()), row);
    Ok(row)
}

fn entity_row(tx: &Connection, kind: EntityKind, canonical: &str) -> rusqlite::Result<i64> {
    tx.prepare_cached(
        "INSERT INTO entities (kind, canonical) VALUES (?1, ?2)
         ON CONFLICT (kind, canonical) DO UPDATE SET kind = excluded.kind RETURNING id",
    )?
    .query_row(params![kind.label(), canonical], |row| row.get(0))
}

/// Entity row ids as the `articles.entity_ids` blob: ascending, each the LEB128 varint of its
/// difference from the previous one.
pub(super) fn encode_ids(ids: &[i64]) -> Vec<u8> {
    let mut sorted: Vec<u64> = ids.iter().map(|&id| id.max(0) as u64).collect();
    sorted.sort_unstable();
    let mut blob = Vec::with_capacity(sorted.len() * 2);
    let mut previous = 0;
    for id in sorted {
        push_varint(&mut blob, id - previous);
        previous = id;
    }
    blob
}

pub(super) fn decode_ids(mut blob: &[u8]) -> Vec<i64> {
    let mut ids = Vec::new();
    let mut previous = 0u64;
    while let Some(delta) = read_varint(&mut blob) {
        previous = previous.wrapping_add(delta);
        ids.push(previous as i64);
    }
    ids
}

/// Mention spans as the `mentions.spans` blob: per span, the zigzag LEB128 varint of its start
/// minus the previous span's start, then the varint of its length.
pub(super) fn encode_spans(spans: &[Span]) -> Vec<u8> {
    let mut blob = Vec::with_capacity(spans.len() * 3);
    let mut previous = 0i64;
    for span in spans {
        let delta = span.start as i64 - previous;
        push_varint(&mut blob, ((delta << 1) ^ (delta >> 63)) as u64);
        push_varint(&mut blob, span.len() as u64);
        previous = span.start as i64;
    }
    blob
}

/// The spans of a `mentions.spans` blob; a damaged tail is left out.
pub(super) fn decode_spans(mut blob: &[u8]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut previous = 0i64;
    while let (Some(delta), Some(len)) = (read_varint(&mut blob), read_varint(&mut blob)) {
        let delta = ((delta >> 1) as i64) ^ -((delta & 1) as i64);
        let start = (previous + delta).max(0);
        spans.push(Span::new(start as usize, start as usize + len as usize));
        previous = start;
    }
    spans
}

fn push_varint(blob: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        blob.push((value as u8) | 0x80);
        value >>= 7;
    }
    blob.push(value as u8);
}

fn read_varint(blob: &mut &[u8]) -> Option<u64> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let (&byte, rest) = blob.split_first()?;
        *blob = rest;
        value |= u64::from(byte & 0x7f) << shift;
        if byte < 0x80 {
            return Some(value);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_read_back_as_written() {
        let spans = [
            Span::new(3, 10),
            Span::new(200, 212),
            Span::new(70_000, 70_400),
            Span::new(5, 6),
        ];
        let blob = encode_spans(&spans);
        assert_eq!(blob.len(), 14, "two bytes or three a span here: {blob:?}");
        assert_eq!(decode_spans(&blob), spans);
        assert!(decode_spans(&[]).is_empty());
    }

    #[test]
    fn entity_ids_read_back_ascending() {
        let blob = encode_ids(&[300, 5, 70_000, 6]);
        assert_eq!(decode_ids(&blob), [5, 6, 300, 70_000]);
        assert_eq!(blob.len(), 1 + 1 + 2 + 3);
    }
}

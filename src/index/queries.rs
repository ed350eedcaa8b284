//! Reading the index: the catalog, text search, cached facts and the index's own status.

use super::write::{decode_ids, decode_spans};
use super::{ArchiveStore, IndexError, RefreshEvent, RefreshSummary, SqliteIndex, fts};
use crate::archive::ArticleMeta;
use crate::catalog::{Catalog, DateId, EntityId, EntityKey};
use crate::date::{DayRange, PartialDate};
use crate::facts::{DateFact, Entity, EntityKind, Facts, PlaceType, Quote};
use crate::search::BodySearch;
use crate::span::Span;
use rusqlite::OptionalExtension;
use rustc_hash::FxHashMap;
use std::path::PathBuf;

/// The columns [`meta_of_row`] reads, first in a query.
const META_COLUMNS: &str =
    "path, title, source, section, byline, dateline, published, char_len, warnings";

/// The row of a catalog article the index does not hold: no row has it.
pub(super) const NO_ROW: i64 = i64::MIN;

/// An article's metadata from a row that starts with [`META_COLUMNS`].
fn meta_of_row(row: &rusqlite::Row) -> rusqlite::Result<ArticleMeta> {
    let id: String = row.get(0)?;
    let title: Option<String> = row.get(1)?;
    let published = row.get_ref(6)?.as_str_or_null()?;
    let warnings = row.get_ref(8)?.as_str_or_null()?;
    Ok(ArticleMeta {
        title: title.unwrap_or_else(|| id.clone()),
        id,
        source: row.get(2)?,
        section: row.get(3)?,
        byline: row.get(4)?,
        dateline: row.get(5)?,
        published: published.and_then(PartialDate::parse_iso),
        char_len: row.get::<_, i64>(7)? as usize,
        warnings: warnings
            .and_then(|w| serde_json::from_str(w).ok())
            .unwrap_or_default(),
    })
}

/// The catalog as the index holds it, with each article's index row.
pub struct StoredCatalog {
    /// Sorted by id.
    pub catalog: Catalog,
    /// The index row of each catalog entry, by catalog index.
    pub rows: Vec<i64>,
}

/// Which text column of the full-text table a search looks in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextColumn {
    Title,
    Body,
}

/// Facts as stored, and the state of the file they were extracted from.
#[derive(Clone, Debug)]
pub struct CachedFacts {
    pub facts: Facts,
    pub size: i64,
    pub mtime_ns: i64,
    pub extractor_version: i64,
}

/// What `index --status` shows.
#[derive(Clone, Debug)]
pub struct IndexStatus {
    pub path: PathBuf,
    /// The index file, its WAL and the reader's snapshot, in bytes.
    pub bytes: u64,
    pub articles: usize,
    pub skipped: usize,
    /// Seconds since the epoch of the last completed refresh.
    pub refreshed_at: Option<i64>,
    /// Files new, changed or removed since, or extracted by another extractor version.
    pub stale: usize,
}

impl SqliteIndex {
    /// Every article's catalog entry, sorted by id.
    pub fn catalog(&self) -> Result<StoredCatalog, IndexError> {
        // One pass over the tables: pages read once need no cache, and at 100,000 articles it
        // filled with 32 MB of them while the catalog was built beside it.
        self.limit_page_cache(1_000);
        let catalog = self.read_catalog();
        self.limit_page_cache(super::open::CACHE_KIB);
        catalog
    }

    fn read_catalog(&self) -> Result<StoredCatalog, IndexError> {
        let mut catalog = Catalog::default();
        let catalog_ids = self.intern_entities(&mut catalog)?;
        // In row order, sorted after: walking the path index would look every row up again.
        let mut statement = self
            .connection
            .prepare(&format!(
                "SELECT {META_COLUMNS}, id, entity_ids, date_values FROM articles"
            ))
            .map_err(|e| self.error(e))?;
        let count = self.article_count()?;
        catalog.reserve(count);
        let mut rows = Vec::with_capacity(count);
        let mut query = statement.query([]).map_err(|e| self.error(e))?;
        while let Some(row) = query.next().map_err(|e| self.error(e))? {
            let added = (|| -> rusqlite::Result<()> {
                let meta = meta_of_row(row)?;
                let entities: Vec<EntityId> = decode_ids(row.get_ref(10)?.as_blob()?)
                    .into_iter()
                    .filter_map(|row| catalog_ids.get(&row).copied())
                    .collect();
                let dates: Vec<DateId> = row
                    .get_ref(11)?
                    .as_str()?
                    .split('\n')
                    .filter(|v| !v.is_empty())
                    .map(|value| catalog.intern_date(value))
                    .collect();
                rows.push(row.get::<_, i64>(9)?);
                catalog.push_interned(meta, entities, dates);
                Ok(())
            })();
            added.map_err(|e| self.error(e))?;
        }
        let order = catalog.sort_by_id();
        crate::catalog::permute(&mut rows, &order);
        Ok(StoredCatalog { catalog, rows })
    }

    /// The index row of each of the catalog's articles ([`NO_ROW`] for one the index does not
    /// hold), and whether the catalog holds exactly the index's articles.
    pub(super) fn rows_of(&self, catalog: &Catalog) -> Result<(Vec<i64>, bool), IndexError> {
        let mut rows = vec![NO_ROW; catalog.len()];
        let mut found = 0;
        let mut indexed = 0;
        let mut statement = (self.connection)
            .prepare("SELECT id, path FROM articles")
            .map_err(|e| self.error(e))?;
        let mut query = statement.query([]).map_err(|e| self.error(e))?;
        while let Some(row) = query.next().map_err(|e| self.error(e))? {
            indexed += 1;
            let read = || -> rusqlite::Result<_> {
                Ok((
                    row.get::<_, i64>(0)?,
                    catalog.index_of(row.get_ref(1)?.as_str()?),
                ))
            };
            let (id, index) = read().map_err(|e| self.error(e))?;
            if let Some(index) = index {
                rows[index] = id;
                found += 1;
            }
        }
        Ok((rows, found == indexed && found == catalog.len()))
    }

    /// Every article's metadata, sorted by id: what `list` needs, without entities.
    pub fn article_metas(&self) -> Result<Vec<ArticleMeta>, IndexError> {
        let mut statement = self
            .connection
            .prepare(&format!("SELECT {META_COLUMNS} FROM articles"))
            .map_err(|e| self.error(e))?;
        let mut metas: Vec<ArticleMeta> = statement
            .query_map([], meta_of_row)
            .and_then(|rows| rows.collect())
            .map_err(|e| self.error(e))?;
        metas.sort_unstable_by(|a, b| a.id.cmp(&b.id));
        Ok(metas)
    }

    /// Numbers every entity of the index in the catalog; returns each entity row's number.
    fn intern_entities(
        &self,
        catalog: &mut Catalog,
    ) -> Result<FxHashMap<i64, EntityId>, IndexError> {
        let mut statement = self
            .connection
            .prepare("SELECT id, kind, canonical FROM entities")
            .map_err(|e| self.error(e))?;
        let mut query = statement.query([]).map_err(|e| self.error(e))?;
        let mut ids = FxHashMap::default();
        while let Some(row) = query.next().map_err(|e| self.error(e))? {
            let interned = (|| -> rusqlite::Result<()> {
                let Some(kind) = EntityKind::from_label(row.get_ref(1)?.as_str()?) else {
                    return Ok(());
                };
                let key = EntityKey {
                    kind,
                    canonical: row.get(2)?,
                };
                ids.insert(row.get(0)?, catalog.intern_entity(key));
                Ok(())
            })();
            interned.map_err(|e| self.error(e))?;
        }
        Ok(ids)
    }

    /// Body phrases answered by the full-text table on a connection of their own.
    pub fn body_search(&self, catalog: &StoredCatalog) -> Result<Box<dyn BodySearch>, IndexError> {
        self.body_search_of_rows(&catalog.rows)
    }

    /// Body phrases for articles numbered by their index rows `rows`.
    pub(super) fn body_search_of_rows(
        &self,
        rows: &[i64],
    ) -> Result<Box<dyn BodySearch>, IndexError> {
        let connection = self.read_only_connection()?;
        Ok(Box::new(fts::FtsBodySearch::new(connection, rows)))
    }

    /// The ids of the articles whose `column` holds `words` side by side, sorted.
    pub fn articles_with_words(
        &self,
        column: TextColumn,
        words: &[String],
        prefix: bool,
    ) -> Result<Vec<String>, IndexError> {
        let table = match column {
            TextColumn::Title => "title_text",
            TextColumn::Body => "article_text",
        };
        let Some(expression) = fts::match_expression(words, prefix) else {
            return Ok(Vec::new());
        };
        let mut statement = self
            .connection
            .prepare_cached(&format!(
                "SELECT path FROM articles WHERE id IN
                 (SELECT rowid FROM {table} WHERE {table} MATCH ?1) ORDER BY path"
            ))
            .map_err(|e| self.error(e))?;
        statement
            .query_map([expression], |row| row.get(0))
            .and_then(|rows| rows.collect())
            .map_err(|e| self.error(e))
    }

    /// The facts stored for an article, or `None` if it is not in the index.
    pub fn cached_facts(&self, id: &str) -> Result<Option<CachedFacts>, IndexError> {
        let found: Option<(i64, i64, i64, i64)> = self
            .connection
            .query_row(
                "SELECT id, size, mtime_ns, extractor_version FROM articles WHERE path = ?1",
                [id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
            )
            .optional()
            .map_err(|e| self.error(e))?;
        let Some((row, size, mtime_ns, extractor_version)) = found else {
            return Ok(None);
        };
        let facts = self.facts_of_row(row).map_err(|e| self.error(e))?;
        Ok(Some(CachedFacts {
            facts,
            size,
            mtime_ns,
            extractor_version,
        }))
    }

    /// The stored facts of an article if they were extracted from the file as it is now, by
    /// this extractor; `None` when they must be extracted afresh.
    pub fn current_facts(&self, id: &str) -> Result<Option<Facts>, IndexError> {
        let Some(cached) = self.cached_facts(id)? else {
            return Ok(None);
        };
        let (size, mtime_ns) = super::refresh::stat(&self.archive_root, id);
        let current = (cached.size, cached.mtime_ns) == (size, mtime_ns)
            && cached.extractor_version == i64::from(crate::extract::EXTRACTOR_VERSION);
        Ok(current.then_some(cached.facts))
    }

    fn facts_of_row(&self, row: i64) -> rusqlite::Result<Facts> {
        let mut entities = self.connection.prepare_cached(
            "SELECT e.kind, e.canonical, m.role, m.place_type, m.spans FROM mentions m
             JOIN entities e ON e.id = m.entity WHERE m.article = ?1 ORDER BY m.ord",
        )?;
        let entities = entities
            .query_map([row], |row| {
                let kind: String = row.get(0)?;
                let place_type: Option<String> = row.get(3)?;
                let spans: Vec<u8> = row.get(4)?;
                Ok(Entity {
                    kind: EntityKind::from_label(&kind).unwrap_or(EntityKind::Event),
                    canonical: row.get(1)?,
                    role: row.get(2)?,
                    place_type: place_type.as_deref().and_then(place_type_of),
                    mentions: decode_spans(&spans),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut dates = self.connection.prepare_cached(
            "SELECT text, start_date, end_date, relative, span_start, span_end, first_day,
             last_day FROM dates WHERE article = ?1 ORDER BY ord",
        )?;
        let dates = dates
            .query_map([row], |row| {
                let start: Option<String> = row.get(1)?;
                let end: Option<String> = row.get(2)?;
                Ok(DateFact {
                    text: row.get(0)?,
                    value: match (start, end) {
                        (Some(start), Some(end)) => Some(format!("{start}/{end}")),
                        (start, _) => start,
                    },
                    relative: row.get(3)?,
                    span: span(row.get(4)?, row.get(5)?),
                    days: day_range(row.get(6)?, row.get(7)?),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut quotes = self.connection.prepare_cached(
            "SELECT speaker, text, span_start, span_end FROM quotes WHERE article = ?1
             ORDER BY ord",
        )?;
        let quotes = quotes
            .query_map([row], |row| {
                Ok(Quote {
                    speaker: row.get(0)?,
                    text: row.get(1)?,
                    span: span(row.get(2)?, row.get(3)?),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Facts {
            entities,
            dates,
            quotes,
        })
    }

    pub(super) fn article_count(&self) -> Result<usize, IndexError> {
        self.connection
            .query_row("SELECT count(*) FROM articles", [], |row| {
                row.get::<_, i64>(0)
            })
            .map(|n| n as usize)
            .map_err(|e| self.error(e))
    }

    /// Where the index is, how big, how full, and how far behind the archive.
    pub fn status(&self) -> Result<IndexStatus, IndexError> {
        let bytes = ["", "-wal", ".reader"]
            .iter()
            .filter_map(|suffix| {
                let mut name = self.path.as_os_str().to_owned();
                name.push(suffix);
                std::fs::metadata(PathBuf::from(name)).ok()
            })
            .map(|meta| meta.len())
            .sum();
        let skipped = self
            .connection
            .query_row("SELECT count(*) FROM skipped", [], |row| {
                row.get::<_, i64>(0)
            })
            .map_err(|e| self.error(e))? as usize;
        Ok(IndexStatus {
            path: self.path.clone(),
            bytes,
            articles: self.article_count()?,
            skipped,
            refreshed_at: self.meta("refreshed_at")?.and_then(|t| t.parse().ok()),
            stale: self.stale_files()?,
        })
    }
}

fn span(start: i64, end: i64) -> Span {
    Span::new(start.max(0) as usize, end.max(0) as usize)
}

/// A date's days as stored; a value that does not read back is no range.
fn day_range(first: Option<String>, last: Option<String>) -> Option<DayRange> {
    Some(DayRange {
        start: PartialDate::parse_iso(&first?)?,
        end: PartialDate::parse_iso(&last?)?,
    })
}

fn place_type_of(label: &str) -> Option<PlaceType> {
    Some(match label {
        "country" => PlaceType::Country,
        "city" => PlaceType::City,
        "region" => PlaceType::Region,
        "facility" => PlaceType::Facility,
        "other" => PlaceType::Other,
        _ => return None,
    })
}

impl ArchiveStore for SqliteIndex {
    fn refresh(
        &mut self,
        threads: usize,
        observe: &mut dyn FnMut(RefreshEvent),
    ) -> Result<RefreshSummary, IndexError> {
        SqliteIndex::refresh(self, threads, observe)
    }

    fn catalog(&self) -> Result<StoredCatalog, IndexError> {
        SqliteIndex::catalog(self)
    }

    fn body_search(&self, catalog: &StoredCatalog) -> Result<Box<dyn BodySearch>, IndexError> {
        SqliteIndex::body_search(self, catalog)
    }

    fn articles_with_words(
        &self,
        column: TextColumn,
        words: &[String],
        prefix: bool,
    ) -> Result<Vec<String>, IndexError> {
        SqliteIndex::articles_with_words(self, column, words, prefix)
    }

    fn cached_facts(&self, id: &str) -> Result<Option<CachedFacts>, IndexError> {
        SqliteIndex::cached_facts(self, id)
    }
}

//! The persistent archive index: one SQLite file per archive holding every article's header
//! fields, extracted facts and a full-text index of titles and bodies, so that a start, a
//! `list` or a `search` reads the index instead of re-reading and re-extracting every file.
//!
//! The index is a cache of the archive. [`SqliteIndex::open`] moves a damaged file aside and
//! starts anew ([`OpenNotice`]), rebuilds tables of another schema version, and reports a
//! file another process keeps locked as [`IndexError::Locked`], after which the caller works
//! from memory as before (`search::load_indexed`). [`SqliteIndex::refresh`] reads only new and
//! changed files (and those an older [`EXTRACTOR_VERSION`](crate::extract::EXTRACTOR_VERSION)
//! extracted), on every core. Bodies stay in the archive's files: the full-text tables are
//! contentless, and their tokens are exactly the search engine's body words (the `fts`
//! module says how), so a phrase has no false matches.
//!
//! Everything a front end needs goes through [`ArchiveStore`], which `SqliteIndex` implements,
//! so that a server database could stand in for the file later.
//!
//! For the TUI: call [`open_for_reader`] on a background job (at 100,000 articles it still
//! takes seconds, most of it building the in-memory catalog and search index; `cargo bench
//! --bench index` measures it) for the catalog, sorted by id, and a [`SearchIndex`] whose
//! body phrases come from the index; show them as soon as they arrive. Then, on a job,
//! [`SqliteIndex::refresh`] with a callback: [`RefreshEvent::Listed`] and
//! [`RefreshEvent::Read`] drive the gauge, [`RefreshEvent::Changed`] and
//! [`RefreshEvent::Removed`] say which entries changed. When the summary reports any change,
//! [`SqliteIndex::load_search`] gives the new catalog and index to swap in. If opening fails,
//! fall back to `search::load_indexed` and say why on the status line.

mod checkpoint;
mod fts;
mod open;
mod queries;
mod refresh;
mod schema;
mod snapshot;
mod write;

pub use fts::{FtsBodySearch, match_expression};
pub use open::{OpenNotice, default_index_path, index_file_name};
pub use queries::{CachedFacts, IndexStatus, StoredCatalog, TextColumn};
pub use refresh::{RefreshEvent, RefreshSummary};
pub use schema::SCHEMA_VERSION;

use crate::archive::ArchiveError;
use crate::catalog::Catalog;
use crate::search::{BodySearch, SearchIndex};
use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// Runs `work` in a transaction that holds the write lock from its start (waiting for another
/// writer up to the busy timeout), committed if `work` succeeds and rolled back if not.
pub(crate) fn in_write_transaction<T>(
    connection: &Connection,
    work: impl FnOnce(&Connection) -> rusqlite::Result<T>,
) -> rusqlite::Result<T> {
    connection.execute_batch("BEGIN IMMEDIATE")?;
    let done = work(connection);
    let end = if done.is_ok() { "COMMIT" } else { "ROLLBACK" };
    let ended = connection.execute_batch(end);
    let done = done?;
    ended?;
    Ok(done)
}

/// Why the index could not be used. None of these is fatal to a front end: it can work from
/// the archive's files as before.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("no cache folder for the index (the home folder is unknown)")]
    NoCacheDir(#[source] etcetera::HomeDirError),
    #[error("index {}: {source}", path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("index {} is locked by another process", path.display())]
    Locked {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error("index {}: {source}", path.display())]
    Sqlite {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    #[error(transparent)]
    Archive(ArchiveError),
}

impl IndexError {
    fn sqlite(path: &Path, source: rusqlite::Error) -> Self {
        let path = path.to_path_buf();
        if open::is_busy(&source) {
            IndexError::Locked { path, source }
        } else {
            IndexError::Sqlite { path, source }
        }
    }

    /// Whether the file turned out damaged after it was opened: rebuild it.
    pub fn is_damage(&self) -> bool {
        matches!(self, IndexError::Sqlite { source, .. } if open::is_damage(source))
    }
}

/// The store behind the catalog, search and facts: the SQLite index today, a server
/// database perhaps later. Article numbers are catalog indices; ids are archive paths.
pub trait ArchiveStore {
    /// Brings the store up to date with the archive, reading on `threads` threads.
    fn refresh(
        &mut self,
        threads: usize,
        observe: &mut dyn FnMut(RefreshEvent),
    ) -> Result<RefreshSummary, IndexError>;
    /// Every article's catalog entry (metadata, entities, mentioned dates), sorted by id.
    fn catalog(&self) -> Result<StoredCatalog, IndexError>;
    /// Body phrase search for the search engine, numbered like `catalog`.
    fn body_search(&self, catalog: &StoredCatalog) -> Result<Box<dyn BodySearch>, IndexError>;
    /// The ids of the articles whose `column` holds these words side by side (the last one
    /// only as a prefix, with `prefix`), sorted.
    fn articles_with_words(
        &self,
        column: TextColumn,
        words: &[String],
        prefix: bool,
    ) -> Result<Vec<String>, IndexError>;
    /// The facts stored for an article, with the file state they were extracted from.
    fn cached_facts(&self, id: &str) -> Result<Option<CachedFacts>, IndexError>;
}

/// The index of one archive, open for reading and writing.
pub struct SqliteIndex {
    connection: Connection,
    path: PathBuf,
    archive_root: PathBuf,
}

impl SqliteIndex {
    /// Opens or creates the index at `index_path` for the archive at `archive_root`.
    pub fn open(
        archive_root: &Path,
        index_path: &Path,
    ) -> Result<(Self, Option<OpenNotice>), IndexError> {
        let (connection, notice) = open::open_writable(index_path)?;
        let index = SqliteIndex {
            connection,
            path: index_path.to_path_buf(),
            archive_root: archive_root.to_path_buf(),
        };
        let root = archive_root
            .canonicalize()
            .unwrap_or_else(|_| archive_root.to_path_buf());
        if index.meta("archive")?.as_deref() != root.to_str() {
            index.set_meta("archive", &root.to_string_lossy())?;
        }
        if index.meta(GENERATION)?.is_none() {
            index.set_meta(GENERATION, &refresh::new_generation())?;
        }
        Ok((index, notice))
    }

    /// Moves a file found damaged after opening aside and starts a new, empty index there.
    pub fn replace_damaged(self, reason: &str) -> Result<(Self, OpenNotice), IndexError> {
        let SqliteIndex {
            connection,
            path,
            archive_root,
        } = self;
        drop(connection);
        let moved_to = open::move_aside(&path)?;
        let (index, _) = SqliteIndex::open(&archive_root, &path)?;
        Ok((
            index,
            OpenNotice::RebuiltDamaged {
                moved_to,
                reason: reason.to_owned(),
            },
        ))
    }

    /// The index file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn archive_root(&self) -> &Path {
        &self.archive_root
    }

    /// Frees what the connection caches (pages read and written), for a caller that next
    /// builds something large in memory.
    pub fn release_memory(&self) {
        let _ = self.connection.execute_batch("PRAGMA shrink_memory");
    }

    /// Caps the connection's page cache at `kib` KiB, for a caller that holds much else in
    /// memory meanwhile (a reader refreshing beside its catalog). A refresh's writes then
    /// read more pages twice; a few changed files cost milliseconds more.
    pub fn limit_page_cache(&self, kib: u32) {
        let _ = (self.connection).pragma_update(None, "cache_size", -i64::from(kib));
    }

    /// The catalog and a search index whose body phrases are answered by the index: read
    /// back from the snapshot of the index's current generation when there is one, else built
    /// from the tables and saved as that snapshot for the next start.
    pub fn load_search(&self) -> Result<(Catalog, SearchIndex), IndexError> {
        let generation = self.meta(GENERATION)?;
        let snapshot_path = snapshot::snapshot_path(&self.path);
        if let Some(generation) = &generation
            && let Some((stored, parts)) = snapshot::read(&snapshot_path, generation)
        {
            let body = self.body_search(&stored)?;
            if let Some(index) = SearchIndex::from_parts(parts, stored.catalog.len(), body) {
                return Ok((stored.catalog, index));
            }
        }
        let StoredCatalog { catalog, rows } = self.catalog()?;
        let body = self.body_search_of_rows(&rows)?;
        let index = SearchIndex::with_body_search(&catalog, body);
        if let Some(generation) = generation {
            self.save_snapshot(PendingSnapshot { generation, rows }, &catalog, &index);
        }
        Ok((catalog, index))
    }

    /// The search index over a catalog the caller already holds: a reader's catalog patched
    /// with a refresh's changes ([`crate::catalog::CatalogPatch`]) rather than read again.
    /// With it, when the catalog holds exactly the index's articles, what saving it as the
    /// next start's snapshot needs ([`SqliteIndex::save_snapshot`], after the index is in
    /// use: writing it takes a third as long again as building it).
    pub fn search_index_for(
        &self,
        catalog: &Catalog,
    ) -> Result<(SearchIndex, Option<PendingSnapshot>), IndexError> {
        let generation = self.meta(GENERATION)?;
        let (rows, complete) = self.rows_of(catalog)?;
        let body = self.body_search_of_rows(&rows)?;
        let index = SearchIndex::with_body_search(catalog, body);
        let pending = generation
            .filter(|_| complete)
            .map(|generation| PendingSnapshot { generation, rows });
        Ok((index, pending))
    }

    /// Saves the catalog and its search index as the next start's snapshot, under the
    /// generation they were made from (if the index changed since, no start reads it). A
    /// cache: if it cannot be saved, the next start builds.
    pub fn save_snapshot(&self, pending: PendingSnapshot, catalog: &Catalog, index: &SearchIndex) {
        let path = snapshot::snapshot_path(&self.path);
        let saved = (catalog, pending.rows.as_slice());
        let _ = snapshot::write(&path, &pending.generation, saved, index);
    }

    /// The search index alone, for a search that shows no catalog: from the snapshot when it
    /// is current (reading only its first part), else as [`SqliteIndex::load_search`] builds it.
    pub fn load_search_index(&self) -> Result<SearchIndex, IndexError> {
        if let Some(generation) = self.meta(GENERATION)?
            && let Some((rows, parts)) =
                snapshot::read_search(&snapshot::snapshot_path(&self.path), &generation)
            && let Some(index) = self.search_index_of_parts(&rows, parts)?
        {
            return Ok(index);
        }
        Ok(self.load_search()?.1)
    }

    /// Starts reading the snapshot's search part on another thread, for a caller that
    /// refreshes meanwhile: [`SearchPrefetch::finish`] then gives the search index.
    pub fn prefetch_search_index(&self) -> SearchPrefetch {
        let generation = self.meta(GENERATION).ok().flatten();
        let path = snapshot::snapshot_path(&self.path);
        let reading = generation.clone().map(|generation| {
            std::thread::spawn(move || snapshot::read_search(&path, &generation))
        });
        SearchPrefetch {
            index_path: self.path.clone(),
            generation,
            reading,
        }
    }

    fn search_index_of_parts(
        &self,
        rows: &[i64],
        parts: crate::search::SearchIndexParts,
    ) -> Result<Option<SearchIndex>, IndexError> {
        let body = self.body_search_of_rows(rows)?;
        Ok(SearchIndex::from_parts(parts, rows.len(), body))
    }

    /// Saves the reader's snapshot of the index as it is now, unless the saved one is
    /// current; true when it had to be built.
    pub fn prepare_snapshot(&self) -> Result<bool, IndexError> {
        let saved = snapshot::saved_generation(&snapshot::snapshot_path(&self.path));
        if saved.is_some() && saved == self.meta(GENERATION)? {
            return Ok(false);
        }
        self.load_search()?;
        Ok(true)
    }

    /// A connection that cannot write, for analysts' queries.
    pub fn read_only_connection(&self) -> Result<Connection, IndexError> {
        open::open_read_only(&self.path)
    }

    fn error(&self, source: rusqlite::Error) -> IndexError {
        IndexError::sqlite(&self.path, source)
    }

    fn meta(&self, key: &str) -> Result<Option<String>, IndexError> {
        use rusqlite::OptionalExtension;
        self.connection
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()
            .map_err(|e| self.error(e))
    }

    fn set_meta(&self, key: &str, value: &str) -> Result<(), IndexError> {
        self.connection
            .execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
                [key, value],
            )
            .map(|_| ())
            .map_err(|e| self.error(e))
    }
}

/// The `meta` key of the token every writing transaction renews: a snapshot saved under
/// another token is out of date.
const GENERATION: &str = "generation";

/// A snapshot's search part: each article's index row, and the parts.
type SavedSearch = (Vec<i64>, crate::search::SearchIndexParts);

/// The snapshot's search part being read on another thread
/// ([`SqliteIndex::prefetch_search_index`]).
pub struct SearchPrefetch {
    index_path: PathBuf,
    generation: Option<String>,
    reading: Option<std::thread::JoinHandle<Option<SavedSearch>>>,
}

impl SearchPrefetch {
    /// The search index of `index` as it is now: what was read, if the index has not changed
    /// since (a refresh that found nothing to do), else loaded again.
    pub fn finish(self, index: &SqliteIndex) -> Result<SearchIndex, IndexError> {
        let read = self
            .reading
            .and_then(|reading| reading.join().ok().flatten());
        let unchanged = self.index_path == index.path && self.generation.is_some() && {
            index.meta(GENERATION)? == self.generation
        };
        if unchanged
            && let Some((rows, parts)) = read
            && let Some(search) = index.search_index_of_parts(&rows, parts)?
        {
            return Ok(search);
        }
        index.load_search_index()
    }
}

/// What saving a search index made by [`SqliteIndex::search_index_for`] as the next start's
/// snapshot needs: the generation it was made from, and each catalog article's index row.
pub struct PendingSnapshot {
    generation: String,
    rows: Vec<i64>,
}

/// What the reader needs at start: the store, and the catalog and search index read from it.
pub struct ReaderStart {
    pub store: SqliteIndex,
    /// Sorted by id, as the index holds it at open (refresh next).
    pub catalog: Catalog,
    pub index: SearchIndex,
    /// What opening had to repair, for the status line.
    pub notice: Option<OpenNotice>,
}

/// Opens the archive's index (at `index_path`, else the default path) and reads the catalog
/// and search index from it, without refreshing: for a reader's first frame.
pub fn open_for_reader(
    archive_root: &Path,
    index_path: Option<&Path>,
) -> Result<ReaderStart, IndexError> {
    let path = match index_path {
        Some(path) => path.to_path_buf(),
        None => default_index_path(archive_root)?,
    };
    let (store, notice) = SqliteIndex::open(archive_root, &path)?;
    let (catalog, index) = store.load_search()?;
    Ok(ReaderStart {
        store,
        catalog,
        index,
        notice,
    })
}

//! Bringing the index up to date with the archive: list the files, compare (path, size,
//! mtime, extractor version) with the index, read and extract only what is new or changed on
//! every core, write in batched transactions, and forget what was deleted.
//!
//! A refresh killed midway loses at most its open batch: every committed batch is whole, and
//! the next refresh finds the files not yet indexed as new. Two processes refreshing at once
//! take turns at the write lock (WAL, busy timeout); both may extract a file, and the later
//! write wins with the same content.

use super::checkpoint::Checkpointer;
use super::write::{
    EntityRows, Extracted, clear_all, remove_article, write_article, write_skipped, write_text,
};
use super::{IndexError, SqliteIndex, fts, open::fnv1a};
use crate::archive::{
    Loader, SkipReason, Skipped, contain_panic, decode, parse_article, path_of, read_article_bytes,
};
use crate::catalog::CatalogRecord;
use crate::extract::{EXTRACTOR_VERSION, extract_article};
use crate::search::indexed_words;
use crate::views::tally::Tally;
use rusqlite::{Transaction, TransactionBehavior};
use rustc_hash::FxHashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

/// Articles written per transaction: large enough that commits cost little, small enough that
/// a kill loses little and another process waits little for the lock.
const BATCH: usize = 512;
/// SQLite's default: the writer copies the log into the file when it passes this many pages.
const AUTOCHECKPOINT_PAGES: i64 = 1000;
/// How many times a refresh that found the index locked begins again.
const LOCKED_RETRIES: usize = 3;
/// A batch is committed at least this often, so readers see progress.
const BATCH_TIME: Duration = Duration::from_millis(500);

/// What a refresh reports as it goes.
pub enum RefreshEvent<'a> {
    /// The archive was listed: `files` articles, of which `to_read` are new or changed.
    Listed { files: usize, to_read: usize },
    /// One more new or changed file was read (`done` of `to_read`).
    Read { done: usize, to_read: usize },
    /// An article was added or changed; written to the index (its batch may not be committed
    /// yet).
    Changed(&'a CatalogRecord),
    /// An article is gone from the archive (or can no longer be read): its id.
    Removed(&'a str),
    /// A file that cannot be indexed (and why), new or changed since the last refresh.
    Skipped(&'a Skipped),
}

/// What a refresh did.
#[derive(Clone, Debug, Default)]
pub struct RefreshSummary {
    /// Articles in the archive after the refresh.
    pub articles: usize,
    pub added: usize,
    pub changed: usize,
    pub removed: usize,
    /// Files read and extracted: the new and changed ones, and those an older extractor did.
    pub extracted: usize,
    /// Every file that is not indexed, and why (the walk's too), sorted by id.
    pub skipped: Vec<Skipped>,
    pub elapsed: Duration,
}

/// A file that must be read, with what the listing saw of it.
struct Pending {
    id: String,
    size: i64,
    mtime_ns: i64,
    known: bool,
}

enum Outcome {
    Indexed(Box<Extracted>),
    Skipped {
        size: i64,
        mtime_ns: i64,
        skipped: Skipped,
    },
}

/// What a refresh has to do.
struct Plan {
    files: usize,
    pending: Vec<Pending>,
    /// Indexed articles no longer in the archive.
    gone: Vec<String>,
    /// Files recorded as skipped that are no longer there.
    gone_skipped: Vec<String>,
    /// What the walk skipped and the files still skipped for the reason recorded.
    skipped: Vec<Skipped>,
}

/// What the index holds of a file.
struct Known {
    size: i64,
    mtime_ns: i64,
    extractor_version: i64,
}

/// A token no other transaction has had: the time, the process and a counter.
pub(super) fn new_generation() -> String {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    format!("{nanos:x}-{:x}-{count:x}", std::process::id())
}

impl SqliteIndex {
    /// Brings the index up to date with the archive, reading on `threads` threads. Another
    /// process writing the index makes this one wait its turn; if the wait runs out (a busy
    /// machine, a long batch of the other's), it begins again from what is indexed by then,
    /// a few times, before it reports the index locked. The summary then counts the last
    /// attempt's work.
    pub fn refresh(
        &mut self,
        threads: usize,
        mut observe: impl FnMut(RefreshEvent),
    ) -> Result<RefreshSummary, IndexError> {
        let started = Instant::now();
        let mut attempt = 0;
        loop {
            match self.refresh_once(threads, &mut observe) {
                Err(IndexError::Locked { .. }) if attempt < LOCKED_RETRIES => attempt += 1,
                result => {
                    return result.map(|summary| RefreshSummary {
                        elapsed: started.elapsed(),
                        ..summary
                    });
                }
            }
        }
    }

    fn refresh_once(
        &mut self,
        threads: usize,
        mut observe: impl FnMut(RefreshEvent),
    ) -> Result<RefreshSummary, IndexError> {
        let started = Instant::now();
        let loader = self.loader()?;
        let Plan {
            files,
            pending,
            gone,
            gone_skipped,
            skipped,
        } = self.plan(&loader)?;
        let mut summary = RefreshSummary {
            skipped,
            ..RefreshSummary::default()
        };
        observe(RefreshEvent::Listed {
            files,
            to_read: pending.len(),
        });
        if !gone.is_empty() || !gone_skipped.is_empty() {
            let tx = self.write_transaction()?;
            for id in &gone {
                remove_article(&tx, id).map_err(|e| self.error(e))?;
            }
            for id in &gone_skipped {
                tx.execute("DELETE FROM skipped WHERE path = ?1", [id])
                    .map_err(|e| self.error(e))?;
            }
            tx.commit().map_err(|e| self.error(e))?;
            for id in &gone {
                observe(RefreshEvent::Removed(id));
            }
            summary.removed = gone.len();
        }
        let mut tally = self.writes_like_a_build(pending.len()).then(Tally::default);
        if tally.is_some() {
            let tx = self.write_transaction()?;
            crate::views::schema::mark_stale(&tx)
                .and_then(|()| super::schema::drop_build_indices(&tx))
                .map_err(|e| self.error(e))?;
            tx.commit().map_err(|e| self.error(e))?;
        }
        self.extract_and_write(
            &loader,
            threads,
            &pending,
            &mut summary,
            tally.as_mut(),
            &mut observe,
        )?;
        super::schema::ensure_build_indices(&self.connection)
            .and_then(|()| crate::views::schema::settle(&self.connection, tally.as_ref()))
            .map_err(|e| self.error(e))?;
        // Space only: a busy or failed reclaim leaves it for the next refresh.
        let _ = super::schema::reclaim(&self.connection);
        self.set_meta("refreshed_at", &unix_seconds(SystemTime::now()).to_string())?;
        summary.articles = self.article_count()?;
        summary.skipped.sort_by(|a, b| a.id.cmp(&b.id));
        summary.elapsed = started.elapsed();
        Ok(summary)
    }

    /// Whether this refresh writes like a build: into an index without facts whose derived
    /// tables await a recount (a first build, a rebuild), or most of the index again (a new
    /// extractor). Then it goes without the views' triggers and the indices no write needs,
    /// and tallies the views' counts as it writes.
    fn writes_like_a_build(&self, to_write: usize) -> bool {
        let empty_and_stale = || -> rusqlite::Result<bool> {
            let empty: bool = self.connection.query_row(
                "SELECT NOT EXISTS (SELECT 1 FROM mentions)",
                [],
                |row| row.get(0),
            )?;
            Ok(empty && crate::views::schema::is_stale(&self.connection)?)
        };
        if matches!(empty_and_stale(), Ok(true)) {
            return true;
        }
        // Row by row, through the triggers and every index, rewriting 100,000 articles took
        // minutes.
        to_write > BATCH
            && self
                .article_count()
                .is_ok_and(|articles| to_write * 2 >= articles)
    }

    /// How many files a refresh would read or remove now.
    pub(super) fn stale_files(&self) -> Result<usize, IndexError> {
        let plan = self.plan(&self.loader()?)?;
        Ok(plan.pending.len() + plan.gone.len())
    }

    fn loader(&self) -> Result<Loader, IndexError> {
        Loader::new(self.archive_root.clone()).map_err(IndexError::Archive)
    }

    /// Lists the archive and compares it with the index: both in path order, side by side,
    /// so that neither is held in a map (at 100,000 articles that map was most of the memory
    /// a refresh needs beside the reader's).
    fn plan(&self, loader: &Loader) -> Result<Plan, IndexError> {
        let (ids, mut skipped) = loader.discover();
        let known_skipped = self.known_skipped()?;
        let states = stat_all(loader.root(), &ids);
        let mut statement = self
            .connection
            .prepare("SELECT path, size, mtime_ns, extractor_version FROM articles ORDER BY path")
            .map_err(|e| self.error(e))?;
        let mut rows = statement.query([]).map_err(|e| self.error(e))?;
        let mut next_known = || -> Result<Option<(String, Known)>, IndexError> {
            let Some(row) = rows.next().map_err(|e| self.error(e))? else {
                return Ok(None);
            };
            let known = (|| {
                Ok((
                    row.get::<_, String>(0)?,
                    Known {
                        size: row.get(1)?,
                        mtime_ns: row.get(2)?,
                        extractor_version: row.get(3)?,
                    },
                ))
            })();
            known.map(Some).map_err(|e| self.error(e))
        };
        let mut known = next_known()?;
        let mut pending = Vec::new();
        let mut gone = Vec::new();
        for (id, &(size, mtime_ns)) in ids.iter().zip(&states) {
            while let Some((path, _)) = known.as_ref().filter(|(path, _)| path < id) {
                gone.push(path.clone());
                known = next_known()?;
            }
            let indexed = match known.take() {
                Some((path, state)) if path == *id => {
                    known = next_known()?;
                    Some(state)
                }
                other => {
                    known = other;
                    None
                }
            };
            if let Some(k) = &indexed {
                if k.size == size
                    && k.mtime_ns == mtime_ns
                    && k.extractor_version == i64::from(EXTRACTOR_VERSION)
                {
                    continue;
                }
            } else if let Some((s, m, reason)) = known_skipped.get(id.as_str())
                && (*s, *m) == (size, mtime_ns)
            {
                skipped.push(Skipped {
                    id: id.clone(),
                    reason: decode_reason(reason),
                });
                continue;
            }
            pending.push(Pending {
                id: id.clone(),
                size,
                mtime_ns,
                known: indexed.is_some(),
            });
        }
        while let Some((path, _)) = known {
            gone.push(path);
            known = next_known()?;
        }
        let gone_skipped = known_skipped
            .into_keys()
            .filter(|id| ids.binary_search(id).is_err())
            .collect();
        Ok(Plan {
            files: ids.len(),
            pending,
            gone,
            gone_skipped,
            skipped,
        })
    }

    /// Empties the index and indexes the whole archive again.
    pub fn rebuild(
        &mut self,
        threads: usize,
        observe: impl FnMut(RefreshEvent),
    ) -> Result<RefreshSummary, IndexError> {
        let tx = self.write_transaction()?;
        clear_all(&tx).map_err(|e| self.error(e))?;
        tx.commit().map_err(|e| self.error(e))?;
        self.refresh(threads, observe)
    }

    /// Reads and extracts the pending files on worker threads while this thread writes them.
    fn extract_and_write(
        &mut self,
        loader: &Loader,
        threads: usize,
        pending: &[Pending],
        summary: &mut RefreshSummary,
        tally: Option<&mut Tally>,
        observe: &mut impl FnMut(RefreshEvent),
    ) -> Result<(), IndexError> {
        if pending.is_empty() {
            return Ok(());
        }
        let next = AtomicUsize::new(0);
        let threads = threads.clamp(1, pending.len());
        let (sender, receiver) = mpsc::sync_channel::<(usize, Outcome)>(4 * BATCH);
        std::thread::scope(|scope| -> Result<(), IndexError> {
            for _ in 0..threads {
                let sender = sender.clone();
                let next = &next;
                scope.spawn(move || {
                    loop {
                        let at = next.fetch_add(1, Ordering::Relaxed);
                        let Some(file) = pending.get(at) else { break };
                        // The writer gave up (an error): stop reading.
                        if sender.send((at, read_and_extract(loader, file))).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(sender);
            let mut checkpointer = self.background_checkpoints(pending.len());
            let mut result = self.write_outcomes(
                &receiver,
                pending,
                summary,
                tally,
                checkpointer.as_mut(),
                observe,
            );
            if checkpointer.take().is_some() {
                let restored =
                    self.connection
                        .pragma_update(None, "wal_autocheckpoint", AUTOCHECKPOINT_PAGES);
                result = result.and(restored.map_err(|e| self.error(e)));
            }
            if result.is_err() {
                // Let the workers see the closed channel and stop.
                next.store(pending.len(), Ordering::Relaxed);
                drop(receiver);
            }
            result
        })
    }

    fn write_outcomes(
        &mut self,
        receiver: &mpsc::Receiver<(usize, Outcome)>,
        pending: &[Pending],
        summary: &mut RefreshSummary,
        mut tally: Option<&mut Tally>,
        mut checkpointer: Option<&mut Checkpointer>,
        observe: &mut impl FnMut(RefreshEvent),
    ) -> Result<(), IndexError> {
        let mut done = 0;
        let mut known_entities = EntityRows::new();
        let mut outcomes = receiver.iter().peekable();
        while outcomes.peek().is_some() {
            // The batch is gathered before the write lock is taken: waiting for extraction
            // with it held starved another process's refresh (it found the lock taken each
            // time it looked, and gave up).
            let started = Instant::now();
            let mut batch = Vec::new();
            for outcome in outcomes.by_ref() {
                batch.push(outcome);
                if batch.len() >= BATCH || started.elapsed() >= BATCH_TIME {
                    break;
                }
            }
            // Written in transactions of at most BATCH_TIME each, so that another process
            // waiting for the lock gets its turn however slow the writing is.
            let mut batch = batch.into_iter().peekable();
            while batch.peek().is_some() {
                let tx = self.write_transaction()?;
                let writing = Instant::now();
                let mut texts = Vec::new();
                for (at, outcome) in batch.by_ref() {
                    let file = &pending[at];
                    done += 1;
                    match outcome {
                        Outcome::Indexed(article) => {
                            let written = write_article(
                                &tx,
                                &article,
                                EXTRACTOR_VERSION,
                                &mut known_entities,
                                tally.as_deref_mut(),
                            )
                            .map_err(|e| self.error(e))?;
                            summary.extracted += 1;
                            if file.known {
                                summary.changed += 1;
                            } else {
                                summary.added += 1;
                            }
                            observe(RefreshEvent::Changed(&article.entry));
                            if written.needs_text {
                                texts.push((written.row, article));
                            }
                        }
                        Outcome::Skipped {
                            size,
                            mtime_ns,
                            skipped,
                        } => {
                            let removed = write_skipped(
                                &tx,
                                &skipped.id,
                                size,
                                mtime_ns,
                                &encode_reason(&skipped.reason),
                            )
                            .map_err(|e| self.error(e))?;
                            if removed {
                                summary.removed += 1;
                                observe(RefreshEvent::Removed(&skipped.id));
                            }
                            observe(RefreshEvent::Skipped(&skipped));
                            summary.skipped.push(skipped);
                        }
                    }
                    observe(RefreshEvent::Read {
                        done,
                        to_read: pending.len(),
                    });
                    if writing.elapsed() >= BATCH_TIME {
                        break;
                    }
                }
                for (row, article) in &texts {
                    write_text(&tx, *row, article).map_err(|e| self.error(e))?;
                }
                tx.commit().map_err(|e| self.error(e))?;
                if let Some(checkpointer) = checkpointer.as_deref_mut() {
                    checkpointer.committed();
                }
            }
        }
        Ok(())
    }

    /// For a refresh of more than a batch, a checkpointing thread, with the writer's own
    /// checkpoints turned off meanwhile.
    fn background_checkpoints(&self, articles: usize) -> Option<Checkpointer> {
        if articles <= BATCH {
            return None;
        }
        let checkpointer = Checkpointer::start(&self.path)?;
        self.connection
            .pragma_update(None, "wal_autocheckpoint", 0)
            .ok()?;
        Some(checkpointer)
    }

    /// Takes the write lock at once (waiting for another writer up to the busy timeout), so
    /// that a transaction never fails midway for want of it.
    /// Every such transaction renews the index's generation, which dates the reader's snapshot.
    fn write_transaction(&self) -> Result<Transaction<'_>, IndexError> {
        let tx = Transaction::new_unchecked(&self.connection, TransactionBehavior::Immediate)
            .map_err(|e| self.error(e))?;
        tx.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
            [super::GENERATION, &new_generation()],
        )
        .map_err(|e| self.error(e))?;
        Ok(tx)
    }

    fn known_skipped(&self) -> Result<FxHashMap<String, (i64, i64, String)>, IndexError> {
        let mut statement = self
            .connection
            .prepare("SELECT path, size, mtime_ns, reason FROM skipped")
            .map_err(|e| self.error(e))?;
        statement
            .query_map([], |row| {
                Ok((row.get(0)?, (row.get(1)?, row.get(2)?, row.get(3)?)))
            })
            .and_then(|rows| rows.collect())
            .map_err(|e| self.error(e))
    }
}

/// Each file's [`stat`], on every core: at 100,000 files the system calls are most of a
/// refresh that finds nothing to do.
fn stat_all(root: &std::path::Path, ids: &[String]) -> Vec<(i64, i64)> {
    let threads = crate::archive::default_threads().max(1);
    let per_thread = ids.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = ids
            .chunks(per_thread)
            .map(|chunk| {
                let worker = scope.spawn(move || chunk.iter().map(|id| stat(root, id)).collect());
                (chunk.len(), worker)
            })
            .collect();
        // A worker that failed leaves its files unseen (zeros): they are read again.
        workers
            .into_iter()
            .flat_map(|(len, worker)| worker.join().unwrap_or_else(|_| vec![(0, 0); len]))
            .collect()
    })
}

/// The file's size and modification time (ns since the epoch); zeros when it cannot be seen
/// (reading it will say why).
pub(super) fn stat(root: &std::path::Path, id: &str) -> (i64, i64) {
    match std::fs::metadata(path_of(root, id)) {
        Ok(meta) => {
            let mtime = meta.modified().map(unix_nanos).unwrap_or(0);
            (meta.len() as i64, mtime)
        }
        Err(_) => (0, 0),
    }
}

fn read_and_extract(loader: &Loader, file: &Pending) -> Outcome {
    let skipped = |reason| Outcome::Skipped {
        size: file.size,
        mtime_ns: file.mtime_ns,
        skipped: Skipped {
            id: file.id.clone(),
            reason,
        },
    };
    let bytes = match read_article_bytes(&path_of(loader.root(), &file.id)) {
        Ok(bytes) => bytes,
        Err(reason) => return skipped(reason),
    };
    let extracted = decode(&bytes).and_then(|decoded| {
        contain_panic(|| {
            let mut article = parse_article(&file.id, &decoded.text);
            article.warnings = decoded.warnings;
            article.decoded_as = decoded.encoding;
            let facts = extract_article(&article);
            Extracted {
                size: file.size,
                mtime_ns: file.mtime_ns,
                content_hash: fnv1a(&bytes),
                entry: CatalogRecord::from_facts(&article, &facts),
                title_text: article
                    .title
                    .as_ref()
                    .map(|t| fts::title_text(&t.text))
                    .unwrap_or_default(),
                body_text: fts::indexed_text(&indexed_words(&article)),
                facts,
            }
        })
        .map_err(SkipReason::Failed)
    });
    match extracted {
        Ok(article) => Outcome::Indexed(Box::new(article)),
        Err(reason) => skipped(reason),
    }
}

fn unix_nanos(time: SystemTime) -> i64 {
    match time.duration_since(SystemTime::UNIX_EPOCH) {
        Ok(since) => since.as_nanos().min(i64::MAX as u128) as i64,
        Err(before) => -(before.duration().as_nanos().min(i64::MAX as u128) as i64),
    }
}

pub(super) fn unix_seconds(time: SystemTime) -> i64 {
    unix_nanos(time) / 1_000_000_000
}

/// A skip reason as the `skipped` table keeps it: `binary`, `empty`, `too_large:BYTES`,
/// `symlink_loop`, `unreadable:MESSAGE` or `failed:MESSAGE`.
fn encode_reason(reason: &SkipReason) -> String {
    match reason {
        SkipReason::Binary => "binary".into(),
        SkipReason::Empty => "empty".into(),
        SkipReason::TooLarge { bytes } => format!("too_large:{bytes}"),
        SkipReason::SymlinkLoop => "symlink_loop".into(),
        SkipReason::Unreadable(message) => format!("unreadable:{message}"),
        SkipReason::Failed(message) => format!("failed:{message}"),
    }
}

fn decode_reason(text: &str) -> SkipReason {
    let (kind, detail) = text.split_once(':').unwrap_or((text, ""));
    match kind {
        "binary" => SkipReason::Binary,
        "empty" => SkipReason::Empty,
        "too_large" => SkipReason::TooLarge {
            bytes: detail.parse().unwrap_or(0),
        },
        "symlink_loop" => SkipReason::SymlinkLoop,
        "failed" => SkipReason::Failed(detail.into()),
        _ => SkipReason::Unreadable(detail.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skip_reasons_read_back_as_written() {
        for reason in [
            SkipReason::Binary,
            SkipReason::Empty,
            SkipReason::TooLarge { bytes: 6_000_000 },
            SkipReason::SymlinkLoop,
            SkipReason::Unreadable("permission denied: x".into()),
            SkipReason::Failed("index out of range".into()),
        ] {
            assert_eq!(decode_reason(&encode_reason(&reason)), reason);
        }
    }
}

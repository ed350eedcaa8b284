//! Loading an archive into a catalog and a search index in one pass over the files: the one
//! way to do it, for the reader (which shows articles as they arrive), the CLI and the tests.

use super::body::{BodyIndexBuilder, indexed_words};
use super::index::SearchIndex;
use crate::archive::{LoadEvent, Loader, Skipped};
use crate::catalog::{Catalog, CatalogRecord};
use std::sync::Mutex;

/// A loaded archive, ready to search.
pub struct LoadedArchive {
    /// Sorted by id.
    pub catalog: Catalog,
    pub index: SearchIndex,
    pub skipped: Vec<Skipped>,
}

/// Articles' catalog entries and body words as they arrive, numbered in arrival order: no
/// body is held.
#[derive(Default)]
pub struct ArchiveIndexer {
    entries: Vec<CatalogRecord>,
    body: BodyIndexBuilder,
}

impl ArchiveIndexer {
    /// Adds an article by its entry and its [`indexed_words`]; returns its number.
    pub fn add(&mut self, entry: CatalogRecord, words: &[String]) -> u32 {
        let at = self.entries.len() as u32;
        self.body.add_words(at, words);
        self.entries.push(entry);
        at
    }

    /// The catalog in arrival order and its index.
    pub fn finish(self) -> (Catalog, SearchIndex) {
        let mut catalog = Catalog::default();
        for entry in self.entries {
            catalog.push(entry);
        }
        let index = SearchIndex::new(&catalog, self.body.finish());
        (catalog, index)
    }

    /// The catalog sorted by id and its index, renumbered to match.
    pub fn finish_sorted(self) -> (Catalog, SearchIndex) {
        let mut catalog = Catalog::default();
        for entry in self.entries {
            catalog.push(entry);
        }
        let new_index = crate::catalog::inverse(&catalog.sort_by_id());
        let index = SearchIndex::new(&catalog, self.body.finish_renumbered(Some(&new_index)));
        (catalog, index)
    }
}

/// What [`load_indexed`] has just done, for a caller showing progress.
pub enum Loading<'a> {
    Discovered {
        total: usize,
    },
    /// Added with this arrival number; calls come in arrival order.
    Loaded(u32, &'a CatalogRecord),
    Skipped(&'a Skipped),
}

/// Reads every article once on `threads` threads, indexing its body as it loads, and tells
/// `observe` of each step. Skipped files come back sorted by id.
pub fn load_indexed(
    loader: &Loader,
    threads: usize,
    observe: impl Fn(Loading) + Sync,
) -> (ArchiveIndexer, Vec<Skipped>) {
    let indexer = Mutex::new(ArchiveIndexer::default());
    let skipped = Mutex::new(Vec::new());
    loader.load_with(threads, |event| match event {
        LoadEvent::Discovered { total } => observe(Loading::Discovered { total }),
        LoadEvent::Loaded(article) => {
            let entry = CatalogRecord::from_article(&article);
            let words = indexed_words(&article);
            // Observed under the lock, so observers see the arrival order.
            let mut indexer = lock(&indexer);
            let at = indexer.add(entry, &words);
            observe(Loading::Loaded(at, &indexer.entries[at as usize]));
        }
        LoadEvent::Skipped(file) => {
            observe(Loading::Skipped(&file));
            lock(&skipped).push(file);
        }
    });
    let mut skipped = skipped.into_inner().unwrap_or_else(|e| e.into_inner());
    skipped.sort_by(|a, b| a.id.cmp(&b.id));
    (
        indexer.into_inner().unwrap_or_else(|e| e.into_inner()),
        skipped,
    )
}

/// Reads every article once into a catalog sorted by id and its search index.
pub fn load_archive(loader: &Loader, threads: usize) -> LoadedArchive {
    let (indexer, skipped) = load_indexed(loader, threads, |_| {});
    let (catalog, index) = indexer.finish_sorted();
    LoadedArchive {
        catalog,
        index,
        skipped,
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

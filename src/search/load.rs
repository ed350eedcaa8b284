//! Loading an archive into a catalog and a search index in one pass over the files.

use super::body::{BodyIndexBuilder, indexed_words};
use super::index::SearchIndex;
use crate::archive::{LoadEvent, Loader, Skipped};
use crate::catalog::{Catalog, CatalogEntry};
use std::sync::Mutex;

/// A loaded archive, ready to search.
pub struct LoadedArchive {
    /// Sorted by id.
    pub catalog: Catalog,
    pub index: SearchIndex,
    pub skipped: Vec<Skipped>,
}

/// Reads every article once: its catalog entry and its body words are kept, its text is not.
pub fn load_archive(loader: &Loader, threads: usize) -> LoadedArchive {
    let loaded: Mutex<Vec<(CatalogEntry, Vec<String>)>> = Mutex::new(Vec::new());
    let skipped = Mutex::new(Vec::new());
    loader.load_with(threads, |event| match event {
        LoadEvent::Discovered { .. } => {}
        LoadEvent::Loaded(article) => {
            let entry = CatalogEntry::from_article(&article);
            let words = indexed_words(&article);
            lock(&loaded).push((entry, words));
        }
        LoadEvent::Skipped(file) => lock(&skipped).push(file),
    });
    let mut loaded = loaded.into_inner().unwrap_or_else(|e| e.into_inner());
    loaded.sort_by(|a, b| a.0.meta.id.cmp(&b.0.meta.id));
    let mut catalog = Catalog::default();
    let mut body = BodyIndexBuilder::default();
    for (entry, words) in loaded {
        let index = catalog.push(entry);
        body.add_words(index as u32, &words);
    }
    let index = SearchIndex::new(&catalog, body.finish());
    let mut skipped = skipped.into_inner().unwrap_or_else(|e| e.into_inner());
    skipped.sort_by(|a, b| a.id.cmp(&b.id));
    LoadedArchive {
        catalog,
        index,
        skipped,
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

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

/// Reads every article once. Its body words go into the index as it loads, numbered in
/// load order, and are renumbered to catalog order (sorted by id) at the end: no body is held.
pub fn load_archive(loader: &Loader, threads: usize) -> LoadedArchive {
    let body = Mutex::new(BodyIndexBuilder::default());
    let entries: Mutex<Vec<CatalogEntry>> = Mutex::new(Vec::new());
    let skipped = Mutex::new(Vec::new());
    loader.load_with(threads, |event| match event {
        LoadEvent::Discovered { .. } => {}
        LoadEvent::Loaded(article) => {
            let entry = CatalogEntry::from_article(&article);
            let words = indexed_words(&article);
            // One lock for both, so the load-order number is the entry's position.
            let mut entries = lock(&entries);
            lock(&body).add_words(entries.len() as u32, &words);
            entries.push(entry);
        }
        LoadEvent::Skipped(file) => lock(&skipped).push(file),
    });
    let entries = entries.into_inner().unwrap_or_else(|e| e.into_inner());
    let mut order: Vec<u32> = (0..entries.len() as u32).collect();
    order.sort_by(|&a, &b| {
        entries[a as usize]
            .meta
            .id
            .cmp(&entries[b as usize].meta.id)
    });
    let mut catalog_index = vec![0u32; entries.len()];
    for (position, &loaded) in order.iter().enumerate() {
        catalog_index[loaded as usize] = position as u32;
    }
    let mut slots: Vec<Option<CatalogEntry>> = entries.into_iter().map(Some).collect();
    let mut catalog = Catalog::default();
    for &loaded in &order {
        if let Some(entry) = slots[loaded as usize].take() {
            catalog.push(entry);
        }
    }
    let body = body.into_inner().unwrap_or_else(|e| e.into_inner());
    let index = SearchIndex::new(&catalog, body.finish_renumbered(Some(&catalog_index)));
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

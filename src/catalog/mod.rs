//! The archive as the reader and the search engine see it: every article's metadata plus the
//! entities extracted from it, with postings from each entity to the articles that mention it.
//!
//! Built once, in the background, as the loader reads articles; never rebuilt on a keystroke.

use crate::archive::{Article, ArticleMeta};
use crate::extract::extract_article;
use crate::facts::{EntityKind, Facts};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

mod patch;
pub use patch::CatalogPatch;

/// An entity as it links articles: its kind and canonical name.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct EntityKey {
    pub kind: EntityKind,
    pub canonical: String,
}

/// A catalog's number for a distinct entity (kind and canonical name).
pub type EntityId = u32;
/// A catalog's number for a distinct mentioned date value.
pub type DateId = u32;

/// What the catalog keeps of one article as it arrives, names spelled out: the catalog
/// numbers them ([`Catalog::push`]) so that a name repeated across thousands of articles is
/// held once.
#[derive(Clone, Debug)]
pub struct CatalogRecord {
    pub meta: ArticleMeta,
    /// Distinct people, places, organisations and events, sorted.
    pub entities: Vec<EntityKey>,
    /// Distinct normalised date values (ISO 8601) the article mentions, sorted.
    pub date_values: Vec<String>,
}

impl CatalogRecord {
    /// Extracts an article's facts and keeps what the catalog needs of them.
    pub fn from_article(article: &Article) -> Self {
        Self::from_facts(article, &extract_article(article))
    }

    /// Keeps what the catalog needs of facts already extracted from the article.
    pub fn from_facts(article: &Article, facts: &Facts) -> Self {
        let mut entities: Vec<EntityKey> = facts
            .entities
            .iter()
            .map(|e| EntityKey {
                kind: e.kind,
                canonical: e.canonical.clone(),
            })
            .collect();
        entities.sort();
        entities.dedup();
        let mut date_values: Vec<String> = facts.dates.iter().filter_map(|d| d.key()).collect();
        date_values.sort();
        date_values.dedup();
        CatalogRecord {
            meta: article.meta(),
            entities,
            date_values,
        }
    }
}

/// One article in the catalog.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CatalogEntry {
    pub meta: ArticleMeta,
    /// The distinct entities it mentions ([`Catalog::entity`]), ascending.
    pub entities: Box<[EntityId]>,
    /// The distinct date values it mentions ([`Catalog::date_value`]), ascending.
    pub date_values: Box<[DateId]>,
}

/// Every loaded article, in load order, with entity postings. Entity names and date values
/// are held once each and numbered: at 100,000 articles the same few thousand names recur
/// millions of times.
///
/// Serialised without its lookup tables, which [`Catalog::restore_lookups`] rebuilds.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Catalog {
    #[serde(with = "crate::search::exact_vec")]
    entries: Vec<CatalogEntry>,
    #[serde(with = "crate::search::exact_vec")]
    entity_keys: Vec<EntityKey>,
    #[serde(skip)]
    entity_ids: FxHashMap<EntityKey, EntityId>,
    #[serde(with = "crate::search::exact_vec")]
    date_table: Vec<Box<str>>,
    #[serde(skip)]
    date_ids: FxHashMap<Box<str>, DateId>,
    /// Article id → index: the notes view and note jumps look articles up by id, per note.
    #[serde(skip)]
    by_id: IdLookup,
}

/// Where each item of a permutation's `order` goes: `inverse(order)[order[i]] == i`.
pub fn inverse(order: &[u32]) -> Vec<u32> {
    let mut new_index = vec![0u32; order.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old as usize] = new as u32;
    }
    new_index
}

/// Puts the item at `order[i]` at `i`, following each cycle of the permutation with swaps:
/// no second copy of the items.
pub fn permute<T>(items: &mut [T], order: &[u32]) {
    let mut placed = vec![false; items.len()];
    for start in 0..items.len() {
        if placed[start] {
            continue;
        }
        let mut at = start;
        loop {
            placed[at] = true;
            let from = order[at] as usize;
            if from == start {
                break;
            }
            items.swap(at, from);
            at = from;
        }
    }
}

/// Article ids → catalog indices, keyed by a hash of the id so that the ids are not held a
/// second time (at 100,000 articles the copies cost ten megabytes); the entry confirms the id.
#[derive(Clone, Debug, Default)]
struct IdLookup {
    first: FxHashMap<u64, u32>,
    /// Articles whose id hashes like an earlier one's: rare, searched in turn.
    colliding: Vec<u32>,
}

impl IdLookup {
    fn hash(id: &str) -> u64 {
        use std::hash::BuildHasher;
        rustc_hash::FxBuildHasher.hash_one(id)
    }

    fn insert(&mut self, entries: &[CatalogEntry], index: usize) {
        let id = &entries[index].meta.id;
        match self.first.entry(Self::hash(id)) {
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(index as u32);
            }
            std::collections::hash_map::Entry::Occupied(mut slot) => {
                // The same id again (a refresh's replacement) takes the place.
                if entries[*slot.get() as usize].meta.id == *id {
                    slot.insert(index as u32);
                } else {
                    self.colliding
                        .retain(|&i| entries[i as usize].meta.id != *id);
                    self.colliding.push(index as u32);
                }
            }
        }
    }

    /// Every entry again, keeping the tables' room.
    fn rebuild(&mut self, entries: &[CatalogEntry]) {
        self.first.clear();
        self.colliding.clear();
        for index in 0..entries.len() {
            self.insert(entries, index);
        }
    }

    fn get(&self, entries: &[CatalogEntry], id: &str) -> Option<usize> {
        let found = |&i: &u32| (entries[i as usize].meta.id == id).then_some(i as usize);
        self.first
            .get(&Self::hash(id))
            .and_then(found)
            .or_else(|| self.colliding.iter().find_map(found))
    }
}

impl Catalog {
    /// Adds an article and returns its index.
    pub fn push(&mut self, record: CatalogRecord) -> usize {
        let entry = self.entry_of(record);
        let index = self.entries.len();
        self.entries.push(entry);
        self.by_id.insert(&self.entries, index);
        index
    }

    /// Adds an article whose entities and dates the catalog has already numbered
    /// ([`Catalog::intern_entity`], [`Catalog::intern_date`]); returns its index.
    pub fn push_interned(
        &mut self,
        meta: ArticleMeta,
        mut entities: Vec<EntityId>,
        mut date_values: Vec<DateId>,
    ) -> usize {
        let index = self.entries.len();
        entities.retain(|&id| (id as usize) < self.entity_keys.len());
        entities.sort_unstable();
        entities.dedup();
        date_values.retain(|&id| (id as usize) < self.date_table.len());
        date_values.sort_unstable();
        date_values.dedup();
        self.entries.push(CatalogEntry {
            meta,
            entities: entities.into(),
            date_values: date_values.into(),
        });
        self.by_id.insert(&self.entries, index);
        index
    }

    /// Rebuilds the lookup tables of a deserialised catalog, after checking that every number
    /// in it points where it should; false (and the catalog unusable) when one does not.
    pub fn restore_lookups(&mut self) -> bool {
        let consistent = self.entries.iter().all(|entry| {
            entry
                .entities
                .iter()
                .all(|&id| (id as usize) < self.entity_keys.len())
                && entry
                    .date_values
                    .iter()
                    .all(|&id| (id as usize) < self.date_table.len())
        });
        if !consistent {
            return false;
        }
        self.entity_ids = (self.entity_keys.iter().cloned()).zip(0..).collect();
        self.date_ids = (self.date_table.iter().cloned()).zip(0..).collect();
        self.by_id.rebuild(&self.entries);
        true
    }

    /// Sorts the articles by id, in place; returns the order applied: the old index of the
    /// article now at each index.
    pub fn sort_by_id(&mut self) -> Vec<u32> {
        let mut order: Vec<u32> = (0..self.entries.len() as u32).collect();
        order.sort_unstable_by(|&a, &b| {
            self.entries[a as usize]
                .meta
                .id
                .cmp(&self.entries[b as usize].meta.id)
        });
        permute(&mut self.entries, &order);
        self.by_id.rebuild(&self.entries);
        order
    }

    /// Room for `articles` more articles, allocated at once.
    pub fn reserve(&mut self, articles: usize) {
        self.entries.reserve_exact(articles);
    }

    /// The entity's number, given it one if it is new.
    pub fn intern_entity(&mut self, key: EntityKey) -> EntityId {
        if let Some(&id) = self.entity_ids.get(&key) {
            return id;
        }
        let id = self.entity_keys.len() as EntityId;
        self.entity_keys.push(key.clone());
        self.entity_ids.insert(key, id);
        id
    }

    /// The date value's number, given it one if it is new.
    pub fn intern_date(&mut self, value: &str) -> DateId {
        if let Some(&id) = self.date_ids.get(value) {
            return id;
        }
        let id = self.date_table.len() as DateId;
        self.date_table.push(value.into());
        self.date_ids.insert(value.into(), id);
        id
    }

    pub fn entries(&self) -> &[CatalogEntry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, index: usize) -> Option<&CatalogEntry> {
        self.entries.get(index)
    }

    pub fn index_of(&self, id: &str) -> Option<usize> {
        self.by_id.get(&self.entries, id)
    }

    /// How many distinct entities the catalog has numbered.
    pub fn entity_count(&self) -> usize {
        self.entity_keys.len()
    }

    pub fn entity(&self, id: EntityId) -> &EntityKey {
        &self.entity_keys[id as usize]
    }

    pub fn entity_id(&self, key: &EntityKey) -> Option<EntityId> {
        self.entity_ids.get(key).copied()
    }

    /// How many distinct date values the catalog has numbered.
    pub fn date_count(&self) -> usize {
        self.date_table.len()
    }

    pub fn date_value(&self, id: DateId) -> &str {
        &self.date_table[id as usize]
    }

    pub fn date_id(&self, value: &str) -> Option<DateId> {
        self.date_ids.get(value).copied()
    }

    /// The entities an article mentions, by name.
    pub fn entities_of(&self, entry: &CatalogEntry) -> impl Iterator<Item = &EntityKey> {
        entry.entities.iter().map(|&id| self.entity(id))
    }

    /// The date values an article mentions.
    pub fn date_values_of(&self, entry: &CatalogEntry) -> impl Iterator<Item = &str> {
        entry.date_values.iter().map(|&id| self.date_value(id))
    }

    /// Whether the article mentions the entity.
    pub fn mentions(&self, entry: &CatalogEntry, key: &EntityKey) -> bool {
        self.entity_id(key)
            .is_some_and(|id| entry.entities.binary_search(&id).is_ok())
    }

    /// Whether the article mentions the date value.
    pub fn mentions_date(&self, entry: &CatalogEntry, value: &str) -> bool {
        self.date_id(value)
            .is_some_and(|id| entry.date_values.binary_search(&id).is_ok())
    }

    /// The indices of every article that mentions the entity, in ascending order: one pass
    /// with a binary search in each article's few entity ids, about a millisecond at 100,000
    /// articles, where postings held every article's entities a second time (16 MB).
    pub fn articles_mentioning(&self, key: &EntityKey) -> Vec<u32> {
        let Some(id) = self.entity_id(key) else {
            return Vec::new();
        };
        self.indices_where(|entry| entry.entities.binary_search(&id).is_ok())
    }

    /// The indices of every article that mentions the date value, in ascending order.
    pub fn articles_mentioning_date(&self, value: &str) -> Vec<u32> {
        let Some(id) = self.date_id(value) else {
            return Vec::new();
        };
        self.indices_where(|entry| entry.date_values.binary_search(&id).is_ok())
    }

    fn indices_where(&self, admits: impl Fn(&CatalogEntry) -> bool) -> Vec<u32> {
        (self.entries.iter().enumerate())
            .filter(|(_, entry)| admits(entry))
            .map(|(index, _)| index as u32)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, entities: &[(EntityKind, &str)]) -> CatalogRecord {
        let article = crate::archive::parse_article(id, "Title\n\nBody.");
        let mut entry = CatalogRecord::from_article(&article);
        entry.entities = entities
            .iter()
            .map(|(kind, name)| EntityKey {
                kind: *kind,
                canonical: (*name).to_owned(),
            })
            .collect();
        entry
    }

    #[test]
    fn postings_link_each_entity_to_the_articles_that_mention_it() {
        let mut catalog = Catalog::default();
        catalog.push(entry("a.txt", &[(EntityKind::Person, "Ann Lee")]));
        catalog.push(entry("b.txt", &[(EntityKind::Place, "Oslo")]));
        catalog.push(entry(
            "c.txt",
            &[(EntityKind::Person, "Ann Lee"), (EntityKind::Place, "Oslo")],
        ));
        let ann = EntityKey {
            kind: EntityKind::Person,
            canonical: "Ann Lee".into(),
        };
        assert_eq!(catalog.articles_mentioning(&ann), &[0, 2]);
        assert_eq!(catalog.index_of("b.txt"), Some(1));
        let unknown = EntityKey {
            kind: EntityKind::Place,
            canonical: "Ann Lee".into(),
        };
        assert!(catalog.articles_mentioning(&unknown).is_empty());
        let c = catalog.get(2).unwrap();
        assert!(catalog.mentions(c, &ann));
        assert!(!catalog.mentions(catalog.get(1).unwrap(), &ann));
        assert_eq!(
            catalog
                .entities_of(c)
                .map(|k| k.canonical.as_str())
                .collect::<Vec<_>>(),
            ["Ann Lee", "Oslo"]
        );
        assert_eq!(catalog.entity_count(), 2, "each name is held once");
    }

    #[test]
    fn ids_find_their_article_and_a_collision_of_hashes_cannot_confuse_them() {
        let mut catalog = Catalog::default();
        for i in 0..500 {
            catalog.push(entry(&format!("dir/{i}.txt"), &[]));
        }
        for i in [0, 7, 499] {
            assert_eq!(catalog.index_of(&format!("dir/{i}.txt")), Some(i));
        }
        assert_eq!(catalog.index_of("dir/500.txt"), None);
        // Forced: another id filed under an existing id's hash is still told apart.
        let mut lookup = IdLookup::default();
        lookup.first.insert(IdLookup::hash("dir/3.txt"), 3);
        lookup.first.insert(IdLookup::hash("dir/4.txt"), 3);
        assert_eq!(lookup.get(catalog.entries(), "dir/4.txt"), None);
        lookup.insert(catalog.entries(), 4);
        assert_eq!(lookup.get(catalog.entries(), "dir/4.txt"), Some(4));
        assert_eq!(lookup.get(catalog.entries(), "dir/3.txt"), Some(3));
    }

    #[test]
    fn sorting_by_id_moves_postings_and_lookups_with_the_articles() {
        let mut catalog = Catalog::default();
        catalog.push(entry("c.txt", &[(EntityKind::Person, "Ann Lee")]));
        catalog.push(entry("a.txt", &[(EntityKind::Place, "Oslo")]));
        catalog.push(entry("b.txt", &[(EntityKind::Person, "Ann Lee")]));
        let order = catalog.sort_by_id();
        assert_eq!(order, [1, 2, 0]);
        let ids: Vec<&str> = catalog
            .entries()
            .iter()
            .map(|e| e.meta.id.as_str())
            .collect();
        assert_eq!(ids, ["a.txt", "b.txt", "c.txt"]);
        let ann = EntityKey {
            kind: EntityKind::Person,
            canonical: "Ann Lee".into(),
        };
        assert_eq!(catalog.articles_mentioning(&ann), &[1, 2]);
        assert_eq!(catalog.index_of("c.txt"), Some(2));
        let mut rows = vec![10, 11, 12];
        permute(&mut rows, &order);
        assert_eq!(rows, [11, 12, 10]);
    }
}

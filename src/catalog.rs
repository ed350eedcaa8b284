//! The archive as the reader and the search engine see it: every article's metadata plus the
//! entities extracted from it, with postings from each entity to the articles that mention it.
//!
//! Built once, in the background, as the loader reads articles; never rebuilt on a keystroke.

use crate::archive::{Article, ArticleMeta};
use crate::extract::extract_article;
use crate::facts::{EntityKind, Facts};
use std::collections::HashMap;

/// An entity as it links articles: its kind and canonical name.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntityKey {
    pub kind: EntityKind,
    pub canonical: String,
}

/// One article in the catalog.
#[derive(Clone, Debug)]
pub struct CatalogEntry {
    pub meta: ArticleMeta,
    /// Distinct people, places, organisations and events, sorted.
    pub entities: Vec<EntityKey>,
    /// Distinct normalised date values (ISO 8601) the article mentions.
    pub date_values: Vec<String>,
}

impl CatalogEntry {
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
        let mut date_values: Vec<String> =
            facts.dates.iter().filter_map(|d| d.value.clone()).collect();
        date_values.sort();
        date_values.dedup();
        CatalogEntry {
            meta: article.meta(),
            entities,
            date_values,
        }
    }
}

/// Every loaded article, in load order, with entity postings.
#[derive(Clone, Debug, Default)]
pub struct Catalog {
    entries: Vec<CatalogEntry>,
    postings: HashMap<EntityKey, Vec<u32>>,
    /// Article id → index: the notes view and note jumps look articles up by id, per note.
    by_id: HashMap<String, usize>,
}

impl Catalog {
    /// Adds an article and returns its index.
    pub fn push(&mut self, entry: CatalogEntry) -> usize {
        let index = self.entries.len();
        for key in &entry.entities {
            self.postings
                .entry(key.clone())
                .or_default()
                .push(index as u32);
        }
        self.by_id.insert(entry.meta.id.clone(), index);
        self.entries.push(entry);
        index
    }

    /// The entries, in order, without the postings (a new owner builds its own).
    pub fn into_entries(self) -> Vec<CatalogEntry> {
        self.entries
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
        self.by_id.get(id).copied()
    }

    /// The indices of every article that mentions the entity, in ascending order.
    pub fn articles_mentioning(&self, key: &EntityKey) -> &[u32] {
        self.postings.get(key).map_or(&[], Vec::as_slice)
    }

    /// Every distinct entity with its postings; names repeat across thousands of articles, so
    /// matching each distinct name once is what keeps search fast.
    pub fn postings(&self) -> impl Iterator<Item = (&EntityKey, &[u32])> {
        self.postings.iter().map(|(k, v)| (k, v.as_slice()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, entities: &[(EntityKind, &str)]) -> CatalogEntry {
        let article = crate::archive::parse_article(id, "Title\n\nBody.");
        let mut entry = CatalogEntry::from_article(&article);
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
    }
}

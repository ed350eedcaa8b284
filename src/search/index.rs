//! The search index: what a query is matched against, prepared once at load.
//!
//! Fields other than the title (byline, source, section, dateline, publication date, entity
//! names, mentioned dates) repeat across many articles, so each distinct value is stored once
//! with the articles that carry it and its score is handed to them through these postings.
//! A fuzzy term matches within one word of a field, so fuzzy scoring runs once per distinct
//! word of the whole archive (a few tens of thousands, against 100,000 titles), never per
//! article.

use super::body::{BodyIndex, BodySearch};
use super::text::{FieldText, field_words};
use crate::catalog::Catalog;
use crate::date::PartialDate;
use crate::facts::EntityKind;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// Which field a distinct value belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum ValueField {
    Byline,
    Source,
    Section,
    Dateline,
    Published,
    Person,
    Place,
    Organization,
    Event,
    /// A date the article mentions (ISO 8601); searched only with `date:`.
    MentionedDate,
    /// The folder the article's file is in below the archive (`politics`, `2005/politics`).
    Folder,
}

impl ValueField {
    pub fn label(self) -> &'static str {
        match self {
            ValueField::Byline => "byline",
            ValueField::Source => "source",
            ValueField::Section => "section",
            ValueField::Dateline => "dateline",
            ValueField::Published => "published",
            ValueField::Person => "person",
            ValueField::Place => "place",
            ValueField::Organization => "org",
            ValueField::Event => "event",
            ValueField::MentionedDate => "date",
            ValueField::Folder => "folder",
        }
    }

    pub(super) fn is_entity(self) -> bool {
        matches!(
            self,
            ValueField::Person | ValueField::Place | ValueField::Organization | ValueField::Event
        )
    }
}

/// One distinct field value and the articles that carry it.
#[derive(Serialize, Deserialize)]
pub(super) struct DistinctValue {
    pub field: ValueField,
    pub text: FieldText,
    /// Indices into `SearchIndex::words`.
    pub words: Vec<u32>,
    #[serde(with = "super::snapshot::packed")]
    pub articles: Vec<u32>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct IndexedArticle {
    pub id: Box<str>,
    pub title: FieldText,
    /// Newest sorts highest; 0 when the article has no date.
    pub date_key: u32,
    /// The article's position in `RankLayout`.
    pub rank: u32,
}

/// Each article's title words and distinct values, laid out contiguously newest first (the
/// order ties rank in), so that a scan over every article streams through memory instead of
/// chasing two pointers per article.
#[derive(Default, Serialize, Deserialize)]
pub(super) struct RankLayout {
    /// The article (catalog index) at each rank.
    #[serde(with = "super::snapshot::packed")]
    pub articles: Vec<u32>,
    #[serde(with = "super::snapshot::packed")]
    pub(super) title_words: Vec<u32>,
    #[serde(with = "super::snapshot::packed")]
    pub(super) title_offsets: Vec<u32>,
    #[serde(with = "super::snapshot::packed")]
    pub(super) values: Vec<u32>,
    #[serde(with = "super::snapshot::packed")]
    pub(super) value_offsets: Vec<u32>,
}

impl RankLayout {
    /// A layout of no articles yet, whose ranks order the articles newest first (ties in
    /// catalog order); [`RankLayout::push`] adds each rank's words and values in turn.
    fn in_rank_order(date_keys: &[u32]) -> Self {
        let mut articles: Vec<u32> = (0..date_keys.len() as u32).collect();
        articles.sort_by_key(|&a| std::cmp::Reverse(date_keys[a as usize]));
        RankLayout {
            articles,
            title_offsets: vec![0],
            value_offsets: vec![0],
            ..RankLayout::default()
        }
    }

    /// The next rank's title words and values.
    fn push(&mut self, title_words: &[u32], values: &[u32]) {
        self.title_words.extend_from_slice(title_words);
        self.title_offsets.push(self.title_words.len() as u32);
        self.values.extend_from_slice(values);
        self.value_offsets.push(self.values.len() as u32);
    }

    /// Indices into `SearchIndex::words`.
    pub fn title_words(&self, rank: u32) -> &[u32] {
        let rank = rank as usize;
        &self.title_words[self.title_offsets[rank] as usize..self.title_offsets[rank + 1] as usize]
    }

    /// Indices into `SearchIndex::values`.
    pub fn values(&self, rank: u32) -> &[u32] {
        let rank = rank as usize;
        &self.values[self.value_offsets[rank] as usize..self.value_offsets[rank + 1] as usize]
    }
}

/// Everything a query is matched against; immutable once built, so it can be shared with a
/// search thread through an `Arc`.
pub struct SearchIndex {
    pub(super) articles: Vec<IndexedArticle>,
    pub(super) layout: RankLayout,
    /// Every distinct word of every field.
    pub(super) words: Vec<FieldText>,
    /// SkimMatcherV2's (case-insensitive) score of every word for each one-character pattern
    /// `a`-`z`, `0`-`9`: the first keystroke matches nearly every word, so it is answered
    /// from this table instead of tens of thousands of matcher calls. Each row is computed
    /// the first time its character is typed, not at start (36 rows over 100,000 words cost
    /// a second of start-up for keystrokes most starts never make).
    pub(super) single_char_scores: Vec<OnceLock<Vec<i32>>>,
    pub(super) values: Vec<DistinctValue>,
    pub(super) body: Box<dyn BodySearch>,
    pub(super) ignore_case: SkimMatcherV2,
    pub(super) respect_case: SkimMatcherV2,
}

impl SearchIndex {
    /// Indexes every article of the catalog; `body` must use the catalog's article indices.
    pub fn new(catalog: &Catalog, body: BodyIndex) -> Self {
        Self::with_body_search(catalog, Box::new(body))
    }

    /// Indexes the catalog's titles and field values in memory; body phrases are looked up in
    /// `body` (for instance a persistent full-text index), which must use the catalog's indices.
    pub fn with_body_search(catalog: &Catalog, body: Box<dyn BodySearch>) -> Self {
        let mut words = WordTable::default();
        let mut values = ValueTable::default();
        // Each distinct entity and date value is looked up once, not once per article.
        let mut entity_values = vec![UNSEEN; catalog.entity_count()];
        let mut date_values = vec![UNSEEN; catalog.date_count()];
        // Laid out newest first as it is built: no per-article lists to copy afterwards.
        let date_keys: Vec<u32> = (catalog.entries().iter())
            .map(|entry| date_key(entry.meta.published))
            .collect();
        let mut layout = RankLayout::in_rank_order(&date_keys);
        // Each list allocated once at its size: growing them by doubling held up to twice the
        // memory at 100,000 articles. An article has at most six field values besides its
        // names and dates.
        let named: usize = (catalog.entries().iter())
            .map(|e| e.entities.len() + e.date_values.len())
            .sum();
        layout.values.reserve_exact(named + 6 * catalog.len());
        let mut expected = ExpectedPostings::count(catalog);
        let mut ranks = vec![0u32; catalog.len()];
        let mut ids = Vec::new();
        for rank in 0..layout.articles.len() {
            let index = layout.articles[rank];
            ranks[index as usize] = rank as u32;
            let entry = &catalog.entries()[index as usize];
            let meta = &entry.meta;
            ids.clear();
            let optional = [
                (ValueField::Byline, &meta.byline),
                (ValueField::Source, &meta.source),
                (ValueField::Section, &meta.section),
                (ValueField::Dateline, &meta.dateline),
            ];
            for (field, text) in optional {
                if let Some(text) = text.as_deref().filter(|t| !t.trim().is_empty()) {
                    ids.push(values.id(field, text, &mut words));
                }
            }
            if let Some(date) = meta.published.filter(|d| d.is_valid()) {
                ids.push(values.published_id(date, &mut words));
            }
            if let Some((folder, _)) = meta.id.rsplit_once('/') {
                ids.push(values.id(ValueField::Folder, folder, &mut words));
            }
            for &entity in &entry.entities {
                let slot = &mut entity_values[entity as usize];
                if *slot == UNSEEN {
                    let key = catalog.entity(entity);
                    let field = match key.kind {
                        EntityKind::Person => ValueField::Person,
                        EntityKind::Place => ValueField::Place,
                        EntityKind::Organization => ValueField::Organization,
                        EntityKind::Event => ValueField::Event,
                        EntityKind::Date => ValueField::MentionedDate,
                    };
                    *slot = values.id(field, &key.canonical, &mut words);
                    let articles = &mut values.values[*slot as usize].articles;
                    articles.reserve(expected.take_entity(entity));
                }
                ids.push(*slot);
            }
            for &date in &entry.date_values {
                let slot = &mut date_values[date as usize];
                if *slot == UNSEEN {
                    let value = catalog.date_value(date);
                    *slot = values.id(ValueField::MentionedDate, value, &mut words);
                    let articles = &mut values.values[*slot as usize].articles;
                    articles.reserve(expected.take_date(date));
                }
                ids.push(*slot);
            }
            ids.sort_unstable();
            ids.dedup();
            for &id in &ids {
                values.values[id as usize].articles.push(index);
            }
            layout.push(&words.ids_of(&meta.title), &ids);
        }
        let articles: Vec<IndexedArticle> = (catalog.entries().iter())
            .zip(date_keys)
            .zip(ranks)
            .map(|((entry, date_key), rank)| IndexedArticle {
                id: entry.meta.id.as_str().into(),
                title: FieldText::new(&entry.meta.title),
                date_key,
                rank,
            })
            .collect();
        // Filled in rank order; the postings are kept in catalog order.
        for value in &mut values.values {
            value.articles.sort_unstable();
            value.articles.shrink_to_fit();
        }
        SearchIndex {
            articles,
            layout,
            single_char_scores: SINGLE_CHARS.chars().map(|_| OnceLock::new()).collect(),
            words: words.words,
            values: values.values,
            body,
            ignore_case: SkimMatcherV2::default().ignore_case(),
            respect_case: SkimMatcherV2::default().respect_case(),
        }
    }

    /// The scores of every word for the one-character pattern at `row` of [`SINGLE_CHARS`].
    pub(super) fn single_char_row(&self, row: usize) -> &[i32] {
        self.single_char_scores[row].get_or_init(|| {
            let c = SINGLE_CHARS.chars().nth(row).unwrap_or('a');
            single_char_row(&self.words, &self.ignore_case, c)
        })
    }

    pub fn len(&self) -> usize {
        self.articles.len()
    }

    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// The article's id (its path in the archive), by catalog index.
    pub fn article_id(&self, article: u32) -> Option<&str> {
        self.articles.get(article as usize).map(|a| &*a.id)
    }

    pub fn title(&self, article: u32) -> Option<&str> {
        self.articles
            .get(article as usize)
            .map(|a| &*a.title.original)
    }

    /// How many distinct field values (names, bylines, dates...) the index holds.
    pub fn distinct_values(&self) -> usize {
        self.values.len()
    }

    /// How many distinct words a fuzzy term is scored against.
    pub fn distinct_words(&self) -> usize {
        self.words.len()
    }
}

/// The patterns with a precomputed row in `single_char_scores`, in row order.
pub(super) const SINGLE_CHARS: &str = "abcdefghijklmnopqrstuvwxyz0123456789";

/// No match, in a word score table.
pub(super) const NO_SCORE: i32 = i32::MIN;

fn single_char_row(words: &[FieldText], matcher: &SkimMatcherV2, c: char) -> Vec<i32> {
    let mut pattern = [0u8; 4];
    let pattern: &str = c.encode_utf8(&mut pattern);
    words
        .iter()
        .map(|word| {
            if !word.folded.contains(c) {
                return NO_SCORE;
            }
            matcher
                .fuzzy_match(&word.original, pattern)
                .map_or(NO_SCORE, |s| s.clamp(-1_000_000, 1_000_000) as i32)
        })
        .collect()
}

/// How many articles mention each entity and each date value, for allocating the postings
/// of their values once.
struct ExpectedPostings {
    entities: Vec<u32>,
    dates: Vec<u32>,
}

impl ExpectedPostings {
    fn count(catalog: &Catalog) -> Self {
        let mut entities = vec![0u32; catalog.entity_count()];
        let mut dates = vec![0u32; catalog.date_count()];
        for entry in catalog.entries() {
            for &entity in &entry.entities {
                entities[entity as usize] += 1;
            }
            for &date in &entry.date_values {
                dates[date as usize] += 1;
            }
        }
        ExpectedPostings { entities, dates }
    }

    /// The count, once: a value two names share is reserved for as the first is seen.
    fn take_entity(&mut self, entity: u32) -> usize {
        std::mem::take(&mut self.entities[entity as usize]) as usize
    }

    fn take_date(&mut self, date: u32) -> usize {
        std::mem::take(&mut self.dates[date as usize]) as usize
    }
}

/// Not yet looked up, in a table of value ids.
const UNSEEN: u32 = u32::MAX;

/// Distinct field values, keyed by text borrowed from the catalog: no name is copied to be
/// looked up.
#[derive(Default)]
struct ValueTable<'a> {
    ids: FxHashMap<(ValueField, &'a str), u32>,
    published: FxHashMap<PartialDate, u32>,
    values: Vec<DistinctValue>,
}

impl<'a> ValueTable<'a> {
    fn id(&mut self, field: ValueField, text: &'a str, words: &mut WordTable) -> u32 {
        if let Some(&id) = self.ids.get(&(field, text)) {
            return id;
        }
        let id = self.add(field, text, words);
        self.ids.insert((field, text), id);
        id
    }

    fn published_id(&mut self, date: PartialDate, words: &mut WordTable) -> u32 {
        if let Some(&id) = self.published.get(&date) {
            return id;
        }
        let id = self.add(ValueField::Published, &date.iso(), words);
        self.published.insert(date, id);
        id
    }

    fn add(&mut self, field: ValueField, text: &str, words: &mut WordTable) -> u32 {
        self.values.push(DistinctValue {
            field,
            text: FieldText::new(text),
            words: words.ids_of(text),
            articles: Vec::new(),
        });
        (self.values.len() - 1) as u32
    }
}

#[derive(Default)]
struct WordTable {
    ids: FxHashMap<Box<str>, u32>,
    words: Vec<FieldText>,
}

impl WordTable {
    fn ids_of(&mut self, text: &str) -> Vec<u32> {
        let mut ids: Vec<u32> = field_words(text)
            .map(|(_, word)| match self.ids.get(word) {
                Some(&id) => id,
                None => {
                    let id = self.words.len() as u32;
                    self.ids.insert(word.into(), id);
                    self.words.push(FieldText::new(word));
                    id
                }
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}

/// Packs a date so that a larger key is a later date; unknown parts sort first.
fn date_key(date: Option<PartialDate>) -> u32 {
    let Some(date) = date.filter(|d| d.year.is_some()) else {
        return 0;
    };
    let year = (date.year.unwrap_or(0).clamp(-9999, 9999) + 10_000) as u32;
    (year << 9) | (u32::from(date.month.unwrap_or(0)) << 5) | u32::from(date.day.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_one_char_table_holds_the_matchers_own_scores() {
        let words: Vec<FieldText> = ["Kazakhstan", "NATO", "co-operation", "2019", "Ташкент"]
            .iter()
            .map(|w| FieldText::new(w))
            .collect();
        let matcher = SkimMatcherV2::default().ignore_case();
        for c in SINGLE_CHARS.chars() {
            for (word, &score) in words.iter().zip(&single_char_row(&words, &matcher, c)) {
                let direct = matcher.fuzzy_match(&word.original, &c.to_string());
                assert_eq!(
                    direct.map_or(NO_SCORE, |s| s as i32),
                    score,
                    "{c} in {word:?}"
                );
            }
        }
    }

    #[test]
    fn later_dates_have_larger_keys() {
        let key = |y, m, d| date_key(Some(PartialDate::ymd(y, m, d)));
        assert!(key(2024, 4, 27) > key(2024, 4, 26));
        assert!(key(2024, 1, 1) > key(2019, 12, 31));
        assert!(key(1999, 1, 1) > date_key(None));
    }
}

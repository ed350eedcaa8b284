//! The search index: what a query is matched against, prepared once at load.
//!
//! Titles are matched per article. Every other field (byline, source, section, dateline,
//! publication date, entity names, mentioned dates) repeats across many articles, so each
//! distinct value is stored once with the articles that carry it, matched once per query, and
//! its score handed to those articles through the postings.

use super::body::BodyIndex;
use super::text::FieldText;
use crate::catalog::Catalog;
use crate::date::PartialDate;
use crate::facts::EntityKind;
use fuzzy_matcher::skim::SkimMatcherV2;
use std::collections::HashMap;

/// Which field a distinct value belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
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
pub(super) struct DistinctValue {
    pub field: ValueField,
    pub text: FieldText,
    pub articles: Vec<u32>,
}

pub(super) struct IndexedArticle {
    pub id: Box<str>,
    pub title: FieldText,
    /// Newest sorts highest; 0 when the article has no date.
    pub date_key: u32,
    /// Indices into `SearchIndex::values`.
    pub values: Vec<u32>,
}

/// Everything a query is matched against; immutable once built, so it can be shared with a
/// search thread through an `Arc`.
pub struct SearchIndex {
    pub(super) articles: Vec<IndexedArticle>,
    pub(super) values: Vec<DistinctValue>,
    pub(super) body: BodyIndex,
    pub(super) ignore_case: SkimMatcherV2,
    pub(super) respect_case: SkimMatcherV2,
}

impl SearchIndex {
    /// Indexes every article of the catalog; `body` must use the catalog's article indices.
    pub fn new(catalog: &Catalog, body: BodyIndex) -> Self {
        let mut value_ids: HashMap<(ValueField, String), u32> = HashMap::new();
        let mut values: Vec<DistinctValue> = Vec::new();
        let mut articles = Vec::with_capacity(catalog.len());
        for (index, entry) in catalog.entries().iter().enumerate() {
            let meta = &entry.meta;
            let mut fields: Vec<(ValueField, String)> = Vec::new();
            let optional = [
                (ValueField::Byline, &meta.byline),
                (ValueField::Source, &meta.source),
                (ValueField::Section, &meta.section),
                (ValueField::Dateline, &meta.dateline),
            ];
            for (field, text) in optional {
                if let Some(text) = text.as_ref().filter(|t| !t.trim().is_empty()) {
                    fields.push((field, text.clone()));
                }
            }
            if let Some(date) = meta.published.filter(|d| d.is_valid()) {
                fields.push((ValueField::Published, date.iso()));
            }
            for key in &entry.entities {
                let field = match key.kind {
                    EntityKind::Person => ValueField::Person,
                    EntityKind::Place => ValueField::Place,
                    EntityKind::Organization => ValueField::Organization,
                    EntityKind::Event => ValueField::Event,
                    EntityKind::Date => ValueField::MentionedDate,
                };
                fields.push((field, key.canonical.clone()));
            }
            for date in &entry.date_values {
                fields.push((ValueField::MentionedDate, date.clone()));
            }
            fields.sort();
            fields.dedup();
            let mut ids = Vec::with_capacity(fields.len());
            for key in fields {
                let id = *value_ids.entry(key).or_insert_with_key(|(field, text)| {
                    values.push(DistinctValue {
                        field: *field,
                        text: FieldText::new(text),
                        articles: Vec::new(),
                    });
                    (values.len() - 1) as u32
                });
                values[id as usize].articles.push(index as u32);
                ids.push(id);
            }
            articles.push(IndexedArticle {
                id: meta.id.as_str().into(),
                title: FieldText::new(&meta.title),
                date_key: date_key(meta.published),
                values: ids,
            });
        }
        SearchIndex {
            articles,
            values,
            body,
            ignore_case: SkimMatcherV2::default().ignore_case(),
            respect_case: SkimMatcherV2::default().respect_case(),
        }
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

    /// How many distinct field values (names, bylines, dates...) are matched per query.
    pub fn distinct_values(&self) -> usize {
        self.values.len()
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
    fn later_dates_have_larger_keys() {
        let key = |y, m, d| date_key(Some(PartialDate::ymd(y, m, d)));
        assert!(key(2024, 4, 27) > key(2024, 4, 26));
        assert!(key(2024, 1, 1) > key(2019, 12, 31));
        assert!(key(1999, 1, 1) > date_key(None));
    }
}

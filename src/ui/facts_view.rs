//! The facts panel's rows for one article: grouped, ordered, and what each row points at.

use crate::date::PartialDate;
use crate::facts::{DateFact, EntityKind, Facts};
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactGroup {
    People,
    Places,
    Organisations,
    Events,
    Dates,
    Quotes,
}

impl FactGroup {
    pub fn label(self) -> &'static str {
        match self {
            FactGroup::People => "People",
            FactGroup::Places => "Places",
            FactGroup::Organisations => "Organisations",
            FactGroup::Events => "Events",
            FactGroup::Dates => "Dates",
            FactGroup::Quotes => "Quotes",
        }
    }

    /// The kind whose colour the group wears (quotes have their own).
    pub fn kind(self) -> Option<EntityKind> {
        match self {
            FactGroup::People => Some(EntityKind::Person),
            FactGroup::Places => Some(EntityKind::Place),
            FactGroup::Organisations => Some(EntityKind::Organization),
            FactGroup::Events => Some(EntityKind::Event),
            FactGroup::Dates => Some(EntityKind::Date),
            FactGroup::Quotes => None,
        }
    }
}

/// One row of the facts panel; items index into the article's [`Facts`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FactRow {
    Header(FactGroup, usize),
    Entity(usize),
    Date(usize),
    Quote(usize),
}

impl FactRow {
    pub fn is_item(self) -> bool {
        !matches!(self, FactRow::Header(..))
    }
}

pub fn fact_rows(facts: &Facts) -> Vec<FactRow> {
    let mut rows = Vec::new();
    let entity_groups = [
        (FactGroup::People, EntityKind::Person),
        (FactGroup::Places, EntityKind::Place),
        (FactGroup::Organisations, EntityKind::Organization),
        (FactGroup::Events, EntityKind::Event),
    ];
    for (group, kind) in entity_groups {
        let items: Vec<usize> = (0..facts.entities.len())
            .filter(|&i| facts.entities[i].kind == kind)
            .collect();
        if !items.is_empty() {
            rows.push(FactRow::Header(group, items.len()));
            rows.extend(items.into_iter().map(FactRow::Entity));
        }
    }
    if !facts.dates.is_empty() {
        let mut dates: Vec<usize> = (0..facts.dates.len()).collect();
        // Time order; dates with no value go last, in text order.
        let keys: Vec<Option<String>> = facts.dates.iter().map(DateFact::key).collect();
        dates.sort_by_key(|&i| {
            let key = keys[i]
                .as_deref()
                .and_then(|v| PartialDate::parse_iso(v.split('/').next().unwrap_or(v)))
                .map(|d| d.sort_key());
            (key.is_none(), key, facts.dates[i].span.start)
        });
        // A date written the same way several times is one fact with several mentions.
        let mut seen = std::collections::HashSet::new();
        dates.retain(|&i| seen.insert((&facts.dates[i].text, &keys[i])));
        rows.push(FactRow::Header(FactGroup::Dates, dates.len()));
        rows.extend(dates.into_iter().map(FactRow::Date));
    }
    if !facts.quotes.is_empty() {
        rows.push(FactRow::Header(FactGroup::Quotes, facts.quotes.len()));
        rows.extend((0..facts.quotes.len()).map(FactRow::Quote));
    }
    rows
}

/// The spans in the body a fact row stands for, in text order.
pub fn mentions_of(facts: &Facts, row: FactRow) -> Vec<Span> {
    let mut spans = match row {
        FactRow::Header(..) => Vec::new(),
        FactRow::Entity(i) => facts.entities[i].mentions.clone(),
        FactRow::Date(i) => {
            let fact = &facts.dates[i];
            let key = fact.key();
            facts
                .dates
                .iter()
                .filter(|d| d.text == fact.text && d.key() == key)
                .map(|d| d.span)
                .collect()
        }
        FactRow::Quote(i) => vec![facts.quotes[i].span],
    };
    spans.sort();
    spans
}

/// A mention to colour in the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Highlight {
    pub span: Span,
    pub kind: EntityKind,
}

/// Longer spans are not highlights but whole passages; they are left out so that finding a
/// line's highlights stays a bounded scan.
pub const MAX_HIGHLIGHT_CHARS: usize = 400;

pub fn highlights(facts: &Facts) -> Vec<Highlight> {
    let mut all: Vec<Highlight> = facts
        .entities
        .iter()
        .flat_map(|e| {
            e.mentions.iter().map(|span| Highlight {
                span: *span,
                kind: e.kind,
            })
        })
        .chain(facts.dates.iter().map(|d| Highlight {
            span: d.span,
            kind: EntityKind::Date,
        }))
        .filter(|h| h.span.len() <= MAX_HIGHLIGHT_CHARS && !h.span.is_empty())
        .collect();
    all.sort_by_key(|h| (h.span.start, h.span.end));
    all
}

/// The highlights that overlap `range`, found without scanning the whole list.
pub fn highlights_in(all: &[Highlight], range: Span) -> &[Highlight] {
    let lo = all.partition_point(|h| h.span.start + MAX_HIGHLIGHT_CHARS <= range.start);
    let hi = all.partition_point(|h| h.span.start < range.end);
    &all[lo..hi.max(lo)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::facts::DateFact;

    fn date(text: &str, value: Option<&str>, start: usize) -> DateFact {
        DateFact {
            text: text.into(),
            span: Span::new(start, start + text.len()),
            value: value.map(str::to_owned),
            relative: value.is_none(),
            days: None,
        }
    }

    #[test]
    fn dates_are_listed_once_in_time_order_with_every_mention() {
        let facts = Facts {
            dates: vec![
                date("August 19", Some("--08-19"), 10),
                date("last year", None, 30),
                date("March 23", Some("--03-23"), 50),
                date("August 19", Some("--08-19"), 70),
                date("that day", Some("--08-19"), 90),
            ],
            ..Facts::default()
        };
        let rows = fact_rows(&facts);
        assert_eq!(
            rows,
            [
                FactRow::Header(FactGroup::Dates, 4),
                FactRow::Date(2),
                FactRow::Date(0),
                FactRow::Date(4),
                FactRow::Date(1),
            ]
        );
        assert_eq!(
            mentions_of(&facts, FactRow::Date(0)),
            [Span::new(10, 19), Span::new(70, 79)]
        );
    }
}

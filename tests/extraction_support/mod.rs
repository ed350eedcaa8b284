//! What the extraction tests ask of a text's facts.

#![allow(dead_code)]

use gazette::archive::parse_article;
use gazette::extract::extract_article;
use gazette::facts::{Entity, EntityKind, Facts};

/// The kinds the facts give the name (more than one when it was split between kinds).
pub fn kinds_of(facts: &Facts, name: &str) -> Vec<EntityKind> {
    facts
        .entities
        .iter()
        .filter(|e| e.canonical == name)
        .map(|e| e.kind)
        .collect()
}

/// The names of the entities of `kind`, in the facts' order.
pub fn names_of_kind(facts: &Facts, kind: EntityKind) -> Vec<&str> {
    facts.of_kind(kind).map(|e| e.canonical.as_str()).collect()
}

/// Asserts that each of `names` is one entity of `kind` (and of no other kind).
pub fn all_of_kind(facts: &Facts, names: &[&str], kind: EntityKind) {
    for name in names {
        assert_eq!(kinds_of(facts, name), [kind], "{name}: {facts:#?}");
    }
}

/// Asserts that none of `names` is an entity of `kind` (each may be of another kind, or none).
pub fn not_of_kind(facts: &Facts, names: &[&str], kind: EntityKind) {
    for name in names {
        assert!(!kinds_of(facts, name).contains(&kind), "{name}: {facts:#?}");
    }
}

/// Asserts that the facts hold no entity of `kind`.
pub fn none_of_kind(facts: &Facts, kind: EntityKind) {
    assert!(
        facts.of_kind(kind).next().is_none(),
        "no {kind:?} expected: {facts:#?}"
    );
}

/// The text of every mention of every entity, as the spans cut it from `text`.
pub fn mention_texts(text: &str, facts: &Facts) -> Vec<String> {
    facts
        .entities
        .iter()
        .flat_map(|e| texts_of(text, e))
        .collect()
}

/// The text of each of the entity's mentions, in order, as the spans cut it from `text`.
pub fn texts_of(text: &str, entity: &Entity) -> Vec<String> {
    entity
        .mentions
        .iter()
        .map(|s| text.chars().skip(s.start).take(s.len()).collect())
        .collect()
}

/// The entity of `kind` named `name`; fails the test, showing the facts, if there is none.
pub fn entity<'a>(facts: &'a Facts, kind: EntityKind, name: &str) -> &'a Entity {
    facts
        .of_kind(kind)
        .find(|e| e.canonical == name)
        .unwrap_or_else(|| panic!("no {kind:?} {name}: {facts:#?}"))
}

/// The role the facts give the person named `name` (who must be found).
pub fn role_of(facts: &Facts, name: &str) -> Option<String> {
    entity(facts, EntityKind::Person, name).role.clone()
}

/// Asserts that no mention's text contains `needle` (a name cut too long).
pub fn no_mention_contains(text: &str, facts: &Facts, needle: &str) {
    assert!(
        !mention_texts(text, facts)
            .iter()
            .any(|m| m.contains(needle)),
        "a mention holds {needle:?}: {facts:#?}"
    );
}

/// The speaker of each quote, in text order.
pub fn speakers(facts: &Facts) -> Vec<Option<&str>> {
    facts.quotes.iter().map(|q| q.speaker.as_deref()).collect()
}

/// Each quote's speaker and words, in text order.
pub fn said(facts: &Facts) -> Vec<(Option<&str>, &str)> {
    facts
        .quotes
        .iter()
        .map(|q| (q.speaker.as_deref(), q.text.as_str()))
        .collect()
}

/// Each date of the article `text` with its value, read with the article's publication date.
pub fn dates_of(text: &str) -> Vec<(String, Option<String>)> {
    let facts = extract_article(&parse_article("article.txt", text));
    facts
        .dates
        .iter()
        .map(|d| (d.text.clone(), d.value.clone()))
        .collect()
}

/// Asserts that the article `text` has each date with its value, read with its publication
/// date.
pub fn assert_dates(text: &str, expected: &[(&str, &str)]) {
    let found = dates_of(text);
    for (date, value) in expected {
        assert!(
            found.contains(&((*date).to_owned(), Some((*value).to_owned()))),
            "{date}: {found:?}"
        );
    }
}

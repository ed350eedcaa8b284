//! What the extraction tests ask of a text's facts.

#![allow(dead_code)]

use gazette::facts::{EntityKind, Facts};

/// The kinds the facts give the name (more than one when it was split between kinds).
pub fn kinds_of(facts: &Facts, name: &str) -> Vec<EntityKind> {
    facts
        .entities
        .iter()
        .filter(|e| e.canonical == name)
        .map(|e| e.kind)
        .collect()
}

/// Asserts that each of `names` is one entity of `kind` (and of no other kind).
pub fn all_of_kind(facts: &Facts, names: &[&str], kind: EntityKind) {
    for name in names {
        assert_eq!(kinds_of(facts, name), [kind], "{name}: {facts:#?}");
    }
}

/// The text of every mention of every entity, as the spans cut it from `text`.
pub fn mention_texts(text: &str, facts: &Facts) -> Vec<String> {
    facts
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter())
        .map(|s| text.chars().skip(s.start).take(s.len()).collect())
        .collect()
}

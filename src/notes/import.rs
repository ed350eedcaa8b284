//! Reading notes to import: gazette's own JSON (a notes file or `export --format json`) or W3C
//! Web Annotations (an AnnotationCollection, an AnnotationPage, one Annotation, or a list).

use super::{Note, NoteKind, NotesError, TextQuoteSelector, clock, store};
use crate::span::Span;
use serde_json::Value;

/// Notes read from a file to import, and how many entries could not be used.
#[derive(Debug, Default)]
pub struct Imported {
    pub notes: Vec<Note>,
    /// Entries that are not notes (in W3C files: annotations without a text quote selector;
    /// one whose quote is empty, an article-level note, is kept).
    pub skipped: usize,
}

/// Reads `bytes` as gazette's JSON or, failing that, as W3C Web Annotations.
pub fn parse_import(bytes: &[u8]) -> Result<Imported, NotesError> {
    let document: Value = serde_json::from_slice(bytes).map_err(NotesError::ImportNotJson)?;
    if document.get("schema_version").is_some() {
        let notes = store::parse_notes(bytes)?;
        return Ok(Imported { notes, skipped: 0 });
    }
    let annotations = w3c_items(&document).ok_or_else(|| {
        NotesError::BadImport(
            "neither a gazette notes file nor W3C Web Annotations (no schema_version, no \
             Annotation)"
                .into(),
        )
    })?;
    let mut imported = Imported::default();
    for annotation in annotations {
        match note_from_annotation(annotation) {
            Some(note) => imported.notes.push(note),
            None => imported.skipped += 1,
        }
    }
    Ok(imported)
}

fn w3c_items(document: &Value) -> Option<Vec<&Value>> {
    match document {
        Value::Array(items) => Some(items.iter().collect()),
        Value::Object(_) => match document.get("type").and_then(Value::as_str) {
            Some("Annotation") => Some(vec![document]),
            Some("AnnotationPage") => Some(items_of_page(document)),
            Some("AnnotationCollection") => {
                Some(document.get("first").map(items_of_page).unwrap_or_default())
            }
            _ => None,
        },
        _ => None,
    }
}

fn items_of_page(page: &Value) -> Vec<&Value> {
    page.get("items")
        .and_then(Value::as_array)
        .map(|items| items.iter().collect())
        .unwrap_or_default()
}

/// A note from one W3C Annotation, if its target has a TextQuoteSelector. Its article hash is
/// unknown, so it anchors by quote.
fn note_from_annotation(annotation: &Value) -> Option<Note> {
    let target = match annotation.get("target")? {
        Value::Array(targets) => targets.first()?,
        target => target,
    };
    let source = target.get("source")?.as_str()?;
    let selectors: Vec<&Value> = match target.get("selector")? {
        Value::Array(selectors) => selectors.iter().collect(),
        selector => vec![selector],
    };
    let of_type = |kind: &str| {
        selectors
            .iter()
            .find(|selector| selector.get("type").and_then(Value::as_str) == Some(kind))
    };
    let text_field = |value: &Value, field: &str| {
        value
            .get(field)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    let quote_selector = of_type("TextQuoteSelector")?;
    let quote = TextQuoteSelector {
        exact: quote_selector.get("exact")?.as_str()?.to_string(),
        prefix: text_field(quote_selector, "prefix"),
        suffix: text_field(quote_selector, "suffix"),
        extra: serde_json::Map::new(),
    };
    let position = of_type("TextPositionSelector")
        .and_then(|selector| {
            let start = selector.get("start")?.as_u64()? as usize;
            let end = selector.get("end")?.as_u64()? as usize;
            (start <= end).then(|| Span::new(start, end))
        })
        .unwrap_or_else(|| Span::new(0, quote.exact.chars().count()));
    let id = match annotation.get("id").and_then(Value::as_str) {
        Some(id) => id
            .strip_prefix("urn:gazette:note:")
            .unwrap_or(id)
            .to_string(),
        None => clock::new_note_id(),
    };
    let kind = match annotation.get("motivation").and_then(Value::as_str) {
        Some("bookmarking") => NoteKind::Bookmark,
        _ => NoteKind::Annotation,
    };
    let time = |field: &str| {
        annotation
            .get(field)
            .and_then(Value::as_str)
            .and_then(clock::parse)
    };
    let created = time("created").unwrap_or_else(clock::now);
    let updated = time("modified").unwrap_or(created);
    Some(Note {
        id,
        kind,
        article: source.to_string(),
        article_hash: String::new(),
        quote,
        position,
        text: body_text(annotation),
        created,
        updated,
        deleted: false,
        extra: serde_json::Map::new(),
    })
}

/// The text of an annotation's textual bodies, one paragraph each.
fn body_text(annotation: &Value) -> String {
    if let Some(value) = annotation.get("bodyValue").and_then(Value::as_str) {
        return value.to_string();
    }
    let bodies: Vec<&Value> = match annotation.get("body") {
        Some(Value::Array(bodies)) => bodies.iter().collect(),
        Some(body) => vec![body],
        None => Vec::new(),
    };
    bodies
        .iter()
        .filter_map(|body| match body {
            Value::String(text) => Some(text.as_str()),
            body => body.get("value").and_then(Value::as_str),
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

//! Notes out of gazette: Markdown for reading, our JSON for import, W3C Web Annotation JSON-LD
//! for other tools.

use super::{Anchor, Note, NoteKind, NotesError, clock, one_line, printable, store};
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashMap, HashSet};

/// What the export knows about the articles: titles and where each note anchors now. Missing
/// entries are fine: the article id stands in for a title, and anchoring is just not reported.
#[derive(Default)]
pub struct ArticleContext {
    /// Article id → title.
    pub titles: HashMap<String, String>,
    /// Note id → anchor in the article's current text.
    pub anchors: HashMap<String, Anchor>,
    /// Articles that could not be read (deleted, renamed, unreadable).
    pub missing_articles: HashSet<String>,
}

/// Markdown grouped by article: the title as a heading, then each passage as a blockquote with
/// the note under it. Articles in id order, notes in passage order.
pub fn markdown(notes: &[&Note], context: &ArticleContext) -> String {
    let mut by_article: BTreeMap<&str, Vec<&Note>> = BTreeMap::new();
    for note in notes {
        by_article.entry(&note.article).or_default().push(note);
    }
    let mut out = String::from("# Notes\n");
    for (article, mut notes) in by_article {
        notes.sort_by_key(|note| (note.position.start, note.created));
        let title = context
            .titles
            .get(article)
            .map(|title| one_line(title))
            .unwrap_or_else(|| one_line(article));
        out.push_str(&format!("\n## {title}\n\n`{}`\n", one_line(article)));
        for note in notes {
            out.push('\n');
            for line in printable(&note.quote.exact).lines() {
                let line = line.trim_end();
                if line.is_empty() {
                    out.push_str(">\n");
                } else {
                    out.push_str(&format!("> {line}\n"));
                }
            }
            let note_text = printable(&note.text);
            if !note_text.trim().is_empty() {
                out.push('\n');
                out.push_str(note_text.trim_end());
                out.push('\n');
            }
            let day = clock::day(note.created);
            let mut meta = format!("*{}, {day}", note.kind.label());
            if context
                .anchors
                .get(&note.id)
                .is_some_and(Anchor::is_orphaned)
            {
                meta.push_str(", orphaned: the passage is no longer in the article");
            } else if context.missing_articles.contains(&note.article) {
                meta.push_str(", the article is no longer in the archive");
            }
            meta.push('*');
            out.push_str(&format!("\n{meta}\n"));
        }
    }
    out
}

/// Our own JSON: the notes file format with the live notes, which `gazette notes import` reads.
pub fn json(notes: &[&Note]) -> Result<String, NotesError> {
    let owned: Vec<Note> = notes.iter().map(|note| (*note).clone()).collect();
    let bytes = store::serialize(&owned, &[])?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A W3C Web Annotation collection (JSON-LD): each note an Annotation whose target is the
/// article with a TextQuoteSelector and a TextPositionSelector.
pub fn w3c(notes: &[&Note]) -> Result<String, NotesError> {
    let items: Vec<Value> = notes.iter().map(|note| w3c_annotation(note)).collect();
    let collection = json!({
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "label": "gazette notes",
        "total": items.len(),
        "first": {
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    });
    serde_json::to_string_pretty(&collection)
        .map(|text| text + "\n")
        .map_err(NotesError::Encode)
}

fn w3c_annotation(note: &Note) -> Value {
    let motivation = match note.kind {
        NoteKind::Bookmark => "bookmarking",
        NoteKind::Annotation if note.text.trim().is_empty() => "highlighting",
        NoteKind::Annotation => "commenting",
    };
    let mut annotation = json!({
        "id": format!("urn:gazette:note:{}", note.id),
        "type": "Annotation",
        "motivation": motivation,
        "created": clock::format(note.created),
        "modified": clock::format(note.updated),
        "target": {
            "source": note.article,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": note.quote.exact,
                    "prefix": note.quote.prefix,
                    "suffix": note.quote.suffix,
                },
                {
                    "type": "TextPositionSelector",
                    "start": note.position.start,
                    "end": note.position.end,
                },
            ],
        },
    });
    if !note.text.is_empty() {
        annotation["body"] = json!({
            "type": "TextualBody",
            "value": note.text,
            "format": "text/plain",
        });
    }
    annotation
}

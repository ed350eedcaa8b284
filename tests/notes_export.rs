//! Exports: Markdown grouped by article, our JSON (round-trips through import), W3C JSON-LD.

use gazette::notes::export::{self, ArticleContext};
use gazette::notes::{Anchor, Note, NoteKind, clock, parse_notes};
use gazette::span::Span;

const BUDGET: &str = "The council met on Monday. The mayor resigned after a long row \
over the budget.\nOfficials said a vote would follow.";
const SPORT: &str = "The home side won 3-1 in front of a full stadium.";

fn note(kind: NoteKind, article: &str, text: &str, passage: &str, body: &str) -> Note {
    let start = text.find(passage).unwrap();
    Note::new(
        kind,
        article,
        text,
        Span::new(start, start + passage.len()),
        body,
    )
    .unwrap()
}

#[test]
fn markdown_groups_by_article_with_quote_then_note() {
    let resigned = note(
        NoteKind::Annotation,
        "news/budget.txt",
        BUDGET,
        "The mayor resigned after a long row over the budget.\nOfficials said",
        "Check the minutes.\nAsk the clerk.",
    );
    let met = note(
        NoteKind::Bookmark,
        "news/budget.txt",
        BUDGET,
        "The council met",
        "",
    );
    let won = note(
        NoteKind::Annotation,
        "sport/match.txt",
        SPORT,
        "won 3-1",
        "score",
    );
    let mut context = ArticleContext::default();
    context.titles.insert(
        "news/budget.txt".into(),
        "Mayor quits \x1b[31mover\x1b[0m budget".into(),
    );
    context.anchors.insert(won.id.clone(), Anchor::Orphaned);

    let markdown = export::markdown(&[&won, &resigned, &met], &context);
    let expected_budget = format!(
        "## Mayor quits over budget\n\n`news/budget.txt`\n\n\
         > The council met\n\n*bookmark, {}*\n\n\
         > The mayor resigned after a long row over the budget.\n> Officials said\n\n\
         Check the minutes.\nAsk the clerk.\n\n*annotation, {}*\n",
        clock::day(met.created),
        clock::day(resigned.created)
    );
    assert!(
        markdown.contains(&expected_budget),
        "{markdown}\n---\n{expected_budget}"
    );
    assert!(!markdown.contains('\x1b'), "escape sequences must not pass");
    // No title known: the id stands in; the orphan is said to be one.
    let sport_at = markdown.find("## sport/match.txt").expect("sport heading");
    assert!(markdown.find("## Mayor quits").unwrap() < sport_at);
    assert!(markdown[sport_at..].contains("> won 3-1\n\nscore\n"));
    assert!(markdown[sport_at..].contains("orphaned"));
}

#[test]
fn json_export_reads_back_as_the_same_notes() {
    let first = note(NoteKind::Bookmark, "a.txt", SPORT, "home side", "");
    let second = note(
        NoteKind::Annotation,
        "a.txt",
        SPORT,
        "full stadium",
        "sold out",
    );
    let exported = export::json(&[&first, &second]).unwrap();
    assert_eq!(
        parse_notes(exported.as_bytes()).unwrap(),
        vec![first, second]
    );
}

#[test]
fn w3c_export_has_annotations_with_quote_and_position_selectors() {
    let annotation = note(NoteKind::Annotation, "a.txt", SPORT, "won 3-1", "big win");
    let bookmark = note(NoteKind::Bookmark, "a.txt", SPORT, "full stadium", "");
    let exported: serde_json::Value =
        serde_json::from_str(&export::w3c(&[&annotation, &bookmark]).unwrap()).unwrap();
    assert_eq!(exported["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(exported["type"], "AnnotationCollection");
    assert_eq!(exported["total"], 2);
    let items = exported["first"]["items"].as_array().unwrap();
    let first = &items[0];
    assert_eq!(first["type"], "Annotation");
    assert_eq!(first["motivation"], "commenting");
    assert_eq!(first["body"]["value"], "big win");
    assert_eq!(first["target"]["source"], "a.txt");
    let selectors = first["target"]["selector"].as_array().unwrap();
    assert_eq!(selectors[0]["type"], "TextQuoteSelector");
    assert_eq!(selectors[0]["exact"], "won 3-1");
    assert_eq!(selectors[0]["prefix"], "The home side ");
    assert_eq!(selectors[1]["type"], "TextPositionSelector");
    assert_eq!(selectors[1]["start"], 14);
    assert_eq!(selectors[1]["end"], 21);
    assert_eq!(items[1]["motivation"], "bookmarking");
    assert!(items[1].get("body").is_none());
}

#[test]
fn w3c_export_imports_back_and_anchors_by_quote() {
    let annotation = note(NoteKind::Annotation, "a.txt", SPORT, "won 3-1", "big win");
    let bookmark = note(NoteKind::Bookmark, "a.txt", SPORT, "full stadium", "");
    let exported = export::w3c(&[&annotation, &bookmark]).unwrap();
    let imported = gazette::notes::parse_import(exported.as_bytes()).unwrap();
    assert_eq!(imported.skipped, 0);
    let expected: Vec<Note> = [annotation, bookmark]
        .into_iter()
        .map(|mut note| {
            note.article_hash = String::new();
            note
        })
        .collect();
    assert_eq!(imported.notes, expected);
    // No hash: the position is not trusted, the quote is.
    let shifted = format!("Late edition. {SPORT}");
    let anchor = gazette::notes::Anchorer::new(&shifted).locate(&imported.notes[0]);
    assert_eq!(anchor, Anchor::Quote(Span::new(28, 35)));
}

#[test]
fn foreign_w3c_annotations_import_when_they_quote_text() {
    let hypothesis_like = r#"[
      {"type": "Annotation", "id": "https://example.org/a/1",
       "created": "2026-01-02T03:04:05+00:00",
       "body": [{"type": "TextualBody", "value": "first"}, {"type": "TextualBody", "value": "second"}],
       "target": [{"source": "sport/match.txt", "selector": [
          {"type": "TextPositionSelector", "start": 14, "end": 21},
          {"type": "TextQuoteSelector", "exact": "won 3-1", "prefix": "side ", "suffix": " in"}]}]},
      {"type": "Annotation", "id": "https://example.org/a/2",
       "target": {"source": "x", "selector": {"type": "CssSelector", "value": "p"}}}
    ]"#;
    let imported = gazette::notes::parse_import(hypothesis_like.as_bytes()).unwrap();
    assert_eq!(imported.skipped, 1);
    let note = &imported.notes[0];
    assert_eq!(note.id, "https://example.org/a/1");
    assert_eq!(note.article, "sport/match.txt");
    assert_eq!(note.text, "first\n\nsecond");
    assert_eq!(note.quote.prefix, "side ");
    assert_eq!(note.position, Span::new(14, 21));
    assert_eq!(note.created, clock::parse("2026-01-02T03:04:05Z").unwrap());
    assert_eq!(note.kind, NoteKind::Annotation);
    assert!(gazette::notes::parse_import(b"{\"hello\": 1}").is_err());
}

#[test]
fn a_note_with_an_empty_quote_survives_the_w3c_round_trip() {
    // An article-level bookmark (another tool's, or one whose quote was emptied) quotes nothing.
    let mut whole_article = note(NoteKind::Bookmark, "a.txt", SPORT, "won 3-1", "read all");
    whole_article.quote.exact.clear();
    whole_article.position = Span::new(0, 0);
    let exported = export::w3c(&[&whole_article]).unwrap();
    let imported = gazette::notes::parse_import(exported.as_bytes()).unwrap();
    assert_eq!(imported.skipped, 0);
    whole_article.article_hash = String::new();
    assert_eq!(imported.notes, vec![whole_article]);
}

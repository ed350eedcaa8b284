//! Notes find their passage again after the article changes, or are orphaned, never lost.

use gazette::notes::{Anchor, Anchorer, Note, NoteKind, NotesStore};
use gazette::span::{CharIndex, Span};

const ARTICLE: &str = include_str!("../articles/000_721b475338128ad3.txt");
const PASSAGE: &str =
    "The first stage of the Steppe Freedom exercise occurred in Almaty Province July 16";

/// A note on the `occurrence`-th (0-based) copy of `passage` in `text`.
fn note_on(text: &str, passage: &str, occurrence: usize) -> Note {
    let byte = text
        .match_indices(passage)
        .nth(occurrence)
        .expect("passage in text")
        .0;
    let index = CharIndex::new(text);
    let span = index.span_of_bytes(byte..byte + passage.len());
    Note::new(NoteKind::Annotation, "000.txt", text, span, "remember this").unwrap()
}

fn slice(text: &str, span: Span) -> &str {
    CharIndex::new(text).slice(text, span)
}

#[test]
fn an_unchanged_article_uses_the_saved_position() {
    let note = note_on(ARTICLE, PASSAGE, 0);
    assert_eq!(
        Anchorer::new(ARTICLE).locate(&note),
        Anchor::Position(note.position)
    );
}

#[test]
fn an_edit_that_shifts_the_passage_reanchors_to_the_right_range() {
    let note = note_on(ARTICLE, PASSAGE, 0);
    let inserted = "Editor’s note — this story was updated on 20 July. ";
    let edited = format!("{inserted}{ARTICLE}");
    let anchor = Anchorer::new(&edited).locate(&note);
    let shift = inserted.chars().count();
    assert_eq!(
        anchor,
        Anchor::Quote(Span::new(
            note.position.start + shift,
            note.position.end + shift
        ))
    );
    assert_eq!(slice(&edited, anchor.span().unwrap()), PASSAGE);
}

#[test]
fn a_repeated_passage_reanchors_to_the_copy_whose_context_fits() {
    // The photo caption is printed twice; the note is on the second copy.
    let caption = "Troops taking part in the joint Steppe Freedom counter-terrorism exercise";
    assert_eq!(ARTICLE.matches(caption).count(), 2);
    let note = note_on(ARTICLE, caption, 1);
    let edited = ARTICLE.replacen("By Aydar Ashimov", "By Aydar Ashimov in Astana", 1);
    let anchor = Anchorer::new(&edited).locate(&note);
    let second_copy = edited.match_indices(caption).nth(1).unwrap().0;
    let expected_start = CharIndex::new(&edited).char_at(second_copy);
    assert_eq!(
        anchor.span().map(|span| span.start),
        Some(expected_start),
        "{anchor:?}"
    );
}

#[test]
fn a_reworded_passage_is_found_approximately() {
    let note = note_on(ARTICLE, PASSAGE, 0);
    let reworded =
        "The first stage of the Steppe Freedom exercises took place in Almaty Province July 16";
    let edited = ARTICLE.replace(PASSAGE, reworded);
    let anchor = Anchorer::new(&edited).locate(&note);
    let Anchor::Fuzzy { span, score } = anchor else {
        panic!("expected an approximate match, got {anchor:?}");
    };
    assert!(score > 0.8, "{score}");
    assert_eq!(slice(&edited, span), reworded);
}

#[test]
fn deleting_the_passage_orphans_the_note_but_keeps_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let mut store = NotesStore::open(&path);
    let note = store.add(note_on(ARTICLE, PASSAGE, 0)).unwrap();

    let paragraph_start = ARTICLE.find(PASSAGE).unwrap();
    let paragraph_end = paragraph_start + ARTICLE[paragraph_start..].find("\n\n").unwrap() + 2;
    let edited = format!(
        "{}{}",
        &ARTICLE[..paragraph_start],
        &ARTICLE[paragraph_end..]
    );
    assert!(!edited.contains("Steppe Freedom exercise occurred"));

    let reopened = NotesStore::open(&path);
    let kept = reopened.get(&note.id).expect("the note is still there");
    assert_eq!(Anchorer::new(&edited).locate(kept), Anchor::Orphaned);
    assert_eq!(
        kept.quote.exact, PASSAGE,
        "its quote is shown in the orphan list"
    );
}

#[test]
fn unrelated_text_does_not_capture_an_orphan() {
    let note = note_on(ARTICLE, PASSAGE, 0);
    let other = include_str!("../articles/003_bfca926db83a5ef9.txt");
    assert_eq!(Anchorer::new(other).locate(&note), Anchor::Orphaned);
}

#[test]
fn positions_are_chars_not_bytes() {
    let text = "Café owners — 😀 — said the tax was unfair. Later, more.";
    let passage = "the tax was unfair";
    let note = note_on(text, passage, 0);
    assert_eq!(
        note.position.start,
        text.chars().position(|c| c == 't').unwrap()
    );
    let edited = format!("Ünïcödé ✓ {text}");
    let span = Anchorer::new(&edited).locate(&note).span().unwrap();
    assert_eq!(slice(&edited, span), passage);
    assert_eq!(
        span.start,
        note.position.start + "Ünïcödé ✓ ".chars().count()
    );
}

#[test]
fn an_approximate_match_covers_whole_words() {
    let note = note_on(ARTICLE, PASSAGE, 0);
    let reworded = "Stage one of the Steppe Freedom exercise occurred in Almaty Province July 16";
    let edited = ARTICLE.replace(PASSAGE, reworded);
    let anchor = Anchorer::new(&edited).locate(&note);
    assert!(matches!(anchor, Anchor::Fuzzy { .. }), "{anchor:?}");
    assert_eq!(slice(&edited, anchor.span().unwrap()), reworded);
}

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

/// Anchors on another thread and gives up after a budget generous enough for a debug build on
/// a busy machine: a hang guard, not a speed target (these inputs took minutes when the work
/// grew with the square of the context or the quote).
fn locate_within_generous_budget(text: String, note: Note) -> Anchor {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = sender.send(Anchorer::new(&text).locate(&note));
    });
    receiver
        .recv_timeout(std::time::Duration::from_secs(20))
        .expect("anchoring one note did not finish in 20 s")
}

fn chars_between(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn a_note_with_a_huge_saved_context_anchors_in_bounded_time() {
    let long = ARTICLE.repeat(120_000 / ARTICLE.chars().count() + 1);
    let copies = long.matches(PASSAGE).count();
    let mut note = note_on(&long, PASSAGE, copies / 2);
    // As an imported note from another tool might carry: 50,000 chars each side.
    let (start, end) = (note.position.start, note.position.end);
    note.quote.prefix = chars_between(&long, start.saturating_sub(50_000), start);
    note.quote.suffix = chars_between(&long, end, end + 50_000);
    assert!(note.quote.prefix.chars().count() >= 40_000);

    let shifted = format!("Late edition. {long}");
    let found = locate_within_generous_budget(shifted.clone(), note.clone());
    assert_eq!(found, Anchor::Quote(Span::new(start + 14, end + 14)));

    let reworded = shifted.replace("Steppe Freedom exercise", "Steppe Freedom drill");
    match locate_within_generous_budget(reworded.clone(), note) {
        Anchor::Fuzzy { span, .. } => {
            assert!(slice(&reworded, span).contains("Steppe Freedom drill"))
        }
        other => panic!("expected an approximate match, got {other:?}"),
    }
}

#[test]
fn a_long_quote_in_a_repetitive_text_anchors_in_bounded_time() {
    let text = "ab".repeat(100_000);
    let quote_start = 100_000;
    let note = Note::new(
        NoteKind::Bookmark,
        "ab.txt",
        &text,
        Span::new(quote_start, quote_start + 20_000),
        "",
    )
    .unwrap();
    // Every other char starts a copy of the quote: exact search must not restart per copy.
    let edited = format!("x{text}");
    let found = locate_within_generous_budget(edited.clone(), note.clone());
    let Anchor::Quote(span) = found else {
        panic!("expected an exact copy, got {found:?}");
    };
    assert!(span.start.abs_diff(quote_start) <= 1, "{span:?}");
    assert_eq!(slice(&edited, span), note.quote.exact);

    // No exact copy left: the approximate search must not cost the quote's length per char.
    let mut edited: Vec<char> = text.chars().collect();
    for at in (0..edited.len()).step_by(997) {
        edited[at] = 'x';
    }
    let edited: String = edited.into_iter().collect();
    let found = locate_within_generous_budget(edited.clone(), note);
    if let Some(span) = found.span() {
        assert!(span.end <= edited.chars().count());
    }
}

#[test]
fn imported_notes_keep_the_conventional_32_chars_of_context() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = NotesStore::open(dir.path().join("notes.json"));
    let long = ARTICLE.repeat(3);
    let mut note = note_on(&long, PASSAGE, 1);
    let (start, end) = (note.position.start, note.position.end);
    note.quote.prefix = chars_between(&long, start - 5_000, start);
    note.quote.suffix = chars_between(&long, end, end + 5_000);
    store.import(vec![note]).unwrap();

    let kept = &store.notes()[0].quote;
    assert_eq!(kept.prefix, chars_between(&long, start - 32, start));
    assert_eq!(kept.suffix, chars_between(&long, end, end + 32));
    assert_eq!(kept.exact, PASSAGE);
}

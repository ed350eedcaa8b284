//! Where the reader anchors an article's notes: at once only when that is a comparison per
//! note, on the worker whenever a note's passage must be searched for, so that no note, however
//! odd, freezes the reader.

mod ui_support;

use crossterm::event::KeyCode;
use gazette::notes::{Note, NoteKind, NotesStore};
use gazette::span::Span;
use gazette::ui::app::{Action, Effect};
use ui_support::*;

/// The reader with an article open, and a note on a passage of that article.
fn reader_and_note() -> (Harness, Note) {
    let mut harness = Harness::new();
    harness.render(120, 40);
    harness.key(KeyCode::Enter);
    let open = harness.app.open_article().expect("an article is open");
    let text = &open.article.text;
    let span = Span::new(60, 100);
    let note = Note::new(NoteKind::Annotation, &open.article.id, text, span, "n").unwrap();
    (harness, note)
}

/// Attaches a store holding `note`, and returns what the reader then asks its workers to do.
fn attach(harness: &mut Harness, dir: &tempfile::TempDir, note: Note) -> Vec<Effect> {
    let path = dir.path().join("notes.json");
    NotesStore::open(&path).add(note).unwrap();
    harness.app.attach_notes(NotesStore::open(&path));
    harness.app.update(Action::Tick)
}

/// The ids of the notes the reader shows placed in the open article.
fn placed_ids(harness: &Harness) -> Vec<String> {
    harness
        .app
        .placed_notes()
        .placed()
        .map(|(_, placed)| placed.note.id.clone())
        .collect()
}

#[test]
fn a_note_that_must_be_searched_for_is_anchored_on_the_worker() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, mut note) = reader_and_note();
    // The article changed since (the saved position is not trusted) and the note carries a
    // huge context, as an imported one can.
    note.article_hash = "changed".into();
    note.quote.prefix = "x".repeat(50_000);

    let effects = attach(&mut harness, &dir, note.clone());
    let requests: Vec<_> = effects
        .into_iter()
        .filter_map(|effect| match effect {
            Effect::AnchorNotes(request) => Some(request),
            _ => None,
        })
        .collect();
    assert_eq!(requests.len(), 1, "anchoring was done on the UI thread");
    assert_eq!(harness.app.placed_notes().placed().count(), 0);

    let answer = gazette::ui::notes_ui::anchor(requests.into_iter().next().unwrap());
    harness.send(answer);
    assert_eq!(placed_ids(&harness), vec![note.id]);
}

#[test]
fn a_note_at_its_saved_place_is_shown_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let (mut harness, note) = reader_and_note();
    let effects = attach(&mut harness, &dir, note.clone());
    assert!(
        !effects
            .iter()
            .any(|effect| matches!(effect, Effect::AnchorNotes(_))),
        "an unchanged article's notes wait for the worker"
    );
    assert_eq!(placed_ids(&harness), vec![note.id]);
}

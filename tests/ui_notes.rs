//! Bookmarks and annotations in the reader, driven through `App::update` with key events and
//! rendered with ratatui's TestBackend: select, annotate in the popup, save, see it in the store
//! and in the body; delete and undo; jump between notes; the notes view; a read-only store.

mod ui_support;

use crossterm::event::KeyCode;
use gazette::notes::{Note, NoteKind, NotesStore};
use gazette::span::{CharIndex, Span};
use gazette::ui::app::Mode;
use gazette::ui::layout::Pane;
use gazette::ui::notes_overlay::{ANNOTATION_MARK, BOOKMARK_MARK};
use gazette::ui::notes_view::Placement;
use gazette::ui::selection;
use ui_support::*;

struct Notes {
    harness: Harness,
    dir: tempfile::TempDir,
}

impl Notes {
    fn path(&self) -> std::path::PathBuf {
        self.dir.path().join("notes.json")
    }

    /// What another process would read from the file now.
    fn on_disk(&self) -> Vec<Note> {
        NotesStore::open(self.path())
            .notes()
            .into_iter()
            .cloned()
            .collect()
    }
}

/// The reader on the summit article with an empty notes file, the article pane focused.
fn reader() -> Notes {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = Harness::new();
    harness
        .app
        .attach_notes(NotesStore::open(dir.path().join("notes.json")));
    harness.render(120, 40);
    harness.key(KeyCode::Enter);
    assert_eq!(harness.app.focus(), Pane::Article);
    Notes { harness, dir }
}

fn cursor_line_text(h: &Harness) -> String {
    let open = h.app.open_article().unwrap();
    let document = open.document.as_ref().unwrap();
    let line = selection::line_of_cursor(document, h.app.note_cursor()).unwrap();
    document.lines[line].text.clone()
}

/// Presses j until the cursor's line starts with `start`.
fn cursor_down_to(h: &mut Harness, start: &str) {
    for _ in 0..60 {
        if cursor_line_text(h).starts_with(start) {
            return;
        }
        h.key(KeyCode::Char('j'));
    }
    panic!("the cursor never reached a line starting {start:?}");
}

/// The note editor is open and no other popup covers it.
fn editor_on_top(h: &Harness) -> bool {
    h.app.note_editor().is_some() && h.app.popups().is_empty()
}

fn text_of(h: &Harness, span: Span) -> String {
    let text = &h.app.open_article().unwrap().article.text;
    CharIndex::new(text).slice(text, span).to_owned()
}

#[test]
fn a_selected_passage_is_annotated_in_the_popup_saved_and_highlighted() {
    let mut notes = reader();
    let h = &mut notes.harness;
    cursor_down_to(h, "TASHKENT");
    h.key(KeyCode::Char('v'));
    assert_eq!(h.app.mode(), Mode::Visual);
    h.key(KeyCode::Char('j'));
    let first = cursor_line_text(h);
    h.key(KeyCode::Char('a'));
    assert!(editor_on_top(h));
    assert_eq!(h.app.mode(), Mode::Note);
    // Keys the reader uses elsewhere are typing here: q does not quit.
    h.chars("quick note");
    h.key(KeyCode::Enter);
    h.chars("line two");
    assert!(!h.app.should_quit());
    h.ctrl('s');
    assert!(h.app.popups().is_empty(), "{:?}", h.app.popups());
    assert_eq!(h.app.mode(), Mode::Normal, "saving ends the selection");

    let saved = notes.on_disk();
    assert_eq!(saved.len(), 1);
    let note = &saved[0];
    assert_eq!(note.kind, NoteKind::Annotation);
    assert_eq!(note.text, "quick note\nline two");
    assert_eq!(note.article, "a-summit.txt");
    assert!(
        note.quote.exact.starts_with("TASHKENT -- Uzbek President"),
        "{:?}",
        note.quote.exact
    );
    assert!(note.quote.exact.contains(first.trim()), "two whole lines");
    let h = &mut notes.harness;
    assert_eq!(text_of(h, note.position), note.quote.exact);

    // In the body: the passage in the note colour and a gutter mark on its lines.
    h.key(KeyCode::Tab); // the cursor mark leaves the gutter when the pane loses the focus
    let buffer = h.render(120, 40);
    let article = h.app.layout().article.unwrap();
    let (x, y) = find_cell_in(&buffer, article, "Uzbek President").unwrap();
    let note_style = h.app.config().theme.note;
    assert_eq!(buffer[(x, y)].bg, note_style.bg.unwrap());
    assert_eq!(buffer[(article.x, y)].symbol(), ANNOTATION_MARK);
    assert_eq!(buffer[(article.x, y + 1)].symbol(), ANNOTATION_MARK);
    assert_ne!(buffer[(article.x, y + 2)].symbol(), ANNOTATION_MARK);
    // Text outside the passage keeps its own background.
    let (hx, hy) = find_cell_in(&buffer, article, "Trade and security").unwrap();
    assert_ne!(buffer[(hx, hy)].bg, note_style.bg.unwrap());
}

#[test]
fn esc_on_a_changed_note_asks_before_discarding() {
    let mut notes = reader();
    let h = &mut notes.harness;
    cursor_down_to(h, "TASHKENT");
    h.key(KeyCode::Char('a'));
    h.chars("draft");
    h.key(KeyCode::Esc);
    assert!(editor_on_top(h), "asks first");
    assert!(h.screen(120, 40).contains("Discard the changes?"));
    h.key(KeyCode::Char('n'));
    assert!(editor_on_top(h), "n keeps editing");
    assert_eq!(h.app.note_editor().unwrap().text(), "draft");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Char('y'));
    assert!(h.app.popups().is_empty());
    assert!(notes.on_disk().is_empty(), "nothing saved");
    // An untouched editor closes on the first Esc.
    let h = &mut notes.harness;
    h.key(KeyCode::Char('a'));
    h.key(KeyCode::Esc);
    assert!(h.app.popups().is_empty());
}

#[test]
fn with_nothing_selected_m_bookmarks_the_sentence_and_d_then_u_restores_it() {
    let mut notes = reader();
    let h = &mut notes.harness;
    cursor_down_to(h, "TASHKENT");
    h.key(KeyCode::Char('m'));
    h.key(KeyCode::Char('m'));
    assert!(
        h.app
            .status_message()
            .unwrap()
            .contains("already bookmarked")
    );
    let saved = notes.on_disk();
    assert_eq!(saved.len(), 1, "one bookmark, however often m is pressed");
    assert_eq!(saved[0].kind, NoteKind::Bookmark);
    assert_eq!(
        saved[0].quote.exact,
        "TASHKENT -- Uzbek President Shavkat Mirziyoyev met Kazakh President Kassym-Jomart \
         Tokayev on June 27 to discuss border security, the Ministry of Foreign Affairs said."
    );
    let h = &mut notes.harness;
    let buffer = h.render(120, 40);
    let article = h.app.layout().article.unwrap();
    let (_, y) = find_cell_in(&buffer, article, "President Kassym").unwrap();
    assert_eq!(buffer[(article.x, y)].symbol(), BOOKMARK_MARK);

    h.key(KeyCode::Char('d'));
    assert!(notes.on_disk().is_empty(), "deleted on disk");
    let h = &mut notes.harness;
    assert!(h.app.status_message().unwrap().contains("u brings it back"));
    assert_eq!(
        h.app.placed_notes().placed().count(),
        0,
        "no highlight left"
    );
    h.key(KeyCode::Char('u'));
    let restored = notes.on_disk();
    assert_eq!(restored.len(), 1);
    assert_eq!(restored[0].id, saved[0].id);
    assert_eq!(restored[0].quote, saved[0].quote);
    assert_eq!(notes.harness.app.placed_notes().placed().count(), 1);
}

#[test]
fn d_deletes_a_note_only_in_the_article_pane() {
    let mut notes = reader();
    let h = &mut notes.harness;
    cursor_down_to(h, "TASHKENT");
    h.key(KeyCode::Char('m'));
    assert_eq!(notes.on_disk().len(), 1);
    for pane in [Pane::Facts, Pane::List] {
        let h = &mut notes.harness;
        h.key(KeyCode::Tab);
        assert_eq!(h.app.focus(), pane);
        h.key(KeyCode::Char('d'));
        assert_eq!(
            h.app.focus(),
            pane,
            "d does not pull the focus to the article"
        );
        assert_eq!(
            notes.on_disk().len(),
            1,
            "d in the {pane:?} pane keeps the note"
        );
    }
    let h = &mut notes.harness;
    h.key(KeyCode::Tab);
    assert_eq!(h.app.focus(), Pane::Article);
    h.key(KeyCode::Char('d'));
    assert!(notes.on_disk().is_empty(), "d in the article deletes it");
}

#[test]
fn a_on_a_bookmark_turns_it_into_an_annotation_and_e_edits_the_note() {
    let mut notes = reader();
    let h = &mut notes.harness;
    cursor_down_to(h, "TASHKENT");
    h.key(KeyCode::Char('m'));
    h.key(KeyCode::Char('a'));
    h.chars("why");
    h.ctrl('s');
    let saved = notes.on_disk();
    assert_eq!(saved.len(), 1, "the same note, not a second one");
    assert_eq!(saved[0].kind, NoteKind::Annotation);
    assert_eq!(saved[0].text, "why");
    let h = &mut notes.harness;
    h.key(KeyCode::Char('e'));
    h.chars("?");
    h.ctrl('s');
    assert_eq!(notes.on_disk()[0].text, "why?");
}

#[test]
fn brackets_jump_between_notes_and_w_and_sentence_keys_move_the_cursor() {
    let mut notes = reader();
    let h = &mut notes.harness;
    cursor_down_to(h, "\"We have agreed");
    // `)` goes to the end of the first sentence; the selection from v runs to there.
    let start = h.app.note_cursor();
    h.key(KeyCode::Char('v'));
    h.key(KeyCode::Char(')'));
    h.key(KeyCode::Char('m'));
    let first = notes.on_disk()[0].clone();
    assert_eq!(
        first.quote.exact,
        "\"We have agreed to open three new crossings,\" Mirziyoyev said."
    );
    assert_eq!(first.position.start, start);
    let h = &mut notes.harness;
    // w w from the start of the next paragraph selects two words.
    cursor_down_to(h, "Officials said");
    h.key(KeyCode::Char('(')); // j kept the column: back to the sentence start
    h.key(KeyCode::Char('v'));
    h.chars("ww");
    h.key(KeyCode::Char('m'));
    let second = notes
        .on_disk()
        .into_iter()
        .find(|n| n.id != first.id)
        .unwrap();
    assert_eq!(second.quote.exact, "Officials said");

    let h = &mut notes.harness;
    h.key(KeyCode::Char('g'));
    h.key(KeyCode::Char(']'));
    assert_eq!(h.app.note_cursor(), first.position.start);
    h.key(KeyCode::Char(']'));
    assert_eq!(h.app.note_cursor(), second.position.start);
    h.key(KeyCode::Char(']'));
    assert_eq!(h.app.note_cursor(), second.position.start, "no note after");
    assert!(h.app.status_message().unwrap().contains("no note after"));
    h.key(KeyCode::Char('['));
    assert_eq!(h.app.note_cursor(), first.position.start);
}

#[test]
fn a_read_only_store_says_why_and_refuses_every_change() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    std::fs::write(&path, b"{ this is not json").unwrap();
    let mut h = Harness::new();
    h.app.attach_notes(NotesStore::open(&path));
    let screen = h.screen(120, 40);
    assert!(screen.contains("notes are read-only"), "{screen}");
    h.key(KeyCode::Enter); // closes the start-up message
    h.key(KeyCode::Enter); // opens the article
    cursor_down_to(&mut h, "TASHKENT");
    for key in ['m', 'a'] {
        h.key(KeyCode::Char(key));
        let message = h.app.status_message().unwrap_or_default().to_string();
        assert!(message.contains("read-only"), "{key}: {message}");
        assert!(
            h.app.popups().is_empty(),
            "no editor for a note that cannot be saved"
        );
    }
    let status = h.screen(120, 40);
    assert!(
        status.lines().last().unwrap().contains("read-only"),
        "{status}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), b"{ this is not json");

    // The reader decides: B says why and how; Ctrl-X moves the file aside, untouched.
    h.key(KeyCode::Char('B'));
    let screen = h.screen(120, 40);
    assert!(screen.contains("Ctrl-x sets the file aside"), "{screen}");
    h.ctrl('x');
    let aside: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("unreadable-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(std::fs::read(&aside[0]).unwrap(), b"{ this is not json");
    h.key(KeyCode::Esc);
    let status = h.screen(120, 40);
    assert!(
        !status.lines().last().unwrap().contains("read-only"),
        "{status}"
    );
    h.key(KeyCode::Char('m'));
    assert_eq!(NotesStore::open(&path).notes().len(), 1, "notes save again");
}

fn dated_note(h: &Harness, id: &str, passage: &str, kind: NoteKind, text: &str) -> Note {
    let (article, _) = &h.articles[id];
    let byte = article.text.find(passage).unwrap();
    let start = article.text[..byte].chars().count();
    let span = Span::new(start, start + passage.chars().count());
    let mut note = Note::new(kind, id, &article.text, span, text).unwrap();
    note.created = "2026-01-02T03:04:05Z".parse().unwrap();
    note.updated = note.created;
    note
}

/// Two articles with notes, and one note whose passage is no longer in its article.
fn reader_with_notes() -> Notes {
    let notes = reader();
    let mut store = NotesStore::open(notes.path());
    let h = &notes.harness;
    for note in [
        dated_note(
            h,
            "a-summit.txt",
            "Samarkand in September",
            NoteKind::Annotation,
            "Check the date\nagainst the agency wire",
        ),
        dated_note(
            h,
            "b-drills.txt",
            "special forces train",
            NoteKind::Bookmark,
            "",
        ),
        {
            let mut gone = dated_note(
                h,
                "c-weather.txt",
                "closed two passes",
                NoteKind::Annotation,
                "which passes?",
            );
            gone.quote.exact = "a sentence the editors removed".into();
            gone.article_hash = "changed".into();
            gone
        },
    ] {
        store.add(note).unwrap();
    }
    notes
}

#[test]
fn the_notes_view_lists_filters_and_opens_the_article_at_the_passage() {
    let mut notes = reader_with_notes();
    let h = &mut notes.harness;
    h.key(KeyCode::Char('B'));
    assert!(h.app.notes_view().is_some() && h.app.popups().is_empty());
    let view = h.app.notes_view().unwrap();
    assert_eq!(view.shown.len(), 3);
    // The articles not opened yet were checked off the UI thread: the orphan is marked.
    let placements: Vec<(&str, Placement)> = view
        .rows
        .iter()
        .map(|r| (r.article.as_str(), r.placement))
        .collect();
    assert_eq!(
        placements,
        [
            ("a-summit.txt", Placement::Placed),
            ("b-drills.txt", Placement::Placed),
            ("c-weather.txt", Placement::Orphaned),
        ]
    );
    h.chars("agency");
    assert_eq!(h.app.notes_view().unwrap().shown.len(), 1);
    h.key(KeyCode::Backspace);
    h.chars("xyzzy");
    assert!(h.app.notes_view().unwrap().shown.is_empty());
    assert!(h.screen(120, 40).contains("no note matches"));
    for _ in 0.."agencxyzzy".len() {
        h.key(KeyCode::Backspace);
    }
    h.chars("train");
    let view = h.app.notes_view().unwrap();
    assert_eq!(view.rows[view.shown[0]].article, "b-drills.txt");
    h.key(KeyCode::Enter);
    assert!(h.app.popups().is_empty());
    assert_eq!(h.app.open_article().unwrap().article.id, "b-drills.txt");
    assert_eq!(h.app.focus(), Pane::Article);
    let at = h.app.note_cursor();
    let (article, _) = &h.articles["b-drills.txt"];
    let expected = article.text[..article.text.find("special forces train").unwrap()]
        .chars()
        .count();
    assert_eq!(at, expected, "the cursor is on the passage");

    // Enter on the orphan opens its article and says the passage is gone.
    h.key(KeyCode::Char('B'));
    h.chars("passes");
    h.key(KeyCode::Enter);
    assert_eq!(h.app.open_article().unwrap().article.id, "c-weather.txt");
    let message = h.app.status_message().unwrap_or_default().to_string();
    assert!(message.contains("orphaned"), "{message}");
    h.key(KeyCode::Char('B'));
    h.chars("passes");
    let screen = h.screen(120, 40);
    assert!(screen.contains("⚠ orphaned"), "{screen}");
    assert!(
        screen.contains("a sentence the editors removed"),
        "{screen}"
    );
    h.key(KeyCode::Esc);
    assert!(h.app.popups().is_empty());
}

#[test]
fn note_text_from_the_file_is_sanitised_on_screen() {
    let notes = reader();
    let mut store = NotesStore::open(notes.path());
    let h = &notes.harness;
    let note = dated_note(
        h,
        "a-summit.txt",
        "Samarkand in September",
        NoteKind::Annotation,
        "evil \u{1b}]52;c;cm0gLXJmIH4=\u{7}link\u{1b}[31m red \u{202e}rtl",
    );
    store.add(note).unwrap();
    let mut h = notes.harness;
    h.key(KeyCode::Char('B'));
    let buffer = h.render(120, 40);
    for cell in buffer.content() {
        for c in cell.symbol().chars() {
            assert!(
                !c.is_control() && c != '\u{202e}',
                "{c:?} reached the buffer"
            );
        }
    }
    assert!(screen_text(&buffer).contains("evil link red"));
}

#[test]
fn snapshot_note_editor_popup() {
    let mut notes = reader();
    let h = &mut notes.harness;
    cursor_down_to(h, "TASHKENT");
    h.key(KeyCode::Char('a'));
    h.chars("Compare with the June communiqué 東京");
    h.key(KeyCode::Enter);
    h.chars("second line");
    insta::assert_snapshot!("note_editor_100x30", h.screen(100, 30));
}

#[test]
fn snapshot_notes_view() {
    let mut notes = reader_with_notes();
    let h = &mut notes.harness;
    h.key(KeyCode::Char('B'));
    insta::assert_snapshot!("notes_view_100x30", h.screen(100, 30));
}

#[test]
fn the_editor_cursor_stays_after_wide_and_combining_characters() {
    let mut notes = reader();
    let h = &mut notes.harness;
    cursor_down_to(h, "TASHKENT");
    h.key(KeyCode::Char('a'));
    h.chars("東京 e\u{301}😀x");
    let buffer = h.render(100, 30);
    let (x, y) = find_cell(&buffer, "東").expect("the typed text");
    // 東京 take four cells, the space one, e+◌́ one, 😀 two, x one: the cursor is the next cell.
    let cursor_x = x + 4 + 1 + 1 + 2 + 1;
    assert!(
        buffer[(cursor_x, y)]
            .modifier
            .contains(ratatui::style::Modifier::REVERSED),
        "cursor not at {cursor_x}:\n{}",
        screen_text(&buffer)
    );
    assert_eq!(buffer[(cursor_x - 1, y)].symbol(), "x");
    h.ctrl('s');
    assert_eq!(notes.on_disk()[0].text, "東京 e\u{301}😀x");
}

#[test]
fn a_click_puts_the_cursor_on_the_char_under_the_pointer() {
    use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let mut notes = reader();
    let h = &mut notes.harness;
    let buffer = h.render(120, 40);
    let article = h.app.layout().article.unwrap();
    let (x, y) = find_cell_in(&buffer, article, "Tokayev meet").unwrap();
    h.send(gazette::ui::Action::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: x + 2,
        row: y,
        modifiers: KeyModifiers::NONE,
    }));
    let text = &h.app.open_article().unwrap().article.text;
    let expected = text[..text.find("Tokayev meet").unwrap()].chars().count() + 2;
    assert_eq!(h.app.note_cursor(), expected);
    assert_eq!(h.app.focus(), Pane::Article);
}

#[test]
fn a_long_articles_notes_are_anchored_off_the_ui_thread() {
    use gazette::archive::BlockKind;
    use gazette::ui::app::SYNC_LAYOUT_BYTES;
    use gazette::ui::config::Config;
    use gazette::ui::reading_state::ReadingState;
    use gazette::ui::{Action, App, Effect};
    let paragraph = "A long paragraph of words that goes on and on. ".repeat(40);
    let mut builder = ArticleBuilder::new("long.txt").title("A very long article");
    while builder.text_len() <= SYNC_LAYOUT_BYTES {
        builder = builder.block(BlockKind::Paragraph, &paragraph);
    }
    let article = builder.build();
    let dir = tempfile::tempdir().unwrap();
    let mut store = NotesStore::open(dir.path().join("notes.json"));
    let start = article.text.find("A long").unwrap();
    let span = Span::new(start, start + 6);
    let note = Note::new(NoteKind::Annotation, "long.txt", &article.text, span, "n").unwrap();
    store.add(note.clone()).unwrap();

    let mut app = App::new(Config::defaults(false), ReadingState::default());
    app.attach_notes(store);
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    app.update(Action::Loaded(Box::new(catalog_entry(
        &article,
        &Default::default(),
    ))));
    app.update(Action::Tick);
    let effects = app.update(Action::ArticleRead {
        id: "long.txt".into(),
        result: Ok(Box::new((article.clone(), Default::default()))),
    });
    let request = effects
        .into_iter()
        .find_map(|e| match e {
            Effect::AnchorNotes(request) => Some(request),
            _ => None,
        })
        .expect("anchoring asked of the worker");
    assert_eq!(
        app.placed_notes().placed().count(),
        0,
        "not on the UI thread"
    );
    // A late answer for an older request is dropped; the current one is installed.
    let mut stale = request.clone();
    stale.generation -= 1;
    app.update(gazette::ui::notes_ui::anchor(stale));
    assert_eq!(app.placed_notes().placed().count(), 0);
    app.update(gazette::ui::notes_ui::anchor(request));
    let placed: Vec<Span> = app.placed_notes().placed().map(|(s, _)| s).collect();
    assert_eq!(placed, [span]);
}

#[test]
fn word_and_sentence_motion_past_the_last_line_on_screen_scrolls_the_view() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = Harness::new();
    h.app
        .attach_notes(NotesStore::open(dir.path().join("notes.json")));
    // A short article pane: the text runs well below its last line.
    h.render(120, 10);
    h.key(KeyCode::Enter);
    assert_eq!(h.app.focus(), Pane::Article);
    for key in ['w', ')'] {
        h.key(KeyCode::Char('g'));
        let mut last = h.app.note_cursor();
        for _ in 0..40 {
            h.key(KeyCode::Char(key));
            let at = h.app.note_cursor();
            assert!(
                at > last,
                "`{key}` moved the cursor back or kept it: {last} -> {at}"
            );
            last = at;
            if h.app.open_article().unwrap().scroll > 0 {
                break;
            }
        }
        assert!(
            h.app.open_article().unwrap().scroll > 0,
            "`{key}` walked the cursor off the screen and the view never followed"
        );
    }
}

#[test]
fn the_place_a_note_jump_scrolled_to_is_remembered_as_the_reading_position() {
    let mut notes = reader_with_notes();
    let h = &mut notes.harness;
    // A short pane, so the summit's late passage is below the first screen.
    h.render(120, 12);
    // Another article open first, so the jump opens the summit anew.
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    assert_eq!(h.app.focus(), Pane::List);
    h.key(KeyCode::Char('j'));
    assert_eq!(h.app.open_article().unwrap().article.id, "b-drills.txt");
    h.key(KeyCode::Char('B'));
    h.chars("agency");
    h.key(KeyCode::Enter);
    let open = h.app.open_article().unwrap();
    assert_eq!(open.article.id, "a-summit.txt");
    assert!(open.scroll > 0, "the jump scrolled to the passage");
    let shown = open.document.as_ref().unwrap().anchor_of(open.scroll);
    assert_eq!(
        h.app.reading_state().scroll_anchor("a-summit.txt"),
        shown,
        "quitting now reopens the article where the jump left it"
    );
    assert_eq!(
        h.app.reading_state().last_article.as_deref(),
        Some("a-summit.txt")
    );
}

#[test]
fn the_notes_view_puts_the_note_first_and_edits_deletes_and_undoes_in_place() {
    let mut notes = reader_with_notes();
    let h = &mut notes.harness;
    h.key(KeyCode::Char('B'));
    let screen = h.screen(220, 30);
    let line = screen
        .lines()
        .find(|l| l.contains("Check the date"))
        .expect("the note's first line is shown");
    let passage = screen
        .lines()
        .skip_while(|l| !l.contains("Check the date"))
        .nth(1)
        .unwrap();
    assert!(passage.contains("“Samarkand in September”"), "{passage}");
    assert!(
        passage.contains("— Leaders meet"),
        "the article after the passage"
    );
    assert!(
        !line.contains("Samarkand"),
        "the note comes first, on its own line"
    );
    assert!(screen.contains("Ctrl-e edits"), "{screen}");

    // Ctrl-d deletes the note under the cursor, Ctrl-r brings it back: on disk each time.
    h.ctrl('d');
    assert_eq!(notes.on_disk().len(), 2);
    let h = &mut notes.harness;
    assert_eq!(h.app.notes_view().unwrap().shown.len(), 2);
    h.ctrl('r');
    assert_eq!(notes.on_disk().len(), 3);
    let h = &mut notes.harness;
    assert_eq!(h.app.notes_view().unwrap().shown.len(), 3);

    // Ctrl-e edits it over the view; saving returns to the view with the new text.
    h.ctrl('e');
    assert!(h.app.note_editor().is_some());
    h.key(KeyCode::Up);
    h.key(KeyCode::End);
    h.chars("!");
    h.ctrl('s');
    assert!(h.app.note_editor().is_none());
    let view = h.app.notes_view().expect("back in the view");
    assert!(view.rows.iter().any(|r| r.first_line == "Check the date!"));
    assert!(
        notes
            .on_disk()
            .iter()
            .any(|n| n.text.starts_with("Check the date!"))
    );
}

#[test]
fn resting_the_cursor_on_an_annotated_passage_shows_its_note() {
    let mut notes = reader_with_notes();
    let h = &mut notes.harness;
    // The notes view picks up the notes another process saved, and the open article shows them.
    h.key(KeyCode::Char('B'));
    h.key(KeyCode::Esc);
    assert!(!h.screen(120, 40).contains("✎ Check the date"));
    cursor_down_to(h, "Tokayev is expected");
    // The annotated passage "Samarkand in September" is on this line or the next.
    for _ in 0..2 {
        if h.screen(120, 40).contains("✎ Check the date") {
            break;
        }
        h.key(KeyCode::Char('w'));
        while !h.screen(120, 40).contains("✎ Check the date") {
            let before = h.app.note_cursor();
            h.key(KeyCode::Char('w'));
            if h.app.note_cursor() == before {
                break;
            }
        }
    }
    let screen = h.screen(120, 40);
    assert!(screen.contains("✎ Check the date …"), "{screen}");
}

#[test]
fn y_copies_the_passage_with_its_citation_and_o_asks_for_the_pager() {
    use gazette::ui::Effect;
    let mut notes = reader();
    let h = &mut notes.harness;
    cursor_down_to(h, "\"We have agreed");
    h.key(KeyCode::Char('y'));
    let copied: Vec<&str> = h
        .terminal_effects
        .iter()
        .filter_map(|e| match e {
            Effect::Copy(text) => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        copied,
        [
            "“\"We have agreed to open three new crossings,\" Mirziyoyev said.”\n\
          — Leaders meet in Tashkent for border talks, Caravanserai, 2019-06-27 (a-summit.txt)"
        ]
    );
    assert!(h.app.status_message().unwrap().starts_with("copied"));
    h.key(KeyCode::Char('o'));
    assert!(matches!(
        h.terminal_effects.last(),
        Some(Effect::OpenInPager(id)) if id == "a-summit.txt"
    ));
}

#[test]
fn an_orphaned_note_opened_from_the_view_is_put_on_a_new_selection_with_r() {
    let mut notes = reader_with_notes();
    let h = &mut notes.harness;
    h.key(KeyCode::Char('B'));
    h.chars("passes");
    h.key(KeyCode::Enter);
    assert_eq!(h.app.open_article().unwrap().article.id, "c-weather.txt");
    let message = h.app.status_message().unwrap().to_owned();
    assert!(
        message.contains("orphaned") && message.contains("press R"),
        "{message}"
    );
    // The passage it belongs to now: the first sentence at the cursor.
    h.key(KeyCode::Char('v'));
    h.key(KeyCode::Char(')'));
    h.key(KeyCode::Char('R'));
    assert!(
        h.app
            .status_message()
            .unwrap()
            .starts_with("the note is on")
    );
    let moved = notes
        .on_disk()
        .into_iter()
        .find(|n| n.text == "which passes?")
        .unwrap();
    assert_ne!(moved.quote.exact, "a sentence the editors removed");
    let h = &mut notes.harness;
    assert!(
        h.app
            .placed_notes()
            .placed()
            .any(|(_, p)| p.note.id == moved.id),
        "placed in the article, no longer orphaned"
    );
    assert!(h.app.placed_notes().orphans().is_empty());
    // Nothing left to place.
    h.key(KeyCode::Char('R'));
    assert!(
        h.app
            .status_message()
            .unwrap()
            .starts_with("no orphaned note")
    );
}

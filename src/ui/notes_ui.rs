//! Bookmarks and annotations in the reader: the article cursor and selection, the note
//! commands (`m`, `a`, `e`, `d`, `u`, `]`, `[`, `B`), and the keys of the note editor and
//! notes view popups. Called from [`App::update`] only, so state still changes in one place.
//!
//! Saving runs on the UI thread: the store writes one small JSON file per change (about 20 ms
//! at 1,000 notes, measured by `benches/notes.rs`), which a keystroke can afford.

use super::app::{App, Effect, Popup};
pub use super::article_cursor::{click, move_cursor};
use super::article_cursor::{keep_cursor_in_view, move_unit, scroll_to_cursor};
use super::keymap::{Command, Context};
use super::layout::Pane;
pub use super::note_anchoring::{AnchorRequest, PlaceRequest, anchor, anchored, place, placed};
use super::note_anchoring::{orphans_message, reanchor};
use super::note_editor::{EditTarget, EditorOutcome, NoteEditor};
use super::notes_view::{NoteRow, NotesView, Placement, ViewOutcome};
use super::selection::{self, ArticleCursor, Selection, Unit};
use crate::notes::{ArticleNotes, Note, NoteKind, NotesStore, one_line};
use crate::span::Span;
use crossterm::event::KeyEvent;
use std::collections::HashMap;

/// The notes side of the reader's state.
#[derive(Default)]
pub struct NotesUi {
    pub store: Option<NotesStore>,
    /// Why there is no store (no home folder to keep it in).
    unavailable: Option<String>,
    /// The article the cursor and `placed` belong to.
    pub article: Option<String>,
    /// The open article's notes, anchored in its current text.
    pub placed: ArticleNotes,
    pub cursor: ArticleCursor,
    /// Notes deleted this session, newest last, for `u`.
    pub undo: Vec<Note>,
    pub editor: Option<NoteEditor>,
    pub view: Option<NotesView>,
    /// (article id, note id) to put the cursor on once that article is open and laid out.
    pending_jump: Option<(String, String)>,
    /// What anchoring found for each note of the articles opened this session.
    pub(super) placement: HashMap<String, Placement>,
    /// Counts anchorings, so a worker's late answer for an older state is dropped.
    pub(super) anchor_generation: u64,
}

impl App {
    /// Uses `store` for notes; a read-only store says why, in a popup and the status line.
    pub fn attach_notes(&mut self, store: NotesStore) {
        if let Some(reason) = store.read_only_reason() {
            self.warn(
                "Notes",
                format!("notes are read-only: {reason} (the file is kept as it is)"),
            );
        }
        self.notes.store = Some(store);
        // The open article's notes are anchored by the next update's settle.
        self.notes.article = None;
    }

    /// No notes file could be found (no home folder): notes are off for the session.
    pub fn notes_unavailable(&mut self, reason: String) {
        self.warn("Notes", reason.clone());
        self.notes.unavailable = Some(reason);
    }
}

/// Keys for the note popups, before the keymap: they take typing. `true` when consumed.
pub fn key(app: &mut App, key: KeyEvent, effects: &mut Vec<Effect>) -> bool {
    let command = app.config().keys.command_for(app.key_context(), &key);
    match app.popups.last() {
        Some(Popup::NoteEditor) => {
            let Some(editor) = app.notes.editor.as_mut() else {
                app.popups.pop();
                return true;
            };
            match editor.key(key, command) {
                EditorOutcome::Editing => {}
                EditorOutcome::Close => {
                    close_editor(app);
                    app.message = Some("note not saved".into());
                }
                EditorOutcome::Save(text) => save_editor(app, text, effects),
            }
            true
        }
        Some(Popup::NotesView) => {
            let area = app.area();
            let Some(view) = app.notes.view.as_mut() else {
                app.popups.pop();
                return true;
            };
            let outcome = view.key(key, command);
            let rows = super::notes_view::visible_rows(area);
            view.scroll_into_view(rows);
            match outcome {
                ViewOutcome::Stay => {}
                ViewOutcome::Close => close_view(app),
                ViewOutcome::SetAside => {
                    close_view(app);
                    set_aside(app, effects);
                    open_view(app, effects);
                }
                ViewOutcome::Open(row) => {
                    let row = view.rows[row].clone();
                    close_view(app);
                    jump_to_note(app, row, effects);
                }
            }
            true
        }
        _ => false,
    }
}

/// The notes commands; `true` when `command` was one (or Esc ended a selection).
pub fn command(app: &mut App, command: Command, effects: &mut Vec<Effect>) -> bool {
    match command {
        Command::Back => {
            if app.notes.cursor.selection.take().is_some() {
                app.message = Some("selection cleared".into());
                return true;
            }
            false
        }
        Command::Select => {
            with_document(app, |app| {
                if app.notes.cursor.selection.take().is_none() {
                    app.notes.cursor.selection = Some(Selection {
                        anchor: app.notes.cursor.at,
                        linewise: true,
                    });
                    app.message = Some(
                        "selecting: move to extend · m bookmarks · a annotates · Esc cancels"
                            .into(),
                    );
                }
            });
            true
        }
        Command::WordForward => move_unit(app, Unit::Word, true),
        Command::WordBack => move_unit(app, Unit::Word, false),
        Command::SentenceForward => move_unit(app, Unit::Sentence, true),
        Command::SentenceBack => move_unit(app, Unit::Sentence, false),
        Command::Bookmark => {
            with_document(app, |app| bookmark(app, effects));
            true
        }
        Command::Annotate => {
            with_document(app, annotate);
            true
        }
        Command::EditNote => {
            with_document(app, |app| match note_at_cursor(app) {
                Some(note) => open_editor(app, note, false),
                None => app.message = Some("no note under the cursor (] goes to the next)".into()),
            });
            true
        }
        Command::DeleteNote => {
            with_document(app, |app| delete(app, effects));
            true
        }
        Command::UndoDelete => {
            undo(app, effects);
            true
        }
        Command::NextNote => {
            with_document(app, |app| step_note(app, true));
            true
        }
        Command::PrevNote => {
            with_document(app, |app| step_note(app, false));
            true
        }
        Command::NotesView => {
            open_view(app, effects);
            true
        }
        Command::SaveNote => true,
        Command::SetAsideNotes => {
            set_aside(app, effects);
            true
        }
        _ => false,
    }
}

/// Runs `f` with the article pane focused, if an article is laid out.
pub(super) fn with_document(app: &mut App, f: impl FnOnce(&mut App)) {
    let ready =
        app.open.as_ref().is_some_and(|o| o.document.is_some()) && app.notes.article.is_some();
    if !ready {
        app.message = Some(if app.open.is_some() {
            "the article is still being laid out: try again in a moment".into()
        } else {
            "open an article first".into()
        });
        return;
    }
    app.focus = Pane::Article;
    f(app);
    keep_cursor_in_view(app);
}

/// Brings the notes state in line after any change; cheap when nothing changed (it runs on
/// every background event).
pub fn settle(app: &mut App, effects: &mut Vec<Effect>) {
    let open_id = app.open.as_ref().map(|o| o.article.id.as_str());
    if open_id != app.notes.article.as_deref() {
        refresh_article(app, effects);
    }
    apply_pending_jump(app);
    keep_cursor_in_view(app);
}

/// A new article is open (or the store changed): a fresh cursor and its notes anchored.
fn refresh_article(app: &mut App, effects: &mut Vec<Effect>) {
    app.notes.article = app.open.as_ref().map(|o| o.article.id.clone());
    app.notes.cursor = ArticleCursor::default();
    app.notes.placed = ArticleNotes::default();
    let orphans = reanchor(app, effects);
    if orphans > 0 {
        app.message = Some(orphans_message(orphans));
    }
    if let Some(open) = app.open.as_ref()
        && let Some(document) = open.document.as_ref()
    {
        app.notes.cursor.at = selection::position_on_line(document, open.scroll).unwrap_or(0);
    }
}

fn apply_pending_jump(app: &mut App) {
    let Some((article, note_id)) = app.notes.pending_jump.clone() else {
        return;
    };
    let ready = app.notes.article.as_deref() == Some(article.as_str())
        && app.open.as_ref().is_some_and(|o| o.document.is_some());
    if !ready {
        return;
    }
    app.notes.pending_jump = None;
    app.focus = Pane::Article;
    let span = app
        .notes
        .placed
        .placed()
        .find(|(_, placed)| placed.note.id == note_id)
        .map(|(span, _)| span);
    match span {
        Some(span) => {
            app.notes.cursor.at = span.start;
            app.notes.cursor.selection = None;
            scroll_to_cursor(app);
        }
        None => {
            let quote = app
                .notes
                .placed
                .orphans()
                .iter()
                .find(|n| n.id == note_id)
                .map(|n| short(&n.quote.exact))
                .unwrap_or_default();
            app.message = Some(format!(
                "this note is orphaned: “{quote}” is no longer in the article"
            ));
        }
    }
}

fn short(text: &str) -> String {
    let line = one_line(text);
    if line.chars().count() <= 40 {
        line
    } else {
        let cut: String = line.chars().take(39).collect();
        format!("{cut}…")
    }
}

/// The store, if notes can be changed; else the reason, ready for the status line.
fn writable(app: &mut App) -> Result<&mut NotesStore, String> {
    let unavailable = app.notes.unavailable.clone();
    match app.notes.store.as_mut() {
        None => Err(unavailable.unwrap_or_else(|| "notes are not available".into())),
        Some(store) => match store.read_only_reason() {
            Some(reason) => Err(format!(
                "notes are read-only: {reason}; nothing was changed"
            )),
            None => Ok(store),
        },
    }
}

/// The passage the next note is about, with the article it belongs to.
fn current_passage(app: &App) -> Option<(String, Span)> {
    let open = app.open.as_ref()?;
    let document = open.document.as_ref()?;
    let index = &open.index;
    let span = selection::passage(document, &open.article.text, index, &app.notes.cursor)?;
    Some((open.article.id.clone(), span))
}

fn bookmark(app: &mut App, effects: &mut Vec<Effect>) {
    let Some((article, span)) = current_passage(app) else {
        app.message = Some("nothing to bookmark here".into());
        return;
    };
    let already = app
        .notes
        .placed
        .placed()
        .any(|(placed, note)| placed == span && note.note.kind == NoteKind::Bookmark);
    if already {
        let key = app
            .config()
            .keys
            .first_key(Context::Article, Command::DeleteNote);
        app.message = Some(format!("already bookmarked ({key} deletes it)"));
        app.notes.cursor.selection = None;
        return;
    }
    let text = app.open.as_ref().map(|o| o.article.clone());
    let Some(text) = text else { return };
    let result = writable(app).and_then(|store| {
        let note = Note::new(NoteKind::Bookmark, &article, &text.text, span, "")
            .map_err(|e| e.to_string())?;
        store.add(note).map_err(|e| e.to_string())
    });
    match result {
        Ok(note) => {
            app.notes.cursor.selection = None;
            reanchor(app, effects);
            app.message = Some(format!("bookmarked “{}”", short(&note.quote.exact)));
        }
        Err(error) => app.message = Some(error),
    }
}

fn annotate(app: &mut App) {
    if let Err(error) = writable(app) {
        app.message = Some(error);
        return;
    }
    if app.notes.cursor.selection.is_none()
        && let Some(note) = note_at_cursor(app)
    {
        let to_annotation = note.kind == NoteKind::Bookmark;
        open_editor(app, note, to_annotation);
        return;
    }
    let Some((_, span)) = current_passage(app) else {
        app.message = Some("nothing to annotate here".into());
        return;
    };
    let Some(open) = app.open.as_ref() else {
        return;
    };
    let index = &open.index;
    let article = std::sync::Arc::clone(&open.article);
    let quote = index.slice(&article.text, span).to_owned();
    app.notes.editor = Some(NoteEditor::new(
        EditTarget::New { article, span },
        &quote,
        "",
    ));
    app.popups.push(Popup::NoteEditor);
}

/// The innermost note whose passage holds the cursor.
fn note_at_cursor(app: &App) -> Option<Note> {
    app.notes
        .placed
        .at(app.notes.cursor.at)
        .last()
        .map(|placed| placed.note.clone())
}

fn open_editor(app: &mut App, note: Note, to_annotation: bool) {
    if let Err(error) = writable(app) {
        app.message = Some(error);
        return;
    }
    app.notes.editor = Some(NoteEditor::new(
        EditTarget::Existing {
            id: note.id.clone(),
            to_annotation,
        },
        &note.quote.exact,
        &note.text,
    ));
    app.popups.push(Popup::NoteEditor);
}

fn close_editor(app: &mut App) {
    app.notes.editor = None;
    if app.popups.last() == Some(&Popup::NoteEditor) {
        app.popups.pop();
    }
}

fn save_editor(app: &mut App, text: String, effects: &mut Vec<Effect>) {
    let Some(target) = app.notes.editor.as_ref().map(|e| e.target.clone()) else {
        return;
    };
    let result = writable(app).and_then(|store| match target {
        EditTarget::New { article, span } => {
            let note = Note::new(
                NoteKind::Annotation,
                &article.id,
                &article.text,
                span,
                &text,
            )
            .map_err(|e| e.to_string())?;
            store.add(note).map_err(|e| e.to_string())
        }
        EditTarget::Existing { id, to_annotation } => {
            let note = store.edit(&id, &text).map_err(|e| e.to_string())?;
            if to_annotation {
                store
                    .set_kind(&id, NoteKind::Annotation)
                    .map_err(|e| e.to_string())
            } else {
                Ok(note)
            }
        }
    });
    match result {
        Ok(note) => {
            close_editor(app);
            app.notes.cursor.selection = None;
            reanchor(app, effects);
            app.message = Some(format!(
                "annotation saved on “{}”",
                short(&note.quote.exact)
            ));
        }
        // The editor stays open with the text: nothing typed is lost.
        Err(error) => app.message = Some(error),
    }
}

fn delete(app: &mut App, effects: &mut Vec<Effect>) {
    let Some(note) = note_at_cursor(app) else {
        app.message = Some("no note under the cursor".into());
        return;
    };
    let result = writable(app).and_then(|store| store.delete(&note.id).map_err(|e| e.to_string()));
    match result {
        Ok(deleted) => {
            let key = app
                .config()
                .keys
                .first_key(Context::Article, Command::UndoDelete);
            app.message = Some(format!(
                "deleted the {} on “{}” ({key} brings it back)",
                deleted.kind.label(),
                short(&deleted.quote.exact)
            ));
            app.notes.undo.push(deleted);
            reanchor(app, effects);
        }
        Err(error) => app.message = Some(error),
    }
}

fn undo(app: &mut App, effects: &mut Vec<Effect>) {
    let Some(note) = app.notes.undo.pop() else {
        app.message = Some("no deleted note to bring back".into());
        return;
    };
    let result =
        writable(app).and_then(|store| store.restore(note.clone()).map_err(|e| e.to_string()));
    match result {
        Ok(restored) => {
            app.message = Some(format!(
                "restored the {} on “{}”",
                restored.kind.label(),
                short(&restored.quote.exact)
            ));
            reanchor(app, effects);
        }
        Err(error) => {
            app.notes.undo.push(note);
            app.message = Some(error);
        }
    }
}

fn step_note(app: &mut App, forward: bool) {
    let at = app.notes.cursor.at;
    let total = app.notes.placed.placed().count();
    let found = if forward {
        app.notes.placed.next_after(at)
    } else {
        app.notes.placed.previous_before(at)
    }
    .map(|(span, placed)| (span, placed.note.clone()));
    let Some((span, note)) = found else {
        app.message = Some(if total == 0 {
            "no notes in this article".into()
        } else if forward {
            "no note after the cursor".into()
        } else {
            "no note before the cursor".into()
        });
        return;
    };
    let number = app
        .notes
        .placed
        .placed()
        .position(|(_, p)| p.note.id == note.id)
        .map_or(0, |i| i + 1);
    app.notes.cursor.at = span.start;
    scroll_to_cursor(app);
    let line = short(note.first_line());
    app.message = Some(format!(
        "{} {number}/{total}{}",
        note.kind.label(),
        if line.is_empty() {
            String::new()
        } else {
            format!(": {line}")
        }
    ));
}

fn open_view(app: &mut App, effects: &mut Vec<Effect>) {
    let Some(store) = app.notes.store.as_mut() else {
        app.message = Some(
            app.notes
                .unavailable
                .clone()
                .unwrap_or_else(|| "notes are not available".into()),
        );
        return;
    };
    // Pick up what another gazette saved meanwhile; a failure leaves what we have.
    let _ = store.reload();
    let loaded = app.progress.done();
    let notes = store.notes();
    let rows: Vec<NoteRow> = notes
        .iter()
        .copied()
        .map(|note| {
            let entry = app
                .catalog
                .index_of(&note.article)
                .and_then(|i| app.catalog.get(i));
            let placement = match (entry, app.notes.placement.get(&note.id)) {
                (None, _) if loaded => Placement::MissingArticle,
                (_, Some(known)) => *known,
                _ => Placement::Unknown,
            };
            NoteRow::new(note, entry.map(|e| e.meta.title.as_str()), placement)
        })
        .collect();
    // Notes whose articles were not opened this session: check them off the UI thread.
    let mut unknown: Vec<PlaceRequest> = Vec::new();
    for &note in &notes {
        if app.notes.placement.contains_key(&note.id)
            || app.catalog.index_of(&note.article).is_none()
        {
            continue;
        }
        match unknown.last_mut() {
            Some(last) if last.article == note.article => last.notes.push(note.clone()),
            _ => unknown.push(PlaceRequest {
                article: note.article.clone(),
                notes: vec![note.clone()],
            }),
        }
    }
    if !unknown.is_empty() {
        effects.push(Effect::PlaceNotes(unknown));
    }
    app.notes.view = Some(NotesView::new(rows));
    app.popups.push(Popup::NotesView);
}

/// The reader's decision on an unreadable notes file: moved aside, a new file started.
fn set_aside(app: &mut App, effects: &mut Vec<Effect>) {
    let Some(store) = app.notes.store.as_mut() else {
        return;
    };
    if store.read_only_reason().is_none() {
        app.message = Some("the notes file is fine: nothing to set aside".into());
        return;
    }
    match store.set_aside_unreadable_file() {
        Ok(aside) => {
            app.warnings
                .retain(|w| !w.starts_with("notes are read-only"));
            app.message = Some(format!(
                "the unreadable notes file is now {}; notes can be saved again",
                aside.display()
            ));
            reanchor(app, effects);
        }
        Err(error) => app.message = Some(error.to_string()),
    }
}

fn close_view(app: &mut App) {
    app.notes.view = None;
    if app.popups.last() == Some(&Popup::NotesView) {
        app.popups.pop();
    }
}

fn jump_to_note(app: &mut App, row: NoteRow, effects: &mut Vec<Effect>) {
    if app.catalog().index_of(&row.article).is_none() {
        app.message = Some(format!(
            "{} is not in the archive; the note keeps its quote: “{}”",
            one_line(&row.article),
            short(&row.quote)
        ));
        return;
    }
    app.notes.pending_jump = Some((row.article.clone(), row.note_id.clone()));
    app.open_article_by_id(&row.article, effects);
}

//! Bookmarks and annotations in the reader, as one component: the article cursor and
//! selection, the note commands (`m`, `a`, `e`, `d`, `u`, `]`, `[`, `B`), and the note editor
//! and notes view popups, which it owns. The app lends it what it needs of the reader for one
//! call ([`Around`]) and applies what it asks for in return ([`NotesReply`]), so state still
//! changes only inside `App::update`, and this module never sees the app.
//!
//! Saving runs on the UI thread: the store writes one small JSON file per change (about 20 ms
//! at 1,000 notes, measured by `benches/notes.rs`), which a keystroke can afford.

use super::action::{Action, Effect};
use super::article_cursor;
use super::clipboard::MAX_COPY_BYTES;
use super::keymap::{Command, Context, KeyMaps};
pub use super::note_anchoring::{AnchorRequest, PlaceRequest, place};
use super::note_anchoring::{Anchoring, Reanchored, orphans_message};
use super::note_editor::{EditTarget, EditorOutcome, NoteEditor};
use super::notes_view::{NoteRow, NotesView, Placement, ViewOutcome};
use super::open_article::OpenArticle;
use super::selection::{self, ArticleCursor, Selection, Unit};
use crate::catalog::Catalog;
use crate::notes::{ArticleNotes, Note, NoteKind, NotesStore, one_line};
use crate::span::Span;
use crossterm::event::KeyEvent;

/// Anchors a request (on the worker, or at once in tests).
pub fn anchor(request: AnchorRequest) -> Action {
    Action::NotesAnchored {
        article: request.article.id.clone(),
        generation: request.generation,
        notes: Box::new(ArticleNotes::anchor(&request.article.text, &request.notes)),
    }
}

/// The notes side of the reader's state.
#[derive(Default)]
pub struct NotesUi {
    store: Option<NotesStore>,
    /// Why there is no store (no home folder to keep it in).
    unavailable: Option<String>,
    /// The open article, which the cursor and the anchored notes belong to.
    article: Option<String>,
    anchoring: Anchoring,
    cursor: ArticleCursor,
    /// Notes deleted this session, newest last, for `u`.
    undo: Vec<Note>,
    editor: Option<NoteEditor>,
    view: Option<NotesView>,
    /// (article id, note id) to put the cursor on once that article is open and laid out.
    pending_jump: Option<(String, String)>,
    /// The orphaned note last jumped to, which `R` puts on the passage at the cursor.
    orphan_to_place: Option<String>,
}

/// What the notes see of the reader around them, lent for one call.
pub struct Around<'a> {
    pub open: Option<&'a mut OpenArticle>,
    /// Article lines on screen.
    pub article_height: usize,
    pub keys: &'a KeyMaps,
    pub catalog: &'a Catalog,
    /// Every article of the archive is in the catalog.
    pub catalog_complete: bool,
    /// Rows the notes view has at the current terminal size.
    pub view_rows: usize,
}

/// What the notes ask of the reader after a call.
#[derive(Default)]
pub struct NotesReply {
    /// The key or command was the notes' own.
    pub handled: bool,
    /// For the status line.
    pub message: Option<String>,
    /// The article pane takes the focus.
    pub focus_article: bool,
    /// Open this article (a note's, from the notes view).
    pub open_article: Option<String>,
    pub effects: Vec<Effect>,
    /// The unreadable notes file was set aside: its read-only warning no longer holds.
    pub writable_again: bool,
    /// The view moved where the reader asked (a note jumped to), even if no key did it now:
    /// it is the reading position to remember.
    pub reader_moved_view: bool,
}

impl NotesUi {
    /// Uses `store` for notes; returns why a read-only store cannot be changed. The app tells
    /// the notes of the open article next ([`NotesUi::article_opened`]).
    pub fn attach(&mut self, store: NotesStore) -> Option<String> {
        let warning = store
            .read_only_reason()
            .map(|reason| format!("notes are read-only: {reason} (the file is kept as it is)"));
        self.store = Some(store);
        warning
    }

    /// No notes file could be found (no home folder): notes are off for the session.
    pub fn unavailable(&mut self, reason: String) {
        self.unavailable = Some(reason);
    }

    /// A new article is open, or none: a fresh cursor and its notes anchored.
    pub fn article_opened(&mut self, around: Around) -> NotesReply {
        let mut turn = Turn::new(self, around);
        turn.notes.article = turn.around.open.as_ref().map(|o| o.article.id.clone());
        turn.notes.cursor = ArticleCursor::default();
        turn.notes.anchoring.clear();
        let orphans = turn.reanchor();
        if orphans > 0 {
            turn.say(orphans_message(orphans));
        }
        turn.reply
    }

    /// After any change: a jump waiting for its article to be laid out, and the cursor kept
    /// on screen. Cheap when nothing waits (it runs on every event).
    pub fn settle(&mut self, around: Around) -> NotesReply {
        let mut turn = Turn::new(self, around);
        turn.apply_pending_jump();
        turn.keep_cursor_in_view();
        turn.reply
    }

    /// Keys for the note popups, before the keymap: they take typing.
    pub fn key(&mut self, around: Around, key: KeyEvent) -> NotesReply {
        let mut turn = Turn::new(self, around);
        turn.reply.handled = turn.popup_key(key);
        turn.reply
    }

    /// The notes commands; `handled` when `command` was one (or Esc ended a selection).
    pub fn command(&mut self, around: Around, command: Command) -> NotesReply {
        let mut turn = Turn::new(self, around);
        turn.reply.handled = turn.command(command);
        turn.reply
    }

    /// j/k and the page keys in the article pane move the cursor, and the view with it.
    pub fn move_cursor(&mut self, around: Around, step: isize) -> NotesReply {
        let mut turn = Turn::new(self, around);
        if let Some(open) = turn.around.open.as_deref_mut() {
            article_cursor::move_lines(
                &mut turn.notes.cursor,
                open,
                turn.around.article_height,
                step,
            );
        }
        turn.reply
    }

    /// A click on the article's text (`row` from the pane's first text line).
    pub fn click(&mut self, around: Around, row: usize, column: usize) -> NotesReply {
        let turn = Turn::new(self, around);
        if let Some(open) = turn.around.open.as_deref() {
            article_cursor::click(&mut turn.notes.cursor, open, row, column);
        }
        turn.reply
    }

    /// Answers to [`PlaceRequest`]s: remembered, and shown if the notes view is open.
    pub fn placed(&mut self, placed: Vec<(String, Placement)>) {
        for (id, placement) in placed {
            if let Some(view) = self.view.as_mut() {
                for row in view.rows.iter_mut().filter(|r| r.note_id == id) {
                    row.placement = placement;
                }
            }
            self.anchoring.placement.insert(id, placement);
        }
    }

    /// A long article's notes anchored on the worker, if still wanted; says how many are
    /// orphaned, if any.
    pub fn anchored(
        &mut self,
        article: &str,
        generation: u64,
        placed: ArticleNotes,
    ) -> Option<String> {
        if self.article.as_deref() != Some(article) {
            return None;
        }
        let orphans = self.anchoring.anchored(generation, placed)?;
        (orphans > 0).then(|| orphans_message(orphans))
    }

    // Read-only queries, for drawing and for tests.

    pub fn store(&self) -> Option<&NotesStore> {
        self.store.as_ref()
    }

    /// The article the cursor and the anchored notes belong to.
    pub fn article(&self) -> Option<&str> {
        self.article.as_deref()
    }

    pub fn cursor(&self) -> &ArticleCursor {
        &self.cursor
    }

    /// The open article's notes, anchored in its current text.
    pub fn placed_notes(&self) -> &ArticleNotes {
        &self.anchoring.placed
    }

    pub fn editor(&self) -> Option<&NoteEditor> {
        self.editor.as_ref()
    }

    pub fn view(&self) -> Option<&NotesView> {
        self.view.as_ref()
    }
}

/// One call into the notes: their state, what they see of the reader, and what they ask.
struct Turn<'n, 'a> {
    notes: &'n mut NotesUi,
    around: Around<'a>,
    reply: NotesReply,
}

impl<'n, 'a> Turn<'n, 'a> {
    fn new(notes: &'n mut NotesUi, around: Around<'a>) -> Self {
        Turn {
            notes,
            around,
            reply: NotesReply::default(),
        }
    }

    fn say(&mut self, message: impl Into<String>) {
        self.reply.message = Some(message.into());
    }

    fn popup_key(&mut self, key: KeyEvent) -> bool {
        let command = self.around.keys.command_for(
            if self.notes.editor.is_some() {
                Context::Editor
            } else {
                Context::NotesView
            },
            &key,
        );
        if let Some(editor) = self.notes.editor.as_mut() {
            match editor.key(key, command) {
                EditorOutcome::Editing => {}
                EditorOutcome::Close => {
                    self.notes.editor = None;
                    self.say("note not saved");
                }
                EditorOutcome::Save(text) => self.save_editor(text),
            }
            return true;
        }
        let Some(view) = self.notes.view.as_mut() else {
            return false;
        };
        let outcome = view.key(key, command);
        view.scroll_into_view(self.around.view_rows);
        match outcome {
            ViewOutcome::Stay => {}
            ViewOutcome::Close => self.notes.view = None,
            ViewOutcome::SetAside => {
                self.notes.view = None;
                self.set_aside();
                self.open_view();
            }
            ViewOutcome::Open(row) => {
                let row = view.rows[row].clone();
                self.notes.view = None;
                self.jump_to_note(row);
            }
            ViewOutcome::Edit(row) => {
                let id = view.rows[row].note_id.clone();
                let note = self.notes.store.as_ref().and_then(|s| s.get(&id)).cloned();
                if let Some(note) = note {
                    self.open_editor(note, false);
                }
            }
            ViewOutcome::Delete(row) => {
                let id = view.rows[row].note_id.clone();
                self.delete_note(&id);
                self.refresh_view();
            }
            ViewOutcome::Undo => {
                self.undo();
                self.refresh_view();
            }
        }
        true
    }

    /// The notes view's rows again, after a note changed under it.
    fn refresh_view(&mut self) {
        if self.notes.view.is_none() {
            return;
        }
        let (rows, unknown) = self.view_rows();
        if !unknown.is_empty() {
            self.reply.effects.push(Effect::PlaceNotes(unknown));
        }
        if let Some(view) = self.notes.view.as_mut() {
            view.replace_rows(rows);
        }
    }

    fn command(&mut self, command: Command) -> bool {
        match command {
            Command::Back => {
                if self.notes.cursor.selection.take().is_some() {
                    self.say("selection cleared");
                    return true;
                }
                return false;
            }
            Command::Select => self.with_document(|turn| {
                if turn.notes.cursor.selection.take().is_none() {
                    turn.notes.cursor.selection = Some(Selection {
                        anchor: turn.notes.cursor.at,
                        linewise: true,
                    });
                    turn.say("selecting: move to extend · m bookmarks · a annotates · Esc cancels");
                }
            }),
            Command::WordForward => self.move_unit(Unit::Word, true),
            Command::WordBack => self.move_unit(Unit::Word, false),
            Command::SentenceForward => self.move_unit(Unit::Sentence, true),
            Command::SentenceBack => self.move_unit(Unit::Sentence, false),
            Command::Bookmark => self.with_document(Self::bookmark),
            Command::Annotate => self.with_document(Self::annotate),
            Command::EditNote => self.with_document(|turn| match turn.note_at_cursor() {
                Some(note) => turn.open_editor(note, false),
                None => turn.say("no note under the cursor (] goes to the next)"),
            }),
            Command::DeleteNote => self.with_document(Self::delete),
            Command::UndoDelete => self.undo(),
            Command::NextNote => self.with_document(|turn| turn.step_note(true)),
            Command::PrevNote => self.with_document(|turn| turn.step_note(false)),
            Command::NotesView => self.open_view(),
            Command::SaveNote => {}
            Command::SetAsideNotes => self.set_aside(),
            Command::Yank => self.with_document(Self::yank),
            Command::PlaceOrphan => self.with_document(Self::place_orphan),
            _ => return false,
        }
        true
    }

    /// Runs `f` with the article pane focused, if an article is laid out.
    fn with_document(&mut self, f: impl FnOnce(&mut Self)) {
        let open = self.around.open.as_deref();
        let ready = open.is_some_and(|o| o.document.is_some()) && self.notes.article.is_some();
        if !ready {
            self.say(if open.is_some() {
                "the article is still being laid out: try again in a moment"
            } else {
                "open an article first"
            });
            return;
        }
        self.reply.focus_article = true;
        f(self);
        self.keep_cursor_in_view();
    }

    fn move_unit(&mut self, unit: Unit, forward: bool) {
        self.with_document(|turn| {
            if let Some(open) = turn.around.open.as_deref_mut() {
                let height = turn.around.article_height;
                article_cursor::move_unit(&mut turn.notes.cursor, open, height, unit, forward);
            }
        });
    }

    fn keep_cursor_in_view(&mut self) {
        if let Some(open) = self.around.open.as_deref() {
            let height = self.around.article_height;
            article_cursor::keep_cursor_in_view(&mut self.notes.cursor, open, height);
        }
    }

    fn scroll_to_cursor(&mut self) {
        if let Some(open) = self.around.open.as_deref_mut() {
            let height = self.around.article_height;
            article_cursor::scroll_to_cursor(&self.notes.cursor, open, height);
        }
    }

    /// Anchors the open article's notes again; returns how many are orphaned (none yet when
    /// a worker does it).
    fn reanchor(&mut self) -> usize {
        let article = self.around.open.as_ref().map(|o| &o.article);
        match self
            .notes
            .anchoring
            .reanchor(article, self.notes.store.as_ref())
        {
            Reanchored::Now { orphans } => orphans,
            Reanchored::OnWorker(request) => {
                self.reply.effects.push(Effect::AnchorNotes(request));
                0
            }
        }
    }

    fn apply_pending_jump(&mut self) {
        let Some((article, note_id)) = self.notes.pending_jump.clone() else {
            return;
        };
        let ready = self.notes.article.as_deref() == Some(article.as_str())
            && self
                .around
                .open
                .as_ref()
                .is_some_and(|o| o.document.is_some());
        if !ready {
            return;
        }
        self.notes.pending_jump = None;
        self.reply.focus_article = true;
        self.reply.reader_moved_view = true;
        let placed = &self.notes.anchoring.placed;
        let span = placed
            .placed()
            .find(|(_, placed)| placed.note.id == note_id)
            .map(|(span, _)| span);
        match span {
            Some(span) => {
                self.notes.cursor.at = span.start;
                self.notes.cursor.selection = None;
                self.scroll_to_cursor();
            }
            None => {
                let quote = placed
                    .orphans()
                    .iter()
                    .find(|n| n.id == note_id)
                    .map(|n| short(&n.quote.exact))
                    .unwrap_or_default();
                let key = self
                    .around
                    .keys
                    .first_key(Context::Article, Command::PlaceOrphan);
                self.say(format!(
                    "this note is orphaned: “{quote}” is no longer in the article; select \
                     where it belongs and press {key}"
                ));
                self.notes.orphan_to_place = Some(note_id);
            }
        }
    }

    /// The store, if notes can be changed; else the reason, ready for the status line.
    fn writable(&mut self) -> Result<&mut NotesStore, String> {
        let unavailable = self.notes.unavailable.clone();
        match self.notes.store.as_mut() {
            None => Err(unavailable.unwrap_or_else(|| "notes are not available".into())),
            Some(store) => match store.read_only_reason() {
                Some(reason) => Err(format!(
                    "notes are read-only: {reason}; nothing was changed"
                )),
                None => Ok(store),
            },
        }
    }

    /// The open article, to keep while the store is borrowed.
    fn open_article(&self) -> Option<std::sync::Arc<crate::archive::Article>> {
        self.around
            .open
            .as_ref()
            .map(|o| std::sync::Arc::clone(&o.article))
    }

    /// The passage the next note is about, with the article it belongs to.
    fn current_passage(&self) -> Option<(String, Span)> {
        let open = self.around.open.as_deref()?;
        let document = open.document.as_ref()?;
        let span = selection::passage(
            document,
            &open.article.text,
            &open.index,
            &self.notes.cursor,
        )?;
        Some((open.article.id.clone(), span))
    }

    /// The passage at the cursor, with a citation, to the clipboard.
    fn yank(&mut self) {
        let Some((_, span)) = self.current_passage() else {
            self.say("nothing to copy here");
            return;
        };
        let Some(open) = self.around.open.as_deref() else {
            return;
        };
        let passage = open.index.slice(&open.article.text, span);
        let text = cited(passage, &open.article.meta());
        if text.len() > MAX_COPY_BYTES {
            self.say("the passage is too long for the clipboard: select less");
            return;
        }
        self.notes.cursor.selection = None;
        self.say(format!("copied “{}” with its citation", short(passage)));
        self.reply.effects.push(Effect::Copy(text));
    }

    /// Puts the orphaned note last jumped to on the passage at the cursor.
    fn place_orphan(&mut self) {
        let Some(id) = self.notes.orphan_to_place.clone() else {
            self.say("no orphaned note to place: open one from the notes view (B)");
            return;
        };
        let Some((article, span)) = self.current_passage() else {
            self.say("nothing to place the note on here");
            return;
        };
        let Some(open) = self.open_article() else {
            return;
        };
        let result = self.writable().and_then(|store| {
            match store.get(&id) {
                Some(note) if note.article == article => {}
                _ => return Err("the orphaned note belongs to another article".to_owned()),
            }
            store
                .retarget(&id, &open.text, span)
                .map_err(|e| e.to_string())
        });
        match result {
            Ok(note) => {
                self.notes.orphan_to_place = None;
                self.notes.cursor.selection = None;
                self.reanchor();
                self.say(format!("the note is on “{}” now", short(&note.quote.exact)));
            }
            Err(error) => self.say(error),
        }
    }

    fn bookmark(&mut self) {
        let Some((article, span)) = self.current_passage() else {
            self.say("nothing to bookmark here");
            return;
        };
        let already = self
            .notes
            .anchoring
            .placed
            .placed()
            .any(|(placed, note)| placed == span && note.note.kind == NoteKind::Bookmark);
        if already {
            let key = self
                .around
                .keys
                .first_key(Context::Article, Command::DeleteNote);
            self.say(format!("already bookmarked ({key} deletes it)"));
            self.notes.cursor.selection = None;
            return;
        }
        let Some(text) = self.open_article() else {
            return;
        };
        let result = self.writable().and_then(|store| {
            let note = Note::new(NoteKind::Bookmark, &article, &text.text, span, "")
                .map_err(|e| e.to_string())?;
            store.add(note).map_err(|e| e.to_string())
        });
        match result {
            Ok(note) => {
                self.notes.cursor.selection = None;
                self.reanchor();
                self.say(format!("bookmarked “{}”", short(&note.quote.exact)));
            }
            Err(error) => self.say(error),
        }
    }

    fn annotate(&mut self) {
        if let Err(error) = self.writable() {
            self.say(error);
            return;
        }
        if self.notes.cursor.selection.is_none()
            && let Some(note) = self.note_at_cursor()
        {
            let to_annotation = note.kind == NoteKind::Bookmark;
            self.open_editor(note, to_annotation);
            return;
        }
        let Some((_, span)) = self.current_passage() else {
            self.say("nothing to annotate here");
            return;
        };
        let Some(open) = self.around.open.as_deref() else {
            return;
        };
        let article = std::sync::Arc::clone(&open.article);
        let quote = open.index.slice(&article.text, span).to_owned();
        self.notes.editor = Some(NoteEditor::new(
            EditTarget::New { article, span },
            &quote,
            "",
        ));
    }

    /// The innermost note whose passage holds the cursor.
    fn note_at_cursor(&self) -> Option<Note> {
        self.notes
            .anchoring
            .placed
            .at(self.notes.cursor.at)
            .last()
            .map(|placed| placed.note.clone())
    }

    fn open_editor(&mut self, note: Note, to_annotation: bool) {
        if let Err(error) = self.writable() {
            self.say(error);
            return;
        }
        self.notes.editor = Some(NoteEditor::new(
            EditTarget::Existing {
                id: note.id.clone(),
                to_annotation,
            },
            &note.quote.exact,
            &note.text,
        ));
    }

    fn save_editor(&mut self, text: String) {
        let Some(target) = self.notes.editor.as_ref().map(|e| e.target.clone()) else {
            return;
        };
        let result = self.writable().and_then(|store| match target {
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
                self.notes.editor = None;
                self.notes.cursor.selection = None;
                self.reanchor();
                self.refresh_view();
                self.say(format!(
                    "annotation saved on “{}”",
                    short(&note.quote.exact)
                ));
            }
            // The editor stays open with the text: nothing typed is lost.
            Err(error) => self.say(error),
        }
    }

    fn delete(&mut self) {
        let Some(note) = self.note_at_cursor() else {
            self.say("no note under the cursor");
            return;
        };
        self.delete_note(&note.id);
    }

    /// Deletes a note, keeping it for `u` (or the notes view's undo).
    fn delete_note(&mut self, id: &str) {
        let result = self
            .writable()
            .and_then(|store| store.delete(id).map_err(|e| e.to_string()));
        match result {
            Ok(deleted) => {
                let key = self
                    .around
                    .keys
                    .first_key(Context::Article, Command::UndoDelete);
                self.say(format!(
                    "deleted the {} on “{}” ({key} brings it back)",
                    deleted.kind.label(),
                    short(&deleted.quote.exact)
                ));
                self.notes.undo.push(deleted);
                self.reanchor();
            }
            Err(error) => self.say(error),
        }
    }

    fn undo(&mut self) {
        let Some(note) = self.notes.undo.pop() else {
            self.say("no deleted note to bring back");
            return;
        };
        let result = self
            .writable()
            .and_then(|store| store.restore(note.clone()).map_err(|e| e.to_string()));
        match result {
            Ok(restored) => {
                self.say(format!(
                    "restored the {} on “{}”",
                    restored.kind.label(),
                    short(&restored.quote.exact)
                ));
                self.reanchor();
            }
            Err(error) => {
                self.notes.undo.push(note);
                self.say(error);
            }
        }
    }

    fn step_note(&mut self, forward: bool) {
        let at = self.notes.cursor.at;
        let placed = &self.notes.anchoring.placed;
        let total = placed.placed().count();
        let found = if forward {
            placed.next_after(at)
        } else {
            placed.previous_before(at)
        }
        .map(|(span, placed)| (span, placed.note.clone()));
        let Some((span, note)) = found else {
            self.say(if total == 0 {
                "no notes in this article"
            } else if forward {
                "no note after the cursor"
            } else {
                "no note before the cursor"
            });
            return;
        };
        let number = placed
            .placed()
            .position(|(_, p)| p.note.id == note.id)
            .map_or(0, |i| i + 1);
        self.notes.cursor.at = span.start;
        self.scroll_to_cursor();
        let line = short(note.first_line());
        self.say(format!(
            "{} {number}/{total}{}",
            note.kind.label(),
            if line.is_empty() {
                String::new()
            } else {
                format!(": {line}")
            }
        ));
    }

    fn open_view(&mut self) {
        let Some(store) = self.notes.store.as_mut() else {
            let reason = self.notes.unavailable.clone();
            self.say(reason.unwrap_or_else(|| "notes are not available".into()));
            return;
        };
        // Pick up what another gazette saved meanwhile; a failure leaves what we have.
        let _ = store.reload();
        self.reanchor();
        let (rows, unknown) = self.view_rows();
        if !unknown.is_empty() {
            self.reply.effects.push(Effect::PlaceNotes(unknown));
        }
        self.notes.view = Some(NotesView::new(rows));
    }

    /// Every note as a row of the notes view, and the notes whose placement is still to be
    /// found (their articles not opened this session), to check off the UI thread.
    fn view_rows(&self) -> (Vec<NoteRow>, Vec<PlaceRequest>) {
        let Some(store) = self.notes.store.as_ref() else {
            return (Vec::new(), Vec::new());
        };
        let catalog = self.around.catalog;
        let known = &self.notes.anchoring.placement;
        let notes = store.notes();
        let rows: Vec<NoteRow> = notes
            .iter()
            .copied()
            .map(|note| {
                let entry = catalog.index_of(&note.article).and_then(|i| catalog.get(i));
                let placement = match (entry, known.get(&note.id)) {
                    (None, _) if self.around.catalog_complete => Placement::MissingArticle,
                    (_, Some(known)) => *known,
                    _ => Placement::Unknown,
                };
                NoteRow::new(note, entry.map(|e| e.meta.title.as_str()), placement)
            })
            .collect();
        // Notes whose articles were not opened this session: check them off the UI thread.
        let mut unknown: Vec<PlaceRequest> = Vec::new();
        for &note in &notes {
            if known.contains_key(&note.id) || catalog.index_of(&note.article).is_none() {
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
        (rows, unknown)
    }

    /// The reader's decision on an unreadable notes file: moved aside, a new file started.
    fn set_aside(&mut self) {
        let Some(store) = self.notes.store.as_mut() else {
            return;
        };
        if store.read_only_reason().is_none() {
            self.say("the notes file is fine: nothing to set aside");
            return;
        }
        match store.set_aside_unreadable_file() {
            Ok(aside) => {
                self.reply.writable_again = true;
                self.say(format!(
                    "the unreadable notes file is now {}; notes can be saved again",
                    aside.display()
                ));
                self.reanchor();
            }
            Err(error) => self.say(error.to_string()),
        }
    }

    fn jump_to_note(&mut self, row: NoteRow) {
        if self.around.catalog.index_of(&row.article).is_none() {
            self.say(format!(
                "{} is not in the archive; the note keeps its quote: “{}”",
                one_line(&row.article),
                short(&row.quote)
            ));
            return;
        }
        self.notes.pending_jump = Some((row.article.clone(), row.note_id.clone()));
        self.reply.open_article = Some(row.article);
    }
}

/// A passage as a reader quotes it: the words, then where they are from.
fn cited(passage: &str, meta: &crate::archive::ArticleMeta) -> String {
    let mut from = vec![meta.title.clone()];
    from.extend(meta.source.clone());
    from.extend(meta.published.map(|date| date.to_string()));
    format!("“{}”\n— {} ({})", passage.trim(), from.join(", "), meta.id)
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

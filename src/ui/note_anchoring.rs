//! Finding where notes stand in their articles' current text. On the UI thread only when that
//! is a comparison per note (an unchanged, ordinary-sized article: the common case, and the
//! one right after the reader adds a note); any search for a moved passage, whose cost
//! depends on what the notes hold, runs on a worker ([`AnchorRequest`]), as does placing the
//! notes view's orphan marks across articles not opened this session ([`PlaceRequest`]).

use super::app::{Action, App, Effect, SYNC_LAYOUT_BYTES};
use super::notes_view::Placement;
use crate::notes::{ArticleNotes, Note};

/// The most notes anchored on the UI thread at once (each costs a comparison of its quote with
/// the text); more go to the worker.
pub const MAX_NOTES_ANCHORED_AT_ONCE: usize = 256;

/// An article's notes to anchor on a worker.
#[derive(Clone, Debug)]
pub struct AnchorRequest {
    pub article: std::sync::Arc<crate::archive::Article>,
    pub notes: Vec<Note>,
    pub generation: u64,
}

/// One article's notes to anchor off the UI thread.
#[derive(Clone, Debug)]
pub struct PlaceRequest {
    pub article: String,
    pub notes: Vec<Note>,
}

/// Where each of `notes` stands in `text`, their article's current text (`None`: the article
/// could not be read).
pub fn place(text: Option<&str>, notes: &[Note]) -> Vec<(String, Placement)> {
    let Some(text) = text else {
        return notes
            .iter()
            .map(|n| (n.id.clone(), Placement::MissingArticle))
            .collect();
    };
    let anchorer = crate::notes::Anchorer::new(text);
    notes
        .iter()
        .map(|note| {
            let placement = if anchorer.locate(note).is_orphaned() {
                Placement::Orphaned
            } else {
                Placement::Placed
            };
            (note.id.clone(), placement)
        })
        .collect()
}

/// Answers to [`PlaceRequest`]s: remembered, and shown if the notes view is open.
pub fn placed(app: &mut App, placed: Vec<(String, Placement)>) {
    for (id, placement) in placed {
        if let Some(view) = app.notes.view.as_mut() {
            for row in view.rows.iter_mut().filter(|r| r.note_id == id) {
                row.placement = placement;
            }
        }
        app.notes.placement.insert(id, placement);
    }
}

/// Anchors the open article's notes again; returns how many are orphaned.
///
/// At once when the article is of ordinary size and every note is at its saved position;
/// otherwise on a worker ([`Effect::AnchorNotes`]): finding moved passages may search the
/// whole text once per note.
pub(super) fn reanchor(app: &mut App, effects: &mut Vec<Effect>) -> usize {
    let (Some(open), Some(store)) = (app.open.as_ref(), app.notes.store.as_ref()) else {
        app.notes.placed = ArticleNotes::default();
        return 0;
    };
    app.notes.anchor_generation += 1;
    let notes = store.notes_for_article(&open.article.id);
    let at_once = (open.article.text.len() <= SYNC_LAYOUT_BYTES
        && notes.len() <= MAX_NOTES_ANCHORED_AT_ONCE)
        .then(|| ArticleNotes::anchor_at_saved_positions(&open.article.text, notes.iter().copied()))
        .flatten();
    if let Some(placed) = at_once {
        return install_anchored(app, placed);
    }
    let request = AnchorRequest {
        article: std::sync::Arc::clone(&open.article),
        notes: notes.into_iter().cloned().collect(),
        generation: app.notes.anchor_generation,
    };
    effects.push(Effect::AnchorNotes(request));
    0
}

/// Notes anchored on the worker, if still wanted.
pub fn anchored(app: &mut App, article: String, generation: u64, placed: ArticleNotes) {
    if app.notes.article.as_deref() != Some(article.as_str())
        || generation != app.notes.anchor_generation
    {
        return;
    }
    let orphans = install_anchored(app, placed);
    if orphans > 0 && app.message.is_none() {
        app.message = Some(orphans_message(orphans));
    }
}

/// Anchors a request (on the worker, or at once in tests).
pub fn anchor(request: AnchorRequest) -> Action {
    Action::NotesAnchored {
        article: request.article.id.clone(),
        generation: request.generation,
        notes: Box::new(ArticleNotes::anchor(&request.article.text, &request.notes)),
    }
}

pub(super) fn orphans_message(orphans: usize) -> String {
    format!(
        "{orphans} note{} of this article could not be placed: its passage is gone (B lists it)",
        if orphans == 1 { "" } else { "s" }
    )
}

fn install_anchored(app: &mut App, placed: ArticleNotes) -> usize {
    for (_, note) in placed.placed() {
        app.notes
            .placement
            .insert(note.note.id.clone(), Placement::Placed);
    }
    for note in placed.orphans() {
        app.notes
            .placement
            .insert(note.id.clone(), Placement::Orphaned);
    }
    let orphans = placed.orphans().len();
    app.notes.placed = placed;
    orphans
}

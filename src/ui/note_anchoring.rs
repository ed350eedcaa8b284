//! Finding where notes stand in their articles' current text. On the UI thread only when that
//! is a comparison per note (an unchanged, ordinary-sized article: the common case, and the
//! one right after the reader adds a note); any search for a moved passage, whose cost
//! depends on what the notes hold, runs on a worker ([`AnchorRequest`]), as does placing the
//! notes view's orphan marks across articles not opened this session ([`PlaceRequest`]).

use super::notes_view::Placement;
use super::open_article::SYNC_LAYOUT_BYTES;
use crate::archive::Article;
use crate::notes::{ArticleNotes, Note, NotesStore};
use std::collections::HashMap;
use std::sync::Arc;

/// The most notes anchored on the UI thread at once (each costs a comparison of its quote with
/// the text); more go to the worker.
pub const MAX_NOTES_ANCHORED_AT_ONCE: usize = 256;

/// An article's notes to anchor on a worker.
#[derive(Clone, Debug)]
pub struct AnchorRequest {
    pub article: Arc<Article>,
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

/// The open article's notes as anchored, and what anchoring found for every note met this
/// session.
#[derive(Default)]
pub struct Anchoring {
    /// The open article's notes, anchored in its current text.
    pub placed: ArticleNotes,
    /// What anchoring found for each note of the articles opened this session.
    pub placement: HashMap<String, Placement>,
    /// Counts anchorings, so a worker's late answer for an older state is dropped.
    generation: u64,
}

/// How a reanchoring went.
pub enum Reanchored {
    /// Done at once; this many notes are orphaned.
    Now { orphans: usize },
    /// The notes need a search: anchor them on a worker.
    OnWorker(AnchorRequest),
}

impl Anchoring {
    /// Anchors `article`'s notes from `store` again.
    ///
    /// At once when the article is of ordinary size and every note is at its saved position;
    /// otherwise on a worker: finding moved passages may search the whole text once per note.
    pub fn reanchor(
        &mut self,
        article: Option<&Arc<Article>>,
        store: Option<&NotesStore>,
    ) -> Reanchored {
        let (Some(article), Some(store)) = (article, store) else {
            self.placed = ArticleNotes::default();
            return Reanchored::Now { orphans: 0 };
        };
        self.generation += 1;
        let notes = store.notes_for_article(&article.id);
        let at_once = (article.text.len() <= SYNC_LAYOUT_BYTES
            && notes.len() <= MAX_NOTES_ANCHORED_AT_ONCE)
            .then(|| ArticleNotes::anchor_at_saved_positions(&article.text, notes.iter().copied()))
            .flatten();
        match at_once {
            Some(placed) => Reanchored::Now {
                orphans: self.install(placed),
            },
            None => Reanchored::OnWorker(AnchorRequest {
                article: Arc::clone(article),
                notes: notes.into_iter().cloned().collect(),
                generation: self.generation,
            }),
        }
    }

    /// Notes anchored on the worker: installed if the answer is to the latest request, with
    /// how many are orphaned.
    pub fn anchored(&mut self, generation: u64, placed: ArticleNotes) -> Option<usize> {
        (generation == self.generation).then(|| self.install(placed))
    }

    /// Forgets the open article's notes (no article is open).
    pub fn clear(&mut self) {
        self.placed = ArticleNotes::default();
    }

    fn install(&mut self, placed: ArticleNotes) -> usize {
        for (_, note) in placed.placed() {
            self.placement
                .insert(note.note.id.clone(), Placement::Placed);
        }
        for note in placed.orphans() {
            self.placement.insert(note.id.clone(), Placement::Orphaned);
        }
        let orphans = placed.orphans().len();
        self.placed = placed;
        orphans
    }
}

pub fn orphans_message(orphans: usize) -> String {
    format!(
        "{orphans} note{} of this article could not be placed: its passage is gone (B lists it)",
        if orphans == 1 { "" } else { "s" }
    )
}

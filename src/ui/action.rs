//! What goes into the reader ([`Action`]: keys, mouse, resizes, background answers) and what
//! comes out of it ([`Effect`]: work for a background job, whose answer returns as an Action).

use super::document::Document;
use super::filter_input::SharedIndex;
use super::keymap::Command;
use super::note_anchoring::{AnchorRequest, PlaceRequest};
use super::notes_view::Placement;
use super::signals::TerminalSignal;
use super::worker::Worker;
use crate::archive::{Article, Skipped};
use crate::catalog::{Catalog, CatalogPatch, CatalogRecord};
use crate::facts::{EntityKind, Facts};
use crate::notes::ArticleNotes;
use crate::search::{SearchIndex, SearchRequest, SearchResponse};
use crate::span::CharIndex;
use crate::views::{ViewAnswer, ViewRequest};
use crossterm::event::{KeyEvent, MouseEvent};
use std::sync::Arc;

pub enum Action {
    Key(KeyEvent),
    Mouse(MouseEvent),
    Command(Command),
    Resize {
        width: u16,
        height: u16,
    },
    /// The loader has found this many article files.
    Discovered {
        total: usize,
    },
    Loaded(Box<CatalogRecord>),
    /// A first index build has read this many articles (it lists only the first ones, so
    /// that the reader does not hold the archive's catalog twice when the built one arrives).
    Indexed {
        done: usize,
    },
    Skipped(Skipped),
    /// A warm start's refresh has read `done` of the `to_read` new and changed files.
    Refreshing {
        done: usize,
        to_read: usize,
    },
    /// An article requested with [`Effect::ReadArticle`] has been read and its facts extracted.
    ArticleRead {
        id: String,
        result: Result<Box<(Article, Facts)>, String>,
    },
    /// A long article's facts, extracted after [`Action::ArticleRead`] showed it without.
    FactsExtracted {
        id: String,
        facts: Box<Facts>,
    },
    /// A layout asked for with [`Effect::LayOut`] is ready.
    LaidOut {
        id: String,
        document: Box<Document>,
    },
    /// The loop has drained a batch of background events.
    Tick,
    /// A whole catalog and its search index replace the ones shown (the catalog's indices are
    /// the search index's articles): the archive's index as opened, or refreshed with changes
    /// (`summary` says which).
    CatalogReplaced {
        loaded: Box<(Catalog, SearchIndex)>,
        summary: Option<String>,
    },
    /// Some of a refresh's changes to the catalog shown, patched in place as they are found.
    /// The last batch has `rebuild`, which makes the patched catalog's search index, and the
    /// summary: the reader never holds two catalogs or two search indices.
    CatalogPatched {
        patch: Box<CatalogPatch>,
        last: Option<(SearchRebuild, String)>,
    },
    /// The archive's index cannot be used (or had to be repaired), and why.
    IndexUnavailable(String),
    /// The search index is built (once loading completes).
    SearchIndexReady(Arc<SearchIndex>),
    /// The search worker's answer to an [`Effect::Search`].
    SearchResults(Box<SearchResponse>),
    /// Where notes asked about with [`Effect::PlaceNotes`] stand in their articles now.
    NotesPlaced(Vec<(String, Placement)>),
    /// The notes of a long article, anchored as asked with [`Effect::AnchorNotes`].
    NotesAnchored {
        article: String,
        generation: u64,
        notes: Box<ArticleNotes>,
    },
    /// A background job panicked on `request`; the worker dropped it and serves the next one.
    WorkerFailed {
        worker: Worker,
        request: String,
        message: String,
    },
    /// A terminal signal: the event loop acts on it (the terminal is its), not the app.
    Signal(TerminalSignal),
    /// The terminal's input could not be read: the event loop ends with this error.
    InputFailed(String),
    /// The pager asked for with [`Effect::OpenInPager`] is done; why it could not run, if not.
    PagerClosed(Result<(), String>),
    /// The views job's answer to an [`Effect::QueryViews`], or why it failed.
    ViewAnswered {
        request: ViewRequest,
        answer: Result<Box<ViewAnswer>, String>,
    },
    /// An [`Effect::CorrectEntity`] is written (what it did, for the status line) or failed.
    EntityCorrected(Result<String, String>),
}

#[derive(Clone, Debug)]
pub enum Effect {
    /// Read an article and extract its facts; answer with [`Action::ArticleRead`].
    ReadArticle(String),
    /// Lay a long article out for a width; answer with [`Action::LaidOut`].
    LayOut {
        article: Arc<Article>,
        index: Arc<CharIndex>,
        width: u16,
    },
    /// Start the search worker on the index.
    StartSearch(SharedIndex),
    /// Stop the search worker, letting go of its index.
    StopSearch,
    /// Hand the patched catalog to whoever makes its search index (answer:
    /// [`Action::SearchIndexReady`]).
    RebuildSearch {
        catalog: Arc<Catalog>,
        rebuild: SearchRebuild,
    },
    /// Send the list filter's query to the search worker; answer with [`Action::SearchResults`].
    Search(SearchRequest),
    /// Anchor these notes in their articles' current text (to mark orphans in the notes view);
    /// answer with [`Action::NotesPlaced`].
    PlaceNotes(Vec<PlaceRequest>),
    /// Anchor a long article's notes; answer with [`Action::NotesAnchored`].
    AnchorNotes(AnchorRequest),
    /// Put this text on the system clipboard (the loop writes OSC 52 to the terminal).
    Copy(String),
    /// Show this article's file in the reader's pager, the terminal lent to it meanwhile;
    /// answer with [`Action::PagerClosed`].
    OpenInPager(String),
    /// Ask the archive-wide views of the index; answer with [`Action::ViewAnswered`].
    QueryViews(ViewRequest),
    /// Write a correction of the extractor to the reader's entities.toml and use it from now
    /// on; answer with [`Action::EntityCorrected`].
    CorrectEntity(EntityCorrection),
}

/// Where a patched catalog goes to have its search index made (the loader, which holds the
/// archive's index).
#[derive(Clone)]
pub struct SearchRebuild(pub std::sync::mpsc::Sender<Arc<Catalog>>);

impl std::fmt::Debug for SearchRebuild {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SearchRebuild")
    }
}

/// A reader's correction of one extracted name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityCorrection {
    pub name: String,
    /// The kind it is of; `None`: never extract it.
    pub kind: Option<EntityKind>,
}

//! The article shown in the centre pane: its text, facts, layout and scroll position.

use super::document::Document;
use super::facts_view::{FactRow, Highlight, fact_rows, highlights};
use crate::archive::Article;
use crate::facts::Facts;
use crate::span::CharIndex;
use std::sync::Arc;

/// The article in the centre pane with its facts and its layout for the current width.
pub struct OpenArticle {
    pub article: Arc<Article>,
    /// Char/byte offsets of the article's text, built once when it opens and shared by its
    /// layouts, the note cursor and selections.
    pub index: Arc<CharIndex>,
    pub facts: Facts,
    pub highlights: Vec<Highlight>,
    pub fact_rows: Vec<FactRow>,
    pub document: Option<Document>,
    /// The first line shown.
    pub scroll: usize,
    /// A char offset to bring to the top once the document is laid out.
    pub(super) pending_anchor: Option<usize>,
    /// The width a background layout was asked for, so it is asked for once.
    pub(super) layout_requested: Option<u16>,
}

impl OpenArticle {
    /// An article just read, to be laid out; `pending_anchor` is where the reader left it.
    pub fn new(article: Article, facts: Facts, pending_anchor: Option<usize>) -> Self {
        OpenArticle {
            highlights: highlights(&facts),
            fact_rows: fact_rows(&facts),
            index: Arc::new(CharIndex::new(&article.text)),
            article: Arc::new(article),
            facts,
            document: None,
            scroll: 0,
            pending_anchor,
            layout_requested: None,
        }
    }

    /// Puts a freshly laid-out document in place, keeping the same text at the top.
    pub(super) fn install(&mut self, document: Document) {
        let anchor = self.pending_anchor.take().or_else(|| {
            self.document
                .as_ref()
                .and_then(|d| d.anchor_of(self.scroll))
        });
        self.scroll = anchor.and_then(|a| document.line_of(a)).unwrap_or(0);
        self.document = Some(document);
        self.layout_requested = None;
    }
}

impl OpenArticle {
    /// A first screen of a long article while the whole is laid out elsewhere: the place to
    /// reopen at waits for the whole.
    pub(super) fn install_preview(&mut self, document: Document) {
        self.document = Some(document);
        self.scroll = 0;
    }

    /// The facts, extracted after the article was shown.
    pub(super) fn set_facts(&mut self, facts: Facts) {
        self.highlights = highlights(&facts);
        self.fact_rows = fact_rows(&facts);
        self.facts = facts;
    }
}

/// Articles up to this size are laid out on the spot (a few milliseconds); longer ones on the
/// layout thread, so that no keystroke or resize waits on wrapping megabytes.
pub const SYNC_LAYOUT_BYTES: usize = 64 * 1024;

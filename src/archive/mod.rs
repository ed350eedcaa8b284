//! The archive: a folder of article text files, loaded into a structured model.
//!
//! Loading keeps only each article's metadata ([`ArticleMeta`]) in memory; an article's full
//! text and blocks ([`Article`]) are read and parsed again on demand, which takes microseconds,
//! so that an archive of 100,000 articles need not hold every body in memory.

mod contain;
mod header;
mod ids;
mod load;
mod mastheads;
mod parse;
mod read;
mod timestamp;

pub use contain::{contain_panic, panic_is_contained};
pub use ids::{archive_key, id_of, name_id, path_of};
pub use load::{
    ArchiveError, LoadEvent, LoadReport, Loader, SkipReason, Skipped, default_threads,
    summarize_skipped,
};
pub use mastheads::{Mastheads, REPEATS_FOR_MASTHEAD};
pub(crate) use parse::is_section_label;
pub use parse::{parse_article, parse_article_in};
pub use read::{
    BoundedReadError, Decoded, MAX_ARTICLE_BYTES, decode, read_article_at, read_article_bytes,
    read_article_file, read_article_in, read_regular_file,
};
pub use timestamp::STAMP_SEPARATORS;

use crate::date::PartialDate;
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// A piece of header text (title, byline, ...) and where it stands in the original text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field {
    pub text: String,
    pub span: Span,
}

/// The publication date/time as the text states it, with its calendar date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    pub text: String,
    pub span: Span,
    pub date: PartialDate,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// An image caption; a trailing `[credit]` or `Images source: ...` line is its credit.
    Caption,
    /// A section heading inside the article.
    Heading,
    Paragraph,
}

/// One block of the article's readable content, in reading order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    pub kind: BlockKind,
    /// The block's whole text in the original file, credit included.
    pub span: Span,
    /// For captions: the credit (inside the brackets, or after "Images source:").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub credit: Option<Span>,
}

/// How a file that was not UTF-8 was turned into text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextEncoding {
    /// Windows-1252 (CP1252), the superset of Latin-1 that old Western archives are written in.
    Windows1252,
}

impl TextEncoding {
    /// The encoding's usual name, for messages ("Windows-1252").
    pub fn name(self) -> &'static str {
        match self {
            TextEncoding::Windows1252 => "Windows-1252",
        }
    }
}

/// A fully parsed article: original text plus its structure. Every span is a char range into
/// `text`, which is the file's content as read (decoded as [`Article::decoded_as`] says when
/// the file was not UTF-8).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// The file's path relative to the archive root, with `/` separators: stable across runs.
    /// A name that is not UTF-8 is shown lossily with a hash of its bytes (see [`id_of`]).
    pub id: String,
    pub text: String,
    pub title: Option<Field>,
    /// The publication's masthead or credit line ("Caravanserai").
    pub source: Option<Field>,
    /// The site section label ("Security", "News").
    pub section: Option<Field>,
    pub byline: Option<Field>,
    /// The city of a "TASHKENT --" opener, as printed.
    pub dateline: Option<Field>,
    pub published: Option<Published>,
    /// Captions, headings and paragraphs in reading order; boilerplate and comments excluded.
    pub blocks: Vec<Block>,
    /// Readers' comments, kept apart from the body.
    pub comments: Vec<Span>,
    /// What was recognised as site boilerplate and left out of `blocks`.
    pub boilerplate: Vec<Span>,
    /// Problems met while reading the file (e.g. "not valid UTF-8: decoded as ...").
    pub warnings: Vec<String>,
    /// The encoding assumed for a file that was not valid UTF-8; `None` for UTF-8.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub decoded_as: Option<TextEncoding>,
}

impl Article {
    /// The text a span of this article covers.
    pub fn slice(&self, span: Span) -> String {
        self.text
            .chars()
            .skip(span.start)
            .take(span.len())
            .collect()
    }

    pub fn meta(&self) -> ArticleMeta {
        ArticleMeta {
            id: self.id.clone(),
            title: self
                .title
                .as_ref()
                .map_or_else(|| self.id.clone(), |f| f.text.clone()),
            source: self.source.as_ref().map(|f| f.text.clone()),
            section: self.section.as_ref().map(|f| f.text.clone()),
            byline: self.byline.as_ref().map(|f| f.text.clone()),
            dateline: self.dateline.as_ref().map(|f| f.text.clone()),
            published: self.published.as_ref().map(|p| p.date),
            char_len: self.text.chars().count(),
            warnings: self.warnings.clone(),
        }
    }
}

/// What the article list, search and CLI need of an article without its body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleMeta {
    pub id: String,
    /// The headline, or the id when the file has none.
    pub title: String,
    pub source: Option<String>,
    pub section: Option<String>,
    pub byline: Option<String>,
    pub dateline: Option<String>,
    pub published: Option<PartialDate>,
    pub char_len: usize,
    pub warnings: Vec<String>,
}

//! Bookmarks and annotations that are never lost.
//!
//! A [`Note`] remembers a passage of an article the way the W3C Web Annotation model does: the
//! quoted text with some context before and after ([`TextQuoteSelector`]) and its char range
//! ([`Note::position`]), plus a hash of the whole article text. [`anchor::Anchorer`] finds the
//! passage again after the article file changed; what cannot be found is orphaned, never dropped.
//!
//! [`NotesStore`] keeps the notes in one JSON file and saves every change at once, atomically,
//! under a lock, merging what other processes wrote meanwhile.
//!
//! # How a reader drives it
//!
//! ```
//! use gazette::notes::{ArticleNotes, Note, NoteKind, NotesStore, passage};
//! use gazette::span::Span;
//!
//! # let dir = tempfile::tempdir().unwrap();
//! # let path = dir.path().join("notes.json");
//! // At start-up (the path the user gave, else notes::default_notes_path()).
//! let mut store = NotesStore::open(&path);
//! if let Some(reason) = store.read_only_reason() {
//!     eprintln!("{reason}"); // show it; adding and editing will return NotesError::ReadOnly
//! }
//!
//! // `m` or `a` with nothing selected: the sentence under the cursor of the current block.
//! let text = "A first sentence. The passage to keep. A last one.";
//! let block = Span::new(0, text.chars().count());
//! let passage = passage::sentence_at(text, block, 20).unwrap();
//! let note = Note::new(NoteKind::Annotation, "asia/dam.txt", text, passage, "why?").unwrap();
//! let note = store.add(note).unwrap(); // saved to disk before this returns
//!
//! // Opening the article: anchor its notes once, then highlight, jump with ] and [.
//! let placed = ArticleNotes::anchor(text, store.notes_for_article("asia/dam.txt"));
//! let (span, _) = placed.next_after(0).unwrap();
//! assert_eq!(span, passage);
//! assert!(placed.orphans().is_empty());
//!
//! // Editing, deleting, and `u` to undo the deletion within the session.
//! store.edit(&note.id, "why?\nsee also page 2").unwrap();
//! let deleted = store.delete(&note.id).unwrap();
//! store.restore(deleted).unwrap();
//! assert_eq!(store.notes().len(), 1);
//! ```

pub mod anchor;
mod article_notes;
pub mod clock;
pub mod export;
pub mod hash;
mod import;
pub mod passage;
pub mod relink;
mod store;

pub use crate::durable::{FileSystem, StdFileSystem};
pub use anchor::{Anchor, Anchorer};
pub use article_notes::{ArticleNotes, PlacedNote};
pub use import::{Imported, parse_import};
pub use store::{
    ImportReport, NotesError, NotesStore, SCHEMA_VERSION, default_notes_path, parse_notes,
};

use crate::span::Span;
use crate::text::visible_stand_in;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// How many chars of context a quote selector keeps on each side (as Hypothesis does).
pub const CONTEXT_CHARS: usize = 32;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// A passage to come back to; its text is usually empty.
    Bookmark,
    /// A highlighted passage with a note.
    Annotation,
}

impl NoteKind {
    pub fn label(self) -> &'static str {
        match self {
            NoteKind::Bookmark => "bookmark",
            NoteKind::Annotation => "annotation",
        }
    }
}

/// The passage quoted exactly, with up to [`CONTEXT_CHARS`] chars before and after it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextQuoteSelector {
    pub exact: String,
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub suffix: String,
    /// Fields this gazette does not know (a newer one's, another tool's), kept as they are.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl TextQuoteSelector {
    /// Quotes `span` of `text` (a char range; clamped to the text).
    pub fn capture(text: &str, span: Span) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let end = span.end.min(chars.len());
        let start = span.start.min(end);
        let prefix_start = start.saturating_sub(CONTEXT_CHARS);
        let suffix_end = (end + CONTEXT_CHARS).min(chars.len());
        TextQuoteSelector {
            exact: chars[start..end].iter().collect(),
            prefix: chars[prefix_start..start].iter().collect(),
            suffix: chars[end..suffix_end].iter().collect(),
            extra: serde_json::Map::new(),
        }
    }

    /// Keeps only the [`CONTEXT_CHARS`] of context nearest the passage on each side, as
    /// gazette saves it: an imported note may carry far more, which would only cost time.
    pub fn cap_context(&mut self) {
        let prefix_chars = self.prefix.chars().count();
        if prefix_chars > CONTEXT_CHARS {
            self.prefix = self
                .prefix
                .chars()
                .skip(prefix_chars - CONTEXT_CHARS)
                .collect();
        }
        if let Some((cut, _)) = self.suffix.char_indices().nth(CONTEXT_CHARS) {
            self.suffix.truncate(cut);
        }
    }
}

/// One bookmark or annotation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub id: String,
    pub kind: NoteKind,
    /// The article's id (its path relative to the archive root).
    pub article: String,
    /// [`hash::text_hash`] of the article text when the note was made.
    pub article_hash: String,
    pub quote: TextQuoteSelector,
    /// The passage's char range in the article text when the note was made (a
    /// TextPositionSelector); trusted only while the article hash is unchanged.
    pub position: Span,
    /// The reader's note; may be several lines; empty for most bookmarks.
    #[serde(default)]
    pub text: String,
    /// Saved as RFC 3339 UTC to the millisecond (see [`clock`]).
    #[serde(with = "clock::rfc3339")]
    pub created: Timestamp,
    /// The newer version of a note wins when stores merge.
    #[serde(with = "clock::rfc3339")]
    pub updated: Timestamp,
    /// A deleted note is kept as a tombstone so that merging with an older copy of the file
    /// does not bring it back.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub deleted: bool,
    /// Fields this gazette does not know (a newer one's `tags`, another tool's), kept as they
    /// are so that saving here does not destroy them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Note {
    /// A new note on `span` of the article whose id is `article` and whose text is
    /// `article_text`. Fails when the span is empty or outside the text.
    pub fn new(
        kind: NoteKind,
        article: &str,
        article_text: &str,
        span: Span,
        text: &str,
    ) -> Result<Note, NotesError> {
        let char_len = article_text.chars().count();
        if span.is_empty() || span.start > span.end || span.end > char_len {
            return Err(NotesError::BadPassage { span, char_len });
        }
        let now = clock::now();
        Ok(Note {
            id: clock::new_note_id(),
            kind,
            article: article.to_string(),
            article_hash: hash::text_hash(article_text),
            quote: TextQuoteSelector::capture(article_text, span),
            position: span,
            text: text.to_string(),
            created: now,
            updated: now,
            deleted: false,
            extra: serde_json::Map::new(),
        })
    }

    /// The first line of the note, for one-line lists.
    pub fn first_line(&self) -> &str {
        self.text.lines().next().unwrap_or("")
    }
}

/// Text made safe to print on one terminal line: escape sequences removed, line breaks and
/// other whitespace collapsed to single spaces, other control and invisible format characters
/// shown by their visible stand-ins ([`crate::text::visible_stand_in`]).
pub fn one_line(text: &str) -> String {
    crate::text::sanitize_label(&without_escape_sequences(text))
}

/// Multi-line text made safe to print: escape sequences removed, line breaks kept, other
/// control and invisible format characters shown by their visible stand-ins.
pub fn printable(text: &str) -> String {
    without_escape_sequences(text)
        .chars()
        .filter_map(|ch| match ch {
            '\n' => Some('\n'),
            '\r' => None,
            ch => Some(visible_stand_in(ch).unwrap_or(ch)),
        })
        .collect()
}

/// `text` without terminal escape sequences: CSI (`ESC [ ... final`), OSC (`ESC ] ... BEL` or
/// `ESC \\`, which carries hyperlinks and clipboard writes) and two-char `ESC x` sequences.
fn without_escape_sequences(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\x1b') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut clean = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(ch) = chars.next() {
        if ch != '\x1b' {
            clean.push(ch);
            continue;
        }
        match chars.next() {
            Some('[') => {
                for next in chars.by_ref() {
                    if ('\x40'..='\x7e').contains(&next) {
                        break;
                    }
                }
            }
            Some(']') | Some('P') | Some('_') | Some('^') => {
                while let Some(next) = chars.next() {
                    if next == '\x07' {
                        break;
                    }
                    if next == '\x1b' && chars.peek() == Some(&'\\') {
                        chars.next();
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    std::borrow::Cow::Owned(clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capture_takes_context_in_chars() {
        let text = "ab—cd—ef";
        let quote = TextQuoteSelector::capture(text, Span::new(3, 5));
        assert_eq!(quote.exact, "cd");
        assert_eq!(quote.prefix, "ab—");
        assert_eq!(quote.suffix, "—ef");
    }

    #[test]
    fn new_note_rejects_empty_or_outside_passages() {
        assert!(Note::new(NoteKind::Bookmark, "a", "hello", Span::new(2, 2), "").is_err());
        assert!(Note::new(NoteKind::Bookmark, "a", "hello", Span::new(2, 9), "").is_err());
        let note = Note::new(NoteKind::Annotation, "a", "hello", Span::new(1, 4), "x").unwrap();
        assert_eq!(note.quote.exact, "ell");
        assert_eq!(note.article_hash, hash::text_hash("hello"));
    }

    #[test]
    fn one_line_strips_escapes_and_breaks() {
        assert_eq!(one_line("a\x1b]52;c;ZXZpbA==\x07b\n c\t"), "ab c");
        assert_eq!(
            one_line("x\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\y"),
            "xlinky"
        );
        assert_eq!(
            printable("a\tb\x1b[31m\nc\x1b[0m\u{9b}\u{202e}"),
            "a b\nc\u{fffd}\u{2370}"
        );
        assert_eq!(one_line("bell\x07 rtl\u{202e}"), "bell␇ rtl\u{2370}");
    }
}

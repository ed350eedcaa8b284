//! One article's notes placed in its current text: what the reader highlights, jumps between
//! (`]` / `[`) and lists as orphans.

use super::{Anchor, Anchorer, Note};
use crate::span::Span;

/// A note and where its passage is now.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacedNote {
    pub note: Note,
    pub anchor: Anchor,
}

/// The notes of one article, anchored once when the article is opened.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ArticleNotes {
    /// Notes that were found, by start of their passage.
    placed: Vec<(Span, PlacedNote)>,
    /// Notes whose passage is gone, in the order given.
    orphans: Vec<Note>,
}

impl ArticleNotes {
    /// Anchors `notes` (one article's) in `text`, the article's current text.
    pub fn anchor<'n>(text: &str, notes: impl IntoIterator<Item = &'n Note>) -> Self {
        let anchorer = Anchorer::new(text);
        let anchored = notes
            .into_iter()
            .map(|note| (note, anchorer.locate(note)))
            .collect::<Vec<_>>();
        ArticleNotes::from_anchors(anchored)
    }

    /// [`Self::anchor`] when every note is where it was saved (the article is unchanged),
    /// which costs a comparison of each quote with the text and no search; `None` as soon as
    /// one note would have to be searched for.
    pub fn anchor_at_saved_positions<'n>(
        text: &str,
        notes: impl IntoIterator<Item = &'n Note>,
    ) -> Option<Self> {
        let anchorer = Anchorer::new(text);
        let anchored = notes
            .into_iter()
            .map(|note| Some((note, anchorer.locate_at_saved_position(note)?)))
            .collect::<Option<Vec<_>>>()?;
        Some(ArticleNotes::from_anchors(anchored))
    }

    fn from_anchors(anchored: Vec<(&Note, Anchor)>) -> Self {
        let mut article_notes = ArticleNotes::default();
        for (note, anchor) in anchored {
            match anchor.span() {
                Some(span) => article_notes.placed.push((
                    span,
                    PlacedNote {
                        note: note.clone(),
                        anchor,
                    },
                )),
                None => article_notes.orphans.push(note.clone()),
            }
        }
        article_notes
            .placed
            .sort_by_key(|(span, placed)| (span.start, span.end, placed.note.created));
        article_notes
    }

    /// Notes found in the text, by position.
    pub fn placed(&self) -> impl Iterator<Item = (Span, &PlacedNote)> {
        self.placed.iter().map(|(span, placed)| (*span, placed))
    }

    /// Notes whose passage is no longer in the text: show them with their saved quote.
    pub fn orphans(&self) -> &[Note] {
        &self.orphans
    }

    /// Notes whose passage overlaps `span` (e.g. the lines on screen), for highlighting.
    pub fn overlapping(&self, span: Span) -> impl Iterator<Item = (Span, &PlacedNote)> {
        self.placed()
            .filter(move |(placed_span, _)| placed_span.overlaps(span))
    }

    /// The notes whose passage contains `char_offset` (the cursor), innermost last.
    pub fn at(&self, char_offset: usize) -> Vec<&PlacedNote> {
        self.placed()
            .filter(|(span, _)| span.contains(char_offset))
            .map(|(_, placed)| placed)
            .collect()
    }

    /// The first note starting after `char_offset` (`]`).
    pub fn next_after(&self, char_offset: usize) -> Option<(Span, &PlacedNote)> {
        self.placed().find(|(span, _)| span.start > char_offset)
    }

    /// The last note starting before `char_offset` (`[`).
    pub fn previous_before(&self, char_offset: usize) -> Option<(Span, &PlacedNote)> {
        self.placed()
            .filter(|(span, _)| span.start < char_offset)
            .last()
    }

    pub fn is_empty(&self) -> bool {
        self.placed.is_empty() && self.orphans.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notes::NoteKind;

    const TEXT: &str = "One two three. Four five six. Seven eight nine.";

    fn note(passage: &str) -> Note {
        let start = TEXT.find(passage).unwrap();
        let span = Span::new(start, start + passage.len());
        Note::new(NoteKind::Bookmark, "a", TEXT, span, "").unwrap()
    }

    #[test]
    fn navigates_and_separates_orphans() {
        let (first, second, third) = (note("two three"), note("Seven"), note("five six"));
        let notes = [second.clone(), first.clone(), third.clone()];
        let edited = TEXT.replace("Seven", "Ten");
        let article = ArticleNotes::anchor(&edited, &notes);
        assert_eq!(article.orphans(), std::slice::from_ref(&second));
        let order: Vec<&str> = article.placed().map(|(_, p)| p.note.id.as_str()).collect();
        assert_eq!(order, vec![first.id.as_str(), third.id.as_str()]);
        assert_eq!(article.next_after(0).unwrap().1.note.id, first.id);
        assert_eq!(article.next_after(4).unwrap().1.note.id, third.id);
        assert!(article.next_after(20).is_none());
        assert_eq!(article.previous_before(40).unwrap().1.note.id, third.id);
        assert_eq!(article.at(5).len(), 1);
        assert!(article.at(0).is_empty());
        assert_eq!(article.overlapping(Span::new(0, 10)).count(), 1);
    }
}

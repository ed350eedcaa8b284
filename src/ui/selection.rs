//! The article pane's cursor and passage selection, as char offsets into the article's original
//! text: the cursor moves by laid-out line (keeping its column), by word or by sentence, and a
//! selection runs from where `v` was pressed to the cursor. Everything here is a pure function
//! of the [`Document`] and the text, so it survives re-wrapping at another width.

use super::document::Document;
use crate::span::{CharIndex, Span};
use unicode_segmentation::UnicodeSegmentation;

/// A selection in progress: from `anchor` (where it started) to the cursor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Selection {
    pub anchor: usize,
    /// Whole lines until the reader moves by word or sentence, then char by char.
    pub linewise: bool,
}

/// The cursor of one article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleCursor {
    /// A char offset into the article text, on a line that shows text.
    pub at: usize,
    pub selection: Option<Selection>,
}

/// Lines with a source range, the only ones the cursor stops on.
fn is_text_line(document: &Document, line: usize) -> bool {
    document.lines.get(line).is_some_and(|l| l.source.is_some())
}

/// The line showing the cursor.
pub fn line_of_cursor(document: &Document, at: usize) -> Option<usize> {
    let line = document.line_of(at)?;
    is_text_line(document, line).then_some(line)
}

/// The first text line at or after `line` (or before it, at the end of the document).
pub fn nearest_text_line(document: &Document, line: usize) -> Option<usize> {
    (line..document.len())
        .find(|&l| is_text_line(document, l))
        .or_else(|| {
            (0..line.min(document.len()))
                .rev()
                .find(|&l| is_text_line(document, l))
        })
}

/// The cursor moved `step` text lines down (up when negative), keeping its column.
pub fn move_lines(document: &Document, at: usize, step: isize) -> usize {
    let Some(line) = line_of_cursor(document, at) else {
        return first_position(document).unwrap_or(at);
    };
    let source = document.lines[line].source.unwrap_or_default();
    let column = at.saturating_sub(source.start).min(source.len());
    let text_lines: Vec<usize> = (0..document.len())
        .filter(|&l| is_text_line(document, l))
        .collect();
    let Ok(here) = text_lines.binary_search(&line) else {
        return at;
    };
    let target = (here as isize)
        .saturating_add(step)
        .clamp(0, text_lines.len() as isize - 1) as usize;
    let target = document.lines[text_lines[target]]
        .source
        .unwrap_or_default();
    target.start + column.min(target.len().saturating_sub(1))
}

/// The start of the first line that shows text.
pub fn first_position(document: &Document) -> Option<usize> {
    let line = nearest_text_line(document, 0)?;
    document.lines[line].source.map(|s| s.start)
}

/// The cursor put on `line` (a screen line), at its start.
pub fn position_on_line(document: &Document, line: usize) -> Option<usize> {
    let line = nearest_text_line(document, line)?;
    document.lines[line].source.map(|s| s.start)
}

/// The block (paragraph, caption, heading, title) the cursor is in: the run of text lines of
/// one kind around it, as one span of the article text.
pub fn block_at(document: &Document, at: usize) -> Option<Span> {
    let line = line_of_cursor(document, at)?;
    let kind = document.lines[line].kind;
    let same = |l: usize| is_text_line(document, l) && document.lines[l].kind == kind;
    let mut first = line;
    while first > 0 && same(first - 1) {
        first -= 1;
    }
    let mut last = line;
    while last + 1 < document.len() && same(last + 1) {
        last += 1;
    }
    Some(Span::new(
        document.lines[first].source?.start,
        document.lines[last].source?.end,
    ))
}

/// The block after (or before) the one holding `at`.
fn neighbour_block(document: &Document, at: usize, forward: bool) -> Option<Span> {
    let block = block_at(document, at)?;
    let line = line_of_cursor(document, if forward { block.end } else { block.start })?;
    let lines: Box<dyn Iterator<Item = usize>> = if forward {
        Box::new(line + 1..document.len())
    } else {
        Box::new((0..line).rev())
    };
    for l in lines {
        if let Some(source) = document.lines[l].source
            && !block.overlaps(source)
            && source.start != block.end
        {
            return block_at(document, source.start);
        }
    }
    None
}

/// The pieces of `block` that `split` finds, trimmed and non-empty, as article char spans.
fn pieces(
    text: &str,
    index: &CharIndex,
    block: Span,
    split: fn(&str) -> Vec<(usize, &str)>,
    keep: fn(&str) -> bool,
) -> Vec<Span> {
    let block_text = index.slice(text, block);
    let mut spans = Vec::new();
    let mut chars_before = 0;
    let mut last_byte = 0;
    for (byte, piece) in split(block_text) {
        chars_before += block_text[last_byte..byte].chars().count();
        last_byte = byte;
        let trimmed = piece.trim();
        if trimmed.is_empty() || !keep(trimmed) {
            continue;
        }
        let leading = piece.chars().take_while(|c| c.is_whitespace()).count();
        let start = block.start + chars_before + leading;
        spans.push(Span::new(start, start + trimmed.chars().count()));
    }
    spans
}

fn words(text: &str, index: &CharIndex, block: Span) -> Vec<Span> {
    pieces(
        text,
        index,
        block,
        |t| t.split_word_bound_indices().collect(),
        |w| w.chars().any(char::is_alphanumeric),
    )
}

fn sentences(text: &str, index: &CharIndex, block: Span) -> Vec<Span> {
    pieces(
        text,
        index,
        block,
        crate::sentences::sentence_bound_indices,
        |_| true,
    )
}

/// Word (`w`/`b`) or sentence (`)`/`(`) motions: forward to the end of the next piece, back
/// to the start of the previous one, crossing into the next or previous block at the edges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Word,
    Sentence,
}

pub fn move_by_unit(
    document: &Document,
    text: &str,
    index: &CharIndex,
    at: usize,
    unit: Unit,
    forward: bool,
) -> usize {
    let split = |block: Span| match unit {
        Unit::Word => words(text, index, block),
        Unit::Sentence => sentences(text, index, block),
    };
    let Some(block) = block_at(document, at) else {
        return at;
    };
    let here = split(block);
    let found = if forward {
        here.iter().find(|s| s.end > at).map(|s| s.end)
    } else {
        here.iter().rev().find(|s| s.start < at).map(|s| s.start)
    };
    if let Some(found) = found {
        return found;
    }
    let Some(next) = neighbour_block(document, at, forward) else {
        return at;
    };
    let there = split(next);
    let found = if forward {
        there.first().map(|s| s.end)
    } else {
        there.last().map(|s| s.start)
    };
    found.unwrap_or(at)
}

/// The selected passage: whole lines for a line selection, else anchor to cursor; trimmed of
/// whitespace at both ends. `None` when only whitespace is selected.
pub fn selected_span(
    document: &Document,
    text: &str,
    index: &CharIndex,
    cursor: &ArticleCursor,
) -> Option<Span> {
    let selection = cursor.selection?;
    let (low, high) = if selection.anchor <= cursor.at {
        (selection.anchor, cursor.at)
    } else {
        (cursor.at, selection.anchor)
    };
    let span = if selection.linewise {
        let first = document.lines[line_of_cursor(document, low)?].source?;
        let last = document.lines[line_of_cursor(document, high)?].source?;
        Span::new(first.start, last.end.max(first.start))
    } else {
        Span::new(low, high.min(index.char_len()))
    };
    trim(text, index, span)
}

/// `span` without whitespace at its ends.
pub fn trim(text: &str, index: &CharIndex, span: Span) -> Option<Span> {
    let slice = index.slice(text, span);
    let leading = slice.chars().take_while(|c| c.is_whitespace()).count();
    let kept = slice.trim().chars().count();
    (kept > 0).then(|| Span::new(span.start + leading, span.start + leading + kept))
}

/// The passage to note: the selection, else the sentence under the cursor, else its block.
pub fn passage(
    document: &Document,
    text: &str,
    index: &CharIndex,
    cursor: &ArticleCursor,
) -> Option<Span> {
    if cursor.selection.is_some() {
        return selected_span(document, text, index, cursor);
    }
    let block = block_at(document, cursor.at)?;
    let at = cursor.at.min(block.end.saturating_sub(1)).max(block.start);
    crate::notes::passage::sentence_at(text, block, at)
        .or_else(|| trim(text, index, crate::notes::passage::trimmed(text, block)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> crate::archive::Article {
        crate::archive::parse_article("t.txt", text)
    }

    const TEXT: &str =
        "Headline here\n\nOne two three. Four five six seven eight nine ten.\n\nLast para here.";

    #[test]
    fn lines_words_and_sentences_move_the_cursor_in_chars() {
        let article = article(TEXT);
        let document = Document::layout(&article, 20);
        let index = CharIndex::new(&article.text);
        let start = first_position(&document).unwrap();
        assert_eq!(start, 0);
        let one = article.text.find("One").unwrap();
        let down = move_lines(&document, start, 1);
        assert_eq!(down, one, "the blank and meta lines are skipped");
        let word = |at, forward| move_by_unit(&document, TEXT, &index, at, Unit::Word, forward);
        assert_eq!(word(one, true), one + 3);
        assert_eq!(word(one + 3, true), one + 7);
        assert_eq!(word(one + 7, false), one + 4);
        let sentence =
            |at, forward| move_by_unit(&document, TEXT, &index, at, Unit::Sentence, forward);
        assert_eq!(sentence(one, true), one + "One two three.".len());
        let last = article.text.find("Last").unwrap();
        let end_of_para = article.text.find("ten.").unwrap() + 4;
        assert_eq!(sentence(end_of_para - 1, true), end_of_para);
        assert_eq!(sentence(end_of_para, true), last + "Last para here.".len());
        assert_eq!(
            word(last, false),
            end_of_para - 4,
            "back into the previous block"
        );
    }

    #[test]
    fn passages_are_the_selection_or_the_sentence_under_the_cursor() {
        let article = article(TEXT);
        let document = Document::layout(&article, 20);
        let index = CharIndex::new(&article.text);
        let four = article.text.find("Four").unwrap();
        let mut cursor = ArticleCursor {
            at: four + 2,
            selection: None,
        };
        let span = passage(&document, TEXT, &index, &cursor).unwrap();
        assert_eq!(
            index.slice(TEXT, span),
            "Four five six seven eight nine ten."
        );
        let one = article.text.find("One").unwrap();
        cursor.selection = Some(Selection {
            anchor: one,
            linewise: true,
        });
        let span = passage(&document, TEXT, &index, &cursor).unwrap();
        let selected = index.slice(TEXT, span);
        assert!(selected.starts_with("One two three. Four"), "{selected}");
        cursor.selection = Some(Selection {
            anchor: one + 4,
            linewise: false,
        });
        cursor.at = one + 13;
        let span = passage(&document, TEXT, &index, &cursor).unwrap();
        assert_eq!(index.slice(TEXT, span), "two three");
    }
}

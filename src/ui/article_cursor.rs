//! Moving the article cursor: by line with j/k and the page keys (the view follows), by word or
//! sentence, by click; and keeping it on screen when the view scrolls otherwise. `height` is
//! the number of article lines on screen.

use super::open_article::OpenArticle;
use super::selection::{self, ArticleCursor, Unit};

/// Moves the cursor `step` lines (pages move the view along); for j/k and the page keys when
/// the article pane has the focus.
pub fn move_lines(cursor: &mut ArticleCursor, open: &mut OpenArticle, height: usize, step: isize) {
    let Some(document) = open.document.as_ref() else {
        return;
    };
    cursor.at = selection::move_lines(document, cursor.at, step);
    if step.unsigned_abs() > 1 {
        open.scroll = (open.scroll as isize).saturating_add(step).max(0) as usize;
    }
    if let Some(line) = selection::line_of_cursor(document, cursor.at) {
        if line < open.scroll {
            open.scroll = line;
        } else if line >= open.scroll + height {
            open.scroll = line + 1 - height;
        }
    }
}

/// Moves the cursor a word or a sentence; a selection being made becomes character-wise.
pub fn move_unit(
    cursor: &mut ArticleCursor,
    open: &mut OpenArticle,
    height: usize,
    unit: Unit,
    forward: bool,
) {
    let Some(document) = open.document.as_ref() else {
        return;
    };
    cursor.at = selection::move_by_unit(
        document,
        &open.article.text,
        &open.index,
        cursor.at,
        unit,
        forward,
    );
    if let Some(selection) = cursor.selection.as_mut() {
        selection.linewise = false;
    }
    scroll_to_cursor(cursor, open, height);
}

/// Scrolls so the cursor's line shows.
pub fn scroll_to_cursor(cursor: &ArticleCursor, open: &mut OpenArticle, height: usize) {
    let Some(document) = open.document.as_ref() else {
        return;
    };
    if let Some(line) = selection::line_of_cursor(document, cursor.at)
        && (line < open.scroll || line >= open.scroll + height)
    {
        open.scroll = line.saturating_sub(height / 3);
        let last = document.len().saturating_sub(height);
        open.scroll = open.scroll.min(last);
    }
}

/// A click on the article's text puts the cursor on the char under the pointer (`row` counts
/// from the pane's first text line).
pub fn click(cursor: &mut ArticleCursor, open: &OpenArticle, row: usize, column: usize) {
    let Some(document) = open.document.as_ref() else {
        return;
    };
    let line = open.scroll + row;
    let Some(source) = document.lines.get(line).and_then(|l| l.source) else {
        return;
    };
    let mut used = 0;
    let mut offset = 0;
    for ch in document.lines[line].text.chars() {
        let width = unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0);
        if used + width > column {
            break;
        }
        used += width;
        offset += 1;
    }
    cursor.at = (source.start + offset).min(source.end.saturating_sub(1));
}

/// Keeps the cursor on a text line inside the visible part of the article.
pub fn keep_cursor_in_view(cursor: &mut ArticleCursor, open: &OpenArticle, height: usize) {
    let Some(document) = open.document.as_ref() else {
        return;
    };
    let bottom = (open.scroll + height).min(document.len()).saturating_sub(1);
    match selection::line_of_cursor(document, cursor.at) {
        Some(line) if line >= open.scroll && line <= bottom => {
            let start = document.lines[line].source.map_or(0, |s| s.start);
            cursor.at = cursor.at.max(start);
        }
        Some(line) if line > bottom => {
            let target = (open.scroll..=bottom)
                .rev()
                .find(|&l| document.lines[l].source.is_some());
            if let Some(start) = target.and_then(|l| document.lines[l].source) {
                cursor.at = start.start;
            }
        }
        _ => {
            if let Some(at) = selection::position_on_line(document, open.scroll) {
                cursor.at = at;
            }
        }
    }
}

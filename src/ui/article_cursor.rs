//! Moving the article cursor in the app: by line with j/k and the page keys (the view follows),
//! by word or sentence, by click; and keeping it on screen when the view scrolls otherwise.

use super::app::App;
use super::layout::inner;
use super::notes_ui::with_document;
use super::selection::{self, Unit};

fn article_height(app: &App) -> usize {
    app.layout()
        .article
        .map_or(1, |r| inner(r).height as usize)
        .max(1)
}

/// Moves the cursor `step` lines (pages move the view along); called for j/k and the page keys
/// when the article pane has the focus.
pub fn move_cursor(app: &mut App, step: isize) {
    let height = article_height(app);
    let Some(open) = app.open.as_mut() else {
        return;
    };
    let Some(document) = open.document.as_ref() else {
        return;
    };
    let cursor = &mut app.notes.cursor;
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

pub(super) fn move_unit(app: &mut App, unit: Unit, forward: bool) -> bool {
    with_document(app, |app| {
        let Some(open) = app.open.as_ref() else {
            return;
        };
        let index = &open.index;
        let Some(document) = open.document.as_ref() else {
            return;
        };
        let cursor = &mut app.notes.cursor;
        cursor.at = selection::move_by_unit(
            document,
            &open.article.text,
            index,
            cursor.at,
            unit,
            forward,
        );
        if let Some(selection) = cursor.selection.as_mut() {
            selection.linewise = false;
        }
    });
    scroll_to_cursor(app);
    true
}

/// Scrolls so the cursor's line shows.
pub(super) fn scroll_to_cursor(app: &mut App) {
    let height = article_height(app);
    let Some(open) = app.open.as_mut() else {
        return;
    };
    let Some(document) = open.document.as_ref() else {
        return;
    };
    if let Some(line) = selection::line_of_cursor(document, app.notes.cursor.at)
        && (line < open.scroll || line >= open.scroll + height)
    {
        open.scroll = line.saturating_sub(height / 3);
        let last = document.len().saturating_sub(height);
        open.scroll = open.scroll.min(last);
    }
}

/// A click on the article's text puts the cursor on the char under the pointer.
pub fn click(app: &mut App, row: usize, column: usize) {
    let Some(open) = app.open.as_ref() else {
        return;
    };
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
    app.notes.cursor.at = (source.start + offset).min(source.end.saturating_sub(1));
}

/// Keeps the cursor on a text line inside the visible part of the article.
pub(super) fn keep_cursor_in_view(app: &mut App) {
    let height = article_height(app);
    let Some(open) = app.open.as_ref() else {
        return;
    };
    let Some(document) = open.document.as_ref() else {
        return;
    };
    let bottom = (open.scroll + height).min(document.len()).saturating_sub(1);
    let cursor = &mut app.notes.cursor;
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

//! What notes add to the article pane: annotated passages in the note colour, bookmarked ones
//! underlined, a gutter mark on the pane's left border for every line holding a note, the
//! selection, and the cursor. Painted over the visible lines only.

use super::app::App;
use super::document::DocLine;
use super::layout::{Pane, text_area};
use super::selection;
use crate::notes::NoteKind;
use crate::span::Span;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use unicode_width::UnicodeWidthStr;

/// Gutter marks on the left border: annotation, bookmark, cursor line.
pub const ANNOTATION_MARK: &str = "▌";
pub const BOOKMARK_MARK: &str = "◆";
pub const CURSOR_MARK: &str = "▶";

/// The cells `span` covers on a line showing `source`: (first column, width).
fn columns(line: &DocLine, source: Span, span: Span) -> Option<(u16, u16)> {
    let touches = span.overlaps(source)
        || (span.is_empty() && span.start >= source.start && span.start <= source.end);
    if !touches {
        return None;
    }
    let from = span.start.max(source.start) - source.start;
    let to = span.end.min(source.end).max(span.start.max(source.start)) - source.start;
    let prefix: String = line.text.chars().take(from).collect();
    let piece: String = line.text.chars().skip(from).take(to - from).collect();
    Some((prefix.width() as u16, piece.width() as u16))
}

fn paint(buffer: &mut Buffer, area: Rect, y: u16, (x, width): (u16, u16), style: Style) {
    if x >= area.width {
        return;
    }
    let width = width.min(area.width - x);
    buffer.set_style(Rect::new(area.x + x, y, width, 1), style);
}

pub fn render(app: &App, rect: Rect, buffer: &mut Buffer) {
    let Some(open) = app.open_article() else {
        return;
    };
    let Some(document) = &open.document else {
        return;
    };
    if app.notes().article() != Some(open.article.id.as_str()) {
        return;
    }
    let theme = &app.config().theme;
    let area = text_area(rect, app.config().reading_width);
    let height = area.height as usize;
    let cursor = app.notes().cursor();
    let focused = app.focus() == Pane::Article;
    let selected =
        app.notes().cursor().selection.and_then(|_| {
            selection::selected_span(document, &open.article.text, &open.index, cursor)
        });
    let cursor_line = selection::line_of_cursor(document, cursor.at);
    for (row, line_number) in (open.scroll..document.len()).take(height).enumerate() {
        let line = &document.lines[line_number];
        let Some(source) = line.source else { continue };
        let y = area.y + row as u16;
        let mut gutter = None;
        for (span, placed) in app.notes().placed_notes().overlapping(source) {
            let style = match placed.note.kind {
                NoteKind::Annotation => theme.note,
                NoteKind::Bookmark => Style::new().add_modifier(Modifier::UNDERLINED),
            };
            if let Some(cells) = columns(line, source, span) {
                paint(buffer, area, y, cells, style);
            }
            gutter = match (gutter, placed.note.kind) {
                (Some(NoteKind::Annotation), _) | (_, NoteKind::Annotation) => {
                    Some(NoteKind::Annotation)
                }
                _ => Some(NoteKind::Bookmark),
            };
        }
        if let Some(span) = selected
            && let Some(cells) = columns(line, source, span)
        {
            paint(buffer, area, y, cells, theme.selection);
        }
        let on_cursor_line = cursor_line == Some(line_number) && focused;
        // Just left of the text: the pane's border, or the margin when the text is centred.
        if rect.width > 0 && rect.x < area.x {
            let (symbol, style) = match (on_cursor_line, gutter) {
                (true, _) => (CURSOR_MARK, theme.border_focused),
                (false, Some(NoteKind::Annotation)) => (ANNOTATION_MARK, note_fg(theme.note)),
                (false, Some(NoteKind::Bookmark)) => (BOOKMARK_MARK, note_fg(theme.note)),
                (false, None) => continue,
            };
            buffer[(area.x - 1, y)].set_symbol(symbol).set_style(style);
        }
        if on_cursor_line {
            let at = cursor.at.clamp(source.start, source.end);
            let cell = columns(line, source, Span::new(at, (at + 1).min(source.end)))
                .map(|(x, w)| (x, w.max(1)));
            if let Some(cell) = cell {
                paint(
                    buffer,
                    area,
                    y,
                    cell,
                    Style::new().add_modifier(Modifier::REVERSED),
                );
            }
        }
    }
}

/// The gutter mark's colour: the note colour as foreground (the theme sets it as background).
fn note_fg(note: Style) -> Style {
    match note.bg {
        Some(colour) => Style::new().fg(colour),
        None => note,
    }
}

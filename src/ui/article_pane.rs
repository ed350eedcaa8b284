//! The open article: the visible slice of its laid-out lines, styled by block kind, with every
//! mention coloured by kind and the selected fact's mentions marked.

use super::app::App;
use super::document::{DocLine, LineKind};
use super::facts_view::highlights_in;
use super::layout::{Pane, inner, text_area};
use super::pane_frame::pane_block;
use super::theme::Theme;
use crate::span::Span as CharSpan;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub fn render(app: &App, rect: Rect, buffer: &mut Buffer) {
    let theme = &app.config().theme;
    let area = inner(rect);
    let Some(open) = app.open_article() else {
        pane_block(app, Pane::Article, Line::from(" Article ")).render(rect, buffer);
        let text = match (app.read_error(), app.requested_article()) {
            (Some(error), _) => format!("cannot open {error}"),
            (None, Some(_)) => "opening…".to_owned(),
            (None, None) => "no article selected".to_owned(),
        };
        let style = if app.read_error().is_some() {
            theme.warning
        } else {
            theme.meta
        };
        buffer.set_line(
            area.x,
            area.y,
            &Line::styled(super::sanitize::sanitize_label(&text), style),
            area.width,
        );
        return;
    };
    let Some(document) = &open.document else {
        pane_block(app, Pane::Article, Line::from(" Article ")).render(rect, buffer);
        buffer.set_line(
            area.x,
            area.y,
            &Line::styled("laying out…", theme.meta),
            area.width,
        );
        return;
    };
    let total = document.len();
    let height = area.height as usize;
    let position = if total <= height {
        "all".to_owned()
    } else {
        let shown = (open.scroll + height).min(total);
        format!("{}%", shown * 100 / total)
    };
    let mut block = pane_block(app, Pane::Article, Line::from(" Article ")).title_bottom(
        Line::from(format!(
            " {}-{}/{total} {position} ",
            open.scroll + 1,
            (open.scroll + height).min(total)
        ))
        .right_aligned(),
    );
    if let Some(note) = note_under_cursor(app) {
        block = block.title_bottom(Line::styled(note, theme.quote));
    }
    if let Some(encoding) = open.article.decoded_as {
        // Said where the text is, for as long as it shows: a wrong guess shows in the text.
        block = block.title_bottom(Line::styled(
            format!(" not UTF-8: read as {} ", encoding.name()),
            theme.warning,
        ));
    }
    block.render(rect, buffer);
    let text = text_area(rect, app.config().reading_width);
    let marks = app.marks();
    let current_mark = marks.current();
    for (row, line) in document
        .lines
        .iter()
        .skip(open.scroll)
        .take(height)
        .enumerate()
    {
        let near = line.source.map_or(&[][..], |source| marks.touching(source));
        let styled = styled_line(
            line,
            theme,
            &open.highlights,
            near,
            current_mark,
            open.article.dateline.as_ref().map(|d| d.span),
        );
        buffer.set_line(text.x, text.y + row as u16, &styled, text.width);
    }
    super::notes_overlay::render(app, rect, buffer);
}

/// The note of the passage under the article cursor, for the pane's bottom border: what the
/// reader wrote shows where they read, not only in the notes view.
fn note_under_cursor(app: &App) -> Option<String> {
    let open = app.open_article()?;
    if app.focus() != Pane::Article || app.notes().article() != Some(open.article.id.as_str()) {
        return None;
    }
    let placed = app.placed_notes().at(app.note_cursor());
    let note = &placed
        .iter()
        .rev()
        .find(|p| !p.note.text.trim().is_empty())?
        .note;
    let more = if note.text.trim().lines().count() > 1 {
        " …"
    } else {
        ""
    };
    Some(format!(
        " ✎ {}{more} ",
        super::sanitize::sanitize_label(note.first_line())
    ))
}

fn base_style(kind: LineKind, theme: &Theme) -> Style {
    match kind {
        LineKind::Title => theme.title,
        LineKind::Meta => theme.meta,
        LineKind::Caption => theme.caption,
        LineKind::Heading => theme.heading,
        LineKind::Paragraph | LineKind::Blank => Style::new(),
    }
}

/// One line's spans: the block style, then kind colours, then marks, split where styles change.
pub fn styled_line<'a>(
    line: &'a DocLine,
    theme: &Theme,
    highlights: &[super::facts_view::Highlight],
    marks: &[CharSpan],
    current_mark: Option<CharSpan>,
    dateline: Option<CharSpan>,
) -> Line<'a> {
    let base = base_style(line.kind, theme);
    let Some(source) = line.source else {
        return Line::styled(line.text.as_str(), base);
    };
    let chars: Vec<(usize, char)> = line.text.char_indices().collect();
    let mut styles = vec![base; chars.len()];
    let mut paint = |span: CharSpan, style: Style| {
        if !span.overlaps(source) {
            return;
        }
        let from = span.start.max(source.start) - source.start;
        let to = (span.end.min(source.end) - source.start).min(styles.len());
        for s in &mut styles[from.min(to)..to] {
            *s = s.patch(style);
        }
    };
    if let Some(dateline) = dateline {
        paint(dateline, Style::new().add_modifier(Modifier::BOLD));
    }
    for highlight in highlights_in(highlights, source) {
        paint(highlight.span, theme.entity(highlight.kind));
    }
    for mark in marks {
        paint(*mark, theme.mark);
    }
    if let Some(current) = current_mark {
        paint(
            current,
            theme
                .mark
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        );
    }
    let mut spans = Vec::new();
    let mut run_start = 0;
    for i in 1..=chars.len() {
        if i == chars.len() || styles[i] != styles[run_start] {
            let from = chars[run_start].0;
            let to = chars.get(i).map_or(line.text.len(), |c| c.0);
            spans.push(Span::styled(&line.text[from..to], styles[run_start]));
            run_start = i;
        }
    }
    Line::from(spans)
}

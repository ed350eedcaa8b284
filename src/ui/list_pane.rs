//! The article list: title, date and source per article, read/unread, a counter, and a gauge
//! while the archive is still loading.

use super::app::App;
use super::layout::{Pane, inner};
use super::list_order::ListOrder;
use super::pane_frame::{pane_block, set_clipped_line};
use super::sanitize::sanitize_label;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{LineGauge, Widget};

pub fn render(app: &App, rect: Rect, buffer: &mut Buffer) {
    let theme = &app.config().theme;
    let counter = if app.visible().is_empty() {
        "0/0".to_owned()
    } else {
        format!("{}/{}", app.list_cursor() + 1, app.visible().len())
    };
    let mut title = vec![Span::raw(format!(" Articles {counter} "))];
    if let Some(filter) = app.list_filter() {
        title.push(Span::styled(
            format!("[{}] ", sanitize_label(&filter.label())),
            theme.warning,
        ));
    }
    if let Some(label) = app.search().label() {
        title.push(Span::styled(label, theme.warning));
    }
    if app.list_order() != ListOrder::default() {
        let label = app.list_order().label(app.search().is_active());
        title.push(Span::styled(format!("· {label} "), theme.meta));
    }
    pane_block(app, Pane::List, Line::from(title)).render(rect, buffer);
    let area = inner(rect);
    if area.width == 0 || area.height == 0 {
        return;
    }
    let loading = !app.progress().done();
    let refreshing = app.progress().refreshing().filter(|_| !loading);
    let rows = area
        .height
        .saturating_sub(u16::from(loading || refreshing.is_some()));
    let mut y = area.y;
    for (position, &index) in app.visible().iter().enumerate().skip(app.list_offset()) {
        if y >= area.y + rows {
            break;
        }
        let Some(entry) = app.catalog().get(index as usize) else {
            continue;
        };
        let meta = &entry.meta;
        let selected = position == app.list_cursor();
        let read = app.reading_state().is_read(&meta.id);
        let marker = if read { "  " } else { "● " };
        let title_style = if read { Style::new() } else { theme.unread };
        let mut spans = vec![Span::styled(marker, theme.date)];
        spans.extend(app.search().title_spans(index, &meta.title, title_style));
        let mut line = Line::from(spans);
        let row_style = if selected {
            if app.focus() == Pane::List {
                theme.selection
            } else {
                Style::new().add_modifier(Modifier::REVERSED)
            }
        } else {
            Style::new()
        };
        line = line.patch_style(row_style);
        buffer.set_style(Rect::new(area.x, y, area.width, 1), row_style);
        set_clipped_line(buffer, area, y, &line);
        y += 1;
        if y >= area.y + rows {
            break;
        }
        let date = meta.published.map(|d| d.iso()).unwrap_or_default();
        let source = meta
            .source
            .as_deref()
            .map(sanitize_label)
            .unwrap_or_default();
        let detail = match (date.is_empty(), source.is_empty()) {
            (false, false) => format!("  {date} · {source}"),
            (false, true) => format!("  {date}"),
            (true, false) => format!("  {source}"),
            // Without date or source, the byline (else the file) tells articles apart.
            (true, true) => format!(
                "  {}",
                sanitize_label(meta.byline.as_deref().unwrap_or(&meta.id))
            ),
        };
        set_clipped_line(buffer, area, y, &Line::styled(detail, theme.meta));
        y += 1;
    }
    if app.visible().is_empty() {
        let text = if loading {
            "loading…"
        } else if app.list_filter().is_some() || app.search().is_active() {
            "no article matches (Esc widens)"
        } else {
            "no articles in this archive"
        };
        buffer.set_line(area.x, area.y, &Line::styled(text, theme.meta), area.width);
    }
    let gauge = match refreshing {
        Some((done, to_read)) => Some(("refreshing", done, to_read)),
        None if loading => {
            let total = app.progress().total.unwrap_or(0);
            Some(("loading", app.progress().read(), total))
        }
        None => None,
    };
    if let Some((what, done, total)) = gauge
        && area.height >= 1
    {
        let ratio = if total == 0 {
            0.0
        } else {
            (done as f64 / total as f64).clamp(0.0, 1.0)
        };
        LineGauge::default()
            .ratio(ratio)
            .label(format!("{what} {done}/{total}"))
            .filled_style(theme.border_focused)
            .render(Rect::new(area.x, area.bottom() - 1, area.width, 1), buffer);
    }
}

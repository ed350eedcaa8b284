//! The facts panel: people with roles, places, organisations, events, dates in time order and
//! quotes, coloured like their mentions in the body.

use super::app::App;
use super::facts_view::FactRow;
use super::layout::{Pane, inner};
use super::marks::MarkKind;
use super::pane_frame::{pane_block, set_clipped_line};
use super::sanitize::sanitize_label;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub fn render(app: &App, rect: Rect, buffer: &mut Buffer) {
    let theme = &app.config().theme;
    let marks = app.marks();
    let title = if marks.kind() == MarkKind::Mention && !marks.is_empty() {
        format!(" Facts · {} ", marks.counter())
    } else {
        String::from(" Facts ")
    };
    pane_block(app, Pane::Facts, Line::from(title)).render(rect, buffer);
    let area = inner(rect);
    if area.width == 0 || area.height == 0 {
        return;
    }
    let Some(open) = app.open_article() else {
        return;
    };
    if open.fact_rows.is_empty() {
        buffer.set_line(
            area.x,
            area.y,
            &Line::styled("no facts found", theme.meta),
            area.width,
        );
        return;
    }
    let facts = &open.facts;
    let rows = open
        .fact_rows
        .iter()
        .enumerate()
        .skip(app.facts_cursor().offset)
        .take(area.height as usize);
    for (y, (index, row)) in (area.y..).zip(rows) {
        let line = match *row {
            FactRow::Header(group, count) => {
                let style = group
                    .kind()
                    .map_or(theme.quote, |k| theme.entity(k))
                    .add_modifier(Modifier::BOLD);
                Line::from(Span::styled(format!("{} ({count})", group.label()), style))
            }
            FactRow::Entity(i) => {
                let entity = &facts.entities[i];
                let mut spans = vec![
                    Span::raw("  "),
                    Span::styled(sanitize_label(&entity.canonical), theme.entity(entity.kind)),
                ];
                if let Some(role) = &entity.role {
                    spans.push(Span::styled(
                        format!(", {}", sanitize_label(role)),
                        theme.meta,
                    ));
                }
                if entity.mentions.len() > 1 {
                    spans.push(Span::styled(
                        format!(" ×{}", entity.mentions.len()),
                        theme.meta,
                    ));
                }
                Line::from(spans)
            }
            FactRow::Date(i) => {
                let date = &facts.dates[i];
                let value = date.key().unwrap_or_else(|| "relative".to_owned());
                Line::from(vec![
                    Span::raw("  "),
                    Span::styled(sanitize_label(&value), theme.date),
                    Span::styled(format!("  {}", sanitize_label(&date.text)), theme.meta),
                ])
            }
            FactRow::Quote(i) => {
                let quote = &facts.quotes[i];
                let speaker = quote
                    .speaker
                    .as_deref()
                    .map_or("unattributed".to_owned(), sanitize_label);
                let words: Vec<&str> = quote.text.split_whitespace().take(8).collect();
                Line::from(vec![
                    Span::raw("  "),
                    Span::styled(speaker, theme.person),
                    Span::raw(": "),
                    Span::styled(
                        format!("“{}…”", sanitize_label(&words.join(" "))),
                        theme.quote,
                    ),
                ])
            }
        };
        let selected = app.facts_cursor().row == Some(index);
        let row_style = if selected && app.focus() == Pane::Facts {
            theme.selection
        } else if selected {
            Style::new().add_modifier(Modifier::REVERSED)
        } else {
            Style::new()
        };
        buffer.set_style(Rect::new(area.x, y, area.width, 1), row_style);
        set_clipped_line(buffer, area, y, &line.patch_style(row_style));
    }
}

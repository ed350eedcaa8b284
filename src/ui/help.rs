//! The help overlay listing the keys where the keys go now, generated from that context's
//! keymap, and the message popup for start-up problems. Drawn from the config alone.

use super::config::Config;
use super::keymap::{Command, Context};
use super::sanitize::sanitize_label;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

/// The key table of one context as the help overlay shows it: (keys, what they do), read from
/// that context's keymap so it cannot drift from it; commands without a key there are left out.
pub fn key_table(config: &Config, context: Context) -> Vec<(String, &'static str)> {
    let mut rows: Vec<(String, &'static str)> = Command::ALL
        .iter()
        .map(|command| (config.keys.keys_label(context, *command), command.what()))
        .filter(|(keys, _)| !keys.is_empty())
        .collect();
    rows.push(("wheel".into(), "scroll the pane under the pointer"));
    rows.push(("click".into(), "focus a pane, choose an article or a fact"));
    rows
}

pub fn render_help(config: &Config, context: Context, area: Rect, buffer: &mut Buffer) {
    let table = key_table(config, context);
    // Too many keys for the height: two columns side by side.
    let columns: u16 = if table.len() as u16 + 2 > area.height && area.width >= 80 {
        2
    } else {
        1
    };
    let per_column = table.len().div_ceil(columns as usize).max(1);
    let rect = centered(area, 72 * columns, per_column as u16 + 2);
    Clear.render(rect, buffer);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(config.theme.border_focused)
        .title(format!(" Keys in {} (? or Esc closes) ", context.label()))
        .title_style(config.theme.title.add_modifier(Modifier::BOLD));
    let inside = block.inner(rect);
    block.render(rect, buffer);
    let width = inside.width / columns;
    for (column, chunk) in table.chunks(per_column).enumerate() {
        let key_width = chunk
            .iter()
            .map(|(k, _)| k.chars().count())
            .max()
            .unwrap_or(0);
        let lines: Vec<Line> = chunk
            .iter()
            .map(|(keys, what)| {
                Line::from(vec![
                    Span::styled(format!(" {keys:<key_width$}  "), config.theme.heading),
                    Span::raw(*what),
                ])
            })
            .collect();
        let x = inside.x + width * column as u16;
        Paragraph::new(lines).render(Rect::new(x, inside.y, width, inside.height), buffer);
    }
}

pub fn render_message(config: &Config, title: &str, text: &str, area: Rect, buffer: &mut Buffer) {
    let rect = centered(area, 70, 9);
    Clear.render(rect, buffer);
    Paragraph::new(vec![
        Line::raw(sanitize_label(text)),
        Line::raw(""),
        Line::styled("Enter or Esc closes this message.", config.theme.meta),
    ])
    .wrap(Wrap { trim: true })
    .block(
        Block::default()
            .borders(Borders::ALL)
            .border_style(config.theme.warning)
            .title(format!(" {} ", sanitize_label(title))),
    )
    .render(rect, buffer);
}

//! What every pane draws around itself: its frame, and lines clipped to its width.

use super::app::App;
use super::layout::Pane;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, BorderType, Borders};

/// A pane's frame: its title, and the focused pane's border stands out.
pub fn pane_block<'a>(app: &App, pane: Pane, title: Line<'a>) -> Block<'a> {
    let focused = app.focus() == pane;
    let theme = &app.config().theme;
    let style: Style = if focused {
        theme.border_focused
    } else {
        theme.border
    };
    Block::default()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(style)
        .title(title)
}

/// Writes a one-row line, ending it with `…` when it does not fit.
pub fn set_clipped_line(
    buffer: &mut ratatui::buffer::Buffer,
    area: ratatui::layout::Rect,
    y: u16,
    line: &Line,
) {
    if area.width == 0 {
        return;
    }
    buffer.set_line(area.x, y, line, area.width);
    if line.width() > area.width as usize {
        let last = area.right() - 1;
        let style = buffer[(last, y)].style();
        buffer[(last, y)].set_symbol("…").set_style(style);
    }
}

//! Drawing the whole screen from the state. No I/O, no mutation, no work beyond what is seen.

use super::app::{App, Popup};
use super::layout::PaneLayout;
use super::{
    archive_views_draw, article_pane, facts_pane, help, list_pane, note_editor, notes_view,
    status_line,
};
use ratatui::Frame;

/// Lays the panes out for the frame itself: the terminal may have changed size since the last
/// Resize the app saw, and a rectangle outside the frame's buffer would panic.
pub fn draw(frame: &mut Frame, app: &App) {
    let layout = PaneLayout::compute(frame.area(), app.focus(), app.facts_toggled());
    let buffer = frame.buffer_mut();
    if let Some(rect) = layout.list {
        list_pane::render(app, rect, buffer);
    }
    if let Some(rect) = layout.article {
        article_pane::render(app, rect, buffer);
    }
    if let Some(rect) = layout.facts {
        facts_pane::render(app, rect, buffer);
    }
    if let Some(rect) = layout.status {
        status_line::render(app, rect, buffer);
    }
    // The notes' popups lie under the app's (help, start-up messages).
    let notes = app.notes();
    if let Some(editor) = notes.editor() {
        note_editor::render(app.config(), editor, frame.area(), frame.buffer_mut());
    } else if let Some(view) = notes.view() {
        let read_only = notes.store().and_then(|s| s.read_only_reason());
        notes_view::render(
            app.config(),
            read_only,
            view,
            frame.area(),
            frame.buffer_mut(),
        );
    }
    archive_views_draw::render(
        app.config(),
        app.archive_views(),
        frame.area(),
        frame.buffer_mut(),
    );
    if let Some(popup) = app.popups().last() {
        match popup {
            Popup::Help { scroll } => help::render_help(
                app.config(),
                app.key_context(),
                *scroll,
                frame.area(),
                frame.buffer_mut(),
            ),
            Popup::Message { title, text } => {
                help::render_message(app.config(), title, text, frame.area(), frame.buffer_mut())
            }
        }
    }
}

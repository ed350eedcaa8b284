//! The bottom line: mode, focused pane, key hints, loader warnings and one-off messages.

use super::app::App;
use super::keymap::{Command, Context};
use super::sanitize::sanitize_label;
use crate::archive::summarize_skipped;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

pub fn render(app: &App, rect: Rect, buffer: &mut Buffer) {
    let theme = &app.config().theme;
    buffer.set_style(rect, theme.status);
    let keys = &app.config().keys;
    let hint = |command: Command, what: &str| {
        format!("{} {what}", keys.first_key(app.key_context(), command))
    };
    let mut spans = vec![
        Span::styled(
            format!(" {} ", app.mode().label()),
            theme
                .status
                .add_modifier(Modifier::BOLD | Modifier::REVERSED),
        ),
        Span::styled(
            format!(" {} ", app.focus().label()),
            theme.status.add_modifier(Modifier::BOLD),
        ),
    ];
    spans.extend(app.search().status_spans(theme.status));
    spans.extend(app.find().status_spans(app.marks(), theme.status));
    let mut notes: Vec<(String, bool)> = Vec::new();
    if let Some(message) = app.status_message() {
        notes.push((message.to_owned(), false));
    }
    if let Some(skipped) = summarize_skipped(&app.progress().skipped) {
        notes.push((skipped, true));
    }
    for warning in app.warnings() {
        notes.push((warning.clone(), true));
    }
    if let Some(error) = app.read_error() {
        notes.push((error.to_owned(), true));
    }
    for (note, is_warning) in notes {
        let style = if is_warning {
            theme.status.add_modifier(Modifier::BOLD)
        } else {
            theme.status
        };
        spans.push(Span::styled(format!("│ {} ", sanitize_label(&note)), style));
    }
    let hints: Vec<String> = hints(app.key_context())
        .iter()
        .map(|&(command, what)| hint(command, what))
        .collect();
    spans.push(Span::styled(
        format!("│ {} ", hints.join(" · ")),
        theme.status,
    ));
    buffer.set_line(rect.x, rect.y, &Line::from(spans), rect.width);
}

/// The keys worth a hint where the keys go now.
fn hints(context: Context) -> &'static [(Command, &'static str)] {
    match context {
        Context::Find => &[
            (Command::Open, "keep"),
            (Command::Back, "clear"),
            (Command::Down, "next"),
            (Command::Up, "previous"),
        ],
        Context::Filter => &[
            (Command::Open, "keep"),
            (Command::Back, "clear"),
            (Command::Down, "next"),
            (Command::Up, "previous"),
        ],
        Context::Editor => &[(Command::SaveNote, "save"), (Command::Back, "cancel")],
        Context::NotesView => &[(Command::Open, "open"), (Command::Back, "close")],
        Context::List | Context::Article | Context::Facts => &[
            (Command::FocusNext, "pane"),
            (Command::Open, "open"),
            (Command::ToggleFacts, "facts"),
            (Command::Help, "help"),
            (Command::Quit, "quit"),
        ],
    }
}

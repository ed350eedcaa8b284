//! The note editor popup: a multi-line `tui_textarea` over the body, with the quoted passage
//! above it. Ctrl-S saves; Esc cancels, asking first when the note was changed.

use super::config::Config;
use super::keymap::{Command, Context};
use crate::archive::Article;
use crate::notes::{one_line, printable};
use crate::span::Span;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::{Block, Borders, Clear, Paragraph, Widget, Wrap};
use std::sync::Arc;
use tui_textarea::{TextArea, WrapMode};

/// What saving the editor does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditTarget {
    /// A new annotation on `span` of `article` (kept here, so that saving works whatever
    /// article is open by then).
    New { article: Arc<Article>, span: Span },
    /// An existing note's text; `to_annotation` when it was a bookmark.
    Existing { id: String, to_annotation: bool },
}

pub struct NoteEditor {
    pub target: EditTarget,
    /// The passage, safe for one line.
    pub quote: String,
    pub textarea: TextArea<'static>,
    initial: Vec<String>,
    /// Esc was pressed on a changed note: the next key decides.
    pub confirming_discard: bool,
}

/// What a key did to the editor.
#[derive(Debug, PartialEq, Eq)]
pub enum EditorOutcome {
    Editing,
    Save(String),
    Close,
}

impl NoteEditor {
    pub fn new(target: EditTarget, quote: &str, text: &str) -> Self {
        // A note read from the file may carry anything: show (and edit) its printable form.
        let lines: Vec<String> = printable(text).split('\n').map(str::to_owned).collect();
        let mut textarea = TextArea::new(lines.clone());
        textarea.set_wrap_mode(WrapMode::WordOrGlyph);
        textarea.set_cursor_line_style(ratatui::style::Style::new());
        textarea.move_cursor(tui_textarea::CursorMove::Bottom);
        textarea.move_cursor(tui_textarea::CursorMove::End);
        NoteEditor {
            target,
            quote: one_line(quote),
            textarea,
            initial: lines,
            confirming_discard: false,
        }
    }

    pub fn text(&self) -> String {
        self.textarea.lines().join("\n")
    }

    pub fn changed(&self) -> bool {
        self.textarea.lines() != self.initial.as_slice()
    }

    pub fn kind_label(&self) -> &'static str {
        match &self.target {
            EditTarget::New { .. } => "New annotation",
            EditTarget::Existing {
                to_annotation: true,
                ..
            } => "Annotate bookmark",
            EditTarget::Existing { .. } => "Edit note",
        }
    }

    /// Applies one key: `command` is what the keymap makes of it (only save and back count;
    /// every other key is typing).
    pub fn key(&mut self, key: KeyEvent, command: Option<Command>) -> EditorOutcome {
        if self.confirming_discard {
            self.confirming_discard = false;
            return match key.code {
                KeyCode::Char('y') | KeyCode::Char('Y') | KeyCode::Esc => EditorOutcome::Close,
                _ => EditorOutcome::Editing,
            };
        }
        match command {
            Some(Command::SaveNote) => EditorOutcome::Save(self.text()),
            Some(Command::Back) => {
                if self.changed() {
                    self.confirming_discard = true;
                    EditorOutcome::Editing
                } else {
                    EditorOutcome::Close
                }
            }
            _ => {
                self.textarea.input(key);
                EditorOutcome::Editing
            }
        }
    }
}

/// The popup: title, quoted passage, the textarea, and a footer with the keys.
pub fn render(config: &Config, editor: &NoteEditor, area: Rect, buffer: &mut Buffer) {
    let theme = &config.theme;
    let width = area.width.saturating_sub(4).clamp(1, 76);
    let height = area.height.saturating_sub(2).clamp(1, 16);
    let rect = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    Clear.render(rect, buffer);
    let keys = &config.keys;
    let footer = if editor.confirming_discard {
        Line::styled(
            " Discard the changes? y / Esc discards, any other key keeps editing ",
            theme.warning,
        )
    } else {
        Line::styled(
            format!(
                " {} saves · {} cancels ",
                keys.first_key(Context::Editor, Command::SaveNote),
                keys.first_key(Context::Editor, Command::Back)
            ),
            theme.meta,
        )
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(format!(" {} ", editor.kind_label()))
        .title_style(theme.title.add_modifier(Modifier::BOLD))
        .title_bottom(footer);
    let inside = block.inner(rect);
    block.render(rect, buffer);
    if inside.height == 0 || inside.width == 0 {
        return;
    }
    let quote_height = if inside.height >= 6 { 3 } else { 1 };
    let quote_rect = Rect::new(inside.x, inside.y, inside.width, quote_height);
    Paragraph::new(Line::from(vec![
        TextSpan::styled("“", theme.meta),
        TextSpan::styled(editor.quote.as_str(), theme.quote),
        TextSpan::styled("”", theme.meta),
    ]))
    .wrap(Wrap { trim: true })
    .render(quote_rect, buffer);
    let text_rect = Rect::new(
        inside.x,
        inside.y + quote_height,
        inside.width,
        inside.height - quote_height,
    );
    if text_rect.height == 0 {
        return;
    }
    let mut textarea = editor.textarea.clone();
    textarea.set_block(
        Block::default()
            .borders(Borders::TOP)
            .border_style(theme.border)
            .title(" Note "),
    );
    textarea.set_cursor_style(ratatui::style::Style::new().add_modifier(Modifier::REVERSED));
    (&textarea).render(text_rect, buffer);
}

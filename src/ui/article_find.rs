//! Find in the open article (`/` in the article, Ctrl-f anywhere): the input line, and the
//! matches it finds, which the app shows as marks that `n`/`N` step through.

use super::keymap::Command;
use super::line_input::LineInput;
use super::marks::{MarkKind, Marks};
use crate::find::{MAX_MATCHES, find_all};
use crate::span::CharIndex;
use crossterm::event::KeyEvent;
use ratatui::style::{Modifier, Style};
use ratatui::text::Span;

#[derive(Default)]
pub struct ArticleFind {
    input: LineInput,
    /// The input line takes the keys.
    editing: bool,
}

/// What a key in the find line asks of the reader.
#[derive(Debug, PartialEq, Eq)]
pub enum FindOutcome {
    /// The phrase changed: find it again.
    Changed,
    /// Enter: the line closes, the matches stay marked.
    Closed,
    /// Esc: the line closes and the marks go.
    Cleared,
    /// Down/Up: the next or previous match, while typing.
    Step(isize),
    Quit,
    Nothing,
}

impl ArticleFind {
    /// Opens the line, empty.
    pub fn open(&mut self) {
        self.input.clear();
        self.editing = true;
    }

    pub fn is_editing(&self) -> bool {
        self.editing
    }

    pub fn phrase(&self) -> &str {
        self.input.text()
    }

    /// A key while the line is open: `command` is what the find line's keymap makes of it.
    pub fn key(&mut self, key: &KeyEvent, command: Option<Command>) -> FindOutcome {
        match command {
            Some(Command::Open) => {
                self.editing = false;
                FindOutcome::Closed
            }
            Some(Command::Back) => {
                self.editing = false;
                FindOutcome::Cleared
            }
            Some(Command::Quit) => FindOutcome::Quit,
            Some(Command::Down) => FindOutcome::Step(1),
            Some(Command::Up) => FindOutcome::Step(-1),
            _ if self.input.key(*key) => FindOutcome::Changed,
            _ => FindOutcome::Nothing,
        }
    }

    /// The phrase's matches in `text`.
    pub fn matches(&self, text: &str, index: &CharIndex) -> Marks {
        Marks::new(
            find_all(text, index, self.phrase(), MAX_MATCHES),
            MarkKind::Match,
        )
    }

    /// The status line's part while typing: the line, then how many matches.
    pub fn status_spans(&self, marks: &Marks, style: Style) -> Vec<Span<'static>> {
        if !self.editing {
            return Vec::new();
        }
        let bold = style.add_modifier(Modifier::BOLD);
        let mut spans = vec![Span::styled(" find: ", bold)];
        spans.extend(self.input.spans(bold));
        let count = if self.phrase().trim().is_empty() {
            String::new()
        } else if marks.kind() == MarkKind::Match && !marks.is_empty() {
            format!(" │ {} ", marks.counter())
        } else {
            " │ no match ".to_owned()
        };
        spans.push(Span::styled(count, style));
        spans
    }
}

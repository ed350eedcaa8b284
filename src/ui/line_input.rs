//! A one-line text input, for the list filter and the notes view's query: tui-textarea's
//! editing (cursor moves, Ctrl-A/E, Alt-B/F, Ctrl-W, Ctrl-K, Alt-D, Ctrl-U) kept to one line.

use super::sanitize::safe_char;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Modifier, Style};
use ratatui::text::Span;
use tui_textarea::{CursorMove, TextArea};

#[derive(Default)]
pub struct LineInput {
    textarea: TextArea<'static>,
}

impl LineInput {
    pub fn text(&self) -> &str {
        self.textarea.lines().first().map_or("", String::as_str)
    }

    pub fn clear(&mut self) {
        self.textarea = TextArea::default();
    }

    /// Replaces the text, the cursor at its end; a newline in `text` ends the line.
    pub fn set_text(&mut self, text: &str) {
        let line = text.lines().next().unwrap_or_default();
        self.textarea = TextArea::new(vec![line.to_owned()]);
        self.textarea.move_cursor(CursorMove::End);
    }

    /// Applies an editing key; `true` when the text changed. A line never takes a newline.
    pub fn key(&mut self, key: KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        match key.code {
            KeyCode::Enter => false,
            KeyCode::Char('m') if ctrl => false,
            // Readline's Ctrl-U, where tui-textarea would undo.
            KeyCode::Char('u') if ctrl => self.textarea.delete_line_by_head(),
            _ => self.textarea.input(key),
        }
    }

    /// The text with the cursor's cell shown reversed (a space past the end), sanitised.
    pub fn spans(&self, style: Style) -> Vec<Span<'static>> {
        let column = self.textarea.cursor().1;
        let text: Vec<char> = self.text().chars().map(safe_char).collect();
        let before: String = text[..column.min(text.len())].iter().collect();
        let under = text.get(column).map_or(' ', |c| *c).to_string();
        let after: String = text.get(column + 1..).unwrap_or_default().iter().collect();
        vec![
            Span::styled(before, style),
            Span::styled(under, style.add_modifier(Modifier::REVERSED)),
            Span::styled(after, style),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(input: &mut LineInput, code: KeyCode, modifiers: KeyModifiers) -> bool {
        input.key(KeyEvent::new(code, modifiers))
    }

    fn typed(text: &str) -> LineInput {
        let mut input = LineInput::default();
        for c in text.chars() {
            press(&mut input, KeyCode::Char(c), KeyModifiers::NONE);
        }
        input
    }

    #[test]
    fn edits_like_a_shell_line_and_never_takes_a_newline() {
        let mut input = typed("steppe eag");
        assert!(press(&mut input, KeyCode::Char('w'), KeyModifiers::CONTROL));
        assert_eq!(input.text(), "steppe ");
        press(&mut input, KeyCode::Backspace, KeyModifiers::NONE);
        assert_eq!(input.text(), "steppe");
        press(&mut input, KeyCode::Home, KeyModifiers::NONE);
        press(&mut input, KeyCode::Char('x'), KeyModifiers::NONE);
        assert_eq!(input.text(), "xsteppe", "typing at the cursor, not the end");
        assert!(!press(&mut input, KeyCode::Enter, KeyModifiers::NONE));
        assert!(!press(
            &mut input,
            KeyCode::Char('m'),
            KeyModifiers::CONTROL
        ));
        assert_eq!(input.text(), "xsteppe");
        press(&mut input, KeyCode::End, KeyModifiers::NONE);
        press(&mut input, KeyCode::Left, KeyModifiers::NONE);
        assert!(press(&mut input, KeyCode::Char('u'), KeyModifiers::CONTROL));
        assert_eq!(input.text(), "e", "Ctrl-U deletes back to the start");
    }

    #[test]
    fn the_cursor_cell_is_reversed_and_control_chars_are_not_drawn_raw() {
        let mut input = typed("ab\u{1b}");
        press(&mut input, KeyCode::Left, KeyModifiers::NONE);
        let spans = input.spans(Style::new());
        let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert!(!text.contains('\u{1b}'));
        assert_eq!(spans[0].content, "ab");
        assert!(spans[1].style.add_modifier.contains(Modifier::REVERSED));
        assert_ne!(spans[1].content, "\u{1b}");
    }
}

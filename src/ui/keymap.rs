//! Key bindings: which key runs which command, read from the config.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::HashMap;

/// Everything a key can ask the reader to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    Down,
    Up,
    Top,
    Bottom,
    HalfPageDown,
    HalfPageUp,
    PageDown,
    PageUp,
    FocusNext,
    FocusPrev,
    Open,
    Back,
    NextMention,
    PrevMention,
    ToggleFacts,
    Help,
    Quit,
    Filter,
    /// Notes and passage selection (issue 6); dispatched to `notes_ui`.
    Select,
    WordForward,
    WordBack,
    SentenceForward,
    SentenceBack,
    Bookmark,
    Annotate,
    EditNote,
    DeleteNote,
    UndoDelete,
    NextNote,
    PrevNote,
    NotesView,
    SaveNote,
    SetAsideNotes,
}

impl Command {
    /// Every command with its config name and what the help overlay says it does.
    pub const ALL: [(Command, &'static str, &'static str); 33] = [
        (Command::Down, "down", "move down / scroll down"),
        (Command::Up, "up", "move up / scroll up"),
        (Command::Top, "top", "go to the top"),
        (Command::Bottom, "bottom", "go to the bottom"),
        (Command::HalfPageDown, "half_page_down", "half a page down"),
        (Command::HalfPageUp, "half_page_up", "half a page up"),
        (Command::PageDown, "page_down", "a page down"),
        (Command::PageUp, "page_up", "a page up"),
        (Command::FocusNext, "focus_next", "focus the next pane"),
        (Command::FocusPrev, "focus_prev", "focus the previous pane"),
        (
            Command::Open,
            "open",
            "open the article / list every article with this fact",
        ),
        (
            Command::Back,
            "back",
            "close a popup, clear marks, widen the list back",
        ),
        (
            Command::NextMention,
            "next_mention",
            "next mention of the fact",
        ),
        (
            Command::PrevMention,
            "prev_mention",
            "previous mention of the fact",
        ),
        (
            Command::ToggleFacts,
            "toggle_facts",
            "show or hide the facts panel",
        ),
        (Command::Filter, "filter", "filter the list as you type"),
        (Command::Help, "help", "this help"),
        (Command::Quit, "quit", "quit"),
        (Command::Select, "select", "select a passage (again: stop)"),
        (
            Command::WordForward,
            "word_forward",
            "cursor to the next word end",
        ),
        (
            Command::WordBack,
            "word_back",
            "cursor to the previous word start",
        ),
        (
            Command::SentenceForward,
            "sentence_forward",
            "cursor to the next sentence end",
        ),
        (
            Command::SentenceBack,
            "sentence_back",
            "cursor to the previous sentence start",
        ),
        (
            Command::Bookmark,
            "bookmark",
            "bookmark the selection or sentence",
        ),
        (
            Command::Annotate,
            "annotate",
            "annotate the selection or sentence",
        ),
        (
            Command::EditNote,
            "edit_note",
            "edit the note at the cursor",
        ),
        (
            Command::DeleteNote,
            "delete_note",
            "delete the note at the cursor",
        ),
        (
            Command::UndoDelete,
            "undo_delete",
            "undo the last note deletion",
        ),
        (Command::NextNote, "next_note", "next note in the article"),
        (
            Command::PrevNote,
            "prev_note",
            "previous note in the article",
        ),
        (Command::NotesView, "notes", "all notes (type to filter)"),
        (
            Command::SaveNote,
            "save_note",
            "save the note (in the editor)",
        ),
        (
            Command::SetAsideNotes,
            "set_aside_notes",
            "unreadable notes file: set it aside",
        ),
    ];

    pub fn from_name(name: &str) -> Option<Command> {
        Self::ALL
            .iter()
            .find(|(_, n, _)| *n == name)
            .map(|(c, _, _)| *c)
    }
}

/// A key as the config names it: a code plus Ctrl/Alt (Shift is part of the char).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct KeyChord {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

impl KeyChord {
    pub fn from_event(event: &KeyEvent) -> Self {
        // Shift is left out: `G` arrives as Char('G') with or without SHIFT, Shift-Tab as BackTab.
        KeyChord {
            code: event.code,
            ctrl: event.modifiers.contains(KeyModifiers::CONTROL),
            alt: event.modifiers.contains(KeyModifiers::ALT),
        }
    }

    /// Parses `j`, `G`, `ctrl-d`, `alt-enter`, `pagedown`, `f5`, `space`, `-`.
    pub fn parse(text: &str) -> Option<Self> {
        let mut ctrl = false;
        let mut alt = false;
        let mut rest = text;
        loop {
            let lower = rest.to_ascii_lowercase();
            if rest.len() > 1 && lower.starts_with("ctrl-") {
                ctrl = true;
                rest = &rest[5..];
            } else if rest.len() > 1 && lower.starts_with("alt-") {
                alt = true;
                rest = &rest[4..];
            } else {
                break;
            }
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
            _ => match rest.to_ascii_lowercase().as_str() {
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" => KeyCode::Tab,
                "backtab" | "shift-tab" => KeyCode::BackTab,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pageup" | "pgup" => KeyCode::PageUp,
                "pagedown" | "pgdn" => KeyCode::PageDown,
                "space" => KeyCode::Char(' '),
                "backspace" => KeyCode::Backspace,
                "delete" | "del" => KeyCode::Delete,
                f if f.starts_with('f') => KeyCode::F(f[1..].parse().ok().filter(|n| *n >= 1)?),
                _ => return None,
            },
        };
        Some(KeyChord { code, ctrl, alt })
    }

    /// The key as the help overlay and the config write it.
    pub fn label(&self) -> String {
        let mut label = String::new();
        if self.ctrl {
            label.push_str("Ctrl-");
        }
        if self.alt {
            label.push_str("Alt-");
        }
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            // A config may bind any char, ESC included: the label must still be printable.
            KeyCode::Char(c) => super::sanitize::safe_char(c).to_string(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            KeyCode::Enter => "Enter".to_owned(),
            KeyCode::Esc => "Esc".to_owned(),
            KeyCode::Tab => "Tab".to_owned(),
            KeyCode::BackTab => "Shift-Tab".to_owned(),
            KeyCode::Home => "Home".to_owned(),
            KeyCode::End => "End".to_owned(),
            KeyCode::PageUp => "PgUp".to_owned(),
            KeyCode::PageDown => "PgDn".to_owned(),
            KeyCode::Backspace => "Backspace".to_owned(),
            KeyCode::Delete => "Del".to_owned(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        label.push_str(&name);
        label
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeyMap {
    bindings: HashMap<KeyChord, Command>,
    /// Each command's keys in the order the config lists them, for help and hints.
    keys: HashMap<Command, Vec<KeyChord>>,
}

impl KeyMap {
    /// Binds `command` to exactly `chords`, replacing its earlier keys.
    pub fn bind(&mut self, command: Command, chords: Vec<KeyChord>) {
        if let Some(old) = self.keys.remove(&command) {
            for chord in old {
                if self.bindings.get(&chord) == Some(&command) {
                    self.bindings.remove(&chord);
                }
            }
        }
        for chord in &chords {
            self.bindings.insert(*chord, command);
        }
        self.keys.insert(command, chords);
    }

    pub fn command_for(&self, event: &KeyEvent) -> Option<Command> {
        self.bindings.get(&KeyChord::from_event(event)).copied()
    }

    /// The command's keys as the help overlay shows them ("j, ↓").
    pub fn keys_label(&self, command: Command) -> String {
        self.keys
            .get(&command)
            .map(|chords| {
                chords
                    .iter()
                    .filter(|c| self.bindings.get(c) == Some(&command))
                    .map(KeyChord::label)
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default()
    }

    /// The first key of a command, for the status-line hints.
    pub fn first_key(&self, command: Command) -> String {
        self.keys
            .get(&command)
            .and_then(|chords| chords.first())
            .map(KeyChord::label)
            .unwrap_or_else(|| "—".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_key_forms_the_config_uses() {
        let ctrl_d = KeyChord::parse("ctrl-d").unwrap();
        assert!(ctrl_d.ctrl && ctrl_d.code == KeyCode::Char('d'));
        assert_eq!(KeyChord::parse("G").unwrap().code, KeyCode::Char('G'));
        assert_eq!(KeyChord::parse("pagedown").unwrap().code, KeyCode::PageDown);
        assert_eq!(KeyChord::parse("f5").unwrap().code, KeyCode::F(5));
        assert_eq!(KeyChord::parse("-").unwrap().code, KeyCode::Char('-'));
        assert_eq!(KeyChord::parse("hyper-x"), None);
        assert_eq!(KeyChord::parse(""), None);
    }

    #[test]
    fn labels_of_control_chars_are_printable() {
        let escape = KeyChord::parse("\u{1b}").unwrap();
        assert_eq!(escape.label(), "␛");
    }

    #[test]
    fn shifted_letters_match_without_the_shift_flag() {
        let mut map = KeyMap::default();
        map.bind(Command::Bottom, vec![KeyChord::parse("G").unwrap()]);
        let event = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(map.command_for(&event), Some(Command::Bottom));
    }
}

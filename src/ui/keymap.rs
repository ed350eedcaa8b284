//! Key bindings per context: which key runs which command where, read from the config.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Everything a key can ask the reader to do. The config names each with its serde name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
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
    Filter,
    Find,
    Sort,
    /// Copy the passage, with a citation, to the clipboard.
    Yank,
    /// The open article's file in `$PAGER`.
    OpenInPager,
    Help,
    Quit,
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
    #[serde(rename = "notes")]
    NotesView,
    SaveNote,
    SetAsideNotes,
    /// Put the orphaned note last jumped to on the passage at the cursor.
    #[serde(rename = "place_note")]
    PlaceOrphan,
    /// The archive-wide views (issue 14).
    Entities,
    Timeline,
    EntityPage,
    /// Reader corrections of the extractor, written to entities.toml.
    HideEntity,
    RetypeEntity,
}

impl Command {
    /// Every command, in the order the help lists them.
    pub const ALL: [Command; 43] = [
        Command::Down,
        Command::Up,
        Command::Top,
        Command::Bottom,
        Command::HalfPageDown,
        Command::HalfPageUp,
        Command::PageDown,
        Command::PageUp,
        Command::FocusNext,
        Command::FocusPrev,
        Command::Open,
        Command::Back,
        Command::NextMention,
        Command::PrevMention,
        Command::ToggleFacts,
        Command::Filter,
        Command::Find,
        Command::Sort,
        Command::Yank,
        Command::OpenInPager,
        Command::Help,
        Command::Quit,
        Command::Select,
        Command::WordForward,
        Command::WordBack,
        Command::SentenceForward,
        Command::SentenceBack,
        Command::Bookmark,
        Command::Annotate,
        Command::EditNote,
        Command::DeleteNote,
        Command::UndoDelete,
        Command::NextNote,
        Command::PrevNote,
        Command::NotesView,
        Command::SaveNote,
        Command::SetAsideNotes,
        Command::PlaceOrphan,
        Command::Entities,
        Command::Timeline,
        Command::EntityPage,
        Command::HideEntity,
        Command::RetypeEntity,
    ];

    /// The command the config calls `name`.
    pub fn from_name(name: &str) -> Option<Command> {
        serde_name(name)
    }

    /// The name the config calls the command by, read from its serde name.
    pub fn name(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|value| value.as_str().map(str::to_owned))
            .unwrap_or_else(|| format!("{self:?}"))
    }

    /// What the help overlay says the command does.
    pub fn what(self) -> &'static str {
        match self {
            Command::Down => "move down / scroll down",
            Command::Up => "move up / scroll up",
            Command::Top => "go to the top",
            Command::Bottom => "go to the bottom",
            Command::HalfPageDown => "half a page down",
            Command::HalfPageUp => "half a page up",
            Command::PageDown => "a page down",
            Command::PageUp => "a page up",
            Command::FocusNext => "focus the next pane",
            Command::FocusPrev => "focus the previous pane",
            Command::Open => "open the article / list every article with this fact",
            Command::Back => "close a popup, clear marks, widen the list back",
            Command::NextMention => "next mention of the fact, or next match",
            Command::PrevMention => "previous mention of the fact, or previous match",
            Command::ToggleFacts => "show or hide the facts panel",
            Command::Filter => "filter the list as you type",
            Command::Find => "find in the article (n/N step through the matches)",
            Command::Sort => "sort the list: file name (relevance when filtered), newest, title",
            Command::Yank => "copy the selection or sentence, with its citation, to the clipboard",
            Command::OpenInPager => {
                "open the article's file in $PAGER or $EDITOR (the reader comes back after)"
            }
            Command::Help => "this help",
            Command::Quit => "quit",
            Command::Select => "select a passage (again: stop)",
            Command::WordForward => "cursor to the next word end",
            Command::WordBack => "cursor to the previous word start",
            Command::SentenceForward => "cursor to the next sentence end",
            Command::SentenceBack => "cursor to the previous sentence start",
            Command::Bookmark => "bookmark the selection or sentence",
            Command::Annotate => "annotate the selection or sentence",
            Command::EditNote => "edit the note at the cursor",
            Command::DeleteNote => "delete the note at the cursor",
            Command::UndoDelete => "undo the last note deletion",
            Command::NextNote => "next note in the article",
            Command::PrevNote => "previous note in the article",
            Command::NotesView => "all notes (type to filter)",
            Command::SaveNote => "save the note",
            Command::SetAsideNotes => "unreadable notes file: set it aside",
            Command::PlaceOrphan => "put the orphaned note just opened on this passage",
            Command::Entities => "every person, place, organisation and event in the archive",
            Command::Timeline => "articles per month of the list (Enter lists a period's)",
            Command::EntityPage => "the page of the entity chosen in the facts panel",
            Command::HideEntity => {
                "never extract the chosen entity again (written to entities.toml)"
            }
            Command::RetypeEntity => {
                "the chosen entity is of the next kind: person, place, organisation, event \
                 (written to entities.toml)"
            }
        }
    }
}

/// Where a key is pressed: each context has its own bindings, so a key may mean one thing in
/// the list and another in the article. The config names each with its serde name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Context {
    List,
    Article,
    Facts,
    /// The list filter's input line (`[keys.filter_line]`: `filter` is the command).
    #[serde(rename = "filter_line")]
    Filter,
    /// The find-in-article line (`[keys.find_line]`).
    #[serde(rename = "find_line")]
    Find,
    Editor,
    NotesView,
}

impl Context {
    pub const ALL: [Context; 7] = [
        Context::List,
        Context::Article,
        Context::Facts,
        Context::Filter,
        Context::Find,
        Context::Editor,
        Context::NotesView,
    ];

    /// Where keys type text: a key that types a character is typing here unless this
    /// context's own table binds it.
    pub fn takes_typing(self) -> bool {
        matches!(
            self,
            Context::Filter | Context::Find | Context::Editor | Context::NotesView
        )
    }

    /// The context the config calls `name`.
    pub fn from_name(name: &str) -> Option<Context> {
        serde_name(name)
    }

    /// How the help overlay names the context.
    pub fn label(self) -> &'static str {
        match self {
            Context::List => "the list",
            Context::Article => "the article",
            Context::Facts => "the facts",
            Context::Filter => "the filter line",
            Context::Find => "the find line",
            Context::Editor => "the note editor",
            Context::NotesView => "the notes view",
        }
    }
}

/// Reads a unit variant by its serde name, so the names are written once, on the enum.
fn serde_name<T: serde::de::DeserializeOwned>(name: &str) -> Option<T> {
    let deserializer = serde::de::value::StrDeserializer::<serde::de::value::Error>::new(name);
    T::deserialize(deserializer).ok()
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

    /// A plain character key, which types that character in a text input.
    pub fn types_a_char(&self) -> bool {
        matches!(self.code, KeyCode::Char(_)) && !self.ctrl && !self.alt
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
        self.keys_of(command)
            .iter()
            .map(KeyChord::label)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The keys that run `command`, in the config's order.
    pub fn keys_of(&self, command: Command) -> Vec<KeyChord> {
        self.keys.get(&command).map_or_else(Vec::new, |chords| {
            chords
                .iter()
                .filter(|c| self.bindings.get(c) == Some(&command))
                .copied()
                .collect()
        })
    }

    /// The first key of a command, for the status-line hints.
    pub fn first_key(&self, command: Command) -> String {
        self.keys
            .get(&command)
            .and_then(|chords| {
                chords
                    .iter()
                    .find(|c| self.bindings.get(c) == Some(&command))
            })
            .map(KeyChord::label)
            .unwrap_or_else(|| "—".to_owned())
    }
}

/// One keymap per context. A binding for every context (the config's `[keys]` table) is made
/// in each of them, so a later context table can give its keys another meaning there.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KeyMaps {
    maps: HashMap<Context, KeyMap>,
}

impl KeyMaps {
    /// Binds `command` to exactly `chords` in every context, replacing its keys everywhere;
    /// where keys type text, those that type a character are left to typing.
    pub fn bind_everywhere(&mut self, command: Command, chords: Vec<KeyChord>) {
        for context in Context::ALL {
            let chords = chords
                .iter()
                .filter(|chord| !(context.takes_typing() && chord.types_a_char()))
                .copied()
                .collect();
            self.bind(context, command, chords);
        }
    }

    /// Binds `command` to exactly `chords` in `context`, replacing its keys there.
    pub fn bind(&mut self, context: Context, command: Command, chords: Vec<KeyChord>) {
        self.maps.entry(context).or_default().bind(command, chords);
    }

    pub fn command_for(&self, context: Context, event: &KeyEvent) -> Option<Command> {
        self.maps.get(&context)?.command_for(event)
    }

    /// The keys that run `command` in `context`.
    pub fn keys_of(&self, context: Context, command: Command) -> Vec<KeyChord> {
        self.maps
            .get(&context)
            .map_or_else(Vec::new, |map| map.keys_of(command))
    }

    /// The action `chord` runs in `context`.
    pub fn owner(&self, context: Context, chord: &KeyChord) -> Option<Command> {
        self.maps.get(&context)?.bindings.get(chord).copied()
    }

    /// The command's keys in `context` as the help overlay shows them ("j, ↓"); empty if none.
    pub fn keys_label(&self, context: Context, command: Command) -> String {
        self.maps
            .get(&context)
            .map(|map| map.keys_label(command))
            .unwrap_or_default()
    }

    /// The first key of a command in `context`, for hints.
    pub fn first_key(&self, context: Context, command: Command) -> String {
        self.maps
            .get(&context)
            .map(|map| map.first_key(command))
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

    #[test]
    fn command_and_context_names_come_from_serde() {
        assert_eq!(
            Command::from_name("half_page_down"),
            Some(Command::HalfPageDown)
        );
        assert_eq!(Command::from_name("notes"), Some(Command::NotesView));
        assert_eq!(
            Command::from_name("set_aside_notes"),
            Some(Command::SetAsideNotes)
        );
        assert_eq!(Command::from_name("fly"), None);
        assert_eq!(Context::from_name("notes_view"), Some(Context::NotesView));
        assert_eq!(Context::from_name("pane"), None);
    }

    #[test]
    fn a_key_bound_in_one_context_may_mean_another_command_elsewhere() {
        let d = KeyChord::parse("d").unwrap();
        let mut maps = KeyMaps::default();
        maps.bind_everywhere(Command::Quit, vec![d]);
        maps.bind(Context::Article, Command::DeleteNote, vec![d]);
        let event = KeyEvent::new(KeyCode::Char('d'), KeyModifiers::NONE);
        assert_eq!(
            maps.command_for(Context::Article, &event),
            Some(Command::DeleteNote)
        );
        assert_eq!(maps.command_for(Context::List, &event), Some(Command::Quit));
        assert_eq!(maps.keys_label(Context::Article, Command::Quit), "");
        assert_eq!(maps.first_key(Context::Article, Command::Quit), "—");
        assert_eq!(maps.first_key(Context::List, Command::Quit), "d");
    }
}

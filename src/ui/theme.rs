//! Colours and text styles: one scheme for the body highlights and the facts panel.

use crate::facts::EntityKind;
use ratatui::style::{Color, Modifier, Style};

#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub person: Style,
    pub place: Style,
    pub organization: Style,
    pub event: Style,
    pub date: Style,
    pub quote: Style,
    /// The mentions of the selected fact.
    pub mark: Style,
    pub title: Style,
    pub heading: Style,
    pub caption: Style,
    pub meta: Style,
    pub border: Style,
    pub border_focused: Style,
    pub selection: Style,
    pub status: Style,
    pub warning: Style,
    pub unread: Style,
    /// Annotated passages in the body.
    pub note: Style,
}

/// The theme names a config file may set, in the order they are documented.
pub const THEME_KEYS: [&str; 17] = [
    "person",
    "place",
    "organization",
    "event",
    "date",
    "quote",
    "mark",
    "title",
    "heading",
    "caption",
    "meta",
    "border",
    "border_focused",
    "selection",
    "status",
    "warning",
    "note",
];

impl Theme {
    /// Styles with no colour at all, for NO_COLOR: kinds are told apart by modifiers only.
    pub fn monochrome() -> Self {
        let plain = Style::new();
        Theme {
            person: plain.add_modifier(Modifier::UNDERLINED),
            place: plain.add_modifier(Modifier::UNDERLINED),
            organization: plain.add_modifier(Modifier::UNDERLINED),
            event: plain.add_modifier(Modifier::UNDERLINED),
            date: plain.add_modifier(Modifier::UNDERLINED),
            quote: plain.add_modifier(Modifier::ITALIC),
            mark: plain.add_modifier(Modifier::REVERSED),
            title: plain.add_modifier(Modifier::BOLD),
            heading: plain.add_modifier(Modifier::BOLD),
            caption: plain.add_modifier(Modifier::DIM | Modifier::ITALIC),
            meta: plain.add_modifier(Modifier::DIM),
            border: plain,
            border_focused: plain.add_modifier(Modifier::BOLD),
            selection: plain.add_modifier(Modifier::REVERSED),
            status: plain.add_modifier(Modifier::REVERSED),
            warning: plain.add_modifier(Modifier::BOLD),
            unread: plain.add_modifier(Modifier::BOLD),
            note: plain.add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
        }
    }

    /// Sets one named colour; `false` when the name is not a theme key.
    pub fn set(&mut self, key: &str, color: Color) -> bool {
        let fg = Style::new().fg(color);
        match key {
            "person" => self.person = fg,
            "place" => self.place = fg,
            "organization" => self.organization = fg,
            "event" => self.event = fg,
            "date" => self.date = fg,
            "quote" => self.quote = fg.add_modifier(Modifier::ITALIC),
            "mark" => self.mark = Style::new().bg(color).fg(Color::Black),
            "title" => self.title = fg.add_modifier(Modifier::BOLD),
            "heading" => self.heading = fg.add_modifier(Modifier::BOLD),
            "caption" => self.caption = fg.add_modifier(Modifier::ITALIC | Modifier::DIM),
            "meta" => self.meta = fg,
            "border" => self.border = fg,
            "border_focused" => self.border_focused = fg.add_modifier(Modifier::BOLD),
            "selection" => self.selection = Style::new().bg(color).fg(Color::White),
            "status" => self.status = Style::new().bg(color).fg(Color::White),
            "warning" => self.warning = fg.add_modifier(Modifier::BOLD),
            "note" => self.note = Style::new().bg(color).fg(Color::Black),
            _ => return false,
        }
        true
    }

    pub fn entity(&self, kind: EntityKind) -> Style {
        match kind {
            EntityKind::Person => self.person,
            EntityKind::Place => self.place,
            EntityKind::Organization => self.organization,
            EntityKind::Event => self.event,
            EntityKind::Date => self.date,
        }
    }
}

/// Parses a colour as the config writes it: a name with `-` or `_` or spaces, or `#rrggbb`.
pub fn parse_color(text: &str) -> Option<Color> {
    let normal = text.trim().to_ascii_lowercase().replace(['-', '_'], " ");
    normal.parse::<Color>().ok()
}

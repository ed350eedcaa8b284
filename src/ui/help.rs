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

/// A context's heading in the help, and its commands in that context's words.
type HelpSection = (Context, &'static str, &'static [(Command, &'static str)]);

/// Where keys type text, the few that do something else there.
const TYPING_CONTEXTS: [HelpSection; 4] = [
    (
        Context::Filter,
        "In the filter line (after /): keys type the query",
        &[
            (Command::Open, "keep the filter"),
            (Command::Back, "drop the filter"),
            (Command::Down, "next article in the narrowed list"),
            (Command::Up, "previous article"),
        ],
    ),
    (
        Context::Find,
        "In the find line (/ in the article): keys type the phrase",
        &[
            (Command::Open, "keep the matches marked (n/N step)"),
            (Command::Back, "clear the matches"),
            (Command::Down, "next match"),
            (Command::Up, "previous match"),
        ],
    ),
    (
        Context::NotesView,
        "In the notes view (B): keys type the filter",
        &[
            (Command::Open, "open the article at the note's passage"),
            (Command::Back, "close the notes view"),
            (Command::Down, "next note"),
            (Command::Up, "previous note"),
            (Command::PageDown, "ten notes down"),
            (Command::PageUp, "ten notes up"),
            (
                Command::SetAsideNotes,
                "unreadable notes file: set it aside",
            ),
        ],
    ),
    (
        Context::Editor,
        "In the note editor",
        &[
            (Command::SaveNote, "save the note"),
            (Command::Back, "close (asks first if changed)"),
        ],
    ),
];

/// The archive views' own keys: fixed, so listed as they are.
const VIEW_KEYS: [(&str, &[(&str, &str)]); 3] = [
    (
        "In the entities view (E): keys type the filter",
        &[
            ("↑ ↓ PgUp PgDn", "move"),
            ("Tab / Shift-Tab", "next / previous kind"),
            ("Ctrl-s", "sort by count, name, first seen, last seen"),
            ("Enter", "list the entity's articles"),
            ("→ Alt-Enter", "the entity's page"),
            ("Esc", "close"),
        ],
    ),
    (
        "On an entity's page (i)",
        &[
            ("↑ ↓", "move among its quotes"),
            ("Enter", "open the article at the quote"),
            ("n", "list the entity's articles"),
            ("Esc q", "back"),
        ],
    ),
    (
        "In the timeline (T)",
        &[
            ("↑ ↓ j k", "move among the bars"),
            ("Space", "mark a range of bars"),
            ("+ / -", "shorter / longer periods (week, month, year)"),
            ("Enter", "list the period's articles"),
            ("Esc q", "close"),
        ],
    ),
];

/// The filter's query language, as the help shows it.
const QUERY_SYNTAX: [(&str, &str); 11] = [
    (
        "zhasu",
        "fuzzy, within one word of a field; from 3 letters also the bodies' words it starts",
    ),
    ("a b", "both terms"),
    ("a | b", "either term"),
    (
        "'word",
        "an exact substring; a bare 'word also searches the bodies",
    ),
    (
        "\"a phrase\"",
        "an exact phrase, in the fields or the bodies",
    ),
    ("^word  word$", "a field starting / ending with it"),
    ("!word", "articles without it"),
    (
        "person: place: org: event: date:",
        "only that field: person:nazarbayev, date:2019",
    ),
    ("a\\ b", "an escaped space: one term across words"),
    (
        "in:politics source:x",
        "a folder of the archive; a publication",
    ),
    (
        "date:2004..2005-06",
        "a range of days (also date:>2005-03, date:<=2019)",
    ),
];

/// The whole help text for `context`, for a box `width` columns wide inside: the context's
/// keys, the typing contexts' keys, the query syntax; descriptions wrap, nothing is cut.
pub fn help_lines(config: &Config, context: Context, width: u16) -> Vec<Line<'static>> {
    let heading = config.theme.heading;
    let title = config.theme.title.add_modifier(Modifier::BOLD);
    let mut lines = Vec::new();
    let table = |lines: &mut Vec<Line<'static>>, rows: &[(String, String)]| {
        let key_width = rows
            .iter()
            .map(|(k, _)| k.chars().count())
            .max()
            .unwrap_or(0)
            .min(width as usize / 3);
        let text_width = (width as usize).saturating_sub(key_width + 3).max(10);
        for (keys, what) in rows {
            for (i, part) in wrap(what, text_width).into_iter().enumerate() {
                let key = if i == 0 { keys.as_str() } else { "" };
                lines.push(Line::from(vec![
                    Span::styled(format!(" {key:<key_width$}  "), heading),
                    Span::raw(part),
                ]));
            }
        }
    };
    let own: Vec<(String, String)> = key_table(config, context)
        .into_iter()
        .map(|(k, w)| (k, w.to_owned()))
        .collect();
    table(&mut lines, &own);
    for (typing, label, commands) in TYPING_CONTEXTS {
        let rows: Vec<(String, String)> = commands
            .iter()
            .map(|(command, what)| (config.keys.keys_label(typing, *command), (*what).to_owned()))
            .filter(|(keys, _)| !keys.is_empty())
            .collect();
        lines.push(Line::raw(""));
        lines.push(Line::styled(format!(" {label}"), title));
        table(&mut lines, &rows);
    }
    for (label, keys) in VIEW_KEYS {
        let rows: Vec<(String, String)> = keys
            .iter()
            .map(|(k, w)| ((*k).to_owned(), (*w).to_owned()))
            .collect();
        lines.push(Line::raw(""));
        lines.push(Line::styled(format!(" {label}"), title));
        table(&mut lines, &rows);
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        " The filter's query (a capital makes a term case-sensitive)",
        title,
    ));
    let syntax: Vec<(String, String)> = QUERY_SYNTAX
        .iter()
        .map(|(q, w)| ((*q).to_owned(), (*w).to_owned()))
        .collect();
    table(&mut lines, &syntax);
    lines
}

/// Words of `text` in lines of at most `width` chars (a longer word gets a line of its own).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let line = lines.last_mut().expect("never empty");
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(word.to_owned());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

/// Where the help box goes in `area`: up to 96 columns wide, as tall as its text allows.
fn help_rect(area: Rect, lines: usize) -> Rect {
    let height = u16::try_from(lines).unwrap_or(u16::MAX).saturating_add(2);
    centered(area, 96, height)
}

/// How far the help for `context` can scroll in `area`.
pub fn max_scroll(config: &Config, context: Context, area: Rect) -> usize {
    let inside = help_rect(area, usize::from(u16::MAX))
        .width
        .saturating_sub(2);
    let lines = help_lines(config, context, inside).len();
    let rect = help_rect(area, lines);
    lines.saturating_sub(rect.height.saturating_sub(2) as usize)
}

pub fn render_help(
    config: &Config,
    context: Context,
    scroll: usize,
    area: Rect,
    buffer: &mut Buffer,
) {
    let inside_width = help_rect(area, usize::from(u16::MAX))
        .width
        .saturating_sub(2);
    let lines = help_lines(config, context, inside_width);
    let rect = help_rect(area, lines.len());
    let visible = rect.height.saturating_sub(2) as usize;
    let scroll = scroll.min(lines.len().saturating_sub(visible));
    Clear.render(rect, buffer);
    let more = if scroll + visible < lines.len() {
        " ↓ more ·"
    } else {
        ""
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(config.theme.border_focused)
        .title(format!(" Keys in {} ", context.label()))
        .title_style(config.theme.title.add_modifier(Modifier::BOLD))
        .title_bottom(Line::styled(
            format!("{more} j/k scroll · ? or Esc closes "),
            config.theme.meta,
        ));
    let inside = block.inner(rect);
    block.render(rect, buffer);
    let shown: Vec<Line> = lines.into_iter().skip(scroll).take(visible).collect();
    Paragraph::new(shown).render(inside, buffer);
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

//! The notes view (`B`): every bookmark and annotation across the archive, filtered as the
//! reader types (fuzzy, SkimMatcherV2 with smart case, every word of the query must match),
//! orphaned notes marked and shown with their saved quote. Enter opens the article there.

use super::config::Config;
use super::keymap::{Command, Context};
use super::line_input::LineInput;
use super::sanitize::sanitize_label;
use crate::notes::{Note, NoteKind, clock, one_line};
use crossterm::event::KeyEvent;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

/// Whether a note's passage was found in its article's current text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// Not checked this session (the article was not opened).
    Unknown,
    Placed,
    Orphaned,
    /// The article is not in the archive.
    MissingArticle,
}

/// One row, every text already made safe for the terminal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteRow {
    pub note_id: String,
    pub article: String,
    pub title: String,
    pub kind: NoteKind,
    pub quote: String,
    pub first_line: String,
    /// YYYY-MM-DD of the last change.
    pub date: String,
    pub placement: Placement,
    /// What the filter matches: title, quote, note, article id, date, kind.
    haystack: String,
}

impl NoteRow {
    pub fn new(note: &Note, title: Option<&str>, placement: Placement) -> Self {
        let title = sanitize_label(title.unwrap_or(&note.article));
        let quote = one_line(&note.quote.exact);
        let first_line = one_line(note.first_line());
        let date = clock::day(note.updated);
        let haystack = format!(
            "{title} {quote} {} {} {date} {}",
            one_line(&note.text),
            note.article,
            note.kind.label()
        );
        NoteRow {
            note_id: note.id.clone(),
            article: note.article.clone(),
            title,
            kind: note.kind,
            quote,
            first_line,
            date,
            placement,
            haystack,
        }
    }
}

pub struct NotesView {
    pub rows: Vec<NoteRow>,
    query: LineInput,
    /// Indices into `rows` that match the query, best first.
    pub shown: Vec<usize>,
    pub cursor: usize,
    pub offset: usize,
    /// The query `shown` was computed for.
    filtered_for: String,
}

/// What a key did to the view.
#[derive(Debug, PartialEq, Eq)]
pub enum ViewOutcome {
    Stay,
    Close,
    /// Open this row's article at its passage.
    Open(usize),
    /// Set the unreadable notes file aside.
    SetAside,
    /// Edit this row's note (the editor opens over the view).
    Edit(usize),
    /// Delete this row's note.
    Delete(usize),
    /// Bring back the last note deleted.
    Undo,
}

impl NotesView {
    pub fn new(rows: Vec<NoteRow>) -> Self {
        let shown = (0..rows.len()).collect();
        NotesView {
            rows,
            query: LineInput::default(),
            shown,
            cursor: 0,
            offset: 0,
            filtered_for: String::new(),
        }
    }

    /// Runs the query over the rows. A query that only adds to the previous one can match
    /// no row the previous one did not, so only those are scored again. Skim's linear
    /// algorithm (`element_limit(1)`) keeps 10,000 notes near 30 ms a keystroke
    /// (`cargo bench --bench notes_view`), against 250 ms for its full one.
    fn refilter(&mut self) {
        let query = self.query.text();
        let narrowing = !self.filtered_for.is_empty() && query.starts_with(&self.filtered_for);
        self.filtered_for = query.to_owned();
        let terms: Vec<&str> = query.split_whitespace().collect();
        if terms.is_empty() {
            self.shown = (0..self.rows.len()).collect();
        } else {
            let matcher = SkimMatcherV2::default().smart_case().element_limit(1);
            let candidates: Vec<usize> = if narrowing {
                std::mem::take(&mut self.shown)
            } else {
                (0..self.rows.len()).collect()
            };
            let mut scored: Vec<(i64, usize)> = candidates
                .into_iter()
                .filter_map(|i| {
                    let row = &self.rows[i];
                    let mut total = 0;
                    for term in &terms {
                        total += matcher.fuzzy_match(&row.haystack, term)?;
                    }
                    Some((total, i))
                })
                .collect();
            scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
            self.shown = scored.into_iter().map(|(_, i)| i).collect();
        }
        self.cursor = 0;
        self.offset = 0;
    }

    /// What the reader has typed.
    pub fn query(&self) -> &str {
        self.query.text()
    }

    /// Shows the rows matching `query`, as if typed.
    pub fn filter_by(&mut self, query: &str) {
        self.query.set_text(query);
        self.refilter();
    }

    /// Applies one key: `command` is what the notes view's keymap makes of it (move, open,
    /// close, set the notes file aside); any other key edits the query.
    pub fn key(&mut self, key: KeyEvent, command: Option<Command>) -> ViewOutcome {
        match command {
            Some(Command::SetAsideNotes) => return ViewOutcome::SetAside,
            Some(Command::EditNote) => return self.on_cursor(ViewOutcome::Edit),
            Some(Command::DeleteNote) => return self.on_cursor(ViewOutcome::Delete),
            Some(Command::UndoDelete) => return ViewOutcome::Undo,
            Some(Command::Back | Command::Quit) => return ViewOutcome::Close,
            Some(Command::Open) => return self.on_cursor(ViewOutcome::Open),
            Some(Command::Down) => self.step(1),
            Some(Command::Up) => self.step(-1),
            Some(Command::PageDown) => self.step(10),
            Some(Command::PageUp) => self.step(-10),
            _ => {
                if self.query.key(key) {
                    self.refilter();
                }
            }
        }
        ViewOutcome::Stay
    }

    /// `outcome` for the row under the cursor, if there is one.
    fn on_cursor(&self, outcome: fn(usize) -> ViewOutcome) -> ViewOutcome {
        self.shown
            .get(self.cursor)
            .map_or(ViewOutcome::Stay, |&row| outcome(row))
    }

    /// New rows (after an edit or a deletion), the query and the cursor's place kept.
    pub fn replace_rows(&mut self, rows: Vec<NoteRow>) {
        let cursor = self.cursor;
        self.rows = rows;
        self.filtered_for.clear();
        self.refilter();
        self.cursor = cursor.min(self.shown.len().saturating_sub(1));
    }

    fn step(&mut self, step: isize) {
        if self.shown.is_empty() {
            return;
        }
        self.cursor =
            (self.cursor as isize + step).clamp(0, self.shown.len() as isize - 1) as usize;
    }

    /// Keeps the cursor on screen for `rows` visible entries.
    pub fn scroll_into_view(&mut self, rows: usize) {
        let rows = rows.max(1);
        if self.cursor < self.offset {
            self.offset = self.cursor;
        } else if self.cursor >= self.offset + rows {
            self.offset = self.cursor + 1 - rows;
        }
    }
}

/// Each entry takes two lines: title and date, then the quote and the note's first line.
const ROW_HEIGHT: u16 = 2;

/// The bottom line's key hints, from the notes view's keymap.
fn hints(config: &Config) -> String {
    let key = |command| config.keys.first_key(Context::NotesView, command);
    format!(
        " type to filter · {} opens · {} edits · {} deletes · {} undoes · {} closes ",
        key(Command::Open),
        key(Command::EditNote),
        key(Command::DeleteNote),
        key(Command::UndoDelete),
        key(Command::Back),
    )
}

/// The view uses the screen: notes are read here, not just picked.
pub fn rect_for(area: Rect) -> Rect {
    let width = area.width.saturating_sub(4).clamp(1, 200);
    let height = area.height.saturating_sub(2).max(1);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

/// How many entries fit in the view for a screen of `area`.
pub fn visible_rows(area: Rect) -> usize {
    (rect_for(area).height.saturating_sub(3) / ROW_HEIGHT).max(1) as usize
}

/// `read_only` is why the notes file cannot be written, if it cannot.
pub fn render(
    config: &Config,
    read_only: Option<&str>,
    view: &NotesView,
    area: Rect,
    buffer: &mut Buffer,
) {
    let theme = &config.theme;
    let rect = rect_for(area);
    Clear.render(rect, buffer);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(format!(
            " Notes {}/{} ",
            view.shown.len().min(view.cursor + 1),
            view.shown.len()
        ))
        .title_style(theme.title.add_modifier(Modifier::BOLD))
        .title_bottom(Line::styled(hints(config), theme.meta));
    let inside = block.inner(rect);
    block.render(rect, buffer);
    if inside.height == 0 || inside.width == 0 {
        return;
    }
    let mut prompt = vec![Span::styled("› ", theme.heading)];
    prompt.extend(view.query.spans(ratatui::style::Style::new()));
    let prompt = Line::from(prompt);
    buffer.set_line(inside.x, inside.y, &prompt, inside.width);
    let mut inside = inside;
    if let Some(reason) = read_only {
        let lines = [
            format!("notes are read-only: {}", sanitize_label(reason)),
            format!(
                "{} sets the file aside (renamed, not deleted) and starts a new one",
                config
                    .keys
                    .first_key(Context::NotesView, Command::SetAsideNotes)
            ),
        ];
        for line in lines {
            inside.y += 1;
            inside.height = inside.height.saturating_sub(1);
            buffer.set_line(
                inside.x,
                inside.y,
                &Line::styled(line, theme.warning),
                inside.width,
            );
        }
    }
    if view.rows.is_empty() {
        buffer.set_line(
            inside.x,
            inside.y + 1,
            &Line::styled(
                "no notes yet: in an article, m bookmarks and a annotates the passage at the cursor",
                theme.meta,
            ),
            inside.width,
        );
        return;
    }
    let rows = ((inside.height.saturating_sub(1)) / ROW_HEIGHT) as usize;
    for (slot, &index) in view.shown.iter().skip(view.offset).take(rows).enumerate() {
        let row = &view.rows[index];
        let y = inside.y + 1 + slot as u16 * ROW_HEIGHT;
        let selected = view.offset + slot == view.cursor;
        let kind = match row.kind {
            NoteKind::Bookmark => "◆",
            NoteKind::Annotation => "✎",
        };
        // The note first, as the reader wrote it; then the passage, shortened, and where.
        let note = if row.first_line.is_empty() {
            Span::styled("(bookmark)", theme.meta)
        } else {
            Span::styled(
                row.first_line.as_str(),
                Style::new().add_modifier(Modifier::BOLD),
            )
        };
        let mut first = vec![
            Span::styled(if selected { "▶ " } else { "  " }, theme.heading),
            Span::raw(format!("{kind} ")),
            note,
            Span::styled(format!("  {}", row.date), theme.meta),
        ];
        match row.placement {
            Placement::Orphaned => first.push(Span::styled(
                "  ⚠ orphaned: passage not found",
                theme.warning,
            )),
            Placement::MissingArticle => first.push(Span::styled(
                "  ⚠ article not in the archive",
                theme.warning,
            )),
            Placement::Placed | Placement::Unknown => {}
        }
        let title_width = row.title.chars().count() + 5;
        let quote_room = (inside.width as usize)
            .saturating_sub(title_width + 8)
            .max(12);
        let second = vec![
            Span::raw("    “"),
            Span::styled(shortened(&row.quote, quote_room), theme.quote),
            Span::raw("” "),
            Span::styled(format!("— {}", row.title), theme.meta),
        ];
        let mut first = Line::from(first);
        let mut second = Line::from(second);
        if selected {
            first = first.patch_style(theme.selection);
            second = second.patch_style(theme.selection);
        }
        buffer.set_line(inside.x, y, &first, inside.width);
        if y + 1 < inside.bottom() {
            buffer.set_line(inside.x, y + 1, &second, inside.width);
        }
    }
    if view.shown.is_empty() {
        buffer.set_line(
            inside.x,
            inside.y + 1,
            &Line::styled("no note matches", theme.meta),
            inside.width,
        );
    }
}

/// `text` cut to `room` chars with an ellipsis in the middle, so its start and end show.
fn shortened(text: &str, room: usize) -> String {
    let count = text.chars().count();
    if count <= room {
        return text.to_owned();
    }
    let head = (room - 1) * 2 / 3;
    let tail = room - 1 - head;
    let start: String = text.chars().take(head).collect();
    let end: String = text.chars().skip(count - tail).collect();
    format!("{}…{}", start.trim_end(), end.trim_start())
}

//! The list filter typed after `/`: the one-line input, the queries it sends to the search
//! worker (tagged with growing generations, so stale answers are dropped), and the ranked
//! results that narrow the list. The search itself never runs here: the UI thread parses the
//! query, once, for instant error feedback, and sends it parsed.

use super::keymap::Command;
use super::line_input::LineInput;
use super::marks::{MarkKind, Marks};
use super::sanitize::{safe_char, sanitize_label};
use crate::find::MAX_MATCHES;
use crate::search::{Query, SearchIndex, SearchRequest, SearchResponse};
use crossterm::event::KeyEvent;
use ratatui::style::{Modifier, Style};
use ratatui::text::Span;
use std::sync::Arc;

/// The search index as effects carry it (printed by name only: it is the whole archive).
#[derive(Clone)]
pub struct SharedIndex(pub Arc<SearchIndex>);

impl std::fmt::Debug for SharedIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SearchIndex({} articles)", self.0.len())
    }
}

/// The filter's state, its keys and what it draws in the list and the status line.
#[derive(Default)]
pub struct SearchFilter {
    /// What the reader has typed.
    input: LineInput,
    /// The input line takes the keys.
    pub editing: bool,
    /// The search index, once built after loading.
    pub index: Option<Arc<SearchIndex>>,
    /// The generation of the newest query sent; answers with another one are stale.
    pub generation: u64,
    /// A query has been sent and not answered yet.
    pub pending: bool,
    /// The results the list shows.
    pub applied: Option<AppliedSearch>,
    /// Why the input is not a valid query, for the status line.
    pub error: Option<String>,
    /// Why the newest query got no answer (the search failed on it).
    pub failure: Option<String>,
}

/// A query's answer, as the list shows it.
pub struct AppliedSearch {
    pub input: String,
    pub query: Query,
    /// Catalog indices, best first.
    pub ranked: Vec<u32>,
}

/// What a key in the input line asks of the rest of the reader.
#[derive(Debug)]
pub enum FilterOutcome {
    /// The input changed: the query to send, if there is one to send now, and whether the
    /// list it narrows changed (a filter was applied or dropped).
    Changed {
        request: Option<SearchRequest>,
        list_changed: bool,
    },
    /// Enter: the input line closes, the filter stays.
    Closed,
    /// Esc: the filter is to be dropped.
    Cleared,
    Quit,
    /// Up or Down in the narrowed list.
    Move(isize),
    Nothing,
}

impl SearchFilter {
    /// A key while the input line is open: `command` is what the filter keymap makes of it
    /// (accept, clear, move in the list, quit); any other key edits the line.
    pub fn key(&mut self, key: &KeyEvent, command: Option<Command>) -> FilterOutcome {
        match command {
            Some(Command::Open) => {
                self.editing = false;
                if self.input.text().trim().is_empty() {
                    self.clear();
                }
                FilterOutcome::Closed
            }
            Some(Command::Back) => FilterOutcome::Cleared,
            Some(Command::Quit) => FilterOutcome::Quit,
            Some(Command::Down) => FilterOutcome::Move(1),
            Some(Command::Up) => FilterOutcome::Move(-1),
            _ if self.input.key(*key) => {
                let was_active = self.is_active();
                let request = self.input_changed();
                FilterOutcome::Changed {
                    request,
                    list_changed: was_active != self.is_active(),
                }
            }
            _ => FilterOutcome::Nothing,
        }
    }

    /// What the reader has typed.
    pub fn input(&self) -> &str {
        self.input.text()
    }

    /// Drops the query and closes the input line; says whether a filter was applied.
    pub fn close(&mut self) -> bool {
        let was_active = self.is_active();
        self.clear();
        self.editing = false;
        was_active
    }

    /// The index is built: a query typed meanwhile is to be sent now.
    pub fn index_ready(&mut self, index: Arc<SearchIndex>) -> Option<SearchRequest> {
        self.index = Some(index);
        self.input_changed()
    }

    /// What the applied query looks for in bodies (a plain word's start, a quoted phrase),
    /// sorted: the same list means the same marks.
    pub fn body_needles(&self) -> Vec<String> {
        let Some(applied) = &self.applied else {
            return Vec::new();
        };
        let mut needles: Vec<String> = applied
            .query
            .groups
            .iter()
            .flatten()
            .filter(|term| !term.negated)
            .map(|term| match &term.body_prefix {
                Some(prefix) => prefix.clone(),
                None => term.body_phrase.join(" "),
            })
            .filter(|needle| !needle.is_empty())
            .collect();
        needles.sort();
        needles.dedup();
        needles
    }

    /// The ranked catalog indices the list is narrowed to, when a query is applied.
    pub fn ranked(&self) -> Option<&[u32]> {
        self.applied.as_ref().map(|a| a.ranked.as_slice())
    }

    pub fn is_active(&self) -> bool {
        self.applied.is_some()
    }

    /// Typed before the index was ready: the query runs when it is.
    pub fn waiting_for_index(&self) -> bool {
        self.index.is_none() && !self.input.text().trim().is_empty() && self.error.is_none()
    }

    /// Reads the input after a change: the query to send, if there is one to send now.
    fn input_changed(&mut self) -> Option<SearchRequest> {
        let input = self.input.text().to_owned();
        match Query::parse(&input) {
            Err(error) => {
                self.error = Some(format!("filter: {error}"));
                // The list shows what the words before the unreadable one find, whichever
                // word it is: a half-typed `person:` or a lone `!` alike.
                let (readable, query) = readable_start(&input);
                self.send(readable, query)
            }
            Ok(query) => {
                self.error = None;
                self.send(input, query)
            }
        }
    }

    /// Asks for `query`'s results, or drops the filter for an empty one.
    fn send(&mut self, input: String, query: Query) -> Option<SearchRequest> {
        if query.is_empty() {
            self.applied = None;
            self.stop_pending();
            return None;
        }
        self.index.as_ref()?;
        self.generation += 1;
        self.pending = true;
        Some(SearchRequest {
            generation: self.generation,
            input,
            query,
        })
    }

    /// Makes every answer in flight stale.
    fn stop_pending(&mut self) {
        self.generation += 1;
        self.pending = false;
    }

    fn clear(&mut self) {
        self.input.clear();
        self.applied = None;
        self.error = None;
        self.failure = None;
        self.stop_pending();
    }

    /// Takes an answer if it is the newest query's; says whether the list changed.
    pub fn receive(&mut self, response: SearchResponse) -> bool {
        if response.generation != self.generation {
            return false;
        }
        self.pending = false;
        self.failure = None;
        self.applied = Some(AppliedSearch {
            input: response.input,
            query: response.query,
            ranked: response.hits.into_iter().map(|hit| hit.article).collect(),
        });
        true
    }

    /// The search of the newest query panicked: nothing is coming, and the reader is told.
    /// An answer to a newer query may still come, and is taken.
    pub fn search_failed(&mut self, message: &str) {
        self.pending = false;
        self.failure = Some(format!("filter: the search failed ({message})"));
    }

    /// The list title's tag for an applied filter: `[/steppe eagle]`.
    pub fn label(&self) -> Option<String> {
        self.applied
            .as_ref()
            .map(|a| format!("[/{}] ", sanitize_label(&a.input)))
    }

    /// The status line's part: the input line while typing, then why nothing shows yet.
    pub fn status_spans(&self, style: Style) -> Vec<Span<'static>> {
        let mut spans = Vec::new();
        if self.editing {
            let bold = style.add_modifier(Modifier::BOLD);
            spans.push(Span::styled(" /", bold));
            spans.extend(self.input.spans(bold));
            spans.push(Span::styled(" ", bold));
        }
        let note = if let Some(error) = self.error.as_ref().or(self.failure.as_ref()) {
            Some(error.clone())
        } else if self.waiting_for_index() {
            Some("indexing… the filter applies when the index is ready".to_owned())
        } else if self.pending {
            Some("searching…".to_owned())
        } else if self.editing {
            self.applied.as_ref().map(|a| {
                let n = a.ranked.len();
                format!("{n} match{}", if n == 1 { "" } else { "es" })
            })
        } else {
            None
        };
        if let Some(note) = note {
            spans.push(Span::styled(format!("│ {} ", sanitize_label(&note)), style));
        }
        spans
    }

    /// An article title with the chars the query matched in `matched` style. Positions are
    /// computed here, for the rows on screen only.
    pub fn title_spans(&self, article: u32, title: &str, base: Style) -> Vec<Span<'static>> {
        let positions = match (&self.index, &self.applied) {
            (Some(index), Some(applied)) => index.title_match_positions(article, &applied.query),
            _ => Vec::new(),
        };
        highlighted_label(title, &positions, base, base.patch(match_style()))
    }
}

/// The longest start of `input`, in whole words, that is a valid query (empty at worst).
fn readable_start(input: &str) -> (String, Query) {
    let mut words: Vec<&str> = input.split_whitespace().collect();
    while words.pop().is_some() {
        let start = words.join(" ");
        if let Ok(query) = Query::parse(&start) {
            return (start, query);
        }
    }
    (String::new(), Query::default())
}

/// `needles` marked wherever they occur in an article's text.
pub fn body_marks(needles: &[String], text: &str, index: &crate::span::CharIndex) -> Marks {
    let mut spans = Vec::new();
    for needle in needles {
        spans.extend(crate::find::find_all(text, index, needle, MAX_MATCHES));
    }
    spans.sort();
    spans.dedup();
    Marks::new(spans, MarkKind::QueryWord)
}

/// How matched title chars stand out, in colour or not.
pub fn match_style() -> Style {
    Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

/// `text` sanitised as [`sanitize_label`] does (whitespace runs collapsed), in runs of `plain`
/// and `matched` style; `positions` are char indices into the original text.
pub fn highlighted_label(
    text: &str,
    positions: &[usize],
    plain: Style,
    matched: Style,
) -> Vec<Span<'static>> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut run = String::new();
    let mut run_matched = false;
    let mut last_space = true;
    for (position, ch) in text.chars().enumerate() {
        let ch = safe_char(ch);
        let is_match = positions.binary_search(&position).is_ok();
        if ch.is_whitespace() {
            if last_space {
                continue;
            }
            last_space = true;
        } else {
            last_space = false;
        }
        let ch = if ch.is_whitespace() { ' ' } else { ch };
        if is_match != run_matched && !run.is_empty() {
            let style = if run_matched { matched } else { plain };
            spans.push(Span::styled(std::mem::take(&mut run), style));
        }
        run_matched = is_match;
        run.push(ch);
    }
    let trimmed = run.trim_end().len();
    run.truncate(trimmed);
    if !run.is_empty() {
        spans.push(Span::styled(run, if run_matched { matched } else { plain }));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlights_runs_and_collapses_whitespace_like_the_plain_label() {
        let plain = Style::new();
        let matched = match_style();
        let spans = highlighted_label("Steppe  eagle\u{1b}", &[0, 1, 8], plain, matched);
        let text: String = spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, sanitize_label("Steppe  eagle\u{1b}"));
        let runs: Vec<(&str, bool)> = spans
            .iter()
            .map(|s| (s.content.as_ref(), s.style == matched))
            .collect();
        assert_eq!(
            runs,
            vec![
                ("St", true),
                ("eppe ", false),
                ("e", true),
                ("agle␛", false)
            ]
        );
    }
}

//! The archive-wide views as popups over the reader: the entities list (`E`), an entity's
//! page (`i`, or Alt-Enter on the list) and the timeline of the list (`T`). They stack: Esc
//! goes back one. Their data comes from the views job (`views::ViewsSource`) as answers to
//! the requests this component returns; the timeline is folded from the list's own dates.
//! What a key asks of the rest of the reader (narrow the list, open an article at a quote)
//! goes back to the App as a [`ViewsOutcome`].

use crate::catalog::EntityKey;
use crate::facts::EntityKind;
use crate::span::Span;
use crate::views::entity_page::MonthCount;
use crate::views::timeline::month_of;
use crate::views::{
    EntityPage, EntityRow, EntitySort, Period, PeriodFacts, Timeline, ViewAnswer, ViewRequest,
    sort_rows,
};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::{HashMap, HashSet};

/// The open views, the top one last.
#[derive(Debug, Default)]
pub struct ArchiveViews {
    stack: Vec<View>,
}

#[derive(Debug)]
pub enum View {
    Entities(EntitiesView),
    Entity(EntityView),
    Timeline(TimelineView),
}

/// What a key in a view asks of the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ViewsOutcome {
    Nothing,
    /// Ask the views job.
    Request(ViewRequest),
    /// Show only the articles that mention the entity (the views close).
    NarrowToEntity(EntityKey),
    /// Show only the articles published from `from` to `to`, ISO days (the views close).
    NarrowToPeriod {
        from: String,
        to: String,
    },
    /// Open the article with the quote marked (the views close).
    OpenQuote {
        article: String,
        span: Span,
    },
    /// Fold the timeline again for another period.
    Zoom(Period),
}

/// The kinds Tab steps through; `None` is every kind.
const KINDS: [Option<EntityKind>; 5] = [
    None,
    Some(EntityKind::Person),
    Some(EntityKind::Place),
    Some(EntityKind::Organization),
    Some(EntityKind::Event),
];

#[derive(Debug, Default)]
pub struct EntitiesView {
    /// `None` until the views job answers.
    pub rows: Option<Vec<EntityRow>>,
    pub kind: Option<EntityKind>,
    pub sort: EntitySort,
    /// Typed: the letters a name must hold in order (a fuzzy filter).
    pub query: String,
    /// Indices into `rows` that pass the kind and the query, in order.
    pub shown: Vec<usize>,
    pub cursor: usize,
    pub error: Option<String>,
    /// Articles per month of the rows seen so far, for their sparklines.
    pub months: HashMap<i64, Vec<MonthCount>>,
    asked: HashSet<i64>,
    /// The first and last month of any entity: the sparklines' common span.
    pub span: Option<((i32, u8), (i32, u8))>,
}

#[derive(Debug)]
pub struct EntityView {
    pub kind: EntityKind,
    pub name: String,
    pub page: Option<Box<EntityPage>>,
    /// The quote chosen.
    pub cursor: usize,
    pub error: Option<String>,
}

#[derive(Debug)]
pub struct TimelineView {
    pub timeline: Timeline,
    /// The bar chosen.
    pub cursor: usize,
    /// Where a range of bars starts (Space), the chosen bar its other end.
    pub anchor: Option<usize>,
    /// Articles in the list it was folded from.
    pub articles: usize,
    /// The events and dates of the chosen bar's period, as the App finds them in the list.
    pub facts: PeriodFacts,
}

impl ArchiveViews {
    pub fn is_open(&self) -> bool {
        !self.stack.is_empty()
    }

    pub fn top(&self) -> Option<&View> {
        self.stack.last()
    }

    /// `E`: the entities list, asked of the views job.
    pub fn open_entities(&mut self) -> ViewsOutcome {
        self.stack.push(View::Entities(EntitiesView::default()));
        ViewsOutcome::Request(ViewRequest::Entities)
    }

    /// `i`: the page of this entity.
    pub fn open_entity(&mut self, kind: EntityKind, name: String) -> ViewsOutcome {
        let request = ViewRequest::Entity {
            kind,
            name: name.clone(),
        };
        self.stack.push(View::Entity(EntityView {
            kind,
            name,
            page: None,
            cursor: 0,
            error: None,
        }));
        ViewsOutcome::Request(request)
    }

    /// `T`, or a zoom: the timeline, replacing one on top.
    pub fn show_timeline(&mut self, timeline: Timeline, articles: usize) {
        let cursor = timeline.buckets.len().saturating_sub(1);
        let view = View::Timeline(TimelineView {
            timeline,
            cursor,
            anchor: None,
            articles,
            facts: PeriodFacts::default(),
        });
        match self.stack.last_mut() {
            Some(top @ View::Timeline(_)) => *top = view,
            _ => self.stack.push(view),
        }
    }

    /// The timeline on top, for the App to fill in its chosen period's facts.
    pub fn timeline_mut(&mut self) -> Option<&mut TimelineView> {
        match self.stack.last_mut() {
            Some(View::Timeline(timeline)) => Some(timeline),
            _ => None,
        }
    }

    pub fn close_all(&mut self) {
        self.stack.clear();
    }

    /// The views job's answer (or why it failed) to `request`, for the view that asked; and
    /// what to ask next (the sparklines of the rows in sight).
    pub fn answered(
        &mut self,
        request: &ViewRequest,
        answer: Result<ViewAnswer, String>,
        page_rows: usize,
    ) -> Option<ViewRequest> {
        self.fill(request, answer);
        self.wanted_months(page_rows)
    }

    fn wanted_months(&mut self, page_rows: usize) -> Option<ViewRequest> {
        match self.stack.last_mut() {
            Some(View::Entities(list)) => list.wanted_months(page_rows),
            _ => None,
        }
    }

    fn fill(&mut self, request: &ViewRequest, answer: Result<ViewAnswer, String>) {
        if let (ViewRequest::Months(_), Ok(ViewAnswer::Months(found))) = (request, &answer) {
            for view in &mut self.stack {
                if let View::Entities(list) = view {
                    list.months.extend(found.iter().cloned());
                }
            }
            return;
        }
        for view in self.stack.iter_mut().rev() {
            match (view, request, &answer) {
                (View::Entities(list), ViewRequest::Entities, _) if list.rows.is_none() => {
                    match answer {
                        Ok(ViewAnswer::Entities(rows)) => {
                            let first = rows.iter().filter_map(|r| r.first.as_deref()).min();
                            let last = rows.iter().filter_map(|r| r.last.as_deref()).max();
                            list.span = first.and_then(month_of).zip(last.and_then(month_of));
                            list.rows = Some(rows);
                            list.refilter();
                        }
                        Ok(_) => {}
                        Err(error) => list.error = Some(error),
                    }
                    return;
                }
                (View::Entity(page), ViewRequest::Entity { kind, name }, _)
                    if page.kind == *kind && page.name == *name && page.page.is_none() =>
                {
                    match answer {
                        Ok(ViewAnswer::Entity(found)) => page.page = Some(found),
                        Ok(_) => {}
                        Err(error) => page.error = Some(error),
                    }
                    return;
                }
                _ => {}
            }
        }
    }

    /// A key while a view is on top.
    pub fn key(&mut self, key: &KeyEvent, page_rows: usize) -> ViewsOutcome {
        if key.code == KeyCode::Esc {
            self.stack.pop();
            return ViewsOutcome::Nothing;
        }
        let step = match self.stack.last_mut() {
            Some(View::Entities(list)) => list.key(key, page_rows),
            Some(View::Entity(page)) => page.key(key),
            Some(View::Timeline(timeline)) => timeline.key(key, page_rows),
            None => return ViewsOutcome::Nothing,
        };
        let outcome = match step {
            Step::Outcome(outcome) => {
                if matches!(
                    outcome,
                    ViewsOutcome::NarrowToEntity(_)
                        | ViewsOutcome::NarrowToPeriod { .. }
                        | ViewsOutcome::OpenQuote { .. }
                ) {
                    self.close_all();
                }
                outcome
            }
            Step::OpenPage(kind, name) => self.open_entity(kind, name),
            Step::Close => {
                self.stack.pop();
                ViewsOutcome::Nothing
            }
        };
        match (outcome, self.wanted_months(page_rows)) {
            (ViewsOutcome::Nothing, Some(request)) => ViewsOutcome::Request(request),
            (outcome, _) => outcome,
        }
    }
}

/// What a view's own key handling asks of the stack.
enum Step {
    Outcome(ViewsOutcome),
    OpenPage(EntityKind, String),
    Close,
}

fn moved(cursor: usize, len: usize, key: &KeyEvent, page: usize) -> Option<usize> {
    let last = len.saturating_sub(1);
    Some(match key.code {
        KeyCode::Down => (cursor + 1).min(last),
        KeyCode::Up => cursor.saturating_sub(1),
        KeyCode::PageDown => (cursor + page.max(1)).min(last),
        KeyCode::PageUp => cursor.saturating_sub(page.max(1)),
        KeyCode::Home => 0,
        KeyCode::End => last,
        _ => return None,
    })
}

impl EntitiesView {
    /// The row under the cursor.
    pub fn chosen(&self) -> Option<&EntityRow> {
        let rows = self.rows.as_ref()?;
        rows.get(*self.shown.get(self.cursor)?)
    }

    /// The rows around the cursor whose months are not asked for yet, as a request.
    fn wanted_months(&mut self, page_rows: usize) -> Option<ViewRequest> {
        let rows = self.rows.as_ref()?;
        let from = self.cursor.saturating_sub(page_rows);
        let ids: Vec<i64> = self
            .shown
            .iter()
            .skip(from)
            .take(2 * page_rows + 1)
            .map(|&i| rows[i].id)
            .filter(|id| self.asked.insert(*id))
            .collect();
        (!ids.is_empty()).then_some(ViewRequest::Months(ids))
    }

    fn refilter(&mut self) {
        let Some(rows) = self.rows.as_mut() else {
            return;
        };
        sort_rows(rows, self.sort);
        let query: Vec<char> = self.query.to_lowercase().chars().collect();
        self.shown = rows
            .iter()
            .enumerate()
            .filter(|(_, row)| self.kind.is_none_or(|kind| row.kind == kind))
            .filter(|(_, row)| holds_in_order(&row.name, &query))
            .map(|(i, _)| i)
            .collect();
        self.cursor = self.cursor.min(self.shown.len().saturating_sub(1));
    }

    fn key(&mut self, key: &KeyEvent, page: usize) -> Step {
        if let Some(cursor) = moved(self.cursor, self.shown.len(), key, page) {
            self.cursor = cursor;
            return Step::Outcome(ViewsOutcome::Nothing);
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        match key.code {
            KeyCode::Enter | KeyCode::Right if alt || key.code == KeyCode::Right => {
                if let Some(row) = self.chosen() {
                    return Step::OpenPage(row.kind, row.name.clone());
                }
            }
            KeyCode::Enter => {
                if let Some(row) = self.chosen() {
                    return Step::Outcome(ViewsOutcome::NarrowToEntity(EntityKey {
                        kind: row.kind,
                        canonical: row.name.clone(),
                    }));
                }
            }
            KeyCode::Tab | KeyCode::BackTab => {
                let at = KINDS.iter().position(|k| *k == self.kind).unwrap_or(0);
                let step = if key.code == KeyCode::Tab {
                    1
                } else {
                    KINDS.len() - 1
                };
                self.kind = KINDS[(at + step) % KINDS.len()];
                self.cursor = 0;
                self.refilter();
            }
            KeyCode::Char('s') if ctrl => {
                self.sort = self.sort.next();
                self.cursor = 0;
                self.refilter();
            }
            KeyCode::Char(c) if !ctrl && !alt => {
                self.query.push(c);
                self.cursor = 0;
                self.refilter();
            }
            KeyCode::Backspace => {
                self.query.pop();
                self.refilter();
            }
            _ => {}
        }
        Step::Outcome(ViewsOutcome::Nothing)
    }
}

/// Whether `name` holds the (lower-case) letters of `query` in order.
fn holds_in_order(name: &str, query: &[char]) -> bool {
    let mut wanted = query.iter().filter(|c| !c.is_whitespace()).peekable();
    for c in name.chars().flat_map(char::to_lowercase) {
        if wanted.peek() == Some(&&c) {
            wanted.next();
        }
    }
    wanted.peek().is_none()
}

impl EntityView {
    fn key(&mut self, key: &KeyEvent) -> Step {
        let quotes = self.page.as_ref().map_or(0, |p| p.quotes.len());
        if let Some(cursor) = moved(self.cursor, quotes, key, 5) {
            self.cursor = cursor;
            return Step::Outcome(ViewsOutcome::Nothing);
        }
        match key.code {
            KeyCode::Char('q') => Step::Close,
            KeyCode::Enter => match self.page.as_ref().and_then(|p| p.quotes.get(self.cursor)) {
                Some(quote) => Step::Outcome(ViewsOutcome::OpenQuote {
                    article: quote.article.clone(),
                    span: Span::new(quote.start, quote.end),
                }),
                None => Step::Outcome(ViewsOutcome::Nothing),
            },
            KeyCode::Char('n') => Step::Outcome(ViewsOutcome::NarrowToEntity(EntityKey {
                kind: self.kind,
                canonical: self.name.clone(),
            })),
            _ => Step::Outcome(ViewsOutcome::Nothing),
        }
    }
}

impl TimelineView {
    pub fn chosen(&self) -> Option<&crate::views::Bucket> {
        self.timeline.buckets.get(self.cursor)
    }

    /// The first and last bar chosen: the range from the anchor, else the one bar.
    pub fn range(&self) -> (usize, usize) {
        let anchor = self.anchor.unwrap_or(self.cursor);
        (anchor.min(self.cursor), anchor.max(self.cursor))
    }

    fn key(&mut self, key: &KeyEvent, page: usize) -> Step {
        let len = self.timeline.buckets.len();
        if let Some(cursor) = moved(self.cursor, len, key, page) {
            self.cursor = cursor;
            return Step::Outcome(ViewsOutcome::Nothing);
        }
        let period = self.timeline.period;
        Step::Outcome(match key.code {
            KeyCode::Char('q') => return Step::Close,
            KeyCode::Char('j') => {
                self.cursor = (self.cursor + 1).min(len.saturating_sub(1));
                ViewsOutcome::Nothing
            }
            KeyCode::Char('k') => {
                self.cursor = self.cursor.saturating_sub(1);
                ViewsOutcome::Nothing
            }
            KeyCode::Char('+') | KeyCode::Char('=') if period != Period::Week => {
                ViewsOutcome::Zoom(period.shorter())
            }
            KeyCode::Char('-') if period != Period::Year => ViewsOutcome::Zoom(period.longer()),
            KeyCode::Char(' ') => {
                self.anchor = match self.anchor {
                    Some(_) => None,
                    None => Some(self.cursor),
                };
                ViewsOutcome::Nothing
            }
            KeyCode::Enter => {
                let (first, last) = self.range();
                let buckets = &self.timeline.buckets;
                match (buckets.get(first), buckets.get(last)) {
                    (Some(first), Some(last)) => ViewsOutcome::NarrowToPeriod {
                        from: first.from.clone(),
                        to: last.to.clone(),
                    },
                    _ => ViewsOutcome::Nothing,
                }
            }
            _ => ViewsOutcome::Nothing,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fuzzy_filter_wants_the_letters_in_order() {
        let query: Vec<char> = "szh".chars().collect();
        assert!(holds_in_order("Saken Zhasuzakov", &query));
        assert!(!holds_in_order("Zhasuzakov Saken", &query));
        assert!(holds_in_order("anything", &[]));
    }
}

//! The reader's whole state and the one place it changes: [`App::update`].
//!
//! The real event loop and the tests drive the app the same way: every key, mouse event,
//! resize and background result becomes an [`Action`]; what must happen outside the state (a
//! file read) comes back as an [`Effect`] for the loop to run off the UI thread.

pub use super::action::{Action, Effect, EntityCorrection, SearchRebuild};
use super::archive_views::{ArchiveViews, ViewsOutcome};
use super::article_find::{ArticleFind, FindOutcome};
use super::config::Config;
use super::document::Document;
use super::facts_view::{FactRow, mentions_of};
use super::filter_input::{FilterOutcome, SearchFilter, SharedIndex, body_marks};
use super::help;
use super::keymap::{Command, Context};
use super::layout::{Pane, PaneLayout, inner, text_area};
use super::list_order::ListOrder;
use super::marks::{MarkKind, Marks};
use super::notes_ui::{Around, NotesReply, NotesUi};
use super::notes_view::visible_rows;
pub use super::open_article::{OpenArticle, SYNC_LAYOUT_BYTES};

/// How much of a long article is laid out at once, for its first screen: whole blocks up to
/// this many chars, a three-hundredth of the 5 MB article `cargo bench --bench reader` lays
/// out whole.
const FIRST_SCREEN_CHARS: usize = 16 * 1024;
use super::reading_state::ReadingState;
use super::worker::Worker;
use crate::archive::{Article, Skipped};
use crate::catalog::{Catalog, CatalogPatch, EntityKey};
use crate::facts::{EntityKind, Facts};
use crate::notes::NotesStore;
use crate::search::{SearchIndex, SearchResponse};
use crate::span::Span;
use crate::views::{Period, period_facts, timeline_of_dates};
use crossterm::event::{KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Rect;
use std::sync::Arc;

/// What the keyboard is talking to. The list filter (`/`) and note editing add their modes here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Normal,
    /// The list filter's input line takes the keys.
    Filter,
    /// The find-in-article line takes the keys.
    Find,
    /// A passage is being selected in the article.
    Visual,
    /// The note editor has the keys.
    Note,
    /// The notes view has the keys.
    Notes,
    /// An archive-wide view (entities, an entity's page, the timeline) has the keys.
    View,
}

impl Mode {
    pub fn label(self) -> &'static str {
        match self {
            Mode::Normal => "NORMAL",
            Mode::Filter => "FILTER",
            Mode::Find => "FIND",
            Mode::Visual => "VISUAL",
            Mode::Note => "NOTE",
            Mode::Notes => "NOTES",
            Mode::View => "VIEW",
        }
    }
}

/// Windows over the panes, each with what it shows; the top one takes the keys. The notes'
/// popups (editor, notes view) are the notes component's own, under these.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Popup {
    /// The keys, scrolled this many lines.
    Help {
        scroll: usize,
    },
    Message {
        title: String,
        text: String,
    },
}

/// A fact the article list is narrowed to (Enter on it in the facts panel).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListFilter {
    Entity(EntityKey),
    /// A normalised date value ("2019-06-27", "2019-06", "--09").
    Date(String),
    /// Published from the first day to the last (ISO days), as timeline bars chose; among
    /// the articles of the fact the list was narrowed to before, if any.
    Published {
        from: String,
        to: String,
        within: Option<Box<ListFilter>>,
    },
}

impl ListFilter {
    fn admits(&self, catalog: &Catalog, article: u32) -> bool {
        let Some(entry) = catalog.get(article as usize) else {
            return false;
        };
        match self {
            ListFilter::Entity(key) => catalog.mentions(entry, key),
            ListFilter::Date(value) => catalog.mentions_date(entry, value),
            // A date known to the month or the year counts from its first day.
            ListFilter::Published { from, to, within } => {
                within
                    .as_ref()
                    .is_none_or(|fact| fact.admits(catalog, article))
                    && entry
                        .meta
                        .published
                        .and_then(crate::views::timeline::first_day)
                        .is_some_and(|day| *from <= day && day <= *to)
            }
        }
    }

    pub fn label(&self) -> String {
        match self {
            ListFilter::Entity(key) => format!("{}: {}", key.kind.label(), key.canonical),
            ListFilter::Date(value) => format!("date: {value}"),
            ListFilter::Published { from, to, within } => match within {
                Some(fact) => format!("{} · published: {from}..{to}", fact.label()),
                None => format!("published: {from}..{to}"),
            },
        }
    }

    /// The row of this fact in an article's facts panel, if the article has it.
    fn row_in(&self, facts: &Facts, rows: &[FactRow]) -> Option<usize> {
        if let ListFilter::Published {
            within: Some(fact), ..
        } = self
        {
            return fact.row_in(facts, rows);
        }
        rows.iter().position(|row| match (self, row) {
            (ListFilter::Entity(key), FactRow::Entity(i)) => {
                let entity = &facts.entities[*i];
                entity.kind == key.kind && entity.canonical == key.canonical
            }
            (ListFilter::Date(value), FactRow::Date(i)) => {
                facts.dates[*i].key().as_deref() == Some(value.as_str())
            }
            _ => false,
        })
    }
}

#[derive(Clone, Debug, Default)]
pub struct LoadProgress {
    pub total: Option<usize>,
    /// Articles in the catalog.
    pub loaded: usize,
    /// Articles a first index build has read, listed or not (it lists only the first ones).
    pub indexed: usize,
    pub skipped: Vec<Skipped>,
    /// The loader died: what is loaded is all there will be.
    pub failed: bool,
    /// A warm start's refresh under way: files read, of how many new and changed ones.
    pub refreshing: Option<(usize, usize)>,
}

impl LoadProgress {
    /// Articles read so far, for the gauge.
    pub fn read(&self) -> usize {
        // A build's count includes the files it skipped.
        (self.loaded + self.skipped.len()).max(self.indexed)
    }

    /// The refresh's files read and to read, while it reads them.
    pub fn refreshing(&self) -> Option<(usize, usize)> {
        self.refreshing.filter(|(done, to_read)| done < to_read)
    }

    pub fn done(&self) -> bool {
        self.failed
            || self
                .total
                .is_some_and(|t| self.loaded + self.skipped.len() >= t)
    }
}

#[derive(Clone, Debug, Default)]
pub struct FactsCursor {
    /// Index into `fact_rows`; always an item row when there are items.
    pub row: Option<usize>,
    pub offset: usize,
}

pub struct App {
    config: Config,
    /// Shared only while the loader makes a patched catalog's search index.
    catalog: Arc<Catalog>,
    /// Catalog indices shown in the list, in display order (by id).
    visible: Vec<u32>,
    /// Every catalog index sorted by id; `all[..all_sorted]` is in order, the rest new.
    all: Vec<u32>,
    all_sorted: usize,
    /// The list needs sorting and the cursor placing again (after loads or a filter change).
    list_dirty: bool,
    list_cursor: usize,
    list_offset: usize,
    /// The catalog index of the article chosen in the list.
    selected: Option<u32>,
    filter: Option<ListFilter>,
    order: ListOrder,
    /// The fuzzy filter typed after `/`; applies together with `filter`.
    search: SearchFilter,
    focus: Pane,
    popups: Vec<Popup>,
    facts_toggled: bool,
    progress: LoadProgress,
    open: Option<OpenArticle>,
    /// The id last asked of the reader thread; other replies are stale.
    requested: Option<String>,
    read_error: Option<String>,
    facts_cursor: FactsCursor,
    /// The selected fact's mentions or the find's matches, marked in the article.
    marks: Marks,
    /// The marks are to be scrolled to once the open article is laid out.
    scroll_to_mark_when_laid_out: bool,
    find: ArticleFind,
    /// (article id, body words) the query-word marks were found for.
    query_marks_for: Option<(String, Vec<String>)>,
    reading: ReadingState,
    /// Problems to keep showing in the status line (config, state file).
    warnings: Vec<String>,
    /// A one-off note for the status line, cleared by the next key.
    message: Option<String>,
    area: Rect,
    layout: PaneLayout,
    /// Set by any key or click: from then on the selection is the reader's, not the loader's.
    user_moved: bool,
    /// Last session's article, to reopen when it arrives.
    resume: Option<String>,
    should_quit: bool,
    /// Bookmarks and annotations: the store, the article cursor, the note popups.
    notes: NotesUi,
    /// A notes store was attached since the last update: the open article's notes are to be
    /// anchored from it.
    notes_attached: bool,
    /// The archive-wide views open over the panes (issue 14).
    archive_views: ArchiveViews,
    /// A quote to mark and scroll to when its article opens (from an entity's page).
    quote_to_mark: Option<(String, Span)>,
}

impl App {
    pub fn new(config: Config, reading: ReadingState) -> Self {
        let resume = reading.last_article.clone();
        App {
            config,
            catalog: Arc::default(),
            visible: Vec::new(),
            all: Vec::new(),
            all_sorted: 0,
            list_dirty: false,
            list_cursor: 0,
            list_offset: 0,
            selected: None,
            filter: None,
            order: ListOrder::default(),
            search: SearchFilter::default(),
            focus: Pane::List,
            popups: Vec::new(),
            facts_toggled: false,
            progress: LoadProgress::default(),
            open: None,
            requested: None,
            read_error: None,
            facts_cursor: FactsCursor::default(),
            marks: Marks::default(),
            scroll_to_mark_when_laid_out: false,
            find: ArticleFind::default(),
            query_marks_for: None,
            reading,
            warnings: Vec::new(),
            message: None,
            area: Rect::default(),
            layout: PaneLayout::default(),
            user_moved: false,
            resume,
            should_quit: false,
            notes: Default::default(),
            notes_attached: false,
            archive_views: ArchiveViews::default(),
            quote_to_mark: None,
        }
    }

    /// Shows a problem found at start-up in a popup and keeps it in the status line.
    pub fn warn(&mut self, title: &str, text: String) {
        self.popups.push(Popup::Message {
            title: title.to_owned(),
            text: text.clone(),
        });
        self.warnings.push(text);
    }

    pub fn update(&mut self, action: Action) -> Vec<Effect> {
        let mut effects = Vec::new();
        // A new size, a new layout or a newly opened article moves the view without the
        // reader asking: only what the reader did is remembered.
        let reader_moved_view = !matches!(
            action,
            Action::Resize { .. } | Action::LaidOut { .. } | Action::ArticleRead { .. }
        );
        let view_before = self.view();
        match action {
            Action::Key(key) => {
                if key.kind != KeyEventKind::Release {
                    self.user_moved = true;
                    self.message = None;
                    if self.mode() == Mode::Filter && self.popups.is_empty() {
                        self.filter_key(&key, &mut effects);
                    } else if self.mode() == Mode::Find && self.popups.is_empty() {
                        self.find_key(&key);
                    } else if self.popups.is_empty() && self.archive_views.is_open() {
                        let rows = self.area.height.saturating_sub(7).max(1) as usize;
                        let outcome = self.archive_views.key(&key, rows);
                        self.views_outcome(outcome, &mut effects);
                        self.timeline_facts();
                    } else if self.popups.is_empty() && self.notes_key_context().is_some() {
                        self.with_notes(&mut effects, |notes, around| notes.key(around, key));
                    } else if let Some(command) =
                        self.config.keys.command_for(self.key_context(), &key)
                    {
                        self.command(command, &mut effects);
                    }
                }
            }
            Action::Command(command) => self.command(command, &mut effects),
            Action::Mouse(mouse) => {
                if matches!(mouse.kind, MouseEventKind::Down(_)) {
                    self.user_moved = true;
                }
                self.mouse(mouse, &mut effects)
            }
            Action::Resize { width, height } => {
                self.area = Rect::new(0, 0, width, height);
            }
            Action::Discovered { total } => self.progress.total = Some(total),
            Action::Indexed { done } => self.progress.indexed = done,
            Action::Refreshing { done, to_read } => {
                self.progress.refreshing = Some((done, to_read))
            }
            Action::Loaded(entry) => {
                self.progress.loaded += 1;
                let index = Arc::make_mut(&mut self.catalog).push(*entry) as u32;
                let admitted = self
                    .filter
                    .as_ref()
                    .is_none_or(|f| f.admits(&self.catalog, index));
                self.all.push(index);
                if admitted && self.filter.is_some() {
                    self.visible.push(index);
                }
                self.list_dirty = true;
                // Sorting waits for the batch's Tick: per article it would be quadratic.
                return effects;
            }
            Action::Skipped(skipped) => {
                self.progress.skipped.push(skipped);
                return effects;
            }
            Action::ArticleRead { id, result } => self.article_read(id, result, &mut effects),
            Action::LaidOut { id, document } => self.laid_out(id, *document),
            Action::FactsExtracted { id, facts } => self.facts_extracted(&id, *facts),
            Action::Tick => {}
            Action::SearchIndexReady(index) => self.search_index_ready(index, &mut effects),
            Action::CatalogReplaced { loaded, summary } => {
                let (catalog, index) = *loaded;
                self.catalog_replaced(catalog, index, &mut effects);
                if let Some(summary) = summary {
                    self.message.get_or_insert(summary);
                }
            }
            Action::CatalogPatched { patch, last } => {
                if last.is_some() {
                    self.progress.refreshing = None;
                }
                let (rebuild, summary) = last.unzip();
                self.catalog_patched(*patch, rebuild, &mut effects);
                if let Some(summary) = summary {
                    self.message.get_or_insert(summary);
                }
            }
            Action::IndexUnavailable(why) => {
                self.progress.refreshing = None;
                self.warnings.push(why);
            }
            Action::EntityCorrected(result) => self.entity_corrected(result, &mut effects),
            Action::SearchResults(response) => self.search_results(*response, &mut effects),
            Action::NotesPlaced(placed) => self.notes.placed(placed),
            Action::NotesAnchored {
                article,
                generation,
                notes,
            } => {
                let orphans = self.notes.anchored(&article, generation, *notes);
                if self.message.is_none() {
                    self.message = orphans;
                }
            }
            Action::WorkerFailed {
                worker,
                request,
                message,
            } => self.worker_failed(worker, &request, &message, &mut effects),
            Action::PagerClosed(result) => {
                self.message = Some(match result {
                    Ok(()) => "back from the pager".into(),
                    Err(error) => error,
                });
            }
            Action::ViewAnswered { request, answer } => {
                let rows = self.area.height.saturating_sub(7).max(1) as usize;
                if let Some(next) = self
                    .archive_views
                    .answered(&request, answer.map(|a| *a), rows)
                {
                    effects.push(Effect::QueryViews(next));
                }
            }
            Action::Signal(_) | Action::InputFailed(_) => return effects,
        }
        self.settle(&mut effects);
        if reader_moved_view && self.view() != view_before {
            self.remember_scroll();
        }
        effects
    }

    /// The open article, the width it is laid out for and its first line shown.
    fn view(&self) -> Option<(*const Article, Option<u16>, usize)> {
        let open = self.open.as_ref()?;
        let width = open.document.as_ref().map(|d| d.width);
        Some((Arc::as_ptr(&open.article), width, open.scroll))
    }

    /// Brings derived state in line after any change: list order, selection, layout, wrapping.
    fn settle(&mut self, effects: &mut Vec<Effect>) {
        if self.list_dirty {
            self.sort_list();
        }
        let follow_loader = !self.user_moved || self.selected.is_none();
        let on_resume = self.resume.is_some() && self.selected_id() == self.resume;
        if follow_loader && !on_resume && !self.visible.is_empty() {
            // Until the reader moves, follow last session's article, else the top of the list,
            // as the list fills. Keys pressed before anything loaded do not leave it empty.
            let resume = self
                .resume
                .as_deref()
                .and_then(|id| self.position_of_id(id));
            let fallback = if self.user_moved {
                self.list_cursor.min(self.visible.len() - 1)
            } else {
                0
            };
            self.select_position(resume.unwrap_or(fallback), effects);
        }
        self.layout = PaneLayout::compute(self.area, self.focus, self.facts_toggled);
        if let (Some(open), Some(rect)) = (self.open.as_mut(), self.layout.article) {
            let width = text_area(rect, self.config.reading_width).width.max(1);
            if open.document.as_ref().is_none_or(|d| d.width != width) {
                if open.article.text.len() <= SYNC_LAYOUT_BYTES {
                    let document = Document::layout_indexed(&open.article, &open.index, width);
                    open.install(document);
                } else if open.layout_requested != Some(width) {
                    open.layout_requested = Some(width);
                    effects.push(Effect::LayOut {
                        article: Arc::clone(&open.article),
                        index: Arc::clone(&open.index),
                        width,
                    });
                    // Meanwhile its first blocks, laid out now: a screen to read at once.
                    let first = Document::layout_first(
                        &open.article,
                        &open.index,
                        width,
                        FIRST_SCREEN_CHARS,
                    );
                    open.install_preview(first);
                }
            }
        }
        if self.scroll_to_mark_when_laid_out
            && self.open.as_ref().is_some_and(|o| o.document.is_some())
        {
            self.scroll_to_mark_when_laid_out = false;
            self.scroll_to_mark();
        }
        self.clamp_scrolls();
        if std::mem::take(&mut self.notes_attached) {
            self.with_notes(effects, NotesUi::article_opened);
        }
        self.with_notes(effects, NotesUi::settle);
    }

    /// Whose keymap a key goes through: the notes' popup that takes typing, the filter's
    /// input line, else the focused pane.
    pub fn key_context(&self) -> Context {
        if let Some(context) = self.notes_key_context() {
            return context;
        }
        if self.find.is_editing() {
            return Context::Find;
        }
        if self.search.editing {
            return Context::Filter;
        }
        match self.focus {
            Pane::List => Context::List,
            Pane::Article => Context::Article,
            Pane::Facts => Context::Facts,
        }
    }

    /// The context of the notes' popup that takes typing, if one is open.
    fn notes_key_context(&self) -> Option<Context> {
        if self.notes.editor().is_some() {
            Some(Context::Editor)
        } else if self.notes.view().is_some() {
            Some(Context::NotesView)
        } else {
            None
        }
    }

    pub fn mode(&self) -> Mode {
        if self.archive_views.is_open() {
            Mode::View
        } else if self.notes.editor().is_some() {
            Mode::Note
        } else if self.notes.view().is_some() {
            Mode::Notes
        } else if self.notes.cursor().selection.is_some() {
            Mode::Visual
        } else if self.find.is_editing() {
            Mode::Find
        } else if self.search.editing {
            Mode::Filter
        } else {
            Mode::Normal
        }
    }

    /// Stops waiting on what the failed worker was doing and says what happened.
    fn worker_failed(
        &mut self,
        worker: Worker,
        request: &str,
        message: &str,
        effects: &mut Vec<Effect>,
    ) {
        let failure = format!("the {} failed on {request}: {message}", worker.label());
        match worker {
            Worker::Loader => {
                self.progress.failed = true;
                self.warnings.push(format!(
                    "{failure}; {} articles loaded",
                    self.progress.loaded
                ));
            }
            Worker::Reader if self.requested.as_deref() == Some(request) => {
                let error = format!("the {} failed ({message})", worker.label());
                self.article_read(request.to_owned(), Err(error), effects);
            }
            Worker::Layout
                if self
                    .open
                    .as_ref()
                    .is_some_and(|o| *o.article.id == *request) =>
            {
                self.open = None;
                self.read_error = Some(format!("{request}: the layout failed ({message})"));
                self.with_notes(effects, NotesUi::article_opened);
            }
            Worker::Search => {
                self.search.search_failed(message);
                self.message = Some(failure);
            }
            _ => self.message = Some(failure),
        }
    }

    /// A long article's facts, extracted after it was shown.
    fn facts_extracted(&mut self, id: &str, facts: Facts) {
        let Some(open) = self.open.as_mut().filter(|o| *o.article.id == *id) else {
            return;
        };
        open.set_facts(facts);
        self.facts_cursor = FactsCursor::default();
        if self.focus == Pane::Facts {
            self.select_fact_row(self.first_fact_item());
        } else if let Some(row) = self.narrowing_fact_row() {
            self.select_fact_row(Some(row));
        }
    }

    fn laid_out(&mut self, id: String, document: Document) {
        let wanted = self
            .layout
            .article
            .map(|r| text_area(r, self.config.reading_width).width.max(1));
        if let Some(open) = self.open.as_mut()
            && open.article.id == id
            && wanted == Some(document.width)
        {
            open.install(document);
            self.scroll_to_mark_when_laid_out = false;
            if !self.marks.is_empty() {
                self.scroll_to_mark();
            }
        }
    }

    /// Merges newly loaded articles into the sorted list and puts the cursor back on the
    /// chosen article: O(n) per batch of loads, not per article.
    fn sort_list(&mut self) {
        let catalog = &self.catalog;
        let order = self.order;
        let compare = |a: &u32, b: &u32| {
            order.compare(
                &catalog.entries()[*a as usize].meta,
                &catalog.entries()[*b as usize].meta,
            )
        };
        if self.all_sorted < self.all.len() {
            let mut fresh = self.all.split_off(self.all_sorted);
            fresh.sort_by(compare);
            let old = std::mem::take(&mut self.all);
            let mut merged = Vec::with_capacity(old.len() + fresh.len());
            let (mut i, mut j) = (0, 0);
            while i < old.len() && j < fresh.len() {
                if compare(&old[i], &fresh[j]) != std::cmp::Ordering::Greater {
                    merged.push(old[i]);
                    i += 1;
                } else {
                    merged.push(fresh[j]);
                    j += 1;
                }
            }
            merged.extend_from_slice(&old[i..]);
            merged.extend_from_slice(&fresh[j..]);
            self.all = merged;
            self.all_sorted = self.all.len();
        }
        if let Some(ranked) = self.search.ranked() {
            let filter = self.filter.as_ref();
            self.visible = ranked
                .iter()
                .copied()
                .filter(|&i| filter.is_none_or(|f| f.admits(catalog, i)))
                .collect();
            if order != ListOrder::Archive {
                // Stable: equally placed articles keep their relevance order.
                self.visible.sort_by(compare);
            }
        } else if self.filter.is_none() {
            self.visible.clone_from(&self.all);
        } else {
            self.visible.sort_by(compare);
            self.visible.dedup();
        }
        self.list_dirty = false;
        if let Some(position) = self
            .selected
            .and_then(|selected| self.visible.iter().position(|&i| i == selected))
        {
            self.list_cursor = position;
            self.ensure_list_cursor_visible();
        }
    }

    /// `s`: the next order; the whole list is sorted again once, on the key press.
    fn cycle_order(&mut self) {
        self.order = self.order.next();
        let catalog = &self.catalog;
        let order = self.order;
        self.all.sort_by(|a, b| {
            order.compare(
                &catalog.entries()[*a as usize].meta,
                &catalog.entries()[*b as usize].meta,
            )
        });
        self.all_sorted = self.all.len();
        self.sort_list();
        self.message = Some(format!(
            "sorted {}",
            self.order.label(self.search.is_active())
        ));
    }

    fn position_of_id(&self, id: &str) -> Option<usize> {
        self.visible
            .iter()
            .position(|&i| self.catalog.entries()[i as usize].meta.id == id)
    }

    fn command(&mut self, command: Command, effects: &mut Vec<Effect>) {
        if !self.popups.is_empty() {
            self.popup_command(command);
            return;
        }
        if self.with_notes(effects, |notes, around| notes.command(around, command)) {
            return;
        }
        match command {
            Command::Quit => self.should_quit = true,
            Command::Help => self.popups.push(Popup::Help { scroll: 0 }),
            Command::Filter => self.open_filter(),
            Command::Sort => self.cycle_order(),
            Command::OpenInPager => match self.selected_id() {
                Some(id) => effects.push(Effect::OpenInPager(id)),
                None => self.message = Some("no article chosen to open".into()),
            },
            Command::FocusNext => self.cycle_focus(1),
            Command::FocusPrev => self.cycle_focus(-1),
            Command::ToggleFacts => self.toggle_facts(),
            Command::Back => self.back(effects),
            Command::NextMention => self.step_mark(1),
            Command::PrevMention => self.step_mark(-1),
            Command::Find => self.open_find(),
            Command::Open => self.open_focused(effects),
            Command::Down => self.move_by(1, effects),
            Command::Up => self.move_by(-1, effects),
            Command::HalfPageDown => self.move_by(self.page(true) as isize, effects),
            Command::HalfPageUp => self.move_by(-(self.page(true) as isize), effects),
            Command::PageDown => self.move_by(self.page(false) as isize, effects),
            Command::PageUp => self.move_by(-(self.page(false) as isize), effects),
            Command::Top => self.move_by(isize::MIN / 2, effects),
            Command::Bottom => self.move_by(isize::MAX / 2, effects),
            Command::Entities => {
                let outcome = self.archive_views.open_entities();
                self.views_outcome(outcome, effects);
            }
            Command::Timeline => self.show_timeline(Period::Month),
            Command::EntityPage => self.open_entity_page(effects),
            Command::HideEntity => self.correct_entity(false, effects),
            Command::RetypeEntity => self.correct_entity(true, effects),
            _ => {}
        }
    }

    /// What a key in an archive-wide view asked of the reader.
    fn views_outcome(&mut self, outcome: ViewsOutcome, effects: &mut Vec<Effect>) {
        match outcome {
            ViewsOutcome::Nothing => {}
            ViewsOutcome::Request(request) => effects.push(Effect::QueryViews(request)),
            ViewsOutcome::NarrowToEntity(key) => self.narrow(ListFilter::Entity(key), effects),
            ViewsOutcome::NarrowToPeriod { from, to } => {
                // Within the fact the list is narrowed to; another period replaces a period.
                let within = match self.filter.take() {
                    Some(ListFilter::Published { within, .. }) => within,
                    other => other.map(Box::new),
                };
                self.narrow(ListFilter::Published { from, to, within }, effects)
            }
            ViewsOutcome::OpenQuote { article, span } => {
                let already_open = self.open.as_ref().is_some_and(|o| o.article.id == article);
                self.open_article_by_id(&article, effects);
                self.focus = Pane::Article;
                if already_open {
                    self.marks = Marks::new(vec![span], MarkKind::Mention);
                    self.scroll_to_mark();
                } else {
                    self.quote_to_mark = Some((article, span));
                }
            }
            ViewsOutcome::Zoom(period) => self.show_timeline(period),
        }
    }

    /// `T`: the list's articles per period, folded from the catalog in memory.
    fn show_timeline(&mut self, period: Period) {
        let entries = self.catalog.entries();
        let dates = self
            .visible
            .iter()
            .map(|&i| entries[i as usize].meta.published);
        let timeline = timeline_of_dates(dates, period);
        self.archive_views
            .show_timeline(timeline, self.visible.len());
        self.timeline_facts();
    }

    /// The events and dates of the chosen timeline bar, from the list's catalog entries.
    fn timeline_facts(&mut self) {
        let Some(timeline) = self.archive_views.timeline_mut() else {
            return;
        };
        let Some(bucket) = timeline.chosen() else {
            return;
        };
        let entries = self.catalog.entries();
        let listed = self.visible.iter().map(|&i| &entries[i as usize]);
        timeline.facts = period_facts(&self.catalog, listed, bucket, 8);
    }

    /// `x` / `t` in the facts panel: the chosen entity hidden, or given the next kind, in the
    /// reader's corrections; the worker writes them and the article is read again with them.
    fn correct_entity(&mut self, retype: bool, effects: &mut Vec<Effect>) {
        let chosen = (self.focus == Pane::Facts)
            .then(|| {
                let open = self.open.as_ref()?;
                match open.fact_rows[self.facts_cursor.row?] {
                    FactRow::Entity(i) => Some(&open.facts.entities[i]),
                    _ => None,
                }
            })
            .flatten();
        let Some(entity) = chosen else {
            self.message = Some(
                "choose a person, place, organisation or event in the facts panel first".into(),
            );
            return;
        };
        let next = match entity.kind {
            EntityKind::Person => EntityKind::Place,
            EntityKind::Place => EntityKind::Organization,
            EntityKind::Organization => EntityKind::Event,
            EntityKind::Event | EntityKind::Date => EntityKind::Person,
        };
        let kind = retype.then_some(next);
        effects.push(Effect::CorrectEntity(EntityCorrection {
            name: entity.canonical.clone(),
            kind,
        }));
    }

    /// The correction is written: say so and read the open article again, with it.
    fn entity_corrected(&mut self, result: Result<String, String>, effects: &mut Vec<Effect>) {
        match result {
            Ok(done) => {
                self.message = Some(done);
                if let Some(open) = &self.open {
                    self.requested = Some(open.article.id.to_string());
                    effects.push(Effect::ReadArticle(open.article.id.to_string()));
                }
            }
            Err(why) => self.warnings.push(why),
        }
    }

    /// `i`: the page of the entity chosen in the facts panel (a quote's speaker), else of the
    /// entity the list is narrowed to.
    fn open_entity_page(&mut self, effects: &mut Vec<Effect>) {
        let from_facts = (self.focus == Pane::Facts)
            .then(|| {
                let open = self.open.as_ref()?;
                let row = open.fact_rows[self.facts_cursor.row?];
                match row {
                    FactRow::Entity(i) => {
                        let entity = &open.facts.entities[i];
                        Some((entity.kind, entity.canonical.clone()))
                    }
                    FactRow::Quote(i) => open.facts.quotes[i]
                        .speaker
                        .clone()
                        .map(|speaker| (EntityKind::Person, speaker)),
                    _ => None,
                }
            })
            .flatten();
        let narrowed = match &self.filter {
            Some(ListFilter::Entity(key)) => Some((key.kind, key.canonical.clone())),
            _ => None,
        };
        match from_facts.or(narrowed) {
            Some((kind, name)) => {
                let outcome = self.archive_views.open_entity(kind, name);
                self.views_outcome(outcome, effects);
            }
            None => {
                self.message = Some(
                    "choose an entity in the facts panel, or press E for the entities view".into(),
                )
            }
        }
    }

    /// `f`: wide, hides or shows the facts panel; narrower, where the panel shares the screen,
    /// shows it in place of the list (or of the article, when one pane fits) and back.
    fn toggle_facts(&mut self) {
        let wide = self.area.width >= super::layout::WIDE;
        let one_pane = self.area.width < super::layout::NARROW;
        match self.focus {
            Pane::Facts if wide => {
                self.facts_toggled = true;
                self.focus = Pane::Article;
            }
            Pane::Facts => {
                self.facts_toggled = false;
                self.focus = if one_pane { Pane::Article } else { Pane::List };
            }
            Pane::List | Pane::Article if !wide && (self.focus == Pane::List || one_pane) => {
                self.facts_toggled = true;
                self.focus = Pane::Facts;
                if self.facts_cursor.row.is_none() {
                    self.select_fact_row(self.first_fact_item());
                }
            }
            _ => self.facts_toggled = !self.facts_toggled,
        }
    }

    /// A command while an app-wide popup is on top: it closes, or the help scrolls.
    fn popup_command(&mut self, command: Command) {
        let context = self.key_context();
        let max = help::max_scroll(&self.config, context, self.area);
        let page = (self.area.height as usize).saturating_sub(4).max(1);
        let Some(popup) = self.popups.last_mut() else {
            return;
        };
        match (popup, command) {
            (_, Command::Quit) => self.should_quit = true,
            (_, Command::Back | Command::Open) | (Popup::Help { .. }, Command::Help) => {
                self.popups.pop();
            }
            (Popup::Help { scroll }, command) => {
                let step: isize = match command {
                    Command::Down => 1,
                    Command::Up => -1,
                    Command::HalfPageDown => page as isize / 2,
                    Command::HalfPageUp => -(page as isize / 2),
                    Command::PageDown => page as isize,
                    Command::PageUp => -(page as isize),
                    Command::Top => -(max as isize),
                    Command::Bottom => max as isize,
                    _ => 0,
                };
                *scroll = (*scroll as isize + step).clamp(0, max as isize) as usize;
            }
            _ => {}
        }
    }

    fn cycle_focus(&mut self, step: isize) {
        let facts_reachable = self.area.width < super::layout::WIDE || !self.facts_toggled;
        let panes: Vec<Pane> = [Pane::List, Pane::Article, Pane::Facts]
            .into_iter()
            .filter(|p| *p != Pane::Facts || facts_reachable)
            .collect();
        let at = panes.iter().position(|p| *p == self.focus).unwrap_or(0) as isize;
        let next = (at + step).rem_euclid(panes.len() as isize) as usize;
        self.focus = panes[next];
        if self.focus == Pane::Facts && self.facts_cursor.row.is_none() {
            self.select_fact_row(self.first_fact_item());
        }
    }

    fn back(&mut self, effects: &mut Vec<Effect>) {
        if self.focus != Pane::List && !self.marks.is_empty() {
            self.marks = Marks::default();
        } else if self.filter.is_some() {
            self.widen();
        } else if self.search.is_active() {
            self.clear_search(effects);
        } else if !self.marks.is_empty() {
            self.marks = Marks::default();
        }
    }

    /// Drops the list filter, keeping the chosen article chosen.
    fn widen(&mut self) {
        self.filter = None;
        self.sort_list();
        self.message = Some(format!("{} articles", self.visible.len()));
    }

    fn open_focused(&mut self, effects: &mut Vec<Effect>) {
        match self.focus {
            Pane::List => {
                if let Some(id) = self.selected_id() {
                    self.reading.mark_read(&id);
                }
                self.focus = Pane::Article;
            }
            Pane::Article => {}
            Pane::Facts => {
                let Some(open) = &self.open else { return };
                let Some(row) = self.facts_cursor.row.map(|r| open.fact_rows[r]) else {
                    return;
                };
                let facts = &open.facts;
                let filter = match row {
                    FactRow::Entity(i) => ListFilter::Entity(EntityKey {
                        kind: facts.entities[i].kind,
                        canonical: facts.entities[i].canonical.clone(),
                    }),
                    FactRow::Date(i) => match facts.dates[i].key() {
                        Some(value) => ListFilter::Date(value),
                        None => {
                            self.message =
                                Some("a relative date with no fixed value: nothing to list".into());
                            return;
                        }
                    },
                    // A quote leads to its speaker.
                    FactRow::Quote(i) => match &facts.quotes[i].speaker {
                        Some(speaker) => ListFilter::Entity(EntityKey {
                            kind: EntityKind::Person,
                            canonical: speaker.clone(),
                        }),
                        None => {
                            self.message = Some("an unattributed quote: nothing to list".into());
                            return;
                        }
                    },
                    FactRow::Header(..) => return,
                };
                self.narrow(filter, effects);
            }
        }
    }

    /// Shows only the articles that mention the fact: one pass over the catalog on the key
    /// press (a binary search per article).
    fn narrow(&mut self, filter: ListFilter, effects: &mut Vec<Effect>) {
        self.visible = match &filter {
            ListFilter::Entity(key) => self.catalog.articles_mentioning(key),
            ListFilter::Date(value) => self.catalog.articles_mentioning_date(value),
            ListFilter::Published { .. } => (0..self.catalog.len() as u32)
                .filter(|&i| filter.admits(&self.catalog, i))
                .collect(),
        };
        let count = self.visible.len();
        let what = match &filter {
            ListFilter::Entity(key) => format!("mention {}", key.canonical),
            ListFilter::Date(value) => format!("mention {value}"),
            ListFilter::Published { from, to, .. } => format!("published from {from} to {to}"),
        };
        self.message = Some(format!(
            "{count} article{} {what} (Esc widens the list)",
            if count == 1 { "" } else { "s" },
        ));
        self.filter = Some(filter);
        self.sort_list();
        let kept = self.selected.is_some_and(|s| self.visible.contains(&s));
        if !kept && !self.visible.is_empty() {
            self.list_cursor = 0;
            self.select_position(0, effects);
        }
        self.focus = Pane::List;
    }

    fn page(&self, half: bool) -> usize {
        let rows = self
            .layout
            .rect(self.focus)
            .map_or(1, |r| inner(r).height as usize);
        let rows = if self.focus == Pane::List {
            rows / 2
        } else {
            rows
        };
        (if half {
            rows / 2
        } else {
            rows.saturating_sub(1)
        })
        .max(1)
    }

    fn move_by(&mut self, step: isize, effects: &mut Vec<Effect>) {
        match self.focus {
            Pane::List => {
                if self.visible.is_empty() {
                    return;
                }
                let last = self.visible.len() - 1;
                let target = (self.list_cursor as isize)
                    .saturating_add(step)
                    .clamp(0, last as isize);
                self.user_moved = true;
                self.select_position(target as usize, effects);
            }
            Pane::Article => {
                self.with_notes(effects, |notes, around| notes.move_cursor(around, step));
                if self.open.is_some()
                    && let Some(id) = self.selected_id()
                {
                    self.reading.mark_read(&id);
                }
                self.clamp_scrolls();
            }
            Pane::Facts => {
                let Some(open) = &self.open else { return };
                let items: Vec<usize> = (0..open.fact_rows.len())
                    .filter(|&r| open.fact_rows[r].is_item())
                    .collect();
                if items.is_empty() {
                    return;
                }
                let at = self
                    .facts_cursor
                    .row
                    .and_then(|r| items.iter().position(|&i| i == r))
                    .unwrap_or(0) as isize;
                let target = at.saturating_add(step).clamp(0, items.len() as isize - 1);
                self.select_fact_row(Some(items[target as usize]));
            }
        }
    }

    fn first_fact_item(&self) -> Option<usize> {
        let open = self.open.as_ref()?;
        open.fact_rows.iter().position(|r| r.is_item())
    }

    /// Selects a facts row: its mentions become the marks and the first one scrolls into view.
    fn select_fact_row(&mut self, row: Option<usize>) {
        self.facts_cursor.row = row;
        let Some(open) = &self.open else { return };
        self.marks = row.map_or_else(Marks::default, |r| {
            Marks::new(
                mentions_of(&open.facts, open.fact_rows[r]),
                MarkKind::Mention,
            )
        });
        // The panel is narrow: the status line gives the whole fact.
        self.message = row.map(|r| describe_fact(&open.facts, open.fact_rows[r]));
        if let Some(r) = row {
            // The layout for the focus now: the panel may only just have been brought up.
            let height = PaneLayout::compute(self.area, self.focus, self.facts_toggled)
                .facts
                .map_or(1, |f| inner(f).height as usize)
                .max(1);
            if r < self.facts_cursor.offset {
                self.facts_cursor.offset = r.saturating_sub(1);
            } else if r >= self.facts_cursor.offset + height {
                self.facts_cursor.offset = r + 1 - height;
            }
        }
        self.scroll_to_mark();
    }

    fn step_mark(&mut self, step: isize) {
        if self.marks.is_empty() {
            self.message = Some(
                "nothing marked: pick a fact in the facts panel, or find with / in the article"
                    .into(),
            );
            return;
        }
        self.marks.step(step);
        self.message = Some(self.marks.counter());
        self.scroll_to_mark();
    }

    fn scroll_to_mark(&mut self) {
        let Some(span) = self.marks.current() else {
            return;
        };
        let height = self.article_height();
        let Some(open) = &mut self.open else { return };
        let Some(document) = &open.document else {
            return;
        };
        if let Some(line) = document.line_of(span.start)
            && (line < open.scroll || line >= open.scroll + height)
        {
            open.scroll = line.saturating_sub(height / 3);
        }
        self.clamp_scrolls();
    }

    fn article_height(&self) -> usize {
        self.layout
            .article
            .map_or(1, |r| inner(r).height as usize)
            .max(1)
    }

    fn list_rows(&self) -> usize {
        let height = self.layout.list.map_or(2, |r| inner(r).height as usize);
        let gauge = usize::from(!self.progress.done());
        (height.saturating_sub(gauge) / 2).max(1)
    }

    fn ensure_list_cursor_visible(&mut self) {
        let rows = self.list_rows();
        if self.list_cursor < self.list_offset {
            self.list_offset = self.list_cursor;
        } else if self.list_cursor >= self.list_offset + rows {
            self.list_offset = self.list_cursor + 1 - rows;
        }
    }

    fn clamp_scrolls(&mut self) {
        let height = self.article_height();
        if let Some(open) = &mut self.open {
            let lines = open.document.as_ref().map_or(0, Document::len);
            open.scroll = open.scroll.min(lines.saturating_sub(height));
        }
        self.list_offset = self.list_offset.min(self.visible.len().saturating_sub(1));
    }

    /// Records where the open article is scrolled to, whatever moved it (keys, the wheel, fact
    /// navigation, the note cursor), so that it reopens there.
    fn remember_scroll(&mut self) {
        let Some(open) = &self.open else { return };
        // Not placed yet: the saved position is still to be applied.
        if open.pending_anchor.is_some() {
            return;
        }
        let Some(document) = &open.document else {
            return;
        };
        let anchor = if open.scroll == 0 {
            0
        } else {
            let Some(anchor) = document.anchor_of(open.scroll) else {
                return;
            };
            anchor
        };
        let id = &open.article.id;
        if self.reading.scroll_anchor(id).unwrap_or(0) != anchor {
            let id = id.clone();
            self.reading.set_scroll_anchor(&id, anchor);
        }
    }

    /// Shows the article `id` as if chosen in the list, widening a narrowed list if needed.
    fn open_article_by_id(&mut self, id: &str, effects: &mut Vec<Effect>) {
        if self.position_of_id(id).is_none() && self.filter.is_some() {
            self.widen();
        }
        if let Some(position) = self.position_of_id(id) {
            self.user_moved = true;
            self.select_position(position, effects);
            self.reading.mark_read(id);
        }
    }

    pub fn selected_id(&self) -> Option<String> {
        self.selected
            .and_then(|i| self.catalog.get(i as usize))
            .map(|e| e.meta.id.clone())
    }

    fn select_position(&mut self, position: usize, effects: &mut Vec<Effect>) {
        let Some(&index) = self.visible.get(position) else {
            return;
        };
        self.list_cursor = position;
        self.ensure_list_cursor_visible();
        if self.selected == Some(index) {
            return;
        }
        self.selected = Some(index);
        let id = self.catalog.entries()[index as usize].meta.id.clone();
        self.reading.last_article = Some(id.clone());
        self.requested = Some(id.clone());
        self.read_error = None;
        effects.push(Effect::ReadArticle(id));
    }

    fn article_read(
        &mut self,
        id: String,
        result: Result<Box<(Article, Facts)>, String>,
        effects: &mut Vec<Effect>,
    ) {
        if self.requested.as_deref() != Some(id.as_str()) {
            return;
        }
        self.requested = None;
        match result {
            Ok(loaded) => {
                let (article, facts) = *loaded;
                let pending_anchor = self.reading.scroll_anchor(&id);
                self.open = Some(OpenArticle::new(article, facts, pending_anchor));
                self.facts_cursor = FactsCursor::default();
                self.marks = Marks::default();
                if self.focus == Pane::Facts {
                    // Keep the panel's selection meaningful: the new article's first fact.
                    let row = self.first_fact_item();
                    self.facts_cursor.row = row;
                    if let (Some(row), Some(open)) = (row, &self.open) {
                        self.marks = Marks::new(
                            mentions_of(&open.facts, open.fact_rows[row]),
                            MarkKind::Mention,
                        );
                    }
                } else if let Some(row) = self.narrowing_fact_row() {
                    // Opened from a list narrowed to a fact: that fact is what the reader is after.
                    self.select_fact_row(Some(row));
                    self.scroll_to_mark_when_laid_out = true;
                } else {
                    // Opened from a filtered list: the words it found in bodies are marked.
                    self.mark_query_words();
                }
                if let Some((quoted, span)) = self.quote_to_mark.take()
                    && quoted == id
                {
                    self.marks = Marks::new(vec![span], MarkKind::Mention);
                    self.scroll_to_mark_when_laid_out = true;
                }
            }
            Err(error) => {
                self.open = None;
                self.read_error = Some(format!("{id}: {error}"));
            }
        }
        self.with_notes(effects, NotesUi::article_opened);
    }

    /// Uses `store` for notes; a read-only store says why, in a popup and the status line.
    pub fn attach_notes(&mut self, store: NotesStore) {
        if let Some(warning) = self.notes.attach(store) {
            self.warn("Notes", warning);
        }
        // Anchoring may need a worker, and only `update` asks for work: its next settle does it.
        self.notes_attached = true;
    }

    /// No notes file could be found (no home folder): notes are off for the session.
    pub fn notes_unavailable(&mut self, reason: String) {
        self.warn("Notes", reason.clone());
        self.notes.unavailable(reason);
    }

    /// Lends the notes component what it needs of the reader for one call, and applies what
    /// it asks for; `true` when the notes handled the key or command.
    fn with_notes(
        &mut self,
        effects: &mut Vec<Effect>,
        call: impl FnOnce(&mut NotesUi, Around) -> NotesReply,
    ) -> bool {
        let article_height = self.article_height();
        let around = Around {
            open: self.open.as_mut(),
            article_height,
            keys: &self.config.keys,
            catalog: &self.catalog,
            catalog_complete: self.progress.done(),
            view_rows: visible_rows(self.area),
        };
        let reply = call(&mut self.notes, around);
        if let Some(message) = reply.message {
            self.message = Some(message);
        }
        if reply.focus_article {
            self.focus = Pane::Article;
        }
        if reply.writable_again {
            self.warnings
                .retain(|w| !w.starts_with("notes are read-only"));
        }
        effects.extend(reply.effects);
        if let Some(id) = reply.open_article {
            self.open_article_by_id(&id, effects);
        }
        if reply.reader_moved_view {
            self.remember_scroll();
        }
        reply.handled
    }

    fn mouse(&mut self, mouse: MouseEvent, effects: &mut Vec<Effect>) {
        let Some(pane) = self.layout.pane_at(mouse.column, mouse.row) else {
            return;
        };
        if !self.popups.is_empty() {
            return;
        }
        match mouse.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => {
                let step: isize = if mouse.kind == MouseEventKind::ScrollDown {
                    3
                } else {
                    -3
                };
                match pane {
                    Pane::List => {
                        let max = self.visible.len().saturating_sub(self.list_rows());
                        self.list_offset =
                            (self.list_offset as isize + step).clamp(0, max as isize) as usize;
                    }
                    Pane::Article => {
                        if let Some(open) = &mut self.open {
                            open.scroll = (open.scroll as isize + step).max(0) as usize;
                        }
                        self.clamp_scrolls();
                    }
                    Pane::Facts => {
                        let rows = self.open.as_ref().map_or(0, |o| o.fact_rows.len());
                        self.facts_cursor.offset = (self.facts_cursor.offset as isize + step)
                            .clamp(0, rows.saturating_sub(1) as isize)
                            as usize;
                    }
                }
            }
            MouseEventKind::Down(MouseButton::Left) => {
                self.focus = pane;
                let Some(rect) = self.layout.rect(pane) else {
                    return;
                };
                let area = inner(rect);
                if mouse.row < area.y {
                    return;
                }
                let row = (mouse.row - area.y) as usize;
                match pane {
                    Pane::List => {
                        let position = self.list_offset + row / 2;
                        if position < self.visible.len() {
                            self.user_moved = true;
                            self.select_position(position, effects);
                        }
                    }
                    Pane::Facts => {
                        let index = self.facts_cursor.offset + row;
                        let is_item = self
                            .open
                            .as_ref()
                            .and_then(|o| o.fact_rows.get(index))
                            .is_some_and(|r| r.is_item());
                        if is_item {
                            self.select_fact_row(Some(index));
                        }
                    }
                    Pane::Article => {
                        let text = text_area(rect, self.config.reading_width);
                        let column = mouse.column.saturating_sub(text.x) as usize;
                        self.with_notes(effects, |notes, around| notes.click(around, row, column));
                    }
                }
            }
            _ => {}
        }
    }

    /// The reading state with the current scroll position recorded, ready to save.
    pub fn reading_state(&self) -> &ReadingState {
        &self.reading
    }

    // Read-only queries: what the runner, tests and benches may observe of the reader.

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Catalog indices shown in the list, in display order.
    pub fn visible(&self) -> &[u32] {
        &self.visible
    }

    pub fn list_cursor(&self) -> usize {
        self.list_cursor
    }

    pub fn list_order(&self) -> ListOrder {
        self.order
    }

    pub fn list_filter(&self) -> Option<&ListFilter> {
        self.filter.as_ref()
    }

    pub fn search(&self) -> &SearchFilter {
        &self.search
    }

    pub fn focus(&self) -> Pane {
        self.focus
    }

    /// Open popups, the topmost last.
    pub fn popups(&self) -> &[Popup] {
        &self.popups
    }

    pub fn progress(&self) -> &LoadProgress {
        &self.progress
    }

    pub fn open_article(&self) -> Option<&OpenArticle> {
        self.open.as_ref()
    }

    /// The id of the article asked of the reader thread and not yet answered.
    pub fn requested_article(&self) -> Option<&str> {
        self.requested.as_deref()
    }

    pub fn facts_cursor(&self) -> &FactsCursor {
        &self.facts_cursor
    }

    /// What is marked in the open article: a fact's mentions or the find's matches.
    pub fn marks(&self) -> &Marks {
        &self.marks
    }

    pub fn find(&self) -> &ArticleFind {
        &self.find
    }

    pub fn status_message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// The terminal area of the last layout.
    pub fn area(&self) -> Rect {
        self.area
    }

    pub fn layout(&self) -> &PaneLayout {
        &self.layout
    }

    pub fn should_quit(&self) -> bool {
        self.should_quit
    }

    /// Whether `f` has flipped the facts panel from its default for this width.
    pub(super) fn facts_toggled(&self) -> bool {
        self.facts_toggled
    }

    /// The first list row on screen.
    pub(super) fn list_offset(&self) -> usize {
        self.list_offset
    }

    /// Why the last article asked for could not be opened.
    pub(super) fn read_error(&self) -> Option<&str> {
        self.read_error.as_deref()
    }

    /// The notes component: the article cursor, the anchored notes, the note popups.
    pub fn archive_views(&self) -> &ArchiveViews {
        &self.archive_views
    }

    pub fn notes(&self) -> &NotesUi {
        &self.notes
    }

    /// The article cursor's character position in the open article's text.
    pub fn note_cursor(&self) -> usize {
        self.notes.cursor().at
    }

    /// The open article's notes, anchored in its current text.
    pub fn placed_notes(&self) -> &crate::notes::ArticleNotes {
        self.notes.placed_notes()
    }

    pub fn note_editor(&self) -> Option<&super::note_editor::NoteEditor> {
        self.notes.editor()
    }

    pub fn notes_view(&self) -> Option<&super::notes_view::NotesView> {
        self.notes.view()
    }

    /// Problems kept in the status line.
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// `/` in the article or Ctrl-f: the find line takes the keys.
    fn open_find(&mut self) {
        if self.open.as_ref().is_none_or(|o| o.document.is_none()) {
            self.message = Some("open an article first, then find in it".into());
            return;
        }
        self.focus = Pane::Article;
        self.search.editing = false;
        self.find.open();
    }

    fn find_key(&mut self, key: &KeyEvent) {
        let command = self.config.keys.command_for(Context::Find, key);
        match self.find.key(key, command) {
            FindOutcome::Changed => {
                let Some(open) = &self.open else { return };
                self.marks = self.find.matches(&open.article.text, &open.index);
                // The first match from the top of the view, as a pager finds forward.
                let top = open
                    .document
                    .as_ref()
                    .and_then(|d| d.anchor_of(open.scroll))
                    .unwrap_or(0);
                self.marks.go_to_first_from(top);
                self.scroll_to_mark();
            }
            FindOutcome::Step(step) => self.step_mark(step),
            FindOutcome::Closed => {
                if !self.marks.is_empty() {
                    self.message = Some(format!("{} · n/N step", self.marks.counter()));
                }
            }
            FindOutcome::Cleared => self.marks = Marks::default(),
            FindOutcome::Quit => self.should_quit = true,
            FindOutcome::Nothing => {}
        }
    }

    /// The facts row of the fact the list is narrowed to, if the open article has it.
    fn narrowing_fact_row(&self) -> Option<usize> {
        let open = self.open.as_ref()?;
        self.filter.as_ref()?.row_in(&open.facts, &open.fact_rows)
    }

    /// `/`: the list takes the focus and the filter's input line the keys.
    fn open_filter(&mut self) {
        self.focus = Pane::List;
        self.search.editing = true;
    }

    fn filter_key(&mut self, key: &KeyEvent, effects: &mut Vec<Effect>) {
        let command = self.config.keys.command_for(Context::Filter, key);
        match self.search.key(key, command) {
            FilterOutcome::Changed {
                request,
                list_changed,
            } => {
                effects.extend(request.map(Effect::Search));
                if list_changed {
                    self.refresh_list(effects);
                }
            }
            FilterOutcome::Closed => {}
            FilterOutcome::Cleared => self.clear_search(effects),
            FilterOutcome::Quit => self.should_quit = true,
            FilterOutcome::Move(step) => self.move_by(step, effects),
            FilterOutcome::Nothing => {}
        }
    }

    /// Drops the filter and its input; the fact-narrowing stays.
    fn clear_search(&mut self, effects: &mut Vec<Effect>) {
        if self.search.close() {
            self.refresh_list(effects);
        }
    }

    /// A new catalog in place of the one shown: the chosen article stays chosen (by id), the
    /// list keeps its order, narrowing and query.
    fn catalog_replaced(
        &mut self,
        catalog: Catalog,
        index: SearchIndex,
        effects: &mut Vec<Effect>,
    ) {
        let chosen = self.selected_id();
        self.catalog = Arc::new(catalog);
        self.catalog_changed(chosen, true);
        self.search_index_ready(Arc::new(index), effects);
        self.sort_list();
    }

    /// Some of a refresh's changes applied to the catalog shown. While no index moves, the
    /// search index still numbers the articles right and serves (on their old facts); once
    /// one moves, and at the last batch, it is let go before the new one is made: a query
    /// typed meanwhile waits for it, as at a first start.
    fn catalog_patched(
        &mut self,
        patch: CatalogPatch,
        rebuild: Option<SearchRebuild>,
        effects: &mut Vec<Effect>,
    ) {
        let chosen = self.selected_id();
        let moved = Arc::make_mut(&mut self.catalog).apply(patch);
        self.catalog_changed(chosen, moved);
        if (moved || rebuild.is_some()) && self.search.index.take().is_some() {
            effects.push(Effect::StopSearch);
        }
        if let Some(rebuild) = rebuild {
            effects.push(Effect::RebuildSearch {
                catalog: Arc::clone(&self.catalog),
                rebuild,
            });
        }
        self.sort_list();
    }

    /// The list and the chosen article follow a catalog whose articles changed (sorted and
    /// narrowed again), and whose indices `moved`.
    fn catalog_changed(&mut self, chosen: Option<String>, moved: bool) {
        let total = self.catalog.len();
        self.progress.total = Some(total + self.progress.skipped.len());
        self.progress.loaded = total;
        self.all = (0..total as u32).collect();
        self.all_sorted = 0;
        if let Some(filter) = &self.filter {
            self.visible = (0..total as u32)
                .filter(|&i| filter.admits(&self.catalog, i))
                .collect();
        }
        if moved {
            self.selected = chosen
                .and_then(|id| self.catalog.index_of(&id))
                .map(|i| i as u32);
            // Answers for the old catalog's numbers are stale from here on.
            self.search.applied = None;
        }
    }

    fn search_index_ready(&mut self, index: Arc<SearchIndex>, effects: &mut Vec<Effect>) {
        effects.push(Effect::StartSearch(SharedIndex(Arc::clone(&index))));
        effects.extend(self.search.index_ready(index).map(Effect::Search));
    }

    fn search_results(&mut self, response: SearchResponse, effects: &mut Vec<Effect>) {
        if self.search.receive(response) {
            self.refresh_list(effects);
            self.mark_query_words();
        }
    }

    /// The open article's marks follow the filter's body words, unless the reader marked
    /// something else (a fact, a find).
    /// The text is searched again only when the article or the words changed, not for every
    /// answer of a query being typed.
    fn mark_query_words(&mut self) {
        let ours = self.marks.is_empty() || self.marks.kind() == MarkKind::QueryWord;
        let Some(open) = self.open.as_ref().filter(|_| ours) else {
            return;
        };
        let wanted = (open.article.id.clone(), self.search.body_needles());
        let already = self.marks.kind() == MarkKind::QueryWord
            && self.query_marks_for.as_ref() == Some(&wanted);
        if !already {
            self.marks = body_marks(&wanted.1, &open.article.text, &open.index);
            self.query_marks_for = Some(wanted);
        }
    }

    /// Rebuilds the list after the filter changed and puts the cursor on its best match.
    fn refresh_list(&mut self, effects: &mut Vec<Effect>) {
        self.sort_list();
        self.list_offset = 0;
        if self.visible.is_empty() {
            self.list_cursor = 0;
        } else if self.search.is_active() {
            self.select_position(0, effects);
        } else if let Some(position) = self
            .selected
            .and_then(|s| self.visible.iter().position(|&i| i == s))
        {
            self.select_position(position, effects);
        }
    }
}

/// A fact in full, for the status line: "Shavkat Mirziyoyev, President of Uzbekistan · 4 mentions".
fn describe_fact(facts: &Facts, row: FactRow) -> String {
    let mentions = |n: usize| format!("{n} mention{}", if n == 1 { "" } else { "s" });
    match row {
        FactRow::Header(group, count) => format!("{} ({count})", group.label()),
        FactRow::Entity(i) => {
            let entity = &facts.entities[i];
            let role = entity
                .role
                .as_deref()
                .map_or_else(String::new, |r| format!(", {r}"));
            format!(
                "{}: {}{role} · {} · Enter lists every article with it",
                entity.kind.label(),
                entity.canonical,
                mentions(entity.mentions.len())
            )
        }
        FactRow::Date(i) => {
            let date = &facts.dates[i];
            match date.key() {
                Some(value) => format!(
                    "date: {} = {value} · Enter lists every article with it",
                    date.text
                ),
                None => format!("date: {} = relative, no fixed value", date.text),
            }
        }
        FactRow::Quote(i) => {
            let quote = &facts.quotes[i];
            match &quote.speaker {
                Some(speaker) => format!(
                    "{speaker}: “{}” · Enter lists every article with {speaker}",
                    quote.text
                ),
                None => format!("unattributed: “{}”", quote.text),
            }
        }
    }
}

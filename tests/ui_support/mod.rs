//! Hand-built articles and facts for the reader's tests, independent of the archive parser
//! and the extraction engine, so the screens stay meaningful whichever lands first.

#![allow(dead_code)]

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use gazette::archive::{Article, Block, BlockKind, Field, Published};
use gazette::catalog::CatalogRecord;
use gazette::date::PartialDate;
use gazette::facts::{DateFact, Entity, EntityKind, Facts, Quote};
use gazette::search::{ArchiveIndexer, SearchIndex, SearchWorker, indexed_words};
use gazette::span::Span;
use gazette::ui::config::Config;
use gazette::ui::document::Document;
use gazette::ui::reading_state::ReadingState;
use gazette::ui::{Action, App, Effect};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};

/// Builds an article's text from its parts and records every part's char span.
pub struct ArticleBuilder {
    id: String,
    text: String,
    chars: usize,
    article: Article,
}

impl ArticleBuilder {
    pub fn new(id: &str) -> Self {
        ArticleBuilder {
            id: id.to_owned(),
            text: String::new(),
            chars: 0,
            article: gazette::archive::parse_article(id, "x"),
        }
    }

    fn push(&mut self, part: &str) -> Span {
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
            self.chars += 2;
        }
        let start = self.chars;
        self.text.push_str(part);
        self.chars += part.chars().count();
        Span::new(start, self.chars)
    }

    /// Appends a header field's text and returns the field pointing at it.
    fn field(&mut self, text: &str) -> Option<Field> {
        let span = self.push(text);
        Some(Field {
            text: text.to_owned(),
            span,
        })
    }

    pub fn title(mut self, title: &str) -> Self {
        self.article.title = self.field(title);
        self
    }

    pub fn byline(mut self, byline: &str) -> Self {
        self.article.byline = self.field(byline);
        self
    }

    pub fn source(mut self, source: &str) -> Self {
        self.article.source = self.field(source);
        self
    }

    pub fn published(mut self, text: &str, date: PartialDate) -> Self {
        let span = self.push(text);
        self.article.published = Some(Published {
            text: text.to_owned(),
            span,
            date,
        });
        self
    }

    pub fn block(mut self, kind: BlockKind, text: &str) -> Self {
        let span = self.push(text);
        self.article.blocks.push(Block {
            kind,
            span,
            credit: None,
        });
        self
    }

    pub fn dateline(mut self, city: &str) -> Self {
        let start = self.text.find(city).expect("dateline city in the text");
        let start = self.text[..start].chars().count();
        self.article.dateline = Some(Field {
            text: city.to_owned(),
            span: Span::new(start, start + city.chars().count()),
        });
        self
    }

    pub fn text_len(&self) -> usize {
        self.text.len()
    }

    pub fn build(mut self) -> Article {
        self.article.id = self.id;
        self.article.text = self.text;
        self.article.blocks.sort_by_key(|b| b.span.start);
        self.article
    }
}

/// Every char span where `needle` occurs in `text`, skipping ones inside `taken`.
pub fn find_all(text: &str, needle: &str, taken: &[Span]) -> Vec<Span> {
    let mut spans = Vec::new();
    for (byte, _) in text.match_indices(needle) {
        let start = text[..byte].chars().count();
        let span = Span::new(start, start + needle.chars().count());
        if !taken.iter().any(|t| t.overlaps(span)) {
            spans.push(span);
        }
    }
    spans
}

/// An entity whose mentions are every occurrence of its names, fullest first.
pub fn entity(text: &str, kind: EntityKind, names: &[&str], role: Option<&str>) -> Entity {
    let mut mentions: Vec<Span> = Vec::new();
    for name in names {
        let found = find_all(text, name, &mentions);
        mentions.extend(found);
    }
    mentions.sort();
    Entity {
        kind,
        canonical: names[0].to_owned(),
        mentions,
        role: role.map(str::to_owned),
        place_type: None,
    }
}

pub fn date(text: &str, words: &str, value: &str) -> DateFact {
    let span = find_all(text, words, &[])[0];
    DateFact {
        text: words.to_owned(),
        span,
        value: Some(value.to_owned()),
        relative: false,
        days: None,
    }
}

pub fn quote(text: &str, words: &str, speaker: &str) -> Quote {
    Quote {
        speaker: Some(speaker.to_owned()),
        text: words.to_owned(),
        span: find_all(text, words, &[])[0],
    }
}

pub fn catalog_entry(article: &Article, facts: &Facts) -> CatalogRecord {
    CatalogRecord::from_facts(article, facts)
}

const LONG: &str = "Officials said the crossings would cut waiting times for lorries from days to hours, \
and that customs officers from both countries would share a single inspection hall. Traders in \
the border markets, who have long complained of queues and unofficial fees, welcomed the plan \
but asked for a timetable. Analysts noted that the agreement builds on a decade of slow progress.";

pub fn summit() -> (Article, Facts) {
    let article = ArticleBuilder::new("a-summit.txt")
        .title("Leaders meet in Tashkent for border talks")
        .source("Caravanserai")
        .byline("By Dana Ortiz")
        .published("2019-06-27", PartialDate::ymd(2019, 6, 27))
        .block(
            BlockKind::Caption,
            "Presidents Shavkat Mirziyoyev and Kassym-Jomart Tokayev meet in Tashkent. [Press office]",
        )
        .block(
            BlockKind::Paragraph,
            "TASHKENT -- Uzbek President Shavkat Mirziyoyev met Kazakh President Kassym-Jomart \
             Tokayev on June 27 to discuss border security, the Ministry of Foreign Affairs said.",
        )
        .block(BlockKind::Heading, "Trade and security")
        .block(
            BlockKind::Paragraph,
            "\"We have agreed to open three new crossings,\" Mirziyoyev said. The Shanghai \
             Cooperation Organisation summit follows in July.",
        )
        .block(BlockKind::Paragraph, LONG)
        .block(BlockKind::Paragraph, LONG)
        .block(
            BlockKind::Paragraph,
            "Tokayev is expected in Samarkand in September, when Mirziyoyev will host the talks.",
        )
        .dateline("TASHKENT")
        .build();
    let text = &article.text;
    let facts = Facts {
        entities: vec![
            entity(
                text,
                EntityKind::Person,
                &["Shavkat Mirziyoyev", "Mirziyoyev"],
                Some("President of Uzbekistan"),
            ),
            entity(
                text,
                EntityKind::Person,
                &["Kassym-Jomart Tokayev", "Tokayev"],
                Some("President of Kazakhstan"),
            ),
            entity(text, EntityKind::Place, &["Tashkent"], None),
            entity(text, EntityKind::Place, &["Samarkand"], None),
            entity(
                text,
                EntityKind::Organization,
                &["Ministry of Foreign Affairs"],
                None,
            ),
            entity(
                text,
                EntityKind::Event,
                &["Shanghai Cooperation Organisation summit"],
                None,
            ),
        ],
        dates: vec![
            date(text, "in September", "--09"),
            date(text, "June 27", "2019-06-27"),
        ],
        quotes: vec![quote(
            text,
            "We have agreed to open three new crossings,",
            "Shavkat Mirziyoyev",
        )],
    };
    (article, facts)
}

pub fn drills() -> (Article, Facts) {
    let article = ArticleBuilder::new("b-drills.txt")
        .title("Joint drills near Almaty")
        .source("Caravanserai")
        .byline("By Aydar Ashimov")
        .published("2019-07-16", PartialDate::ymd(2019, 7, 16))
        .block(
            BlockKind::Paragraph,
            "ALMATY -- Kazakh President Kassym-Jomart Tokayev watched special forces train on July 16.",
        )
        .dateline("ALMATY")
        .build();
    let text = &article.text;
    let facts = Facts {
        entities: vec![
            entity(
                text,
                EntityKind::Person,
                &["Kassym-Jomart Tokayev"],
                Some("President of Kazakhstan"),
            ),
            entity(text, EntityKind::Place, &["Almaty", "ALMATY"], None),
        ],
        dates: vec![date(text, "July 16", "2019-07-16")],
        quotes: Vec::new(),
    };
    (article, facts)
}

pub fn weather() -> (Article, Facts) {
    let article = ArticleBuilder::new("c-weather.txt")
        .title("Spring floods close mountain roads")
        .source("Central Asia News")
        .published("2020-04-02", PartialDate::ymd(2020, 4, 2))
        .block(
            BlockKind::Paragraph,
            "Heavy rain closed two passes in the Fergana Valley on Thursday.",
        )
        .build();
    let text = &article.text;
    let facts = Facts {
        entities: vec![entity(text, EntityKind::Place, &["Fergana Valley"], None)],
        dates: vec![DateFact {
            text: "on Thursday".into(),
            span: find_all(text, "on Thursday", &[])[0],
            value: None,
            relative: true,
            days: None,
        }],
        quotes: Vec::new(),
    };
    (article, facts)
}

/// The hostile article: escape sequences, bidi overrides, zero-width chars, tabs, wide chars.
pub fn hostile() -> (Article, Facts) {
    let article = ArticleBuilder::new("d-hostile.txt")
        .title("Click \u{1b}]8;;https://evil.example\u{7}here\u{1b}]8;;\u{7} now")
        .source("Src\u{1b}]52;c;cm0gLXJmIH4=\u{7}")
        .block(
            BlockKind::Paragraph,
            "Red \u{1b}[31malert\u{1b}[0m and \u{9b}2J clear; bidi \u{202e}desrever\u{202c} and \
             zero\u{200b}width\u{feff} and \u{2066}isolate\u{2069}; tab\there; bell\u{7}.",
        )
        .block(
            BlockKind::Paragraph,
            "Wide: 東京で会議 😀👍🏽 family 👨\u{200d}👩\u{200d}👧 and combining e\u{301}e\u{301} café.",
        )
        .build();
    (article, Facts::default())
}

pub fn no_color_config() -> Config {
    Config::defaults(true)
}

/// The app plus the articles its read effects are served from, synchronously.
pub struct Harness {
    pub app: App,
    pub articles: HashMap<String, (Article, Facts)>,
    /// The real search worker, started by the app's effect once the index is sent.
    pub search: Option<SearchWorker>,
    /// The channel background answers come in by, as in the event loop.
    pub actions: Sender<Action>,
    pub inbox: Receiver<Action>,
    /// What the app asked the terminal to do (copies, pagers), as the event loop would.
    pub terminal_effects: Vec<Effect>,
    /// Where the archive-wide views are answered from, if a test gave an index.
    pub views: Option<gazette::views::ViewsSource>,
    /// The corrections of the extractor the app asked to write.
    pub corrections: Vec<gazette::ui::app::EntityCorrection>,
    /// How many patched catalogs the app handed over to have their search index made.
    pub search_rebuilds: usize,
}

impl Harness {
    pub fn with(config: Config, reading: ReadingState, articles: Vec<(Article, Facts)>) -> Self {
        let mut harness = Harness::unindexed(config, reading, articles);
        harness.index_for_search();
        harness
    }

    /// Loaded, but the search index not built yet (as while the loader is still working).
    pub fn unindexed(
        config: Config,
        reading: ReadingState,
        articles: Vec<(Article, Facts)>,
    ) -> Self {
        let (actions, inbox) = mpsc::channel();
        let mut harness = Harness {
            app: App::new(config, reading),
            articles: HashMap::new(),
            search: None,
            actions,
            inbox,
            terminal_effects: Vec::new(),
            corrections: Vec::new(),
            views: None,
            search_rebuilds: 0,
        };
        harness.send(Action::Resize {
            width: 120,
            height: 40,
        });
        harness.send(Action::Discovered {
            total: articles.len(),
        });
        for (article, facts) in articles {
            let entry = catalog_entry(&article, &facts);
            harness
                .articles
                .insert(article.id.clone(), (article, facts));
            harness.send(Action::Loaded(Box::new(entry)));
        }
        harness.send(Action::Tick);
        harness
    }

    /// Builds the search index from the loaded articles, in catalog order, as the loader does.
    pub fn index_for_search(&mut self) {
        let index = self.search_index_of(self.app.catalog());
        self.send(Action::SearchIndexReady(Arc::new(index)));
    }

    /// The search index of a catalog of the harness's articles, with their bodies' words.
    fn search_index_of(&self, catalog: &gazette::catalog::Catalog) -> SearchIndex {
        let mut indexer = ArchiveIndexer::default();
        for entry in catalog.entries() {
            let (article, facts) = &self.articles[&entry.meta.id];
            indexer.add(
                CatalogRecord::from_facts(article, facts),
                &indexed_words(article),
            );
        }
        indexer.finish().1
    }

    pub fn new() -> Self {
        Harness::with(
            Config::defaults(false),
            ReadingState::default(),
            vec![weather(), summit(), drills()],
        )
    }

    /// Applies an action and serves every read it asks for, as the reader thread would.
    pub fn send(&mut self, action: Action) {
        let mut pending = vec![action];
        while let Some(action) = pending.pop() {
            for effect in self.app.update(action) {
                match effect {
                    Effect::ReadArticle(id) => {
                        let result = self
                            .articles
                            .get(&id)
                            .cloned()
                            .map(Box::new)
                            .ok_or_else(|| "not found".to_owned());
                        pending.push(Action::ArticleRead { id, result });
                    }
                    Effect::AnchorNotes(request) => {
                        pending.push(gazette::ui::notes_ui::anchor(request));
                    }
                    Effect::PlaceNotes(requests) => {
                        let placed = requests
                            .iter()
                            .flat_map(|r| {
                                let text = self.articles.get(&r.article).map(|a| a.0.text.as_str());
                                gazette::ui::notes_ui::place(text, &r.notes)
                            })
                            .collect();
                        pending.push(Action::NotesPlaced(placed));
                    }
                    Effect::LayOut {
                        article,
                        index,
                        width,
                    } => {
                        let document = Box::new(Document::layout_indexed(&article, &index, width));
                        let id = article.id.clone();
                        pending.push(Action::LaidOut { id, document });
                    }
                    Effect::StartSearch(index) => {
                        self.search = Some(SearchWorker::spawn(
                            index.0,
                            self.actions.clone(),
                            gazette::ui::workers::results_action,
                            gazette::ui::workers::failed(gazette::ui::workers::Worker::Search),
                        ));
                    }
                    Effect::StopSearch => self.search = None,
                    // Answered as the loader does, from the patched catalog itself.
                    Effect::RebuildSearch { catalog, .. } => {
                        self.search_rebuilds += 1;
                        let index = self.search_index_of(&catalog);
                        drop(catalog);
                        pending.push(Action::SearchIndexReady(Arc::new(index)));
                    }
                    // Sent to the real worker; its answers come in through `wait_for_search`.
                    Effect::Search(request) => {
                        if let Some(search) = &self.search {
                            search.submit(request);
                        }
                    }
                    effect @ (Effect::Copy(_) | Effect::OpenInPager(_)) => {
                        self.terminal_effects.push(effect);
                    }
                    // Kept for the test to look at and answer.
                    Effect::CorrectEntity(correction) => self.corrections.push(correction),
                    Effect::QueryViews(request) => {
                        let answer = match self.views.as_mut() {
                            Some(views) => views
                                .answer(&request)
                                .map(Box::new)
                                .map_err(|e| e.to_string()),
                            None => Err("no index in this test".to_owned()),
                        };
                        pending.push(Action::ViewAnswered { request, answer });
                    }
                }
            }
        }
    }

    /// Waits for the worker to answer the newest query and applies the answers, as the event
    /// loop does (stale ones included: the app must drop them).
    pub fn wait_for_search(&mut self) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while self.app.search().pending {
            assert!(
                std::time::Instant::now() < deadline,
                "no search answer in 10 s"
            );
            assert!(self.search.is_some(), "the search worker is running");
            let answer = self
                .inbox
                .recv_timeout(std::time::Duration::from_millis(100));
            if let Ok(answer) = answer {
                self.send(answer);
            }
        }
    }

    /// Opens the filter, types `query` one key at a time and waits for the list to settle.
    pub fn filter(&mut self, query: &str) {
        self.key(KeyCode::Char('/'));
        self.chars(query);
        self.wait_for_search();
    }

    pub fn key(&mut self, code: KeyCode) {
        self.send(Action::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }

    pub fn ctrl(&mut self, c: char) {
        self.send(Action::Key(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::CONTROL,
        )));
    }

    pub fn chars(&mut self, keys: &str) {
        for c in keys.chars() {
            self.key(KeyCode::Char(c));
        }
    }

    pub fn render(&mut self, width: u16, height: u16) -> Buffer {
        self.send(Action::Resize { width, height });
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal
            .draw(|frame| gazette::ui::render::draw(frame, &self.app))
            .unwrap();
        terminal.backend().buffer().clone()
    }

    pub fn screen(&mut self, width: u16, height: u16) -> String {
        screen_text(&self.render(width, height))
    }
}

/// The buffer as text, one line per row, wide characters printed once.
pub fn screen_text(buffer: &Buffer) -> String {
    let width = buffer.area.width as usize;
    let mut out = String::new();
    for row in buffer.content.chunks(width.max(1)) {
        let mut skip = 0usize;
        for cell in row {
            if skip == 0 {
                out.push_str(cell.symbol());
            }
            skip = skip
                .max(unicode_width::UnicodeWidthStr::width(cell.symbol()))
                .saturating_sub(1);
        }
        out.push('\n');
    }
    out
}

/// The position of the first cell whose text starts `needle` on a row.
pub fn find_cell(buffer: &Buffer, needle: &str) -> Option<(u16, u16)> {
    let first = needle.chars().next()?;
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            if buffer[(x, y)].symbol().starts_with(first) {
                let mut text = String::new();
                for dx in 0..needle.chars().count() as u16 {
                    if x + dx < buffer.area.width {
                        text.push_str(buffer[(x + dx, y)].symbol());
                    }
                }
                if text == needle {
                    return Some((x, y));
                }
            }
        }
    }
    None
}

/// Like [`find_cell`], inside one rectangle (a pane).
pub fn find_cell_in(
    buffer: &Buffer,
    rect: ratatui::layout::Rect,
    needle: &str,
) -> Option<(u16, u16)> {
    for y in rect.y..rect.bottom() {
        for x in rect.x..rect.right() {
            let mut text = String::new();
            for dx in 0..needle.chars().count() as u16 {
                if x + dx < rect.right() {
                    text.push_str(buffer[(x + dx, y)].symbol());
                }
            }
            if text == needle {
                return Some((x, y));
            }
        }
    }
    None
}

/// The styled runs inside a rectangle, one per line: what the text snapshots cannot show
/// (colours of highlights, marks, dimmed captions, bold datelines).
pub fn styled_runs(buffer: &Buffer, rect: ratatui::layout::Rect) -> String {
    use ratatui::style::{Color, Modifier};
    let mut out = String::new();
    for y in rect.y..rect.bottom() {
        let mut x = rect.x;
        while x < rect.right() {
            let cell = &buffer[(x, y)];
            let key = (cell.fg, cell.bg, cell.modifier);
            let mut text = String::new();
            let start = x;
            while x < rect.right() && {
                let c = &buffer[(x, y)];
                (c.fg, c.bg, c.modifier) == key
            } {
                text.push_str(buffer[(x, y)].symbol());
                x += 1;
            }
            let plain = key == (Color::Reset, Color::Reset, Modifier::empty());
            if !plain && !text.trim().is_empty() {
                out.push_str(&format!(
                    "{y:>2}:{start:<3} {:?} fg={:?} bg={:?} {:?}\n",
                    text.trim_end(),
                    key.0,
                    key.1,
                    key.2
                ));
            }
        }
    }
    out
}

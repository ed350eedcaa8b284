//! The real event loop: terminal events and background results in, frames out.
//!
//! Loading runs on worker threads (the catalog entry, extraction included, is built there);
//! opening an article runs on a reader thread that always serves the newest request. The UI
//! thread only applies actions and draws.

use super::app::{Action, App, Effect};
use super::config::{Config, no_color_requested, user_config_path};
use super::document::Document;
use super::filter_input::results_action;
use super::notes_ui::{AnchorRequest, PlaceRequest, anchor, place};
use super::reading_state::{ReadingState, reading_state_path};
use super::render::draw;
use super::terminal::TerminalGuard;
use crate::archive::{Article, LoadEvent, Loader, read_article_file};
use crate::catalog::{Catalog, CatalogEntry};
use crate::extract::extract_article;
use crate::search::{BodyIndexBuilder, SearchIndex, SearchWorker, indexed_words};
use crossterm::event::{self, Event};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Background results applied per frame at most, so a flood of load events never stalls keys.
const MAX_EVENTS_PER_FRAME: usize = 5_000;

/// `notes` is the notes file, or why there is none (no home folder to keep it in).
pub fn run(archive: PathBuf, notes: Result<PathBuf, String>) -> Result<(), String> {
    let loader = Loader::new(&archive).map_err(|e| e.to_string())?;
    let (config, config_warning) =
        Config::load(user_config_path().as_deref(), no_color_requested());
    let state_path = reading_state_path();
    let (reading, state_warning) = state_path
        .as_deref()
        .map_or((ReadingState::default(), None), ReadingState::load);
    let mut app = App::new(config, reading);
    if let Some(warning) = config_warning {
        app.warn("Configuration", warning);
    }
    if let Some(warning) = state_warning {
        app.warn("Reading state", warning);
    }
    match notes {
        Ok(path) => app.attach_notes(crate::notes::NotesStore::open(path)),
        Err(reason) => app.notes_unavailable(reason),
    }

    let (actions, inbox) = mpsc::channel::<Action>();
    spawn_loader(loader, actions.clone());
    let (saver, saver_thread) = spawn_saver(state_path.clone());
    let mut workers = Workers {
        reader: spawn_reader(archive.clone(), actions.clone()),
        layout: spawn_layout(actions.clone()),
        saver,
        placer: spawn_placer(archive, actions.clone()),
        anchorer: spawn_anchorer(actions),
        search: None,
    };

    let mut guard = TerminalGuard::enter().map_err(|e| {
        format!("cannot open the reader: {e} (it needs a terminal; use `gazette list` in scripts)")
    })?;
    let result = event_loop(&mut guard, &mut app, &inbox, &mut workers);
    drop(guard);
    // The saver finishes its last write before the final one, so the two never race.
    drop(workers);
    let _ = saver_thread.join();
    if let Some(path) = state_path
        && let Err(error) = app.reading_state().save(&path)
    {
        eprintln!(
            "gazette: could not save the reading state to {}: {error}",
            path.display()
        );
    }
    result
}

fn event_loop(
    guard: &mut TerminalGuard,
    app: &mut App,
    inbox: &Receiver<Action>,
    workers: &mut Workers,
) -> Result<(), String> {
    let terminal = &mut guard.terminal;
    let mut dirty = true;
    let mut last_size = None;
    let mut saved = app.reading_state().clone();
    let mut last_save = Instant::now();
    while !app.should_quit {
        // Reading state is saved now and then, off this thread, so that closing the terminal
        // (which kills the process) loses at most a few seconds of it.
        if last_save.elapsed() >= SAVE_EVERY {
            last_save = Instant::now();
            if app.reading_state() != &saved {
                saved = app.reading_state().clone();
                let _ = workers.saver.send(saved.clone());
            }
        }
        let size = terminal.size().map_err(|e| e.to_string())?;
        if last_size != Some(size) {
            last_size = Some(size);
            apply(
                app,
                Action::Resize {
                    width: size.width,
                    height: size.height,
                },
                workers,
            );
            dirty = true;
        }
        if dirty {
            terminal
                .draw(|frame| draw(frame, app))
                .map_err(|e| e.to_string())?;
            dirty = false;
        }
        // While a filter query is out, come back soon for its answer.
        let wait = if app.search.pending { 5 } else { 40 };
        if event::poll(Duration::from_millis(wait)).map_err(|e| e.to_string())? {
            let action = match event::read().map_err(|e| e.to_string())? {
                Event::Key(key) => Some(Action::Key(key)),
                Event::Mouse(mouse) => Some(Action::Mouse(mouse)),
                Event::Resize(width, height) => Some(Action::Resize { width, height }),
                _ => None,
            };
            if let Some(action) = action {
                apply(app, action, workers);
                dirty = true;
            }
        }
        let started = Instant::now();
        let mut drained = 0;
        while drained < MAX_EVENTS_PER_FRAME && started.elapsed() < Duration::from_millis(15) {
            let Ok(action) = inbox.try_recv() else { break };
            apply(app, action, workers);
            drained += 1;
        }
        if let Some(response) = workers.search.as_ref().and_then(SearchWorker::try_latest) {
            apply(app, results_action(response), workers);
            dirty = true;
        }
        if drained > 0 {
            apply(app, Action::Tick, workers);
            dirty = true;
        }
    }
    Ok(())
}

/// The background threads effects are handed to.
struct Workers {
    reader: Sender<String>,
    layout: Sender<(Arc<Article>, u16)>,
    saver: Sender<ReadingState>,
    /// Started once the search index is built.
    search: Option<SearchWorker>,
    placer: Sender<Vec<PlaceRequest>>,
    anchorer: Sender<AnchorRequest>,
}

const SAVE_EVERY: Duration = Duration::from_secs(2);

/// Writes reading state snapshots, newest first; errors wait for the final save to report.
fn spawn_saver(path: Option<PathBuf>) -> (Sender<ReadingState>, std::thread::JoinHandle<()>) {
    let (requests, incoming) = mpsc::channel::<ReadingState>();
    let thread = std::thread::spawn(move || {
        while let Ok(mut state) = incoming.recv() {
            while let Ok(newer) = incoming.try_recv() {
                state = newer;
            }
            if let Some(path) = &path {
                let _ = state.save(path);
            }
        }
    });
    (requests, thread)
}

fn apply(app: &mut App, action: Action, workers: &mut Workers) {
    for effect in app.update(action) {
        match effect {
            Effect::ReadArticle(id) => {
                let _ = workers.reader.send(id);
            }
            Effect::LayOut { article, width } => {
                let _ = workers.layout.send((article, width));
            }
            Effect::StartSearch(index) => workers.search = Some(SearchWorker::spawn(index.0)),
            Effect::Search { generation, query } => {
                if let Some(search) = &workers.search {
                    search.submit(generation, &query);
                }
            }
            Effect::PlaceNotes(requests) => {
                let _ = workers.placer.send(requests);
            }
            Effect::AnchorNotes(request) => {
                let _ = workers.anchorer.send(request);
            }
        }
    }
}

/// Anchors long articles' notes, serving only the newest request.
fn spawn_anchorer(actions: Sender<Action>) -> Sender<AnchorRequest> {
    let (requests, incoming) = mpsc::channel::<AnchorRequest>();
    std::thread::spawn(move || {
        while let Ok(mut request) = incoming.recv() {
            while let Ok(newer) = incoming.try_recv() {
                request = newer;
            }
            if actions.send(anchor(request)).is_err() {
                break;
            }
        }
    });
    requests
}

/// Re-reads articles to find where their notes stand, for the notes view's orphan marks.
fn spawn_placer(root: PathBuf, actions: Sender<Action>) -> Sender<Vec<PlaceRequest>> {
    let (requests, incoming) = mpsc::channel::<Vec<PlaceRequest>>();
    std::thread::spawn(move || {
        while let Ok(batch) = incoming.recv() {
            let mut placed = Vec::new();
            for request in batch {
                let article = read_article_file(&root, &request.article).ok();
                placed.extend(place(
                    article.as_ref().map(|a| a.text.as_str()),
                    &request.notes,
                ));
            }
            if actions.send(Action::NotesPlaced(placed)).is_err() {
                break;
            }
        }
    });
    requests
}

/// Lays long articles out, serving only the newest request.
fn spawn_layout(actions: Sender<Action>) -> Sender<(Arc<Article>, u16)> {
    let (requests, incoming) = mpsc::channel::<(Arc<Article>, u16)>();
    std::thread::spawn(move || {
        while let Ok(mut request) = incoming.recv() {
            while let Ok(newer) = incoming.try_recv() {
                request = newer;
            }
            let (article, width) = request;
            let document = Box::new(Document::layout(&article, width));
            let id = article.id.clone();
            if actions.send(Action::LaidOut { id, document }).is_err() {
                break;
            }
        }
    });
    requests
}

/// Loads the archive, indexing every body for search as it is read (no body is read twice),
/// then builds the search index off the UI thread and hands it over.
fn spawn_loader(loader: Loader, actions: Sender<Action>) {
    std::thread::spawn(move || {
        // One core stays free for the UI.
        let threads = std::thread::available_parallelism()
            .map_or(2, |n| n.get())
            .saturating_sub(1)
            .max(1);
        let indexing = Mutex::new(SearchCatalog::default());
        loader.load_with(threads, |event| match event {
            LoadEvent::Discovered { total } => {
                let _ = actions.send(Action::Discovered { total });
            }
            LoadEvent::Loaded(article) => {
                let entry = CatalogEntry::from_article(&article);
                let words = indexed_words(&article);
                // Sent under the lock: the app's catalog index is then the load order.
                let mut indexing = indexing.lock().unwrap_or_else(|e| e.into_inner());
                let at = indexing.catalog.len() as u32;
                indexing.body.add_words(at, &words);
                indexing.catalog.push(entry.clone());
                let _ = actions.send(Action::Loaded(Box::new(entry)));
            }
            LoadEvent::Skipped(skipped) => {
                let _ = actions.send(Action::Skipped(skipped));
            }
        });
        let SearchCatalog { catalog, body } =
            indexing.into_inner().unwrap_or_else(|e| e.into_inner());
        let index = SearchIndex::new(&catalog, body.finish());
        drop(catalog);
        let _ = actions.send(Action::SearchIndexReady(Arc::new(index)));
    });
}

/// The loader's own copy of the catalog and the body words, for the search index.
#[derive(Default)]
struct SearchCatalog {
    catalog: Catalog,
    body: BodyIndexBuilder,
}

/// Reads articles on request, skipping requests already overtaken by newer ones.
fn spawn_reader(root: PathBuf, actions: Sender<Action>) -> Sender<String> {
    let (requests, incoming) = mpsc::channel::<String>();
    std::thread::spawn(move || {
        while let Ok(mut id) = incoming.recv() {
            while let Ok(newer) = incoming.try_recv() {
                id = newer;
            }
            let result = read_article_file(&root, &id)
                .map(|article| {
                    let facts = extract_article(&article);
                    Box::new((article, facts))
                })
                .map_err(|reason| reason.to_string());
            if actions.send(Action::ArticleRead { id, result }).is_err() {
                break;
            }
        }
    });
    requests
}

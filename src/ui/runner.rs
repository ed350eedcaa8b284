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
use super::signals::{SignalListener, TerminalSignal, die_by, stop};
use super::terminal::{TerminalGuard, restore};
use super::workers::{self, Queue, Worker};
use crate::archive::{Article, LoadEvent, Loader, read_article_file};
use crate::catalog::{Catalog, CatalogEntry};
use crate::extract::extract_article;
use crate::search::{BodyIndexBuilder, SearchIndex, SearchWorker, indexed_words};
use crossterm::event::{self, Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::Backend;
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

    // Listening before the terminal is taken: a signal at any point after finds it restored.
    let signals = SignalListener::start().map_err(|e| format!("cannot listen for signals: {e}"))?;
    let (actions, inbox) = mpsc::channel::<Action>();
    spawn_loader(loader, archive.display().to_string(), actions.clone());
    let (saver, saver_thread) = spawn_saver(state_path.clone(), actions.clone());
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
    let result = event_loop(&mut guard, &mut app, &inbox, &mut workers, &signals);
    drop(guard);
    // The saver finishes its last write before the final one, so the two never race.
    drop(workers);
    let _ = saver_thread.join();
    if let Some(path) = state_path
        && let Err(error) = app.reading_state().save(&path)
    {
        eprintln!(
            "gazette: could not save the reading state to {}",
            crate::text::sanitize_lines(&format!("{}: {error}", path.display()))
        );
    }
    match result? {
        Exit::Quit => Ok(()),
        // Ended as the signal would have ended it, so the parent sees why.
        Exit::Signal(signal) => {
            die_by(signal);
            Ok(())
        }
    }
}

/// Why the loop ended.
enum Exit {
    Quit,
    Signal(i32),
}

fn event_loop(
    guard: &mut TerminalGuard,
    app: &mut App,
    inbox: &Receiver<Action>,
    workers: &mut Workers,
    signals: &SignalListener,
) -> Result<Exit, String> {
    let mut dirty = true;
    let mut last_size = None;
    let mut saved = app.reading_state().clone();
    let mut last_save = Instant::now();
    while !app.should_quit {
        while let Some(signal) = signals.try_next() {
            match signal {
                TerminalSignal::Terminate(signal) => return Ok(Exit::Signal(signal)),
                TerminalSignal::Suspend => suspend(guard)?,
                TerminalSignal::Resume => guard.resume().map_err(|e| e.to_string())?,
            }
            dirty = true;
        }
        // Reading state is saved now and then, off this thread, so that closing the terminal
        // (which kills the process) loses at most a few seconds of it.
        if last_save.elapsed() >= SAVE_EVERY {
            last_save = Instant::now();
            if app.reading_state() != &saved {
                saved = app.reading_state().clone();
                let _ = workers.saver.send(saved.clone());
            }
        }
        let size = guard.terminal.size().map_err(|e| e.to_string())?;
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
            dirty = false;
            if let Some(resize) = draw_frame(&mut guard.terminal, app)? {
                apply(app, resize, workers);
                dirty = true;
            }
        }
        // While a filter query is out, come back soon for its answer.
        let wait = if app.search.pending { 5 } else { 40 };
        if event::poll(Duration::from_millis(wait)).map_err(|e| e.to_string())? {
            let action = match event::read().map_err(|e| e.to_string())? {
                Event::Key(key) if is_suspend_key(&key) => {
                    suspend(guard)?;
                    dirty = true;
                    None
                }
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
    Ok(Exit::Quit)
}

/// Draws a frame. When the terminal's size at draw time is not the one the app last heard of
/// (it changed in between), the frame still fits, being laid out from its own area, and the
/// returned Resize brings the app's scrolling and page sizes in line with what was drawn.
pub fn draw_frame<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &App,
) -> Result<Option<Action>, String> {
    let drawn = terminal
        .draw(|frame| draw(frame, app))
        .map_err(|e| e.to_string())?
        .area;
    Ok((drawn != app.area).then_some(Action::Resize {
        width: drawn.width,
        height: drawn.height,
    }))
}

/// Ctrl-Z: in raw mode the terminal sends it as a key instead of stopping the process.
fn is_suspend_key(key: &KeyEvent) -> bool {
    key.code == KeyCode::Char('z')
        && key.modifiers == KeyModifiers::CONTROL
        && key.kind != KeyEventKind::Release
}

/// Gives the terminal back to the shell, stops until continued (`fg`), then takes it again.
fn suspend(guard: &mut TerminalGuard) -> Result<(), String> {
    restore();
    stop();
    guard.resume().map_err(|e| e.to_string())
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
fn spawn_saver(
    path: Option<PathBuf>,
    actions: Sender<Action>,
) -> (Sender<ReadingState>, std::thread::JoinHandle<()>) {
    workers::spawn(
        Worker::Saver,
        Queue::NewestOnly,
        actions,
        |_| "the reading state".to_owned(),
        move |state: ReadingState| {
            if let Some(path) = &path {
                let _ = state.save(path);
            }
            None
        },
    )
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
    let (requests, _) = workers::spawn(
        Worker::Anchorer,
        Queue::NewestOnly,
        actions,
        |request: &AnchorRequest| request.article.id.clone(),
        |request| Some(anchor(request)),
    );
    requests
}

/// Re-reads articles to find where their notes stand, for the notes view's orphan marks.
fn spawn_placer(root: PathBuf, actions: Sender<Action>) -> Sender<Vec<PlaceRequest>> {
    let (requests, _) = workers::spawn(
        Worker::Placer,
        Queue::All,
        actions,
        |batch: &Vec<PlaceRequest>| format!("the notes of {} articles", batch.len()),
        move |batch| {
            let mut placed = Vec::new();
            for request in batch {
                let article = read_article_file(&root, &request.article).ok();
                placed.extend(place(
                    article.as_ref().map(|a| a.text.as_str()),
                    &request.notes,
                ));
            }
            Some(Action::NotesPlaced(placed))
        },
    );
    requests
}

/// Lays long articles out, serving only the newest request.
fn spawn_layout(actions: Sender<Action>) -> Sender<(Arc<Article>, u16)> {
    let (requests, _) = workers::spawn(
        Worker::Layout,
        Queue::NewestOnly,
        actions,
        |(article, _): &(Arc<Article>, u16)| article.id.clone(),
        |(article, width)| {
            let document = Box::new(Document::layout(&article, width));
            let id = article.id.clone();
            Some(Action::LaidOut { id, document })
        },
    );
    requests
}

/// Loads the archive, indexing every body for search as it is read (no body is read twice),
/// then builds the search index off the UI thread and hands it over. If it panics, the load is
/// reported as failed and the reader keeps what has arrived.
fn spawn_loader(loader: Loader, archive: String, actions: Sender<Action>) {
    std::thread::spawn(move || {
        let failed = workers::run_guarded(Worker::Loader, archive, || {
            load(&loader, &actions);
            None
        });
        if let Some(failed) = failed {
            let _ = actions.send(failed);
        }
    });
}

fn load(loader: &Loader, actions: &Sender<Action>) {
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
    let SearchCatalog { catalog, body } = indexing.into_inner().unwrap_or_else(|e| e.into_inner());
    let index = SearchIndex::new(&catalog, body.finish());
    drop(catalog);
    let _ = actions.send(Action::SearchIndexReady(Arc::new(index)));
}

/// The loader's own copy of the catalog and the body words, for the search index.
#[derive(Default)]
struct SearchCatalog {
    catalog: Catalog,
    body: BodyIndexBuilder,
}

/// Reads articles on request, skipping requests already overtaken by newer ones.
fn spawn_reader(root: PathBuf, actions: Sender<Action>) -> Sender<String> {
    let (requests, _) = workers::spawn(
        Worker::Reader,
        Queue::NewestOnly,
        actions,
        String::clone,
        move |id| {
            let result = read_article_file(&root, &id)
                .map(|article| {
                    let facts = extract_article(&article);
                    Box::new((article, facts))
                })
                .map_err(|reason| reason.to_string());
            Some(Action::ArticleRead { id, result })
        },
    );
    requests
}

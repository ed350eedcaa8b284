//! The real event loop: one channel of [`Action`]s in (keys from the input thread, signals,
//! every background job's answers), frames out. The loop blocks on that channel, waking for the
//! next action or the reading-state save, whichever comes first.
//!
//! Loading runs on worker threads (the catalog entry, extraction included, is built there);
//! opening an article runs on a reader thread that always serves the newest request. The UI
//! thread only applies actions and draws.

use super::app::{Action, App, Effect, EntityCorrection, SYNC_LAYOUT_BYTES, SearchRebuild};
use super::clipboard::osc52;
use super::config::{Config, no_color_requested, user_config_path};
use super::document::Document;
use super::input::InputThread;
use super::notes_ui::{AnchorRequest, PlaceRequest, anchor, place};
use super::reading_state::{ReadingState, reading_state_path, shared_reading_state_path};
use super::render::draw;
use super::signals::{SignalListener, TerminalSignal, die_by, stop};
use super::terminal::{TerminalGuard, restore};
use super::workers::{self, Queue, Worker, failed, results_action};
use crate::archive::{Article, Loader, read_article_file};
use crate::catalog::CatalogPatch;
use crate::extract::corrections::Corrections;
use crate::extract::extract_article_with;
use crate::facts::Facts;
use crate::search::{BodyIndex, Loading, SearchIndex, SearchWorker, load_indexed};
use crate::span::CharIndex;
use crate::views::{ViewRequest, ViewsSource};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::Backend;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, RwLock, RwLockReadGuard};
use std::time::{Duration, Instant};

/// Actions applied per frame at most, so a flood of load events never stalls keys.
const MAX_EVENTS_PER_FRAME: usize = 5_000;
/// How long a frame may spend applying actions before it is drawn.
const FRAME_BUDGET: Duration = Duration::from_millis(15);

/// `notes` is the notes file, or why there is none (no home folder to keep it in).
/// `index` is the archive index's file, if not the default one.
pub fn run(
    archive: PathBuf,
    notes: Result<PathBuf, String>,
    index: Option<PathBuf>,
) -> Result<(), String> {
    let loader = Loader::new(&archive).map_err(|e| e.to_string())?;
    let (config, config_warning) =
        Config::load(user_config_path().as_deref(), no_color_requested());
    let state_path = reading_state_path(&archive);
    // An archive without a state file of its own starts from the one earlier versions shared.
    let read_from = state_path
        .clone()
        .filter(|path| path.exists())
        .or_else(shared_reading_state_path);
    let (reading, state_warning) = read_from
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
    let corrections_path = reader_corrections_path();
    let corrections = match load_corrections(corrections_path.as_deref()) {
        Ok(corrections) => corrections,
        Err(error) => {
            app.warn(
                "Corrections",
                format!("{error}; facts are shown without your corrections"),
            );
            Corrections::default()
        }
    };
    let corrections = Arc::new(RwLock::new(corrections));

    let (actions, inbox) = mpsc::channel::<Action>();
    // Listening before the terminal is taken: a signal at any point after finds it restored.
    let signals = SignalListener::start(actions.clone(), Action::Signal)
        .map_err(|e| format!("cannot listen for signals: {e}"))?;
    let index_path = index
        .clone()
        .or_else(|| crate::index::default_index_path(loader.root()).ok());
    spawn_loader(loader, index, actions.clone());
    let (saver, saver_thread) = spawn_saver(state_path.clone(), actions.clone());
    let mut workers = Workers {
        reader: spawn_reader(archive.clone(), Arc::clone(&corrections), actions.clone()),
        corrector: spawn_corrector(corrections_path, corrections, actions.clone()),
        layout: spawn_layout(actions.clone()),
        saver,
        placer: spawn_placer(archive.clone(), actions.clone()),
        anchorer: spawn_anchorer(actions.clone()),
        views: spawn_views(index_path, actions.clone()),
        search: None,
        actions: actions.clone(),
        for_terminal: Vec::new(),
        archive,
    };

    let mut guard = TerminalGuard::enter().map_err(|e| {
        format!("cannot open the reader: {e} (it needs a terminal; use `gazette list` in scripts)")
    })?;
    let input =
        InputThread::start(actions).map_err(|e| format!("cannot read the terminal: {e}"))?;
    let result = event_loop(&mut guard, &mut app, &inbox, &mut workers, &input);
    // Saved at once, before anything that a hung-up terminal could hold up; saved again below,
    // after the saver's last write, so that an older snapshot never has the last word.
    if let Some(path) = &state_path {
        let _ = app.reading_state().save(path);
    }
    // A hung-up terminal can hold the input thread in a read for good: give up on it soon.
    input.pause_within(Duration::from_millis(300));
    drop(guard);
    drop(signals);
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
    input: &InputThread,
) -> Result<Exit, String> {
    let mut dirty = true;
    let mut last_size = None;
    let mut saved = app.reading_state().clone();
    let mut next_save = Instant::now() + SAVE_EVERY;
    while !app.should_quit() {
        // The size is asked as well as heard of: a resize while suspended sends no event.
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
                continue;
            }
        }
        let first = match inbox.recv_timeout(next_save.saturating_duration_since(Instant::now())) {
            Ok(action) => Some(action),
            Err(RecvTimeoutError::Timeout) => None,
            // Every sender is gone, the input thread's included: nothing more can happen.
            Err(RecvTimeoutError::Disconnected) => return Ok(Exit::Quit),
        };
        if let Some(first) = first {
            let started = Instant::now();
            let mut loaded = false;
            let mut next = Some(first);
            let mut handled = 0;
            while let Some(action) = next.take() {
                loaded |= matches!(action, Action::Loaded(_) | Action::Skipped(_));
                match action {
                    Action::Signal(TerminalSignal::Terminate(signal)) => {
                        return Ok(Exit::Signal(signal));
                    }
                    Action::Signal(TerminalSignal::Suspend) => suspend(guard, input)?,
                    Action::Key(key) if is_suspend_key(&key) => suspend(guard, input)?,
                    Action::Signal(TerminalSignal::Resume) => {
                        guard.resume().map_err(|e| e.to_string())?;
                    }
                    Action::InputFailed(error) => return Err(error),
                    action => apply(app, action, workers),
                }
                handled += 1;
                if app.should_quit()
                    || handled >= MAX_EVENTS_PER_FRAME
                    || started.elapsed() >= FRAME_BUDGET
                {
                    break;
                }
                next = inbox.try_recv().ok();
            }
            if loaded {
                // Newly loaded articles are sorted into the list once per batch.
                apply(app, Action::Tick, workers);
            }
            use_terminal(guard, input, app, workers)?;
            dirty = true;
        }
        // Reading state is saved now and then, off this thread, so that closing the terminal
        // (which kills the process) loses at most a few seconds of it.
        if Instant::now() >= next_save {
            next_save = Instant::now() + SAVE_EVERY;
            if app.reading_state() != &saved {
                saved = app.reading_state().clone();
                let _ = workers.saver.send(saved.clone());
            }
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
    Ok((drawn != app.area()).then_some(Action::Resize {
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
/// The input thread leaves the terminal alone meanwhile: it is the shell's.
fn suspend(guard: &mut TerminalGuard, input: &InputThread) -> Result<(), String> {
    input.pause();
    restore();
    stop();
    let resumed = guard.resume().map_err(|e| e.to_string());
    input.resume();
    resumed
}

/// The background threads effects are handed to.
struct Workers {
    reader: Sender<String>,
    layout: Sender<LayoutRequest>,
    saver: Sender<ReadingState>,
    /// Started once the search index is built.
    search: Option<SearchWorker>,
    placer: Sender<Vec<PlaceRequest>>,
    anchorer: Sender<AnchorRequest>,
    views: Sender<ViewRequest>,
    corrector: Sender<EntityCorrection>,
    /// Where the search worker, started late, answers.
    actions: Sender<Action>,
    /// Effects that need the terminal, for the loop to run.
    for_terminal: Vec<Effect>,
    /// The archive folder, where the pager finds an article's file.
    archive: PathBuf,
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
            Effect::LayOut {
                article,
                index,
                width,
            } => {
                let _ = workers.layout.send((article, index, width));
            }
            Effect::StartSearch(index) => {
                workers.search = Some(SearchWorker::spawn(
                    index.0,
                    workers.actions.clone(),
                    results_action,
                    failed(Worker::Search),
                ));
            }
            Effect::StopSearch => workers.search = None,
            Effect::RebuildSearch { catalog, rebuild } => {
                // If the loader is gone, so is the index to make it from: the reader stays
                // without search, as after a failed load.
                let _ = rebuild.0.send(catalog);
            }
            Effect::Search(request) => {
                if let Some(search) = &workers.search {
                    search.submit(request);
                }
            }
            Effect::PlaceNotes(requests) => {
                let _ = workers.placer.send(requests);
            }
            Effect::QueryViews(request) => {
                let _ = workers.views.send(request);
            }
            Effect::CorrectEntity(correction) => {
                let _ = workers.corrector.send(correction);
            }
            Effect::AnchorNotes(request) => {
                let _ = workers.anchorer.send(request);
            }
            // These need the terminal, which the loop holds.
            effect @ (Effect::Copy(_) | Effect::OpenInPager(_)) => {
                workers.for_terminal.push(effect)
            }
        }
    }
}

/// Runs the effects that use the terminal: a copy is written to it, a pager borrows it.
fn use_terminal(
    guard: &mut TerminalGuard,
    input: &InputThread,
    app: &mut App,
    workers: &mut Workers,
) -> Result<(), String> {
    for effect in std::mem::take(&mut workers.for_terminal) {
        match effect {
            Effect::Copy(text) => {
                use std::io::Write;
                let backend = guard.terminal.backend_mut();
                let _ = backend.write_all(osc52(&text).as_bytes());
                let _ = Write::flush(backend);
            }
            Effect::OpenInPager(id) => {
                let path = crate::archive::path_of(&workers.archive, &id);
                let closed = run_pager(guard, input, &path)?;
                apply(app, Action::PagerClosed(closed), workers);
            }
            _ => {}
        }
    }
    Ok(())
}

/// Lends the terminal to `$PAGER` (else `$EDITOR`, else `less`) on `path`, and takes it back
/// after. The path goes as an argument, never through the shell's parsing; the variable may
/// carry options.
fn run_pager(
    guard: &mut TerminalGuard,
    input: &InputThread,
    path: &std::path::Path,
) -> Result<Result<(), String>, String> {
    let set = |name| {
        std::env::var(name)
            .ok()
            .filter(|p: &String| !p.trim().is_empty())
    };
    let pager = set("PAGER")
        .or_else(|| set("EDITOR"))
        .unwrap_or_else(|| "less".to_owned());
    input.pause();
    restore();
    let status = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("{pager} \"$1\""))
        .arg("gazette-pager")
        .arg(path)
        .status();
    guard.resume().map_err(|e| e.to_string())?;
    input.resume();
    Ok(match status {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(format!("the pager ({pager}) ended with {status}")),
        Err(error) => Err(format!("cannot run the pager ({pager}): {error}")),
    })
}

/// Answers the archive-wide views from the index, on a read-only connection of its own.
fn spawn_views(index_path: Option<PathBuf>, actions: Sender<Action>) -> Sender<ViewRequest> {
    let mut source = index_path.as_deref().map(ViewsSource::new);
    let (requests, _) = workers::spawn(
        Worker::Views,
        Queue::All,
        actions,
        |request: &ViewRequest| format!("{request:?}"),
        move |request: ViewRequest| {
            let answer = match source.as_mut() {
                Some(source) => source
                    .answer(&request)
                    .map(Box::new)
                    .map_err(|e| e.to_string()),
                None => Err("the archive has no index (no cache folder)".to_owned()),
            };
            Some(Action::ViewAnswered { request, answer })
        },
    );
    requests
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

type LayoutRequest = (Arc<Article>, Arc<CharIndex>, u16);

/// Lays long articles out, serving only the newest request.
fn spawn_layout(actions: Sender<Action>) -> Sender<LayoutRequest> {
    let (requests, _) = workers::spawn(
        Worker::Layout,
        Queue::NewestOnly,
        actions,
        |(article, _, _): &LayoutRequest| article.id.clone(),
        |(article, index, width)| {
            let document = Box::new(Document::layout_indexed(&article, &index, width));
            let id = article.id.clone();
            Some(Action::LaidOut { id, document })
        },
    );
    requests
}

/// Loads the archive, indexing every body for search as it is read (no body is read twice),
/// then builds the search index off the UI thread and hands it over. If it panics, the load is
/// reported as failed and the reader keeps what has arrived.
fn spawn_loader(loader: Loader, index_path: Option<PathBuf>, actions: Sender<Action>) {
    let label = loader.root().display().to_string();
    std::thread::spawn(move || {
        let failed = workers::run_guarded(Worker::Loader, label, || {
            match crate::index::open_for_reader(loader.root(), index_path.as_deref()) {
                Ok(start) => load_from_index(start, &actions),
                Err(error) => {
                    let why = format!("{error}; reading every file instead (nothing is kept)");
                    let _ = actions.send(Action::IndexUnavailable(why));
                    load(&loader, &actions);
                }
            }
            None
        });
        if let Some(failed) = failed {
            let _ = actions.send(failed);
        }
    });
}

/// The indexed catalog at once, then a refresh that reads only new and changed files; if any
/// changed, the refreshed catalog and search index replace the first.
fn load_from_index(start: crate::index::ReaderStart, actions: &Sender<Action>) {
    use crate::index::RefreshEvent;
    let crate::index::ReaderStart {
        mut store,
        catalog,
        index,
        notice,
    } = start;
    if let Some(notice) = notice {
        let _ = actions.send(Action::IndexUnavailable(notice.to_string()));
    }
    let first_build = catalog.is_empty();
    if !first_build {
        // Whole: 100,000 articles one message each would keep the UI thread busy for seconds.
        let _ = actions.send(Action::CatalogReplaced {
            loaded: Box::new((catalog, index)),
            summary: None,
        });
    }
    if !first_build {
        // Beside the catalog and search index, a full page cache would be the peak.
        store.limit_page_cache(READER_REFRESH_CACHE_KIB);
    }
    let mut listed = 0;
    // A warm start patches the catalog it shows with the changes as they are found, a batch
    // at a time: a catalog and search index read again beside the first would double the
    // reader's memory, and a new extractor's changes held until the end would too.
    let mut patch = CatalogPatch::default();
    let mut patched = false;
    let summary = store.refresh(loader_threads(), |event| {
        if !first_build {
            match event {
                RefreshEvent::Changed(record) => patch.upsert(record.clone()),
                RefreshEvent::Removed(id) => patch.remove(id),
                RefreshEvent::Listed { to_read, .. } if to_read > 0 => {
                    let _ = actions.send(Action::Refreshing { done: 0, to_read });
                }
                RefreshEvent::Read { done, to_read } if done % 256 == 0 || done == to_read => {
                    let _ = actions.send(Action::Refreshing { done, to_read });
                }
                _ => {}
            }
            if patch.len() >= PATCH_BATCH {
                patched = true;
                let _ = actions.send(Action::CatalogPatched {
                    patch: Box::new(std::mem::take(&mut patch)),
                    last: None,
                });
            }
            return;
        }
        // A first build lists the first articles as they are indexed, to read while the rest
        // is; then it only counts, as the whole catalog follows.
        let action = match event {
            RefreshEvent::Listed { to_read, .. } => Action::Discovered { total: to_read },
            RefreshEvent::Changed(entry) if listed < FIRST_BUILD_LISTED => {
                listed += 1;
                Action::Loaded(Box::new(entry.clone()))
            }
            RefreshEvent::Read { done, to_read } if done % 256 == 0 || done == to_read => {
                Action::Indexed { done }
            }
            RefreshEvent::Skipped(skipped) => Action::Skipped(skipped.clone()),
            _ => return,
        };
        let _ = actions.send(action);
    });
    let summary = match summary {
        Ok(summary) if first_build || summary.added + summary.changed + summary.removed > 0 => {
            summary
        }
        Ok(_) => return,
        Err(error) => {
            missed_changes(error, actions);
            // What was patched stays (the index holds it); search must follow it.
            if !first_build && (patched || !patch.is_empty()) {
                let said = "index refreshed in part".to_owned();
                patch_catalog(&store, patch, said, actions);
            }
            return;
        }
    };
    let said = format!(
        "index refreshed: {} new, {} changed, {} removed",
        summary.added, summary.changed, summary.removed
    );
    // The refresh's caches and its threads' freed memory would add to the peak.
    store.release_memory();
    crate::memory::return_freed_memory();
    if !first_build {
        patch_catalog(&store, patch, said, actions);
        return;
    }
    match store.load_search() {
        Ok((catalog, index)) => {
            let _ = actions.send(Action::CatalogReplaced {
                loaded: Box::new((catalog, index)),
                summary: Some(said),
            });
        }
        Err(error) => missed_changes(error, actions),
    }
}

/// Says that a refresh (or reading its result) failed: the list shows what was indexed before.
fn missed_changes(error: crate::index::IndexError, actions: &Sender<Action>) {
    let _ = actions.send(Action::IndexUnavailable(format!(
        "{error}; the list may miss recent changes"
    )));
}

/// Sends the refresh's last changes to the reader, which patches its catalog and lets go of
/// its search index, then makes the patched catalog's search index.
fn patch_catalog(
    store: &crate::index::SqliteIndex,
    patch: CatalogPatch,
    summary: String,
    actions: &Sender<Action>,
) {
    let (rebuild, patched) = std::sync::mpsc::channel();
    let _ = actions.send(Action::CatalogPatched {
        patch: Box::new(patch),
        last: Some((SearchRebuild(rebuild), summary)),
    });
    let Ok(catalog) = patched.recv() else {
        return;
    };
    let (index, pending) = store.search_index_for(&catalog).unwrap_or_else(|error| {
        let _ = actions.send(Action::IndexUnavailable(format!(
            "{error}; searching titles and names only, not the articles' text"
        )));
        (SearchIndex::new(&catalog, BodyIndex::default()), None)
    });
    let index = Arc::new(index);
    let _ = actions.send(Action::SearchIndexReady(Arc::clone(&index)));
    if let Some(pending) = pending {
        store.save_snapshot(pending, &catalog, &index);
    }
}

/// How many of a refresh's changes a warm start sends the reader at a time: it bounds the
/// records held meanwhile and the UI thread's work per batch.
const PATCH_BATCH: usize = 2_000;

/// The page cache of a reader's refresh, in KiB: beside the catalog and search index, the
/// 32 MB of a writer's made a warm start finding 100 changed files at 100,000 articles peak
/// at 207 MB; with 4 MB it peaked at 203 MB.
const READER_REFRESH_CACHE_KIB: u32 = 4_000;

/// How many articles a first index build lists as it reads them: enough to start reading,
/// few enough that the catalog the build ends with is not held twice (at 100,000 articles
/// that would double the reader's memory).
const FIRST_BUILD_LISTED: usize = 2_000;

/// One core stays free for the UI.
fn loader_threads() -> usize {
    crate::archive::default_threads().saturating_sub(1).max(1)
}

fn load(loader: &Loader, actions: &Sender<Action>) {
    let threads = loader_threads();
    // Sent as loaded: the app's catalog index is then the indexer's arrival number.
    let (indexer, _) = load_indexed(loader, threads, |step| {
        let action = match step {
            Loading::Discovered { total } => Action::Discovered { total },
            Loading::Loaded(_, entry) => Action::Loaded(Box::new(entry.clone())),
            Loading::Skipped(skipped) => Action::Skipped(skipped.clone()),
        };
        let _ = actions.send(action);
    });
    let (catalog, index) = indexer.finish();
    drop(catalog);
    let _ = actions.send(Action::SearchIndexReady(Arc::new(index)));
}

/// The reader's corrections of the extractor (`entities.toml`): `$GAZETTE_ENTITIES`, else the
/// config folder's file.
fn reader_corrections_path() -> Option<PathBuf> {
    std::env::var_os("GAZETTE_ENTITIES")
        .map(PathBuf::from)
        .or_else(Corrections::default_path)
}

/// The corrections in `path`; none when there is no such file or no place for one.
fn load_corrections(path: Option<&Path>) -> Result<Corrections, String> {
    match path {
        Some(path) => Corrections::load(path).map_err(|e| e.to_string()),
        None => Ok(Corrections::default()),
    }
}

/// Writes the reader's corrections to their file (keeping everything else it holds) and puts
/// the file's new contents where the article reader takes them from.
fn spawn_corrector(
    path: Option<PathBuf>,
    corrections: Arc<RwLock<Corrections>>,
    actions: Sender<Action>,
) -> Sender<EntityCorrection> {
    let (requests, _) = workers::spawn(
        Worker::Corrector,
        Queue::All,
        actions,
        |correction: &EntityCorrection| correction.name.clone(),
        move |correction: EntityCorrection| {
            let Some(path) = &path else {
                let why = "no config folder to keep entities.toml in".to_owned();
                return Some(Action::EntityCorrected(Err(why)));
            };
            let written = match correction.kind {
                Some(kind) => Corrections::save_kind(path, &correction.name, kind),
                None => Corrections::save_ignored(path, &correction.name),
            };
            let result = written
                .and_then(|()| Corrections::load(path))
                .map(|loaded| {
                    if let Ok(mut shared) = corrections.write() {
                        *shared = loaded;
                    }
                    let what = match correction.kind {
                        Some(kind) => format!("is a {}", kind.label()),
                        None => "is hidden".to_owned(),
                    };
                    format!("{} {what} (in {})", correction.name, path.display())
                })
                .map_err(|e| e.to_string());
            Some(Action::EntityCorrected(result))
        },
    );
    requests
}

/// The corrections as they are now, held while one article is extracted.
fn current(corrections: &RwLock<Corrections>) -> RwLockReadGuard<'_, Corrections> {
    corrections
        .read()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Reads articles on request, skipping requests already overtaken by newer ones; their facts
/// are extracted with the reader's corrections.
fn spawn_reader(
    root: PathBuf,
    corrections: Arc<RwLock<Corrections>>,
    actions: Sender<Action>,
) -> Sender<String> {
    let early = actions.clone();
    let (requests, _) = workers::spawn(
        Worker::Reader,
        Queue::NewestOnly,
        actions,
        String::clone,
        move |id| {
            let article = match read_article_file(&root, &id) {
                Ok(article) => article,
                Err(reason) => {
                    let result = Err(reason.to_string());
                    return Some(Action::ArticleRead { id, result });
                }
            };
            if article.text.len() <= SYNC_LAYOUT_BYTES {
                let facts = extract_article_with(&article, &current(&corrections));
                let result = Ok(Box::new((article, facts)));
                return Some(Action::ArticleRead { id, result });
            }
            // A long article shows at once; its facts follow when extracted.
            let shown = Ok(Box::new((article.clone(), Facts::default())));
            let _ = early.send(Action::ArticleRead {
                id: id.clone(),
                result: shown,
            });
            let facts = Box::new(extract_article_with(&article, &current(&corrections)));
            Some(Action::FactsExtracted { id, facts })
        },
    );
    requests
}

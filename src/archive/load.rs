//! Walking an archive folder and reading its files, tolerating every kind of bad input.

use super::contain::contain_panic;
use super::mastheads::{REPEATS_FOR_MASTHEAD, remember};
use super::parse::undecided_first_line;
use super::read::{MAX_ARTICLE_BYTES, read_article_file, read_article_in};
use super::{Article, ArticleMeta, Mastheads, id_of, parse_article_in, path_of};
use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use walkdir::WalkDir;

/// Why a file was not loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkipReason {
    Unreadable(String),
    Binary,
    Empty,
    TooLarge {
        bytes: u64,
    },
    SymlinkLoop,
    /// Gazette panicked on this file: a bug, contained to this one file.
    Failed(String),
}

impl fmt::Display for SkipReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SkipReason::Unreadable(error) => write!(f, "cannot be read: {error}"),
            SkipReason::Binary => write!(f, "binary file (contains NUL bytes)"),
            SkipReason::Empty => write!(f, "empty file"),
            SkipReason::TooLarge { bytes } => write!(
                f,
                "too large ({:.1} MB; the limit is {} MB)",
                *bytes as f64 / 1_048_576.0,
                MAX_ARTICLE_BYTES / 1_048_576
            ),
            SkipReason::SymlinkLoop => write!(f, "symbolic link loop"),
            SkipReason::Failed(error) => {
                write!(f, "gazette failed on it (a bug, please report it): {error}")
            }
        }
    }
}

/// A file that was not loaded, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Skipped {
    /// The path relative to the archive root.
    pub id: String,
    pub reason: SkipReason,
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.id, self.reason)
    }
}

/// What loading reports as it goes, so a UI can show progress while the list fills.
pub enum LoadEvent {
    /// The walk is done: this many article files will be read.
    Discovered {
        total: usize,
    },
    Loaded(Box<Article>),
    Skipped(Skipped),
}

/// The outcome of loading a whole archive.
#[derive(Clone, Debug, Default)]
pub struct LoadReport {
    /// Sorted by id.
    pub articles: Vec<ArticleMeta>,
    pub skipped: Vec<Skipped>,
}

impl LoadReport {
    /// A one-line summary of the skipped files for a status line ("2 files skipped: a.txt, b.txt").
    pub fn skipped_summary(&self) -> Option<String> {
        summarize_skipped(&self.skipped)
    }
}

pub fn summarize_skipped(skipped: &[Skipped]) -> Option<String> {
    if skipped.is_empty() {
        return None;
    }
    let names: Vec<&str> = skipped.iter().take(3).map(|s| s.id.as_str()).collect();
    let more = if skipped.len() > 3 { ", …" } else { "" };
    let noun = if skipped.len() == 1 { "file" } else { "files" };
    Some(format!(
        "{} {noun} skipped: {}{more}",
        skipped.len(),
        names.join(", ")
    ))
}

/// An archive folder, checked to exist.
pub struct Loader {
    root: PathBuf,
}

/// The archive folder itself is unusable.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("archive folder {} does not exist", .0.display())]
    Missing(PathBuf),
    #[error("{} is a file, not a folder", .0.display())]
    NotAFolder(PathBuf),
    #[error("cannot open archive folder {}: {source}", path.display())]
    Unopenable {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

impl Loader {
    pub fn new(root: impl Into<PathBuf>) -> Result<Self, ArchiveError> {
        let root = root.into();
        match std::fs::metadata(&root) {
            Ok(meta) if meta.is_dir() => Ok(Loader { root }),
            Ok(_) => Err(ArchiveError::NotAFolder(root)),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                Err(ArchiveError::Missing(root))
            }
            Err(source) => Err(ArchiveError::Unopenable { path: root, source }),
        }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Every `.txt` and `.md` file below the root (ids sorted), plus what the walk had to skip.
    /// Hidden files and folders are left out, and so are the README, LICENSE, COPYING and
    /// NOTICE files at the root, which describe the archive rather than belong to it; symbolic links are followed, each folder walked
    /// once, and a link back into a folder already walked is reported as a loop.
    pub fn discover(&self) -> (Vec<String>, Vec<Skipped>) {
        let mut ids = Vec::new();
        let mut skipped = Vec::new();
        let mut skip = |path: &Path, reason| {
            skipped.push(Skipped {
                id: self.id_of(path),
                reason,
            })
        };
        let mut walked_dirs = HashSet::new();
        let mut walk = WalkDir::new(&self.root)
            .follow_links(true)
            // The first of two links to one folder is the one walked, the same on every run.
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|entry| entry.depth() == 0 || !is_hidden(entry.path()));
        while let Some(entry) = walk.next() {
            let entry = match entry {
                Ok(entry) => entry,
                Err(error) => {
                    let Some(path) = error
                        .path()
                        .filter(|path| error.depth() == 0 || !is_hidden(path))
                    else {
                        continue;
                    };
                    let io_error = error.io_error();
                    let is_loop =
                        error.loop_ancestor().is_some() || io_error.is_some_and(is_symlink_loop);
                    // An unreadable folder, or a link that leads nowhere; links to other
                    // kinds of file that lead nowhere are not articles anyway.
                    if is_loop {
                        skip(path, SkipReason::SymlinkLoop);
                    } else if path.is_dir()
                        || (has_article_extension(path)
                            && !is_housekeeping_file(error.depth(), path))
                    {
                        let message = io_error.map_or_else(|| error.to_string(), |e| e.to_string());
                        skip(path, SkipReason::Unreadable(message));
                    }
                    continue;
                }
            };
            let path = entry.path();
            if entry.file_type().is_dir() {
                // Two links to one folder would list its articles twice, under two ids.
                match path.canonicalize() {
                    Ok(canonical) => {
                        if !walked_dirs.insert(canonical) {
                            skip(path, SkipReason::SymlinkLoop);
                            walk.skip_current_dir();
                        }
                    }
                    Err(error) => {
                        skip(path, SkipReason::Unreadable(error.to_string()));
                        walk.skip_current_dir();
                    }
                }
            } else if has_article_extension(path) && !is_housekeeping_file(entry.depth(), path) {
                if entry.file_type().is_file() {
                    ids.push(self.id_of(path));
                } else {
                    // A named pipe or device would block or never end when read.
                    skip(path, SkipReason::Unreadable("not a regular file".into()));
                }
            }
        }
        ids.sort();
        skipped.sort_by(|a, b| a.id.cmp(&b.id));
        (ids, skipped)
    }

    fn id_of(&self, path: &Path) -> String {
        id_of(&self.root, path)
    }

    /// Reads and parses one article by id.
    pub fn read(&self, id: &str) -> Result<Article, SkipReason> {
        read_article_file(&self.root, id)
    }

    /// Loads every article on `threads` threads (at least one), reporting each as it is done.
    /// Events arrive from worker threads in no particular order, one per article. An article
    /// whose first line may be a masthead or a headline is held back until enough first lines
    /// are counted to tell (see [`Mastheads`]), at the latest until the end of the load.
    pub fn load_with(&self, threads: usize, on_event: impl Fn(LoadEvent) + Sync) {
        let (ids, walk_skipped) = self.discover();
        on_event(LoadEvent::Discovered { total: ids.len() });
        for skipped in walk_skipped {
            on_event(LoadEvent::Skipped(skipped));
        }
        let deliver = |id: &str, result: Result<Article, SkipReason>| match result {
            // What the caller does with an article (extraction, indexing) may panic on it
            // too: that skips this one file, not the archive.
            Ok(article) => {
                let handled = contain_panic(|| on_event(LoadEvent::Loaded(Box::new(article))));
                if let Err(message) = handled {
                    on_event(LoadEvent::Skipped(Skipped {
                        id: id.to_owned(),
                        reason: SkipReason::Failed(message),
                    }));
                }
            }
            Err(reason) => on_event(LoadEvent::Skipped(Skipped {
                id: id.to_owned(),
                reason,
            })),
        };
        let first_lines = FirstLines::default();
        on_threads(threads, &ids, |id| {
            let mastheads = first_lines.mastheads();
            let article = match read_article_in(&path_of(&self.root, id), id, &mastheads) {
                Ok(article) => article,
                Err(reason) => return deliver(id, Err(reason)),
            };
            let Some(first_line) = undecided_first_line(&article.text) else {
                return deliver(id, Ok(article));
            };
            if let Counted::Masthead {
                mastheads: now,
                released,
            } = first_lines.count(first_line.clone(), id)
            {
                // Parsed before the line was known to repeat: parse it again.
                let article = if mastheads.contains(&first_line) {
                    Ok(article)
                } else {
                    reparse(article, &now)
                };
                deliver(id, article);
                for held in released {
                    deliver(
                        &held,
                        read_article_in(&path_of(&self.root, &held), &held, &now),
                    );
                }
            }
        });
        // First lines seen fewer times than a masthead is: headlines after all.
        let (mastheads, held) = first_lines.finish();
        on_threads(threads, &held, |id| {
            deliver(
                id,
                read_article_in(&path_of(&self.root, id), id, &mastheads),
            );
        });
        remember(&self.root, mastheads);
    }

    /// Loads the whole archive and returns the metadata of every article, sorted by id.
    pub fn load_all(&self) -> LoadReport {
        let report = Mutex::new(LoadReport::default());
        self.load_with(default_threads(), |event| {
            let mut report = report.lock().unwrap_or_else(|e| e.into_inner());
            match event {
                LoadEvent::Discovered { .. } => {}
                LoadEvent::Loaded(article) => report.articles.push(article.meta()),
                LoadEvent::Skipped(skipped) => report.skipped.push(skipped),
            }
        });
        let mut report = report.into_inner().unwrap_or_else(|e| e.into_inner());
        report.articles.sort_by(|a, b| a.id.cmp(&b.id));
        report.skipped.sort_by(|a, b| a.id.cmp(&b.id));
        report
    }
}

/// Runs `work` on every item, on `threads` threads (at least one).
fn on_threads(threads: usize, items: &[String], work: impl Fn(&String) + Sync) {
    let next = AtomicUsize::new(0);
    let threads = threads.clamp(1, items.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                while let Some(item) = items.get(next.fetch_add(1, Ordering::Relaxed)) {
                    work(item);
                }
            });
        }
    });
}

/// The article parsed again as one of an archive with these mastheads, keeping how its file
/// was read.
fn reparse(article: Article, mastheads: &Mastheads) -> Result<Article, SkipReason> {
    let mut again = contain_panic(|| parse_article_in(&article.id, &article.text, mastheads))
        .map_err(SkipReason::Failed)?;
    again.warnings = article.warnings;
    again.decoded_as = article.decoded_as;
    Ok(again)
}

/// The label-shaped first lines counted so far while loading, and the articles held back
/// because of them.
#[derive(Default)]
struct FirstLines {
    state: Mutex<FirstLineState>,
}

#[derive(Default)]
struct FirstLineState {
    counts: HashMap<String, usize>,
    /// By first line: the ids of articles waiting for it to repeat or not.
    held: HashMap<String, Vec<String>>,
    mastheads: Arc<Mastheads>,
}

enum Counted {
    /// The article waits: its first line may yet turn out to be a masthead.
    Held,
    /// The first line is a masthead: send the article, and the ones held for it.
    Masthead {
        mastheads: Arc<Mastheads>,
        released: Vec<String>,
    },
}

impl FirstLines {
    fn lock(&self) -> std::sync::MutexGuard<'_, FirstLineState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn mastheads(&self) -> Arc<Mastheads> {
        self.lock().mastheads.clone()
    }

    /// Counts article `id`'s undecided first line.
    fn count(&self, first_line: String, id: &str) -> Counted {
        let mut state = self.lock();
        let count = state.counts.entry(first_line.clone()).or_default();
        *count += 1;
        if *count < REPEATS_FOR_MASTHEAD {
            state
                .held
                .entry(first_line)
                .or_default()
                .push(id.to_owned());
            return Counted::Held;
        }
        if *count == REPEATS_FOR_MASTHEAD {
            let mut learnt = Mastheads::clone(&state.mastheads);
            learnt.learn(first_line.clone());
            state.mastheads = Arc::new(learnt);
        }
        Counted::Masthead {
            mastheads: state.mastheads.clone(),
            released: state.held.remove(&first_line).unwrap_or_default(),
        }
    }

    /// What was learnt, and the ids still held (sorted, so the rest of the load runs in
    /// order).
    fn finish(self) -> (Arc<Mastheads>, Vec<String>) {
        let state = self.state.into_inner().unwrap_or_else(|e| e.into_inner());
        let mut held: Vec<String> = state.held.into_values().flatten().collect();
        held.sort();
        (state.mastheads, held)
    }
}

/// The number of worker threads that pays for loading on this machine.
pub fn default_threads() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

fn is_hidden(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|name| name.to_string_lossy().starts_with('.'))
}

/// Whether following links met a loop ("too many levels of symbolic links").
pub(crate) fn is_symlink_loop(error: &std::io::Error) -> bool {
    #[cfg(unix)]
    {
        error.raw_os_error() == Some(libc::ELOOP)
    }
    #[cfg(not(unix))]
    {
        let _ = error;
        false
    }
}

/// A README, LICENSE (or LICENCE), COPYING or NOTICE file at the root (`depth` 1), whatever
/// its case and extension: the archive's own paperwork. Deeper down such a name is an article
/// like any other, as a folder of articles about notices may well hold.
fn is_housekeeping_file(depth: usize, path: &Path) -> bool {
    const NAMES: [&str; 5] = ["readme", "license", "licence", "copying", "notice"];
    depth == 1
        && path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .is_some_and(|stem| NAMES.iter().any(|name| stem.eq_ignore_ascii_case(name)))
}

fn has_article_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
}

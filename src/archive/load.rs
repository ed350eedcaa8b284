//! Walking an archive folder and reading its files, tolerating every kind of bad input.

use super::contain::contain_panic;
use super::read::{MAX_ARTICLE_BYTES, read_article_file};
use super::{Article, ArticleMeta, id_of};
use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
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
    /// Events arrive from worker threads in no particular order.
    pub fn load_with(&self, threads: usize, on_event: impl Fn(LoadEvent) + Sync) {
        let (ids, walk_skipped) = self.discover();
        on_event(LoadEvent::Discovered { total: ids.len() });
        for skipped in walk_skipped {
            on_event(LoadEvent::Skipped(skipped));
        }
        let next = AtomicUsize::new(0);
        let threads = threads.clamp(1, ids.len().max(1));
        std::thread::scope(|scope| {
            for _ in 0..threads {
                scope.spawn(|| {
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        let Some(id) = ids.get(index) else { break };
                        match self.read(id) {
                            // What the caller does with an article (extraction, indexing)
                            // may panic on it too: that skips this one file, not the archive.
                            Ok(article) => {
                                let handled = contain_panic(|| {
                                    on_event(LoadEvent::Loaded(Box::new(article)))
                                });
                                if let Err(message) = handled {
                                    on_event(LoadEvent::Skipped(Skipped {
                                        id: id.clone(),
                                        reason: SkipReason::Failed(message),
                                    }));
                                }
                            }
                            Err(reason) => on_event(LoadEvent::Skipped(Skipped {
                                id: id.clone(),
                                reason,
                            })),
                        }
                    }
                });
            }
        });
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

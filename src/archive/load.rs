//! Walking an archive folder and reading its files, tolerating every kind of bad input.

use super::contain::contain_panic;
use super::read::{MAX_ARTICLE_BYTES, read_article_file};
use super::{Article, ArticleMeta, id_of};
use std::collections::HashSet;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

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
    pub fn discover(&self) -> (Vec<String>, Vec<Skipped>) {
        let mut ids = Vec::new();
        let mut skipped = Vec::new();
        let mut visited_dirs = HashSet::new();
        if let Ok(canonical) = self.root.canonicalize() {
            visited_dirs.insert(canonical);
        }
        self.walk(&self.root, &mut visited_dirs, &mut ids, &mut skipped);
        ids.sort();
        skipped.sort_by(|a, b| a.id.cmp(&b.id));
        (ids, skipped)
    }

    fn walk(
        &self,
        dir: &Path,
        visited_dirs: &mut HashSet<PathBuf>,
        ids: &mut Vec<String>,
        skipped: &mut Vec<Skipped>,
    ) {
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(error) => {
                skipped.push(Skipped {
                    id: self.id_of(dir),
                    reason: SkipReason::Unreadable(error.to_string()),
                });
                return;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            // `metadata` follows links, so a dangling link or a loop shows up here.
            let meta = match std::fs::metadata(&path) {
                Ok(meta) => meta,
                Err(error) => {
                    if has_article_extension(&path) || error.raw_os_error() == Some(40) {
                        let reason = if error.raw_os_error() == Some(40) {
                            SkipReason::SymlinkLoop
                        } else {
                            SkipReason::Unreadable(error.to_string())
                        };
                        skipped.push(Skipped {
                            id: self.id_of(&path),
                            reason,
                        });
                    }
                    continue;
                }
            };
            if meta.is_dir() {
                match path.canonicalize() {
                    Ok(canonical) if !visited_dirs.contains(&canonical) => {
                        visited_dirs.insert(canonical);
                        self.walk(&path, visited_dirs, ids, skipped)
                    }
                    Ok(_) => skipped.push(Skipped {
                        id: self.id_of(&path),
                        reason: SkipReason::SymlinkLoop,
                    }),
                    Err(error) => skipped.push(Skipped {
                        id: self.id_of(&path),
                        reason: SkipReason::Unreadable(error.to_string()),
                    }),
                }
            } else if has_article_extension(&path) {
                if meta.is_file() {
                    ids.push(self.id_of(&path));
                } else {
                    // A named pipe or device would block or never end when read.
                    skipped.push(Skipped {
                        id: self.id_of(&path),
                        reason: SkipReason::Unreadable("not a regular file".into()),
                    });
                }
            }
        }
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

fn has_article_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("md"))
}

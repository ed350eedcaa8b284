//! Which first lines are mastheads ("Caravanserai") rather than headlines ("Newcastle 2-1
//! Bolton"): the short label shape alone cannot tell them apart.
//!
//! A first line is a masthead when it is known (assets/mastheads.txt) or when it is the first
//! line of at least [`REPEATS_FOR_MASTHEAD`] articles of the archive: a publication prints its
//! name atop every article, a headline is printed once. The decision is per archive, but no
//! article waits for a pass over the whole archive: the loader counts first lines as it reads
//! (see `load.rs`), holds back the few articles whose label-shaped first line it has not yet
//! decided, and sends them once the count decides. What the loader learnt is remembered per
//! archive folder for this process, so that an article opened later by id (the reader's
//! article pane) agrees with the list; one opened without a load (`gazette show`) knows only
//! the listed mastheads.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, LazyLock, RwLock};

/// How many articles must open with the same line for it to be the archive's masthead.
pub const REPEATS_FOR_MASTHEAD: usize = 3;

static KNOWN: LazyLock<HashSet<String>> = LazyLock::new(|| {
    crate::text::data_lines(include_str!("../../assets/mastheads.txt"))
        .map(str::to_lowercase)
        .collect()
});

/// The first lines one archive repeats, besides the known mastheads.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Mastheads {
    repeated: HashSet<String>,
}

impl Mastheads {
    /// Whether `line` (one trimmed line) is a masthead in this archive.
    pub fn contains(&self, line: &str) -> bool {
        let key = line.to_lowercase();
        KNOWN.contains(&key) || self.repeated.contains(&key)
    }

    pub(super) fn learn(&mut self, key: String) {
        self.repeated.insert(key);
    }
}

/// The name in a wire credit printed on its own line at an article's foot ("The Canadian
/// Press", "— AFP", "(Reuters)"), if `line` is one: a known masthead, set off by a dash or
/// brackets or not at all. Its byte range in `line`.
pub(super) fn foot_credit(line: &str) -> Option<std::ops::Range<usize>> {
    let opened = line.trim_start_matches(['—', '–', '-', '(', '[', ' ']);
    let name = opened.trim_end_matches([')', ']', '.', ' ']);
    let start = line.len() - opened.len();
    (!name.is_empty() && KNOWN.contains(&name.to_lowercase())).then(|| start..start + name.len())
}

/// The key under which a first line is counted: the same for "DAILY BUGLE" and "Daily Bugle".
pub(super) fn key_of(line: &str) -> String {
    line.to_lowercase()
}

/// The mastheads learnt for each archive folder, by the path it was loaded under.
static LEARNT: LazyLock<RwLock<HashMap<PathBuf, Arc<Mastheads>>>> = LazyLock::new(Default::default);

/// Remembers what loading the archive at `root` learnt.
pub(super) fn remember(root: &Path, mastheads: Arc<Mastheads>) {
    let mut learnt = LEARNT.write().unwrap_or_else(|e| e.into_inner());
    if let Ok(canonical) = root.canonicalize() {
        learnt.insert(canonical, mastheads.clone());
    }
    learnt.insert(root.to_path_buf(), mastheads);
}

/// The mastheads of the archive at `root`: what its last load learnt, else the known ones.
pub(super) fn learnt_for(root: &Path) -> Arc<Mastheads> {
    let learnt = LEARNT.read().unwrap_or_else(|e| e.into_inner());
    if learnt.is_empty() {
        return Arc::default();
    }
    learnt
        .get(root)
        .or_else(|| root.canonicalize().ok().and_then(|c| learnt.get(&c)))
        .cloned()
        .unwrap_or_default()
}

//! What survives a restart: the last open article, where each article was scrolled to, and
//! which articles have been read. Kept per archive, in
//! `$XDG_STATE_HOME/gazette/reading/<archive key>.json`.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleState {
    /// The char offset of the first text shown: survives a change of pane width.
    #[serde(default)]
    pub scroll_anchor: usize,
    #[serde(default)]
    pub read: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadingState {
    #[serde(default)]
    pub last_article: Option<String>,
    #[serde(default)]
    pub articles: BTreeMap<String, ArticleState>,
}

impl ReadingState {
    pub fn is_read(&self, id: &str) -> bool {
        self.articles.get(id).is_some_and(|a| a.read)
    }

    pub fn mark_read(&mut self, id: &str) {
        self.articles.entry(id.to_owned()).or_default().read = true;
    }

    pub fn scroll_anchor(&self, id: &str) -> Option<usize> {
        self.articles
            .get(id)
            .map(|a| a.scroll_anchor)
            .filter(|a| *a > 0)
    }

    pub fn set_scroll_anchor(&mut self, id: &str, anchor: usize) {
        self.articles
            .entry(id.to_owned())
            .or_default()
            .scroll_anchor = anchor;
    }

    /// Reads the state file; a missing file is a fresh start, a damaged one is reported and
    /// moved aside (`.bad`) so that it is not overwritten and lost.
    pub fn load(path: &Path) -> (ReadingState, Option<String>) {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return (ReadingState::default(), None);
            }
            Err(e) => {
                return (
                    ReadingState::default(),
                    Some(format!("{}: cannot be read ({e})", path.display())),
                );
            }
        };
        match serde_json::from_str(&text) {
            Ok(state) => (state, None),
            Err(e) => {
                let aside = path.with_extension("json.bad");
                let _ = std::fs::rename(path, &aside);
                (
                    ReadingState::default(),
                    Some(format!(
                        "{}: damaged ({e}); kept as {} and started afresh",
                        path.display(),
                        aside.display()
                    )),
                )
            }
        }
    }

    /// Writes the state atomically: a temporary file in the same folder, synced, then renamed.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        let json = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        crate::durable::write_atomically(path, json.as_bytes())
    }
}

/// The archive's reading state file under `$XDG_STATE_HOME` (else `~/.local/state`).
pub fn reading_state_path(archive: &Path) -> Option<PathBuf> {
    Some(reading_state_file(&state_dir()?, archive))
}

/// `<state dir>/gazette/reading/<archive key>.json`: one per archive, so that reading one
/// archive does not replace where another was left.
pub fn reading_state_file(state_dir: &Path, archive: &Path) -> PathBuf {
    state_dir
        .join("gazette")
        .join("reading")
        .join(format!("{}.json", crate::archive::archive_key(archive)))
}

/// The one file of earlier versions, for all archives: read when an archive has none yet.
pub fn shared_reading_state_path() -> Option<PathBuf> {
    Some(state_dir()?.join("gazette").join("reading.json"))
}

fn state_dir() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    etcetera::base_strategy::Xdg::new().ok()?.state_dir()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_and_loads_atomically() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/reading.json");
        let mut state = ReadingState {
            last_article: Some("b.txt".into()),
            ..Default::default()
        };
        state.mark_read("a.txt");
        state.set_scroll_anchor("b.txt", 120);
        state.save(&path).unwrap();
        let (loaded, warning) = ReadingState::load(&path);
        assert_eq!(warning, None);
        assert_eq!(loaded, state);
        let leftovers: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(leftovers, ["reading.json"]);
    }

    #[test]
    fn a_damaged_file_is_kept_aside_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reading.json");
        std::fs::write(&path, "{not json").unwrap();
        let (state, warning) = ReadingState::load(&path);
        assert_eq!(state, ReadingState::default());
        assert!(warning.unwrap().contains("damaged"));
        assert!(dir.path().join("reading.json.bad").exists());
    }
}

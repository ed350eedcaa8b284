//! The notes file: one JSON document, saved at once on every change, merged under a lock.

use super::{Note, NoteKind, TextQuoteSelector, clock};
use crate::durable::{self, FileSystem, StdFileSystem};
use crate::span::Span;
use serde::Deserialize;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// The notes file format this gazette writes and the newest it can read.
pub const SCHEMA_VERSION: u32 = 1;

/// Why a notes operation did not happen. The message says what went wrong, not what to type:
/// each front end (the CLI, the reader) adds its own advice.
#[derive(Debug, thiserror::Error)]
pub enum NotesError {
    /// The notes file exists but cannot be used; it is kept as it is and nothing is written.
    #[error("notes are read-only: {0}")]
    ReadOnly(String),
    /// Reading or writing a file failed; nothing was changed.
    #[error("notes not saved: cannot {action} {}: {source}", path.display())]
    Io {
        /// What was being done to `path`: "write", "move", "create", "open", "lock".
        action: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    /// Setting the notes file aside was asked for while it reads fine.
    #[error("notes not saved: the notes file is readable; nothing to set aside")]
    NothingToSetAside,
    #[error("notes not saved: cannot encode them as JSON: {0}")]
    Encode(#[source] serde_json::Error),
    #[error("no note with id {0}")]
    NotFound(String),
    #[error("cannot note this passage: a note with id {0} already exists")]
    DuplicateId(String),
    #[error(
        "cannot note this passage: passage {span} is empty or outside the article (0..{char_len})"
    )]
    BadPassage { span: Span, char_len: usize },
    /// A file given to import is not JSON.
    #[error("cannot import: not valid JSON ({0})")]
    ImportNotJson(#[source] serde_json::Error),
    /// A file given to import is JSON but not notes.
    #[error("cannot import: {0}")]
    BadImport(String),
    /// There is no home folder to keep the notes file in.
    #[error("cannot find where to keep notes ({0})")]
    NoHome(#[source] etcetera::HomeDirError),
}

impl NotesError {
    fn io(action: &'static str, path: &Path) -> impl FnOnce(io::Error) -> NotesError {
        let path = path.to_path_buf();
        move |source| NotesError::Io {
            action,
            path,
            source,
        }
    }
}

/// `$XDG_DATA_HOME/gazette/notes.json`, else `~/.local/share/gazette/notes.json`, on every OS
/// (terminal users on macOS expect XDG paths, not `~/Library/Application Support`).
pub fn default_notes_path() -> Result<PathBuf, NotesError> {
    use etcetera::base_strategy::{BaseStrategy, Xdg};
    let xdg = Xdg::new().map_err(NotesError::NoHome)?;
    Ok(xdg.data_dir().join("gazette").join("notes.json"))
}

/// What an import changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub added: usize,
    pub updated: usize,
    /// Already present in the same or a newer version.
    pub unchanged: usize,
}

/// The notes file's content once read.
struct Parsed {
    notes: Vec<Note>,
    /// Entries that are not notes this gazette understands: kept and written back verbatim.
    unreadable: Vec<Value>,
    /// The file's other top-level fields (a newer gazette's `settings`), written back as read.
    extra: Map<String, Value>,
}

/// Every bookmark and annotation, backed by one JSON file.
///
/// Each change is written at once (see [`durable::write_durably`]) while holding an exclusive
/// lock on `FILE.lock`, after merging in whatever other processes wrote since: notes are merged
/// by id and the newer `updated` wins; deletions stay as tombstones so a merge cannot bring a
/// deleted note back. If the file cannot be parsed the store is read-only and never writes it.
pub struct NotesStore {
    path: PathBuf,
    /// Live notes and tombstones.
    notes: Vec<Note>,
    unreadable: Vec<Value>,
    /// Top-level fields of the file this gazette does not know, kept.
    extra: Map<String, Value>,
    read_only: Option<String>,
    file_system: Arc<dyn FileSystem>,
    /// Leftovers of writers that died mid-save are cleared at this store's first save only:
    /// they pile up only when a process dies, not on every keystroke's save.
    stale_temp_files_cleared: AtomicBool,
}

impl NotesStore {
    /// Opens the notes file at `path` (it need not exist yet). Never fails: a file that cannot
    /// be read or parsed makes the store read-only, with the reason in [`Self::read_only_reason`].
    pub fn open(path: impl Into<PathBuf>) -> NotesStore {
        NotesStore::open_with(path, Arc::new(StdFileSystem))
    }

    /// [`Self::open`] with the write steps given, so tests can make them fail.
    pub fn open_with(path: impl Into<PathBuf>, file_system: Arc<dyn FileSystem>) -> NotesStore {
        let mut store = NotesStore {
            path: path.into(),
            notes: Vec::new(),
            unreadable: Vec::new(),
            extra: Map::new(),
            read_only: None,
            file_system,
            stale_temp_files_cleared: AtomicBool::new(false),
        };
        let _ = store.reload();
        store
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Why notes cannot be saved, if they cannot.
    pub fn read_only_reason(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    /// How many entries of the file could not be read as notes (kept, not lost).
    pub fn unreadable_count(&self) -> usize {
        self.unreadable.len()
    }

    /// Every live note, by article then position.
    pub fn notes(&self) -> Vec<&Note> {
        let mut live: Vec<&Note> = self.notes.iter().filter(|note| !note.deleted).collect();
        live.sort_by(|a, b| {
            (&a.article, a.position.start, &a.created).cmp(&(
                &b.article,
                b.position.start,
                &b.created,
            ))
        });
        live
    }

    /// The live notes of one article, by position.
    pub fn notes_for_article(&self, article: &str) -> Vec<&Note> {
        let mut notes: Vec<&Note> = self
            .notes
            .iter()
            .filter(|note| !note.deleted && note.article == article)
            .collect();
        notes.sort_by_key(|note| (note.position.start, note.position.end));
        notes
    }

    pub fn get(&self, id: &str) -> Option<&Note> {
        self.notes
            .iter()
            .find(|note| note.id == id && !note.deleted)
    }

    /// Every note including tombstones of deleted ones, as the file holds them.
    pub fn all_including_deleted(&self) -> &[Note] {
        &self.notes
    }

    /// Saves a new note (made with [`Note::new`]).
    pub fn add(&mut self, note: Note) -> Result<Note, NotesError> {
        self.change(|notes| {
            if notes.iter().any(|existing| existing.id == note.id) {
                return Err(NotesError::DuplicateId(note.id.clone()));
            }
            notes.push(note.clone());
            Ok(note)
        })
    }

    /// Replaces a note's text.
    pub fn edit(&mut self, id: &str, text: &str) -> Result<Note, NotesError> {
        self.change(|notes| {
            let note = live_mut(notes, id)?;
            note.text = text.to_string();
            note.updated = clock::later_than(note.updated);
            Ok(note.clone())
        })
    }

    /// Moves every note of article `from` to article `to` (the file was renamed or moved),
    /// in one save. Returns how many notes moved.
    pub fn relink(&mut self, from: &str, to: &str) -> Result<usize, NotesError> {
        self.change(|notes| {
            let mut moved = 0;
            for note in notes.iter_mut().filter(|note| note.article == from) {
                note.article = to.to_string();
                note.updated = clock::later_than(note.updated);
                moved += usize::from(!note.deleted);
            }
            Ok(moved)
        })
    }

    /// Turns a bookmark into an annotation or back (`a` on a bookmarked passage).
    pub fn set_kind(&mut self, id: &str, kind: NoteKind) -> Result<Note, NotesError> {
        self.change(|notes| {
            let note = live_mut(notes, id)?;
            note.kind = kind;
            note.updated = clock::later_than(note.updated);
            Ok(note.clone())
        })
    }

    /// Deletes a note and returns it as it was, so the session can undo with [`Self::restore`].
    pub fn delete(&mut self, id: &str) -> Result<Note, NotesError> {
        self.change(|notes| {
            let note = live_mut(notes, id)?;
            let before = note.clone();
            note.deleted = true;
            // Deleted means deleted: the tombstone keeps only what merging needs. Undo uses
            // the note returned here.
            note.text.clear();
            note.quote = TextQuoteSelector::default();
            note.extra.clear();
            note.updated = clock::later_than(note.updated);
            Ok(before)
        })
    }

    /// Points a note at `span` of the article's current text (quote, context, position and
    /// hash taken afresh): to re-place an orphan where the reader says it belongs, or to
    /// confirm a passage that was found by quote after the article changed.
    pub fn retarget(
        &mut self,
        id: &str,
        article_text: &str,
        span: Span,
    ) -> Result<Note, NotesError> {
        let fresh = Note::new(NoteKind::Bookmark, "", article_text, span, "")?;
        self.change(|notes| {
            let note = live_mut(notes, id)?;
            note.article_hash = fresh.article_hash;
            note.quote = TextQuoteSelector {
                extra: std::mem::take(&mut note.quote.extra),
                ..fresh.quote
            };
            note.position = fresh.position;
            note.updated = clock::later_than(note.updated);
            Ok(note.clone())
        })
    }

    /// Brings back a deleted note (undo), with a fresh `updated` time so that it wins over its
    /// tombstone in every merge.
    pub fn restore(&mut self, note: Note) -> Result<Note, NotesError> {
        self.change(|notes| {
            let mut restored = note;
            restored.deleted = false;
            match notes.iter_mut().find(|existing| existing.id == restored.id) {
                Some(existing) => {
                    restored.updated = clock::later_than(existing.updated);
                    *existing = restored.clone();
                }
                None => {
                    restored.updated = clock::later_than(restored.updated);
                    notes.push(restored.clone());
                }
            }
            Ok(restored)
        })
    }

    /// Merges notes from elsewhere (an export, another machine's file) by id, newer winning.
    /// Their context is cut to what gazette itself saves ([`TextQuoteSelector::cap_context`]).
    pub fn import(&mut self, mut incoming: Vec<Note>) -> Result<ImportReport, NotesError> {
        for note in &mut incoming {
            note.quote.cap_context();
        }
        self.change(|notes| Ok(merge_notes(notes, incoming)))
    }

    /// Reads the file again and merges what other processes saved. If the file has become
    /// unreadable the store turns read-only; if it has become readable again, writable.
    pub fn reload(&mut self) -> Result<(), NotesError> {
        match self.read_file() {
            Ok(parsed) => {
                self.read_only = None;
                self.merge_in(parsed);
                Ok(())
            }
            Err(mut reason) => {
                if self.notes.is_empty() {
                    reason.push_str(&self.show_previous_version());
                }
                self.read_only = Some(reason.clone());
                Err(NotesError::ReadOnly(reason))
            }
        }
    }

    /// While the notes file is unreadable, shows (read-only) the notes of its previous version,
    /// `FILE.old`, if that one reads. Returns what to add to the read-only reason.
    fn show_previous_version(&mut self) -> String {
        let backup = durable::backup_path(&self.resolved_path());
        let Ok(bytes) = std::fs::read(&backup) else {
            return String::new();
        };
        let Ok(parsed) = parse_notes_file(&bytes) else {
            return String::new();
        };
        self.merge_in(parsed);
        let live = self.notes.iter().filter(|note| !note.deleted).count();
        format!(
            ". Showing the {live} notes of the previous version, {}",
            backup.display()
        )
    }

    /// The reader's way out of read-only mode: renames the unreadable file to
    /// `FILE.unreadable-TIMESTAMP` (nothing is deleted) and starts a new notes file with the
    /// notes shown while read-only (those of `FILE.old` if the file was unreadable from the
    /// start). Returns where the unreadable file went.
    pub fn set_aside_unreadable_file(&mut self) -> Result<PathBuf, NotesError> {
        if self.read_only.is_none() {
            return Err(NotesError::NothingToSetAside);
        }
        let stamp: String = clock::format(clock::now())
            .chars()
            .filter(|ch| ch.is_ascii_alphanumeric())
            .collect();
        // The file a link points at is set aside, not the link.
        let unreadable = self.resolved_path();
        let aside = durable::with_suffix(&unreadable, &format!(".unreadable-{stamp}"));
        let _lock = self.lock()?;
        std::fs::rename(&unreadable, &aside).map_err(NotesError::io("move", &unreadable))?;
        self.read_only = None;
        if !self.notes.is_empty() || !self.unreadable.is_empty() {
            let bytes = serialize_file(&self.notes, &self.unreadable, &self.extra)?;
            durable::write_durably(self.file_system.as_ref(), &self.path, &bytes)
                .map_err(NotesError::io("write", &self.path))?;
        }
        Ok(aside)
    }

    /// Applies `edit` to the merged state of memory and disk, saves it, and only then makes it
    /// the store's state: a failed save changes nothing.
    fn change<T>(
        &mut self,
        edit: impl FnOnce(&mut Vec<Note>) -> Result<T, NotesError>,
    ) -> Result<T, NotesError> {
        if let Some(reason) = &self.read_only {
            return Err(NotesError::ReadOnly(reason.clone()));
        }
        let _lock = self.lock()?;
        let on_disk = match self.read_file() {
            Ok(parsed) => parsed,
            Err(reason) => {
                self.read_only = Some(reason.clone());
                return Err(NotesError::ReadOnly(reason));
            }
        };
        let mut notes = self.notes.clone();
        let mut unreadable = self.unreadable.clone();
        let mut extra = self.extra.clone();
        merge_notes(&mut notes, on_disk.notes);
        for value in on_disk.unreadable {
            if !unreadable.contains(&value) {
                unreadable.push(value);
            }
        }
        // What is on disk now is the newest word of whoever wrote those fields.
        extra.extend(on_disk.extra);
        let outcome = edit(&mut notes)?;
        let bytes = serialize_file(&notes, &unreadable, &extra)?;
        durable::write_durably(self.file_system.as_ref(), &self.path, &bytes)
            .map_err(NotesError::io("write", &self.path))?;
        self.notes = notes;
        self.unreadable = unreadable;
        self.extra = extra;
        Ok(outcome)
    }

    fn merge_in(&mut self, parsed: Parsed) {
        merge_notes(&mut self.notes, parsed.notes);
        self.extra.extend(parsed.extra);
        for value in parsed.unreadable {
            if !self.unreadable.contains(&value) {
                self.unreadable.push(value);
            }
        }
    }

    /// An exclusive lock on the sidecar `FILE.lock`, held until the returned file is dropped.
    /// A sidecar because the notes file itself is replaced by rename on every save; next to
    /// the file the path resolves to, so that processes reaching one file by different paths
    /// (a link and its target) take the same lock. Whoever holds it also clears what writers
    /// that died mid-save left behind.
    fn lock(&self) -> Result<File, NotesError> {
        let folder_of = |path: &Path| {
            path.parent()
                .filter(|parent| !parent.as_os_str().is_empty())
                .map(Path::to_path_buf)
        };
        // The folder first, so that the resolved path is spelled canonically.
        if let Some(parent) = folder_of(&self.resolved_path()) {
            std::fs::create_dir_all(&parent).map_err(NotesError::io("create", &parent))?;
        }
        let resolved = self.resolved_path();
        let lock_path = durable::lock_path(&resolved);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(NotesError::io("open", &lock_path))?;
        file.lock().map_err(NotesError::io("lock", &lock_path))?;
        if !self.stale_temp_files_cleared.swap(true, Ordering::Relaxed) {
            durable::remove_stale_temp_files(&resolved);
        }
        Ok(file)
    }

    /// The notes file itself, symbolic links followed; the path as given if they cannot be
    /// (a link loop: reading it then fails with the reason).
    fn resolved_path(&self) -> PathBuf {
        durable::resolve_links(&self.path).unwrap_or_else(|_| self.path.clone())
    }

    /// The file's notes; a missing file is an empty one. `Err` says why the file is unusable.
    fn read_file(&self) -> Result<Parsed, String> {
        match std::fs::read(&self.path) {
            Ok(bytes) => parse_notes_file(&bytes).map_err(|problem| {
                format!(
                    "{} {problem}; it is kept unchanged (the previous version, if any, is {}). \
                     Fix or move the file to save notes again",
                    self.path.display(),
                    durable::backup_path(&self.resolved_path()).display()
                )
            }),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(Parsed {
                notes: Vec::new(),
                unreadable: Vec::new(),
                extra: Map::new(),
            }),
            Err(error) => Err(format!("cannot read {}: {error}", self.path.display())),
        }
    }
}

/// Reads notes from the bytes of a notes file (or an export in our JSON format).
pub fn parse_notes(bytes: &[u8]) -> Result<Vec<Note>, NotesError> {
    parse_notes_file(bytes)
        .map(|parsed| parsed.notes)
        .map_err(NotesError::BadImport)
}

fn parse_notes_file(bytes: &[u8]) -> Result<Parsed, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err("is empty".into());
    }
    let document: Value =
        serde_json::from_slice(bytes).map_err(|error| format!("is not valid JSON ({error})"))?;
    let Some(object) = document.as_object() else {
        return Err("is not a gazette notes file (expected a JSON object)".into());
    };
    let version = object
        .get("schema_version")
        .and_then(Value::as_u64)
        .ok_or("is not a gazette notes file (no schema_version)")?;
    if version > u64::from(SCHEMA_VERSION) {
        return Err(format!(
            "was written by a newer gazette (schema {version}; this one reads up to {SCHEMA_VERSION})"
        ));
    }
    let entries = match object.get("notes") {
        Some(Value::Array(entries)) => entries.as_slice(),
        None => &[],
        Some(_) => return Err("is not a gazette notes file (notes is not a list)".into()),
    };
    let mut parsed = Parsed {
        notes: Vec::new(),
        unreadable: Vec::new(),
        extra: object
            .iter()
            .filter(|(key, _)| !WRITTEN_FIELDS.contains(&key.as_str()))
            .map(|(key, value)| (key.clone(), value.clone()))
            .collect(),
    };
    for entry in entries {
        match Note::deserialize(entry) {
            Ok(mut note) => {
                // The position is only a hint for finding the quote; one that runs backwards
                // (edited by hand, another tool) is dropped, and the quote finds the passage.
                if note.position.start > note.position.end {
                    note.position = Span::default();
                }
                parsed.notes.push(note);
            }
            Err(_) => parsed.unreadable.push(entry.clone()),
        }
    }
    Ok(parsed)
}

/// The top-level fields every save writes afresh; any other is kept as read.
const WRITTEN_FIELDS: [&str; 3] = ["schema_version", "generator", "notes"];

/// The notes file's bytes: our notes, then the entries we could not read, verbatim.
pub fn serialize(notes: &[Note], unreadable: &[Value]) -> Result<Vec<u8>, NotesError> {
    serialize_file(notes, unreadable, &Map::new())
}

/// [`serialize`] with the file's other top-level fields, `extra`, kept.
fn serialize_file(
    notes: &[Note],
    unreadable: &[Value],
    extra: &Map<String, Value>,
) -> Result<Vec<u8>, NotesError> {
    #[derive(serde::Serialize)]
    #[serde(untagged)]
    enum Entry<'n> {
        Note(&'n Note),
        Unreadable(&'n Value),
    }
    #[derive(serde::Serialize)]
    struct NotesFile<'n> {
        schema_version: u32,
        generator: &'static str,
        notes: Vec<Entry<'n>>,
        #[serde(flatten)]
        extra: &'n Map<String, Value>,
    }
    let document = NotesFile {
        schema_version: SCHEMA_VERSION,
        generator: concat!("gazette ", env!("CARGO_PKG_VERSION")),
        notes: notes
            .iter()
            .map(Entry::Note)
            .chain(unreadable.iter().map(Entry::Unreadable))
            .collect(),
        extra,
    };
    let mut bytes = serde_json::to_vec_pretty(&document).map_err(NotesError::Encode)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Puts each incoming note into `notes`: added if its id is new, replacing the present version
/// if it is newer (at equal times a tombstone wins, so a delete is never undone by accident).
fn merge_notes(notes: &mut Vec<Note>, incoming: Vec<Note>) -> ImportReport {
    let mut position_of: HashMap<String, usize> = notes
        .iter()
        .enumerate()
        .map(|(position, note)| (note.id.clone(), position))
        .collect();
    let key = |note: &Note| (note.updated, note.deleted);
    let mut report = ImportReport::default();
    for note in incoming {
        match position_of.get(&note.id) {
            None => {
                position_of.insert(note.id.clone(), notes.len());
                notes.push(note);
                report.added += 1;
            }
            Some(&position) if key(&note) > key(&notes[position]) => {
                notes[position] = note;
                report.updated += 1;
            }
            Some(_) => report.unchanged += 1,
        }
    }
    report
}

fn live_mut<'n>(notes: &'n mut [Note], id: &str) -> Result<&'n mut Note, NotesError> {
    notes
        .iter_mut()
        .find(|note| note.id == id && !note.deleted)
        .ok_or_else(|| NotesError::NotFound(id.to_string()))
}

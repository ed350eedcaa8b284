//! The notes file never loses a note: failed writes, corrupt files, two stores at once.

use gazette::notes::{FileSystem, Note, NoteKind, NotesError, NotesStore, StdFileSystem};
use gazette::span::Span;
use std::io;
use std::path::Path;
use std::sync::Arc;

const ARTICLE: &str = "The council met on Monday. The mayor resigned after a long row \
over the budget. Officials said a vote would follow next week.";

fn note_on(article: &str, passage: &str, text: &str) -> Note {
    let start = ARTICLE.find(passage).expect("passage in article");
    let span = Span::new(start, start + passage.len());
    let kind = if text.is_empty() {
        NoteKind::Bookmark
    } else {
        NoteKind::Annotation
    };
    Note::new(kind, article, ARTICLE, span, text).unwrap()
}

/// Writes everything normally except that every rename fails, as a crash between writing the
/// temp file and renaming it would leave things.
struct FailingRename;

impl FileSystem for FailingRename {
    fn rename(&self, _from: &Path, _to: &Path) -> io::Result<()> {
        Err(io::Error::other("simulated failure before rename"))
    }
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_write_interrupted_before_the_rename_leaves_the_old_file_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let mut store = NotesStore::open(&path);
    let kept = store
        .add(note_on("a.txt", "The mayor resigned", "check this"))
        .unwrap();
    let before = std::fs::read(&path).unwrap();

    let mut failing = NotesStore::open_with(&path, Arc::new(FailingRename));
    assert_eq!(failing.notes().len(), 1);
    let error = failing
        .add(note_on("a.txt", "a vote would follow", ""))
        .unwrap_err();
    assert!(matches!(error, NotesError::Io { .. }), "{error:?}");
    assert!(error.to_string().contains("simulated failure"), "{error}");

    assert_eq!(std::fs::read(&path).unwrap(), before, "old file changed");
    assert_eq!(
        failing.notes().len(),
        1,
        "a failed save must not pretend to have saved"
    );
    let leftovers: Vec<String> = files_in(dir.path())
        .into_iter()
        .filter(|name| name.contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "temp files left: {leftovers:?}");

    let reopened = NotesStore::open(&path);
    let ids: Vec<&str> = reopened.notes().iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, vec![kept.id.as_str()]);
}

#[test]
fn every_save_keeps_the_previous_version_as_old() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let mut store = NotesStore::open_with(&path, Arc::new(StdFileSystem));
    store.add(note_on("a.txt", "The council met", "")).unwrap();
    let first = std::fs::read(&path).unwrap();
    store
        .add(note_on("a.txt", "The mayor resigned", "why?"))
        .unwrap();
    assert_eq!(
        std::fs::read(dir.path().join("notes.json.old")).unwrap(),
        first
    );
    assert_eq!(NotesStore::open(&path).notes().len(), 2);
}

#[test]
fn a_corrupt_notes_file_is_kept_not_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let corrupt = b"{\"schema_version\": 1, \"notes\": [ {\"id\": \"x\", trunc";
    std::fs::write(&path, corrupt).unwrap();

    let mut store = NotesStore::open(&path);
    let reason = store.read_only_reason().expect("read-only").to_string();
    assert!(reason.contains("not valid JSON"), "{reason}");
    assert!(reason.contains("kept unchanged"), "{reason}");

    let error = store.add(note_on("a.txt", "The mayor", "")).unwrap_err();
    assert!(matches!(error, NotesError::ReadOnly(_)), "{error:?}");
    assert_eq!(std::fs::read(&path).unwrap(), corrupt);
    assert!(!dir.path().join("notes.json.old").exists());

    // The reader decides: set the file aside (not deleted) and carry on.
    let aside = store.set_aside_unreadable_file().unwrap();
    assert_eq!(std::fs::read(&aside).unwrap(), corrupt);
    store.add(note_on("a.txt", "The mayor", "")).unwrap();
    assert_eq!(NotesStore::open(&path).notes().len(), 1);
}

#[test]
fn a_file_from_a_newer_gazette_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let newer = br#"{"schema_version": 99, "notes": []}"#;
    std::fs::write(&path, newer).unwrap();
    let mut store = NotesStore::open(&path);
    assert!(store.read_only_reason().unwrap().contains("newer gazette"));
    assert!(store.add(note_on("a.txt", "The mayor", "")).is_err());
    assert_eq!(std::fs::read(&path).unwrap(), newer);
}

#[test]
fn entries_that_are_not_notes_survive_a_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    std::fs::write(
        &path,
        r#"{"schema_version": 1, "notes": [{"id": "odd", "kind": "sticker"}]}"#,
    )
    .unwrap();
    let mut store = NotesStore::open(&path);
    assert_eq!(store.read_only_reason(), None);
    assert_eq!(store.unreadable_count(), 1);
    store.add(note_on("a.txt", "The mayor", "")).unwrap();
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.contains("\"sticker\""), "{saved}");
    assert_eq!(NotesStore::open(&path).notes().len(), 1);
}

#[test]
fn two_stores_writing_in_turns_keep_both_notes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let mut first = NotesStore::open(&path);
    let mut second = NotesStore::open(&path);

    let one = first.add(note_on("a.txt", "The council met", "")).unwrap();
    // `second` never saw `one`: its save must merge, not overwrite.
    let two = second
        .add(note_on("a.txt", "The mayor resigned", "two"))
        .unwrap();
    let three = first
        .add(note_on("b.txt", "a vote would follow", "three"))
        .unwrap();

    let on_disk = NotesStore::open(&path);
    let mut ids: Vec<&str> = on_disk.notes().iter().map(|n| n.id.as_str()).collect();
    ids.sort();
    let mut expected = vec![one.id.as_str(), two.id.as_str(), three.id.as_str()];
    expected.sort();
    assert_eq!(ids, expected);

    second.reload().unwrap();
    assert_eq!(second.notes().len(), 3);
}

#[test]
fn a_deletion_is_not_resurrected_by_another_stores_merge() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let mut first = NotesStore::open(&path);
    let doomed = first.add(note_on("a.txt", "The council met", "")).unwrap();
    let mut second = NotesStore::open(&path);
    assert!(second.get(&doomed.id).is_some());

    first.delete(&doomed.id).unwrap();
    // `second` still holds the live note in memory when it saves.
    second
        .add(note_on("a.txt", "The mayor resigned", ""))
        .unwrap();

    let on_disk = NotesStore::open(&path);
    assert!(on_disk.get(&doomed.id).is_none(), "deleted note came back");
    assert_eq!(on_disk.notes().len(), 1);
    assert!(second.get(&doomed.id).is_none());
}

#[test]
fn stores_saving_at_the_same_time_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    add_from_two_paths_at_once(&path, &path, 15);
    assert_eq!(NotesStore::open(&path).notes().len(), 30);
}

#[test]
fn edit_delete_and_undo() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let mut store = NotesStore::open(&path);
    let note = store
        .add(note_on("a.txt", "The mayor resigned", "first"))
        .unwrap();

    let edited = store.edit(&note.id, "second\nline two").unwrap();
    assert_eq!(edited.first_line(), "second");
    assert!(edited.updated > note.updated);

    let promoted = store.set_kind(&note.id, NoteKind::Bookmark).unwrap();
    assert_eq!(promoted.kind, NoteKind::Bookmark);
    assert_eq!(
        NotesStore::open(&path).get(&note.id).unwrap().kind,
        NoteKind::Bookmark
    );

    let removed = store.delete(&note.id).unwrap();
    assert_eq!(removed.text, "second\nline two");
    assert!(store.notes().is_empty());
    assert!(NotesStore::open(&path).notes().is_empty());
    assert!(matches!(
        store.edit(&note.id, "x"),
        Err(NotesError::NotFound(_))
    ));

    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(
        saved.contains(&note.id),
        "a tombstone stays so merges do not resurrect it"
    );
    assert!(
        !saved.contains("line two"),
        "a deleted note's text is gone from the file"
    );

    store.restore(removed).unwrap();
    let reopened = NotesStore::open(&path);
    assert_eq!(reopened.get(&note.id).unwrap().text, "second\nline two");
    assert_eq!(reopened.notes_for_article("a.txt").len(), 1);
}

#[test]
fn import_merges_by_id_and_newer_wins() {
    let dir = tempfile::tempdir().unwrap();
    let mut mine = NotesStore::open(dir.path().join("mine.json"));
    let mut theirs = NotesStore::open(dir.path().join("theirs.json"));
    let shared = mine
        .add(note_on("a.txt", "The council met", "old"))
        .unwrap();
    theirs.import(vec![shared.clone()]).unwrap();
    let newer = theirs.edit(&shared.id, "new").unwrap();
    let only_theirs = theirs.add(note_on("b.txt", "a vote", "")).unwrap();
    let only_mine = mine.add(note_on("a.txt", "The mayor", "")).unwrap();

    let incoming: Vec<Note> = theirs.notes().into_iter().cloned().collect();
    let report = mine.import(incoming.clone()).unwrap();
    assert_eq!((report.added, report.updated, report.unchanged), (1, 1, 0));
    assert_eq!(mine.get(&shared.id).unwrap().text, newer.text);
    assert!(mine.get(&only_theirs.id).is_some());
    assert!(mine.get(&only_mine.id).is_some());

    let again = mine.import(incoming).unwrap();
    assert_eq!((again.added, again.updated, again.unchanged), (0, 0, 2));
    assert_eq!(
        NotesStore::open(dir.path().join("mine.json")).notes().len(),
        3
    );
}

#[test]
fn a_missing_folder_is_created_on_first_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep/er/notes.json");
    let mut store = NotesStore::open(&path);
    assert_eq!(store.read_only_reason(), None);
    store.add(note_on("a.txt", "The mayor", "")).unwrap();
    assert!(path.exists());
}

#[test]
fn retarget_moves_a_note_to_a_new_passage() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = NotesStore::open(dir.path().join("notes.json"));
    let note = store
        .add(note_on("a.txt", "The mayor resigned", "why?"))
        .unwrap();
    let edited = ARTICLE.replace("The mayor resigned", "The mayor, Ann Lee, quit");
    let start = edited.find("The mayor, Ann Lee, quit").unwrap();
    let moved = store
        .retarget(&note.id, &edited, Span::new(start, start + 24))
        .unwrap();
    assert_eq!(moved.quote.exact, "The mayor, Ann Lee, quit");
    assert_eq!(moved.quote.prefix, "The council met on Monday. ");
    assert_eq!(moved.article_hash, gazette::notes::hash::text_hash(&edited));
    assert_eq!(moved.text, "why?");
    assert_eq!(
        gazette::notes::Anchorer::new(&edited).locate(&moved),
        gazette::notes::Anchor::Position(moved.position)
    );
}

#[test]
fn a_corrupt_file_shows_the_previous_version_read_only_and_recovers_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let mut store = NotesStore::open(&path);
    let first = store.add(note_on("a.txt", "The council met", "")).unwrap();
    let second = store.add(note_on("a.txt", "The mayor", "")).unwrap();
    // The file is damaged after the second save; notes.json.old holds the first save.
    std::fs::write(&path, b"\0\0\0garbage").unwrap();

    let mut damaged = NotesStore::open(&path);
    let reason = damaged.read_only_reason().unwrap().to_string();
    assert!(reason.contains("previous version"), "{reason}");
    let shown: Vec<&str> = damaged.notes().iter().map(|n| n.id.as_str()).collect();
    assert_eq!(shown, vec![first.id.as_str()]);
    assert!(damaged.add(note_on("a.txt", "a vote", "")).is_err());

    let aside = damaged.set_aside_unreadable_file().unwrap();
    assert_eq!(std::fs::read(&aside).unwrap(), b"\0\0\0garbage");
    let recovered = NotesStore::open(&path);
    assert_eq!(recovered.read_only_reason(), None);
    assert!(recovered.get(&first.id).is_some());
    assert!(
        recovered.get(&second.id).is_none(),
        "only what .old held can come back"
    );
}

fn add_from_two_paths_at_once(first: &Path, second: &Path, each: usize) {
    let start = Arc::new(std::sync::Barrier::new(2));
    let writers: Vec<_> = [first.to_path_buf(), second.to_path_buf()]
        .into_iter()
        .enumerate()
        .map(|(writer, path)| {
            let start = Arc::clone(&start);
            std::thread::spawn(move || {
                let mut store = NotesStore::open(&path);
                start.wait();
                for n in 0..each {
                    store
                        .add(note_on("a.txt", "The mayor", &format!("{writer}-{n}")))
                        .unwrap();
                }
            })
        })
        .collect();
    for writer in writers {
        writer.join().unwrap();
    }
}

#[cfg(unix)]
#[test]
fn a_symlinked_notes_path_shares_the_lock_with_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("dotfiles/notes.json");
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    let link = dir.path().join("notes.json");
    std::os::unix::fs::symlink("dotfiles/notes.json", &link).unwrap();
    NotesStore::open(&target)
        .add(note_on("a.txt", "The council met", ""))
        .unwrap();

    add_from_two_paths_at_once(&link, &target, 50);

    assert_eq!(NotesStore::open(&target).notes().len(), 101);
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[cfg(unix)]
#[test]
fn a_dangling_symlink_notes_path_is_saved_to_the_file_it_names() {
    let dir = tempfile::tempdir().unwrap();
    let link = dir.path().join("notes.json");
    // Both the file and its folder are yet to be made (a fresh dotfiles checkout).
    std::os::unix::fs::symlink("dotfiles/gazette/notes.json", &link).unwrap();
    let mut store = NotesStore::open(&link);
    assert_eq!(store.read_only_reason(), None);
    let note = store.add(note_on("a.txt", "The mayor", "kept")).unwrap();

    let target = dir.path().join("dotfiles/gazette/notes.json");
    assert!(NotesStore::open(&target).get(&note.id).is_some());
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link stays a link"
    );
    store.add(note_on("a.txt", "a vote", "")).unwrap();
    assert_eq!(NotesStore::open(&link).notes().len(), 2);
}

#[test]
fn fields_gazette_does_not_know_survive_its_saves() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let mut seed = NotesStore::open(&path);
    let tagged = seed.add(note_on("a.txt", "The council met", "x")).unwrap();
    // A newer gazette (or another tool) adds fields this one does not know.
    let mut document: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    document["settings"] = serde_json::json!({"sort": "by-date"});
    document["notes"][0]["tags"] = serde_json::json!(["budget", "mayor"]);
    document["notes"][0]["quote"]["language"] = serde_json::json!("en");
    std::fs::write(&path, serde_json::to_vec(&document).unwrap()).unwrap();

    let mut store = NotesStore::open(&path);
    store.add(note_on("a.txt", "The mayor", "")).unwrap();
    store.edit(&tagged.id, "edited").unwrap();

    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(saved["settings"], serde_json::json!({"sort": "by-date"}));
    let note = saved["notes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|note| note["id"] == tagged.id.as_str())
        .unwrap();
    assert_eq!(note["tags"], serde_json::json!(["budget", "mayor"]));
    assert_eq!(note["quote"]["language"], "en");
    assert_eq!(note["text"], "edited");
}

/// Dies (panics, so no clean-up code runs) at the `die_at`th step of a save, as a process
/// killed at that instant would; counts the steps otherwise.
struct DiesAtStep {
    steps: std::sync::atomic::AtomicUsize,
    die_at: usize,
}

impl DiesAtStep {
    fn new(die_at: usize) -> Self {
        DiesAtStep {
            steps: std::sync::atomic::AtomicUsize::new(0),
            die_at,
        }
    }

    fn step(&self) {
        let step = self.steps.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        if step == self.die_at {
            panic!("killed at step {step}");
        }
    }
}

impl FileSystem for DiesAtStep {
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.step();
        std::fs::rename(from, to)
    }
    fn sync_file(&self, file: &std::fs::File) -> io::Result<()> {
        self.step();
        file.sync_all()
    }
    fn hard_link(&self, original: &Path, link: &Path) -> io::Result<()> {
        self.step();
        std::fs::hard_link(original, link)
    }
    fn copy(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.step();
        std::fs::copy(from, to).map(drop)
    }
    fn remove_file(&self, path: &Path) -> io::Result<()> {
        self.step();
        std::fs::remove_file(path)
    }
}

fn notes_in_file(path: &Path) -> Option<usize> {
    let bytes = std::fs::read(path).ok()?;
    gazette::notes::parse_notes(&bytes).ok().map(|n| n.len())
}

#[test]
fn a_save_killed_at_any_step_leaves_the_notes_a_valid_backup_and_no_litter() {
    let counted = Arc::new(DiesAtStep::new(usize::MAX));
    {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.json");
        let mut store = NotesStore::open(&path);
        store.add(note_on("a.txt", "The council met", "")).unwrap();
        store.add(note_on("a.txt", "The mayor", "")).unwrap();
        let mut counting = NotesStore::open_with(&path, counted.clone());
        counting.add(note_on("a.txt", "a vote", "")).unwrap();
    }
    let steps = counted.steps.load(std::sync::atomic::Ordering::SeqCst);
    assert!(steps >= 2, "a save has steps to die at: {steps}");

    for die_at in 0..steps {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.json");
        let backup = dir.path().join("notes.json.old");
        let mut store = NotesStore::open(&path);
        store.add(note_on("a.txt", "The council met", "")).unwrap();
        store.add(note_on("a.txt", "The mayor", "")).unwrap();

        let mut dying = NotesStore::open_with(&path, Arc::new(DiesAtStep::new(die_at)));
        let killed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            dying.add(note_on("a.txt", "a vote", "")).ok();
        }));
        assert!(killed.is_err(), "the save did not reach step {die_at}");

        let current = notes_in_file(&path);
        assert!(
            matches!(current, Some(2 | 3)),
            "killed at step {die_at}: notes.json holds {current:?}"
        );
        let previous = notes_in_file(&backup);
        assert!(
            matches!(previous, Some(1 | 2)),
            "killed at step {die_at}: notes.json.old holds {previous:?}"
        );

        // The next save, in a live process, clears what the dead one left behind.
        NotesStore::open(&path)
            .add(note_on("b.txt", "The council met", ""))
            .unwrap();
        let litter: Vec<String> = files_in(dir.path())
            .into_iter()
            .filter(|name| name.contains(".tmp-"))
            .collect();
        assert!(litter.is_empty(), "killed at step {die_at}: {litter:?}");
        assert!(notes_in_file(&backup).is_some());
    }
}

#[cfg(unix)]
#[test]
fn temp_files_of_dead_or_long_gone_writers_are_removed_by_the_next_save() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    NotesStore::open(&path)
        .add(note_on("a.txt", "The council met", ""))
        .unwrap();
    let mut finished = std::process::Command::new("true").spawn().unwrap();
    let dead_pid = finished.id();
    finished.wait().unwrap();
    let mut running = std::process::Command::new("sleep")
        .arg("30")
        .spawn()
        .unwrap();
    let live_pid = running.id();

    let dead = dir.path().join(format!(".notes.json.tmp-{dead_pid}-0"));
    let live_but_ancient = dir.path().join(format!(".notes.json.tmp-{live_pid}-1"));
    let live_and_fresh = dir.path().join(format!(".notes.json.tmp-{live_pid}-2"));
    let someone_elses = dir.path().join(format!(".other.json.tmp-{dead_pid}-0"));
    for file in [&dead, &live_but_ancient, &live_and_fresh, &someone_elses] {
        std::fs::write(file, vec![b'x'; 4096]).unwrap();
    }
    let two_days_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(2 * 86_400);
    std::fs::File::options()
        .write(true)
        .open(&live_but_ancient)
        .unwrap()
        .set_modified(two_days_ago)
        .unwrap();

    NotesStore::open(&path)
        .add(note_on("a.txt", "The mayor", ""))
        .unwrap();
    running.kill().unwrap();
    running.wait().unwrap();

    assert!(!dead.exists(), "a dead writer's temp file stays");
    assert!(!live_but_ancient.exists(), "a two-day-old temp file stays");
    assert!(
        live_and_fresh.exists(),
        "a live writer's fresh temp file went"
    );
    assert!(someone_elses.exists(), "another file's temp file went");
    assert_eq!(NotesStore::open(&path).notes().len(), 2);
}

/// A notes file holding `notes` as JSON, each with `created` and `updated` set to `time`.
fn write_notes_with_times(path: &Path, notes: &[(&Note, &str)]) {
    let entries: Vec<serde_json::Value> = notes
        .iter()
        .map(|(note, time)| {
            let mut entry = serde_json::to_value(note).unwrap();
            entry["created"] = (*time).into();
            entry["updated"] = (*time).into();
            entry
        })
        .collect();
    let file = serde_json::json!({"schema_version": 1, "notes": entries});
    std::fs::write(path, serde_json::to_vec_pretty(&file).unwrap()).unwrap();
}

#[test]
fn notes_on_one_passage_are_listed_in_the_order_they_were_made_whatever_the_offset() {
    // Imported notes keep their writer's offset: 10:00 at +05:00 came before 06:00 UTC.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let earlier = note_on("a.txt", "The mayor", "first");
    let later = note_on("a.txt", "The mayor", "second");
    write_notes_with_times(
        &path,
        &[
            (&later, "2026-01-02T06:00:00.000Z"),
            (&earlier, "2026-01-02T10:00:00+05:00"),
        ],
    );
    let store = NotesStore::open(&path);
    let texts: Vec<&str> = store
        .notes()
        .iter()
        .map(|note| note.text.as_str())
        .collect();
    assert_eq!(texts, ["first", "second"]);
}

#[test]
fn a_note_whose_time_cannot_be_read_is_still_read_and_loses_to_a_dated_copy() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let undated = note_on("a.txt", "The mayor", "undated");
    write_notes_with_times(&path, &[(&undated, "last Tuesday")]);
    let mut store = NotesStore::open(&path);
    assert_eq!(store.read_only_reason(), None);
    assert_eq!(store.unreadable_count(), 0);
    assert_eq!(store.notes().len(), 1);
    let mut dated = undated.clone();
    dated.text = "dated".into();
    store.import(vec![dated]).unwrap();
    assert_eq!(store.get(&undated.id).unwrap().text, "dated");
    assert_eq!(NotesStore::open(&path).notes()[0].text, "dated");
}

#[test]
fn saved_times_keep_the_format_gazette_has_always_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.json");
    let mut store = NotesStore::open(&path);
    store.add(note_on("a.txt", "The mayor", "")).unwrap();
    let saved: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    for field in ["created", "updated"] {
        let time = saved["notes"][0][field].as_str().unwrap();
        let shape: String = time
            .chars()
            .map(|ch| if ch.is_ascii_digit() { '9' } else { ch })
            .collect();
        assert_eq!(shape, "9999-99-99T99:99:99.999Z", "{time}");
    }
}

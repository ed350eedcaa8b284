//! `gazette notes list|export|import` through the built binary, on temp files only.

use gazette::notes::{Note, NoteKind, NotesStore};
use gazette::span::Span;
use std::path::Path;
use std::process::{Command, Output};

const ARTICLE: &str = "Dam talks resume in Dushanbe\n\nBy A. Reporter\n\n\
Engineers from both countries met on Tuesday to review the reservoir's safety.\n\n\
The next round is planned for March.\n";
const PASSAGE: &str = "Engineers from both countries met on Tuesday";

struct Setup {
    _dir: tempfile::TempDir,
    archive: std::path::PathBuf,
    notes: std::path::PathBuf,
}

fn setup() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("archive");
    std::fs::create_dir_all(archive.join("asia")).unwrap();
    std::fs::write(archive.join("asia/dam.txt"), ARTICLE).unwrap();
    let notes = dir.path().join("data/notes.json");
    Setup {
        archive,
        notes,
        _dir: dir,
    }
}

fn add_note(notes: &Path, kind: NoteKind, passage: &str, body: &str) -> Note {
    let start = ARTICLE.find(passage).unwrap();
    let note = Note::new(
        kind,
        "asia/dam.txt",
        ARTICLE,
        Span::new(start, start + passage.len()),
        body,
    )
    .unwrap();
    NotesStore::open(notes).add(note).unwrap()
}

fn gazette(setup: &Setup, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gazette"))
        // The index goes to a cache of the tests' own, never the user's.
        .env(
            "XDG_CACHE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/xdg-cache"),
        )
        .env_remove("GAZETTE_INDEX")
        .arg("--archive")
        .arg(&setup.archive)
        .arg("--notes")
        .arg(&setup.notes)
        .args(args)
        .env_remove("GAZETTE_NOTES")
        .env_remove("GAZETTE_ARCHIVE")
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn list_shows_each_note_with_its_anchor() {
    let setup = setup();
    let annotation = add_note(
        &setup.notes,
        NoteKind::Annotation,
        PASSAGE,
        "Who attended?\nsecond line",
    );
    let bookmark = add_note(&setup.notes, NoteKind::Bookmark, "planned for March", "");

    let text = stdout(&gazette(&setup, &["notes", "list"]));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2, "{text}");
    assert!(lines[0].starts_with(&annotation.id), "{text}");
    assert!(lines[0].contains("annotation") && lines[0].contains("position"));
    assert!(lines[0].contains(&format!("\"{PASSAGE}\"")));
    assert!(lines[0].ends_with("Who attended?"), "{text}");
    assert!(lines[1].starts_with(&bookmark.id) && lines[1].contains("bookmark"));

    let json: serde_json::Value =
        serde_json::from_str(&stdout(&gazette(&setup, &["notes", "list", "--json"]))).unwrap();
    let items = json.as_array().unwrap();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["id"], annotation.id.as_str());
    assert_eq!(items[0]["quote"]["exact"], PASSAGE);
    assert_eq!(items[0]["anchor"]["status"], "position");
    assert_eq!(items[0]["anchor"]["start"], annotation.position.start);
}

#[test]
fn export_markdown_follows_the_article_as_it_changes() {
    let setup = setup();
    add_note(&setup.notes, NoteKind::Annotation, PASSAGE, "Who attended?");

    let markdown = stdout(&gazette(&setup, &["notes", "export", "--format", "md"]));
    assert!(markdown.starts_with("# Notes\n"), "{markdown}");
    assert!(
        markdown.contains("\n## Dam talks resume in Dushanbe\n\n`asia/dam.txt`\n"),
        "{markdown}"
    );
    assert!(
        markdown.contains(&format!("> {PASSAGE}\n\nWho attended?\n")),
        "{markdown}"
    );
    assert!(!markdown.contains("orphaned"));

    // The passage disappears from the article: the note stays, marked orphaned.
    std::fs::write(
        setup.archive.join("asia/dam.txt"),
        ARTICLE.replace(PASSAGE, "Nobody came"),
    )
    .unwrap();
    let markdown = stdout(&gazette(&setup, &["notes", "export", "--format", "md"]));
    assert!(markdown.contains(&format!("> {PASSAGE}\n")), "{markdown}");
    assert!(markdown.contains("orphaned"), "{markdown}");
    let list = stdout(&gazette(&setup, &["notes", "list"]));
    assert!(list.contains("orphaned"), "{list}");
}

#[test]
fn export_json_then_import_merges_by_id() {
    let setup = setup();
    let first = add_note(&setup.notes, NoteKind::Annotation, PASSAGE, "one");
    let exported = setup.notes.with_file_name("export.json");
    let out = gazette(
        &setup,
        &[
            "notes",
            "export",
            "--format",
            "json",
            "--output",
            exported.to_str().unwrap(),
        ],
    );
    stdout(&out);

    // A second notes file with a note of its own imports the export.
    let other = Setup {
        _dir: tempfile::tempdir().unwrap(),
        archive: setup.archive.clone(),
        notes: setup.notes.with_file_name("other.json"),
    };
    let second = add_note(&other.notes, NoteKind::Bookmark, "planned for March", "");
    let report = stdout(&gazette(
        &other,
        &["notes", "import", exported.to_str().unwrap()],
    ));
    assert!(
        report.contains("1 added, 0 updated, 0 already up to date"),
        "{report}"
    );
    let merged = NotesStore::open(&other.notes);
    assert!(merged.get(&first.id).is_some() && merged.get(&second.id).is_some());

    let again = stdout(&gazette(
        &other,
        &["notes", "import", exported.to_str().unwrap()],
    ));
    assert!(
        again.contains("0 added, 0 updated, 1 already up to date"),
        "{again}"
    );
}

#[test]
fn export_w3c_is_json_ld() {
    let setup = setup();
    add_note(&setup.notes, NoteKind::Annotation, PASSAGE, "Who attended?");
    let json: serde_json::Value = serde_json::from_str(&stdout(&gazette(
        &setup,
        &["notes", "export", "--format", "w3c"],
    )))
    .unwrap();
    assert_eq!(json["type"], "AnnotationCollection");
    assert_eq!(
        json["first"]["items"][0]["target"]["source"],
        "asia/dam.txt"
    );
}

#[test]
fn a_corrupt_notes_file_is_reported_and_left_alone() {
    let setup = setup();
    std::fs::create_dir_all(setup.notes.parent().unwrap()).unwrap();
    std::fs::write(&setup.notes, b"not json at all").unwrap();
    let import_file = setup.notes.with_file_name("in.json");
    std::fs::write(&import_file, br#"{"schema_version": 1, "notes": []}"#).unwrap();

    let output = gazette(&setup, &["notes", "import", import_file.to_str().unwrap()]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("read-only") && stderr.contains("not valid JSON"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&setup.notes).unwrap(), b"not json at all");

    let list = gazette(&setup, &["notes", "list"]);
    assert!(list.status.success());
    assert!(String::from_utf8_lossy(&list.stderr).contains("kept unchanged"));
}

#[test]
fn importing_something_that_is_not_notes_fails_clearly() {
    let setup = setup();
    let bogus = setup.archive.join("asia/dam.txt");
    let output = gazette(&setup, &["notes", "import", bogus.to_str().unwrap()]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cannot import"), "{stderr}");
    assert!(!setup.notes.exists(), "nothing should have been written");
}

#[test]
fn the_default_location_honours_xdg_data_home() {
    let setup = setup();
    let data_home = setup.notes.parent().unwrap().join("xdg");
    add_note(
        &data_home.join("gazette/notes.json"),
        NoteKind::Bookmark,
        PASSAGE,
        "",
    );
    let output = Command::new(env!("CARGO_BIN_EXE_gazette"))
        // The index goes to a cache of the tests' own, never the user's.
        .env(
            "XDG_CACHE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/xdg-cache"),
        )
        .env_remove("GAZETTE_INDEX")
        .args([
            "--archive",
            setup.archive.to_str().unwrap(),
            "notes",
            "list",
        ])
        .env_remove("GAZETTE_NOTES")
        .env("XDG_DATA_HOME", &data_home)
        .output()
        .unwrap();
    assert!(stdout(&output).contains("bookmark"));
}

#[test]
fn gazette_notes_environment_variable_picks_the_file() {
    let setup = setup();
    add_note(&setup.notes, NoteKind::Annotation, PASSAGE, "from env");
    let output = Command::new(env!("CARGO_BIN_EXE_gazette"))
        // The index goes to a cache of the tests' own, never the user's.
        .env(
            "XDG_CACHE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/xdg-cache"),
        )
        .env_remove("GAZETTE_INDEX")
        .args([
            "--archive",
            setup.archive.to_str().unwrap(),
            "notes",
            "list",
        ])
        .env("GAZETTE_NOTES", &setup.notes)
        .output()
        .unwrap();
    assert!(stdout(&output).contains("from env"));
}

#[test]
fn relink_moves_notes_after_the_article_file_is_renamed() {
    let setup = setup();
    let note = add_note(&setup.notes, NoteKind::Annotation, PASSAGE, "kept");
    std::fs::create_dir_all(setup.archive.join("central-asia")).unwrap();
    std::fs::rename(
        setup.archive.join("asia/dam.txt"),
        setup.archive.join("central-asia/dam-talks.txt"),
    )
    .unwrap();

    let dry = stdout(&gazette(&setup, &["notes", "relink", "--dry-run"]));
    assert!(
        dry.contains("would move") && dry.contains("asia/dam.txt -> central-asia/dam-talks.txt"),
        "{dry}"
    );
    assert_eq!(
        NotesStore::open(&setup.notes)
            .get(&note.id)
            .unwrap()
            .article,
        "asia/dam.txt"
    );

    stdout(&gazette(&setup, &["notes", "relink"]));
    let moved = NotesStore::open(&setup.notes);
    assert_eq!(
        moved.get(&note.id).unwrap().article,
        "central-asia/dam-talks.txt"
    );
    let list = stdout(&gazette(&setup, &["notes", "list"]));
    assert!(list.contains("position"), "{list}");
}

#[test]
fn relink_says_notes_are_read_only_and_changes_nothing() {
    let setup = setup();
    std::fs::create_dir_all(setup.notes.parent().unwrap()).unwrap();
    std::fs::write(&setup.notes, b"{ not json").unwrap();
    for args in [
        &["notes", "relink"][..],
        &["notes", "relink", "--dry-run"][..],
    ] {
        let output = gazette(&setup, args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{args:?} succeeded: {stderr}");
        assert!(
            stderr.contains("read-only") && stderr.contains("not valid JSON"),
            "{args:?}: {stderr}"
        );
        assert_eq!(std::fs::read(&setup.notes).unwrap(), b"{ not json");
    }
}

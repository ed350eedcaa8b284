//! Everything the CLI prints, through the real binary: a closed stdout ends a command quietly,
//! and nothing from an untrusted archive or notes file reaches the terminal raw.

use gazette::notes::{Note, NoteKind, NotesStore, SCHEMA_VERSION};
use gazette::span::Span;
use serde_json::{Value, json};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const BUNDLED_ARTICLE: &str = "004_b7b415f8c511073a.txt";

/// A file name that writes the clipboard (OSC 52), retitles the terminal (OSC 0), and hides
/// or reorders what follows (C1 CSI, right-to-left override, zero-width space).
const HOSTILE_NAME: &str =
    "evil\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}]0;owned\u{7}\u{1b}[2J\u{9b}31m\u{202e}\u{200b}.txt";

const HOSTILE_ARTICLE: &str = "Talks \u{1b}]0;retitled\u{7}in Tash\u{202e}kent\u{200b} \u{1b}[31mresume\n\n\
By Aida\u{9b}31m Karim\n\n\
TASHKENT\u{1b}]52;c;ZXZpbA==\u{7} -- Uzbek President Shavkat Mirziyoyev\u{200b} met Kazakh \
President Kassym-Jomart Tokayev\u{202e} in Astana on March 12, 2024 to discuss the \
Shanghai\u{9b}2J Cooperation Organisation summit.\n\n\
\"We will act\u{1b}[2J together\u{202e} against\u{200b} every threat,\" Mirziyoyev\u{202e} said.\n";

/// The passage the hostile note quotes.
const PASSAGE: &str = "Uzbek President Shavkat Mirziyoyev\u{200b} met";

fn gazette() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_gazette"));
    command
        // The index goes to a cache of the tests' own, never the user's.
        .env(
            "XDG_CACHE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/xdg-cache"),
        )
        .env_remove("GAZETTE_INDEX")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("GAZETTE_ARCHIVE")
        .env_remove("GAZETTE_NOTES");
    command
}

fn char_span(text: &str, passage: &str) -> Span {
    let byte = text.find(passage).expect("the passage is in the text");
    let start = text[..byte].chars().count();
    Span::new(start, start + passage.chars().count())
}

/// Chars a terminal must never receive from untrusted data: every control char but the line
/// break and tab the output is laid out with, and the invisible bidi / zero-width formats.
fn unsafe_chars(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && c != '\t')
                || gazette::text::is_invisible_format(c)
                || matches!(c, '\u{202e}' | '\u{200b}' | '\u{9b}' | '\u{1b}')
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// A closed stdout (`gazette … | head`)

/// A temp notes file with one note on a bundled article.
fn bundled_notes(dir: &Path) -> PathBuf {
    let text = std::fs::read_to_string(Path::new("articles").join(BUNDLED_ARTICLE))
        .or_else(|_| {
            std::fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR"))
                    .join("articles")
                    .join(BUNDLED_ARTICLE),
            )
        })
        .unwrap();
    let passage: String = text.chars().skip(10).take(30).collect();
    let note = Note::new(
        NoteKind::Annotation,
        BUNDLED_ARTICLE,
        &text,
        char_span(&text, &passage),
        "worth a look",
    )
    .unwrap();
    let path = dir.join("notes.json");
    NotesStore::open(&path).add(note).unwrap();
    path
}

#[test]
fn a_closed_stdout_ends_every_command_quietly_with_status_0() {
    let dir = tempfile::tempdir().unwrap();
    let notes = bundled_notes(dir.path());
    let notes = notes.to_str().unwrap();
    let export = dir.path().join("export.json");
    std::fs::write(
        &export,
        gazette()
            .args(["--notes", notes, "notes", "export", "--format", "json"])
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let export = export.to_str().unwrap();
    let commands: Vec<Vec<&str>> = vec![
        vec!["list"],
        vec!["list", "--json"],
        vec!["show", BUNDLED_ARTICLE],
        vec!["show", BUNDLED_ARTICLE, "--json"],
        vec!["facts", BUNDLED_ARTICLE],
        vec!["facts", BUNDLED_ARTICLE, "--json"],
        vec!["facts", "--json", "articles"],
        vec!["search", "-n", "100", "Uzbekistan"],
        vec!["search", "-n", "100", "--json", "Uzbekistan"],
        vec!["eval"],
        vec!["eval", "--json"],
        vec!["eval", "--per-article"],
        vec!["notes", "list"],
        vec!["notes", "list", "--json"],
        vec!["notes", "export"],
        vec!["notes", "export", "--format", "json"],
        vec!["notes", "export", "--format", "w3c"],
        vec!["notes", "relink", "--dry-run"],
        vec!["notes", "import", export],
    ];
    for args in commands {
        let run = || {
            let mut command = gazette();
            command
                .args(["--archive", "articles", "--notes", notes])
                .args(&args);
            command
        };
        let normal = run().output().unwrap();
        assert!(
            normal.status.success() && !normal.stdout.is_empty(),
            "{args:?} prints something: {}",
            String::from_utf8_lossy(&normal.stderr)
        );
        let mut child = run()
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes away before the command writes: its first write finds the pipe closed.
        drop(child.stdout.take());
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        let status = child.wait().unwrap();
        assert_eq!(stderr, "", "{args:?} says nothing on a closed pipe");
        assert!(
            status.success(),
            "{args:?} exits 0 on a closed pipe: {status}"
        );
    }
}

#[test]
fn a_reader_that_stops_after_one_line_ends_a_long_listing_quietly() {
    // Longer than any pipe buffer, so the writes outlast the reader.
    let dir = tempfile::tempdir().unwrap();
    for n in 0..2000 {
        std::fs::write(
            dir.path().join(format!("{n:04}.txt")),
            format!("Article number {n} about Uzbekistan\n\nTASHKENT -- Uzbekistan met.\n"),
        )
        .unwrap();
    }
    for args in [vec!["list"], vec!["search", "-n", "5000", "Uzbekistan"]] {
        let mut child = gazette()
            .arg("--archive")
            .arg(dir.path())
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0u8; 16];
        stdout.read_exact(&mut first).unwrap();
        drop(stdout);
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        let status = child.wait().unwrap();
        assert_eq!(stderr, "", "{args:?}");
        assert!(status.success(), "{args:?}: {status}");
    }
}

// ---------------------------------------------------------------------------------------------
// A hostile archive and notes file

struct Hostile {
    _dir: tempfile::TempDir,
    root: PathBuf,
    archive: PathBuf,
    notes: PathBuf,
    gold: PathBuf,
}

fn hostile() -> Hostile {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    let archive = root.join("archive");
    std::fs::create_dir_all(&archive).unwrap();
    std::fs::write(archive.join(HOSTILE_NAME), HOSTILE_ARTICLE).unwrap();
    // Skipped (empty), and decoded with a warning (not UTF-8): both name the file on stderr.
    std::fs::write(archive.join(format!("empty{HOSTILE_NAME}")), "").unwrap();
    let mut latin1 = b"Caf\xe9 talks in Tashkent\n\nUzbekistan met again.\n".to_vec();
    latin1.extend_from_slice("\u{202e}\n".as_bytes());
    std::fs::write(archive.join(format!("latin1{HOSTILE_NAME}")), latin1).unwrap();

    let mut note = Note::new(
        NoteKind::Annotation,
        HOSTILE_NAME,
        HOSTILE_ARTICLE,
        char_span(HOSTILE_ARTICLE, PASSAGE),
        "see \u{1b}]0;retitled\u{7}this\u{202e}\nand\u{9b}2J that\u{200b}",
    )
    .unwrap();
    // Imported notes are untrusted in every field.
    note.id = "note\u{1b}]0;retitled\u{7}\u{9b}1\u{202e}\u{200b}".into();
    let mut note = serde_json::to_value(&note).unwrap();
    // Not times at all: read as unknown, never printed as they are.
    note["created"] = "\u{1b}]0;pwned\u{7}\u{202e}2024-01-01T00:00:00Z".into();
    note["updated"] = "\u{9b}2J\u{200b}2024-01-01T00:00:00Z".into();
    let notes = root.join("notes.json");
    let file = json!({"schema_version": SCHEMA_VERSION, "notes": [note]});
    std::fs::write(&notes, serde_json::to_vec_pretty(&file).unwrap()).unwrap();

    let gold = root.join("gold");
    std::fs::create_dir_all(&gold).unwrap();
    std::fs::write(
        gold.join("hostile.json"),
        serde_json::to_vec(&json!({"article": HOSTILE_NAME})).unwrap(),
    )
    .unwrap();
    Hostile {
        _dir: dir,
        root,
        archive,
        notes,
        gold,
    }
}

impl Hostile {
    fn run(&self, args: &[&str]) -> std::process::Output {
        gazette()
            .current_dir(&self.root)
            .arg("--archive")
            .arg(&self.archive)
            .arg("--notes")
            .arg(&self.notes)
            .args(args)
            .output()
            .unwrap()
    }
}

fn every_command(hostile: &Hostile) -> Vec<Vec<String>> {
    let file = hostile.archive.join(HOSTILE_NAME);
    let strings = |args: &[&str]| args.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    vec![
        strings(&["list"]),
        strings(&["list", "--json"]),
        strings(&["show", HOSTILE_NAME]),
        strings(&["show", HOSTILE_NAME, "--json"]),
        strings(&["show", &format!("missing{HOSTILE_NAME}")]),
        strings(&["facts", HOSTILE_NAME]),
        strings(&["facts", HOSTILE_NAME, "--json"]),
        strings(&["facts", file.to_str().unwrap()]),
        strings(&["facts", "--json", hostile.archive.to_str().unwrap()]),
        strings(&["search", "Mirziyoyev"]),
        strings(&["search", "--json", "Mirziyoyev"]),
        strings(&["search", "talks"]),
        strings(&["search", "--json", "talks"]),
        strings(&["eval", hostile.gold.to_str().unwrap()]),
        strings(&["eval", "--per-article", hostile.gold.to_str().unwrap()]),
        strings(&["eval", "--json", hostile.gold.to_str().unwrap()]),
        strings(&["notes", "list"]),
        strings(&["notes", "list", "--json"]),
        strings(&["notes", "export"]),
        strings(&["notes", "export", "--format", "md"]),
        strings(&["notes", "export", "--format", "json"]),
        strings(&["notes", "export", "--format", "w3c"]),
        strings(&["notes", "relink", "--dry-run"]),
    ]
}

#[test]
fn no_command_prints_a_raw_control_bidi_or_zero_width_char() {
    let hostile = hostile();
    for args in every_command(&hostile) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let output = hostile.run(&args);
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            !stdout.trim().is_empty() || !stderr.trim().is_empty(),
            "{args:?} says something"
        );
        assert_eq!(unsafe_chars(&stdout), [], "stdout of {args:?}:\n{stdout}");
        assert_eq!(unsafe_chars(&stderr), [], "stderr of {args:?}:\n{stderr}");
    }
}

#[test]
fn hostile_file_names_are_shown_visibly_in_search_and_warnings() {
    let hostile = hostile();
    let search = hostile.run(&["search", "Mirziyoyev"]);
    let stdout = String::from_utf8_lossy(&search.stdout);
    assert!(stdout.contains("evil␛]52;c;ZXZpbA==␇"), "{stdout}");
    let stderr = String::from_utf8_lossy(&search.stderr);
    assert!(stderr.contains("skipped empty"), "{stderr}");
    let list = hostile.run(&["list"]);
    let stderr = String::from_utf8_lossy(&list.stderr);
    assert!(
        stderr.contains("latin1evil") && stderr.contains("not valid UTF-8"),
        "{stderr}"
    );
    assert_eq!(unsafe_chars(&stderr), [], "{stderr}");
}

#[test]
fn imported_note_ids_and_dates_are_shown_visibly() {
    let hostile = hostile();
    let list = hostile.run(&["notes", "list"]);
    let stdout = String::from_utf8_lossy(&list.stdout);
    assert!(stdout.starts_with("note"), "{stdout}");
    assert_eq!(unsafe_chars(&stdout), [], "{stdout}");
    let markdown = hostile.run(&["notes", "export"]);
    let stdout = String::from_utf8_lossy(&markdown.stdout);
    assert!(stdout.contains("*annotation, "), "{stdout}");
    assert_eq!(unsafe_chars(&stdout), [], "{stdout}");
}

/// Every JSON string value in `value`.
fn strings_of(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|v| strings_of(v, out)),
        Value::Object(map) => map.iter().for_each(|(k, v)| {
            out.push(k.clone());
            strings_of(v, out)
        }),
        _ => {}
    }
}

#[test]
fn json_escapes_what_the_terminal_must_not_see_and_reads_back_unchanged() {
    let hostile = hostile();
    let cases: [(&[&str], &str); 6] = [
        (&["list", "--json"], "\u{202e}"),
        (&["show", HOSTILE_NAME, "--json"], "\u{9b}"),
        (&["facts", HOSTILE_NAME, "--json"], "\u{200b}"),
        (&["search", "--json", "Mirziyoyev"], "\u{1b}]52"),
        (&["notes", "list", "--json"], "\u{1b}]0;retitled"),
        (&["notes", "export", "--format", "w3c"], "\u{9b}2J"),
    ];
    for (args, raw) in cases {
        let output = hostile.run(args);
        let stdout = String::from_utf8(output.stdout).unwrap();
        assert_eq!(unsafe_chars(&stdout), [], "{args:?}:\n{stdout}");
        let value: Value = serde_json::from_str(&stdout).unwrap();
        let mut strings = Vec::new();
        strings_of(&value, &mut strings);
        assert!(
            strings.iter().any(|s| s.contains(raw)),
            "{args:?}: the data itself is unchanged, {raw:?} is in it"
        );
    }
    let export = hostile.run(&["notes", "export", "--format", "json"]);
    let stdout = String::from_utf8(export.stdout).unwrap();
    assert!(
        stdout.contains("\\u202e") && stdout.contains("\\u009b"),
        "{stdout}"
    );
    let notes = gazette::notes::parse_notes(stdout.as_bytes()).unwrap();
    assert_eq!(
        notes[0].id,
        "note\u{1b}]0;retitled\u{7}\u{9b}1\u{202e}\u{200b}"
    );
}

#[test]
fn facts_text_shows_bidi_and_zero_width_chars_as_the_shared_stand_in() {
    let hostile = hostile();
    let output = hostile.run(&["facts", HOSTILE_NAME]);
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(stdout.contains("Mirziyoyev"), "{stdout}");
    assert!(
        stdout.contains(gazette::text::INVISIBLE_STAND_IN),
        "an invisible char is shown, not hidden or dropped:\n{stdout}"
    );
    assert_eq!(unsafe_chars(&stdout), [], "{stdout}");
}

#[test]
fn a_usage_error_shows_the_offending_argument_visibly() {
    let output = gazette()
        .args(["list", "\u{202e}\u{9b}2Jevil\u{200b}"])
        .output()
        .unwrap();
    assert_eq!(
        output.status.code(),
        Some(2),
        "a usage error, as clap reports it"
    );
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("unexpected argument"), "{stderr}");
    assert!(stderr.contains("evil"), "{stderr}");
    assert_eq!(unsafe_chars(&stderr), [], "{stderr}");
}

#[test]
fn exported_files_are_as_safe_to_print_as_stdout() {
    let hostile = hostile();
    for format in ["md", "json", "w3c"] {
        let file = hostile.root.join(format!("export.{format}"));
        let output = hostile.run(&[
            "notes",
            "export",
            "--format",
            format,
            "--output",
            file.to_str().unwrap(),
        ]);
        assert!(output.status.success(), "{format}");
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.contains("Mirziyoyev"), "{format}: {text}");
        assert_eq!(unsafe_chars(&text), [], "{format}:\n{text}");
    }
}

//! `gazette list` and `gazette show` through the real binary.

use std::process::{Command, Output};

fn gazette(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gazette"))
        // The index goes to a cache of the tests' own, never the user's.
        .env(
            "XDG_CACHE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/xdg-cache"),
        )
        .env_remove("GAZETTE_INDEX")
        .args(args)
        .env_remove("GAZETTE_ARCHIVE")
        .output()
        .expect("gazette runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn list_prints_every_bundled_article_with_its_fields() {
    let output = gazette(&["list"]);
    assert!(output.status.success());
    let text = stdout(&output);
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(
        lines[3],
        [
            "003_bfca926db83a5ef9.txt",
            "2024-04-27",
            "-",
            "-",
            "-",
            "Central Asia's Bold Move: Hosting Major Military Drills sans Russia"
        ]
    );
    assert_eq!(
        lines[2],
        [
            "002_a0b07c0a3bc0e0ce.txt",
            "-",
            "Caravanserai",
            "Maksim Yeniseyev",
            "TASHKENT",
            "Uzbekistan, Kazakhstan step up military co-operation"
        ]
    );
}

#[test]
fn list_json_is_machine_readable() {
    let output = gazette(&["list", "--json"]);
    let articles: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(articles.as_array().unwrap().len(), 5);
    assert_eq!(articles[4]["dateline"], "NUR-SULTAN");
}

#[test]
fn show_json_gives_the_published_date_and_a_clean_body() {
    let output = gazette(&["show", "003_bfca926db83a5ef9.txt", "--json"]);
    assert!(output.status.success());
    let article: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(article["published"]["date"], "2024-04-27");
    assert_eq!(article["published"]["text"], "5:44 PM EDT, April 27, 2024");
    let blocks = article["blocks"].as_array().unwrap();
    assert!(blocks.len() > 5);
    assert!(
        blocks
            .iter()
            .all(|b| !b["text"].as_str().unwrap().contains("Related content"))
    );
    // Ranges are char offsets into the file: the title's range selects the title.
    let text = std::fs::read_to_string("articles/003_bfca926db83a5ef9.txt").unwrap();
    let chars: Vec<char> = text.chars().collect();
    let start = article["title"]["start"].as_u64().unwrap() as usize;
    let end = article["title"]["end"].as_u64().unwrap() as usize;
    let title: String = chars[start..end].iter().collect();
    assert_eq!(title, article["title"]["text"].as_str().unwrap());
}

#[test]
fn errors_say_what_to_do_and_exit_non_zero() {
    let output = gazette(&["--archive", "/no/such/folder", "list"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("does not exist") && stderr.contains("--archive"),
        "{stderr}"
    );

    let output = gazette(&["show", "nope.txt"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("gazette list"), "{stderr}");
}

#[test]
fn the_archive_can_be_set_from_the_environment_and_skips_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("one.txt"),
        "A headline for the test\n\nBody.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("bin.txt"), b"\x00\x01").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_gazette"))
        // The index goes to a cache of the tests' own, never the user's.
        .env(
            "XDG_CACHE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/xdg-cache"),
        )
        .env_remove("GAZETTE_INDEX")
        .arg("list")
        .env("GAZETTE_ARCHIVE", dir.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(stdout(&output).contains("A headline for the test"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("skipped bin.txt: binary file"), "{stderr}");
}

#[test]
fn titles_with_escape_sequences_are_printed_harmlessly() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("evil.txt"),
        "Evil \u{1b}]52;c;aGk=\u{7}headline \u{1b}[2J here\n\nBody.\n",
    )
    .unwrap();
    let output = gazette(&["--archive", dir.path().to_str().unwrap(), "list"]);
    assert!(!output.stdout.contains(&0x1b), "ESC reached stdout");
    assert!(stdout(&output).contains("Evil ␛]52;c;aGk=␇headline ␛[2J here"));
}

/// Runs gazette with at most 1 GB of address space for 20 seconds: a reader that blocks or
/// reads without end fails the test rather than hanging it or exhausting the machine.
fn gazette_bounded(args: &[&std::ffi::OsStr]) -> Output {
    use std::process::Stdio;
    use std::time::{Duration, Instant};
    let mut child = Command::new("sh")
        .arg("-c")
        .arg("ulimit -v 1048576; exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_gazette"))
        .args(args)
        .env(
            "XDG_CACHE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/xdg-cache"),
        )
        .env_remove("GAZETTE_INDEX")
        .env_remove("GAZETTE_ARCHIVE")
        .env_remove("GAZETTE_NOTES")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(20) {
            child.kill().unwrap();
            panic!("gazette {args:?} still running after 20 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// An archive of one good article, a named pipe and a link to /dev/zero, each with a note.
fn archive_with_special_files() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    use gazette::notes::{Note, NoteKind, NotesStore};
    const TEXT: &str = "A good headline for the test\n\nBody text of the article.\n";
    let dir = tempfile::tempdir().unwrap();
    let archive = dir.path().join("archive");
    std::fs::create_dir(&archive).unwrap();
    std::fs::write(archive.join("good.txt"), TEXT).unwrap();
    let status = Command::new("mkfifo")
        .arg(archive.join("pipe.txt"))
        .status()
        .unwrap();
    assert!(status.success());
    std::os::unix::fs::symlink("/dev/zero", archive.join("zero.txt")).unwrap();
    let notes = dir.path().join("notes.json");
    for id in ["good.txt", "pipe.txt", "zero.txt"] {
        let span = gazette::span::Span::new(0, 6);
        let note = Note::new(NoteKind::Annotation, id, TEXT, span, "a note").unwrap();
        NotesStore::open(&notes).add(note).unwrap();
    }
    (dir, archive, notes)
}

#[test]
fn every_command_that_reads_an_article_refuses_pipes_and_devices() {
    let (_dir, archive, notes) = archive_with_special_files();
    let with_archive = |args: &[&str]| {
        let mut all = vec![
            "--archive".as_ref(),
            archive.as_os_str(),
            "--notes".as_ref(),
            notes.as_os_str(),
        ];
        all.extend(args.iter().map(std::ffi::OsStr::new));
        gazette_bounded(&all)
    };
    for special in ["pipe.txt", "zero.txt"] {
        let path = archive.join(special);
        for output in [
            with_archive(&["show", special]),
            with_archive(&["facts", special]),
            with_archive(&["facts", "--json", path.to_str().unwrap()]),
        ] {
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert!(!output.status.success(), "{special}: {stderr}");
            assert!(stderr.contains("not a regular file"), "{special}: {stderr}");
        }
    }
    let folder = with_archive(&["facts", "--json", archive.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&folder.stderr);
    assert!(
        stderr.contains("skipped pipe.txt: cannot be read: not a regular file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("skipped zero.txt: cannot be read: not a regular file"),
        "{stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&folder.stdout).lines().count(), 1);
    for special in ["pipe.txt", "zero.txt"] {
        let path = archive.join(special);
        let import = with_archive(&["notes", "import", path.to_str().unwrap()]);
        let stderr = String::from_utf8_lossy(&import.stderr);
        assert!(!import.status.success(), "import {special}: {stderr}");
        assert!(stderr.contains("not a regular file"), "{special}: {stderr}");
    }
    for args in [&["notes", "list"][..], &["notes", "export"]] {
        let output = with_archive(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{args:?}: {stderr}");
        assert!(String::from_utf8_lossy(&output.stdout).contains("A good headline"));
    }
}

#[test]
fn facts_of_a_folder_report_an_unreadable_subfolder_as_list_does() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.txt"),
        "A headline for the test\n\nBody.\n",
    )
    .unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::fs::write(sub.join("b.txt"), "Another headline here\n\nBody.\n").unwrap();
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read_dir(&sub).is_ok() {
        // Running as root, permissions do not stop reads: a link to itself cannot be read.
        std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::remove_dir_all(&sub).unwrap();
        std::os::unix::fs::symlink("sub", &sub).unwrap();
    }
    let root = dir.path().to_str().unwrap();
    let facts = gazette(&["facts", "--json", root]);
    let list = gazette(&["--archive", root, "list"]);
    std::fs::set_permissions(&sub, std::fs::Permissions::from_mode(0o755)).ok();
    let facts_stderr = String::from_utf8_lossy(&facts.stderr);
    let list_stderr = String::from_utf8_lossy(&list.stderr);
    assert!(
        list_stderr.contains("gazette: skipped sub: "),
        "{list_stderr}"
    );
    assert!(
        facts_stderr.contains("gazette: skipped sub: "),
        "{facts_stderr}"
    );
    assert_eq!(facts.status.code(), list.status.code());
    assert_eq!(stdout(&facts).lines().count(), 1);
}

#[test]
fn show_and_facts_open_a_non_utf8_file_name_by_the_id_list_gives() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir
        .path()
        .join(std::ffi::OsStr::from_bytes(b"Riga \xe9t\xe9.txt"));
    std::fs::write(
        &path,
        "Talks in Riga this summer\n\nNATO met in Riga in June.\n",
    )
    .unwrap();
    let root = dir.path().to_str().unwrap();
    let list = stdout(&gazette(&["--archive", root, "list"]));
    let id = list.split('\t').next().unwrap().to_owned();
    assert!(id.starts_with("Riga \u{fffd}t\u{fffd}"), "{list}");
    let show = stdout(&gazette(&["--archive", root, "show", &id]));
    assert!(show.contains("Talks in Riga this summer"), "{show}");
    let facts = stdout(&gazette(&["--archive", root, "facts", &id]));
    assert!(facts.contains("Riga"), "{facts}");
}

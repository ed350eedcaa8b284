//! `gazette index`, `gazette sql`, and the commands that read the index.

mod index_support;

use index_support::Setup;
use std::process::{Command, Output};

fn gazette(setup: &Setup, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gazette"))
        .env("XDG_CACHE_HOME", setup.dir.path().join("xdg-cache"))
        .env_remove("GAZETTE_ARCHIVE")
        .env("GAZETTE_INDEX", setup.index_path())
        .arg("--archive")
        .arg(setup.archive())
        .args(args)
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn index_prints_a_summary_and_status_tells_where_and_how_much() {
    let setup = Setup::new();
    setup.write_articles(6);
    let first = gazette(&setup, &["index"]);
    assert!(first.status.success(), "{first:?}");
    assert!(
        stdout(&first).starts_with("6 new, 0 changed, 0 removed in "),
        "{first:?}"
    );
    let mut snapshot = setup.index_path().into_os_string();
    snapshot.push(".reader");
    let saved = std::fs::read(&snapshot).expect("index saves the reader's snapshot");
    std::fs::remove_file(setup.archive().join("a0001.txt")).unwrap();
    let second = gazette(&setup, &["index"]);
    assert_ne!(
        std::fs::read(&snapshot).unwrap(),
        saved,
        "a change saves a new snapshot"
    );
    assert!(
        stdout(&second).starts_with("0 new, 0 changed, 1 removed in "),
        "{second:?}"
    );
    let status = stdout(&gazette(&setup, &["index", "--status"]));
    assert!(
        status.contains(&format!("index\t{}", setup.index_path().display())),
        "{status}"
    );
    assert!(status.contains("articles\t5\n"), "{status}");
    assert!(status.contains("stale\t0\n"), "{status}");
    let rebuilt = gazette(&setup, &["index", "--rebuild"]);
    assert!(
        stdout(&rebuilt).starts_with("5 new, 0 changed, 0 removed"),
        "{rebuilt:?}"
    );
}

#[test]
fn index_takes_the_archive_as_an_argument_and_the_default_path_is_in_the_cache() {
    let setup = Setup::new();
    setup.write_articles(2);
    let output = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .env("XDG_CACHE_HOME", setup.dir.path().join("xdg-cache"))
        .env_remove("GAZETTE_INDEX")
        .env_remove("GAZETTE_ARCHIVE")
        .arg("index")
        .arg(setup.archive())
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let cache = setup.dir.path().join("xdg-cache").join("gazette");
    let files: Vec<String> = std::fs::read_dir(&cache)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        files
            .iter()
            .any(|f| f.starts_with("archive-") && f.ends_with(".sqlite")),
        "{files:?}"
    );
}

#[test]
fn sql_prints_a_table_or_json_and_cannot_write() {
    let setup = Setup::new();
    setup.write_articles(6);
    let query = "SELECT e.canonical AS name, count(*) AS articles FROM mentions m \
                 JOIN entities e ON e.id = m.entity WHERE e.kind = 'place' \
                 GROUP BY e.id ORDER BY articles DESC, name LIMIT 2";
    let table = gazette(&setup, &["sql", query]);
    assert!(table.status.success(), "{table:?}");
    let lines: Vec<String> = stdout(&table).lines().map(str::to_owned).collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["name", "articles"]
    );
    assert_eq!(lines.len(), 3, "{lines:?}");
    let json = gazette(&setup, &["sql", "--json", query]);
    let rows: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 2);
    assert!(rows[0]["articles"].as_i64().unwrap() >= 1);
    let write = gazette(&setup, &["sql", "DELETE FROM articles"]);
    assert!(!write.status.success());
    assert!(
        String::from_utf8_lossy(&write.stderr).contains("sql:"),
        "{write:?}"
    );
    let count = gazette(&setup, &["sql", "SELECT count(*) AS n FROM articles"]);
    assert_eq!(stdout(&count), "n\n6\n");
}

#[test]
fn sql_output_is_made_safe() {
    let setup = Setup::new();
    setup.write("evil.txt", "Evil \u{1b}]52;c;aGk=\u{7}headline\n\nBody.\n");
    let output = gazette(&setup, &["sql", "SELECT title FROM articles"]);
    let text = stdout(&output);
    assert!(!text.contains('\u{1b}'), "{text:?}");
    assert!(text.contains("Evil ␛]52;c;aGk=␇headline"), "{text:?}");
    let json = gazette(&setup, &["sql", "--json", "SELECT title FROM articles"]);
    assert!(!stdout(&json).contains('\u{1b}'));
}

#[test]
fn facts_of_an_archive_article_come_from_the_index_unless_fresh() {
    let setup = Setup::new();
    setup.write_articles(3);
    gazette(&setup, &["index"]);
    // Mark the stored role, so that the output shows where the facts came from.
    let connection = rusqlite::Connection::open(setup.index_path()).unwrap();
    let changed = connection
        .execute(
            "UPDATE mentions SET role = 'stored role' WHERE role IS NOT NULL",
            [],
        )
        .unwrap();
    assert!(changed > 0);
    drop(connection);
    let cached = stdout(&gazette(&setup, &["facts", "a0000.txt"]));
    assert!(cached.contains("stored role"), "{cached}");
    let fresh = stdout(&gazette(&setup, &["facts", "--fresh", "a0000.txt"]));
    assert!(!fresh.contains("stored role"), "{fresh}");
    // A file changed since it was indexed is extracted again.
    index_support::touch(&setup.archive().join("a0000.txt"), 5);
    let changed = stdout(&gazette(&setup, &["facts", "a0000.txt"]));
    assert_eq!(changed, fresh);
}

#[test]
fn search_and_list_refresh_first_unless_told_not_to() {
    let setup = Setup::new();
    setup.write_articles(4);
    assert!(gazette(&setup, &["search", "water"]).status.success());
    setup.write(
        "new.txt",
        "Quokka sighting in Samarkand\n\nA quokka was seen.\n",
    );
    let stale = gazette(&setup, &["search", "--no-refresh", "quokka"]);
    assert_eq!(stale.status.code(), Some(1), "{stale:?}");
    let listed = stdout(&gazette(&setup, &["list", "--no-refresh"]));
    assert_eq!(listed.lines().count(), 4);
    let found = gazette(&setup, &["search", "'quokka"]);
    assert!(stdout(&found).contains("new.txt"), "{found:?}");
    assert_eq!(stdout(&gazette(&setup, &["list"])).lines().count(), 5);
}

#[test]
fn an_unusable_index_path_falls_back_to_reading_the_files() {
    let setup = Setup::new();
    setup.write_articles(3);
    let output = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .env_remove("GAZETTE_ARCHIVE")
        .env(
            "GAZETTE_INDEX",
            setup.archive().join("a0000.txt").join("index.sqlite"),
        )
        .arg("--archive")
        .arg(setup.archive())
        .arg("list")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    assert_eq!(stdout(&output).lines().count(), 3);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("reading the archive's files instead"),
        "{stderr}"
    );
}

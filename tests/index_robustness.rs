//! The index is a cache that never stops gazette: a damaged file is moved aside and rebuilt,
//! a refresh killed midway is completed by the next one, and two refreshers take turns.

mod index_support;

use gazette::index::{OpenNotice, SqliteIndex};
use index_support::Setup;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn gazette(setup: &Setup) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_gazette"));
    command
        .env("XDG_CACHE_HOME", setup.dir.path().join("xdg-cache"))
        .env_remove("GAZETTE_ARCHIVE")
        .env("GAZETTE_INDEX", setup.index_path())
        .arg("--archive")
        .arg(setup.archive())
        .stdin(Stdio::null());
    command
}

fn integrity(setup: &Setup) -> String {
    let connection = rusqlite::Connection::open(setup.index_path()).unwrap();
    connection
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap()
}

fn indexed_count(setup: &Setup) -> usize {
    let Ok(connection) = rusqlite::Connection::open_with_flags(
        setup.index_path(),
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
    ) else {
        return 0;
    };
    connection
        .query_row("SELECT count(*) FROM articles", [], |row| {
            row.get::<_, i64>(0)
        })
        .map_or(0, |n| n as usize)
}

#[test]
fn a_file_that_is_not_a_database_is_moved_aside_and_rebuilt() {
    let setup = Setup::new();
    setup.write_articles(5);
    std::fs::create_dir_all(setup.index_path().parent().unwrap()).unwrap();
    std::fs::write(
        setup.index_path(),
        "this is not a database, just junk ".repeat(200),
    )
    .unwrap();
    let (mut index, notice) = SqliteIndex::open(&setup.archive(), &setup.index_path()).unwrap();
    let Some(OpenNotice::RebuiltDamaged { moved_to, .. }) = notice else {
        panic!("expected a rebuild notice, got {notice:?}");
    };
    assert!(
        std::fs::read_to_string(&moved_to)
            .unwrap()
            .starts_with("this is not")
    );
    assert_eq!(index.refresh(1, |_| {}).unwrap().added, 5);
}

#[test]
fn the_cli_says_it_rebuilt_a_corrupt_index_and_carries_on() {
    let setup = Setup::new();
    setup.write_articles(5);
    std::fs::create_dir_all(setup.index_path().parent().unwrap()).unwrap();
    std::fs::write(setup.index_path(), vec![0xAB; 16_384]).unwrap();
    let output = gazette(&setup).arg("list").output().unwrap();
    assert!(output.status.success(), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("the index was damaged"), "{stderr}");
    assert!(stderr.contains("rebuilt"), "{stderr}");
    assert_eq!(String::from_utf8_lossy(&output.stdout).lines().count(), 5);
    let again = gazette(&setup).arg("list").output().unwrap();
    assert!(
        String::from_utf8_lossy(&again.stderr).is_empty(),
        "{again:?}"
    );
}

#[test]
fn damaged_pages_inside_a_valid_file_are_found_and_rebuilt() {
    let setup = Setup::new();
    setup.write_articles(300);
    setup.refresh();
    // Checkpoint the WAL into the file, then overwrite its pages after the first.
    let connection = rusqlite::Connection::open(setup.index_path()).unwrap();
    connection
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = delete;")
        .unwrap();
    drop(connection);
    let mut bytes = std::fs::read(setup.index_path()).unwrap();
    assert!(bytes.len() > 40_000, "{}", bytes.len());
    for byte in &mut bytes[4096..] {
        *byte = 0x5A;
    }
    std::fs::write(setup.index_path(), bytes).unwrap();
    let output = gazette(&setup).arg("index").output().unwrap();
    assert!(output.status.success(), "{output:?}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("damaged"), "{stderr}");
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("300 new"));
    assert_eq!(integrity(&setup), "ok");
}

#[test]
fn a_refresh_killed_midway_is_completed_by_the_next() {
    let setup = Setup::new();
    let total = 3000;
    setup.write_articles(total);
    let mut child = gazette(&setup)
        .arg("index")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while indexed_count(&setup) == 0 && started.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(10));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let committed = indexed_count(&setup);
    assert!(
        committed > 0 && committed < total,
        "killed after {committed} of {total}: the test must kill it midway"
    );
    let summary = setup.refresh();
    assert_eq!(summary.added, total - committed);
    assert_eq!(summary.articles, total);
    assert_eq!(integrity(&setup), "ok");
    assert_eq!(setup.open().catalog().unwrap().catalog.len(), total);
}

#[test]
fn two_refreshing_threads_share_one_new_index() {
    let setup = Setup::new();
    setup.write_articles(400);
    let summaries: Vec<_> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..2)
            .map(|_| {
                scope.spawn(|| {
                    let (mut index, _) =
                        SqliteIndex::open(&setup.archive(), &setup.index_path()).unwrap();
                    index.refresh(1, |_| {}).unwrap()
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    for summary in &summaries {
        assert_eq!(summary.articles, 400);
    }
    assert_eq!(integrity(&setup), "ok");
    let index = setup.open();
    assert_eq!(index.catalog().unwrap().catalog.len(), 400);
    let found = index
        .articles_with_words(
            gazette::index::TextColumn::Body,
            &gazette::search::body_words("record 17 closes"),
            false,
        )
        .unwrap();
    assert_eq!(found, ["a0017.txt"], "one text row per article");
    assert_eq!(setup.refresh().extracted, 0);
}

#[test]
fn two_gazette_processes_index_one_archive_at_once() {
    let setup = Setup::new();
    setup.write_articles(600);
    let children: Vec<_> = (0..2)
        .map(|_| {
            gazette(&setup)
                .arg("index")
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{output:?}");
        assert!(
            String::from_utf8_lossy(&output.stdout).contains("(600 articles)"),
            "{output:?}"
        );
    }
    assert_eq!(integrity(&setup), "ok");
    assert_eq!(indexed_count(&setup), 600);
}

#[test]
fn an_index_another_process_keeps_locked_is_left_alone_and_the_files_answer() {
    let setup = Setup::new();
    setup.write_articles(4);
    setup.refresh();
    let holder = rusqlite::Connection::open(setup.index_path()).unwrap();
    // Exclusive locking mode: no other connection may read or write until it lets go.
    holder
        .execute_batch(
            "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;
             INSERT OR REPLACE INTO meta (key, value) VALUES ('held', '1');",
        )
        .unwrap();
    let output = gazette(&setup).args(["search", "water"]).output().unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    assert_eq!(stdout.lines().count(), 4, "every article answers: {stdout}");
    assert!(stderr.contains("locked"), "the user is told why: {stderr}");
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    assert_eq!(indexed_count(&setup), 4, "the index is untouched");
}

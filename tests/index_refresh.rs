//! The persistent index follows the archive: new, changed and removed files are seen, only
//! those are read again, and an index made by an older extractor is re-extracted.

mod index_support;

use gazette::index::{RefreshEvent, SqliteIndex};
use index_support::{Setup, article, touch};

#[test]
fn a_first_refresh_indexes_every_article_and_a_second_reads_nothing() {
    let setup = Setup::new();
    setup.write_articles(30);
    let first = setup.refresh();
    assert_eq!(
        (first.added, first.changed, first.removed, first.extracted),
        (30, 0, 0, 30)
    );
    assert_eq!(first.articles, 30);
    let second = setup.refresh();
    assert_eq!(
        (
            second.added,
            second.changed,
            second.removed,
            second.extracted
        ),
        (0, 0, 0, 0)
    );
    let stored = setup.open().catalog().unwrap();
    assert_eq!(stored.catalog.len(), 30);
    let first_entry = stored.catalog.get(0).unwrap();
    assert_eq!(first_entry.meta.id, "a0000.txt");
    assert_eq!(
        first_entry.meta.title,
        "Officials in Almaty discuss water plan number 0"
    );
    let names: Vec<&str> = stored
        .catalog
        .entities_of(first_entry)
        .map(|e| e.canonical.as_str())
        .collect();
    assert!(names.contains(&"Saken Zhasuzakov"), "{names:?}");
}

#[test]
fn touching_n_files_extracts_exactly_those_n() {
    let setup = Setup::new();
    setup.write_articles(40);
    setup.refresh();
    for i in [3, 7, 11, 19, 23] {
        touch(&setup.archive().join(format!("a{i:04}.txt")), 5);
    }
    let mut changed = Vec::new();
    let summary = setup
        .open()
        .refresh(2, |event| {
            if let RefreshEvent::Changed(entry) = event {
                changed.push(entry.meta.id.clone());
            }
        })
        .unwrap();
    assert_eq!(summary.extracted, 5);
    assert_eq!((summary.added, summary.changed, summary.removed), (0, 5, 0));
    changed.sort();
    assert_eq!(
        changed,
        [
            "a0003.txt",
            "a0007.txt",
            "a0011.txt",
            "a0019.txt",
            "a0023.txt"
        ]
    );
}

#[test]
fn changed_removed_and_added_files_are_seen() {
    let setup = Setup::new();
    setup.write_articles(10);
    setup.refresh();
    setup.write(
        "a0002.txt",
        "A new headline about Bishkek\n\nBy Marat Tokayev\n\nA rewritten body.\n",
    );
    std::fs::remove_file(setup.archive().join("a0005.txt")).unwrap();
    setup.write("later/b.txt", &article(99));
    let mut removed = Vec::new();
    let summary = setup
        .open()
        .refresh(2, |event| {
            if let RefreshEvent::Removed(id) = event {
                removed.push(id.to_owned());
            }
        })
        .unwrap();
    assert_eq!((summary.added, summary.changed, summary.removed), (1, 1, 1));
    assert_eq!(removed, ["a0005.txt"]);
    let index = setup.open();
    let catalog = index.catalog().unwrap().catalog;
    let ids: Vec<&str> = catalog
        .entries()
        .iter()
        .map(|e| e.meta.id.as_str())
        .collect();
    assert!(!ids.contains(&"a0005.txt"));
    assert!(ids.contains(&"later/b.txt"));
    let changed = &catalog.entries()[catalog.index_of("a0002.txt").unwrap()];
    assert_eq!(changed.meta.title, "A new headline about Bishkek");
    let words = gazette::search::body_words("rewritten body");
    let found = index
        .articles_with_words(gazette::index::TextColumn::Body, &words, false)
        .unwrap();
    assert_eq!(found, ["a0002.txt"]);
    let old = gazette::search::body_words("regional water plan");
    let found = index
        .articles_with_words(gazette::index::TextColumn::Body, &old, false)
        .unwrap();
    assert_eq!(found.len(), 9, "the old body of a0002 is gone: {found:?}");
}

#[test]
fn an_older_extractor_version_re_extracts_every_article() {
    let setup = Setup::new();
    setup.write_articles(12);
    setup.refresh();
    // What an index written by the previous extractor holds.
    let connection = rusqlite::Connection::open(setup.index_path()).unwrap();
    connection
        .execute(
            "UPDATE articles SET extractor_version = ?1 WHERE path <> 'a0004.txt'",
            [i64::from(gazette::extract::EXTRACTOR_VERSION) - 1],
        )
        .unwrap();
    drop(connection);
    let summary = setup.refresh();
    assert_eq!(summary.extracted, 11);
    assert_eq!(summary.changed, 11);
    assert_eq!(setup.refresh().extracted, 0);
}

#[test]
fn unreadable_files_are_remembered_and_reported_until_they_change() {
    let setup = Setup::new();
    setup.write_articles(3);
    setup.write("empty.txt", "");
    let first = setup.refresh();
    assert_eq!(first.articles, 3);
    assert_eq!(first.skipped.len(), 1);
    let second = setup.refresh();
    assert_eq!(second.extracted, 0);
    assert_eq!(
        second.skipped.len(),
        1,
        "still reported: {:?}",
        second.skipped
    );
    assert_eq!(
        second.skipped[0].reason,
        gazette::archive::SkipReason::Empty
    );
    setup.write("empty.txt", &article(5));
    let third = setup.refresh();
    assert_eq!((third.added, third.extracted, third.articles), (1, 1, 4));
    assert!(third.skipped.is_empty());
}

#[test]
fn cached_facts_are_the_extractors_facts() {
    let setup = Setup::new();
    setup.write_articles(4);
    setup.refresh();
    let index = setup.open();
    for i in 0..4 {
        let id = format!("a{i:04}.txt");
        let article = gazette::archive::read_article_file(&setup.archive(), &id).unwrap();
        let fresh = gazette::extract::extract_article(&article);
        let cached = index.cached_facts(&id).unwrap().unwrap();
        assert_eq!(cached.facts, fresh, "{id}");
    }
    assert!(index.cached_facts("missing.txt").unwrap().is_none());
}

#[test]
fn status_counts_stale_files() {
    let setup = Setup::new();
    setup.write_articles(5);
    let index = setup.open();
    assert_eq!(index.status().unwrap().stale, 5);
    setup.refresh();
    let status = setup.open().status().unwrap();
    assert_eq!((status.articles, status.stale), (5, 0));
    assert!(status.refreshed_at.is_some());
    assert!(status.bytes > 0);
    touch(&setup.archive().join("a0001.txt"), 5);
    assert_eq!(setup.open().status().unwrap().stale, 1);
    let _: &SqliteIndex = &index;
}

fn pragma(setup: &Setup, name: &str) -> i64 {
    rusqlite::Connection::open(setup.index_path())
        .unwrap()
        .pragma_query_value(None, name, |row| row.get(0))
        .unwrap()
}

#[test]
fn the_pages_a_refresh_frees_go_back_to_the_file_system() {
    let setup = Setup::new();
    setup.write_articles(400);
    setup.refresh();
    assert_eq!(pragma(&setup, "auto_vacuum"), 2, "incremental");
    let pages_before = pragma(&setup, "page_count");
    for i in 0..300 {
        std::fs::remove_file(setup.archive().join(format!("a{i:04}.txt"))).unwrap();
    }
    assert_eq!(setup.refresh().removed, 300);
    let (pages, free) = (
        pragma(&setup, "page_count"),
        pragma(&setup, "freelist_count"),
    );
    assert!(free * 8 <= pages, "{free} of {pages} pages free");
    assert!(
        pages * 4 < pages_before * 3,
        "the file shrank: {pages_before} -> {pages} pages"
    );
}

#[test]
fn an_index_of_an_older_schema_is_remade_able_to_shrink() {
    let setup = Setup::new();
    setup.write_articles(3);
    std::fs::create_dir_all(setup.index_path().parent().unwrap()).unwrap();
    {
        // What an older gazette left: pages that were never handed back, and no way to.
        let old = rusqlite::Connection::open(setup.index_path()).unwrap();
        old.execute_batch(
            "PRAGMA auto_vacuum = NONE; CREATE TABLE articles (id INTEGER PRIMARY KEY, path TEXT);
             PRAGMA user_version = 6;",
        )
        .unwrap();
    }
    assert_eq!(pragma(&setup, "auto_vacuum"), 0);
    assert_eq!(setup.refresh().added, 3);
    assert_eq!(pragma(&setup, "auto_vacuum"), 2);
}

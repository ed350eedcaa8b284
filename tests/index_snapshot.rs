//! The reader's start-up snapshot beside the index: used while the index is unchanged, never
//! after a change, and a damaged one is rebuilt from the tables without a word to the user.

mod index_support;

use gazette::search::Query;
use index_support::Setup;
use std::path::PathBuf;

fn snapshot_path(setup: &Setup) -> PathBuf {
    let mut name = setup.index_path().into_os_string();
    name.push(".reader");
    PathBuf::from(name)
}

/// Changes a title in the tables behind the index's back: no writing transaction of gazette's,
/// so the generation stays and a snapshot, if used, still shows the old title.
fn retitle_behind_the_index(setup: &Setup, id: &str, title: &str) {
    let connection = rusqlite::Connection::open(setup.index_path()).unwrap();
    let changed = connection
        .execute(
            "UPDATE articles SET title = ?1 WHERE path = ?2",
            [title, id],
        )
        .unwrap();
    assert_eq!(changed, 1);
}

fn title_of(setup: &Setup, id: &str) -> String {
    let (catalog, _) = setup.open().load_search().unwrap();
    let index = catalog.index_of(id).unwrap();
    catalog.get(index).unwrap().meta.title.clone()
}

#[test]
fn a_second_start_reads_the_snapshot_and_gets_what_the_first_built() {
    let setup = Setup::new();
    setup.write_articles(20);
    setup.refresh();
    let (built, built_index) = setup.open().load_search().unwrap();
    assert!(snapshot_path(&setup).exists(), "the first load saves it");
    let original = built.get(3).unwrap().meta.title.clone();

    retitle_behind_the_index(&setup, &built.get(3).unwrap().meta.id, "Changed behind");
    let (read, read_index) = setup.open().load_search().unwrap();
    assert_eq!(
        read.get(3).unwrap().meta.title,
        original,
        "the snapshot answered, not the tables"
    );
    assert_eq!(read.len(), built.len());
    for (a, b) in read.entries().iter().zip(built.entries()) {
        assert_eq!(a.meta, b.meta);
        assert_eq!(
            read.entities_of(a).collect::<Vec<_>>(),
            built.entities_of(b).collect::<Vec<_>>()
        );
        assert_eq!(
            read.date_values_of(a).collect::<Vec<_>>(),
            built.date_values_of(b).collect::<Vec<_>>()
        );
    }
    for text in ["almaty", "person:karimova", "'water", "\"water plan\"", "a"] {
        let query = Query::parse(text).unwrap();
        let hits = |index: &gazette::search::SearchIndex| -> Vec<(u32, i64)> {
            index
                .search(&query)
                .iter()
                .map(|h| (h.article, h.score))
                .collect()
        };
        assert_eq!(hits(&read_index), hits(&built_index), "{text}");
        assert!(!hits(&read_index).is_empty(), "{text} finds something");
    }
}

#[test]
fn a_refresh_that_changes_the_index_outdates_the_snapshot() {
    let setup = Setup::new();
    setup.write_articles(6);
    setup.refresh();
    setup.open().load_search().unwrap();
    setup.write(
        "a0002.txt",
        "A new headline about Bishkek\n\nBy Marat Tokayev\n\nA rewritten body.\n",
    );
    setup.refresh();
    assert_eq!(
        title_of(&setup, "a0002.txt"),
        "A new headline about Bishkek"
    );
}

#[test]
fn a_refresh_that_finds_nothing_new_keeps_the_snapshot() {
    let setup = Setup::new();
    setup.write_articles(6);
    setup.refresh();
    setup.open().load_search().unwrap();
    let before = std::fs::read(snapshot_path(&setup)).unwrap();
    assert_eq!(setup.refresh().extracted, 0);
    retitle_behind_the_index(&setup, "a0001.txt", "Changed behind");
    assert_ne!(title_of(&setup, "a0001.txt"), "Changed behind");
    assert_eq!(std::fs::read(snapshot_path(&setup)).unwrap(), before);
}

#[test]
fn a_damaged_snapshot_is_built_again_from_the_tables() {
    let setup = Setup::new();
    setup.write_articles(8);
    setup.refresh();
    setup.open().load_search().unwrap();
    let good = std::fs::read(snapshot_path(&setup)).unwrap();
    retitle_behind_the_index(&setup, "a0004.txt", "From the tables");
    let damages: Vec<Vec<u8>> = vec![
        Vec::new(),
        b"not a snapshot at all".to_vec(),
        good[..good.len() / 2].to_vec(),
        // Every byte after the header flipped: numbers that point anywhere.
        good.iter()
            .enumerate()
            .map(|(i, b)| if i < 8 { *b } else { !b })
            .collect(),
    ];
    for damaged in damages {
        std::fs::write(snapshot_path(&setup), &damaged).unwrap();
        assert_eq!(title_of(&setup, "a0004.txt"), "From the tables");
        assert_ne!(
            std::fs::read(snapshot_path(&setup)).unwrap(),
            damaged,
            "a good snapshot replaces the damaged one"
        );
    }
}

#[test]
fn a_search_alone_reads_only_the_snapshots_search_part() {
    let setup = Setup::new();
    setup.write_articles(10);
    setup.refresh();
    let (_, full) = setup.open().load_search().unwrap();
    retitle_behind_the_index(&setup, "a0003.txt", "Zanzibar");
    let alone = setup.open().load_search_index().unwrap();
    let query = Query::parse("almaty").unwrap();
    let hits = |index: &gazette::search::SearchIndex| -> Vec<u32> {
        index.search(&query).iter().map(|h| h.article).collect()
    };
    assert_eq!(hits(&alone), hits(&full));
    assert!(
        alone.search(&Query::parse("zanzibar").unwrap()).is_empty(),
        "the snapshot answered, not the tables"
    );
    std::fs::write(snapshot_path(&setup), b"damaged").unwrap();
    let rebuilt = setup.open().load_search_index().unwrap();
    assert_eq!(rebuilt.search(&Query::parse("zanzibar").unwrap()).len(), 1);
}

#[test]
fn a_search_index_read_during_a_refresh_is_used_only_if_the_refresh_changed_nothing() {
    let setup = Setup::new();
    setup.write_articles(6);
    setup.refresh();
    setup.open().load_search().unwrap();
    retitle_behind_the_index(&setup, "a0003.txt", "Zanzibar");
    let zanzibar = Query::parse("zanzibar").unwrap();

    let mut index = setup.open();
    let prefetch = index.prefetch_search_index();
    assert_eq!(index.refresh(2, |_| {}).unwrap().extracted, 0);
    let search = prefetch.finish(&index).unwrap();
    assert!(
        search.search(&zanzibar).is_empty(),
        "the snapshot read meanwhile"
    );

    let mut index = setup.open();
    let prefetch = index.prefetch_search_index();
    setup.write("a0005.txt", "Zanzibar ferry resumes\n\nA body.\n");
    assert_eq!(index.refresh(2, |_| {}).unwrap().extracted, 1);
    let search = prefetch.finish(&index).unwrap();
    assert_eq!(
        search.search(&zanzibar).len(),
        2,
        "the refreshed index: the new file and the retitled row"
    );
}

#[test]
fn a_catalog_patched_with_a_refresh_searches_and_saves_as_one_read_again() {
    use gazette::catalog::CatalogPatch;
    use gazette::index::RefreshEvent;
    let setup = Setup::new();
    setup.write_articles(12);
    setup.refresh();
    let mut store = setup.open();
    let (mut catalog, _) = store.load_search().unwrap();

    setup.write("a0003.txt", &index_support::article(103));
    setup.write("0-first.txt", &index_support::article(200));
    setup.write("z-last.txt", &index_support::article(201));
    std::fs::remove_file(setup.archive().join("a0007.txt")).unwrap();
    let mut patch = CatalogPatch::default();
    store
        .refresh(2, |event| match event {
            RefreshEvent::Changed(record) => patch.upsert(record.clone()),
            RefreshEvent::Removed(id) => patch.remove(id),
            _ => {}
        })
        .unwrap();
    assert_eq!(patch.len(), 4);
    catalog.apply(patch);
    let (patched_index, pending) = store.search_index_for(&catalog).unwrap();
    store.save_snapshot(
        pending.expect("the catalog is the index's"),
        &catalog,
        &patched_index,
    );

    // Behind the index's back: only a start that reads the tables sees it.
    retitle_behind_the_index(&setup, "a0005.txt", "Changed behind");
    let (saved, saved_index) = setup.open().load_search().unwrap();
    std::fs::remove_file(snapshot_path(&setup)).unwrap();
    let (read, read_index) = setup.open().load_search().unwrap();
    let metas = |c: &gazette::catalog::Catalog| -> Vec<_> {
        c.entries().iter().map(|e| e.meta.clone()).collect()
    };
    assert_eq!(
        metas(&saved),
        metas(&catalog),
        "the next start reads the snapshot"
    );
    let ids = |c: &gazette::catalog::Catalog| -> Vec<_> {
        c.entries().iter().map(|e| e.meta.id.clone()).collect()
    };
    assert_eq!(ids(&read), ids(&catalog));
    assert_eq!(title_of(&setup, "a0005.txt"), "Changed behind");
    for text in [
        "\"water plan number 103\"",
        "number 200",
        "201",
        "number 7",
        "tashkent",
    ] {
        let query = Query::parse(text).unwrap();
        let hits = |index: &gazette::search::SearchIndex| -> Vec<(u32, i64)> {
            (index.search(&query).iter())
                .map(|h| (h.article, h.score))
                .collect()
        };
        assert_eq!(hits(&patched_index), hits(&read_index), "{text}");
        assert_eq!(
            hits(&saved_index),
            hits(&read_index),
            "{text}: the snapshot"
        );
    }
    let phrase = |text: &str| patched_index.search(&Query::parse(text).unwrap());
    let found = phrase("\"water plan number 200\"");
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].article as usize,
        catalog.index_of("0-first.txt").unwrap()
    );
    assert!(
        phrase("\"water plan number 7\"").is_empty(),
        "the removed article"
    );
}

//! The views' derived tables stay equal to what the mentions say, through refreshes that add,
//! change, re-date and remove articles, and through a rebuild.

mod index_support;

use gazette::views::entity_page::PageLimits;
use gazette::views::{EntitySort, entities, entity_page, find_entity};
use index_support::{Setup, article, touch};
use rusqlite::Connection;

type Totals = Vec<(i64, i64, i64, Option<String>, Option<String>)>;
type Rows = Vec<(i64, String, i64)>;

/// (derived, recomputed) for each derived table.
fn derived_and_recomputed(connection: &Connection) -> [(Totals, Totals); 1] {
    let totals = |sql: &str| -> Totals {
        connection
            .prepare(sql)
            .unwrap()
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    [(
        totals("SELECT entity, articles, mentions, first, last FROM entity_totals ORDER BY entity"),
        totals(
            "SELECT m.entity, count(*), sum(m.count), min(a.published), max(a.published)
             FROM mentions m JOIN articles a ON a.id = m.article GROUP BY m.entity ORDER BY m.entity",
        ),
    )]
}

fn rows(connection: &Connection, sql: &str) -> Rows {
    connection
        .prepare(sql)
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

fn assert_consistent(setup: &Setup) {
    let connection = setup.open().read_only_connection().unwrap();
    // Settled: the next refresh keeps the tables row by row, through the triggers.
    let stale: i64 = connection
        .query_row(
            "SELECT count(*) FROM meta WHERE key = 'views_stale'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(stale, 0);
    // A build goes without the indices no writing needs, and makes them at its end.
    let indices: i64 = connection
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN
             ('mentions_entity', 'articles_published', 'quotes_speaker',
              'articles_id_published')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(indices, 4);
    for (derived, recomputed) in derived_and_recomputed(&connection) {
        assert!(!recomputed.is_empty());
        assert_eq!(derived, recomputed);
    }
    assert_eq!(
        rows(
            &connection,
            "SELECT entity, day, articles FROM entity_days ORDER BY 1, 2"
        ),
        rows(
            &connection,
            "SELECT m.entity, coalesce(a.published, ''), count(*) FROM mentions m
             JOIN articles a ON a.id = m.article GROUP BY 1, 2 ORDER BY 1, 2"
        )
    );
    assert_eq!(
        rows(
            &connection,
            "SELECT entity, role, articles FROM entity_roles ORDER BY 1, 2"
        ),
        rows(
            &connection,
            "SELECT entity, role, count(*) FROM mentions WHERE role IS NOT NULL
             GROUP BY 1, 2 ORDER BY 1, 2"
        )
    );
}

/// An article published on `date`, naming `person` with `role`.
fn dated(date: &str, person: &str, role: &str) -> String {
    format!(
        "Talks on water\n\nPublished: {date}\n\n{role} {person} met officials in Almaty.\n\n\
         \"We agreed,\" said {person}.\n"
    )
}

#[test]
fn derived_totals_follow_added_changed_redated_and_removed_articles() {
    let setup = Setup::new();
    setup.write_articles(12);
    setup.write("d1.txt", &dated("2020-01-15", "Marat Tokayev", "Minister"));
    setup.write(
        "d2.txt",
        &dated("2021-06-02", "Marat Tokayev", "Prime Minister"),
    );
    setup.refresh();
    assert_consistent(&setup);
    let connection = setup.open().read_only_connection().unwrap();
    let tokayev = find_entity(&connection, "Marat Tokayev", None).unwrap();
    assert_eq!(tokayev.first.as_deref(), Some("2020-01-15"));
    assert_eq!(tokayev.last.as_deref(), Some("2021-06-02"));

    // Re-dated, changed, removed: the first and last dates move back as the rows go.
    setup.write(
        "d2.txt",
        &dated("2019-03-01", "Marat Tokayev", "Prime Minister"),
    );
    touch(&setup.archive().join("d2.txt"), 5);
    setup.write("a0003.txt", &article(40));
    touch(&setup.archive().join("a0003.txt"), 5);
    std::fs::remove_file(setup.archive().join("a0004.txt")).unwrap();
    std::fs::remove_file(setup.archive().join("d1.txt")).unwrap();
    let summary = setup.refresh();
    assert_eq!((summary.changed, summary.removed), (2, 2), "{summary:?}");
    assert_consistent(&setup);
    let tokayev = find_entity(&connection, "Marat Tokayev", None).unwrap();
    assert_eq!(tokayev.first.as_deref(), Some("2019-03-01"));

    let mut index = setup.open();
    index.rebuild(2, |_| {}).unwrap();
    assert_consistent(&setup);
    let listed = entities(&connection, None, EntitySort::Count, usize::MAX).unwrap();
    assert!(listed.iter().all(|e| e.articles > 0));
}

/// A build that stops midway leaves the derived tables stale over an index that already has
/// facts: the next refresh cannot tally from nothing and recounts every mention instead.
#[test]
fn derived_tables_of_an_interrupted_build_are_recounted() {
    let setup = Setup::new();
    setup.write_articles(8);
    setup.write("d1.txt", &dated("2020-01-15", "Marat Tokayev", "Minister"));
    setup.refresh();
    {
        // What a build killed after its first batches leaves: stale tables, no triggers.
        let connection = Connection::open(setup.index_path()).unwrap();
        connection
            .execute_batch(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('views_stale', '1');
                 DROP TRIGGER views_mention_added; DROP TRIGGER views_mention_removed;
                 DROP INDEX mentions_entity;
                 DELETE FROM entity_totals; DELETE FROM entity_days; DELETE FROM entity_roles;",
            )
            .unwrap();
    }
    setup.write(
        "d2.txt",
        &dated("2021-06-02", "Marat Tokayev", "Prime Minister"),
    );
    let summary = setup.refresh();
    assert_eq!((summary.added, summary.articles), (1, 10), "{summary:?}");
    assert_consistent(&setup);
    let connection = setup.open().read_only_connection().unwrap();
    let tokayev = find_entity(&connection, "Marat Tokayev", None).unwrap();
    assert_eq!(tokayev.first.as_deref(), Some("2020-01-15"));
    assert_eq!(tokayev.last.as_deref(), Some("2021-06-02"));
}

/// A build makes the views' indices only at its end: an entity page opened meanwhile reads
/// without them.
#[test]
fn an_entity_page_opens_while_a_build_has_not_made_the_indices_yet() {
    let setup = Setup::new();
    setup.write("d1.txt", &dated("2020-01-15", "Marat Tokayev", "Minister"));
    setup.write(
        "d2.txt",
        &dated("2021-06-02", "Marat Tokayev", "Prime Minister"),
    );
    setup.refresh();
    Connection::open(setup.index_path())
        .unwrap()
        .execute_batch("DROP INDEX articles_id_published; DROP INDEX mentions_entity;")
        .unwrap();
    let connection = setup.open().read_only_connection().unwrap();
    let tokayev = find_entity(&connection, "Marat Tokayev", None).unwrap();
    let page = entity_page(&connection, &tokayev, PageLimits::default()).unwrap();
    let roles: Vec<_> = page.roles.iter().map(|r| r.role.as_str()).collect();
    assert_eq!(roles, ["Minister", "Prime Minister"]);
}

/// A new extractor rewrites every article: the refresh goes like a build (no triggers, the
/// views' counts tallied as it writes) and leaves the tables, indices and triggers as a build
/// does.
#[test]
fn rewriting_most_of_the_index_keeps_the_derived_tables_exact() {
    let setup = Setup::new();
    setup.write_articles(530);
    setup.write("d1.txt", &dated("2020-01-15", "Marat Tokayev", "Minister"));
    setup.refresh();
    Connection::open(setup.index_path())
        .unwrap()
        .execute_batch("UPDATE articles SET extractor_version = 0 WHERE path != 'a0001.txt'")
        .unwrap();
    // One article the refresh does not rewrite: its tally does not describe the index, and
    // the tables are recounted.
    let summary = setup.refresh();
    assert_eq!(summary.extracted, 530, "{summary:?}");
    assert_consistent(&setup);
    // Every article rewritten: the tally fills the tables.
    Connection::open(setup.index_path())
        .unwrap()
        .execute_batch("UPDATE articles SET extractor_version = 0")
        .unwrap();
    assert_eq!(setup.refresh().extracted, 531);
    assert_consistent(&setup);
    let triggers: i64 = Connection::open(setup.index_path())
        .unwrap()
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(triggers, 2);
}

//! Search over the bundled archive (`articles/`), loaded as the reader loads it.

use gazette::archive::Loader;
use gazette::search::{LoadedArchive, Query, load_archive};
use std::path::Path;

fn bundled() -> LoadedArchive {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("articles");
    let archive = load_archive(&Loader::new(root).expect("bundled archive"), 2);
    assert!(archive.skipped.is_empty(), "{:?}", archive.skipped);
    assert_eq!(archive.catalog.len(), 5);
    archive
}

/// The ids of the results, best first, without the hash part (`004`).
fn results(archive: &LoadedArchive, query: &str) -> Vec<String> {
    let query = Query::parse(query).unwrap_or_else(|e| panic!("{query}: {e}"));
    archive
        .index
        .search(&query)
        .iter()
        .map(|hit| archive.index.article_id(hit.article).unwrap()[..3].to_owned())
        .collect()
}

fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort();
    ids
}

#[test]
fn a_word_found_only_in_a_paragraph_is_found_with_a_quote() {
    let archive = bundled();
    // "peacekeepers" is in no title or header of 004, only in its paragraphs: a plain word
    // finds it there too, as a quoted one does.
    assert_eq!(results(&archive, "peacekeepers"), ["004"]);
    assert_eq!(results(&archive, "'peacekeepers"), ["004"]);
    assert_eq!(results(&archive, "'Kokand"), ["002"]);
    assert_eq!(results(&archive, "\"Illisky Training Area\""), ["004"]);
}

#[test]
fn titles_bylines_and_sources_are_searched() {
    let archive = bundled();
    assert_eq!(sorted(results(&archive, "yeniseyev")), ["001", "002"]);
    assert_eq!(results(&archive, "bold move"), ["003"]);
    assert_eq!(
        sorted(results(&archive, "caravanserai")),
        sorted(results(&archive, "^caravanserai$"))
    );
}

#[test]
fn excluding_russia_drops_the_articles_that_mention_it() {
    let archive = bundled();
    // 003 is about Russia; 004 names it only in a reader's comment, which is not the article.
    assert_eq!(
        sorted(results(&archive, "!russia")),
        ["000", "001", "002", "004"]
    );
    assert_eq!(results(&archive, "'russia"), ["003"]);
}

#[test]
fn date_2024_finds_003() {
    let archive = bundled();
    assert_eq!(results(&archive, "date:2024"), ["003"]);
}

#[test]
fn highlighted_title_positions_point_at_the_typed_letters() {
    let archive = bundled();
    let query = Query::parse("drills").unwrap();
    let hits = archive.index.search(&query);
    // The title match first; articles with "drills" only in their body after it.
    assert!(!hits.is_empty());
    let title: Vec<char> = archive
        .index
        .title(hits[0].article)
        .unwrap()
        .chars()
        .collect();
    let positions = archive.index.title_match_positions(hits[0].article, &query);
    let highlighted: String = positions.iter().map(|&i| title[i]).collect();
    assert_eq!(highlighted, "Drills");
}

#[test]
fn steppe_eagle_puts_004_first() {
    let archive = bundled();
    assert_eq!(
        results(&archive, "steppe eagle")
            .first()
            .map(String::as_str),
        Some("004")
    );
}

#[test]
fn mirziyoyev_finds_exactly_the_articles_that_mention_him() {
    let archive = bundled();
    assert_eq!(sorted(results(&archive, "mirziyoyev")), ["001", "002"]);
}

#[test]
fn person_berdiyev_finds_002() {
    let archive = bundled();
    assert_eq!(results(&archive, "person:berdiyev"), ["002"]);
}

#[test]
fn zhasu_finds_every_article_that_mentions_zhasuzakov() {
    let archive = bundled();
    assert_eq!(sorted(results(&archive, "zhasu")), ["000", "001", "002"]);
}

#[test]
fn a_plain_word_ranks_field_matches_before_body_only_ones() {
    let archive = bundled();
    // "drills" is in 003's title, and only in the bodies of others.
    let found = results(&archive, "drills");
    assert_eq!(found[0], "003", "{found:?}");
    assert!(found.len() > 1, "bodies are searched too: {found:?}");
    let query = Query::parse("drills").unwrap();
    let hits = archive.index.search(&query);
    assert!(
        hits[0].score > hits[1].score,
        "the title match scores above the body ones"
    );
}

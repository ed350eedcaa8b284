//! The search engine on hand-built catalogs: entities are given directly, so these tests do not
//! depend on the fact extractor.

use gazette::archive::ArticleMeta;
use gazette::catalog::{Catalog, CatalogRecord, EntityKey};
use gazette::date::PartialDate;
use gazette::facts::EntityKind;
use gazette::jobs::JobFailure;
use gazette::search::{
    BodyIndexBuilder, Query, QueryError, SearchIndex, SearchRequest, SearchResponse, SearchWorker,
    Searcher, body_words,
};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

struct Doc {
    id: &'static str,
    title: &'static str,
    published: Option<PartialDate>,
    entities: Vec<(EntityKind, &'static str)>,
    dates: Vec<&'static str>,
    body: &'static str,
    source: Option<&'static str>,
}

fn doc(id: &'static str, title: &'static str) -> Doc {
    Doc {
        id,
        title,
        published: None,
        entities: Vec::new(),
        dates: Vec::new(),
        body: "",
        source: None,
    }
}

impl Doc {
    fn on(mut self, year: i32, month: u8, day: u8) -> Self {
        self.published = Some(PartialDate::ymd(year, month, day));
        self
    }

    fn with(mut self, kind: EntityKind, name: &'static str) -> Self {
        self.entities.push((kind, name));
        self
    }

    fn mentioning_date(mut self, iso: &'static str) -> Self {
        self.dates.push(iso);
        self
    }

    fn body(mut self, body: &'static str) -> Self {
        self.body = body;
        self
    }
}

fn index(docs: Vec<Doc>) -> SearchIndex {
    let mut catalog = Catalog::default();
    let mut body = BodyIndexBuilder::default();
    for doc in docs {
        let mut entities: Vec<EntityKey> = doc
            .entities
            .iter()
            .map(|(kind, name)| EntityKey {
                kind: *kind,
                canonical: (*name).to_owned(),
            })
            .collect();
        entities.sort();
        let entry = CatalogRecord {
            meta: ArticleMeta {
                id: doc.id.to_owned(),
                title: doc.title.to_owned(),
                source: doc.source.map(str::to_owned),
                section: None,
                byline: None,
                dateline: None,
                published: doc.published,
                char_len: doc.body.chars().count(),
                warnings: Vec::new(),
            },
            entities,
            date_values: doc.dates.iter().map(|d| (*d).to_owned()).collect(),
        };
        let at = catalog.push(entry);
        body.add_words(at as u32, &body_words(doc.body));
    }
    SearchIndex::new(&catalog, body.finish())
}

fn ids(index: &SearchIndex, query: &str) -> Vec<String> {
    let query = Query::parse(query).unwrap_or_else(|e| panic!("{query}: {e}"));
    index
        .search(&query)
        .iter()
        .map(|hit| index.article_id(hit.article).unwrap().to_owned())
        .collect()
}

fn sorted(mut ids: Vec<String>) -> Vec<String> {
    ids.sort();
    ids
}

fn archive() -> SearchIndex {
    use EntityKind::*;
    index(vec![
        doc("a", "Uzbekistan, Kazakhstan step up military co-operation")
            .on(2019, 9, 16)
            .with(Person, "Kabul Berdiyev")
            .with(Person, "Saken Zhasuzakov")
            .with(Person, "Shavkat Mirziyoyev")
            .with(Place, "Kokand"),
        doc(
            "b",
            "Special ops exercise exemplifies growing Uzbek-Kazakh ties",
        )
        .on(2018, 7, 20)
        .with(Person, "Saken Zhasuzakov")
        .with(Event, "Steppe Freedom")
        .body("Troops of both countries trained in the mountains."),
        doc(
            "c",
            "Central Asia's Bold Move: Hosting Major Military Drills sans Russia",
        )
        .on(2024, 4, 27)
        .with(Place, "Russia")
        .with(Event, "Birlestik-2024")
        .mentioning_date("2024-07"),
        doc(
            "d",
            "US defence official highlights growing ties with Kazakhstan",
        )
        .on(2019, 9, 13)
        .with(Event, "Steppe Eagle 19")
        .with(Organization, "NATO")
        .mentioning_date("2019-06-27")
        .body("Kazakhstan’s peacekeepers served in Lebanon. Steppe Eagle drills ended."),
    ])
}

#[test]
fn an_entity_finds_articles_whose_title_does_not_name_it() {
    let index = archive();
    assert_eq!(sorted(ids(&index, "zhasu")), ["a", "b"]);
    assert_eq!(ids(&index, "mirziyoyev"), ["a"]);
}

#[test]
fn terms_are_anded_and_or_binds_tighter() {
    let index = archive();
    assert_eq!(ids(&index, "zhasu kokand"), ["a"]);
    assert_eq!(sorted(ids(&index, "kokand | birlestik")), ["a", "c"]);
    assert_eq!(ids(&index, "zhasu kokand | freedom steppe"), ["b"]);
}

#[test]
fn field_terms_look_only_at_their_field() {
    let index = archive();
    assert_eq!(ids(&index, "person:berdiyev"), ["a"]);
    assert!(ids(&index, "place:berdiyev").is_empty());
    assert_eq!(ids(&index, "place:russia"), ["c"]);
    assert_eq!(ids(&index, "org:nato"), ["d"]);
    assert_eq!(sorted(ids(&index, "event:steppe")), ["b", "d"]);
}

#[test]
fn date_terms_match_publication_and_mentioned_dates_as_text() {
    let index = archive();
    assert_eq!(ids(&index, "date:2024"), ["c"]);
    assert_eq!(ids(&index, "date:2024-07"), ["c"]);
    // `date:2019` means the year: 2019 publication or a 2019 date in the text.
    assert_eq!(sorted(ids(&index, "date:2019")), ["a", "d"]);
    assert_eq!(ids(&index, "date:2019-06"), ["d"]);
}

#[test]
fn negation_excludes_the_articles_that_mention_the_word() {
    let index = archive();
    assert_eq!(sorted(ids(&index, "!russia")), ["a", "b", "d"]);
    // A body mention counts too: d's body names Lebanon.
    assert_eq!(sorted(ids(&index, "!lebanon")), ["a", "b", "c"]);
    assert_eq!(sorted(ids(&index, "ties !nato")), ["b"]);
}

#[test]
fn quoted_words_and_phrases_search_the_body_as_whole_words() {
    let index = archive();
    assert_eq!(
        ids(&index, "peacekeepers"),
        ["d"],
        "a plain word finds the body too"
    );
    assert_eq!(ids(&index, "peacekeep"), ["d"], "by prefix, as it is typed");
    assert_eq!(ids(&index, "'peacekeepers"), ["d"]);
    assert_eq!(
        ids(&index, "'PeaceKeepers"),
        ["d"],
        "body search ignores case"
    );
    assert!(ids(&index, "'peacekeep").is_empty(), "whole words only");
    assert_eq!(ids(&index, "'mountains"), ["b"]);
    assert_eq!(ids(&index, "\"steppe eagle drills\""), ["d"]);
    assert!(ids(&index, "\"eagle steppe\"").is_empty());
    // Kazakhstan’s splits at the apostrophe, as the body index splits it.
    assert_eq!(ids(&index, "\"kazakhstan’s peacekeepers\""), ["d"]);
}

#[test]
fn exact_prefix_and_suffix_terms() {
    let index = archive();
    assert_eq!(ids(&index, "'uzbek-kazakh"), ["b"]);
    assert_eq!(ids(&index, "^central"), ["c"]);
    assert_eq!(sorted(ids(&index, "kazakhstan$")), ["d"]);
    assert_eq!(ids(&index, "^kokand$"), ["a"]);
    assert!(ids(&index, "^asia").is_empty());
}

#[test]
fn a_fuzzy_term_matches_within_one_word_and_an_escaped_space_spans_words() {
    let index = archive();
    assert_eq!(ids(&index, "mrzyv"), ["a"]);
    assert!(ids(&index, "stepeag").is_empty());
    assert_eq!(ids(&index, "steppe\\ eag"), ["d"]);
    assert_eq!(ids(&index, "steppe eag"), ["d"]);
}

#[test]
fn smart_case() {
    let index = archive();
    assert_eq!(ids(&index, "Kokand"), ["a"]);
    assert!(ids(&index, "KOKAND").is_empty());
    assert_eq!(ids(&index, "kokand"), ["a"]);
}

#[test]
fn a_title_match_outranks_an_entity_match_of_the_same_quality() {
    use EntityKind::*;
    let index = index(vec![
        doc("entity-newer", "Talks in the capital")
            .on(2024, 1, 1)
            .with(Person, "Nazarbayev"),
        doc("title-older", "Nazarbayev talks").on(2010, 1, 1),
    ]);
    assert_eq!(ids(&index, "nazarbayev"), ["title-older", "entity-newer"]);
}

#[test]
fn equal_scores_rank_newest_first() {
    let index = index(vec![
        doc("old", "Border talks").on(2001, 5, 5),
        doc("undated", "Border talks"),
        doc("new", "Border talks").on(2023, 1, 2),
        doc("mid", "Border talks").on(2015, 3, 3),
    ]);
    assert_eq!(ids(&index, "border"), ["new", "mid", "old", "undated"]);
}

#[test]
fn better_fuzzy_matches_rank_first() {
    let index = index(vec![
        doc("scattered", "Kuzmazov opens a railway").on(2024, 1, 1),
        doc("whole", "Kazakhstan opens a railway").on(2000, 1, 1),
    ]);
    assert_eq!(ids(&index, "kaz"), ["whole", "scattered"]);
}

#[test]
fn an_empty_query_lists_everything_newest_first() {
    let index = archive();
    assert_eq!(ids(&index, ""), ["c", "a", "d", "b"]);
}

#[test]
fn narrowing_as_one_types_gives_the_same_results_as_a_fresh_search() {
    let index = Arc::new(archive());
    for typed in [
        "mirziyoyev",
        "kazakh ties",
        "steppe 'peacekeepers",
        "zhasu !kokand",
    ] {
        let mut searcher = Searcher::new(Arc::clone(&index));
        let chars: Vec<char> = typed.chars().collect();
        for n in 1..=chars.len() {
            let prefix: String = chars[..n].iter().collect();
            let Ok(query) = Query::parse(&prefix) else {
                continue;
            };
            assert_eq!(
                searcher.search(&query),
                index.search(&query),
                "after typing {prefix:?}"
            );
        }
    }
}

#[test]
fn title_highlights_are_char_positions_of_the_matched_word() {
    let index = index(vec![doc("a", "Ташкент — Nazarbayev visits")]);
    let query = Query::parse("naz").unwrap();
    let hits = index.search(&query);
    assert_eq!(hits.len(), 1);
    let positions = index.title_match_positions(hits[0].article, &query);
    assert_eq!(positions, [10, 11, 12]);
    let exact = Query::parse("'visits").unwrap();
    assert_eq!(
        index.title_match_positions(hits[0].article, &exact),
        (21..27).collect::<Vec<_>>()
    );
    let title: Vec<char> = index.title(hits[0].article).unwrap().chars().collect();
    assert_eq!(title[10..13].iter().collect::<String>(), "Naz");
}

#[test]
fn explain_names_the_matched_fields() {
    let index = archive();
    let query = Query::parse("zhasu 'mountains").unwrap();
    let hits = index.search(&query);
    assert_eq!(hits.len(), 1);
    let matches = index.explain(hits[0].article, &query);
    let fields: Vec<(&str, &str)> = matches.iter().map(|m| (m.field, m.text.as_str())).collect();
    assert_eq!(
        fields,
        [("person", "Saken Zhasuzakov"), ("body", "mountains")]
    );
    assert_eq!(matches[0].positions, [6, 7, 8, 9, 10]);
}

#[test]
fn invalid_queries_are_errors_with_a_reason() {
    assert!(matches!(
        Query::parse("!"),
        Err(QueryError::EmptyTerm { .. })
    ));
    let unknown = Query::parse("colour:red").unwrap_err();
    assert_eq!(
        unknown.to_string(),
        "unknown field `colour:`; use person:, place:, org:, event:, date:, source: or in:"
    );
    assert_eq!(
        Query::parse("\"steppe eagle").unwrap_err(),
        QueryError::UnclosedQuote
    );
}

/// A worker answering into a channel of its own: a result, or the failure of a search.
fn worker(index: SearchIndex) -> (SearchWorker, Receiver<Result<SearchResponse, JobFailure>>) {
    let (answers, inbox) = mpsc::channel();
    (
        SearchWorker::spawn(Arc::new(index), answers, Ok, Err),
        inbox,
    )
}

fn request(generation: u64, input: &str) -> SearchRequest {
    SearchRequest {
        generation,
        input: input.to_owned(),
        query: Query::parse(input).unwrap(),
    }
}

#[test]
fn an_overlong_query_is_refused_with_the_limit_in_the_message() {
    // Issue 9: a 22 KB query took 1.4 s to run.
    let query = "kazakh ".repeat(3_200);
    let error = Query::parse(&query).unwrap_err();
    assert_eq!(error, QueryError::TooLong { chars: 22_400 });
    assert_eq!(
        error.to_string(),
        "query too long: at most 1000 characters (this one has 22400)"
    );
    let at_limit = format!("{} {}", "a".repeat(500), "b".repeat(499));
    assert!(Query::parse(&at_limit).is_ok());
    assert!(Query::parse(&format!("{at_limit}c")).is_err());
}

#[test]
fn a_query_with_too_many_terms_is_refused_with_the_limit_in_the_message() {
    // Issue 9: 5,000 AND terms over 50k articles took 12.8 s and 1 GB.
    let and_terms = "k ".repeat(65);
    assert_eq!(
        Query::parse(&and_terms),
        Err(QueryError::TooManyTerms { terms: 65 })
    );
    assert_eq!(
        Query::parse(&and_terms).unwrap_err().to_string(),
        "query has too many terms: at most 64 (this one has 65)"
    );
    let or_terms = vec!["k"; 65].join(" | ");
    assert!(Query::parse(&or_terms).is_err(), "alternatives count too");
    assert!(Query::parse(&"k ".repeat(64)).is_ok());
}

#[test]
fn the_worker_answers_the_newest_query_and_tags_it() {
    let (worker, answers) = worker(archive());
    let typed = "zhasuzakov";
    for n in 1..=typed.len() {
        worker.submit(request(n as u64, &typed[..n]));
    }
    let mut generations = Vec::new();
    let last = loop {
        let response = answers
            .recv_timeout(Duration::from_secs(10))
            .expect("the worker answers")
            .expect("no search fails");
        generations.push(response.generation);
        if response.generation == typed.len() as u64 {
            break response;
        }
    };
    assert!(
        generations.windows(2).all(|w| w[0] < w[1]),
        "answers never go back in time: {generations:?}"
    );
    assert_eq!(last.input, typed);
    assert_eq!(last.query, Query::parse(typed).unwrap());
    assert_eq!(last.hits, archive().search(&Query::parse(typed).unwrap()));
    assert_eq!(last.hits.len(), 2);
}

#[test]
fn a_search_that_panics_is_reported_and_the_next_query_served() {
    let (answers, inbox) = mpsc::channel::<Result<SearchResponse, JobFailure>>();
    let index = Arc::new(archive());
    let searched = Arc::clone(&index);
    let worker = SearchWorker::spawn_with(answers, Ok, Err, move |query: &Query| {
        assert!(
            !format!("{query:?}").contains("boom"),
            "a bug met on this query"
        );
        searched.search(query)
    });
    worker.submit(request(1, "boom"));
    let failure = inbox
        .recv_timeout(Duration::from_secs(10))
        .expect("the failure is reported, not silence")
        .expect_err("the search panicked");
    assert_eq!(failure.request, "query 1 (boom)");
    assert!(
        failure.message.starts_with("a bug met on this query at "),
        "{failure:?}"
    );

    worker.submit(request(2, "zhasuzakov"));
    let answer = inbox
        .recv_timeout(Duration::from_secs(10))
        .expect("the worker lives on")
        .expect("this search works");
    assert_eq!(answer.generation, 2);
    assert_eq!(answer.hits.len(), 2);
}

#[test]
fn the_worker_skips_queries_overtaken_while_it_was_busy() {
    let mut docs = Vec::new();
    for i in 0..3000 {
        let id: &'static str = Box::leak(format!("{i:05}").into_boxed_str());
        docs.push(doc(id, "Kazakhstan and Uzbekistan sign a water agreement"));
    }
    let (worker, answers) = worker(index(docs));
    let submitted = 200;
    for generation in 1..=submitted {
        worker.submit(request(
            generation,
            if generation % 2 == 0 { "kaz" } else { "water" },
        ));
    }
    let mut answered = 0;
    while let Ok(response) = answers.recv_timeout(Duration::from_secs(10)) {
        answered += 1;
        if response.expect("no search fails").generation == submitted {
            break;
        }
    }
    assert!(
        answered < submitted,
        "{answered} answers for {submitted} queries: stale ones were not dropped"
    );
}

#[test]
fn date_ranges_compare_dates_not_text() {
    let index = archive();
    // a 2019-09-16, b 2018-07-20, c 2024-04-27 (mentions 2024-07), d 2019-09-13 (2019-06-27).
    assert_eq!(sorted(ids(&index, "date:2019..2019")), ["a", "d"]);
    assert_eq!(sorted(ids(&index, "date:2018..2019-06")), ["b", "d"]);
    assert_eq!(sorted(ids(&index, "date:>2019-09-13")), ["a", "c"]);
    assert_eq!(sorted(ids(&index, "date:>=2019-09-13")), ["a", "c", "d"]);
    assert_eq!(sorted(ids(&index, "date:<2019")), ["b"]);
    assert_eq!(sorted(ids(&index, "date:2024..")), ["c"]);
    assert_eq!(sorted(ids(&index, "date:..2018-12")), ["b"]);
    assert_eq!(sorted(ids(&index, "!date:2019..2019")), ["b", "c"]);
    let error = Query::parse("date:2019..soon").unwrap_err().to_string();
    assert!(error.contains("`soon` is not a date"), "{error}");
}

#[test]
fn folders_and_sources_are_fields() {
    use EntityKind::*;
    let mut politics = doc("politics/001.txt", "Budget vote delayed").on(2005, 3, 1);
    politics.source = Some("Daily Planet");
    let index = index(vec![
        politics,
        doc("sport/002.txt", "Cup final tonight")
            .on(2005, 3, 2)
            .with(Place, "Politico Park"),
        doc("003.txt", "At the archive's root").on(2005, 3, 3),
    ]);
    assert_eq!(ids(&index, "in:politics"), ["politics/001.txt"]);
    assert_eq!(ids(&index, "in:sport/"), ["sport/002.txt"]);
    // A folder is a field of its articles: typed plain, it finds them too.
    assert!(ids(&index, "politics/").contains(&"politics/001.txt".to_owned()));
    assert_eq!(ids(&index, "source:planet"), ["politics/001.txt"]);
    assert!(ids(&index, "source:cup").is_empty());
}

#[test]
fn in_bodies_a_whole_word_ranks_above_a_word_it_only_starts() {
    let index = index(vec![
        doc("older", "First report")
            .on(2004, 12, 26)
            .body("A tsunami struck."),
        doc("newer", "Second report")
            .on(2005, 1, 2)
            .body("Tsunamis are rare."),
        doc("title", "Tsunami warning").on(2003, 1, 1),
    ]);
    // The title match first; then the whole word, though older; then the longer word.
    assert_eq!(ids(&index, "tsunami"), ["title", "older", "newer"]);
    assert_eq!(sorted(ids(&index, "tsuna")), ["newer", "older", "title"]);
}

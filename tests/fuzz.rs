//! Property tests on hostile input for everything that reads untrusted text: the article
//! parser, the fact extractor, the query parser and notes import. None may panic, every span
//! they return lies inside the text, and each input finishes within a time budget that grows
//! linearly with its size.
//!
//! A short pass with a fixed seed runs with `cargo test`. For a long one:
//! `GAZETTE_FUZZ_CASES=100000 cargo test --release --test fuzz`, and `GAZETTE_FUZZ_SEED=N`
//! to explore other inputs than the fixed seed's.

use gazette::archive::{Article, parse_article};
use gazette::extract::{extract_article, extract_text};
use gazette::facts::Facts;
use gazette::notes::parse_import;
use gazette::search::{MAX_QUERY_CHARS, MAX_QUERY_TERMS, Query, QueryError};
use gazette::span::{CharIndex, Span};
use proptest::prelude::*;
use proptest::test_runner::RngSeed;
use serde_json::{Map, Value};
use std::time::{Duration, Instant};

/// `default_cases` cases (or `GAZETTE_FUZZ_CASES`), from a fixed seed (or `GAZETTE_FUZZ_SEED`),
/// with nothing written into the source tree on failure.
fn config(default_cases: u32) -> ProptestConfig {
    fn from_env<T: std::str::FromStr>(name: &str) -> Option<T> {
        std::env::var(name).ok().and_then(|v| v.parse().ok())
    }
    ProptestConfig {
        cases: from_env("GAZETTE_FUZZ_CASES").unwrap_or(default_cases),
        rng_seed: RngSeed::Fixed(from_env("GAZETTE_FUZZ_SEED").unwrap_or(0x6A2E_77E9)),
        failure_persistence: None,
        max_shrink_iters: 2_000,
        ..ProptestConfig::default()
    }
}

/// The time an input of `bytes` may take. Measured worst cases in a debug build, on a shared
/// two-core machine: 50 ms for a small input, 7.5 µs a byte for 64 KB ones (0.5 s). This allows
/// twenty times that, and linear growth only: a quadratic stage takes minutes on 64 KB.
fn budget(bytes: usize) -> Duration {
    Duration::from_secs(1) + Duration::from_micros(150) * bytes as u32
}

fn timed<T>(what: &str, input_len: usize, run: impl FnOnce() -> T) -> Result<T, TestCaseError> {
    let started = Instant::now();
    let out = run();
    let took = started.elapsed();
    prop_assert!(
        took <= budget(input_len),
        "{what} took {took:?} on {input_len} bytes (budget {:?})",
        budget(input_len)
    );
    Ok(out)
}

// ---- hostile text ----------------------------------------------------------------------------

const HEADER_LINES: &[&str] = &[
    "10:€",
    "5:\u{FFFD}",
    "12:30",
    "5:44 PM EDT, April 27, 2024",
    "By ",
    "By Ann Lee",
    "By Ann Lee and Bob Smith.",
    "Published: ",
    "Published: June 12, 2019",
    "Published: 31/02/2019 25:61",
    "Updated:",
    "Source: Caravanserai",
    "Images source:",
    "Images source: Reuters",
    "ASTANA --",
    "TASHKENT —",
    "Title: ",
    "Section: Security",
    "Comments",
    "Share this:",
    "[Reuters]",
    "[",
    "]",
];

const WORDS: &[&str] = &[
    "Kazakhstan",
    "Kazakhstan's",
    "Saken Zhasuzakov",
    "Minister of Defence",
    "Ministry of",
    "of",
    "OF",
    "the",
    "The",
    "said",
    "told",
    "according to",
    "he",
    "she",
    "Exercise",
    "Steppe Eagle 19",
    "May",
    "may",
    "Thursday (",
    "that day",
    "two years ago",
    "last week",
    "June 17-28",
    "June 31-1",
    "16 July 2019",
    "2019",
    "9999",
    "Col.-Gen.",
    "Dr.",
    "Mr",
    "NATO",
    "(NATO)",
    "Tashkent-based",
    "pro-Kremlin",
    "anti-",
    "-",
    "--",
    "—",
    ".",
    ",",
    ":",
    "!",
    "?",
    "'s",
    "’",
    "'",
    "\"",
    "“",
    "”",
    "„",
    "(",
    ")",
    "$",
    "€",
    "😀",
    "東京",
    "Москва",
    "e\u{301}",
    "\u{301}",
];

const CONTROLS: &[char] = &[
    '\0', '\u{7}', '\u{8}', '\t', '\r', '\u{b}', '\u{c}', '\u{1b}', '\u{7f}', '\u{85}', '\u{9b}',
    '\u{200b}', '\u{200e}', '\u{202e}', '\u{2028}', '\u{2029}', '\u{feff}', '\u{fffd}',
];

fn any_text(max_chars: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..max_chars).prop_map(String::from_iter)
}

/// One piece of hostile text.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(WORDS).prop_map(str::to_owned),
        2 => prop::sample::select(HEADER_LINES).prop_map(|l| format!("\n{l}\n")),
        2 => prop::sample::select(CONTROLS).prop_map(String::from),
        2 => any_text(12),
        1 => (1usize..40).prop_map(|n| "June 12, 2019 to July 3 ".repeat(n)),
        1 => (1usize..30).prop_map(|n| "\"we go\" said Bob Smith, ".repeat(n)),
        1 => (prop::sample::select(&["A", "a-", "Ё", "x'", "1,", "Foo "][..]), 1usize..3_000)
            .prop_map(|(unit, n)| unit.repeat(n)),
        1 => Just("\u{1b}[31mred\u{1b}[0m \u{1b}]0;title\u{7}".to_owned()),
    ]
}

fn separator() -> impl Strategy<Value = &'static str> {
    prop::sample::select(&[" ", " ", " ", "", "\n", "\n\n", "\r\n", "\t"][..])
}

/// Hostile article text: pieces joined by spaces and line breaks, sometimes under a title.
fn hostile_text(max_pieces: usize) -> impl Strategy<Value = String> {
    (
        any::<bool>(),
        prop::collection::vec((piece(), separator()), 0..max_pieces),
    )
        .prop_map(|(titled, pieces)| {
            let mut text = if titled {
                "A Title\n\n".to_owned()
            } else {
                String::new()
            };
            for (piece, separator) in pieces {
                text.push_str(&piece);
                text.push_str(separator);
            }
            text
        })
}

// ---- checks ----------------------------------------------------------------------------------

fn check_span(what: &str, span: Span, chars: usize) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start <= span.end && span.end <= chars,
        "{what} {span:?} outside a text of {chars} chars"
    );
    Ok(())
}

fn check_facts(text: &str, facts: &Facts) -> Result<(), TestCaseError> {
    let index = CharIndex::new(text);
    let chars = index.char_len();
    for entity in &facts.entities {
        prop_assert!(!entity.canonical.is_empty(), "an entity without a name");
        for &mention in &entity.mentions {
            check_span("mention", mention, chars)?;
        }
    }
    for date in &facts.dates {
        check_span("date", date.span, chars)?;
        prop_assert_eq!(index.slice(text, date.span), &date.text);
    }
    for quote in &facts.quotes {
        check_span("quote", quote.span, chars)?;
    }
    Ok(())
}

fn check_article(text: &str, article: &Article) -> Result<(), TestCaseError> {
    prop_assert_eq!(&article.text, text);
    let chars = text.chars().count();
    let fields = [
        &article.title,
        &article.source,
        &article.section,
        &article.byline,
        &article.dateline,
    ];
    for field in fields.into_iter().flatten() {
        check_span("header field", field.span, chars)?;
    }
    if let Some(published) = &article.published {
        check_span("publication date", published.span, chars)?;
    }
    for block in &article.blocks {
        check_span("block", block.span, chars)?;
        if let Some(credit) = block.credit {
            check_span("credit", credit, chars)?;
        }
    }
    for &span in article.comments.iter().chain(&article.boilerplate) {
        check_span("comment or boilerplate", span, chars)?;
    }
    Ok(())
}

fn check_extraction(text: &str) -> Result<(), TestCaseError> {
    let facts = timed("extract_text", text.len(), || extract_text(text))?;
    check_facts(text, &facts)?;
    let article = timed("parse_article", text.len(), || {
        parse_article("fuzz.txt", text)
    })?;
    check_article(text, &article)?;
    let facts = timed("extract_article", text.len(), || extract_article(&article))?;
    check_facts(text, &facts)
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn hostile_text_parses_and_extracts_within_bounds(text in hostile_text(40)) {
        check_extraction(&text)?;
    }

    #[test]
    fn any_unicode_parses_and_extracts_within_bounds(text in any_text(400)) {
        check_extraction(&text)?;
    }
}

proptest! {
    #![proptest_config(config(8))]

    /// Around 64 KB of hostile pieces: big enough that a quadratic stage blows its budget.
    #[test]
    fn a_large_hostile_text_extracts_within_its_budget(
        unit in hostile_text(30),
        filler in prop::sample::select(&["Foo said. ", "\"a\" ", "June 3 ", "a-b-", "Ё "][..]),
    ) {
        let mut text = unit.clone();
        while text.len() < 64 * 1024 {
            text.push_str(filler);
            text.push_str(&unit);
        }
        check_extraction(&text)?;
    }
}

// ---- queries ---------------------------------------------------------------------------------

fn query_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(&[
            "kaz", "Kaz", "!", "'", "^", "$", "|", " | ", "\"", "\\ ", "\\$", ":", "person:",
            "place:", "org:", "event:", "date:", "colour:", "!'", "^$", "''", "\"\"", " ", "  ",
            "10:30", "東京", "é",
        ][..]).prop_map(str::to_owned),
        1 => any_text(8),
        1 => prop::sample::select(CONTROLS).prop_map(String::from),
    ]
}

proptest! {
    #![proptest_config(config(1024))]

    #[test]
    fn any_query_parses_or_is_refused_without_panicking(
        pieces in prop::collection::vec(query_piece(), 0..120),
    ) {
        let input = pieces.concat();
        if let Ok(query) = timed("Query::parse", input.len(), || Query::parse(&input))? {
            prop_assert!(input.chars().count() <= MAX_QUERY_CHARS);
            let terms: usize = query.groups.iter().map(Vec::len).sum();
            prop_assert!(terms <= MAX_QUERY_TERMS, "{terms} terms accepted");
            for term in query.groups.iter().flatten() {
                prop_assert!(!term.text.is_empty(), "an empty term from {input:?}");
            }
        }
    }
}

proptest! {
    #![proptest_config(config(16))]

    #[test]
    fn a_huge_query_is_refused_within_its_budget(
        pieces in prop::collection::vec(query_piece(), 1..50),
        copies in 1usize..5_000,
    ) {
        let input = pieces.concat().repeat(copies);
        let parsed = timed("Query::parse", input.len(), || Query::parse(&input))?;
        if input.chars().count() > MAX_QUERY_CHARS {
            prop_assert!(
                matches!(parsed, Err(QueryError::TooLong { .. })),
                "{} chars: {parsed:?}",
                input.chars().count()
            );
        }
    }
}

// ---- notes import ----------------------------------------------------------------------------

const NOTE_KEYS: &[&str] = &[
    "schema_version",
    "generator",
    "notes",
    "id",
    "kind",
    "article",
    "article_hash",
    "quote",
    "exact",
    "prefix",
    "suffix",
    "position",
    "start",
    "end",
    "text",
    "created",
    "updated",
    "deleted",
    "type",
    "target",
    "source",
    "selector",
    "motivation",
    "body",
    "bodyValue",
    "value",
    "items",
    "first",
    "@context",
];

const NOTE_STRINGS: &[&str] = &[
    "Annotation",
    "AnnotationPage",
    "AnnotationCollection",
    "TextQuoteSelector",
    "TextPositionSelector",
    "TextualBody",
    "bookmarking",
    "commenting",
    "highlighting",
    "bookmark",
    "note",
    "highlight",
    "urn:gazette:note:",
    "2024-01-01T00:00:00Z",
    "not a date",
    "",
];

fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        prop::sample::select(NOTE_STRINGS).prop_map(Value::from),
        any_text(16).prop_map(Value::from),
        (0u64..3).prop_map(Value::from),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    json_leaf().prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(NOTE_KEYS), inner), 0..8).prop_map(
                |entries| {
                    Value::Object(
                        entries
                            .into_iter()
                            .map(|(key, value)| (key.to_owned(), value))
                            .collect::<Map<String, Value>>(),
                    )
                }
            ),
        ]
    })
}

/// A gazette notes file whose entries have the right shape and hostile values.
fn gazette_notes_file() -> impl Strategy<Value = Value> {
    let text = || {
        prop_oneof![
            prop::sample::select(NOTE_STRINGS).prop_map(str::to_owned),
            any_text(20)
        ]
    };
    let offset = || prop_oneof![0u64..50, any::<u64>()];
    let note = (
        (
            text(),
            prop::sample::select(&["bookmark", "note", "highlight", "other"][..]),
        ),
        (text(), text(), text(), text(), text()),
        (offset(), offset(), text(), text(), text(), any::<bool>()),
    )
        .prop_map(
            |(
                (id, kind),
                (article, hash, exact, prefix, suffix),
                (start, end, body, created, updated, deleted),
            )| {
                serde_json::json!({
                    "id": id, "kind": kind, "article": article, "article_hash": hash,
                    "quote": {"exact": exact, "prefix": prefix, "suffix": suffix},
                    "position": {"start": start, "end": end},
                    "text": body, "created": created, "updated": updated, "deleted": deleted,
                })
            },
        );
    (
        0u64..3,
        prop::collection::vec(prop_oneof![4 => note, 1 => json_value()], 0..6),
    )
        .prop_map(|(version, notes)| serde_json::json!({"schema_version": version, "notes": notes}))
}

/// W3C Web Annotations with the right shape and hostile values.
fn w3c_annotations() -> impl Strategy<Value = Value> {
    let text = || {
        prop_oneof![
            prop::sample::select(NOTE_STRINGS).prop_map(str::to_owned),
            any_text(20)
        ]
    };
    let offset = || prop_oneof![0u64..50, any::<u64>()];
    let annotation = (text(), text(), text(), offset(), offset(), text(), text()).prop_map(
        |(source, exact, prefix, start, end, motivation, body)| {
            serde_json::json!({
                "type": "Annotation", "motivation": motivation, "bodyValue": body,
                "target": {"source": source, "selector": [
                    {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix},
                    {"type": "TextPositionSelector", "start": start, "end": end},
                ]},
            })
        },
    );
    prop::collection::vec(annotation, 0..5).prop_map(|items| {
        serde_json::json!({"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": items}})
    })
}

/// Import must not panic nor take long; a file that is not notes is an error, not a crash;
/// and a note it takes never has a position that runs backwards.
fn check_import(bytes: &[u8]) -> Result<(), TestCaseError> {
    if let Ok(imported) = timed("parse_import", bytes.len(), || parse_import(bytes))? {
        for note in &imported.notes {
            prop_assert!(
                note.position.start <= note.position.end,
                "an inverted position {:?}",
                note.position
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn any_json_imports_or_is_refused_without_panicking(document in json_value()) {
        check_import(document.to_string().as_bytes())?;
    }

    #[test]
    fn hostile_gazette_notes_files_import_or_are_refused(document in gazette_notes_file()) {
        check_import(document.to_string().as_bytes())?;
    }

    #[test]
    fn hostile_w3c_annotations_import_or_are_refused(document in w3c_annotations()) {
        check_import(document.to_string().as_bytes())?;
    }

    #[test]
    fn any_bytes_import_or_are_refused_without_panicking(
        bytes in prop::collection::vec(any::<u8>(), 0..400),
    ) {
        check_import(&bytes)?;
    }
}

// ---- known reproductions ---------------------------------------------------------------------

#[test]
fn timestamp_header_lines_with_a_non_ascii_char_parse_without_panicking() {
    for text in [
        "10:€",
        "5:\u{FFFD}",
        "0:!¡",
        "Title\n\n10:€\n\nBody.",
        "5:\u{FFFD}\nBody.",
    ] {
        let article = parse_article("item5.txt", text);
        check_article(text, &article).unwrap();
        check_facts(text, &extract_article(&article)).unwrap();
    }
}

/// Found by `hostile_gazette_notes_files_import_or_are_refused`: our own JSON format took a
/// position whose start is after its end as it was, where W3C import refuses one.
#[test]
fn an_imported_note_never_has_an_inverted_position() {
    let file = serde_json::json!({"schema_version": 0, "notes": [{
        "id": "n1", "kind": "bookmark", "article": "a.txt", "article_hash": "h",
        "quote": {"exact": "word", "prefix": "", "suffix": ""},
        "position": {"start": 6, "end": 0},
        "text": "", "created": "2024-01-01T00:00:00Z", "updated": "2024-01-01T00:00:00Z",
    }]});
    if let Ok(imported) = parse_import(file.to_string().as_bytes()) {
        for note in imported.notes {
            assert!(
                note.position.start <= note.position.end,
                "{:?}",
                note.position
            );
        }
    }
}

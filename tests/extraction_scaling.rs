//! Every stage of extraction is near-linear in the size of its input, however repetitive the
//! input: a text eight times as long takes about eight times as long, never sixty-four.
//!
//! Wall-clock budgets would flake on a shared machine, so each test compares the time for N
//! repetitions with the time for 8N: a linear stage gives a ratio near 8, a quadratic one 64,
//! far enough apart that a busy machine's noise does not blur them.

use gazette::archive::parse_article;
use gazette::extract::{extract_article, extract_text};
use std::time::{Duration, Instant};

/// How much larger the second input is than the first.
const FACTOR: usize = 8;

/// A linear stage gives about 8 (a little more with n log n sorting); the limit leaves room
/// for noise and is well under the 64 of a quadratic one.
const MAX_RATIO: f64 = 24.0;

/// The fastest of at least three runs, and of as many as fit in a tenth of a second: the
/// fastest run is the one least disturbed by other work on the machine.
fn fastest_run(run: impl Fn()) -> Duration {
    let started = Instant::now();
    let mut fastest = Duration::MAX;
    let mut runs = 0;
    while runs < 3 || started.elapsed() < Duration::from_millis(100) {
        let run_started = Instant::now();
        run();
        fastest = fastest.min(run_started.elapsed());
        runs += 1;
    }
    fastest
}

/// Times `extract` over `make(n)` and `make(FACTOR * n)` and fails when the larger one costs more
/// than `MAX_RATIO` times the smaller.
fn assert_linear(what: &str, n: usize, make: impl Fn(usize) -> String, extract: impl Fn(&str)) {
    // The lexicon loads lazily: load it before timing anything.
    extract_text("Warm up in Astana.");
    let small = make(n);
    let large = make(FACTOR * n);
    let small_time = fastest_run(|| extract(&small));
    let large_time = fastest_run(|| extract(&large));
    let ratio = large_time.as_secs_f64() / small_time.as_secs_f64().max(1e-6);
    assert!(
        ratio < MAX_RATIO,
        "{what}: {} bytes took {small_time:?}, {} bytes took {large_time:?} (x{ratio:.1})",
        small.len(),
        large.len(),
    );
}

fn text_only(text: &str) {
    extract_text(text);
}

/// A distinct capitalised word per `i`: "Qb", "Qc", ..., "Qbb".
fn made_up_name(i: usize) -> String {
    let mut name = String::from("Q");
    let mut k = i + 1;
    while k > 0 {
        name.push(char::from(b'a' + (k % 26) as u8));
        k /= 26;
    }
    name
}

#[test]
fn dates_without_a_year_resolve_in_linear_time() {
    // Issue 9: 4.8 MB of this took 50 s, every yearless date scanning every full date.
    assert_linear(
        "repeated date range",
        3_000,
        |n| "June 12, 2019 to July 3 ".repeat(n),
        text_only,
    );
    assert_linear(
        "repeated date range in an article",
        3_000,
        |n| format!("Title\n\n{}\n", "June 12, 2019 to July 3. ".repeat(n)),
        |text| {
            extract_article(&parse_article("dates.txt", text));
        },
    );
    assert_linear(
        "many different dates",
        2_000,
        |n| {
            (0..n)
                .map(|i| {
                    format!(
                        "June {}, {} to July {} ",
                        i % 28 + 1,
                        1900 + i % 199,
                        i % 30 + 1
                    )
                })
                .collect()
        },
        text_only,
    );
}

#[test]
fn a_long_hyphenated_word_is_read_in_linear_time() {
    assert_linear("a-a-a-…", 1_000, |n| "a-".repeat(n), text_only);
}

#[test]
fn quotes_in_one_long_sentence_are_attributed_in_linear_time() {
    assert_linear(
        "straight quotes, no full stop",
        2_000,
        |n| "\"we go\" ".repeat(n),
        text_only,
    );
    assert_linear(
        "curly quotes, no full stop",
        2_000,
        |n| "“we go” ".repeat(n),
        text_only,
    );
    assert_linear(
        "attribution after the quote",
        1_000,
        |n| "\"we go\" said the Foo Ministry and Bob Smith, ".repeat(n),
        text_only,
    );
    assert_linear(
        "attribution before the quote",
        1_000,
        |n| "Bob Smith said \"we go\" and ".repeat(n),
        text_only,
    );
    assert_linear(
        "unnamed speakers and pronouns",
        1_000,
        |n| "\"We go,\" an official said. He said \"no way\". ".repeat(n),
        text_only,
    );
    assert_linear(
        "pronouns after a sentence naming many people",
        1_000,
        |n| {
            let names = "Bob Smith and Ann Lee and ".repeat(n);
            format!(
                "{names}Tom Ray met.\n\n{}",
                "\"We go,\" he said. ".repeat(n)
            )
        },
        text_only,
    );
}

#[test]
fn many_events_with_longer_names_merge_in_linear_time() {
    assert_linear(
        "distinct events",
        1_000,
        |n| {
            (0..n)
                .map(|i| {
                    let name = made_up_name(i);
                    format!("the {name} Eagle exercise and the {name} Eagle 19 exercise. ")
                })
                .collect()
        },
        text_only,
    );
}

#[test]
fn one_entity_with_many_names_groups_in_linear_time() {
    // Every facility of one place is one entity with a name per facility.
    assert_linear(
        "facilities of one place",
        1_500,
        |n| {
            (0..n)
                .map(|i| format!("the Foo {} Air Base. ", made_up_name(i)))
                .collect()
        },
        text_only,
    );
}

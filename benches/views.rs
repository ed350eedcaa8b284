//! The archive-wide views on a generated archive: the time each view takes to open through
//! the library (the entities list, an entity page for the most frequent person and for the
//! most frequent entity of all, co-mentions, the timeline of the archive and of a list), the
//! refresh after 100 touched files with the views' triggers, and the CLI commands.
//!
//!     cargo bench --bench views                      # 100,000 articles
//!     GAZETTE_BENCH_ARTICLES=20000 cargo bench --bench views

mod support;

use gazette::archive::default_threads;
use gazette::facts::EntityKind;
use gazette::index::SqliteIndex;
use gazette::views::entity_page::PageLimits;
use gazette::views::{
    EntitySort, Period, comentions, entities, entity_page, timeline, timeline_of_dates,
};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::news_archive::{article_path, generate};

/// Runs `f` `times` times; the first time and the median of the rest.
fn timed<T>(times: usize, mut f: impl FnMut() -> T) -> (Duration, Duration, T) {
    let started = Instant::now();
    let mut value = f();
    let first = started.elapsed();
    let mut rest = Vec::new();
    for _ in 1..times {
        let started = Instant::now();
        value = f();
        rest.push(started.elapsed());
    }
    rest.sort();
    let median = rest.get(rest.len() / 2).copied().unwrap_or(first);
    (first, median, value)
}

fn report(what: &str, (first, median): (Duration, Duration)) {
    println!(
        "{what:<62} first {:>8.1} ms  median {:>8.1} ms",
        first.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e3
    );
}

fn main() {
    let count = support::article_count();
    let dir = tempfile::tempdir().expect("temp dir");
    let archive = dir.path().join("archive");
    let index_path = dir.path().join("index.sqlite");
    let started = Instant::now();
    generate(&archive, count);
    println!(
        "generated {count} articles in {:.1} s on {} threads",
        started.elapsed().as_secs_f64(),
        default_threads()
    );
    // The same index without the views' triggers, for what they cost a refresh.
    let bare_path = dir.path().join("bare.sqlite");
    let (mut bare, _) = SqliteIndex::open(&archive, &bare_path).unwrap();
    bare.refresh(default_threads(), |_| {}).unwrap();
    rusqlite::Connection::open(&bare_path)
        .unwrap()
        .execute_batch("DROP TRIGGER views_mention_added; DROP TRIGGER views_mention_removed;")
        .unwrap();
    let (mut store, _) = SqliteIndex::open(&archive, &index_path).unwrap();
    let started = Instant::now();
    let summary = store.refresh(default_threads(), |_| {}).unwrap();
    println!(
        "cold index build (the views' tables tallied as it writes): {} articles in {:.1} s",
        summary.articles,
        started.elapsed().as_secs_f64()
    );
    let writer = rusqlite::Connection::open(&index_path).unwrap();
    gazette::views::schema::mark_stale(&writer).unwrap();
    let started = Instant::now();
    gazette::views::schema::settle(&writer, None).unwrap();
    println!(
        "  the views' tables recounted from the mentions (an interrupted build): {:.1} s",
        started.elapsed().as_secs_f64()
    );
    drop(writer);
    let connection = store.read_only_connection().unwrap();

    let (first, median, all) = timed(5, || {
        entities(&connection, None, EntitySort::Count, usize::MAX).unwrap()
    });
    report(
        &format!("entities view: all {} entities by count", all.len()),
        (first, median),
    );
    let (first, median, _) = timed(5, || {
        entities(
            &connection,
            Some(EntityKind::Person),
            EntitySort::Name,
            usize::MAX,
        )
        .unwrap()
    });
    report("entities view: people by name", (first, median));
    let top = all[0].clone();
    let person =
        entities(&connection, Some(EntityKind::Person), EntitySort::Count, 1).unwrap()[0].clone();
    let rare = all[all.len() / 2].clone();
    for (what, entity) in [
        ("most frequent entity", &top),
        ("most frequent person", &person),
        ("median entity", &rare),
    ] {
        let (first, median, page) = timed(5, || {
            entity_page(&connection, entity, PageLimits::default()).unwrap()
        });
        report(
            &format!(
                "entity page: {what} ({} articles, {} quotes)",
                entity.articles,
                page.quotes.len()
            ),
            (first, median),
        );
        let (first, median, _) = timed(5, || comentions(&connection, entity.id, 50).unwrap());
        report(&format!("  of which co-mentions: {what}"), (first, median));
    }
    for period in [Period::Month, Period::Week, Period::Year] {
        let (first, median, found) = timed(5, || timeline(&connection, period).unwrap());
        report(
            &format!(
                "timeline of the archive by {period:?} ({} bars)",
                found.buckets.len()
            ),
            (first, median),
        );
    }
    let catalog = store.catalog().unwrap().catalog;
    let (first, median, _) = timed(5, || {
        timeline_of_dates(
            catalog.entries().iter().map(|e| e.meta.published),
            Period::Month,
        )
    });
    report(
        &format!("timeline of a list ({} articles) by month", catalog.len()),
        (first, median),
    );

    for i in (0..count).step_by((count / 100).max(1)).take(100) {
        let path = article_path(&archive, i);
        let file = std::fs::File::options().write(true).open(&path).unwrap();
        file.set_modified(std::time::SystemTime::now() + Duration::from_secs(10))
            .unwrap();
    }
    let started = Instant::now();
    let summary = bare.refresh(default_threads(), |_| {}).unwrap();
    println!(
        "refresh after touching 100 files ({} changed), without the triggers: {:.3} s",
        summary.changed,
        started.elapsed().as_secs_f64()
    );
    let started = Instant::now();
    let summary = store.refresh(default_threads(), |_| {}).unwrap();
    println!(
        "refresh after touching 100 files ({} changed), with the triggers: {:.3} s",
        summary.changed,
        started.elapsed().as_secs_f64()
    );
    drop(bare);

    let binary = env!("CARGO_BIN_EXE_gazette");
    let name = person.name.clone();
    let commands: Vec<Vec<&str>> = vec![
        vec!["entities", "--no-refresh"],
        vec!["entities", "--no-refresh", "--json", "-n", "100000"],
        vec!["entity", "--no-refresh", &name, "--json"],
        vec!["entity", "--no-refresh", &name, "--format", "md"],
        vec!["entity", "--no-refresh", &top.name],
        vec!["comentions", "--no-refresh", &name],
        vec!["comentions", "--no-refresh", &name, "--format", "graphml"],
        vec!["timeline", "--no-refresh"],
        vec!["timeline", "--no-refresh", "--by", "week"],
        vec!["timeline", "--no-refresh", "tashkent"],
        vec!["entity", &name],
    ];
    for args in commands {
        let started = Instant::now();
        let status = Command::new(binary)
            .arg("--archive")
            .arg(&archive)
            .arg("--index")
            .arg(&index_path)
            .args(&args)
            .stdout(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success(), "{args:?}");
        println!(
            "{:<62} {:>8.3} s",
            format!("CLI: gazette {}", args.join(" ")),
            started.elapsed().as_secs_f64()
        );
    }
}

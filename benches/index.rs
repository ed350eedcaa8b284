//! The persistent index on a generated archive of news-like articles (~4 KB each): cold build,
//! warm start (catalog and search index from the index), refresh after 100 touched files,
//! search latency through the library and the CLI, `gazette list`, index size, and each
//! phase's peak RSS (every phase runs in a child process of its own).
//!
//!     cargo bench --bench index                      # 100,000 articles
//!     GAZETTE_BENCH_ARTICLES=20000 cargo bench --bench index
//!
//! "before" phases do what gazette did without the index: load and extract every file.

mod support;

use gazette::archive::{Loader, default_threads};
use gazette::index::{SqliteIndex, open_for_reader};
use gazette::search::{Query, load_archive};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};
use support::news_archive::{article_path, generate};

/// The word `search` looks for: a place many articles name.
const WORD: &str = "tashkent";
/// A body word through the full-text index.
const BODY_QUERY: &str = "'irrigation";

fn main() {
    if let Ok(phase) = std::env::var("GAZETTE_BENCH_PHASE") {
        let archive = PathBuf::from(std::env::var("GAZETTE_BENCH_DIR").unwrap());
        let index = PathBuf::from(std::env::var("GAZETTE_BENCH_INDEX").unwrap());
        run_phase(&phase, &archive, &index);
        return;
    }
    let count = support::article_count();
    let dir = tempfile::tempdir().expect("temp dir");
    let archive = dir.path().join("archive");
    let index = dir.path().join("index.sqlite");
    let started = Instant::now();
    let bytes = generate(&archive, count);
    println!(
        "generated {count} articles ({:.0} MB, {:.1} KB each) in {:.1} s on {} threads",
        bytes as f64 / 1e6,
        bytes as f64 / count as f64 / 1e3,
        started.elapsed().as_secs_f64(),
        default_threads()
    );
    if std::env::var("GAZETTE_BENCH_ONLY_GENERATE").is_ok() {
        println!("archive kept at {}", dir.keep().display());
        return;
    }
    let skip_before = std::env::var("GAZETTE_BENCH_SKIP_BEFORE").is_ok();
    if !skip_before {
        phase(
            "before: load and extract every file (today's reader)",
            "before_load",
            &archive,
            &index,
        );
        phase(
            "before: `gazette search` without the index",
            "before_search",
            &archive,
            &index,
        );
    }
    phase(
        "cold: build the index, then read catalog + search index",
        "cold",
        &archive,
        &index,
    );
    let tables = file_size(&index) + file_size(&with_suffix(&index, "-wal"));
    let snapshot = file_size(&with_suffix(&index, ".reader"));
    println!(
        "index size: {:.0} MB = {:.0}% of the archive's {:.0} MB ({:.0} MB tables, {:.0} MB reader snapshot)",
        (tables + snapshot) as f64 / 1e6,
        100.0 * (tables + snapshot) as f64 / bytes as f64,
        bytes as f64 / 1e6,
        tables as f64 / 1e6,
        snapshot as f64 / 1e6,
    );
    phase(
        "warm: open for the reader (full list + filter ready)",
        "warm",
        &archive,
        &index,
    );
    for i in (0..count).step_by((count / 100).max(1)).take(100) {
        touch(&article_path(&archive, i));
    }
    phase(
        "refresh after touching 100 files",
        "refresh",
        &archive,
        &index,
    );
    phase(
        "search through the library (warm)",
        "library_search",
        &archive,
        &index,
    );
    let binary = env!("CARGO_BIN_EXE_gazette");
    let cli = |args: &[&str]| {
        let mut command = Command::new(binary);
        command
            .arg("--archive")
            .arg(&archive)
            .arg("--index")
            .arg(&index)
            .args(args)
            .stdout(std::process::Stdio::null());
        measure_child(command)
    };
    for args in [
        &["search", WORD][..],
        &["search", "--no-refresh", WORD],
        &["search", BODY_QUERY],
        &["list"],
        &["list", "--no-refresh"],
    ] {
        let (elapsed, rss, cpu) = cli(args);
        println!(
            "{:<58} {:>7.3} s  CPU {cpu:>6.2} s  peak RSS {:>5.0} MB",
            format!("CLI: gazette {}", args.join(" ")),
            elapsed.as_secs_f64(),
            rss
        );
    }
}

/// Runs one phase in a child process; prints its own lines, then its time and peak RSS.
fn phase(title: &str, name: &str, archive: &Path, index: &Path) {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .env("GAZETTE_BENCH_PHASE", name)
        .env("GAZETTE_BENCH_DIR", archive)
        .env("GAZETTE_BENCH_INDEX", index);
    let (elapsed, rss, cpu) = measure_child(command);
    println!(
        "{title:<58} {:>7.3} s  CPU {cpu:>6.2} s  peak RSS {rss:>5.0} MB",
        elapsed.as_secs_f64()
    );
}

/// Wall time and peak resident memory (MB) of a child process; its CPU time (user + system)
/// is printed too, as the machine may be shared and wall time then says little alone.
fn measure_child(mut command: Command) -> (Duration, f64, f64) {
    let started = Instant::now();
    // Reaped by wait4 below, which also reports the child's peak RSS.
    #[allow(clippy::zombie_processes)]
    let child = command.spawn().expect("child runs");
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child; `usage` is a valid, writable rusage.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(waited, pid, "wait4");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) <= 1,
        "child failed: {status}"
    );
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    let cpu = seconds(usage.ru_utime) + seconds(usage.ru_stime);
    (started.elapsed(), usage.ru_maxrss as f64 / 1024.0, cpu)
}

fn run_phase(phase: &str, archive: &Path, index: &Path) {
    let threads = default_threads();
    let report = |what: &str, elapsed: Duration| {
        println!("    {what:<54} {:>7.3} s", elapsed.as_secs_f64());
    };
    match phase {
        "before_load" => {
            let started = Instant::now();
            let loaded = load_archive(&Loader::new(archive).unwrap(), threads);
            report(
                &format!("{} articles loaded", loaded.catalog.len()),
                started.elapsed(),
            );
        }
        "before_search" => {
            let started = Instant::now();
            let loaded = load_archive(&Loader::new(archive).unwrap(), threads);
            let hits = loaded.index.search(&Query::parse(WORD).unwrap());
            report(
                &format!("search {WORD}: {} hits", hits.len()),
                started.elapsed(),
            );
        }
        "cold" => {
            let started = Instant::now();
            let start = open_for_reader(archive, Some(index)).unwrap();
            let mut store = start.store;
            let summary = store.refresh(threads, |_| {}).unwrap();
            report(
                &format!(
                    "refresh: {} new, {} extracted",
                    summary.added, summary.extracted
                ),
                started.elapsed(),
            );
            let (catalog, _) = store.load_search().unwrap();
            report(
                &format!("+ catalog of {} and search index", catalog.len()),
                started.elapsed(),
            );
        }
        "warm" => {
            let started = Instant::now();
            let start = open_for_reader(archive, Some(index)).unwrap();
            report(
                &format!(
                    "full list ({} articles) and search index",
                    start.catalog.len()
                ),
                started.elapsed(),
            );
            let query = Query::parse(WORD).unwrap();
            let searched = Instant::now();
            let hits = start.index.search(&query);
            report(
                &format!("first filter `{WORD}`: {} hits", hits.len()),
                searched.elapsed(),
            );
            let mut store = start.store;
            let refreshed = Instant::now();
            let summary = store.refresh(threads, |_| {}).unwrap();
            report(
                &format!("refresh, nothing changed ({} extracted)", summary.extracted),
                refreshed.elapsed(),
            );
        }
        "refresh" => {
            let started = Instant::now();
            let (mut store, _) = SqliteIndex::open(archive, index).unwrap();
            let summary = store.refresh(threads, |_| {}).unwrap();
            report(
                &format!(
                    "{} changed, {} extracted",
                    summary.changed, summary.extracted
                ),
                started.elapsed(),
            );
        }
        "library_search" => {
            let started = Instant::now();
            let (store, _) = SqliteIndex::open(archive, index).unwrap();
            let (_, search) = store.load_search().unwrap();
            report("open + catalog + search index", started.elapsed());
            for text in [WORD, BODY_QUERY, "\"water plan\"", "person:karimova"] {
                let query = Query::parse(text).unwrap();
                let searched = Instant::now();
                let hits = search.search(&query);
                report(
                    &format!("search {text}: {} hits", hits.len()),
                    searched.elapsed(),
                );
            }
        }
        other => panic!("unknown phase {other}"),
    }
}

fn file_size(path: &Path) -> u64 {
    std::fs::metadata(path).map_or(0, |m| m.len())
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

fn touch(path: &Path) {
    let file = std::fs::File::options().write(true).open(path).unwrap();
    file.set_modified(std::time::SystemTime::now() + Duration::from_secs(10))
        .unwrap();
}

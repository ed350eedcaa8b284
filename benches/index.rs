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
use support::{Rng, SEEDS};

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
    let count: usize = std::env::var("GAZETTE_BENCH_ARTICLES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
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

fn article_path(archive: &Path, i: usize) -> PathBuf {
    archive
        .join(format!("{:04}", i / 100))
        .join(format!("{i:06}.txt"))
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

const FIRST: [&str; 24] = [
    "Aydar",
    "Dilnoza",
    "Marat",
    "Aigerim",
    "Rustam",
    "Gulnara",
    "Timur",
    "Saida",
    "Bakhtiyor",
    "Zarina",
    "Nurlan",
    "Madina",
    "Kairat",
    "Feruza",
    "Azamat",
    "Lola",
    "Sanjar",
    "Asel",
    "Erlan",
    "Nodira",
    "Daniyar",
    "Kamila",
    "Ulugbek",
    "Malika",
];
const LAST: [&str; 24] = [
    "Ashimov",
    "Karimova",
    "Tokayev",
    "Nurlanova",
    "Yusupov",
    "Rakhimova",
    "Saidov",
    "Akhmedova",
    "Zhaksybekov",
    "Umarova",
    "Kasymov",
    "Ismailova",
    "Bekov",
    "Tursunova",
    "Alimov",
    "Sadykova",
    "Mirzayev",
    "Abdullaeva",
    "Omarov",
    "Khodjaeva",
    "Sultanov",
    "Yergaliyeva",
    "Rashidov",
    "Nazarova",
];
const ROLES: [&str; 10] = [
    "Defence Minister",
    "Foreign Minister",
    "Deputy Prime Minister",
    "President",
    "Energy Minister",
    "spokesperson",
    "analyst",
    "governor",
    "ambassador",
    "mayor",
];
const PLACES: [&str; 20] = [
    "Tashkent",
    "Almaty",
    "Astana",
    "Bishkek",
    "Dushanbe",
    "Ashgabat",
    "Samarkand",
    "Bukhara",
    "Osh",
    "Khujand",
    "Shymkent",
    "Karaganda",
    "Namangan",
    "Fergana",
    "Termez",
    "Aktau",
    "Kokand",
    "Nukus",
    "Taraz",
    "Turkmenabat",
];
const ORGS: [&str; 10] = [
    "Ministry of Defence",
    "Shanghai Cooperation Organisation",
    "Asian Development Bank",
    "World Bank",
    "Collective Security Treaty Organisation",
    "State Security Service",
    "Ministry of Energy",
    "United Nations",
    "European Union",
    "Eurasian Economic Union",
];
const NOUNS: [&str; 16] = [
    "irrigation",
    "rail link",
    "power grid",
    "border crossing",
    "cotton harvest",
    "water plan",
    "gas pipeline",
    "trade route",
    "customs union",
    "wheat exports",
    "security pact",
    "drills",
    "hydropower dam",
    "road network",
    "visa regime",
    "tariffs",
];
const VERBS: [&str; 10] = [
    "expand",
    "review",
    "fund",
    "modernise",
    "discuss",
    "sign",
    "suspend",
    "inspect",
    "rebuild",
    "extend",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Writes `count` articles of about 4 KB (100 to a folder); returns the bytes written.
fn generate(archive: &Path, count: usize) -> usize {
    let seed_paragraphs: Vec<&str> = SEEDS
        .iter()
        .flat_map(|seed| seed.split("\n\n").skip(4))
        .filter(|p| p.len() > 120 && !p.contains('['))
        .collect();
    let mut bytes = 0;
    for i in 0..count {
        let path = article_path(archive, i);
        if i % 100 == 0 {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        }
        let text = article(i, &seed_paragraphs);
        bytes += text.len();
        std::fs::write(path, text).unwrap();
    }
    bytes
}

fn article(i: usize, seed_paragraphs: &[&str]) -> String {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ (i as u64 + 1).wrapping_mul(0x2545_F491_4F6C_DD1D));
    let person = |rng: &mut Rng| format!("{} {}", rng.pick(&FIRST), rng.pick(&LAST));
    let date = |rng: &mut Rng| format!("{} {}", rng.pick(&MONTHS), 1 + rng.below(28));
    let year = 2014 + rng.below(11);
    let place = rng.pick(&PLACES);
    let other = rng.pick(&PLACES);
    let noun = rng.pick(&NOUNS);
    let mut text = format!(
        "{place} and {other} {} {noun} plan, report {i}\n\nBy {}\n\nPublished: {} {} {year}\n\n",
        rng.pick(&VERBS),
        person(&mut rng),
        1 + rng.below(28),
        rng.pick(&MONTHS),
    );
    text.push_str(&format!(
        "{} -- Officials from {place} and {other} agreed on {} to {} the {noun}, the {} said.\n\n",
        place.to_uppercase(),
        date(&mut rng),
        rng.pick(&VERBS),
        rng.pick(&ORGS),
    ));
    while text.len() < 3900 {
        let paragraph = match rng.below(6) {
            0 => format!(
                "\"We will {} the {} with our neighbours in {},\" said {} {} on {}.",
                rng.pick(&VERBS),
                rng.pick(&NOUNS),
                rng.pick(&PLACES),
                rng.pick(&ROLES),
                person(&mut rng),
                date(&mut rng),
            ),
            1 => format!(
                "The {} estimated the cost of the {} at {} million dollars, up {} per cent on {}, \
                 and expects work to start in {} {}.",
                rng.pick(&ORGS),
                rng.pick(&NOUNS),
                10 + rng.below(990),
                1 + rng.below(40),
                year - 1,
                rng.pick(&MONTHS),
                year + 1,
            ),
            2 => format!(
                "{}, a {} based in {}, said the {} would matter most for {} and {}, where {} \
                 families depend on it. Case file {}-{} lists the details.",
                person(&mut rng),
                rng.pick(&ROLES),
                rng.pick(&PLACES),
                rng.pick(&NOUNS),
                rng.pick(&PLACES),
                rng.pick(&PLACES),
                1000 + rng.below(90_000),
                rng.pick(&LAST).to_lowercase(),
                rng.below(1_000_000),
            ),
            _ => seed_paragraphs[rng.below(seed_paragraphs.len())].to_owned(),
        };
        text.push_str(&paragraph);
        text.push_str("\n\n");
    }
    text
}

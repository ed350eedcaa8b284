//! Extraction throughput on one core, in MB/s: the bundled articles (parsed, then extracted,
//! over and over) and a synthetic news text with names the gazetteers do not hold.
//!
//! Run: `cargo bench --bench extract`. Figures are per CPU-second of the benchmark thread
//! (the thread's CPU clock on Unix, wall time elsewhere), so other load on the machine does
//! not lower them much (a busy machine's shared caches still do). Target: at least 10 MB/s
//! with the learned name tagger on (issue 12; 14-15 MB/s when it came in, against 18-21
//! without it), so that 100,000 articles (about 5 KB each) take under a minute on two cores.

use gazette::archive::{Article, parse_article};
use gazette::extract::{extract_article, extract_text};
use std::hint::black_box;
use std::time::{Duration, Instant};

const MIN_TIME: Duration = Duration::from_secs(3);

fn bundled_articles() -> Vec<Article> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("articles");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("articles/")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).expect("readable article");
            parse_article(&p.file_name().unwrap().to_string_lossy(), &text)
        })
        .collect()
}

/// News-like text: sentences built from templates with made-up names, places and dates.
fn synthetic_text(target_bytes: usize) -> String {
    let given = [
        "Aigerim", "Bakhyt", "Dilshod", "Elena", "Farid", "Gulnara", "Hasan", "Irina",
    ];
    let family = [
        "Sadykova", "Tokayev", "Rakhimov", "Petrova", "Nazarov", "Kim", "Orlov", "Umarova",
    ];
    let places = [
        "Bishkek",
        "Dushanbe",
        "Ashgabat",
        "Baku",
        "Tbilisi",
        "Karaganda",
        "Osh",
        "Termez",
    ];
    let months = ["January", "March", "May", "July", "September", "November"];
    let mut state: u64 = 42;
    let mut next = |n: usize| {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n
    };
    let mut text = String::with_capacity(target_bytes + 1024);
    while text.len() < target_bytes {
        let person = format!("{} {}", given[next(8)], family[next(8)]);
        let surname = person.split(' ').nth(1).unwrap().to_owned();
        let place = places[next(8)];
        let month = months[next(6)];
        let day = 1 + next(28);
        match next(5) {
            0 => text.push_str(&format!(
                "Deputy Foreign Minister {person} met officials in {place} on {month} {day}, the \
                 Ministry of Foreign Affairs said.\n\n"
            )),
            1 => text.push_str(&format!(
                "\"We will keep working with our neighbours on water and energy,\" {surname} told \
                 the Trend News Agency in {place}. \"The region needs calm.\"\n\n"
            )),
            2 => text.push_str(&format!(
                "{person}, a {place}-based political analyst, said the Silk Shield exercise last \
                 year showed how far co-operation has come since 2015.\n\n"
            )),
            3 => text.push_str(&format!(
                "The Central Asian Development Fund (CADF) reported on {month} {day} that trade \
                 through {place} grew for the third year in a row, according to the World Bank.\n\n"
            )),
            _ => text.push_str(&format!(
                "Two months ago, troops from Kazakhstan, Uzbekistan and Kyrgyzstan trained at the \
                 {place} training ground near the Caspian Sea, the defence ministry said.\n\n"
            )),
        }
    }
    text
}

/// The CPU time this thread has run, in seconds; wall time where the platform has no such
/// clock.
fn thread_seconds() -> f64 {
    #[cfg(unix)]
    {
        let mut now = libc::timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: clock_gettime writes one timespec, which `now` is, and reads nothing else.
        if unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut now) } == 0 {
            return now.tv_sec as f64 + now.tv_nsec as f64 / 1e9;
        }
    }
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    START.get_or_init(Instant::now).elapsed().as_secs_f64()
}

/// Runs `work` (which processes `bytes` bytes) until MIN_TIME has passed; returns MB/s per
/// CPU-second of this thread.
fn measure(bytes: usize, mut work: impl FnMut()) -> (f64, u32) {
    work(); // warm up: builds the gazetteers once
    let start = Instant::now();
    let cpu_start = thread_seconds();
    let mut rounds = 0;
    while start.elapsed() < MIN_TIME {
        work();
        rounds += 1;
    }
    let seconds = thread_seconds() - cpu_start;
    (
        (bytes as f64 * rounds as f64) / seconds / 1_000_000.0,
        rounds,
    )
}

fn main() {
    let articles = bundled_articles();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let (mbps, rounds) = measure(bytes, || {
        for article in &articles {
            black_box(extract_article(black_box(article)));
        }
    });
    println!(
        "extract_article, {} bundled articles ({bytes} bytes) x {rounds}: {mbps:.1} MB/s",
        articles.len()
    );

    let with_parse: Vec<(String, String)> = articles
        .iter()
        .map(|a| (a.id.clone(), a.text.clone()))
        .collect();
    let (mbps, rounds) = measure(bytes, || {
        for (id, text) in &with_parse {
            black_box(extract_article(&parse_article(id, black_box(text))));
        }
    });
    println!("parse_article + extract_article, bundled articles x {rounds}: {mbps:.1} MB/s");

    let text = synthetic_text(1_000_000);
    let (mbps, rounds) = measure(text.len(), || {
        black_box(extract_text(black_box(&text)));
    });
    println!(
        "extract_text, synthetic news ({} bytes) x {rounds}: {mbps:.1} MB/s",
        text.len()
    );

    let start = Instant::now();
    let mut calls = 0u32;
    while start.elapsed() < MIN_TIME {
        for article in &articles {
            black_box(extract_article(black_box(article)));
            calls += 1;
        }
    }
    println!(
        "latency: {:?} per bundled article on average",
        start.elapsed() / calls.max(1)
    );
}

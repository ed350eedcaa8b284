//! Loading an archive of generated articles: discovery, reading and parsing, on all cores.
//!
//!     cargo bench --bench load                      # 100,000 articles
//!     GAZETTE_BENCH_ARTICLES=20000 cargo bench --bench load

mod support;

use gazette::archive::{LoadEvent, Loader};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;
use support::SEEDS;

fn main() {
    let count = support::article_count();
    let dir = tempfile::tempdir().expect("temp dir");
    let started = Instant::now();
    let mut bytes = 0usize;
    for i in 0..count {
        // 100 articles a folder, as archives are usually split by date or source.
        let folder = dir.path().join(format!("{:04}", i / 100));
        if i % 100 == 0 {
            std::fs::create_dir_all(&folder).expect("folder");
        }
        let seed = SEEDS[i % SEEDS.len()];
        let text = format!("Story {i}: {seed}");
        bytes += text.len();
        std::fs::write(folder.join(format!("{i:06}.txt")), text).expect("write");
    }
    println!(
        "generated {count} articles ({:.0} MB) in {:.1} s",
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );

    let loader = Loader::new(dir.path()).expect("archive");
    let started = Instant::now();
    let (ids, _) = loader.discover();
    let discover = started.elapsed();

    let started = Instant::now();
    let first_article = std::sync::Mutex::new(None);
    let loaded = AtomicUsize::new(0);
    loader.load_with(gazette::archive::default_threads(), |event| {
        if let LoadEvent::Loaded(_) = event {
            let n = loaded.fetch_add(1, Ordering::Relaxed);
            if n == 0 {
                *first_article.lock().unwrap() = Some(started.elapsed());
            }
        }
    });
    let load = started.elapsed();
    let first = first_article.lock().unwrap().unwrap_or_default();

    let started = Instant::now();
    let report = loader.load_all();
    let load_all = started.elapsed();
    assert_eq!(report.articles.len(), count);
    assert_eq!(ids.len(), count);

    println!(
        "discover {count} files: {:.0} ms",
        discover.as_secs_f64() * 1e3
    );
    println!(
        "read + parse: {:.2} s ({:.0} articles/s, {:.0} MB/s), first article after {:.1} ms",
        load.as_secs_f64(),
        count as f64 / load.as_secs_f64(),
        bytes as f64 / 1e6 / load.as_secs_f64(),
        first.as_secs_f64() * 1e3
    );
    println!(
        "load_all (metadata of every article, sorted): {:.2} s",
        load_all.as_secs_f64()
    );
}

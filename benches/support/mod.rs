//! What the benches share: the bundled articles as seeds, and a deterministic generator.

#![allow(dead_code)] // Each bench uses its part.

pub mod news_archive;

/// How many articles a bench's archive holds: `GAZETTE_BENCH_ARTICLES`, else 100,000.
pub fn article_count() -> usize {
    std::env::var("GAZETTE_BENCH_ARTICLES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000)
}

/// The five bundled articles, to build larger archives from.
pub const SEEDS: [&str; 5] = [
    include_str!("../../articles/000_721b475338128ad3.txt"),
    include_str!("../../articles/001_debd4f22ff665b1c.txt"),
    include_str!("../../articles/002_a0b07c0a3bc0e0ce.txt"),
    include_str!("../../articles/003_bfca926db83a5ef9.txt"),
    include_str!("../../articles/004_b7b415f8c511073a.txt"),
];

/// A small deterministic generator (xorshift), so every run builds the same archive.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    pub fn pick<'a, T: AsRef<str>>(&mut self, items: &'a [T]) -> &'a str {
        items[self.below(items.len())].as_ref()
    }
}

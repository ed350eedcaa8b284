//! How long notes take where a reader waits for them: anchoring an article's notes when it
//! opens (the worst case is an orphan, which scans the whole text approximately) and saving
//! one change to a large notes file.
//!
//! Run: `cargo bench --bench notes`

use gazette::notes::{Anchorer, Note, NoteKind, NotesStore};
use gazette::span::Span;
use std::time::{Duration, Instant};

const ARTICLES: [&str; 5] = [
    include_str!("../articles/000_721b475338128ad3.txt"),
    include_str!("../articles/001_debd4f22ff665b1c.txt"),
    include_str!("../articles/002_a0b07c0a3bc0e0ce.txt"),
    include_str!("../articles/003_bfca926db83a5ef9.txt"),
    include_str!("../articles/004_b7b415f8c511073a.txt"),
];

fn time<T>(label: &str, runs: u32, mut work: impl FnMut() -> T) {
    let mut best = Duration::MAX;
    for _ in 0..runs {
        let started = Instant::now();
        std::hint::black_box(work());
        best = best.min(started.elapsed());
    }
    println!("{label:<60} best of {runs}: {best:>10.2?}");
}

fn main() {
    let article = ARTICLES[0];
    let passage_start = article.find("The first stage").unwrap();
    let span = Span::new(passage_start, passage_start + 120);
    let note = Note::new(NoteKind::Annotation, "a", article, span, "n").unwrap();

    for target_chars in [20_000, 200_000, 1_000_000] {
        let mut text = String::new();
        while text.len() < target_chars {
            for other in &ARTICLES[1..] {
                text.push_str(other);
            }
        }
        let shifted = format!("{text}{article}");
        let orphaned = format!("{text}{}", article.replace("The first stage", "Stage one"));
        let label = |case: &str| format!("anchor 120-char quote, {case}, {target_chars} chars");
        time(&label("exact after shift"), 5, || {
            Anchorer::new(&shifted).locate(&note)
        });
        let reworded = shifted.replacen("Steppe Freedom exercise", "Steppe Freedom drill", 1);
        time(&label("reworded (fuzzy)"), 5, || {
            Anchorer::new(&reworded).locate(&note)
        });
        time(&label("passage gone (orphan)"), 5, || {
            Anchorer::new(&orphaned).locate(&note)
        });
        // An imported note may carry far more context than the 32 chars gazette saves.
        let mut huge_context = note.clone();
        huge_context.quote.prefix = "context ".repeat(6_250);
        huge_context.quote.suffix = huge_context.quote.prefix.clone();
        time(&label("50k-char context, reworded"), 5, || {
            Anchorer::new(&reworded).locate(&huge_context)
        });
    }

    let periodic = "ab".repeat(100_000);
    let long_quote = Note::new(
        NoteKind::Bookmark,
        "ab",
        &periodic,
        Span::new(100_000, 120_000),
        "",
    )
    .unwrap();
    let shifted = format!("x{periodic}");
    time("anchor 20k-char quote, 90k overlapping copies", 5, || {
        Anchorer::new(&shifted).locate(&long_quote)
    });

    for count in [1_000, 10_000] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.json");
        let notes: Vec<Note> = (0..count)
            .map(|n| {
                let start = (n * 37) % (article.chars().count() - 200);
                let span = Span::new(start, start + 100);
                Note::new(NoteKind::Annotation, "a", article, span, "a short note").unwrap()
            })
            .collect();
        let mut store = NotesStore::open(&path);
        store.import(notes).unwrap();
        let bytes = std::fs::metadata(&path).unwrap().len();
        let mut n = 0;
        time(
            &format!("save one edit, {count} notes ({} KB file)", bytes / 1024),
            5,
            || {
                n += 1;
                let id = store.notes()[0].id.clone();
                store.edit(&id, &format!("edit {n}")).unwrap()
            },
        );
    }
}

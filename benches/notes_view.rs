//! The notes view (`B`) filters every row on each keystroke on the UI thread: how long one
//! keystroke takes with 1,000 and 10,000 notes, for a query growing letter by letter.
//!
//! Run: `cargo bench --bench notes_view`

use gazette::notes::{Note, NoteKind};
use gazette::span::Span;
use gazette::ui::notes_view::{NoteRow, NotesView, Placement};
use std::time::{Duration, Instant};

const ARTICLE: &str = include_str!("../articles/000_721b475338128ad3.txt");

fn rows(count: usize) -> Vec<NoteRow> {
    let sentences: Vec<(usize, usize)> = ARTICLE
        .match_indices(". ")
        .scan(0, |start, (end, _)| {
            let span = (*start, end + 1);
            *start = end + 2;
            Some(span)
        })
        .filter(|(s, e)| e > s && ARTICLE.is_char_boundary(*s) && ARTICLE.is_char_boundary(*e))
        .collect();
    (0..count)
        .map(|i| {
            let (start, end) = sentences[i % sentences.len()];
            let start_char = ARTICLE[..start].chars().count();
            let span = Span::new(start_char, start_char + ARTICLE[start..end].chars().count());
            let note = Note::new(
                NoteKind::Annotation,
                &format!("section-{}/article-{i}.txt", i % 37),
                ARTICLE,
                span,
                &format!("note {i}: follow up with the ministry\nsecond line"),
            )
            .unwrap();
            NoteRow::new(&note, Some("Special ops exercise"), Placement::Placed)
        })
        .collect()
}

fn main() {
    for count in [1_000, 10_000] {
        let mut view = NotesView::new(rows(count));
        for query in [
            "m",
            "mi",
            "min",
            "mini",
            "minis",
            "ministry",
            "ministry sec",
        ] {
            let mut best = Duration::MAX;
            for _ in 0..5 {
                let started = Instant::now();
                view.filter_by(query);
                best = best.min(started.elapsed());
            }
            println!(
                "{count:>6} notes, query {query:<14} {:>6} shown   best of 5: {best:>10.2?}",
                view.shown.len()
            );
        }
    }
}

//! The reader's costs on a 5 MB article (the loader's size limit): laying it out once for a
//! width, and drawing a frame, which must not grow with the article.
//!
//!     cargo bench --bench reader

use gazette::ui::config::Config;
use gazette::ui::document::Document;
use gazette::ui::reading_state::ReadingState;
use gazette::ui::{Action, App};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::time::Instant;

const SEED: &str = include_str!("../articles/002_a0b07c0a3bc0e0ce.txt");

fn main() {
    let mut text = String::new();
    while text.len() < 5 * 1024 * 1024 - SEED.len() {
        text.push_str(SEED);
        text.push_str("\n\nWide text 東京で会議 😀 and combining e\u{301} marks.\n\n");
    }
    // The parser sets repeated text apart as boilerplate; the reader's own fallback (one block
    // per blank-line-separated chunk) lays out every byte, which is the worst case wanted here.
    let mut article = gazette::archive::parse_article("big.txt", &text);
    article.blocks.clear();
    article.title = None;
    println!(
        "article: {:.1} MB, {} blocks",
        text.len() as f64 / 1_048_576.0,
        article.blocks.len()
    );

    let started = Instant::now();
    let document = Document::layout(&article, 80);
    println!(
        "layout at 80 columns: {} lines in {:.0} ms (once per article and width)",
        document.len(),
        started.elapsed().as_secs_f64() * 1000.0
    );

    let mut app = App::new(Config::defaults(false), ReadingState::default());
    app.update(Action::Resize {
        width: 160,
        height: 50,
    });
    let entry = gazette::catalog::CatalogRecord::from_article(&article);
    app.update(Action::Loaded(Box::new(entry)));
    app.update(Action::Tick);
    let effects = app.update(Action::ArticleRead {
        id: "big.txt".into(),
        result: Ok(Box::new((article, Default::default()))),
    });
    // What the layout thread would do.
    for effect in effects {
        if let gazette::ui::Effect::LayOut {
            article,
            index,
            width,
        } = effect
        {
            let document = Box::new(Document::layout_indexed(&article, &index, width));
            app.update(Action::LaidOut {
                id: article.id.clone(),
                document,
            });
        }
    }
    assert!(app.open_article().is_some_and(|o| o.document.is_some()));
    let mut terminal = Terminal::new(TestBackend::new(160, 50)).expect("test terminal");
    let frames = 200;
    let started = Instant::now();
    for i in 0..frames {
        let key = if i % 2 == 0 { 'G' } else { 'g' };
        app.update(Action::Key(crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::Char(key),
            crossterm::event::KeyModifiers::NONE,
        )));
        terminal
            .draw(|frame| gazette::ui::render::draw(frame, &app))
            .expect("draw");
    }
    println!(
        "frame (key + draw, 160x50): {:.2} ms on average over {frames}",
        started.elapsed().as_secs_f64() * 1000.0 / frames as f64
    );

    list_of_100k();
}

/// 100,000 catalog entries arriving in scrambled order, in batches as the loop drains them,
/// then keys on the full list.
fn list_of_100k() {
    use gazette::catalog::{CatalogRecord, EntityKey};
    use gazette::facts::EntityKind;
    let count: u64 = 100_000;
    let template = gazette::archive::parse_article("x.txt", SEED).meta();
    let entries: Vec<CatalogRecord> = (0..count)
        .map(|i| {
            // A multiplicative scramble: ids arrive in no particular order, as from workers.
            let n = (i * 7_919) % count;
            let mut meta = template.clone();
            meta.id = format!("{:04}/{n:06}.txt", n / 100);
            CatalogRecord {
                meta,
                entities: vec![EntityKey {
                    kind: EntityKind::Person,
                    canonical: format!("Person {}", n % 50),
                }],
                date_values: Vec::new(),
            }
        })
        .collect();
    let mut app = App::new(Config::defaults(false), ReadingState::default());
    app.update(Action::Resize {
        width: 160,
        height: 50,
    });
    app.update(Action::Discovered {
        total: count as usize,
    });
    let started = Instant::now();
    let mut slowest_tick = 0f64;
    for (i, entry) in entries.into_iter().enumerate() {
        app.update(Action::Loaded(Box::new(entry)));
        if (i + 1) % 5_000 == 0 {
            let tick = Instant::now();
            app.update(Action::Tick);
            slowest_tick = slowest_tick.max(tick.elapsed().as_secs_f64());
        }
    }
    app.update(Action::Tick);
    println!(
        "100,000 entries into the list: {:.0} ms in all, slowest batch merge {:.1} ms",
        started.elapsed().as_secs_f64() * 1000.0,
        slowest_tick * 1000.0
    );
    let keys = 1_000;
    let started = Instant::now();
    for _ in 0..keys {
        app.update(Action::Key(crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::Char('j'),
            crossterm::event::KeyModifiers::NONE,
        )));
    }
    println!(
        "a key on the 100,000-article list: {:.3} ms on average",
        started.elapsed().as_secs_f64() * 1000.0 / keys as f64
    );
}

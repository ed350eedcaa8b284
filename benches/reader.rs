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
    let entry = gazette::catalog::CatalogEntry::from_article(&article);
    app.update(Action::Loaded(Box::new(entry)));
    let effects = app.update(Action::ArticleRead {
        id: "big.txt".into(),
        result: Ok(Box::new((article, Default::default()))),
    });
    // What the layout thread would do.
    for effect in effects {
        if let gazette::ui::Effect::LayOut { article, width } = effect {
            let document = Box::new(Document::layout(&article, width));
            app.update(Action::LaidOut {
                id: article.id.clone(),
                document,
            });
        }
    }
    assert!(app.open.as_ref().is_some_and(|o| o.document.is_some()));
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
}

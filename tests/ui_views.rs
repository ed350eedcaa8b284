//! The archive-wide views in the reader, on the bundled archive: the entities list (`E`),
//! an entity's page (`i`, →), the timeline (`T`), and how each narrows the list or opens an
//! article, with snapshots of each.

mod ui_support;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use gazette::archive::read_article_file;
use gazette::extract::extract_article;
use gazette::index::SqliteIndex;
use gazette::ui::action::Action;
use gazette::ui::app::{ListFilter, Mode};
use gazette::ui::archive_views::View;
use gazette::ui::layout::Pane;
use gazette::ui::reading_state::ReadingState;
use gazette::views::ViewsSource;
use std::path::Path;
use ui_support::{Harness, no_color_config};

const IDS: [&str; 5] = [
    "000_721b475338128ad3.txt",
    "001_debd4f22ff665b1c.txt",
    "002_a0b07c0a3bc0e0ce.txt",
    "003_bfca926db83a5ef9.txt",
    "004_b7b415f8c511073a.txt",
];

/// The reader on the bundled articles, its views answered from an index of them.
fn bundled() -> (Harness, tempfile::TempDir) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("articles");
    let articles = IDS
        .iter()
        .map(|id| {
            let article = read_article_file(&root, id).unwrap();
            let facts = extract_article(&article);
            (article, facts)
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let index_path = dir.path().join("index.sqlite");
    let (mut index, _) = SqliteIndex::open(&root, &index_path).unwrap();
    index.refresh(1, |_| {}).unwrap();
    let mut harness = Harness::with(no_color_config(), ReadingState::default(), articles);
    harness.views = Some(ViewsSource::new(&index_path));
    (harness, dir)
}

fn alt_enter(h: &mut Harness) {
    h.send(Action::Key(KeyEvent::new(
        KeyCode::Enter,
        KeyModifiers::ALT,
    )));
}

#[test]
fn the_entities_view_filters_switches_kinds_and_narrows_the_list() {
    let (mut h, _dir) = bundled();
    h.chars("E");
    assert_eq!(h.app.mode(), Mode::View);
    insta::assert_snapshot!("entities_120x40", h.screen(120, 40));
    h.key(KeyCode::Tab);
    let Some(View::Entities(list)) = h.app.archive_views().top() else {
        panic!("no entities view")
    };
    let rows = list.rows.as_ref().unwrap();
    assert!(list.shown.iter().all(|&i| rows[i].kind.label() == "person"));
    // The rows in sight got their months for the sparklines; the span is the archive's.
    let kazakhstan = rows.iter().find(|r| r.name == "Kazakhstan").unwrap();
    assert_eq!(list.months[&kazakhstan.id][0].month, "2024-04");
    assert_eq!(list.span, Some(((2024, 4), (2024, 4))));
    h.chars("zhas");
    let Some(View::Entities(list)) = h.app.archive_views().top() else {
        panic!()
    };
    assert_eq!(list.chosen().unwrap().name, "Saken Zhasuzakov");
    h.key(KeyCode::Enter);
    assert!(!h.app.archive_views().is_open());
    assert!(matches!(
        h.app.list_filter(),
        Some(ListFilter::Entity(key)) if key.canonical == "Saken Zhasuzakov"
    ));
    assert_eq!(h.app.visible().len(), 3);
    h.key(KeyCode::Esc);
    assert_eq!(h.app.visible().len(), 5, "Esc widens the list back");
}

#[test]
fn the_entity_page_shows_roles_quotes_and_opens_the_article_at_a_quote() {
    let (mut h, _dir) = bundled();
    h.chars("E");
    h.chars("zhasuzakov");
    alt_enter(&mut h);
    let Some(View::Entity(page)) = h.app.archive_views().top() else {
        panic!("no entity page")
    };
    let shown = page.page.as_ref().expect("answered");
    assert!(shown.roles.len() >= 2);
    assert!(shown.quotes.len() >= 5);
    insta::assert_snapshot!("entity_page_120x40", h.screen(120, 40));
    h.key(KeyCode::Down);
    let quote = match h.app.archive_views().top() {
        Some(View::Entity(page)) => page.page.as_ref().unwrap().quotes[1].clone(),
        _ => panic!(),
    };
    h.key(KeyCode::Enter);
    assert!(!h.app.archive_views().is_open());
    assert_eq!(h.app.selected_id().as_deref(), Some(quote.article.as_str()));
    assert_eq!(h.app.focus(), Pane::Article);
    let marked = h.app.marks().spans().to_vec();
    assert_eq!(marked.len(), 1);
    assert_eq!((marked[0].start, marked[0].end), (quote.start, quote.end));
    // Esc on the page goes back to the list of entities, not out of the views.
    h.chars("E");
    h.chars("zhasuzakov");
    h.key(KeyCode::Right);
    h.key(KeyCode::Esc);
    assert!(matches!(
        h.app.archive_views().top(),
        Some(View::Entities(_))
    ));
}

#[test]
fn the_timeline_zooms_and_narrows_the_list_to_a_period() {
    let (mut h, _dir) = bundled();
    h.chars("T");
    let Some(View::Timeline(timeline)) = h.app.archive_views().top() else {
        panic!("no timeline")
    };
    assert_eq!(timeline.articles, 5);
    assert_eq!(
        timeline.timeline.buckets.len(),
        1,
        "one dated article, in 2024-04"
    );
    assert_eq!(timeline.facts.events, [("Birlestik-2024".to_owned(), 1)]);
    assert_eq!(timeline.facts.dates, [("2024-04-27".to_owned(), 1)]);
    insta::assert_snapshot!("timeline_120x40", h.screen(120, 40));
    h.chars("-");
    let Some(View::Timeline(years)) = h.app.archive_views().top() else {
        panic!()
    };
    assert_eq!(years.timeline.buckets[0].label, "2024");
    h.chars("++");
    let Some(View::Timeline(weeks)) = h.app.archive_views().top() else {
        panic!()
    };
    assert_eq!(weeks.timeline.buckets[0].label, "2024-04-22");
    h.key(KeyCode::Enter);
    assert!(!h.app.archive_views().is_open());
    assert_eq!(
        h.app.list_filter(),
        Some(&ListFilter::Published {
            from: "2024-04-22".into(),
            to: "2024-04-28".into(),
            within: None,
        })
    );
    assert_eq!(h.app.visible().len(), 1);
    // The filter composes: the timeline of the narrowed list has that one article.
    h.chars("T");
    let Some(View::Timeline(narrowed)) = h.app.archive_views().top() else {
        panic!()
    };
    assert_eq!(narrowed.articles, 1);
}

#[test]
fn i_on_a_fact_opens_its_page_and_n_there_narrows_the_list() {
    let (mut h, _dir) = bundled();
    h.chars("i");
    assert!(!h.app.archive_views().is_open(), "no entity chosen yet");
    assert!(h.app.status_message().unwrap().contains("facts panel"));
    h.chars("E");
    h.chars("kazakhstan");
    h.key(KeyCode::Enter);
    h.chars("i");
    let Some(View::Entity(page)) = h.app.archive_views().top() else {
        panic!("the narrowed list's entity has its page")
    };
    assert_eq!(page.name, "Kazakhstan");
    assert!(page.page.as_ref().unwrap().comentions.len() > 3);
    h.chars("n");
    assert!(!h.app.archive_views().is_open());
    assert_eq!(h.app.visible().len(), 5);
}

#[test]
fn a_range_of_bars_narrows_the_list_to_its_whole_period() {
    let mut h = Harness::new();
    h.chars("T");
    let Some(View::Timeline(timeline)) = h.app.archive_views().top() else {
        panic!("no timeline")
    };
    let labels: Vec<&str> = timeline
        .timeline
        .buckets
        .iter()
        .map(|b| b.label.as_str())
        .collect();
    assert_eq!(labels.first(), Some(&"2019-06"));
    assert_eq!(
        labels.last(),
        Some(&"2020-04"),
        "the cursor starts on the last"
    );
    // From the month before the last back to the first: the two 2019 articles.
    h.key(KeyCode::Up);
    h.chars(" ");
    for _ in 0..9 {
        h.key(KeyCode::Up);
    }
    h.key(KeyCode::Enter);
    assert_eq!(
        h.app.list_filter(),
        Some(&ListFilter::Published {
            from: "2019-06-01".into(),
            to: "2020-03-31".into(),
            within: None,
        })
    );
    assert_eq!(h.app.visible().len(), 2);
}

#[test]
fn a_period_narrows_within_the_fact_the_list_is_narrowed_to() {
    let (mut h, _dir) = bundled();
    h.chars("E");
    h.chars("kazakhstan");
    h.key(KeyCode::Enter);
    assert_eq!(h.app.visible().len(), 5);
    h.chars("T");
    h.key(KeyCode::Enter);
    let filter = h.app.list_filter().unwrap();
    assert_eq!(
        filter.label(),
        "place: Kazakhstan · published: 2024-04-01..2024-04-30"
    );
    assert_eq!(h.app.visible().len(), 1);
    // Another period replaces the period, still within the fact.
    h.chars("T");
    h.chars("-");
    h.key(KeyCode::Enter);
    assert_eq!(
        h.app.list_filter().unwrap().label(),
        "place: Kazakhstan · published: 2024-01-01..2024-12-31"
    );
    h.key(KeyCode::Esc);
    assert_eq!(h.app.visible().len(), 5);
}

#[test]
fn help_lists_the_views_own_keys() {
    use gazette::ui::config::Config;
    use gazette::ui::help::help_lines;
    use gazette::ui::keymap::Context;
    let text: String = help_lines(&Config::defaults(false), Context::List, 90)
        .iter()
        .map(|line| format!("{line}\n"))
        .collect();
    for wanted in [
        "In the entities view (E)",
        "sort by count, name, first seen, last seen",
        "On an entity's page (i)",
        "open the article at the quote",
        "In the timeline (T)",
        "mark a range of bars",
    ] {
        assert!(text.contains(wanted), "{wanted} missing from:\n{text}");
    }
}

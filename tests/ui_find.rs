//! Find in the open article, and marks that follow the reader: `/` in the article (or Ctrl-f)
//! marks every match, `n`/`N` step with a counter; a list narrowed to a fact marks that fact in
//! every article opened from it.

mod ui_support;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use gazette::ui::Action;
use gazette::ui::app::Mode;
use gazette::ui::layout::Pane;
use gazette::ui::marks::MarkKind;
use ui_support::*;

fn status_line(h: &mut Harness, width: u16, height: u16) -> String {
    h.screen(width, height)
        .lines()
        .last()
        .unwrap_or_default()
        .to_owned()
}

fn marked_texts(h: &Harness) -> Vec<String> {
    let open = h.app.open_article().unwrap();
    h.app
        .marks()
        .spans()
        .iter()
        .map(|span| open.article.slice(*span).to_owned())
        .collect()
}

#[test]
fn find_in_the_article_marks_every_match_and_n_steps_with_a_counter() {
    let mut h = Harness::new();
    h.render(120, 16);
    h.key(KeyCode::Enter);
    assert_eq!(h.app.focus(), Pane::Article);
    h.key(KeyCode::Char('/'));
    assert_eq!(h.app.mode(), Mode::Find);
    // Letters the reader's keys use elsewhere are typing here.
    h.chars("mirziyoyev");
    assert!(!h.app.should_quit());
    let texts = marked_texts(&h);
    assert_eq!(texts.len(), 4, "{texts:?}");
    assert!(
        texts.iter().all(|t| t == "Mirziyoyev"),
        "smart case: {texts:?}"
    );
    assert_eq!(h.app.marks().kind(), MarkKind::Match);
    insta::assert_snapshot!("find_mirziyoyev_120x16", h.screen(120, 16));
    let status = status_line(&mut h, 120, 16);
    assert!(status.contains("FIND"), "{status}");
    assert!(status.contains("find: mirziyoyev"), "{status}");
    assert!(status.contains("match 1/4"), "{status}");
    assert!(status.contains("Enter keep · Esc clear"), "{status}");
    // The matches wear the mark colour.
    let buffer = h.render(120, 16);
    let (x, y) = find_cell(&buffer, "Mirziyoyev met").unwrap();
    assert_eq!(buffer[(x, y)].bg, h.app.config().theme.mark.bg.unwrap());

    // Enter keeps them; n walks down to the last, scrolling to show it, and wraps.
    h.key(KeyCode::Enter);
    assert_eq!(h.app.mode(), Mode::Normal);
    h.chars("nnn");
    assert_eq!(h.app.marks().current_index(), 3);
    assert_eq!(h.app.status_message(), Some("match 4/4"));
    assert!(
        h.app.open_article().unwrap().scroll > 0,
        "scrolled to the last match"
    );
    assert!(h.screen(120, 16).contains("Mirziyoyev will host"));
    h.key(KeyCode::Char('n'));
    assert_eq!(h.app.marks().current_index(), 0, "wraps");
    // Esc clears them.
    h.key(KeyCode::Esc);
    assert!(h.app.marks().is_empty());
}

#[test]
fn esc_in_the_find_line_clears_and_ctrl_f_finds_from_any_pane() {
    let mut h = Harness::new();
    h.render(120, 40);
    assert_eq!(h.app.focus(), Pane::List);
    h.send(Action::Key(KeyEvent::new(
        KeyCode::Char('f'),
        KeyModifiers::CONTROL,
    )));
    assert_eq!(h.app.mode(), Mode::Find);
    assert_eq!(h.app.focus(), Pane::Article);
    h.chars("Tashkent");
    let texts = marked_texts(&h);
    assert!(!texts.is_empty());
    assert!(
        texts.iter().all(|t| t == "Tashkent"),
        "a capital makes case count: {texts:?}"
    );
    h.key(KeyCode::Esc);
    assert_eq!(h.app.mode(), Mode::Normal);
    assert!(h.app.marks().is_empty());
    h.key(KeyCode::Char('/'));
    h.chars("no such words");
    assert!(status_line(&mut h, 120, 40).contains("no match"));
}

#[test]
fn after_narrowing_by_a_fact_each_article_opened_marks_its_mentions() {
    let mut h = Harness::new();
    h.render(120, 40);
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    assert_eq!(h.app.focus(), Pane::Facts);
    // The second person of the summit: Kassym-Jomart Tokayev, also in the drills article.
    h.key(KeyCode::Char('j'));
    assert!(marked_texts(&h).iter().all(|t| t.contains("Tokayev")));
    h.key(KeyCode::Enter);
    assert_eq!(h.app.focus(), Pane::List);
    assert_eq!(h.app.visible().len(), 2);
    h.key(KeyCode::Char('j'));
    assert_eq!(h.app.selected_id().as_deref(), Some("b-drills.txt"));
    assert_eq!(marked_texts(&h), ["Kassym-Jomart Tokayev"]);
    assert_eq!(h.app.marks().kind(), MarkKind::Mention);
    let buffer = h.render(120, 40);
    let article = h.app.layout().article.unwrap();
    let (x, y) = find_cell_in(&buffer, article, "Kassym-Jomart").unwrap();
    assert_eq!(buffer[(x, y)].bg, h.app.config().theme.mark.bg.unwrap());
}

#[test]
fn an_article_found_by_a_word_of_its_body_opens_with_that_word_marked() {
    let mut h = Harness::new();
    h.render(120, 40);
    // "crossings" is in no title or name: only in the summit's paragraphs.
    h.filter("crossings");
    assert_eq!(h.app.selected_id().as_deref(), Some("a-summit.txt"));
    h.key(KeyCode::Enter);
    let texts = marked_texts(&h);
    assert!(!texts.is_empty());
    assert!(
        texts.iter().all(|t| t.eq_ignore_ascii_case("crossings")),
        "{texts:?}"
    );
    assert_eq!(h.app.marks().kind(), MarkKind::QueryWord);
}

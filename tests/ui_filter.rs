//! The list filter (`/`) driven through `App::update` with key events, answered by the real
//! search worker, and rendered with ratatui's TestBackend.

mod ui_support;

use crossterm::event::KeyCode;
use gazette::catalog::EntityKey;
use gazette::facts::EntityKind;
use gazette::search::{Hit, Query, SearchResponse};
use gazette::ui::app::{ListFilter, Mode};
use gazette::ui::config::Config;
use gazette::ui::layout::Pane;
use gazette::ui::reading_state::ReadingState;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use ui_support::*;

fn visible_ids(h: &Harness) -> Vec<String> {
    h.app
        .visible()
        .iter()
        .map(|&i| h.app.catalog().entries()[i as usize].meta.id.clone())
        .collect()
}

fn status_row(buffer: &Buffer) -> String {
    let text = screen_text(buffer);
    text.lines().last().unwrap().to_owned()
}

/// The chars of the list row showing `title` that are drawn bold and underlined.
fn highlighted_chars(buffer: &Buffer, title: &str) -> String {
    let list = ratatui::layout::Rect::new(0, 0, 32, buffer.area.height);
    let (x, y) = find_cell_in(buffer, list, title).unwrap_or_else(|| panic!("{title} in the list"));
    (x..x + title.chars().count() as u16)
        .map(|x| &buffer[(x, y)])
        .filter(|cell| cell.modifier.contains(Modifier::UNDERLINED))
        .map(|cell| cell.symbol().to_owned())
        .collect()
}

#[test]
fn typing_narrows_the_list_and_highlights_the_matched_title_chars() {
    let mut h = Harness::new();
    assert_eq!(visible_ids(&h).len(), 3);
    h.key(KeyCode::Char('/'));
    assert_eq!(h.app.mode(), Mode::Filter);
    h.chars("tash");
    // The input echoes before any answer is in.
    let echoed = status_row(&h.render(120, 40));
    assert!(echoed.contains("FILTER"), "{echoed}");
    assert!(echoed.contains("/tash "), "{echoed}");
    h.wait_for_search();
    assert_eq!(visible_ids(&h), ["a-summit.txt"]);
    let buffer = h.render(120, 40);
    let screen = screen_text(&buffer);
    assert!(screen.contains("Articles 1/1 [/tash]"), "{screen}");
    assert!(!screen.contains("Spring floods"), "{screen}");
    assert_eq!(
        highlighted_chars(&buffer, "Leaders meet in Tashkent"),
        "Tash"
    );
    // The top match is chosen and opened.
    assert_eq!(h.app.selected_id().as_deref(), Some("a-summit.txt"));
    assert_eq!(
        h.app.open_article().unwrap().article.id,
        "a-summit.txt".to_owned()
    );
}

#[test]
fn every_keystroke_re_ranks_and_backspace_widens_again() {
    let mut h = Harness::new();
    h.filter("date:2019");
    assert_eq!(visible_ids(&h).len(), 2);
    assert!(!visible_ids(&h).contains(&"c-weather.txt".to_owned()));
    h.chars(" drills");
    h.wait_for_search();
    assert_eq!(visible_ids(&h), ["b-drills.txt"]);
    for _ in 0..7 {
        h.key(KeyCode::Backspace);
    }
    h.wait_for_search();
    assert_eq!(visible_ids(&h).len(), 2);
    // A body-only word, exact, with `'`.
    h.ctrl('u');
    h.chars("'lorries");
    h.wait_for_search();
    assert_eq!(visible_ids(&h), ["a-summit.txt"]);
}

#[test]
fn enter_keeps_the_filter_and_esc_clears_it() {
    let mut h = Harness::new();
    h.filter("date:2019");
    h.key(KeyCode::Enter);
    assert_eq!(h.app.mode(), Mode::Normal);
    assert_eq!(h.app.focus(), Pane::List);
    assert_eq!(visible_ids(&h).len(), 2);
    // Back in the list, j moves within the filtered list only.
    h.key(KeyCode::Char('j'));
    assert_eq!(h.app.list_cursor(), 1);
    let screen = h.screen(120, 40);
    assert!(screen.contains("Articles 2/2 [/date:2019]"), "{screen}");
    assert!(screen.contains("NORMAL"), "{screen}");
    // `/` again edits the kept query; Esc clears it and the whole list is back.
    h.key(KeyCode::Char('/'));
    assert_eq!(h.app.search().input(), "date:2019");
    h.key(KeyCode::Esc);
    assert_eq!(h.app.mode(), Mode::Normal);
    assert_eq!(visible_ids(&h).len(), 3);
    assert!(h.app.search().input().is_empty());
    // Esc in the list also clears a kept filter.
    h.filter("drills");
    h.key(KeyCode::Enter);
    assert_eq!(visible_ids(&h), ["b-drills.txt"]);
    h.key(KeyCode::Esc);
    assert_eq!(visible_ids(&h).len(), 3);
}

#[test]
fn the_filter_composes_with_the_fact_narrowing() {
    let mut h = Harness::new();
    // Narrow by Tokayev (summit and drills) from the facts panel.
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    h.key(KeyCode::Down);
    h.key(KeyCode::Enter);
    let tokayev = ListFilter::Entity(EntityKey {
        kind: EntityKind::Person,
        canonical: "Kassym-Jomart Tokayev".into(),
    });
    assert_eq!(h.app.list_filter(), Some(&tokayev));
    assert_eq!(visible_ids(&h), ["a-summit.txt", "b-drills.txt"]);
    // The filter matches floods and drills; only drills mentions Tokayev.
    h.filter("floods | drills");
    assert_eq!(visible_ids(&h), ["b-drills.txt"]);
    h.key(KeyCode::Enter);
    let screen = h.screen(120, 40);
    assert!(screen.contains("Articles 1/1 [person: "), "{screen}");
    assert_eq!(
        h.app.search().label().as_deref(),
        Some("[/floods | drills] ")
    );
    // Esc widens the fact-narrowing first: the filter alone applies.
    h.key(KeyCode::Esc);
    assert_eq!(h.app.list_filter(), None);
    let mut both = visible_ids(&h);
    both.sort();
    assert_eq!(both, ["b-drills.txt", "c-weather.txt"]);
    // Narrowing again while filtered keeps the filter too.
    h.key(KeyCode::Esc);
    assert_eq!(visible_ids(&h).len(), 3);
}

#[test]
fn an_invalid_query_is_explained_and_the_list_kept() {
    let mut h = Harness::new();
    h.filter("drills");
    assert_eq!(visible_ids(&h), ["b-drills.txt"]);
    for (valid, invalid, explanation) in [
        ("", "!", "`!` needs a word after it"),
        ("drills d", ":2019", "unknown field `d:`"),
        ("drills ", "\"open three", "unclosed quote"),
    ] {
        h.ctrl('u');
        h.chars(valid);
        h.wait_for_search();
        let before = visible_ids(&h);
        h.chars(invalid);
        h.wait_for_search();
        let status = status_row(&h.render(160, 40));
        assert!(status.contains(explanation), "{invalid}: {status}");
        assert!(h.app.search().error.is_some(), "{invalid}");
        // Not a silent empty list: the last valid query's results stay.
        assert_eq!(visible_ids(&h), before, "{invalid}");
    }
    h.ctrl('u');
    h.chars("floods");
    h.wait_for_search();
    assert_eq!(h.app.search().error, None);
    assert_eq!(visible_ids(&h), ["c-weather.txt"]);
}

#[test]
fn an_invalid_query_lists_what_its_readable_words_find_whatever_came_before() {
    let mut h = Harness::new();
    // `zzq` alone matches nothing; `zzq:bar` is unreadable (no field `zzq`): the list is what
    // the words before it find (here none: the whole list), not the empty list of `zzq`.
    h.filter("zzq");
    assert!(visible_ids(&h).is_empty());
    h.chars(":bar");
    h.wait_for_search();
    assert!(h.app.search().error.is_some());
    assert_eq!(visible_ids(&h).len(), 3, "as for a lone `!`");
    let status = status_row(&h.render(160, 40));
    assert!(status.contains("unknown field `zzq:`"), "{status}");
    // With readable words before it, they apply.
    h.ctrl('u');
    h.chars("drills zzq:bar");
    h.wait_for_search();
    assert_eq!(visible_ids(&h), ["b-drills.txt"]);
    assert!(
        h.app.search().error.is_some(),
        "the error stays until the query reads"
    );
}

#[test]
fn typed_before_the_index_is_ready_the_filter_waits_then_applies() {
    let mut h = Harness::unindexed(
        Config::defaults(false),
        ReadingState::default(),
        vec![weather(), summit(), drills()],
    );
    h.key(KeyCode::Char('/'));
    h.chars("drills");
    assert!(h.app.search().waiting_for_index());
    let status = status_row(&h.render(120, 40));
    assert!(status.contains("/drills "), "{status}");
    assert!(status.contains("indexing…"), "{status}");
    assert_eq!(visible_ids(&h).len(), 3);
    h.index_for_search();
    h.wait_for_search();
    assert_eq!(visible_ids(&h), ["b-drills.txt"]);
}

#[test]
fn stale_answers_are_dropped() {
    let mut h = Harness::new();
    h.filter("drills");
    let newest = h.app.search().generation;
    // An answer to an older keystroke arriving late changes nothing.
    h.send(gazette::ui::workers::results_action(SearchResponse {
        generation: newest - 1,
        input: "floods".into(),
        query: Query::parse("floods").unwrap(),
        hits: vec![Hit {
            article: 0,
            score: 1,
        }],
    }));
    assert_eq!(visible_ids(&h), ["b-drills.txt"]);
}

#[test]
fn the_help_lists_the_filter_key() {
    let mut h = Harness::new();
    h.key(KeyCode::Char('?'));
    let screen = h.screen(100, 30);
    let row = screen
        .lines()
        .find(|line| line.contains("filter the list as you type"))
        .unwrap_or_else(|| panic!("{screen}"));
    assert!(row.contains("│ /  "), "{row}");
}

#[test]
fn snapshot_list_with_an_active_filter() {
    let mut h = Harness::new();
    h.filter("dr");
    let buffer = h.render(120, 40);
    insta::assert_snapshot!("filter_dr_120x40", screen_text(&buffer));
    let list = h.app.layout().list.unwrap();
    insta::assert_snapshot!("filter_dr_120x40_list_styles", styled_runs(&buffer, list));
}

#[test]
fn arrows_move_in_the_narrowed_list_while_typing() {
    let mut h = Harness::new();
    h.filter("date:2019");
    assert_eq!(h.app.list_cursor(), 0);
    h.key(KeyCode::Down);
    assert_eq!(h.app.mode(), Mode::Filter);
    assert_eq!(h.app.list_cursor(), 1);
    assert_eq!(h.app.selected_id(), Some(visible_ids(&h)[1].clone()));
    // Letters still go to the input, not to the list's keys.
    h.key(KeyCode::Char('j'));
    assert_eq!(h.app.search().input(), "date:2019j");
}

#[test]
fn a_search_that_panics_ends_the_wait_and_says_so() {
    let mut h = Harness::new();
    h.filter("drills");
    h.chars(" x");
    assert!(h.app.search().pending);
    // What the search worker sends when the search of the newest query panics.
    h.send(gazette::ui::Action::WorkerFailed {
        worker: gazette::ui::workers::Worker::Search,
        request: "query 9 (drills x)".into(),
        message: "index out of bounds at src/search/engine.rs:1:1".into(),
    });
    assert!(
        !h.app.search().pending,
        "not waiting on an answer that cannot come"
    );
    let status = status_row(&h.render(200, 40));
    assert!(!status.contains("searching…"), "{status}");
    assert!(
        status.contains("the search failed (index out of bounds"),
        "{status}"
    );
    // The filter still works: the next query is answered and applied.
    h.key(KeyCode::Backspace);
    h.key(KeyCode::Backspace);
    h.wait_for_search();
    assert_eq!(visible_ids(&h), ["b-drills.txt"]);
    assert_eq!(h.app.search().error, None);
}

#[test]
fn the_filter_line_edits_at_its_cursor_and_its_keys_come_from_its_keymap() {
    let mut h = Harness::new();
    h.key(KeyCode::Char('/'));
    h.chars("ash");
    h.key(KeyCode::Home);
    h.chars("t");
    assert_eq!(h.app.search().input(), "tash", "typed at the cursor");
    h.wait_for_search();
    assert_eq!(visible_ids(&h), ["a-summit.txt"]);
    // The cursor is a reversed cell after the `t`.
    let buffer = h.render(120, 40);
    let status = buffer.area.height - 1;
    let at = status_row(&buffer).find("/tash").unwrap() as u16 + 2;
    assert_eq!(buffer[(at, status)].symbol(), "a");
    assert!(buffer[(at, status)].modifier.contains(Modifier::REVERSED));
    // The hints are the filter line's own keys.
    assert!(status_row(&buffer).contains("Enter keep · Esc clear"));
    // Ctrl-U deletes back to the start, as in a shell.
    h.key(KeyCode::End);
    h.ctrl('u');
    assert_eq!(h.app.search().input(), "");
    // A key bound in `[keys.filter_line]` moves in the list while typing.
    h.chars("date:2019");
    h.wait_for_search();
    h.ctrl('n');
    assert_eq!(h.app.list_cursor(), 1);
    assert_eq!(h.app.mode(), Mode::Filter);
}

//! The reader driven through `App::update` (the path the real loop uses) and rendered with
//! ratatui's TestBackend.

mod ui_support;

use crossterm::event::{KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use gazette::archive::BlockKind;
use gazette::date::PartialDate;
use gazette::facts::EntityKind;
use gazette::ui::Action;
use gazette::ui::app::{ListFilter, Popup};
use gazette::ui::config::Config;
use gazette::ui::layout::Pane;
use gazette::ui::reading_state::ReadingState;
use ratatui::style::{Color, Modifier};
use ui_support::*;

fn selected_id(h: &Harness) -> String {
    h.app.selected_id().unwrap()
}

fn open_id(h: &Harness) -> String {
    h.app.open_article().unwrap().article.id.clone()
}

/// Opens the summit article with the facts panel focused on its first person.
fn focus_first_person(h: &mut Harness) {
    assert_eq!(open_id(h), "a-summit.txt");
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    assert_eq!(h.app.focus(), Pane::Facts);
}

// ---- snapshots -------------------------------------------------------------------------------

#[test]
fn snapshot_main_screen_120x40() {
    let mut h = Harness::new();
    insta::assert_snapshot!("main_120x40", h.screen(120, 40));
}

#[test]
fn snapshot_facts_selected_120x40() {
    let mut h = Harness::new();
    focus_first_person(&mut h);
    h.key(KeyCode::Down);
    insta::assert_snapshot!("facts_selected_120x40", h.screen(120, 40));
    // The colours: entities by kind, the selected person's mentions marked, the current one
    // underlined, the caption dimmed, the dateline bold.
    let buffer = h.render(120, 40);
    let article = h.app.layout().article.unwrap();
    let body = ratatui::layout::Rect::new(article.x + 1, article.y + 1, article.width - 2, 16);
    insta::assert_snapshot!("facts_selected_120x40_styles", styled_runs(&buffer, body));
}

#[test]
fn snapshot_main_screen_80x24() {
    let mut h = Harness::new();
    insta::assert_snapshot!("main_80x24", h.screen(80, 24));
}

#[test]
fn snapshot_help_overlay() {
    let mut h = Harness::new();
    h.key(KeyCode::Char('?'));
    insta::assert_snapshot!("help_100x30", h.screen(100, 30));
}

#[test]
fn snapshot_narrow_50x20() {
    let mut h = Harness::new();
    h.key(KeyCode::Down);
    let list = h.screen(50, 20);
    h.key(KeyCode::Enter);
    let article = h.screen(50, 20);
    insta::assert_snapshot!("narrow_50x20_list", list);
    insta::assert_snapshot!("narrow_50x20_article", article);
}

// ---- highlighting ----------------------------------------------------------------------------

#[test]
fn mentions_are_coloured_by_kind_in_body_and_panel_alike() {
    let mut h = Harness::new();
    let buffer = h.render(120, 40);
    let theme = h.app.config().theme.clone();
    let article = h.app.layout().article.unwrap();
    let in_article = |needle: &str| {
        let (x, y) = find_cell_in(&buffer, article, needle)
            .unwrap_or_else(|| panic!("{needle} in the body"));
        buffer[(x, y)].fg
    };
    assert_eq!(
        in_article("Ministry of Foreign"),
        theme.organization.fg.unwrap()
    );
    assert_eq!(in_article("Samarkand"), theme.place.fg.unwrap());
    assert_eq!(in_article("June 27"), theme.date.fg.unwrap());
    // "Uzbek President Shavkat": the person's name is coloured, the words before are not.
    let (x, y) = find_cell(&buffer, "Uzbek President Shavkat").unwrap();
    assert_eq!(buffer[(x, y)].fg, Color::Reset);
    assert_eq!(buffer[(x + 16, y)].fg, theme.person.fg.unwrap());
    // The dateline is bold; the caption is dimmed.
    assert!(buffer[(x - 12, y)].modifier.contains(Modifier::BOLD));
    let (cx, cy) = find_cell_in(&buffer, article, "Presidents").unwrap();
    assert!(buffer[(cx, cy)].modifier.contains(Modifier::DIM));
    // The panel wears the same colours.
    let facts = h.app.layout().facts.unwrap();
    for (needle, style) in [
        ("Tashkent", theme.place),
        ("Ministry of Foreign", theme.organization),
        ("Shavkat Mirziyoyev", theme.person),
        ("2019-06-27", theme.date),
    ] {
        let at = find_cell_in(&buffer, facts, needle).unwrap_or_else(|| panic!("{needle}"));
        assert_eq!(buffer[at].fg, style.fg.unwrap(), "{needle} in the panel");
    }
}

#[test]
fn selecting_a_fact_marks_its_mentions_and_n_steps_through_them() {
    let mut h = Harness::new();
    focus_first_person(&mut h);
    // The first person row is selected on entering the panel: Shavkat Mirziyoyev.
    let marks = h.app.marks().spans().to_vec();
    assert_eq!(marks.len(), 4, "{marks:?}");
    let status = h.screen(160, 40);
    assert!(
        status.contains("person: Shavkat Mirziyoyev, President of Uzbekistan · 4 mentions"),
        "the status line gives the whole fact: {status}"
    );
    let open = h.app.open_article().unwrap();
    assert!(
        marks
            .iter()
            .all(|m| open.article.slice(*m).contains("Mirziyoyev"))
    );
    let buffer = h.render(120, 40);
    let (x, y) = find_cell(&buffer, "Shavkat Mirziyoyev met").unwrap();
    assert_eq!(buffer[(x, y)].bg, h.app.config().theme.mark.bg.unwrap());

    // The last mention is far down: n walks there and the article scrolls to show it.
    h.render(120, 20);
    assert_eq!(h.app.open_article().unwrap().scroll, 0);
    h.chars("nnn");
    assert_eq!(h.app.marks().current_index(), 3);
    let scroll = h.app.open_article().unwrap().scroll;
    assert!(scroll > 0, "scrolled to the last mention");
    let screen = h.screen(120, 20);
    assert!(screen.contains("Mirziyoyev will host"), "{screen}");
    h.key(KeyCode::Char('n'));
    assert_eq!(h.app.marks().current_index(), 0, "n wraps around");
    h.key(KeyCode::Char('N'));
    assert_eq!(h.app.marks().current_index(), 3, "N goes back");
    h.key(KeyCode::Esc);
    assert!(h.app.marks().is_empty(), "Esc clears the marks");
}

#[test]
fn enter_on_a_person_narrows_the_list_and_esc_widens_it() {
    let mut h = Harness::new();
    focus_first_person(&mut h);
    h.key(KeyCode::Down); // Kassym-Jomart Tokayev
    h.key(KeyCode::Enter);
    assert_eq!(h.app.focus(), Pane::List);
    let Some(ListFilter::Entity(key)) = h.app.list_filter() else {
        panic!("narrowed")
    };
    assert_eq!(
        (key.kind, key.canonical.as_str()),
        (EntityKind::Person, "Kassym-Jomart Tokayev")
    );
    let ids: Vec<&str> = h
        .app
        .visible()
        .iter()
        .map(|&i| h.app.catalog().entries()[i as usize].meta.id.as_str())
        .collect();
    assert_eq!(ids, ["a-summit.txt", "b-drills.txt"]);
    assert_eq!(
        selected_id(&h),
        "a-summit.txt",
        "the open article stays chosen"
    );
    let screen = h.screen(120, 40);
    assert!(screen.contains("Articles 1/2 [person: Kassym-"), "{screen}");
    assert!(!screen.contains("Spring floods"));

    h.key(KeyCode::Esc);
    assert_eq!(h.app.list_filter(), None);
    assert_eq!(h.app.visible().len(), 3);
    assert_eq!(selected_id(&h), "a-summit.txt");
    assert_eq!(h.app.list_cursor(), 0);
}

// ---- keys ------------------------------------------------------------------------------------

#[test]
fn list_keys_move_the_selection_and_open_articles() {
    let mut h = Harness::new();
    assert_eq!(
        selected_id(&h),
        "a-summit.txt",
        "sorted by id, first chosen"
    );
    h.key(KeyCode::Char('j'));
    assert_eq!(open_id(&h), "b-drills.txt");
    h.key(KeyCode::Char('G'));
    assert_eq!(open_id(&h), "c-weather.txt");
    h.key(KeyCode::Char('j'));
    assert_eq!(open_id(&h), "c-weather.txt", "stops at the end");
    h.key(KeyCode::Home);
    assert_eq!(open_id(&h), "a-summit.txt");
    h.key(KeyCode::End);
    h.key(KeyCode::Char('k'));
    assert_eq!(open_id(&h), "b-drills.txt");
    h.key(KeyCode::Char('g'));
    assert!(!h.app.reading_state().is_read("a-summit.txt"));
    h.key(KeyCode::Enter);
    assert_eq!(h.app.focus(), Pane::Article);
    assert!(
        h.app.reading_state().is_read("a-summit.txt"),
        "opening marks read"
    );
}

#[test]
fn article_scrolls_with_vim_and_page_keys_within_bounds() {
    let mut h = Harness::new();
    h.render(60, 12);
    h.key(KeyCode::Enter);
    let scroll = |h: &Harness| h.app.open_article().unwrap().scroll;
    // j moves the cursor a line; the view scrolls once the cursor would leave it.
    h.key(KeyCode::Char('j'));
    assert_eq!(scroll(&h), 0);
    h.ctrl('d');
    assert!(scroll(&h) > 1);
    h.ctrl('u');
    assert_eq!(scroll(&h), 0);
    h.key(KeyCode::PageDown);
    let paged = scroll(&h);
    assert!(paged >= 5, "{paged}");
    h.key(KeyCode::Char('G'));
    let end = scroll(&h);
    let lines = h
        .app
        .open_article()
        .unwrap()
        .document
        .as_ref()
        .unwrap()
        .len();
    let height = h.app.layout().article.unwrap().height as usize - 2;
    assert_eq!(end, lines - height, "the last page fills the pane");
    h.key(KeyCode::Char('j'));
    assert_eq!(scroll(&h), end, "no scrolling past the end");
    h.key(KeyCode::PageUp);
    assert!(scroll(&h) < end);
    h.key(KeyCode::Char('g'));
    assert_eq!(scroll(&h), 0);
}

#[test]
fn tab_cycles_focus_and_help_opens_and_closes() {
    let mut h = Harness::new();
    h.key(KeyCode::Tab);
    assert_eq!(h.app.focus(), Pane::Article);
    h.key(KeyCode::Tab);
    assert_eq!(h.app.focus(), Pane::Facts);
    h.key(KeyCode::Tab);
    assert_eq!(h.app.focus(), Pane::List);
    h.key(KeyCode::BackTab);
    assert_eq!(h.app.focus(), Pane::Facts);
    h.key(KeyCode::Char('?'));
    assert_eq!(h.app.popups(), [Popup::Help { scroll: 0 }]);
    h.key(KeyCode::Char('j'));
    assert_eq!(h.app.focus(), Pane::Facts, "keys go to the popup");
    h.key(KeyCode::Esc);
    assert!(h.app.popups().is_empty());
    h.key(KeyCode::Char('q'));
    assert!(h.app.should_quit());
}

#[test]
fn help_lists_the_keys_of_the_focused_context() {
    let mut h = Harness::new();
    h.key(KeyCode::Char('?'));
    let list_help = h.screen(100, 30);
    assert!(list_help.contains("Keys in the list"), "{list_help}");
    assert!(list_help.contains("focus the next pane"), "{list_help}");
    assert!(!list_help.contains("delete the note"), "{list_help}");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Tab);
    h.key(KeyCode::Char('?'));
    let article_help = h.screen(100, 30);
    assert!(
        article_help.contains("Keys in the article"),
        "{article_help}"
    );
    assert!(
        article_help.contains("focus the next pane"),
        "{article_help}"
    );
    // Further down the help, which scrolls.
    let mut scrolled = article_help;
    for _ in 0..40 {
        h.key(KeyCode::Char('j'));
        scrolled.push_str(&h.screen(100, 30));
    }
    assert!(scrolled.contains("d, x"), "{scrolled}");
    assert!(scrolled.contains("delete the note"), "{scrolled}");
}

#[test]
fn configured_keys_replace_the_defaults() {
    let (config, warning) =
        Config::from_user_text("[keys]\ndown = \"J\"\nquit = \"ctrl-q\"\n", "t", false);
    assert_eq!(warning, None, "J is nobody's key: nothing taken");
    let mut h = Harness::with(
        config,
        ReadingState::default(),
        vec![summit(), drills(), weather()],
    );
    h.key(KeyCode::Char('j'));
    assert_eq!(selected_id(&h), "a-summit.txt", "j no longer moves");
    h.key(KeyCode::Char('J'));
    assert_eq!(selected_id(&h), "b-drills.txt");
    h.key(KeyCode::Char('q'));
    assert!(!h.app.should_quit());
    h.ctrl('q');
    assert!(h.app.should_quit());
    h.key(KeyCode::Char('?'));
    assert!(
        h.screen(100, 30).contains("Ctrl-q"),
        "help lists the new key"
    );
}

// ---- mouse -----------------------------------------------------------------------------------

#[test]
fn clicking_selects_and_the_wheel_scrolls_the_pane_under_it() {
    let mut h = Harness::new();
    h.render(120, 40);
    let list = h.app.layout().list.unwrap();
    let mouse = |kind, column, row| {
        Action::Mouse(MouseEvent {
            kind,
            column,
            row,
            modifiers: KeyModifiers::NONE,
        })
    };
    // Second item: rows 3-4 of the list (border, then two rows per item).
    h.send(mouse(
        MouseEventKind::Down(MouseButton::Left),
        list.x + 3,
        list.y + 3,
    ));
    assert_eq!(selected_id(&h), "b-drills.txt");
    h.send(mouse(
        MouseEventKind::Down(MouseButton::Left),
        list.x + 3,
        list.y + 1,
    ));
    assert_eq!(selected_id(&h), "a-summit.txt");
    h.render(60, 14);
    let article = h.app.layout().article.unwrap();
    h.send(mouse(
        MouseEventKind::ScrollDown,
        article.x + 2,
        article.y + 2,
    ));
    assert_eq!(h.app.open_article().unwrap().scroll, 3);
    assert_eq!(h.app.focus(), Pane::List, "the wheel does not move focus");
    h.send(mouse(
        MouseEventKind::ScrollUp,
        article.x + 2,
        article.y + 2,
    ));
    assert_eq!(h.app.open_article().unwrap().scroll, 0);
}

// ---- layout ----------------------------------------------------------------------------------

#[test]
fn panes_fold_as_the_terminal_narrows() {
    let mut h = Harness::new();
    h.render(120, 40);
    assert!(h.app.layout().list.is_some() && h.app.layout().facts.is_some());
    h.render(80, 24);
    assert!(h.app.layout().list.is_some() && h.app.layout().article.is_some());
    assert_eq!(
        h.app.layout().facts,
        None,
        "facts fold away below 100 columns"
    );
    // From the list, f shows the facts in its place, and back.
    h.key(KeyCode::Char('f'));
    assert_eq!(h.app.focus(), Pane::Facts);
    assert!(h.app.layout().facts.is_some() && h.app.layout().list.is_none());
    let screen = h.screen(80, 24);
    assert!(screen.contains("People"), "the panel is drawn: {screen}");
    h.key(KeyCode::Char('f'));
    assert_eq!(h.app.focus(), Pane::List);
    assert!(h.app.layout().list.is_some() && h.app.layout().facts.is_none());
    // From the article, f swaps the side pane and keeps the article focused.
    h.key(KeyCode::Tab);
    h.key(KeyCode::Char('f'));
    assert_eq!(h.app.focus(), Pane::Article);
    assert!(
        h.app.layout().facts.is_some(),
        "f brings the facts panel back"
    );
    h.render(50, 20);
    assert!(h.app.layout().list.is_none() && h.app.layout().facts.is_none());
    // One pane: f shows the facts instead of the article.
    h.key(KeyCode::Char('f'));
    assert_eq!(h.app.focus(), Pane::Facts);
    assert!(h.app.layout().facts.is_some() && h.app.layout().article.is_none());
    h.render(120, 40);
    h.key(KeyCode::Char('f'));
    assert_eq!(h.app.layout().facts, None, "f hides the panel when wide");
}

#[test]
fn rendering_never_panics_at_any_size() {
    let mut h = Harness::with(
        Config::defaults(false),
        ReadingState::default(),
        vec![summit(), drills(), weather(), hostile()],
    );
    let widths = [
        1, 2, 3, 4, 5, 8, 13, 20, 40, 59, 60, 61, 79, 80, 99, 100, 101, 160,
    ];
    let heights = [1, 2, 3, 4, 5, 7, 12, 24, 40];
    for step in 0..4 {
        match step {
            1 => h.key(KeyCode::Tab),
            2 => {
                h.key(KeyCode::Tab);
                h.key(KeyCode::Char('n'));
            }
            3 => h.key(KeyCode::Char('?')),
            _ => {}
        }
        for &w in &widths {
            for &hh in &heights {
                let buffer = h.render(w, hh);
                assert_eq!(buffer.area.width, w);
                h.key(KeyCode::Char('G'));
                h.key(KeyCode::Char('j'));
            }
        }
    }
}

// ---- untrusted text --------------------------------------------------------------------------

fn is_forbidden(c: char) -> bool {
    c.is_control() || gazette::text::is_invisible_format(c)
}

#[test]
fn escape_sequences_and_invisible_chars_never_reach_the_buffer() {
    let mut h = Harness::with(
        Config::defaults(false),
        ReadingState::default(),
        vec![hostile()],
    );
    for (w, hh) in [(120, 40), (80, 24), (50, 20), (30, 10)] {
        for focus in 0..3 {
            let buffer = h.render(w, hh);
            for cell in buffer.content.iter() {
                assert!(
                    !cell.symbol().chars().any(is_forbidden),
                    "{:?} at {w}x{hh}",
                    cell.symbol()
                );
            }
            let _ = focus;
            h.key(KeyCode::Tab);
        }
    }
    // Wide chars, emoji and combining marks keep the pane's right border in its column.
    let buffer = h.render(120, 40);
    let article = h.app.layout().article.unwrap();
    for y in article.y..article.bottom() {
        let border = buffer[(article.right() - 1, y)].symbol();
        assert!(
            ["│", "┃", "┐", "┘", "┓", "┛"].contains(&border),
            "row {y}: {border:?}"
        );
    }
    let screen = h.screen(120, 40);
    assert!(screen.contains("Wide: 東京で会議 😀👍🏽"), "{screen}");
    assert!(screen.contains("Red ␛[31malert␛[0m"), "{screen}");
    assert!(screen.contains("bidi ⍰desrever⍰"), "{screen}");
    assert!(screen.contains("tab here"));
    assert!(screen.contains("Click ␛]8;;https://evil.example␇here"));
    assert!(screen.contains("東京で会議"));
}

/// The bytes a real terminal would receive: through crossterm's backend into memory.
#[test]
fn escape_sequences_in_articles_are_not_written_to_the_terminal() {
    use ratatui::backend::CrosstermBackend;
    use ratatui::layout::Rect;
    use ratatui::{Terminal, TerminalOptions, Viewport};
    let mut h = Harness::with(
        Config::defaults(false),
        ReadingState::default(),
        vec![hostile()],
    );
    h.render(100, 30);
    #[derive(Clone, Default)]
    struct Sink(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);
    impl std::io::Write for Sink {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let sink = Sink::default();
    let mut terminal = Terminal::with_options(
        CrosstermBackend::new(sink.clone()),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, 100, 30)),
        },
    )
    .unwrap();
    terminal
        .draw(|frame| gazette::ui::render::draw(frame, &h.app))
        .unwrap();
    let bytes = sink.0.lock().unwrap().clone();
    let output = String::from_utf8(bytes).unwrap();
    assert!(output.contains("alert"), "the article was drawn");
    assert!(!output.contains("\u{1b}]"), "no OSC sequence");
    assert!(!output.contains('\u{7}'), "no BEL");
    assert!(
        !output.contains("\u{1b}[31malert"),
        "the article's CSI is not sent"
    );
    assert!(!output.contains('\u{9b}'), "no C1 CSI");
    assert!(!output.chars().any(gazette::text::is_invisible_format));
    // The only escapes are the backend's own CSI sequences.
    for (i, _) in output.match_indices('\u{1b}') {
        assert_eq!(output[i + 1..].chars().next(), Some('['), "at byte {i}");
    }
}

// ---- reading state ---------------------------------------------------------------------------

#[test]
fn last_article_and_scroll_survive_a_restart_at_another_width() {
    let mut h = Harness::new();
    h.render(120, 40);
    h.key(KeyCode::Enter);
    h.chars("jjjjjj");
    let top_line = h.app.open_article().unwrap().scroll;
    let doc = h.app.open_article().unwrap().document.as_ref().unwrap();
    let top_text = doc.lines[top_line].text.clone();
    let first_word = top_text.split_whitespace().next().unwrap().to_owned();

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reading.json");
    h.app.reading_state().save(&path).unwrap();
    let (state, _) = ReadingState::load(&path);

    // Restart: the articles arrive in another order and the terminal is narrower.
    let mut again = Harness::with(
        Config::defaults(false),
        state,
        vec![drills(), weather(), summit()],
    );
    let screen = again.screen(90, 30);
    assert_eq!(open_id(&again), "a-summit.txt");
    let open = again.open_scroll_line();
    assert!(
        open.contains(&first_word),
        "{open:?} should show {first_word:?}\n{screen}"
    );
    assert!(
        !screen.contains("● Leaders meet"),
        "read articles lose the marker\n{screen}"
    );
    assert!(screen.contains("● Joint drills"), "{screen}");
}

trait OpenScroll {
    fn open_scroll_line(&self) -> String;
}

impl OpenScroll for Harness {
    fn open_scroll_line(&self) -> String {
        let open = self.app.open_article().unwrap();
        open.document.as_ref().unwrap().lines[open.scroll]
            .text
            .clone()
    }
}

#[test]
fn list_is_sorted_whatever_order_articles_load_in() {
    let h = Harness::with(
        Config::defaults(false),
        ReadingState::default(),
        vec![weather(), drills(), summit()],
    );
    let ids: Vec<String> = h
        .app
        .visible()
        .iter()
        .map(|&i| h.app.catalog().entries()[i as usize].meta.id.clone())
        .collect();
    assert_eq!(ids, ["a-summit.txt", "b-drills.txt", "c-weather.txt"]);
}

#[test]
fn stale_article_reads_are_ignored() {
    let mut h = Harness::new();
    let (article, facts) = weather();
    h.send(Action::ArticleRead {
        id: "c-weather.txt".into(),
        result: Ok(Box::new((article, facts))),
    });
    assert_eq!(open_id(&h), "a-summit.txt");
}

#[test]
fn loading_progress_and_skipped_files_show_in_the_list_and_status() {
    let mut h = Harness::with(Config::defaults(false), ReadingState::default(), vec![]);
    h.send(Action::Discovered { total: 4 });
    let (article, facts) = summit();
    h.send(Action::Loaded(Box::new(catalog_entry(&article, &facts))));
    h.articles.insert(article.id.clone(), (article, facts));
    h.send(Action::Skipped(gazette::archive::Skipped {
        id: "bad.txt".into(),
        reason: gazette::archive::SkipReason::Binary,
    }));
    let screen = h.screen(120, 20);
    assert!(screen.contains("loading 2/4"), "{screen}");
    assert!(screen.contains("1 file skipped: bad.txt"), "{screen}");
    assert!(screen.contains("Articles 1/1"), "{screen}");
}

#[test]
fn no_color_renders_without_any_colour() {
    let mut h = Harness::with(no_color_config(), ReadingState::default(), vec![summit()]);
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    let buffer = h.render(120, 40);
    for cell in buffer.content.iter() {
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset));
    }
    let (x, y) = find_cell(&buffer, "Shavkat Mirziyoyev met").unwrap();
    assert!(
        buffer[(x, y)].modifier.contains(Modifier::REVERSED),
        "marks still show"
    );
}

#[test]
fn long_articles_are_laid_out_off_the_ui_thread() {
    use gazette::archive::BlockKind;
    use gazette::ui::app::SYNC_LAYOUT_BYTES;
    use gazette::ui::document::Document;
    use gazette::ui::{App, Effect};
    let paragraph = "A long paragraph of words that goes on and on. ".repeat(40);
    let mut builder = ArticleBuilder::new("long.txt").title("A very long article");
    while builder.text_len() <= SYNC_LAYOUT_BYTES {
        builder = builder.block(BlockKind::Paragraph, &paragraph);
    }
    let article = builder.build();
    let entry = catalog_entry(&article, &Default::default());
    let mut app = App::new(Config::defaults(false), ReadingState::default());
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    assert!(app.update(Action::Loaded(Box::new(entry))).is_empty());
    let effects = app.update(Action::Tick);
    assert!(matches!(&effects[..], [Effect::ReadArticle(id)] if id == "long.txt"));
    let effects = app.update(Action::ArticleRead {
        id: "long.txt".into(),
        result: Ok(Box::new((article, Default::default()))),
    });
    let [
        Effect::LayOut {
            article,
            index,
            width,
        },
    ] = &effects[..]
    else {
        panic!("a layout request, got {effects:?}")
    };
    // The char index built when the article opened goes with it, not built again.
    assert!(std::sync::Arc::ptr_eq(
        index,
        &app.open_article().unwrap().index
    ));
    // Only its first screen is laid out on the UI thread, to show at once.
    let preview = app.open_article().unwrap().document.as_ref().unwrap();
    assert!(preview.partial, "not the whole on the UI thread");
    let whole = Document::layout(article, *width).len();
    assert!(
        preview.len() * 2 < whole,
        "{} of {whole} lines",
        preview.len()
    );
    assert_eq!(preview.width, *width);
    // Asked once per width, however many frames pass meanwhile.
    assert!(app.update(Action::Tick).is_empty());
    // A layout for a width the pane no longer has is dropped.
    let stale = Document::layout(article, width + 7);
    app.update(Action::LaidOut {
        id: "long.txt".into(),
        document: Box::new(stale),
    });
    assert!(
        app.open_article()
            .unwrap()
            .document
            .as_ref()
            .unwrap()
            .partial
    );
    let document = Document::layout(article, *width);
    app.update(Action::LaidOut {
        id: "long.txt".into(),
        document: Box::new(document),
    });
    let lines = app.open_article().unwrap().document.as_ref().unwrap().len();
    assert!(lines > 100, "{lines}");
}

#[test]
fn keys_pressed_before_anything_loads_do_not_leave_the_reader_empty() {
    let mut h = Harness::with(Config::defaults(false), ReadingState::default(), vec![]);
    h.key(KeyCode::Char('j'));
    h.key(KeyCode::Enter);
    let (article, facts) = drills();
    h.articles
        .insert(article.id.clone(), (article.clone(), facts.clone()));
    h.send(Action::Loaded(Box::new(catalog_entry(&article, &facts))));
    h.send(Action::Tick);
    assert_eq!(open_id(&h), "b-drills.txt");
    // Once the reader has chosen, later arrivals do not move the selection.
    let (article, facts) = summit();
    h.articles
        .insert(article.id.clone(), (article.clone(), facts.clone()));
    h.send(Action::Loaded(Box::new(catalog_entry(&article, &facts))));
    h.send(Action::Tick);
    assert_eq!(open_id(&h), "b-drills.txt");
    assert_eq!(
        h.app.list_cursor(),
        1,
        "the cursor follows it to its sorted place"
    );
}

#[test]
fn long_list_titles_and_facts_end_with_an_ellipsis() {
    let mut h = Harness::new();
    let screen = h.screen(120, 40);
    assert!(
        screen.contains("┃● Leaders meet in Tashkent fo…┃"),
        "{screen}"
    );
    assert!(screen.contains("Shavkat Mirziyoyev, Preside…"), "{screen}");
}

#[test]
fn a_list_row_without_date_or_source_shows_the_byline_else_the_file() {
    let bylined = ArticleBuilder::new("bylined.txt")
        .title("Undated dispatch from the border")
        .byline("Dana Ortiz")
        .build();
    let bare = ArticleBuilder::new("bare.txt")
        .title("Another undated dispatch")
        .build();
    let mut h = Harness::with(
        Config::defaults(false),
        ReadingState::default(),
        vec![(bylined, Default::default()), (bare, Default::default())],
    );
    let screen = h.screen(120, 20);
    assert!(screen.contains("┃  Dana Ortiz "), "{screen}");
    assert!(screen.contains("┃  bare.txt "), "{screen}");
}

// ---- a terminal resized between the last Resize event and the draw ---------------------------

/// Draws into a `width`x`height` terminal without telling the app: ratatui reads the size at
/// draw time, which can differ from the last Resize the app saw.
fn draw_without_resize(h: &Harness, width: u16, height: u16) -> ratatui::buffer::Buffer {
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| gazette::ui::render::draw(frame, &h.app))
        .unwrap();
    terminal.backend().buffer().clone()
}

#[test]
fn a_frame_smaller_than_the_last_resize_is_drawn_within_its_own_area() {
    let mut h = Harness::new();
    h.send(Action::Resize {
        width: 200,
        height: 60,
    });
    let buffer = draw_without_resize(&h, 26, 9);
    let screen = screen_text(&buffer);
    // 26 columns: one pane, the list, laid out for the frame it is drawn into.
    assert!(screen.contains("┏ Articles 1/3"), "{screen}");
    assert!(screen.contains("NORMAL"), "{screen}");
}

#[test]
fn the_app_learns_the_size_a_frame_was_drawn_at() {
    let mut h = Harness::new();
    h.key(KeyCode::Tab);
    h.send(Action::Resize {
        width: 200,
        height: 60,
    });
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 12)).unwrap();
    let resize = gazette::ui::runner::draw_frame(&mut terminal, &h.app)
        .unwrap()
        .expect("the drawn size differs from the last Resize");
    h.send(resize);
    assert_eq!(h.app.area(), ratatui::layout::Rect::new(0, 0, 80, 12));
    // Paging moves by what the article pane shows (9 rows inside its border), not by a
    // 60-row screen's page.
    h.key(KeyCode::PageDown);
    assert_eq!(h.app.open_article().unwrap().scroll, 8);
    assert!(
        gazette::ui::runner::draw_frame(&mut terminal, &h.app)
            .unwrap()
            .is_none()
    );
}

#[test]
fn any_mismatch_between_the_last_resize_and_the_frame_draws_without_panicking() {
    let mut h = Harness::with(
        Config::defaults(false),
        ReadingState::default(),
        vec![summit(), drills(), weather(), hostile()],
    );
    let sizes = [
        (1, 1),
        (2, 3),
        (13, 4),
        (26, 9),
        (59, 12),
        (61, 24),
        (99, 30),
        (101, 40),
        (200, 60),
    ];
    for step in 0..3 {
        match step {
            1 => {
                h.key(KeyCode::Tab);
                h.key(KeyCode::Char('G'));
            }
            2 => {
                h.key(KeyCode::Tab);
                h.key(KeyCode::Char('n'));
            }
            _ => {}
        }
        for &(told_w, told_h) in &sizes {
            for &(drawn_w, drawn_h) in &sizes {
                h.send(Action::Resize {
                    width: told_w,
                    height: told_h,
                });
                let buffer = draw_without_resize(&h, drawn_w, drawn_h);
                assert_eq!((buffer.area.width, buffer.area.height), (drawn_w, drawn_h));
            }
        }
    }
}

// ---- a worker that panics --------------------------------------------------------------------

#[test]
fn a_panicking_reader_job_is_reported_and_the_next_article_is_served() {
    use gazette::ui::Effect;
    use gazette::ui::workers::{self, Queue, Worker};
    use std::sync::mpsc;
    use std::time::Duration;

    let mut h = Harness::new();
    let articles = h.articles.clone();
    let (actions, inbox) = mpsc::channel();
    // The reader's job, made to panic on one article as a bug in extraction would.
    let (reader, _thread) = workers::spawn(
        Worker::Reader,
        Queue::NewestOnly,
        actions,
        String::clone,
        move |id: String| {
            assert!(id != "b-drills.txt", "extraction bug on {id}");
            let result = articles
                .get(&id)
                .cloned()
                .map(Box::new)
                .ok_or_else(String::new);
            Some(Action::ArticleRead { id, result })
        },
    );
    let serve = |h: &mut Harness, effects: Vec<Effect>| {
        for effect in effects {
            if let Effect::ReadArticle(id) = effect {
                reader.send(id).unwrap();
                let answer = inbox.recv_timeout(Duration::from_secs(10)).unwrap();
                h.send(answer);
            }
        }
    };

    assert_eq!(open_id(&h), "a-summit.txt");
    let effects = h.app.update(Action::Key(crossterm::event::KeyEvent::new(
        KeyCode::Down,
        KeyModifiers::NONE,
    )));
    serve(&mut h, effects);
    assert_eq!(
        h.app.requested_article(),
        None,
        "not waiting on a dead request"
    );
    let screen = h.screen(160, 30);
    assert!(
        screen
            .contains("│ b-drills.txt: the article reader failed (extraction bug on b-drills.txt"),
        "the status line says what happened: {screen}"
    );
    assert!(!screen.contains("opening…"), "{screen}");
    assert!(
        screen.contains("│cannot open b-drills.txt: the article reader failed"),
        "{screen}"
    );

    // The worker lives on: the next request is served.
    let effects = h.app.update(Action::Key(crossterm::event::KeyEvent::new(
        KeyCode::Down,
        KeyModifiers::NONE,
    )));
    serve(&mut h, effects);
    assert_eq!(open_id(&h), "c-weather.txt");
}

#[test]
fn a_failed_loader_ends_the_loading_gauge_and_says_so() {
    let mut h = Harness::with(Config::defaults(false), ReadingState::default(), vec![]);
    h.send(Action::Discovered { total: 3 });
    let (article, facts) = summit();
    h.send(Action::Loaded(Box::new(catalog_entry(&article, &facts))));
    h.articles.insert(article.id.clone(), (article, facts));
    h.send(Action::Tick);
    h.send(Action::WorkerFailed {
        worker: gazette::ui::workers::Worker::Loader,
        request: "/archive".into(),
        message: "boom".into(),
    });
    assert!(h.app.progress().done());
    let screen = h.screen(160, 20);
    assert!(!screen.contains("loading"), "{screen}");
    assert!(
        screen.contains("the loader failed on /archive: boom; 1 articles loaded"),
        "{screen}"
    );
}

#[test]
fn the_scroll_fact_navigation_brings_survives_a_restart() {
    let mut h = Harness::new();
    h.render(120, 20);
    focus_first_person(&mut h);
    h.chars("nnn");
    let scroll = h.app.open_article().unwrap().scroll;
    assert!(scroll > 0, "the last mention is below the first screen");
    let shown = h.open_scroll_line();

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reading.json");
    h.app.reading_state().save(&path).unwrap();
    let (state, _) = ReadingState::load(&path);
    // Restarted in a terminal of the same size.
    let mut again = Harness::with(Config::defaults(false), state, vec![]);
    again.render(120, 20);
    for (article, facts) in [drills(), summit(), weather()] {
        let entry = catalog_entry(&article, &facts);
        again.articles.insert(article.id.clone(), (article, facts));
        again.send(Action::Loaded(Box::new(entry)));
    }
    again.send(Action::Tick);
    assert_eq!(open_id(&again), "a-summit.txt");
    assert_eq!(again.open_scroll_line(), shown);
}

#[test]
fn a_taller_terminal_does_not_overwrite_where_the_reader_left_off() {
    let mut h = Harness::new();
    h.render(120, 20);
    focus_first_person(&mut h);
    h.chars("nnn");
    let anchor = h.app.reading_state().scroll_anchor("a-summit.txt");
    assert!(anchor.is_some());
    // Taller: the whole article fits and the view is pulled up, which the reader did not ask.
    h.render(120, 80);
    assert_eq!(h.app.open_article().unwrap().scroll, 0);
    h.key(KeyCode::Tab);
    assert_eq!(h.app.reading_state().scroll_anchor("a-summit.txt"), anchor);
}

#[test]
fn help_fits_80x24_wraps_instead_of_cutting_and_scrolls_to_the_query_syntax() {
    let mut h = Harness::new();
    h.render(80, 24);
    h.key(KeyCode::Char('?'));
    let first = h.screen(80, 24);
    assert!(first.contains("↓ more"), "{first}");
    // The longest description is whole, wrapped, not cut with an ellipsis.
    assert!(first.contains("list every article with"), "{first}");
    assert!(!first.contains("this fact…"), "{first}");
    // j scrolls; G goes to the end, where the typing contexts and the query syntax are.
    h.key(KeyCode::Char('j'));
    assert_eq!(h.app.popups(), [Popup::Help { scroll: 1 }]);
    h.key(KeyCode::Char('G'));
    let last = h.screen(80, 24);
    assert!(last.contains("The filter's query"), "{last}");
    assert!(last.contains("person:nazarbayev"), "{last}");
    assert!(!last.contains("↓ more"), "{last}");
    let mut seen = String::new();
    for _ in 0..120 {
        h.key(KeyCode::Char('k'));
        seen.push_str(&h.screen(80, 24));
    }
    assert!(
        seen.contains("In the notes view"),
        "the notes view's keys are listed"
    );
    assert!(seen.contains("ten notes down"));
    assert_eq!(
        h.app.popups(),
        [Popup::Help { scroll: 0 }],
        "k stops at the top"
    );
}

#[test]
fn on_a_wide_terminal_the_text_keeps_its_reading_width_centred_and_clicks_still_land() {
    let mut h = Harness::new();
    h.render(250, 40);
    h.key(KeyCode::Enter);
    let buffer = h.render(250, 40);
    let open = h.app.open_article().unwrap();
    let document = open.document.as_ref().unwrap();
    assert_eq!(document.width, 90, "laid out for the reading width");
    let pane = h.app.layout().article.unwrap();
    let (x, y) = find_cell_in(&buffer, pane, "TASHKENT").unwrap();
    let margin = x - pane.x - 1;
    assert!(margin >= 10, "centred: {margin} columns of margin");
    // A click on a word's first letter puts the cursor there.
    h.send(Action::Mouse(crossterm::event::MouseEvent {
        kind: crossterm::event::MouseEventKind::Down(crossterm::event::MouseButton::Left),
        column: x,
        row: y,
        modifiers: crossterm::event::KeyModifiers::NONE,
    }));
    let text = &h.app.open_article().unwrap().article.text;
    let at = h.app.note_cursor();
    assert!(
        text.chars()
            .skip(at)
            .collect::<String>()
            .starts_with("TASHKENT"),
        "the cursor is on the clicked word"
    );
}

#[test]
fn an_article_read_as_windows_1252_says_so_under_its_text() {
    let (mut article, facts) = weather();
    let mut h = Harness::with(
        Config::defaults(false),
        ReadingState::default(),
        vec![summit()],
    );
    let plain = h.screen(120, 40);
    assert!(!plain.contains("not UTF-8"), "{plain}");
    article.decoded_as = Some(gazette::archive::TextEncoding::Windows1252);
    h = Harness::with(
        Config::defaults(false),
        ReadingState::default(),
        vec![(article, facts)],
    );
    let screen = h.screen(120, 40);
    assert!(
        screen.contains("not UTF-8: read as Windows-1252"),
        "{screen}"
    );
}

#[test]
fn enter_on_a_date_or_a_quote_narrows_the_list_like_an_entity() {
    let mut h = Harness::new();
    h.render(160, 40);
    focus_first_person(&mut h);
    // Down to the date June 27 (2019-06-27): the dates follow the entities.
    for _ in 0..30 {
        if h.app
            .status_message()
            .is_some_and(|m| m.contains("2019-06-27"))
        {
            break;
        }
        h.key(KeyCode::Char('j'));
    }
    assert!(
        h.app
            .status_message()
            .unwrap()
            .contains("Enter lists every article")
    );
    h.key(KeyCode::Enter);
    assert_eq!(
        h.app.list_filter(),
        Some(&ListFilter::Date("2019-06-27".into()))
    );
    assert_eq!(h.app.visible().len(), 1);
    assert!(h.screen(160, 40).contains("date: 2019-06-27"));
    h.key(KeyCode::Esc);
    assert_eq!(h.app.list_filter(), None, "Esc widens the list back");

    // The quote leads to its speaker.
    focus_first_person(&mut h);
    h.key(KeyCode::Char('G'));
    assert!(
        h.app
            .status_message()
            .unwrap()
            .starts_with("Shavkat Mirziyoyev: “")
    );
    h.key(KeyCode::Enter);
    assert!(matches!(
        h.app.list_filter(),
        Some(ListFilter::Entity(key)) if key.canonical == "Shavkat Mirziyoyev"
    ));
}

#[test]
fn a_relative_date_shows_the_day_it_means_and_leads_to_articles_of_that_day() {
    let briefing = ArticleBuilder::new("a-briefing.txt")
        .title("Reactor to close")
        .published("Wednesday, March 4, 2015", PartialDate::ymd(2015, 3, 4))
        .block(
            BlockKind::Paragraph,
            "Officials announced on Tuesday that the reactor would close.",
        )
        .build();
    let report = ArticleBuilder::new("b-report.txt")
        .title("Board meets")
        .published("2015-03-05", PartialDate::ymd(2015, 3, 5))
        .block(
            BlockKind::Paragraph,
            "The board met on March 3, 2015 to discuss the reactor.",
        )
        .build();
    let unrelated = ArticleBuilder::new("c-other.txt")
        .title("Other news")
        .published("2015-03-09", PartialDate::ymd(2015, 3, 9))
        .block(BlockKind::Paragraph, "The board met on Monday.")
        .build();
    let articles: Vec<_> = [briefing, report, unrelated]
        .into_iter()
        .map(|a| {
            let facts = gazette::extract::extract_article(&a);
            (a, facts)
        })
        .collect();
    let mut h = Harness::with(Config::defaults(false), ReadingState::default(), articles);
    h.render(160, 40);
    // The list opens newest first: down to the briefing.
    while open_id(&h) != "a-briefing.txt" {
        h.key(KeyCode::Char('j'));
        h.render(160, 40);
    }
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    assert_eq!(h.app.focus(), Pane::Facts);
    // "Tuesday" in an article of Wednesday 4 March 2015 is the 3rd, not "relative".
    let screen = h.screen(160, 40);
    assert!(screen.contains("2015-03-03  Tuesday"), "{screen}");
    assert!(!screen.contains("relative"), "{screen}");
    for _ in 0..10 {
        if h.app
            .status_message()
            .is_some_and(|m| m.contains("Tuesday = 2015-03-03"))
        {
            break;
        }
        h.key(KeyCode::Char('j'));
    }
    h.key(KeyCode::Enter);
    assert_eq!(
        h.app.list_filter(),
        Some(&ListFilter::Date("2015-03-03".into()))
    );
    // The briefing and the report of the same day; not the article whose Monday is the 9th.
    let mut listed: Vec<String> = h
        .app
        .visible()
        .iter()
        .map(|&i| h.app.catalog().entries()[i as usize].meta.id.clone())
        .collect();
    listed.sort();
    assert_eq!(listed, ["a-briefing.txt", "b-report.txt"]);
}

#[test]
fn s_cycles_the_list_order_newest_first_then_by_title_and_back() {
    let mut h = Harness::new();
    h.render(120, 40);
    let ids = |h: &Harness| -> Vec<String> {
        h.app
            .visible()
            .iter()
            .map(|&i| h.app.catalog().get(i as usize).unwrap().meta.id.clone())
            .collect()
    };
    assert_eq!(ids(&h), ["a-summit.txt", "b-drills.txt", "c-weather.txt"]);
    let chosen = h.app.selected_id();
    h.key(KeyCode::Char('s'));
    assert_eq!(ids(&h), ["c-weather.txt", "b-drills.txt", "a-summit.txt"]);
    assert_eq!(
        h.app.selected_id(),
        chosen,
        "the chosen article stays chosen"
    );
    assert!(h.screen(120, 40).contains("· newest first"));
    h.key(KeyCode::Char('s'));
    // Joint drills…, Leaders meet…, Spring floods…
    assert_eq!(ids(&h), ["b-drills.txt", "a-summit.txt", "c-weather.txt"]);
    h.key(KeyCode::Char('s'));
    assert_eq!(ids(&h), ["a-summit.txt", "b-drills.txt", "c-weather.txt"]);
    // While a query ranks the list, the first order is relevance.
    h.key(KeyCode::Char('s'));
    h.filter("a");
    assert!(h.app.visible().len() > 1, "the query matches several");
    let dates: Vec<_> = h
        .app
        .visible()
        .iter()
        .map(|&i| h.app.catalog().get(i as usize).unwrap().meta.published)
        .map(|d| d.map(|d| d.sort_key()))
        .collect();
    assert!(
        dates.windows(2).all(|w| w[0] >= w[1]),
        "newest first: {dates:?}"
    );
    h.key(KeyCode::Enter);
    for _ in 0..2 {
        h.key(KeyCode::Char('s'));
    }
    assert_eq!(h.app.status_message(), Some("sorted by relevance"));
}

#[test]
fn a_person_named_in_the_byline_is_coloured_and_marked_there_too() {
    let (article, mut facts) = drills();
    // The byline's author as a person, first mentioned in the byline.
    let text = article.text.clone();
    facts.entities.insert(
        0,
        entity(&text, EntityKind::Person, &["Aydar Ashimov"], None),
    );
    let mut h = Harness::with(
        Config::defaults(false),
        ReadingState::default(),
        vec![(article, facts)],
    );
    h.render(120, 40);
    h.key(KeyCode::Tab);
    h.key(KeyCode::Tab);
    assert_eq!(h.app.focus(), Pane::Facts);
    assert_eq!(
        h.app.marks().spans().len(),
        1,
        "the byline mention is marked"
    );
    let buffer = h.render(120, 40);
    let article_pane = h.app.layout().article.unwrap();
    let (x, y) = find_cell_in(&buffer, article_pane, "Aydar Ashimov").unwrap();
    assert_eq!(buffer[(x, y)].bg, h.app.config().theme.mark.bg.unwrap());
}

#[test]
fn a_long_articles_facts_arrive_after_it_shows() {
    use gazette::archive::BlockKind;
    use gazette::ui::App;
    use gazette::ui::app::SYNC_LAYOUT_BYTES;
    let paragraph = "Minister Saken Zhasuzakov spoke at length about the drills. ".repeat(40);
    let mut builder = ArticleBuilder::new("long.txt").title("A very long article");
    while builder.text_len() <= SYNC_LAYOUT_BYTES {
        builder = builder.block(BlockKind::Paragraph, &paragraph);
    }
    let article = builder.build();
    let facts = gazette::facts::Facts {
        entities: vec![entity(
            &article.text,
            EntityKind::Person,
            &["Saken Zhasuzakov"],
            Some("Minister"),
        )],
        ..Default::default()
    };
    let mut app = App::new(Config::defaults(false), ReadingState::default());
    app.update(Action::Resize {
        width: 120,
        height: 40,
    });
    app.update(Action::Loaded(Box::new(catalog_entry(&article, &facts))));
    app.update(Action::Tick);
    app.update(Action::ArticleRead {
        id: "long.txt".into(),
        result: Ok(Box::new((article.clone(), Default::default()))),
    });
    assert!(app.open_article().unwrap().facts.entities.is_empty());
    app.update(Action::FactsExtracted {
        id: "other.txt".into(),
        facts: Box::new(facts.clone()),
    });
    assert!(
        app.open_article().unwrap().facts.entities.is_empty(),
        "another article's facts are not taken"
    );
    app.update(Action::FactsExtracted {
        id: "long.txt".into(),
        facts: Box::new(facts),
    });
    let open = app.open_article().unwrap();
    assert_eq!(open.facts.entities.len(), 1);
    assert!(!open.highlights.is_empty(), "the names are coloured now");
    assert!(open.fact_rows.iter().any(|r| r.is_item()));
}

#[test]
fn a_refreshed_catalog_replaces_the_list_keeping_the_chosen_article() {
    use gazette::catalog::Catalog;
    use gazette::search::{BodyIndexBuilder, SearchIndex};
    let mut h = Harness::new();
    h.render(120, 40);
    h.key(KeyCode::Char('j'));
    assert_eq!(selected_id(&h), "b-drills.txt");
    // The index's catalog: another order, one article gone, one new.
    let mut catalog = Catalog::default();
    let (new, new_facts) = {
        let (mut article, facts) = weather();
        article.id = "d-new.txt".into();
        (article, facts)
    };
    for (article, facts) in [weather(), drills(), (new, new_facts)] {
        catalog.push(catalog_entry(&article, &facts));
    }
    let index = SearchIndex::new(&catalog, BodyIndexBuilder::default().finish());
    h.send(Action::CatalogReplaced {
        loaded: Box::new((catalog, index)),
        summary: Some("index refreshed: 1 new, 0 changed, 1 removed".into()),
    });
    assert_eq!(
        selected_id(&h),
        "b-drills.txt",
        "the chosen article stays chosen"
    );
    let ids: Vec<String> = h
        .app
        .visible()
        .iter()
        .map(|&i| h.app.catalog().get(i as usize).unwrap().meta.id.clone())
        .collect();
    assert_eq!(ids, ["b-drills.txt", "c-weather.txt", "d-new.txt"]);
    assert_eq!(
        h.app.status_message(),
        Some("index refreshed: 1 new, 0 changed, 1 removed")
    );
    // The filter searches the new catalog.
    h.filter("spring");
    let found: Vec<String> = h
        .app
        .visible()
        .iter()
        .map(|&i| h.app.catalog().get(i as usize).unwrap().meta.id.clone())
        .collect();
    assert!(found.contains(&"d-new.txt".to_owned()), "{found:?}");
}

#[test]
fn a_refresh_patches_the_list_in_place_and_the_filter_searches_the_patched_catalog() {
    use gazette::catalog::CatalogPatch;
    use gazette::ui::app::SearchRebuild;
    // In id order, as the index gives the catalog.
    let articles = vec![summit(), drills(), weather()];
    let mut h = Harness::with(Config::defaults(false), ReadingState::default(), articles);
    h.render(120, 40);
    let choose_drills = |h: &mut Harness| {
        for _ in 0..3 {
            h.key(KeyCode::Char('k'));
        }
        for _ in 0..3 {
            if selected_id(h) == "b-drills.txt" {
                return;
            }
            h.key(KeyCode::Char('j'));
        }
        assert_eq!(selected_id(h), "b-drills.txt");
    };
    choose_drills(&mut h);
    let ids_shown = |h: &Harness| -> Vec<String> {
        (h.app.visible().iter())
            .map(|&i| h.app.catalog().get(i as usize).unwrap().meta.id.clone())
            .collect()
    };

    // A first batch changes an article: no index moves, the search index stays in use.
    let (changed, changed_facts) = drills();
    let mut record = catalog_entry(&changed, &changed_facts);
    record.meta.title = "Drills renamed".into();
    let mut patch = CatalogPatch::default();
    patch.upsert(record);
    h.send(Action::CatalogPatched {
        patch: Box::new(patch),
        last: None,
    });
    assert_eq!(h.search_rebuilds, 0);
    assert_eq!(selected_id(&h), "b-drills.txt");
    let title = |h: &Harness, id: &str| {
        let index = h.app.catalog().index_of(id).unwrap();
        h.app.catalog().get(index).unwrap().meta.title.clone()
    };
    assert_eq!(title(&h, "b-drills.txt"), "Drills renamed");
    h.filter("spring");
    assert_eq!(ids_shown(&h), ["c-weather.txt"], "the filter still answers");
    h.key(KeyCode::Esc);
    h.key(KeyCode::Esc);
    assert_eq!(ids_shown(&h).len(), 3);
    choose_drills(&mut h);

    // The last batch: one article new (it sorts first), one gone.
    let (mut new, new_facts) = weather();
    new.id = "0-new.txt".into();
    let mut patch = CatalogPatch::default();
    patch.upsert(catalog_entry(&new, &new_facts));
    patch.remove("a-summit.txt");
    h.articles.insert(new.id.clone(), (new, new_facts));
    let (rebuild, _) = std::sync::mpsc::channel();
    let summary = "index refreshed: 1 new, 1 changed, 1 removed".to_owned();
    h.send(Action::CatalogPatched {
        patch: Box::new(patch),
        last: Some((SearchRebuild(rebuild), summary.clone())),
    });
    assert_eq!(
        selected_id(&h),
        "b-drills.txt",
        "the chosen article stays chosen although its index moved"
    );
    let mut shown = ids_shown(&h);
    shown.sort();
    assert_eq!(shown, ["0-new.txt", "b-drills.txt", "c-weather.txt"]);
    assert_eq!(
        h.search_rebuilds, 1,
        "the patched catalog's index is made once"
    );
    assert_eq!(h.app.status_message(), Some(summary.as_str()));
    h.filter("spring");
    assert!(
        ids_shown(&h).contains(&"0-new.txt".to_owned()),
        "the filter finds the new article by its body: {:?}",
        ids_shown(&h)
    );
}

#[test]
fn a_warm_starts_refresh_shows_its_progress_in_the_gauge_until_it_ends() {
    let mut h = Harness::new();
    assert!(!h.screen(120, 40).contains("refreshing"));
    h.send(Action::Refreshing {
        done: 256,
        to_read: 1000,
    });
    let screen = h.screen(120, 40);
    assert!(screen.contains("refreshing 256/1000"), "{screen}");
    assert!(
        screen.contains("Leaders meet in Tashkent"),
        "the list stays: {screen}"
    );
    h.send(Action::Refreshing {
        done: 1000,
        to_read: 1000,
    });
    assert!(!h.screen(120, 40).contains("refreshing"));
    // A refresh that fails part way ends the gauge too.
    h.send(Action::Refreshing {
        done: 10,
        to_read: 1000,
    });
    h.send(Action::IndexUnavailable("disk full".into()));
    assert!(!h.screen(120, 40).contains("refreshing"));
}

#[test]
fn a_first_index_build_counts_what_it_does_not_list_and_the_built_catalog_completes_it() {
    use gazette::catalog::Catalog;
    use gazette::search::{BodyIndexBuilder, SearchIndex};
    let mut h = Harness::unindexed(Config::defaults(false), ReadingState::default(), vec![]);
    h.send(Action::Discovered { total: 3 });
    let (article, facts) = drills();
    h.send(Action::Loaded(Box::new(catalog_entry(&article, &facts))));
    h.send(Action::Indexed { done: 2 });
    h.send(Action::Tick);
    assert_eq!(
        h.app.progress().read(),
        2,
        "the gauge counts the unlisted article"
    );
    assert!(!h.app.progress().done(), "the list is not complete yet");
    assert_eq!(h.app.visible().len(), 1, "only the listed article is shown");
    let mut catalog = Catalog::default();
    for (article, facts) in [drills(), weather()] {
        catalog.push(catalog_entry(&article, &facts));
    }
    let mut extra = weather();
    extra.0.id = "d-third.txt".into();
    catalog.push(catalog_entry(&extra.0, &extra.1));
    let index = SearchIndex::new(&catalog, BodyIndexBuilder::default().finish());
    h.send(Action::CatalogReplaced {
        loaded: Box::new((catalog, index)),
        summary: None,
    });
    assert!(h.app.progress().done());
    assert_eq!(h.app.visible().len(), 3);
}

#[test]
fn x_and_t_in_the_facts_panel_ask_to_hide_or_retype_the_chosen_entity_and_reread_the_article() {
    use gazette::ui::app::EntityCorrection;
    let mut h = Harness::new();
    // Not in the facts panel: nothing is written, the reader is told what to do.
    h.key(KeyCode::Char('x'));
    assert!(h.corrections.is_empty());
    focus_first_person(&mut h);
    let person = {
        let open = h.app.open_article().unwrap();
        open.facts
            .of_kind(EntityKind::Person)
            .next()
            .unwrap()
            .canonical
            .clone()
    };
    h.key(KeyCode::Char('x'));
    h.key(KeyCode::Char('t'));
    assert_eq!(
        h.corrections,
        [
            EntityCorrection {
                name: person.clone(),
                kind: None
            },
            EntityCorrection {
                name: person.clone(),
                kind: Some(EntityKind::Place)
            },
        ]
    );
    let effects = h
        .app
        .update(Action::EntityCorrected(Ok(format!("{person} is hidden"))));
    assert!(
        effects
            .iter()
            .any(|e| matches!(e, gazette::ui::Effect::ReadArticle(id) if id == "a-summit.txt")),
        "the article is read again, with the correction: {effects:?}"
    );
    assert_eq!(
        h.app.status_message(),
        Some(format!("{person} is hidden").as_str())
    );
    h.send(Action::EntityCorrected(Err(
        "cannot write entities.toml".into()
    )));
    assert!(
        h.app
            .warnings()
            .iter()
            .any(|w| w.contains("cannot write entities.toml"))
    );
}

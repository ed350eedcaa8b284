//! The real binary in a real terminal: tmux at a fixed size, temporary HOME and XDG folders,
//! keys sent as a reader would press them, and the screen read back with `capture-pane`.

mod tmux_support;

use gazette::facts::EntityKind;
use gazette::ui::reading_state::reading_state_file;
use std::path::Path;
use std::time::{Duration, Instant};
use tmux_support::{Tmux, reader_command_recording_pid, shell_quote};

/// The first person the facts panel lists for an article, and how many articles mention them,
/// computed with the library exactly as the reader does.
fn first_person_and_postings(archive: &Path, id: &str) -> Option<(String, usize)> {
    let loader = gazette::archive::Loader::new(archive).unwrap();
    let article = loader.read(id).unwrap();
    let facts = gazette::extract::extract_article(&article);
    let person = facts.of_kind(EntityKind::Person).next()?.canonical.clone();
    let (ids, _) = loader.discover();
    let count = ids
        .iter()
        .filter(|other| {
            let other = loader.read(other).unwrap();
            gazette::extract::extract_article(&other)
                .of_kind(EntityKind::Person)
                .any(|p| p.canonical == person)
        })
        .count();
    Some((person, count))
}

/// The text of the focused facts panel on a captured screen: the focused pane is drawn with
/// thick borders, and the facts panel is the rightmost.
fn focused_facts_pane(screen: &str) -> String {
    let pane: String = screen
        .lines()
        .map(|line| line.rsplit('┃').nth(1).unwrap_or(""))
        .collect();
    assert!(pane.contains("People"), "the panel was found:\n{screen}");
    pane
}

fn bundled_archive() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("articles")
}

/// Starts the reader at 120x40 on the bundled archive, HOME and the XDG folders in `home`.
fn start_reader(home: &Path, extra_env: &str) -> Tmux {
    start_reader_on(home, &bundled_archive(), extra_env)
}

fn start_reader_on(home: &Path, archive: &Path, extra_env: &str) -> Tmux {
    let command = format!(
        "env -u NO_COLOR HOME={home} XDG_CONFIG_HOME={home}/config XDG_STATE_HOME={home}/state \
         XDG_DATA_HOME={home}/data TERM=xterm-256color {extra_env} {bin} --archive {archive}; \
         echo \"gazette exited with $?\"; sleep 60",
        home = shell_quote(home),
        bin = shell_quote(Path::new(env!("CARGO_BIN_EXE_gazette"))),
        archive = shell_quote(archive),
    );
    Tmux::start(home.join("tmux.sock"), &command)
}

#[test]
fn the_reader_runs_in_a_real_terminal() {
    let home = tempfile::tempdir().unwrap();
    let archive = Path::new(env!("CARGO_MANIFEST_DIR")).join("articles");
    let state_home = home.path().join("state");
    let tmux = start_reader(home.path(), "");

    // The first frame: three panes and the status line.
    tmux.wait_for("Articles 1/5");
    let screen = tmux.wait_for("│Special ops exercise exemplifies");
    assert!(screen.contains("┌ Article"), "{screen}");
    assert!(screen.contains("┌ Facts"), "{screen}");
    assert!(screen.contains("NORMAL"), "{screen}");

    // Move down: the second article opens in the centre pane.
    tmux.keys(&["Down"]);
    tmux.wait_for("Articles 2/5");
    // The centre pane starts after the list's right border and its own left one.
    let screen = tmux.wait_for("│Uzbekistan, Kazakhstan strengthen");
    assert!(!screen.contains("│Special ops exercise"), "{screen}");

    // Tab twice: the facts panel has the focus.
    tmux.keys(&["Tab", "Tab"]);
    // The focused pane has the thick border.
    let screen = tmux.wait_for("┏ Facts");
    let second_id = "001_debd4f22ff665b1c.txt";

    let (person, count) = first_person_and_postings(&archive, second_id)
        .unwrap_or_else(|| panic!("the extractor found no person in {second_id}"));
    // Entering the panel selected its first item, the first person: its mentions
    // are marked in the body and counted in the panel's title.
    assert!(screen.contains("People ("), "{screen}");
    assert!(screen.contains("Facts · mention 1/"), "{screen}");
    tmux.keys(&["n"]);
    tmux.wait_for("Facts · mention 2/");
    tmux.keys(&["Enter"]);
    let narrowed = tmux.wait_for(&format!("Articles 1/{count} [person: "));
    let prefix: String = person.chars().take(8).collect();
    assert!(narrowed.contains(&prefix), "{person}: {narrowed}");
    tmux.keys(&["Escape"]);
    tmux.wait_for("Articles 2/5");

    // Help, then quit: the terminal comes back and the reading state is saved.
    tmux.keys(&["?"]);
    tmux.wait_for("Keys in the list ");
    // Separate sends: ESC and q arriving together read as Alt-q.
    tmux.keys(&["Escape"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while tmux.capture().contains("Keys in the list ") {
        assert!(Instant::now() < deadline, "help did not close");
        std::thread::sleep(Duration::from_millis(50));
    }
    tmux.keys(&["q"]);
    let after = tmux.wait_for("gazette exited with");
    assert!(after.contains("gazette exited with 0"), "{after}");
    assert!(
        !after.contains("NORMAL"),
        "the alternate screen was left:\n{after}"
    );
    let state = std::fs::read_to_string(reading_state_file(&state_home, &archive))
        .expect("reading state saved on quit");
    assert!(
        state.contains(&format!("\"last_article\": \"{second_id}\"")),
        "{state}"
    );
}

#[test]
fn a_bad_config_is_named_by_line_and_state_survives_a_closed_terminal() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("config/gazette");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("config.toml"),
        "[keys]\ndown = \"j\"\nquit = \"hyper-q\"\n",
    )
    .unwrap();
    let tmux = start_reader(home.path(), "NO_COLOR=1");
    let screen = tmux.wait_for("Configuration");
    assert!(screen.contains("line 3"), "{screen}");
    assert!(screen.contains("hyper-q"), "{screen}");
    tmux.keys(&["Enter"]);
    tmux.wait_for("│Special ops exercise");
    tmux.keys(&["j"]);
    tmux.wait_for("Articles 2/5");
    // NO_COLOR: the screen carries no colour, only attributes.
    let output = tmux.run(&["capture-pane", "-p", "-e", "-t", "reader"]);
    let styled = String::from_utf8_lossy(&output.stdout);
    let mut sgr_seen = 0;
    for sequence in styled.split("\u{1b}[").skip(1) {
        let Some(end) = sequence.find('m') else {
            continue;
        };
        let params = &sequence[..end];
        if !params.chars().all(|c| c.is_ascii_digit() || c == ';') {
            continue;
        }
        sgr_seen += 1;
        for param in params.split(';').filter_map(|p| p.parse::<u16>().ok()) {
            let colour = matches!(param, 30..=38 | 40..=48 | 90..=97 | 100..=107);
            assert!(!colour, "colour SGR {params:?} with NO_COLOR set");
        }
    }
    assert!(
        sgr_seen > 0,
        "capture-pane -e shows the attributes: {styled}"
    );
    // Closing the terminal kills the reader without a quit: the state it saves while running
    // (every 2 s when changed) remains. Poll rather than sleep: a loaded machine is slow.
    let state_path = reading_state_file(&home.path().join("state"), &bundled_archive());
    let wanted = "\"last_article\": \"001_debd4f22ff665b1c.txt\"";
    let deadline = Instant::now() + Duration::from_secs(20);
    while !std::fs::read_to_string(&state_path).is_ok_and(|s| s.contains(wanted)) {
        assert!(
            Instant::now() < deadline,
            "reading state not saved while running"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    tmux.run(&["kill-server"]);
    let state = std::fs::read_to_string(&state_path).expect("reading state kept");
    assert!(state.contains(wanted), "{state}");
}

#[test]
fn hostile_article_text_reaches_the_terminal_only_as_visible_characters() {
    let home = tempfile::tempdir().unwrap();
    let archive = home.path().join("archive");
    std::fs::create_dir_all(&archive).unwrap();
    std::fs::write(
        archive.join("hostile.txt"),
        "Click \u{1b}]8;;https://evil.example\u{7}here\u{1b}]8;;\u{7} now\n\n\
         By Mallory\n\n\
         Red \u{1b}[31malert\u{1b}[0m and \u{1b}]52;c;cm0gLXJmIH4=\u{7}clipboard; \
         bidi \u{202e}desrever\u{202c} and zero\u{200b}width; tab\there; \u{1b}[2J no clear.\n\n\
         Wide: 東京で会議 😀 and combining e\u{301}e\u{301} café.\n",
    )
    .unwrap();
    let tmux = start_reader_on(home.path(), &archive, "");
    let screen = tmux.wait_for("Red ␛[31malert␛[0m");
    assert!(
        screen.contains("Click ␛]8;;https://evil.example␇here"),
        "{screen}"
    );
    assert!(screen.contains("␛]52;c;cm0gLXJmIH4=␇clipboard"), "{screen}");
    assert!(screen.contains("bidi ⍰desrever⍰"), "{screen}");
    assert!(screen.contains("zero⍰width; tab here"), "{screen}");
    assert!(
        screen.contains("┃● Click"),
        "the list survived the ESC[2J: {screen}"
    );
    // Wide and combining characters keep every row of the article pane the same width.
    let rows: Vec<&str> = screen
        .lines()
        .filter(|l| l.starts_with(['┃', '┏', '┗', '│', '┌', '└']))
        .collect();
    assert_eq!(rows.len(), 39, "{screen}");
    let widths: Vec<usize> = rows
        .iter()
        .map(|row| unicode_width::UnicodeWidthStr::width(*row))
        .collect();
    assert!(widths.iter().all(|w| *w == 120), "{widths:?}\n{screen}");
    assert!(screen.contains("東京で会議 😀 and combining e"), "{screen}");
    assert!(screen.contains(" café.  "), "{screen}");
}

#[test]
fn the_list_filter_narrows_and_highlights_in_a_real_terminal() {
    let home = tempfile::tempdir().unwrap();
    let tmux = start_reader(home.path(), "");
    tmux.wait_for("Articles 1/5");
    tmux.wait_for("│Special ops exercise exemplifies");

    // `/` opens the input line; each key echoes and narrows the list through the worker.
    tmux.keys(&["/"]);
    tmux.wait_for("FILTER");
    for key in [
        "c", "e", "n", "t", "r", "Space", "d", "a", "t", "e", ":", "2", "0", "2", "4",
    ] {
        tmux.keys(&[key]);
    }
    tmux.wait_for("/centr date:2024 ");
    // A partial query's result ("centr dat") also narrows to one article: wait for the
    // final one's title, not only for the count.
    let screen = tmux.wait_for("┃● Central Asia's Bold Move");
    let screen = if screen.contains("Articles 1/1") {
        screen
    } else {
        tmux.wait_for("Articles 1/1")
    };
    assert!(screen.contains("┃● Central Asia's Bold Move"), "{screen}");
    assert!(!screen.contains("Special ops exercise exempl…"), "{screen}");
    assert!(!screen.contains("US defence official highlig…"), "{screen}");
    // The matched title chars are underlined (SGR 4) and the rest of the title is not.
    let styled = tmux.run(&["capture-pane", "-p", "-e", "-t", "reader"]);
    let styled = String::from_utf8_lossy(&styled.stdout);
    let row = styled
        .lines()
        .find(|line| line.contains("Centr") && line.contains("al Asia"))
        .unwrap_or_else(|| panic!("no title row in:\n{styled}"));
    let marker = row.find("● ").expect("the unread marker") + "● ".len();
    let title = row.find("Centr").unwrap();
    let rest = row.find("al Asia").unwrap();
    assert!(
        sgr_params(&row[marker..title]).contains(&"4".to_owned()),
        "matched chars not underlined: {row:?}"
    );
    // The underline ends with the match: a reset (0) or underline-off (24) before the rest.
    let after = sgr_params(&row[title..rest]);
    assert!(
        after.iter().any(|p| p == "0" || p == "24"),
        "the match does not end at `Centr`: {row:?}"
    );

    // Enter keeps the filter; an invalid query is explained; Esc in the list clears it.
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("NORMAL");
    assert!(screen.contains("Articles 1/1 [/centr"), "{screen}");
    tmux.keys(&["/"]);
    tmux.wait_for("FILTER");
    tmux.keys(&["C-u", "!"]);
    tmux.wait_for("`!` needs a word after it");
    tmux.keys(&["Escape"]);
    tmux.wait_for("NORMAL");
    tmux.wait_for("/5");
    let screen = tmux.capture();
    assert!(
        screen.contains("┃● Special ops") || screen.contains("┃  Special ops"),
        "{screen}"
    );
    // A word found only in a body, through the index the loader built while reading the files.
    tmux.keys(&["/", "'", "p", "a", "r", "a", "c", "h", "u", "t", "e", "d"]);
    tmux.wait_for("/'parachuted ");
    // (The list's title names the query it shows: wait for the whole word, not a prefix typed
    // on the way, "'para", whose one match is another article.)
    let screen = tmux.wait_for("Articles 1/1 [/'parachuted");
    assert!(screen.contains("┃● Special ops"), "{screen}");
    assert!(!screen.contains("Central Asia's Bold Move: H…"), "{screen}");
    tmux.keys(&["Escape"]);
    tmux.wait_for("/5");
    tmux.keys(&["q"]);
    let after = tmux.wait_for("gazette exited with");
    assert!(after.contains("gazette exited with 0"), "{after}");
}

/// The attribute parameters of every SGR escape (`ESC [ … m`) in `text`.
fn sgr_params(text: &str) -> Vec<String> {
    let mut params = Vec::new();
    for sequence in text.split('\u{1b}').skip(1) {
        if let Some(body) = sequence.strip_prefix('[')
            && let Some(end) = body.find('m')
        {
            // Colour arguments (38;5;n, 48;2;r;g;b) are not attributes: skip them.
            let mut parts = body[..end].split(';');
            while let Some(part) = parts.next() {
                if matches!(part, "38" | "48" | "58") {
                    let skip = if parts.next() == Some("2") { 3 } else { 1 };
                    parts.by_ref().take(skip).for_each(drop);
                } else {
                    params.push(part.to_owned());
                }
            }
        }
    }
    params
}

/// Starts the reader from a shell that records the reader's pid (the shell execs it, so the pid
/// is the reader's), then, once it ends, reports its exit status and the tty's line settings.
fn start_reader_recording_pid(home: &Path) -> (Tmux, std::path::PathBuf) {
    let pid_file = home.join("reader.pid");
    let script = home.join("run.sh");
    std::fs::write(
        &script,
        format!(
            "{reader}\n\
             echo \"gazette exited with $?\"\n\
             echo \"tty: $(stty -a | tr -s ' ;' '\\n\\n' | grep -x -E -e '-?(icanon|echo|isig)' | tr '\\n' ' ')\"\n\
             sleep 60\n",
            reader = reader_command_recording_pid(home, &pid_file),
        ),
    )
    .unwrap();
    let tmux = Tmux::start(
        home.join("tmux.sock"),
        &format!("sh {}", shell_quote(&script)),
    );
    (tmux, pid_file)
}

/// Moves to the second article, scrolls it to the bottom, then sends `signal` to the reader and
/// checks that it gave the terminal back and saved where it was.
fn a_signal_restores_the_terminal_and_saves_the_state(signal: &str, status: i32) {
    let home = tempfile::tempdir().unwrap();
    let (tmux, pid_file) = start_reader_recording_pid(home.path());
    tmux.wait_for("Articles 1/5");
    tmux.wait_for("│Special ops exercise exemplifies");
    assert_eq!(tmux.display("#{alternate_on} #{mouse_any_flag}"), "1 1");
    tmux.keys(&["Down"]);
    tmux.wait_for("│Uzbekistan, Kazakhstan strengthen");
    tmux.keys(&["Tab", "G"]);
    tmux.wait_for(" 100% ");
    let pid = std::fs::read_to_string(&pid_file).unwrap();
    let killed = std::process::Command::new("kill")
        .args([&format!("-{signal}"), pid.trim()])
        .status()
        .unwrap();
    assert!(killed.success());

    let after = tmux.wait_for("tty:");
    assert!(
        after.contains(&format!("gazette exited with {status}")),
        "ended by the signal: {after}"
    );
    assert!(
        !after.contains("NORMAL"),
        "the alternate screen was left:\n{after}"
    );
    assert_eq!(
        tmux.display(
            "#{alternate_on} #{mouse_any_flag} #{mouse_button_flag} #{mouse_standard_flag} \
             #{mouse_sgr_flag} #{cursor_flag}"
        ),
        "0 0 0 0 0 1",
        "the alternate screen and mouse tracking are off and the cursor shows"
    );
    let tty = after.lines().find(|l| l.starts_with("tty:")).unwrap();
    for setting in ["icanon", "echo", "isig"] {
        assert!(
            tty.split_whitespace().any(|s| s == setting),
            "raw mode is off ({setting}): {tty}"
        );
    }

    let (state, warning) = gazette::ui::reading_state::ReadingState::load(&reading_state_file(
        &home.path().join("state"),
        &bundled_archive(),
    ));
    assert_eq!(warning, None);
    let second = "001_debd4f22ff665b1c.txt";
    assert_eq!(state.last_article.as_deref(), Some(second), "{state:?}");
    assert!(
        state.scroll_anchor(second).is_some(),
        "the scroll is saved: {state:?}"
    );
}

#[test]
fn sigterm_restores_the_terminal_and_saves_the_reading_state() {
    a_signal_restores_the_terminal_and_saves_the_state("TERM", 143);
}

#[test]
fn sighup_restores_the_terminal_and_saves_the_reading_state() {
    a_signal_restores_the_terminal_and_saves_the_state("HUP", 129);
}

/// Waits until a tmux format expands to `wanted`, failing with the screen if it never does.
fn wait_for_display(tmux: &Tmux, format: &str, wanted: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while tmux.display(format) != wanted {
        assert!(
            Instant::now() < deadline,
            "waited 20 s for {format} = {wanted:?}, got {:?}; the screen shows:\n{}",
            tmux.display(format),
            tmux.capture()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn ctrl_z_and_sigtstp_suspend_to_the_shell_and_fg_redraws() {
    let home = tempfile::tempdir().unwrap();
    let pid_file = home.path().join("reader.pid");
    // An interactive shell with job control, as a reader would have.
    let tmux = Tmux::start(
        home.path().join("tmux.sock"),
        "env PS1='gz> ' bash --norc --noprofile -i",
    );
    tmux.wait_for("gz>");
    tmux.type_text(&reader_command_recording_pid(home.path(), &pid_file));
    tmux.keys(&["Enter"]);
    tmux.wait_for("│Special ops exercise exemplifies");
    tmux.keys(&["Down"]);
    tmux.wait_for("Articles 2/5");
    let visible = "#{alternate_on} #{mouse_any_flag} #{cursor_flag}";

    // Ctrl-Z reaches a raw terminal as a key: the reader gives the terminal back and stops.
    tmux.keys(&["C-z"]);
    let stopped = tmux.wait_for("Stopped");
    assert!(!stopped.contains("NORMAL"), "{stopped}");
    wait_for_display(&tmux, visible, "0 0 1");
    // The shell has a cooked terminal: what is typed echoes.
    tmux.type_text("echo sus''pended");
    tmux.keys(&["Enter"]);
    tmux.wait_for("suspended");

    // fg: the whole screen comes back and keys work again.
    tmux.type_text("fg");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Articles 2/5");
    tmux.wait_for("│Uzbekistan, Kazakhstan strengthen");
    wait_for_display(&tmux, visible, "1 1 0");
    tmux.keys(&["Down"]);
    tmux.wait_for("Articles 3/5");

    // A SIGTSTP from outside does the same.
    let pid = std::fs::read_to_string(&pid_file).unwrap();
    let sent = std::process::Command::new("kill")
        .args(["-TSTP", pid.trim()])
        .status()
        .unwrap();
    assert!(sent.success());
    wait_for_display(&tmux, visible, "0 0 1");
    tmux.wait_for("Stopped");
    tmux.type_text("fg");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Articles 3/5");
    wait_for_display(&tmux, visible, "1 1 0");

    tmux.keys(&["q"]);
    wait_for_display(&tmux, visible, "0 0 1");
    tmux.type_text("echo status $?");
    tmux.keys(&["Enter"]);
    tmux.wait_for("status 0");
}

#[test]
fn o_lends_the_terminal_to_the_pager_and_the_reader_comes_back() {
    let home = tempfile::tempdir().unwrap();
    // A pager that says what it was given, then waits for a key as a pager does.
    let seen = home.path().join("pager-saw");
    let pager = home.path().join("pager.sh");
    std::fs::write(
        &pager,
        format!(
            "#!/bin/sh\nprintf '%s' \"$1\" > {}\necho PAGER SHOWING; read line\n",
            shell_quote(&seen)
        ),
    )
    .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&pager, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let tmux = start_reader(home.path(), &format!("PAGER={}", shell_quote(&pager)));
    tmux.wait_for("│Special ops exercise exemplifies");
    tmux.keys(&["o"]);
    tmux.wait_for("PAGER SHOWING");
    let path = std::fs::read_to_string(&seen).unwrap();
    assert!(
        path.ends_with("articles/000_721b475338128ad3.txt"),
        "the pager got the article's file: {path}"
    );
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("back from the pager");
    assert!(
        screen.contains("┌ Article"),
        "the reader is drawn again: {screen}"
    );
    tmux.keys(&["q"]);
    tmux.wait_for("gazette exited with 0");
}

#[test]
fn the_reader_keeps_an_index_and_a_second_start_sees_what_changed() {
    let home = tempfile::tempdir().unwrap();
    let archive = home.path().join("archive");
    std::fs::create_dir(&archive).unwrap();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("articles");
    for entry in std::fs::read_dir(&seeds).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, archive.join(path.file_name().unwrap())).unwrap();
    }
    let index = home.path().join("archive.sqlite");
    let env = format!("GAZETTE_INDEX={}", shell_quote(&index));

    // First start: the index is built as the articles are read.
    let tmux = start_reader_on(home.path(), &archive, &env);
    tmux.wait_for("Articles 1/5");
    tmux.wait_for("│Special ops exercise exemplifies");
    tmux.keys(&["q"]);
    tmux.wait_for("gazette exited with 0");
    drop(tmux);
    assert!(index.exists(), "the index was written");

    // A new article meanwhile: the next start lists the indexed five at once, then the sixth.
    std::fs::write(
        archive.join("005_new.txt"),
        "Border talks resume in Dushanbe\n\nDUSHANBE -- Officials met on Monday by the \
         zephyrine lake.\n",
    )
    .unwrap();
    let tmux = start_reader_on(home.path(), &archive, &env);
    let screen = tmux.wait_for("index refreshed: 1 new, 0 changed, 0 removed");
    assert!(screen.contains("Articles 1/6"), "{screen}");
    assert!(screen.contains("Border talks resume"), "{screen}");
    // The patched catalog's search index finds the new article by a word of its body.
    tmux.keys(&["/", "'", "z", "e", "p", "h", "y", "r", "i", "n", "e"]);
    tmux.wait_for("/'zephyrine ");
    let screen = tmux.wait_for("Articles 1/1");
    assert!(screen.contains("Border talks resume"), "{screen}");
    tmux.keys(&["Escape"]);
    tmux.wait_for("/6");
    tmux.keys(&["q"]);
    tmux.wait_for("gazette exited with 0");
}

#[test]
fn each_archive_keeps_its_own_reading_state() {
    let home = tempfile::tempdir().unwrap();
    let other = home.path().join("other");
    std::fs::create_dir(&other).unwrap();
    std::fs::write(
        other.join("only.txt"),
        "Dushanbe hosts border talks\n\nDUSHANBE -- Officials met.\n",
    )
    .unwrap();
    // The bundled archive, left on its second article.
    let tmux = start_reader(home.path(), "");
    tmux.wait_for("│Special ops exercise exemplifies");
    tmux.keys(&["j"]);
    tmux.wait_for("Articles 2/5");
    tmux.keys(&["q"]);
    tmux.wait_for("gazette exited with 0");
    drop(tmux);
    // Another archive opened and closed meanwhile.
    let tmux = start_reader_on(home.path(), &other, "");
    tmux.wait_for("Dushanbe hosts border talks");
    tmux.keys(&["q"]);
    tmux.wait_for("gazette exited with 0");
    drop(tmux);
    // The bundled archive reopens where it was left.
    let tmux = start_reader(home.path(), "");
    tmux.wait_for("Articles 2/5");
    tmux.keys(&["q"]);
    tmux.wait_for("gazette exited with 0");
    let state_home = home.path().join("state");
    for archive in [bundled_archive(), other] {
        assert!(reading_state_file(&state_home, &archive).exists());
    }
}

#[test]
fn the_readers_facts_follow_the_readers_corrections() {
    let home = tempfile::tempdir().unwrap();
    let archive = bundled_archive();
    let first_id = "000_721b475338128ad3.txt";
    let (person, _) = first_person_and_postings(&archive, first_id).expect("a person");
    let config = home.path().join("config").join("gazette");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(
        config.join("entities.toml"),
        format!("ignore = [{person:?}]\n"),
    )
    .unwrap();
    let tmux = start_reader(home.path(), "");
    tmux.wait_for("Articles 1/5");
    tmux.keys(&["Tab", "Tab"]);
    tmux.wait_for("┏ Facts");
    // The article is read and its facts extracted after the frame that shows the panel.
    let screen = tmux.wait_for("People (");
    let prefix: String = person.chars().take(10).collect();
    let facts_pane = focused_facts_pane(&screen);
    assert!(
        !facts_pane.contains(&prefix),
        "{person} is ignored:\n{screen}"
    );
    tmux.keys(&["q"]);
    tmux.wait_for("gazette exited with 0");

    let other_home = tempfile::tempdir().unwrap();
    let config = other_home.path().join("config").join("gazette");
    std::fs::create_dir_all(&config).unwrap();
    std::fs::write(config.join("entities.toml"), "ignore = [\"unclosed\n").unwrap();
    let tmux = start_reader(other_home.path(), "");
    let screen = tmux.wait_for("Corrections");
    assert!(
        screen.contains("entities.toml"),
        "the file is named:\n{screen}"
    );
}

#[test]
fn x_in_the_facts_panel_hides_the_person_and_writes_entities_toml() {
    let home = tempfile::tempdir().unwrap();
    let archive = bundled_archive();
    let first_id = "000_721b475338128ad3.txt";
    let (person, _) = first_person_and_postings(&archive, first_id).expect("a person");
    let tmux = start_reader(home.path(), "");
    tmux.wait_for("Articles 1/5");
    tmux.keys(&["Tab", "Tab"]);
    tmux.wait_for("┏ Facts");
    tmux.wait_for("People (");
    tmux.keys(&["x"]);
    tmux.wait_for("is hidden");
    let prefix: String = person.chars().take(10).collect();
    // The article is read again with the correction: the panel follows a moment later.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let screen = tmux.capture();
        let facts_pane = focused_facts_pane(&screen);
        if !facts_pane.contains(&prefix) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{person} is still listed:\n{screen}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let written =
        std::fs::read_to_string(home.path().join("config/gazette/entities.toml")).unwrap();
    assert!(written.contains(&person), "{written}");
    tmux.keys(&["q"]);
    tmux.wait_for("gazette exited with 0");
}

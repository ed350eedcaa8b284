//! The archive-wide views in the real binary in tmux: the entities view, an entity's page and
//! the timeline each open, narrow the list or open an article, and give the reader back.

mod tmux_support;

use std::path::Path;
use std::process::Command;
use tmux_support::{Tmux, shell_quote};

#[test]
fn each_view_opens_narrows_the_list_and_returns() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let archive = Path::new(env!("CARGO_MANIFEST_DIR")).join("articles");
    let bin = Path::new(env!("CARGO_BIN_EXE_gazette"));
    // Indexed first, so the views read a whole index.
    let indexed = Command::new(bin)
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env_remove("GAZETTE_INDEX")
        .arg("--archive")
        .arg(&archive)
        .arg("index")
        .output()
        .unwrap();
    assert!(indexed.status.success(), "{indexed:?}");
    let command = format!(
        "env -u NO_COLOR -u GAZETTE_INDEX HOME={home} XDG_CONFIG_HOME={home}/config \
         XDG_STATE_HOME={home}/state XDG_DATA_HOME={home}/data XDG_CACHE_HOME={home}/cache \
         TERM=xterm-256color {bin} --archive {archive}; echo \"gazette exited with $?\"; sleep 60",
        home = shell_quote(home),
        bin = shell_quote(bin),
        archive = shell_quote(&archive),
    );
    let tmux = Tmux::start(home.join("tmux.sock"), &command);
    tmux.wait_for("Articles 1/5");

    // E, a few letters, Enter: the list shows his three articles; Esc widens it back.
    tmux.keys(&["E"]);
    tmux.wait_for("Entities: all kinds");
    tmux.type_text("zhas");
    // (His name shows in the unfiltered list too, and a capture can catch a frame half drawn:
    // the typed filter, then the view's mode in the status line, say the frame is whole.)
    // (The view reads the index in the background: on a loaded machine the frame can show
    // "reading the index…" under the typed filter, so the name is waited for, not assumed.)
    tmux.wait_for("zhas");
    tmux.wait_for("VIEW");
    tmux.wait_for("Saken Zhasuzakov");
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("Articles 1/3");
    assert!(!screen.contains("Entities:"), "{screen}");
    tmux.keys(&["Escape"]);
    tmux.wait_for("Articles 1/5");

    // The page: → on the list's entity; Enter on a quote opens its article.
    tmux.keys(&["E"]);
    tmux.wait_for("Entities: all kinds");
    tmux.type_text("zhas");
    tmux.wait_for("Saken Zhasuzakov");
    tmux.keys(&["Right"]);
    let screen = tmux.wait_for("Quotes (6)");
    assert!(screen.contains("Kazakhstani Defence Minister"), "{screen}");
    tmux.keys(&["End", "Enter"]);
    let screen = tmux.wait_for("NORMAL");
    assert!(!screen.contains("Quotes (6)"), "{screen}");
    assert!(
        screen.contains("┏ Article"),
        "the article has the focus: {screen}"
    );

    // T: one dated month; Enter narrows the list to it, Esc widens it back.
    tmux.keys(&["T"]);
    tmux.wait_for("Timeline of the list (5 articles) by month");
    tmux.keys(&["Enter"]);
    tmux.wait_for("Articles 1/1");
    tmux.keys(&["Escape"]);
    // The widened list says so (and q after Esc at once would read as Alt-q).
    tmux.wait_for("5 articles");
    tmux.keys(&["q"]);
    tmux.wait_for("gazette exited with 0");
}

//! Notes end to end with the real binary in tmux: select a passage, write a note in the popup,
//! save, quit; start again and find the note highlighted in the body; export it as Markdown.

mod tmux_support;

use std::path::Path;
use std::process::Command;
use std::time::Duration;
use tmux_support::{Tmux, shell_quote};

const NOTE: &str = "Check the exercise dates";

/// The reader on the bundled archive with HOME and every XDG folder inside `home`.
fn start(home: &Path, notes: &Path, socket: &str) -> Tmux {
    let archive = Path::new(env!("CARGO_MANIFEST_DIR")).join("articles");
    let command = format!(
        "env -u NO_COLOR -u GAZETTE_NOTES HOME={home} XDG_CONFIG_HOME={home}/config \
         XDG_STATE_HOME={home}/state XDG_DATA_HOME={home}/data TERM=xterm-256color \
         {bin} --archive {archive} --notes {notes}; echo \"gazette exited with $?\"; sleep 60",
        home = shell_quote(home),
        bin = shell_quote(Path::new(env!("CARGO_BIN_EXE_gazette"))),
        archive = shell_quote(&archive),
        notes = shell_quote(notes),
    );
    Tmux::start(home.join(socket), &command)
}

fn quit(tmux: &Tmux) {
    tmux.keys(&["q"]);
    let after = tmux.wait_for("gazette exited with");
    assert!(after.contains("gazette exited with 0"), "{after}");
}

#[test]
fn a_note_written_in_the_reader_survives_a_restart_and_is_exported() {
    let home = tempfile::tempdir().unwrap();
    let notes = home.path().join("my notes.json");

    let tmux = start(home.path(), &notes, "first.sock");
    tmux.wait_for("│Special ops exercise exemplifies");
    tmux.keys(&["Tab"]);
    tmux.wait_for(" article ");
    // Down line by line until the cursor (▶ in the gutter) is on the first paragraph.
    let mut on_paragraph = false;
    for _ in 0..30 {
        if tmux.capture().contains("▶ASTANA -- Special") {
            on_paragraph = true;
            break;
        }
        tmux.keys(&["j"]);
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(on_paragraph, "{}", tmux.capture());
    tmux.keys(&["v", "j"]);
    tmux.wait_for("VISUAL");
    tmux.keys(&["a"]);
    tmux.wait_for("New annotation");
    tmux.type_text(NOTE);
    tmux.keys(&["Enter"]);
    tmux.type_text("and the units");
    tmux.wait_for("and the units");
    tmux.keys(&["C-s"]);
    tmux.wait_for("annotation saved");
    quit(&tmux);
    drop(tmux);
    assert!(notes.exists(), "the notes file was written");

    // Start again: the passage is marked in the gutter and coloured in the body.
    let tmux = start(home.path(), &notes, "second.sock");
    let screen = tmux.wait_for("ASTANA -- Special");
    assert!(screen.contains("▌ASTANA -- Special"), "{screen}");
    let styled = tmux.capture_styled();
    let line = styled
        .lines()
        .find(|l| l.contains("ASTANA"))
        .expect("the paragraph line");
    let after_mark = &line[line.find("ASTANA").unwrap().saturating_sub(40)..];
    // The note colour (yellow, colour 3) as the background of the passage.
    assert!(
        after_mark.contains("43m") || after_mark.contains("48;5;3m"),
        "no note background on {line:?}"
    );
    // ] puts the cursor on the note and says what it is.
    tmux.keys(&["Tab", "g", "]"]);
    tmux.wait_for(&format!("annotation 1/1: {NOTE}"));
    quit(&tmux);
    drop(tmux);

    let output = Command::new(env!("CARGO_BIN_EXE_gazette"))
        // The index goes to a cache of the tests' own, never the user's.
        .env(
            "XDG_CACHE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/xdg-cache"),
        )
        .env_remove("GAZETTE_INDEX")
        .args(["notes", "export", "--format", "md", "--archive"])
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("articles"))
        .arg("--notes")
        .arg(&notes)
        .env("HOME", home.path())
        .env("XDG_DATA_HOME", home.path().join("data"))
        .env_remove("GAZETTE_NOTES")
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let markdown = String::from_utf8(output.stdout).unwrap();
    assert!(
        markdown.contains("> ASTANA -- Special operations forces from Kazakhstan"),
        "{markdown}"
    );
    assert!(
        markdown.contains(&format!("{NOTE}\nand the units")),
        "{markdown}"
    );
    assert!(markdown.contains("## Special ops exercise"), "{markdown}");
}

//! Closing the terminal window under the reader (the pty hangs up): the reader must end, not
//! spin on end-of-file for ever.

mod tmux_support;

use std::path::Path;
use std::time::{Duration, Instant};
use tmux_support::{Tmux, reader_command_recording_pid};

fn alive(pid: &str) -> bool {
    Path::new("/proc").join(pid).exists()
        && !std::fs::read_to_string(Path::new("/proc").join(pid).join("stat"))
            .is_ok_and(|stat| stat.contains(") Z "))
}

#[test]
fn a_reader_whose_terminal_hangs_up_ends() {
    let home = tempfile::tempdir().unwrap();
    let pid_file = home.path().join("reader.pid");
    let tmux = Tmux::start(
        home.path().join("tmux.sock"),
        &reader_command_recording_pid(home.path(), &pid_file),
    );
    tmux.wait_for("│Special ops exercise exemplifies");
    let pid = std::fs::read_to_string(&pid_file)
        .unwrap()
        .trim()
        .to_owned();
    assert!(alive(&pid));
    tmux.keys(&["Down"]);
    tmux.wait_for("│Uzbekistan, Kazakhstan strengthen");

    drop(tmux);

    let deadline = Instant::now() + Duration::from_secs(15);
    while alive(&pid) {
        if Instant::now() > deadline {
            let _ = std::process::Command::new("kill")
                .args(["-9", &pid])
                .status();
            panic!("the reader {pid} was still running 15 s after its terminal hung up");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let (state, _) = gazette::ui::reading_state::ReadingState::load(
        &gazette::ui::reading_state::reading_state_file(
            &home.path().join("state"),
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("articles"),
        ),
    );
    assert_eq!(
        state.last_article.as_deref(),
        Some("001_debd4f22ff665b1c.txt"),
        "the reading state is saved on the way out: {state:?}"
    );
}

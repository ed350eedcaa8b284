//! Driving the real binary in tmux: a private server socket, a fixed-size session, keys sent as
//! a reader presses them, the screen read back with `capture-pane`.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

pub struct Tmux {
    pub socket: PathBuf,
}

impl Tmux {
    /// Starts `command` (a shell line) in a 120x40 session; panics with a clear message when
    /// tmux is missing.
    pub fn start(socket: PathBuf, command: &str) -> Tmux {
        let version = Command::new("tmux").arg("-V").output();
        assert!(
            version.as_ref().is_ok_and(|o| o.status.success()),
            "tmux is required for this test and was not found ({version:?}): install tmux"
        );
        let tmux = Tmux { socket };
        let started = tmux.run(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-s",
            "reader",
            "-x",
            "120",
            "-y",
            "40",
            command,
        ]);
        assert!(started.status.success(), "tmux new-session: {started:?}");
        tmux
    }

    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    pub fn capture(&self) -> String {
        let output = self.run(&["capture-pane", "-p", "-t", "reader"]);
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// The screen with its colours and attributes as escape sequences.
    pub fn capture_styled(&self) -> String {
        let output = self.run(&["capture-pane", "-p", "-e", "-t", "reader"]);
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    pub fn keys(&self, keys: &[&str]) {
        for key in keys {
            let output = self.run(&["send-keys", "-t", "reader", key]);
            assert!(output.status.success(), "send-keys {key}: {output:?}");
        }
    }

    /// Types `text` literally.
    pub fn type_text(&self, text: &str) {
        let output = self.run(&["send-keys", "-t", "reader", "-l", text]);
        assert!(output.status.success(), "send-keys -l {text}: {output:?}");
    }

    /// A tmux format expanded for the pane, e.g. `#{alternate_on}`.
    pub fn display(&self, format: &str) -> String {
        let output = self.run(&["display-message", "-p", "-t", "reader", format]);
        String::from_utf8_lossy(&output.stdout).trim().to_owned()
    }

    /// Waits until the screen shows `needle`, failing with the screen if it never does.
    pub fn wait_for(&self, needle: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let screen = self.capture();
            if screen.contains(needle) {
                return screen;
            }
            if Instant::now() > deadline {
                panic!("waited 20 s for {needle:?}; the screen shows:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    /// Kills the server and waits for it to be gone: a server still exiting makes the next
    /// session on the same socket fail ("server exited unexpectedly").
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline && self.run(&["has-session"]).status.success() {
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = std::fs::remove_file(&self.socket);
    }
}

/// A shell line that runs the reader on the bundled archive with HOME and the XDG folders in
/// `home`, after writing its pid to `pid_file`: the shell execs the reader, so the pid is the
/// reader's own, for tests that send it signals or watch it end.
pub fn reader_command_recording_pid(home: &Path, pid_file: &Path) -> String {
    let archive = Path::new(env!("CARGO_MANIFEST_DIR")).join("articles");
    format!(
        "sh -c 'echo $$ > \"$0\"; exec \"$@\"' {pid} env -u NO_COLOR HOME={home} \
         XDG_CONFIG_HOME={home}/config XDG_STATE_HOME={home}/state XDG_DATA_HOME={home}/data \
         TERM=xterm-256color {bin} --archive {archive}",
        pid = shell_quote(pid_file),
        home = shell_quote(home),
        bin = shell_quote(Path::new(env!("CARGO_BIN_EXE_gazette"))),
        archive = shell_quote(&archive),
    )
}

pub fn shell_quote(path: &Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', "'\\''"))
}

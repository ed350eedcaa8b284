//! The one way the CLI prints. Human-readable text goes through the shared sanitiser, JSON
//! escapes every char a terminal must not receive, and a closed stdout (`gazette … | head`)
//! ends the output quietly, as Unix tools do.

use super::CliError;
use crate::text::{sanitize_lines, visible_stand_in};
use serde::Serialize;
use std::fmt;
use std::io::{self, BufWriter, ErrorKind, StdoutLock, Write};
use std::process::ExitCode;

pub use crate::text::sanitize_label as label;

/// Stdout for one command. Write human text with `write!`/`writeln!`, JSON with [`Output::json`]
/// or [`Output::json_line`], and end with [`Output::finish`].
pub struct Output {
    out: BufWriter<StdoutLock<'static>>,
    /// The reader went away: everything after is dropped and the command still succeeds.
    closed: bool,
}

impl Output {
    pub fn stdout() -> Self {
        Output {
            out: BufWriter::new(io::stdout().lock()),
            closed: false,
        }
    }

    /// What `write!` and `writeln!` call. Every char that is not a line break or tab is made
    /// safe, whatever the caller formatted: untrusted fields should still go through [`label`]
    /// so that their own line breaks and tabs cannot break the layout.
    pub fn write_fmt(&mut self, args: fmt::Arguments<'_>) -> io::Result<()> {
        if self.closed {
            return Ok(());
        }
        let text = match args.as_str() {
            Some(text) => sanitize_lines(text),
            None => sanitize_lines(&args.to_string()),
        };
        self.write_raw(text.as_bytes())
    }

    /// `value` as pretty JSON on its own lines.
    pub fn json(&mut self, value: &impl Serialize) -> Result<(), CliError> {
        let json = serde_json::to_string_pretty(value)?;
        self.json_text(&json)
    }

    /// `value` as JSON on one line (JSON Lines).
    pub fn json_line(&mut self, value: &impl Serialize) -> Result<(), CliError> {
        let json = serde_json::to_string(value)?;
        self.json_text(&json)
    }

    /// Already serialised JSON (a notes export), escaped as [`safe_json`] does.
    pub fn json_text(&mut self, json: &str) -> Result<(), CliError> {
        if self.closed {
            return Ok(());
        }
        let mut text = safe_json(json);
        if !text.ends_with('\n') {
            text.push('\n');
        }
        Ok(self.write_raw(text.as_bytes())?)
    }

    /// The reader closed the pipe: long commands can stop producing output.
    pub fn is_closed(&self) -> bool {
        self.closed
    }

    /// Flushes what is buffered; a reader that went away is not an error (and
    /// [`Output::is_closed`] says so afterwards).
    pub fn finish(&mut self) -> io::Result<()> {
        if self.closed {
            return Ok(());
        }
        match self.out.flush() {
            Err(error) if error.kind() == ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            result => result,
        }
    }

    fn write_raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        match self.out.write_all(bytes) {
            Err(error) if error.kind() == ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            result => result,
        }
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        // An early return on an error: still print what was written, but a closed pipe or a
        // full disk is already being reported, or does not matter.
        if !self.closed {
            let _ = self.out.flush();
        }
    }
}

/// A message on stderr, `gazette: ` first, made safe like any output. A stderr that cannot be
/// written to (closed, full) is no reason to fail or panic.
pub fn warn(message: impl fmt::Display) {
    let text = sanitize_lines(&format!("gazette: {message}\n"));
    let _ = io::stderr().lock().write_all(text.as_bytes());
}

/// A one-line progress bar on stderr, redrawn in place, shown only when stderr is a terminal
/// (a script's log gets the summary line alone). The text is gazette's own; counts only.
pub struct ProgressBar {
    shown: bool,
    enabled: bool,
    last: Option<std::time::Instant>,
}

impl ProgressBar {
    pub fn on_stderr() -> Self {
        use std::io::IsTerminal;
        ProgressBar {
            shown: false,
            enabled: io::stderr().is_terminal(),
            last: None,
        }
    }

    /// Redraws the bar for `done` of `total`, at most ten times a second.
    pub fn update(&mut self, what: &str, done: usize, total: usize) {
        if !self.enabled || total == 0 {
            return;
        }
        let now = std::time::Instant::now();
        if done < total
            && self
                .last
                .is_some_and(|last| now - last < std::time::Duration::from_millis(100))
        {
            return;
        }
        self.last = Some(now);
        const WIDTH: usize = 30;
        let filled = done.min(total) * WIDTH / total;
        let bar = format!("{}{}", "#".repeat(filled), "-".repeat(WIDTH - filled));
        let line = sanitize_lines(&format!("gazette: {what} [{bar}] {done}/{total}"));
        let _ = write!(io::stderr().lock(), "\r{line}\x1b[K");
        self.shown = true;
    }

    /// Clears the bar's line, so that the next message starts on a clean one.
    pub fn clear(&mut self) {
        if self.shown {
            let _ = write!(io::stderr().lock(), "\r\x1b[K");
            self.shown = false;
        }
    }
}

impl Drop for ProgressBar {
    fn drop(&mut self) {
        self.clear();
    }
}

/// Reports a command line clap cannot parse. Help and version are gazette's own text and print
/// as clap does; an error quotes the arguments, which may be file names, so it is made safe.
pub fn usage_error(error: clap::Error) -> ExitCode {
    use clap::error::ErrorKind as Kind;
    if matches!(error.kind(), Kind::DisplayHelp | Kind::DisplayVersion) {
        error.exit();
    }
    let text = sanitize_lines(&error.render().to_string());
    let _ = io::stderr().lock().write_all(text.as_bytes());
    ExitCode::from(u8::try_from(error.exit_code()).unwrap_or(2))
}

/// serde_json's output with every char the shared sanitiser would replace written as a `\u`
/// escape. serde_json escapes only C0 controls; DEL, C1 controls (U+009B is a CSI), bidi
/// overrides and zero-width chars would reach the terminal raw. The JSON means the same.
pub fn safe_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for ch in json.chars() {
        // Raw line breaks, tabs and spaces are the pretty printer's layout: serde_json escapes
        // them inside strings.
        if matches!(ch, '\n' | '\t' | '\r' | ' ') || visible_stand_in(ch).is_none() {
            out.push(ch);
            continue;
        }
        let mut units = [0u16; 2];
        for unit in ch.encode_utf16(&mut units) {
            out.push_str(&format!("\\u{unit:04x}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_escapes_c1_bidi_and_zero_width_and_reads_back_unchanged() {
        let raw = "a\u{1b}]52;c;ZXZpbA==\u{7}\u{7f}\u{9b}2J\u{202e}\u{200b}\u{2028}\u{e0041}é👩\u{200d}👧";
        let json = safe_json(&serde_json::to_string_pretty(&vec![raw]).unwrap());
        assert!(
            json.chars()
                .all(|c| c == '\n' || visible_stand_in(c).is_none()),
            "{json}"
        );
        assert!(json.contains("\\u009b") && json.contains("\\u202e") && json.contains("\\u200b"));
        assert!(
            json.contains("\\udb40\\udc41"),
            "a tag char is a surrogate pair: {json}"
        );
        assert!(
            json.contains("é👩\u{200d}👧"),
            "printable text stays as it is"
        );
        let back: Vec<String> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, [raw]);
    }
}

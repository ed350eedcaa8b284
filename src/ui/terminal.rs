//! Raw mode, the alternate screen and mouse capture, undone on every way out: a normal quit,
//! an error (the guard's drop), a panic on the UI thread (the hook), a signal, and a suspend
//! (Ctrl-Z), after which [`TerminalGuard::resume`] takes the terminal back.

use crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use std::io::{Stdout, stdout};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, Once, OnceLock};
use std::thread::ThreadId;

pub type Tui = Terminal<CrosstermBackend<Stdout>>;

pub struct TerminalGuard {
    pub terminal: Tui,
}

impl TerminalGuard {
    pub fn enter() -> std::io::Result<Self> {
        let _ = UI_THREAD.set(std::thread::current().id());
        install_panic_hook();
        let guard_without_terminal = RestoreOnDrop;
        take_terminal()?;
        let terminal = Terminal::new(CrosstermBackend::new(stdout()))?;
        std::mem::forget(guard_without_terminal);
        Ok(TerminalGuard { terminal })
    }

    /// Takes the terminal back after the process was stopped and continued: the shell had it
    /// meanwhile, so the whole screen is drawn again.
    pub fn resume(&mut self) -> std::io::Result<()> {
        take_terminal()?;
        self.terminal.clear()
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Restores the terminal if entering it failed half-way.
struct RestoreOnDrop;

impl Drop for RestoreOnDrop {
    fn drop(&mut self) {
        restore();
    }
}

/// The reader has the terminal (raw, alternate screen, mouse): nothing else may write to it.
static ENTERED: AtomicBool = AtomicBool::new(false);

fn take_terminal() -> std::io::Result<()> {
    enable_raw_mode()?;
    ENTERED.store(true, Ordering::SeqCst);
    execute!(
        stdout(),
        EnterAlternateScreen,
        EnableMouseCapture,
        cursor::Hide
    )
}

/// Leaves the terminal as the shell expects it; safe to call more than once, from any thread.
pub fn restore() {
    ENTERED.store(false, Ordering::SeqCst);
    let _ = execute!(
        stdout(),
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = disable_raw_mode();
}

/// The thread that draws; only its panic ends the reader.
static UI_THREAD: OnceLock<ThreadId> = OnceLock::new();

/// A worker panic's text and place, for the worker's failure message.
static WORKER_PANIC: Mutex<Option<String>> = Mutex::new(None);

/// The text of the first panic on a thread other than the UI's not taken yet.
pub fn take_worker_panic() -> Option<String> {
    WORKER_PANIC
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .take()
}

/// What the panic hook does for a panic on `thread`.
#[derive(Debug, PartialEq, Eq)]
pub enum PanicResponse {
    /// The UI thread is going down: give the terminal back, then report as usual.
    RestoreAndReport,
    /// A worker, while the reader has the screen: its supervisor reports it in the status
    /// line, and printing it would scribble over the frame.
    KeepForWorker,
    /// A worker while the terminal is the shell's: report as usual.
    Report,
}

pub fn panic_response(thread: ThreadId, ui: Option<ThreadId>, entered: bool) -> PanicResponse {
    if ui.is_none_or(|ui| ui == thread) {
        PanicResponse::RestoreAndReport
    } else if entered {
        PanicResponse::KeepForWorker
    } else {
        PanicResponse::Report
    }
}

fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            let thread = std::thread::current().id();
            let response = panic_response(
                thread,
                UI_THREAD.get().copied(),
                ENTERED.load(Ordering::SeqCst),
            );
            if response != PanicResponse::RestoreAndReport {
                let payload = info.payload();
                let text = payload
                    .downcast_ref::<&str>()
                    .copied()
                    .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
                    .unwrap_or("panicked");
                let place = info
                    .location()
                    .map_or_else(String::new, |l| format!(" at {}:{}", l.file(), l.line()));
                // The first untaken panic is the cause: a loader thread's panic is followed
                // by its scope panicking again on the loader's own thread.
                WORKER_PANIC
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .get_or_insert_with(|| format!("{text}{place}"));
            }
            match response {
                PanicResponse::RestoreAndReport => {
                    restore();
                    previous(info);
                }
                PanicResponse::KeepForWorker => {}
                PanicResponse::Report => previous(info),
            }
        }));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_ui_threads_panic_gives_the_terminal_back() {
        let ui = std::thread::current().id();
        let worker = std::thread::spawn(|| std::thread::current().id())
            .join()
            .unwrap();
        assert_eq!(
            panic_response(ui, Some(ui), true),
            PanicResponse::RestoreAndReport
        );
        assert_eq!(
            panic_response(worker, Some(ui), true),
            PanicResponse::KeepForWorker
        );
        assert_eq!(
            panic_response(worker, Some(ui), false),
            PanicResponse::Report
        );
    }
}

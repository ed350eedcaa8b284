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
use std::sync::{Once, OnceLock};
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

/// What the panic hook does for a panic on `thread`.
#[derive(Debug, PartialEq, Eq)]
pub enum PanicResponse {
    /// The UI thread is going down: give the terminal back, then report as usual.
    RestoreAndReport,
    /// An uncontained panic on another thread while the reader has the screen: printing it
    /// would scribble over the frame, and the thread's owner sees it end.
    KeepForWorker,
    /// A worker while the terminal is the shell's: report as usual.
    Report,
}

/// `contained`: the panic is inside `archive::contain_panic`, whose caller reports it (one
/// article, one worker request) while the reader goes on, on this terminal.
pub fn panic_response(
    contained: bool,
    thread: ThreadId,
    ui: Option<ThreadId>,
    entered: bool,
) -> PanicResponse {
    if contained {
        PanicResponse::Report
    } else if ui.is_none_or(|ui| ui == thread) {
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
            let response = panic_response(
                crate::archive::panic_is_contained(),
                std::thread::current().id(),
                UI_THREAD.get().copied(),
                ENTERED.load(Ordering::SeqCst),
            );
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
            panic_response(false, ui, Some(ui), true),
            PanicResponse::RestoreAndReport
        );
        assert_eq!(
            panic_response(false, worker, Some(ui), true),
            PanicResponse::KeepForWorker
        );
        assert_eq!(
            panic_response(false, worker, Some(ui), false),
            PanicResponse::Report
        );
        // A contained panic, even the UI thread's, leaves the terminal to the reader.
        assert_eq!(
            panic_response(true, ui, Some(ui), true),
            PanicResponse::Report
        );
    }
}

//! Terminal signals, sent into the loop's one event channel: the loop wakes for them as for a
//! key, so they are acted on even while it waits for one.
//!
//! A termination signal the loop has not acted on within a grace period means the loop is
//! stuck: the listener then gives the terminal back itself and lets the signal end the process.

use super::terminal::restore;
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
use signal_hook::iterator::{Handle, Signals};
use std::sync::mpsc::Sender;
use std::time::Duration;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TerminalSignal {
    /// SIGTERM, SIGHUP, SIGINT or SIGQUIT: give the terminal back, save, and end by it.
    Terminate(i32),
    /// SIGTSTP from outside (Ctrl-Z itself reaches a raw terminal as a key).
    Suspend,
    /// SIGCONT: the process was stopped and goes on; the screen must be taken back.
    Resume,
}

pub struct SignalListener {
    handle: Handle,
}

impl SignalListener {
    /// Sends every signal into `events` as `wrap` makes it an event.
    pub fn start<E: Send + 'static>(
        events: Sender<E>,
        wrap: fn(TerminalSignal) -> E,
    ) -> std::io::Result<Self> {
        let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGTSTP, SIGCONT])?;
        let handle = signals.handle();
        std::thread::Builder::new()
            .name("gazette signals".into())
            .spawn(move || {
                let mut terminating = false;
                for signal in signals.forever() {
                    let event = match signal {
                        SIGTSTP => TerminalSignal::Suspend,
                        SIGCONT => TerminalSignal::Resume,
                        // A hang-up comes as two SIGHUPs at once (the kernel's and the
                        // terminal's): a repeat must not cut short the first one's clean-up.
                        // The grace period ends a loop that is stuck.
                        _ if terminating => continue,
                        _ => {
                            terminating = true;
                            end_if_not_ended_within(GRACE, signal);
                            TerminalSignal::Terminate(signal)
                        }
                    };
                    if events.send(wrap(event)).is_err() {
                        break;
                    }
                }
            })?;
        Ok(SignalListener { handle })
    }
}

impl Drop for SignalListener {
    fn drop(&mut self) {
        self.handle.close();
    }
}

/// How long the loop has to clean up after a termination signal before the process ends
/// without it: ample for restoring the terminal and saving the reading state.
const GRACE: Duration = Duration::from_secs(3);

/// Ends the process by `signal` after `grace`, unless the loop has ended it first. A hung-up
/// terminal (its window closed) can leave the loop stuck for good, in a crossterm read that
/// sees end-of-file without end, so SIGHUP needs no second signal to end the reader.
fn end_if_not_ended_within(grace: Duration, signal: i32) {
    let _ = std::thread::Builder::new()
        .name("gazette signal grace".into())
        .spawn(move || {
            std::thread::sleep(grace);
            restore();
            die_by(signal);
        });
}

/// Ends the process the way `signal` would have, once the reader has cleaned up after it.
pub fn die_by(signal: i32) {
    let _ = signal_hook::low_level::emulate_default_handler(signal);
}

/// Stops the process as SIGTSTP's default would: the caller has given the terminal back. The
/// call returns once the process is continued.
pub fn stop() {
    die_by(SIGTSTP);
}

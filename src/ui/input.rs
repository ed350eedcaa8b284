//! The terminal's input on a thread of its own, sent into the loop's one [`Action`] channel, so
//! that the loop blocks on that channel alone.
//!
//! While the reader is suspended (Ctrl-Z) the terminal belongs to the shell: the thread must
//! not read it then, so it is paused first, and parks until resumed.

use super::app::Action;
use crossterm::event::{self, Event};
use std::sync::mpsc::Sender;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// How long a read waits before the thread looks whether it is asked to pause: the longest a
/// suspension waits on it.
const PAUSE_CHECK: Duration = Duration::from_millis(50);

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reading {
    On,
    PauseAsked,
    Paused,
}

#[derive(Default)]
struct Gate {
    state: Mutex<Option<Reading>>,
    changed: Condvar,
}

impl Gate {
    fn lock(&self) -> MutexGuard<'_, Option<Reading>> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn wait<'a>(&self, guard: MutexGuard<'a, Option<Reading>>) -> MutexGuard<'a, Option<Reading>> {
        self.changed.wait(guard).unwrap_or_else(|e| e.into_inner())
    }
}

/// The input thread's handle.
pub struct InputThread {
    gate: Arc<Gate>,
}

impl InputThread {
    /// Starts reading the terminal into `actions`. A failed read is sent as
    /// [`Action::InputFailed`] and ends the thread.
    pub fn start(actions: Sender<Action>) -> std::io::Result<Self> {
        let gate = Arc::new(Gate::default());
        *gate.lock() = Some(Reading::On);
        let thread_gate = Arc::clone(&gate);
        std::thread::Builder::new()
            .name("gazette input".into())
            .spawn(move || read_into(&actions, &thread_gate))?;
        Ok(InputThread { gate })
    }

    /// Stops reading; returns once the thread no longer touches the terminal.
    pub fn pause(&self) {
        self.pause_until(None);
    }

    /// Stops reading as [`InputThread::pause`] does, waiting at most `limit`: on the way out, a
    /// thread stuck in a read of a hung-up terminal must not keep the reading state unsaved.
    /// Whether the thread has stopped reading.
    pub fn pause_within(&self, limit: Duration) -> bool {
        self.pause_until(Some(Instant::now() + limit))
    }

    fn pause_until(&self, deadline: Option<Instant>) -> bool {
        let mut state = self.gate.lock();
        if *state == Some(Reading::On) {
            *state = Some(Reading::PauseAsked);
        }
        // `None`: the thread has ended, and reads nothing.
        while *state == Some(Reading::PauseAsked) {
            state = match deadline {
                None => self.gate.wait(state),
                Some(deadline) => {
                    let left = deadline.saturating_duration_since(Instant::now());
                    if left.is_zero() {
                        return false;
                    }
                    let waited = self.gate.changed.wait_timeout(state, left);
                    waited.unwrap_or_else(|e| e.into_inner()).0
                }
            };
        }
        true
    }

    /// Reads again after [`InputThread::pause`].
    pub fn resume(&self) {
        let mut state = self.gate.lock();
        if state.is_some() {
            *state = Some(Reading::On);
        }
        self.gate.changed.notify_all();
    }
}

fn read_into(actions: &Sender<Action>, gate: &Gate) {
    loop {
        {
            let mut state = gate.lock();
            if *state == Some(Reading::PauseAsked) {
                *state = Some(Reading::Paused);
                gate.changed.notify_all();
            }
            while *state == Some(Reading::Paused) {
                state = gate.wait(state);
            }
        }
        let action = match event::poll(PAUSE_CHECK) {
            Ok(false) => continue,
            Ok(true) => match event::read() {
                Ok(event) => action_of(event),
                Err(error) => Some(Action::InputFailed(error.to_string())),
            },
            Err(error) => Some(Action::InputFailed(error.to_string())),
        };
        let failed = matches!(action, Some(Action::InputFailed(_)));
        if let Some(action) = action
            && actions.send(action).is_err()
        {
            break;
        }
        if failed {
            break;
        }
    }
    *gate.lock() = None;
    gate.changed.notify_all();
}

/// The action a terminal event stands for, if any.
pub fn action_of(event: Event) -> Option<Action> {
    match event {
        Event::Key(key) => Some(Action::Key(key)),
        Event::Mouse(mouse) => Some(Action::Mouse(mouse)),
        Event::Resize(width, height) => Some(Action::Resize { width, height }),
        _ => None,
    }
}

//! Background threads that outlive their own bugs. Each request runs under `contain_panic`: a
//! panic becomes an [`Action::WorkerFailed`] the status line shows, the request that crashed is
//! dropped and the worker goes on serving the next one, so the reader never waits on a dead
//! thread ("opening…" forever).

use super::app::Action;
use crate::archive::contain_panic;
use std::sync::mpsc::{self, Sender};
use std::thread::JoinHandle;

/// Which background job failed, for the message and for what the app gives up waiting on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Worker {
    Loader,
    Reader,
    Layout,
    Placer,
    Anchorer,
    Saver,
}

impl Worker {
    pub fn label(self) -> &'static str {
        match self {
            Worker::Loader => "loader",
            Worker::Reader => "article reader",
            Worker::Layout => "layout",
            Worker::Placer => "notes placer",
            Worker::Anchorer => "notes anchorer",
            Worker::Saver => "reading-state saver",
        }
    }
}

/// How a worker takes its queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Queue {
    /// Every request is served in order.
    All,
    /// Requests overtaken while the worker was busy are skipped: only the newest matters.
    NewestOnly,
}

/// Starts `worker` on a thread of its own. `describe` names a request for the failure message
/// (taken before the job consumes it); `job` answers a request with an action for the UI, or
/// none. The job is `Fn`, so a panic cannot leave state it owns half-changed for the next
/// request: that is what makes carrying on after one sound.
pub fn spawn<R, D, J>(
    worker: Worker,
    queue: Queue,
    actions: Sender<Action>,
    describe: D,
    job: J,
) -> (Sender<R>, JoinHandle<()>)
where
    R: Send + 'static,
    D: Fn(&R) -> String + Send + 'static,
    J: Fn(R) -> Option<Action> + Send + 'static,
{
    let (requests, incoming) = mpsc::channel::<R>();
    let thread = std::thread::Builder::new()
        .name(format!("gazette {}", worker.label()))
        .spawn(move || {
            while let Ok(mut request) = incoming.recv() {
                if queue == Queue::NewestOnly {
                    while let Ok(newer) = incoming.try_recv() {
                        request = newer;
                    }
                }
                let action = run_guarded(worker, describe(&request), || job(request));
                if let Some(action) = action
                    && actions.send(action).is_err()
                {
                    break;
                }
            }
        })
        .expect("the system starts a thread");
    (requests, thread)
}

/// Runs `body`, turning a panic into the [`Action::WorkerFailed`] that reports it.
pub fn run_guarded(
    worker: Worker,
    request: String,
    body: impl FnOnce() -> Option<Action>,
) -> Option<Action> {
    contain_panic(body).unwrap_or_else(|message| {
        Some(Action::WorkerFailed {
            worker,
            request,
            message,
        })
    })
}

//! The reader's background jobs, as [`crate::jobs`] runs them: a panic becomes an
//! [`Action::WorkerFailed`] the status line shows, the request that crashed is dropped and the
//! job goes on serving the next one, so the reader never waits on a dead thread ("opening…"
//! forever).

use super::app::Action;
use crate::jobs::{self, JobFailure};
use std::sync::mpsc::Sender;
use std::thread::JoinHandle;

pub use crate::jobs::Queue;

/// Which background job failed, for the message and for what the app gives up waiting on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Worker {
    Loader,
    Reader,
    Layout,
    Placer,
    Anchorer,
    Saver,
    Search,
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
            Worker::Search => "search",
        }
    }

    /// The action reporting that this job panicked.
    pub fn failed(self) -> impl Fn(JobFailure) -> Action + Send + 'static {
        move |failure| Action::WorkerFailed {
            worker: self,
            request: failure.request,
            message: failure.message,
        }
    }
}

/// Starts `worker` on a thread of its own (see [`jobs::spawn`]); its answers and failures go
/// into `actions`.
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
    J: FnMut(R) -> Option<Action> + Send + 'static,
{
    let job = jobs::spawn(
        worker.label(),
        queue,
        actions,
        describe,
        job,
        worker.failed(),
    );
    (job.requests, job.thread)
}

/// Runs `body`, turning a panic into the [`Action::WorkerFailed`] that reports it.
pub fn run_guarded(
    worker: Worker,
    request: String,
    body: impl FnOnce() -> Option<Action>,
) -> Option<Action> {
    jobs::run_guarded(request, body).unwrap_or_else(|failure| Some(worker.failed()(failure)))
}

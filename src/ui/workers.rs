//! The reader's background jobs, as [`crate::jobs`] runs them: a panic becomes an
//! [`Action::WorkerFailed`] the status line shows, the request that crashed is dropped and the
//! job goes on serving the next one, so the reader never waits on a dead thread ("opening…"
//! forever).

use super::app::Action;
use crate::jobs::{self, JobFailure};
use crate::search::SearchResponse;
use std::sync::mpsc::Sender;
use std::thread::JoinHandle;

pub use super::worker::Worker;
pub use crate::jobs::Queue;

/// The action reporting that `worker` panicked on a request.
pub fn failed(worker: Worker) -> impl Fn(JobFailure) -> Action + Send + 'static {
    move |failure| Action::WorkerFailed {
        worker,
        request: failure.request,
        message: failure.message,
    }
}

/// The action carrying the search worker's answer.
pub fn results_action(response: SearchResponse) -> Action {
    Action::SearchResults(Box::new(response))
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
        failed(worker),
    );
    (job.requests, job.thread)
}

/// Runs `body`, turning a panic into the [`Action::WorkerFailed`] that reports it.
pub fn run_guarded(
    worker: Worker,
    request: String,
    body: impl FnOnce() -> Option<Action>,
) -> Option<Action> {
    jobs::run_guarded(request, body).unwrap_or_else(|failure| Some(failed(worker)(failure)))
}

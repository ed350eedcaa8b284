//! Background jobs that outlive their own bugs, for every worker thread of the reader (article
//! reads, layout, search, notes, saving) and any caller that wants one.
//!
//! A job serves requests on a thread of its own, each one under [`contain_panic`]: a panic
//! becomes a [`JobFailure`] the caller turns into an answer like any other, the request that
//! crashed is dropped and the job goes on with the next one, so nobody waits on a dead thread.
//! Answers go into a channel the caller owns, so one receiver can hear from every job.

use crate::archive::contain_panic;
use std::sync::mpsc::{self, Sender};
use std::thread::JoinHandle;

/// How a job takes its queue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Queue {
    /// Every request is served in order.
    All,
    /// Requests overtaken while the job was busy are skipped: only the newest matters.
    NewestOnly,
}

/// A request a job panicked on: what it was (as the job's `describe` named it) and the panic's
/// message and place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JobFailure {
    pub request: String,
    pub message: String,
}

/// A running job: where its requests go, and its thread. Dropping the requests' sender ends
/// the thread once it has served what is queued.
pub struct Job<R> {
    pub requests: Sender<R>,
    pub thread: JoinHandle<()>,
}

/// Starts a job named `name` (the thread's name). `describe` names a request for a failure
/// (taken before the job consumes it); `job` answers a request with an answer for `answers`, or
/// none; `failed` turns a panic into an answer. The thread ends when `answers` is gone or every
/// request sender is dropped.
///
/// The job may keep state across requests (`FnMut`), but a panic can leave that state half
/// changed: a job with state must notice and rebuild it (the search worker does).
pub fn spawn<R, A, D, J, F>(
    name: &str,
    queue: Queue,
    answers: Sender<A>,
    describe: D,
    mut job: J,
    failed: F,
) -> Job<R>
where
    R: Send + 'static,
    A: Send + 'static,
    D: Fn(&R) -> String + Send + 'static,
    J: FnMut(R) -> Option<A> + Send + 'static,
    F: Fn(JobFailure) -> A + Send + 'static,
{
    let (requests, incoming) = mpsc::channel::<R>();
    let thread = std::thread::Builder::new()
        .name(format!("gazette {name}"))
        .spawn(move || {
            while let Ok(mut request) = incoming.recv() {
                if queue == Queue::NewestOnly {
                    while let Ok(newer) = incoming.try_recv() {
                        request = newer;
                    }
                }
                let answer = run_guarded(describe(&request), || job(request))
                    .unwrap_or_else(|failure| Some(failed(failure)));
                if let Some(answer) = answer
                    && answers.send(answer).is_err()
                {
                    break;
                }
            }
        })
        .expect("the system starts a thread");
    Job { requests, thread }
}

/// Runs `body` for `request`, turning a panic into the failure that reports it.
pub fn run_guarded<T>(request: String, body: impl FnOnce() -> T) -> Result<T, JobFailure> {
    contain_panic(body).map_err(|message| JobFailure { request, message })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Barrier};
    use std::time::Duration;

    #[derive(Debug, PartialEq, Eq)]
    enum Answer {
        Done(u32),
        Failed(JobFailure),
    }

    #[test]
    fn a_panicking_request_is_reported_and_the_next_one_served() {
        let (answers, inbox) = mpsc::channel();
        let job = spawn(
            "test",
            Queue::All,
            answers,
            |n: &u32| format!("request {n}"),
            |n| {
                assert!(n != 2, "cannot do {n}");
                Some(Answer::Done(n))
            },
            Answer::Failed,
        );
        for n in 1..=3 {
            job.requests.send(n).unwrap();
        }
        let got: Vec<Answer> = (0..3)
            .map(|_| inbox.recv_timeout(Duration::from_secs(10)).unwrap())
            .collect();
        assert_eq!(got[0], Answer::Done(1));
        let Answer::Failed(failure) = &got[1] else {
            panic!("{got:?}")
        };
        assert_eq!(failure.request, "request 2");
        assert!(
            failure.message.starts_with("cannot do 2 at "),
            "{failure:?}"
        );
        assert!(failure.message.contains("jobs.rs"), "{failure:?}");
        assert_eq!(got[2], Answer::Done(3));
    }

    #[test]
    fn newest_only_skips_requests_overtaken_while_busy() {
        let (answers, inbox) = mpsc::channel();
        let started = Arc::new(Barrier::new(2));
        let release = Arc::new(Barrier::new(2));
        let (job_started, job_release) = (Arc::clone(&started), Arc::clone(&release));
        let job = spawn(
            "test",
            Queue::NewestOnly,
            answers,
            |n: &u32| n.to_string(),
            move |n| {
                if n == 1 {
                    job_started.wait();
                    job_release.wait();
                }
                Some(n)
            },
            |_| 0,
        );
        job.requests.send(1).unwrap();
        started.wait();
        for n in 2..=5 {
            job.requests.send(n).unwrap();
        }
        release.wait();
        drop(job.requests);
        job.thread.join().unwrap();
        assert_eq!(inbox.try_iter().collect::<Vec<_>>(), [1, 5]);
    }

    #[test]
    fn all_serves_every_request_in_order() {
        let (answers, inbox) = mpsc::channel();
        let job = spawn(
            "test",
            Queue::All,
            answers,
            |n: &u32| n.to_string(),
            Some,
            |_| 0,
        );
        for n in 1..=50 {
            job.requests.send(n).unwrap();
        }
        drop(job.requests);
        job.thread.join().unwrap();
        assert_eq!(
            inbox.try_iter().collect::<Vec<_>>(),
            (1..=50).collect::<Vec<_>>()
        );
    }
}

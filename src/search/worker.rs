//! Searching off the UI thread: the UI parses every keystroke's query once and sends it tagged
//! with a generation number; the worker skips queries a newer one has overtaken and answers
//! with the generation, so the UI can drop anything stale. It is a [`crate::jobs`] job: a
//! search that panics is answered with a failure, and the next query is served.

use super::engine::Hit;
use super::index::SearchIndex;
use super::query::Query;
use super::searcher::Searcher;
use crate::jobs::{self, JobFailure, Queue};
use std::sync::Arc;
use std::sync::mpsc::Sender;
use std::thread::JoinHandle;

/// One query, parsed, with the text it was read from (for showing it back).
#[derive(Clone, Debug)]
pub struct SearchRequest {
    pub generation: u64,
    pub input: String,
    pub query: Query,
}

/// The answer to one query.
#[derive(Debug)]
pub struct SearchResponse {
    pub generation: u64,
    pub input: String,
    pub query: Query,
    /// Ranked, best first.
    pub hits: Vec<Hit>,
}

/// A background search thread. Dropping it stops the thread.
pub struct SearchWorker {
    requests: Option<Sender<SearchRequest>>,
    thread: Option<JoinHandle<()>>,
}

impl SearchWorker {
    /// Searches `index`; answers go into `answers` as `found` makes them, and a search that
    /// panicked as `failed` reports it (the failure's request names the generation).
    pub fn spawn<A: Send + 'static>(
        index: Arc<SearchIndex>,
        answers: Sender<A>,
        found: impl Fn(SearchResponse) -> A + Send + 'static,
        failed: impl Fn(JobFailure) -> A + Send + 'static,
    ) -> Self {
        // Taken out while it searches: after a panic mid-search (results perhaps half updated)
        // it is gone, and the next query builds a fresh one.
        let mut searcher = None;
        SearchWorker::spawn_with(answers, found, failed, move |query| {
            let mut current = searcher
                .take()
                .unwrap_or_else(|| Searcher::new(Arc::clone(&index)));
            let hits = current.search(query);
            searcher = Some(current);
            hits
        })
    }

    /// Like [`SearchWorker::spawn`] over any search function.
    pub fn spawn_with<A: Send + 'static>(
        answers: Sender<A>,
        found: impl Fn(SearchResponse) -> A + Send + 'static,
        failed: impl Fn(JobFailure) -> A + Send + 'static,
        mut search: impl FnMut(&Query) -> Vec<Hit> + Send + 'static,
    ) -> Self {
        let job = jobs::spawn(
            "search",
            Queue::NewestOnly,
            answers,
            |request: &SearchRequest| format!("query {} ({})", request.generation, request.input),
            move |request: SearchRequest| {
                let hits = search(&request.query);
                Some(found(SearchResponse {
                    generation: request.generation,
                    input: request.input,
                    query: request.query,
                    hits,
                }))
            },
            failed,
        );
        SearchWorker {
            requests: Some(job.requests),
            thread: Some(job.thread),
        }
    }

    /// Queues a query; generations must grow with every call.
    pub fn submit(&self, request: SearchRequest) {
        if let Some(requests) = &self.requests {
            // A send fails only if the thread is gone; the caller then simply gets no answer.
            let _ = requests.send(request);
        }
    }
}

impl Drop for SearchWorker {
    fn drop(&mut self) {
        self.requests.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

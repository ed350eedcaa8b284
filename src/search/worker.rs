//! Searching off the UI thread: the UI sends every keystroke's query tagged with a generation
//! number and keeps reading its input; the worker skips queries a newer one has overtaken and
//! answers with the generation, so the UI can drop anything stale.

use super::engine::Hit;
use super::index::SearchIndex;
use super::query::{Query, QueryError};
use super::searcher::Searcher;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::thread::JoinHandle;
use std::time::Duration;

/// The answer to one query.
#[derive(Debug)]
pub struct SearchResponse {
    pub generation: u64,
    pub query: String,
    /// The ranked hits, or why the query could not be read (for the status line).
    pub outcome: Result<Vec<Hit>, QueryError>,
}

struct SearchRequest {
    generation: u64,
    query: String,
}

/// A background search thread. Dropping it stops the thread.
pub struct SearchWorker {
    requests: Option<Sender<SearchRequest>>,
    responses: Receiver<SearchResponse>,
    thread: Option<JoinHandle<()>>,
}

impl SearchWorker {
    pub fn spawn(index: Arc<SearchIndex>) -> Self {
        let (request_tx, request_rx) = mpsc::channel::<SearchRequest>();
        let (response_tx, response_rx) = mpsc::channel();
        let thread = std::thread::Builder::new()
            .name("gazette-search".into())
            .spawn(move || serve(Searcher::new(index), &request_rx, &response_tx))
            .ok();
        SearchWorker {
            requests: Some(request_tx),
            responses: response_rx,
            thread,
        }
    }

    /// Queues a query; `generation` must grow with every call.
    pub fn submit(&self, generation: u64, query: &str) {
        if let Some(requests) = &self.requests {
            // A send fails only if the thread is gone; the caller then simply gets no answer.
            let _ = requests.send(SearchRequest {
                generation,
                query: query.to_owned(),
            });
        }
    }

    /// The newest answer ready now, skipping older ones; never blocks (for the UI loop).
    pub fn try_latest(&self) -> Option<SearchResponse> {
        let mut latest = None;
        loop {
            match self.responses.try_recv() {
                Ok(response) => latest = Some(response),
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => return latest,
            }
        }
    }

    /// Waits up to `timeout` for the next answer.
    pub fn recv_timeout(&self, timeout: Duration) -> Option<SearchResponse> {
        self.responses.recv_timeout(timeout).ok()
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

fn serve(
    mut searcher: Searcher,
    requests: &Receiver<SearchRequest>,
    responses: &Sender<SearchResponse>,
) {
    while let Ok(mut request) = requests.recv() {
        // Only the newest query matters: the ones typed over it are stale.
        while let Ok(newer) = requests.try_recv() {
            request = newer;
        }
        let outcome = Query::parse(&request.query).map(|query| searcher.search(&query));
        let response = SearchResponse {
            generation: request.generation,
            query: request.query,
            outcome,
        };
        if responses.send(response).is_err() {
            return;
        }
    }
}

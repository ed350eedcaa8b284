//! A search session: remembers the last query's results so that a query that narrows it (one
//! more character typed) looks only at those.

use super::engine::Hit;
use super::index::SearchIndex;
use super::query::Query;
use std::sync::Arc;

pub struct Searcher {
    index: Arc<SearchIndex>,
    last: Option<(Query, Vec<u32>)>,
}

impl Searcher {
    pub fn new(index: Arc<SearchIndex>) -> Self {
        Searcher { index, last: None }
    }

    pub fn index(&self) -> &Arc<SearchIndex> {
        &self.index
    }

    /// Every article matching the query, best first.
    pub fn search(&mut self, query: &Query) -> Vec<Hit> {
        let candidates = match &self.last {
            Some((previous, articles)) if query.narrows(previous) => Some(articles.as_slice()),
            _ => None,
        };
        let hits = self.index.search_candidates(query, candidates);
        let mut articles: Vec<u32> = hits.iter().map(|hit| hit.article).collect();
        articles.sort_unstable();
        self.last = Some((query.clone(), articles));
        hits
    }
}

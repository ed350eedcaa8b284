//! A search session: remembers the last query's results so that a query that narrows it (one
//! more character typed) looks only at those.

use super::engine::Hit;
use super::index::SearchIndex;
use super::query::Query;
use std::sync::Arc;

pub struct Searcher {
    index: Arc<SearchIndex>,
    /// The last query and the date ranks of the articles it matched.
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
        let (hits, ranks) = self.index.search_ranks(query, candidates);
        self.last = Some((query.clone(), ranks));
        hits
    }
}

//! Running a query over the index: prefilter, score with SkimMatcherV2, rank.

use super::index::{SearchIndex, ValueField};
use super::query::{Field, MatchKind, Query, Term};
use super::text::{FieldText, char_mask, char_range_of, is_subsequence};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// A title match outranks any other field's match of the same quality, and every field match
/// outranks a body-only one: scores are SkimMatcherV2's, times 4, plus this priority.
const TITLE_PRIORITY: i64 = 3;
const META_PRIORITY: i64 = 2;
const ENTITY_PRIORITY: i64 = 1;
/// SkimMatcherV2's score for one matched character, used where the matcher has no say.
const CHAR_SCORE: i64 = 16;
/// Below this many candidates, splitting the work over threads costs more than it saves.
const PARALLEL_THRESHOLD: usize = 4096;

/// One matching article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The article's index in the catalog.
    pub article: u32,
    pub score: i64,
}

/// A term made ready to run: folded pattern, mask, and its scores for distinct values.
struct PreparedTerm<'a> {
    term: &'a Term,
    pattern: String,
    mask: u64,
    matcher: &'a SkimMatcherV2,
    /// Best score per article from the distinct values (i64::MIN: none), when any matched.
    value_scores: Option<Vec<i64>>,
    /// Articles whose body holds the phrase, ascending.
    body_hits: Vec<u32>,
}

impl SearchIndex {
    /// Every article matching the query, best first (ties: newest first, then catalog order).
    pub fn search(&self, query: &Query) -> Vec<Hit> {
        self.search_candidates(query, None)
    }

    /// Like [`SearchIndex::search`], but looking only at `candidates` (catalog indices): the
    /// previous results when the query narrows the previous one.
    pub fn search_candidates(&self, query: &Query, candidates: Option<&[u32]>) -> Vec<Hit> {
        let groups: Vec<Vec<PreparedTerm>> = query
            .groups
            .iter()
            .map(|group| group.iter().map(|term| self.prepare(term)).collect())
            .collect();
        let all: Vec<u32>;
        let candidates = match candidates {
            Some(candidates) => candidates,
            None => {
                all = (0..self.articles.len() as u32).collect();
                &all
            }
        };
        let evaluate = |chunk: &[u32]| -> Vec<Hit> {
            chunk
                .iter()
                .filter_map(|&article| {
                    let score = self.score_article(&groups, article)?;
                    Some(Hit { article, score })
                })
                .collect()
        };
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        let mut hits = if threads > 1 && candidates.len() >= PARALLEL_THRESHOLD {
            let chunk_len = candidates.len().div_ceil(threads);
            std::thread::scope(|scope| {
                let workers: Vec<_> = candidates
                    .chunks(chunk_len)
                    .map(|chunk| scope.spawn(|| evaluate(chunk)))
                    .collect();
                workers
                    .into_iter()
                    .flat_map(|w| w.join().unwrap_or_default())
                    .collect()
            })
        } else {
            evaluate(candidates)
        };
        self.rank(&mut hits);
        hits
    }

    fn rank(&self, hits: &mut [Hit]) {
        let key = |hit: &Hit| {
            let date = self.articles[hit.article as usize].date_key;
            (hit.score, date, std::cmp::Reverse(hit.article))
        };
        hits.sort_unstable_by_key(|hit| std::cmp::Reverse(key(hit)));
    }

    fn prepare<'a>(&'a self, term: &'a Term) -> PreparedTerm<'a> {
        let pattern = if term.case_sensitive {
            term.text.clone()
        } else {
            term.text.to_ascii_lowercase()
        };
        let matcher = if term.case_sensitive {
            &self.respect_case
        } else {
            &self.ignore_case
        };
        let mut prepared = PreparedTerm {
            term,
            mask: char_mask(&pattern.to_ascii_lowercase()),
            pattern,
            matcher,
            value_scores: None,
            body_hits: Vec::new(),
        };
        let mut scores: Option<Vec<i64>> = None;
        for value in &self.values {
            let Some(score) = prepared.score_value(value.field, &value.text) else {
                continue;
            };
            let scores = scores.get_or_insert_with(|| vec![i64::MIN; self.articles.len()]);
            for &article in &value.articles {
                let best = &mut scores[article as usize];
                *best = (*best).max(score);
            }
        }
        prepared.value_scores = scores;
        if !term.body_phrase.is_empty() {
            prepared.body_hits = self.body.articles_with_phrase(&term.body_phrase);
        }
        prepared
    }

    /// The article's score for the whole query, or `None` when it does not match.
    fn score_article(&self, groups: &[Vec<PreparedTerm>], article: u32) -> Option<i64> {
        let mut total = 0;
        for group in groups {
            let mut best: Option<i64> = None;
            for term in group {
                let matched = self.score_term(term, article);
                let satisfied = if term.term.negated {
                    matched.is_none().then_some(0)
                } else {
                    matched
                };
                best = best.max(satisfied);
            }
            total += best?;
        }
        Some(total)
    }

    fn score_term(&self, term: &PreparedTerm, article: u32) -> Option<i64> {
        let mut best = None;
        if term.term.field == Field::Any {
            let title = &self.articles[article as usize].title;
            best = term.score_text(title).map(|s| s * 4 + TITLE_PRIORITY);
        }
        if let Some(scores) = &term.value_scores {
            let score = scores[article as usize];
            if score != i64::MIN {
                best = best.max(Some(score));
            }
        }
        if best.is_none() && term.body_hits.binary_search(&article).is_ok() {
            best = Some(term.pattern.chars().count() as i64 * CHAR_SCORE * 4);
        }
        best
    }

    /// The char positions in the article's title that the query matched, for highlighting.
    /// Cheap enough for the rows on screen; do not call it for every result.
    pub fn title_match_positions(&self, article: u32, query: &Query) -> Vec<usize> {
        let Some(indexed) = self.articles.get(article as usize) else {
            return Vec::new();
        };
        let mut positions = Vec::new();
        for term in query.groups.iter().flatten() {
            if term.negated || term.field != Field::Any {
                continue;
            }
            let prepared = self.prepare_for_positions(term);
            positions.extend(prepared.positions(&indexed.title));
        }
        positions.sort_unstable();
        positions.dedup();
        positions
    }

    /// Every field of the article that the query's positive terms matched, with char positions.
    pub fn explain(&self, article: u32, query: &Query) -> Vec<FieldMatch> {
        let Some(indexed) = self.articles.get(article as usize) else {
            return Vec::new();
        };
        let mut matches = Vec::new();
        for term in query.groups.iter().flatten() {
            if term.negated {
                continue;
            }
            let prepared = self.prepare_for_positions(term);
            if term.field == Field::Any && prepared.score_text(&indexed.title).is_some() {
                matches.push(FieldMatch {
                    field: "title",
                    text: indexed.title.original.to_string(),
                    positions: prepared.positions(&indexed.title),
                });
            }
            for &id in &indexed.values {
                let value = &self.values[id as usize];
                if prepared.score_value(value.field, &value.text).is_some() {
                    matches.push(FieldMatch {
                        field: value.field.label(),
                        text: value.text.original.to_string(),
                        positions: prepared.positions(&value.text),
                    });
                }
            }
            if !term.body_phrase.is_empty()
                && self
                    .body
                    .articles_with_phrase(&term.body_phrase)
                    .binary_search(&article)
                    .is_ok()
            {
                matches.push(FieldMatch {
                    field: "body",
                    text: term.body_phrase.join(" "),
                    positions: Vec::new(),
                });
            }
        }
        matches
    }

    /// A prepared term without the per-query tables, for position lookups on single rows.
    fn prepare_for_positions<'a>(&'a self, term: &'a Term) -> PreparedTerm<'a> {
        let pattern = if term.case_sensitive {
            term.text.clone()
        } else {
            term.text.to_ascii_lowercase()
        };
        PreparedTerm {
            term,
            mask: char_mask(&pattern.to_ascii_lowercase()),
            pattern,
            matcher: if term.case_sensitive {
                &self.respect_case
            } else {
                &self.ignore_case
            },
            value_scores: None,
            body_hits: Vec::new(),
        }
    }
}

/// A field an article matched on, for `--json` and for explaining a result.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct FieldMatch {
    /// `title`, `byline`, `source`, `section`, `dateline`, `published`, `person`, `place`,
    /// `org`, `event`, `date` or `body`.
    pub field: &'static str,
    pub text: String,
    /// Char indices into `text` of the matched characters.
    pub positions: Vec<usize>,
}

impl PreparedTerm<'_> {
    /// The term's score on a distinct value, with the field's priority; `None` if the term
    /// does not look at that field or does not match it.
    fn score_value(&self, field: ValueField, text: &FieldText) -> Option<i64> {
        let applies = match self.term.field {
            Field::Any => field != ValueField::MentionedDate,
            Field::Person => field == ValueField::Person,
            Field::Place => field == ValueField::Place,
            Field::Organization => field == ValueField::Organization,
            Field::Event => field == ValueField::Event,
            Field::Date => matches!(field, ValueField::Published | ValueField::MentionedDate),
        };
        if !applies {
            return None;
        }
        let priority = if field.is_entity() {
            ENTITY_PRIORITY
        } else {
            META_PRIORITY
        };
        self.score_text(text).map(|s| s * 4 + priority)
    }

    /// SkimMatcherV2's score of the term on one field, after the cheap rejections.
    fn score_text(&self, text: &FieldText) -> Option<i64> {
        if self.mask & !text.mask != 0 {
            return None;
        }
        let haystack = self.haystack(text);
        let kind = self.effective_kind();
        let found = match kind {
            MatchKind::Fuzzy => is_subsequence(&self.pattern, haystack),
            MatchKind::Exact => haystack.contains(self.pattern.as_str()),
            MatchKind::Prefix => haystack.starts_with(self.pattern.as_str()),
            MatchKind::Suffix => haystack.ends_with(self.pattern.as_str()),
            MatchKind::Whole => haystack == self.pattern,
        };
        if !found {
            return None;
        }
        let score = self.matcher.fuzzy_match(&text.original, &self.term.text);
        match kind {
            MatchKind::Fuzzy => score,
            // The text is there; the matcher only grades it (and may differ on non-ASCII case).
            _ => Some(score.unwrap_or(self.pattern.chars().count() as i64 * CHAR_SCORE)),
        }
    }

    /// Dates are compared as text (`date:2019` means the year, not a scatter of digits).
    fn effective_kind(&self) -> MatchKind {
        match (self.term.field, self.term.kind) {
            (Field::Date, MatchKind::Fuzzy) => MatchKind::Exact,
            (_, kind) => kind,
        }
    }

    fn haystack<'t>(&self, text: &'t FieldText) -> &'t str {
        if self.term.case_sensitive {
            &text.original
        } else {
            &text.folded
        }
    }

    fn positions(&self, text: &FieldText) -> Vec<usize> {
        if self.score_text(text).is_none() {
            return Vec::new();
        }
        let haystack = self.haystack(text);
        let found = match self.effective_kind() {
            MatchKind::Fuzzy => {
                return self
                    .matcher
                    .fuzzy_indices(&text.original, &self.term.text)
                    .map(|(_, positions)| positions)
                    .unwrap_or_default();
            }
            MatchKind::Exact => haystack.find(self.pattern.as_str()),
            MatchKind::Prefix | MatchKind::Whole => Some(0),
            MatchKind::Suffix => Some(haystack.len() - self.pattern.len()),
        };
        found.map_or_else(Vec::new, |start| {
            char_range_of(haystack, start, &self.pattern).collect()
        })
    }
}

//! Running a query over the index: prefilter, score with SkimMatcherV2, rank.

use super::index::{NO_SCORE, SINGLE_CHARS, SearchIndex, ValueField};
use super::query::{Field, MatchKind, Query, Term};
use super::text::{FieldText, char_mask, char_range_of, field_words, is_subsequence};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// A title match outranks any other field's match of the same quality, and every field match
/// outranks a body-only one: scores are SkimMatcherV2's, times 4, plus this priority.
const TITLE_PRIORITY: i64 = 3;
const META_PRIORITY: i64 = 2;
const ENTITY_PRIORITY: i64 = 1;
/// SkimMatcherV2's score for one matched character, used where the matcher has no say.
const CHAR_SCORE: i64 = 16;
/// SkimMatcherV2's default bonuses for a match at a word's head and for consecutive matches.
const HEAD_BONUS: i64 = 8;
const CONSECUTIVE_BONUS: i64 = 4;
/// A plain word found only in the body: below every field match (each at least a matched
/// char's score, times 4, plus its priority), so those come first; the whole word before a
/// word it only starts ("tsunami" before "tsunamis" for `tsunami`).
const BODY_WHOLE_WORD_SCORE: i64 = 2;
const BODY_WORD_START_SCORE: i64 = 1;
/// Below this many candidates, splitting the work over threads costs more than it saves.
const PARALLEL_THRESHOLD: usize = 4096;

/// One matching article.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// The article's index in the catalog.
    pub article: u32,
    pub score: i64,
}

/// A term made ready to run: folded pattern, mask, and its scores for words and values.
struct PreparedTerm<'a> {
    term: &'a Term,
    pattern: String,
    mask: u64,
    matcher: &'a SkimMatcherV2,
    /// A fuzzy term without spaces matches within one word of a field.
    by_word: bool,
    words: &'a [FieldText],
    /// Score per distinct word (`NO_SCORE`: no match); empty when scored on demand.
    word_scores: Vec<i32>,
    /// Score per distinct value, with the field's priority (`i64::MIN`: none).
    value_scores: Vec<i64>,
    /// The highest of `value_scores`.
    best_value_score: i64,
    /// Articles whose body holds the phrase, ascending.
    body_hits: Vec<u32>,
    /// For a plain word: articles with a body word it starts, ascending, and those with the
    /// whole word, which rank above them.
    body_prefix_hits: Vec<u32>,
    body_word_hits: Vec<u32>,
    /// For an exact term: a searcher built once, not once per field as `str::find` would.
    finder: Option<aho_corasick::AhoCorasick>,
}

impl SearchIndex {
    /// Every article matching the query, best first (ties: newest first, then catalog order).
    pub fn search(&self, query: &Query) -> Vec<Hit> {
        self.search_ranks(query, None).0
    }

    /// Runs the query over the articles at these date ranks (ascending; all when `None`) and
    /// returns the ranked hits with the date ranks that matched, ascending, for narrowing.
    pub(super) fn search_ranks(
        &self,
        query: &Query,
        candidates: Option<&[u32]>,
    ) -> (Vec<Hit>, Vec<u32>) {
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
        // Candidates go newest first, so the hits come out in date order and a stable sort
        // by score alone completes the ranking.
        let evaluate = |ranks: &[u32]| -> Vec<(u32, Hit)> {
            let mut matched = Vec::with_capacity(ranks.len());
            for &rank in ranks {
                if let Some(score) = self.score_article(&groups, rank) {
                    let article = self.layout.articles[rank as usize];
                    matched.push((rank, Hit { article, score }));
                }
            }
            matched
        };
        let threads = worker_threads();
        let matched: Vec<(u32, Hit)> = if threads > 1 && candidates.len() >= PARALLEL_THRESHOLD {
            let chunk_len = candidates.len().div_ceil(threads);
            std::thread::scope(|scope| {
                let workers: Vec<_> = candidates
                    .chunks(chunk_len)
                    .map(|chunk| scope.spawn(|| evaluate(chunk)))
                    .collect();
                let mut matched = Vec::with_capacity(candidates.len());
                for worker in workers {
                    matched.extend(worker.join().unwrap_or_default());
                }
                matched
            })
        } else {
            evaluate(candidates)
        };
        let ranks = matched.iter().map(|(rank, _)| *rank).collect();
        (rank_by_score(&matched), ranks)
    }

    fn prepare<'a>(&'a self, term: &'a Term) -> PreparedTerm<'a> {
        let mut prepared = self.prepare_for_positions(term);
        if prepared.effective_kind() == MatchKind::Exact {
            prepared.finder = aho_corasick::AhoCorasick::new([prepared.pattern.as_str()]).ok();
        }
        if prepared.by_word {
            prepared.word_scores = self.score_words(&prepared);
        }
        prepared.value_scores = self
            .values
            .iter()
            .map(|value| {
                prepared
                    .score_value(value.field, &value.text, &value.words)
                    .unwrap_or(i64::MIN)
            })
            .collect();
        prepared.best_value_score = prepared
            .value_scores
            .iter()
            .copied()
            .max()
            .unwrap_or(i64::MIN);
        if !term.body_phrase.is_empty() {
            prepared.body_hits = self.body.articles_with_phrase(&term.body_phrase);
        }
        if let Some(prefix) = &term.body_prefix {
            prepared.body_prefix_hits = self.body.articles_with_prefix(prefix);
            prepared.body_word_hits = self.body.articles_with_phrase(std::slice::from_ref(prefix));
        }
        prepared
    }

    /// Scores every distinct word once, on as many threads as pay.
    fn score_words(&self, term: &PreparedTerm) -> Vec<i32> {
        let mut chars = term.pattern.chars();
        if let (Some(c), None, false) = (chars.next(), chars.next(), term.term.case_sensitive)
            && let Some(row) = SINGLE_CHARS.find(c)
        {
            return self.single_char_row(row).to_vec();
        }
        let mut scores = vec![NO_SCORE; self.words.len()];
        let score_chunk = |words: &[FieldText], scores: &mut [i32]| {
            for (word, score) in words.iter().zip(scores) {
                if let Some(s) = term.score_word(word) {
                    *score = s.clamp(i64::from(i32::MIN) + 1, i64::from(i32::MAX)) as i32;
                }
            }
        };
        let threads = worker_threads();
        if threads > 1 && self.words.len() >= PARALLEL_THRESHOLD {
            let chunk_len = self.words.len().div_ceil(threads);
            std::thread::scope(|scope| {
                for (words, scores) in self
                    .words
                    .chunks(chunk_len)
                    .zip(scores.chunks_mut(chunk_len))
                {
                    scope.spawn(move || score_chunk(words, scores));
                }
            });
        } else {
            score_chunk(&self.words, &mut scores);
        }
        scores
    }

    /// The article's score for the whole query, or `None` when it does not match.
    fn score_article(&self, groups: &[Vec<PreparedTerm>], rank: u32) -> Option<i64> {
        let mut total = 0;
        for group in groups {
            let mut best: Option<i64> = None;
            for term in group {
                let matched = self.score_term(term, rank);
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

    fn score_term(&self, term: &PreparedTerm, rank: u32) -> Option<i64> {
        let article = self.layout.articles[rank as usize];
        let mut best = None;
        if term.term.field == Field::Any {
            let title = &self.articles[article as usize].title;
            best = term
                .score_field(title, self.layout.title_words(rank))
                .map(|s| s * 4 + TITLE_PRIORITY);
        }
        // No value can beat a title score at or above the best value score of the query.
        if best.is_none_or(|title| title < term.best_value_score) {
            let value_best = self
                .layout
                .values(rank)
                .iter()
                .map(|&id| term.value_scores[id as usize])
                .max()
                .unwrap_or(i64::MIN);
            if value_best != i64::MIN {
                best = best.max(Some(value_best));
            }
        }
        if best.is_none() && term.body_hits.binary_search(&article).is_ok() {
            best = Some(term.pattern.chars().count() as i64 * CHAR_SCORE * 4);
        }
        // Below any field match: the lowest a field scores is a char's score, times 4.
        if best.is_none() && term.body_prefix_hits.binary_search(&article).is_ok() {
            let whole = term.body_word_hits.binary_search(&article).is_ok();
            best = Some(if whole {
                BODY_WHOLE_WORD_SCORE
            } else {
                BODY_WORD_START_SCORE
            });
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
            let title_matched = prepared
                .score_field(&indexed.title, self.layout.title_words(indexed.rank))
                .is_some();
            if term.field == Field::Any && title_matched {
                matches.push(FieldMatch {
                    field: "title",
                    text: indexed.title.original.to_string(),
                    positions: prepared.positions(&indexed.title),
                });
            }
            for &id in self.layout.values(indexed.rank) {
                let value = &self.values[id as usize];
                if prepared
                    .score_value(value.field, &value.text, &value.words)
                    .is_some()
                {
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
            // A plain word found only in the body says so, as a quoted one does.
            if let Some(prefix) = &term.body_prefix
                && matches.is_empty()
                && self
                    .body
                    .articles_with_prefix(prefix)
                    .binary_search(&article)
                    .is_ok()
            {
                matches.push(FieldMatch {
                    field: "body",
                    text: format!("{prefix}…"),
                    positions: Vec::new(),
                });
            }
        }
        matches
    }

    /// A prepared term without the per-query tables: scores words on demand, for single rows.
    fn prepare_for_positions<'a>(&'a self, term: &'a Term) -> PreparedTerm<'a> {
        let pattern = if term.case_sensitive {
            term.text.clone()
        } else {
            term.text.to_ascii_lowercase()
        };
        let by_word = term.kind == MatchKind::Fuzzy
            && term.field != Field::Date
            && !term.text.contains(char::is_whitespace);
        PreparedTerm {
            term,
            mask: char_mask(&pattern.to_ascii_lowercase()),
            pattern,
            matcher: if term.case_sensitive {
                &self.respect_case
            } else {
                &self.ignore_case
            },
            by_word,
            words: &self.words,
            word_scores: Vec::new(),
            value_scores: Vec::new(),
            best_value_score: i64::MIN,
            body_hits: Vec::new(),
            body_prefix_hits: Vec::new(),
            body_word_hits: Vec::new(),
            finder: None,
        }
    }
}

/// Orders hits (given newest first) by score, keeping date order among equal scores: one
/// sort of packed integer keys, cheaper than a stable sort of the hits themselves.
fn rank_by_score(matched: &[(u32, Hit)]) -> Vec<Hit> {
    let mut keys: Vec<u64> = matched
        .iter()
        .enumerate()
        .map(|(position, (_, hit))| {
            let score = (hit.score + (1 << 31)).clamp(0, i64::from(u32::MAX)) as u64;
            ((u64::from(u32::MAX) - score) << 32) | position as u64
        })
        .collect();
    keys.sort_unstable();
    keys.iter()
        .map(|key| matched[(key & u64::from(u32::MAX)) as usize].1)
        .collect()
}

fn worker_threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get().min(4))
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
    fn score_value(&self, field: ValueField, text: &FieldText, words: &[u32]) -> Option<i64> {
        let applies = match self.term.field {
            Field::Any => field != ValueField::MentionedDate,
            Field::Person => field == ValueField::Person,
            Field::Place => field == ValueField::Place,
            Field::Organization => field == ValueField::Organization,
            Field::Event => field == ValueField::Event,
            Field::Date => matches!(field, ValueField::Published | ValueField::MentionedDate),
            Field::Source => field == ValueField::Source,
            Field::Folder => field == ValueField::Folder,
        };
        if !applies {
            return None;
        }
        // A range compares dates, not text: once per distinct date of the archive.
        if let Some(range) = &self.term.date_range {
            let date = crate::date::PartialDate::parse_iso(&text.original)?;
            return range
                .admits(&date)
                .then_some(CHAR_SCORE * 4 + META_PRIORITY);
        }
        let priority = if field.is_entity() {
            ENTITY_PRIORITY
        } else {
            META_PRIORITY
        };
        self.score_field(text, words).map(|s| s * 4 + priority)
    }

    /// The term's score on a field whose distinct words are `words`.
    fn score_field(&self, text: &FieldText, words: &[u32]) -> Option<i64> {
        if !self.by_word {
            return self.score_whole(text);
        }
        if self.word_scores.is_empty() {
            return words
                .iter()
                .filter_map(|&id| self.score_word(&self.words[id as usize]))
                .max();
        }
        words
            .iter()
            .map(|&id| self.word_scores[id as usize])
            .max()
            .filter(|&s| s != NO_SCORE)
            .map(i64::from)
    }

    /// SkimMatcherV2's score of a fuzzy term on one word, after the cheap rejections.
    fn score_word(&self, word: &FieldText) -> Option<i64> {
        if self.mask & !word.mask != 0 || !is_subsequence(&self.pattern, self.haystack(word)) {
            return None;
        }
        self.matcher.fuzzy_match(&word.original, &self.term.text)
    }

    /// The score of a term that looks at the whole field: exact, prefix, suffix and whole
    /// terms, dates, and fuzzy terms with a space in them.
    fn score_whole(&self, text: &FieldText) -> Option<i64> {
        if self.mask & !text.mask != 0 {
            return None;
        }
        let haystack = self.haystack(text);
        let start = match self.effective_kind() {
            MatchKind::Fuzzy => {
                if !is_subsequence(&self.pattern, haystack) {
                    return None;
                }
                return self.matcher.fuzzy_match(&text.original, &self.term.text);
            }
            MatchKind::Exact => self.find(haystack)?,
            MatchKind::Prefix => haystack.starts_with(self.pattern.as_str()).then_some(0)?,
            MatchKind::Suffix => haystack
                .ends_with(self.pattern.as_str())
                .then(|| haystack.len() - self.pattern.len())?,
            MatchKind::Whole => (haystack == self.pattern).then_some(0)?,
        };
        Some(exact_score(haystack, start, &self.pattern))
    }

    /// The byte offset of the exact term's first occurrence in `haystack`.
    fn find(&self, haystack: &str) -> Option<usize> {
        match &self.finder {
            Some(finder) => finder.find(haystack).map(|m| m.start()),
            None => haystack.find(self.pattern.as_str()),
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

    /// The char positions in `text` this term matched (the best word, for a fuzzy term).
    fn positions(&self, text: &FieldText) -> Vec<usize> {
        if self.by_word {
            let best = field_words(&text.original)
                .filter_map(|(offset, word)| {
                    let (score, indices) = self.matcher.fuzzy_indices(word, &self.term.text)?;
                    Some((score, offset, indices))
                })
                .max_by_key(|(score, offset, _)| (*score, std::cmp::Reverse(*offset)));
            return best.map_or_else(Vec::new, |(_, offset, indices)| {
                indices.into_iter().map(|i| i + offset).collect()
            });
        }
        if self.score_whole(text).is_none() {
            return Vec::new();
        }
        let haystack = self.haystack(text);
        let start = match self.effective_kind() {
            MatchKind::Fuzzy => {
                return self
                    .matcher
                    .fuzzy_indices(&text.original, &self.term.text)
                    .map(|(_, positions)| positions)
                    .unwrap_or_default();
            }
            MatchKind::Exact => self.find(haystack),
            MatchKind::Prefix | MatchKind::Whole => Some(0),
            MatchKind::Suffix => Some(haystack.len() - self.pattern.len()),
        };
        start.map_or_else(Vec::new, |start| {
            char_range_of(haystack, start, &self.pattern).collect()
        })
    }
}

/// A score for a term found verbatim, on SkimMatcherV2's scale: its characters, plus the
/// matcher's head bonus when it starts a word (doubled at the field's start, as the matcher does).
fn exact_score(haystack: &str, byte_start: usize, pattern: &str) -> i64 {
    let head_bonus = match haystack[..byte_start].chars().next_back() {
        None => 2 * HEAD_BONUS,
        Some(c) if !c.is_alphanumeric() => HEAD_BONUS,
        Some(_) => 0,
    };
    pattern.chars().count() as i64 * (CHAR_SCORE + CONSECUTIVE_BONUS) + head_bonus
}

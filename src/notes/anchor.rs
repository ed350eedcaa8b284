//! Finding a note's passage again in an article's current text (the Hypothesis model).
//!
//! 1. The article hash is unchanged: the saved position is right.
//! 2. The exact quote occurs: the occurrence whose surroundings best fit the saved context (and
//!    lies nearest the old position) wins.
//! 3. An approximate occurrence, within min(256, len/2) edits, scored on quote 50, prefix 20,
//!    suffix 20 and nearness 2, above a threshold. In very long texts only a window around
//!    the old position is searched approximately ([`FUZZY_SEARCH_BUDGET`]).
//! 4. Otherwise the note is orphaned: shown with its saved quote, never dropped.
//!
//! The work per note is bounded whatever the note holds: exact search is linear in the text
//! (overlapping copies included), at most [`MAX_SCORED_COPIES`] copies are scored, scoring
//! compares only [`CONTEXT_CHARS`](super::CONTEXT_CHARS) of context each side, and the approximate search stops
//! after [`FUZZY_WORK_LIMIT`] steps.

use super::Note;
use super::hash::text_hash;
use crate::span::{CharIndex, Span};

/// Where a note's passage is in the current text, and how it was found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Anchor {
    /// The article is unchanged; the saved range is used as is.
    Position(Span),
    /// The article changed; the exact quote was found here.
    Quote(Span),
    /// The article changed and the quote with it; this is the best approximate match.
    /// `score` is 0..=1 (1 = quote and context identical).
    Fuzzy { span: Span, score: f64 },
    /// The passage is no longer in the article.
    Orphaned,
}

impl Anchor {
    pub fn span(&self) -> Option<Span> {
        match *self {
            Anchor::Position(span) | Anchor::Quote(span) | Anchor::Fuzzy { span, .. } => Some(span),
            Anchor::Orphaned => None,
        }
    }

    pub fn is_orphaned(&self) -> bool {
        matches!(self, Anchor::Orphaned)
    }

    /// A short word for lists and JSON: position, quote, fuzzy or orphaned.
    pub fn label(&self) -> &'static str {
        match self {
            Anchor::Position(_) => "position",
            Anchor::Quote(_) => "quote",
            Anchor::Fuzzy { .. } => "fuzzy",
            Anchor::Orphaned => "orphaned",
        }
    }
}

const QUOTE_WEIGHT: f64 = 50.0;
const PREFIX_WEIGHT: f64 = 20.0;
const SUFFIX_WEIGHT: f64 = 20.0;
const NEARNESS_WEIGHT: f64 = 2.0;
const MAX_WEIGHT: f64 = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + NEARNESS_WEIGHT;

/// An approximate match needs at least this share of the quote right...
pub const MIN_FUZZY_QUOTE_SCORE: f64 = 0.6;
/// ...and at least this overall score (quote, context and nearness weighed together).
pub const MIN_FUZZY_SCORE: f64 = 0.7;

/// How much approximate search one note may cost, in text chars × allowed errors (about
/// 40 ms on a 2020s laptop core). Exact search always covers the whole text.
pub const FUZZY_SEARCH_BUDGET: usize = 8_000_000;

/// The most steps (text chars × pattern chars compared) one approximate search may take. The
/// window above costs about the budget when the quote does not match much; a long quote in
/// text that keeps nearly matching it (repetitive text) could cost its length per char.
pub const FUZZY_WORK_LIMIT: usize = 2 * FUZZY_SEARCH_BUDGET;

/// How many exact copies of a quote are scored, nearest the old position first: a short quote
/// can occur tens of thousands of times in a long article.
pub const MAX_SCORED_COPIES: usize = 1_000;

/// What one note is looked for by, prepared once per note.
struct Sought {
    exact: Vec<char>,
    /// The saved context nearest the passage, at most [`CONTEXT_CHARS`](super::CONTEXT_CHARS) each side: that is
    /// what gazette saves, and an imported note may carry much more.
    prefix: Vec<char>,
    suffix: Vec<char>,
    old_start: usize,
}

impl Sought {
    fn new(note: &Note) -> Self {
        let mut quote = note.quote.clone();
        quote.cap_context();
        Sought {
            exact: quote.exact.chars().collect(),
            prefix: quote.prefix.chars().collect(),
            suffix: quote.suffix.chars().collect(),
            old_start: note.position.start,
        }
    }
}

/// One article's current text, prepared once for anchoring all of its notes.
pub struct Anchorer<'t> {
    text: &'t str,
    chars: Vec<char>,
    index: CharIndex,
    hash: String,
}

impl<'t> Anchorer<'t> {
    pub fn new(text: &'t str) -> Self {
        Anchorer {
            text,
            chars: text.chars().collect(),
            index: CharIndex::new(text),
            hash: text_hash(text),
        }
    }

    /// Where `note`'s passage is now.
    pub fn locate(&self, note: &Note) -> Anchor {
        if let Some(anchor) = self.locate_at_saved_position(note) {
            return anchor;
        }
        let sought = Sought::new(note);
        if sought.exact.is_empty() {
            return Anchor::Orphaned;
        }
        if let Some(span) = self.exact_match(note, &sought) {
            return Anchor::Quote(span);
        }
        match self.approximate_match(note, &sought) {
            Some((span, score)) => Anchor::Fuzzy { span, score },
            None => Anchor::Orphaned,
        }
    }

    /// The note's saved position, if the article is unchanged so that it still holds the
    /// quote; `None` when finding the passage needs a search. Costs a comparison of the
    /// quote, whatever the text: cheap enough to do where a reader waits.
    pub fn locate_at_saved_position(&self, note: &Note) -> Option<Anchor> {
        let position = note.position;
        let unchanged = note.article_hash == self.hash
            && position.start < position.end
            && position.end <= self.chars.len()
            && self.chars[position.start..position.end]
                .iter()
                .copied()
                .eq(note.quote.exact.chars());
        unchanged.then_some(Anchor::Position(position))
    }

    fn exact_match(&self, note: &Note, sought: &Sought) -> Option<Span> {
        let exact_len = sought.exact.len();
        // The standard library's search is the fastest way to learn there is no copy at all.
        let first = self
            .index
            .char_at(self.text.find(note.quote.exact.as_str())?);
        let mut starts = occurrences(&sought.exact, &self.chars[first..]);
        for start in &mut starts {
            *start += first;
        }
        if starts.len() > MAX_SCORED_COPIES {
            let distance = |start: &usize| start.abs_diff(sought.old_start);
            starts.select_nth_unstable_by_key(MAX_SCORED_COPIES, distance);
            starts.truncate(MAX_SCORED_COPIES);
            starts.sort_unstable();
        }
        let mut best: Option<(f64, Span)> = None;
        for start in starts {
            let span = Span::new(start, start + exact_len);
            let score = self.score(sought, span, 1.0);
            if best.is_none_or(|(best_score, _)| score > best_score) {
                best = Some((score, span));
            }
        }
        best.map(|(_, span)| span)
    }

    fn approximate_match(&self, note: &Note, sought: &Sought) -> Option<(Span, f64)> {
        let exact = &sought.exact;
        // Hypothesis allows min(256, len/2) errors; more than the quote-score floor allows
        // would only find candidates that are then rejected, at a cost per error.
        let allowed = (exact.len() as f64 * (1.0 - MIN_FUZZY_QUOTE_SCORE)).floor() as usize;
        let max_errors = allowed.min(exact.len() / 2).min(256);
        if max_errors == 0 {
            return None;
        }
        let region = self.search_region(sought.old_start, max_errors);
        let mut best: Option<(f64, Span)> = None;
        let occurrences = approximate_occurrences(
            exact,
            &self.chars[region.clone()],
            max_errors,
            FUZZY_WORK_LIMIT,
        );
        for mut candidate in occurrences {
            candidate.span = Span::new(
                candidate.span.start + region.start,
                candidate.span.end + region.start,
            );
            let quote_score = 1.0 - candidate.errors as f64 / exact.len() as f64;
            if quote_score < MIN_FUZZY_QUOTE_SCORE {
                continue;
            }
            let score = self.score(sought, candidate.span, quote_score);
            if best.is_none_or(|(best_score, _)| score > best_score) {
                best = Some((score, candidate.span));
            }
        }
        best.filter(|(score, _)| *score >= MIN_FUZZY_SCORE)
            .map(|(score, span)| (self.snap_to_words(note, span), score))
    }

    /// An approximate match may start or end inside a word ("age one" for a quote that began
    /// "The first stage", now "Stage one"): when the saved quote began (ended) on a word
    /// boundary, widen the match to the whole word.
    fn snap_to_words(&self, note: &Note, span: Span) -> Span {
        let is_word = |ch: Option<&char>| ch.is_some_and(|ch| ch.is_alphanumeric());
        let quote_starts_word = !is_word(note.quote.prefix.chars().last().as_ref());
        let quote_ends_word = !is_word(note.quote.suffix.chars().next().as_ref());
        let (mut start, mut end) = (span.start, span.end);
        if quote_starts_word {
            while start > 0 && is_word(self.chars.get(start - 1)) && is_word(self.chars.get(start))
            {
                start -= 1;
            }
        }
        if quote_ends_word {
            while end < self.chars.len()
                && is_word(self.chars.get(end))
                && is_word(self.chars.get(end - 1))
            {
                end += 1;
            }
        }
        Span::new(start, end)
    }

    /// The chars to search approximately: all of them unless that would cost more than
    /// [`FUZZY_SEARCH_BUDGET`], else a window of that cost around where the passage was, so
    /// that anchoring a note stays bounded even in a 5 MB article.
    fn search_region(&self, old_start: usize, max_errors: usize) -> std::ops::Range<usize> {
        let len = self.chars.len();
        let window = FUZZY_SEARCH_BUDGET / (max_errors + 1);
        if len <= window {
            return 0..len;
        }
        let start = old_start
            .min(len)
            .saturating_sub(window / 2)
            .min(len - window);
        start..start + window
    }

    /// The weighted score of a candidate range, 0..=1.
    fn score(&self, sought: &Sought, span: Span, quote_score: f64) -> f64 {
        let before = &self.chars[span.start.saturating_sub(sought.prefix.len())..span.start];
        let after = &self.chars[span.end..(span.end + sought.suffix.len()).min(self.chars.len())];
        let prefix_score = similarity(&sought.prefix, before);
        let suffix_score = similarity(&sought.suffix, after);
        let text_len = self.chars.len().max(1) as f64;
        let distance = span.start.abs_diff(sought.old_start) as f64;
        let nearness = 1.0 - (distance / text_len).min(1.0);
        (QUOTE_WEIGHT * quote_score
            + PREFIX_WEIGHT * prefix_score
            + SUFFIX_WEIGHT * suffix_score
            + NEARNESS_WEIGHT * nearness)
            / MAX_WEIGHT
    }
}

/// Where every copy of `pattern` starts in `text`, overlapping ones too ("abab" twice in
/// "ababab"), in time linear in both (Knuth–Morris–Pratt): restarting a search after each
/// copy would cost the pattern's length per copy.
fn occurrences(pattern: &[char], text: &[char]) -> Vec<usize> {
    if pattern.is_empty() {
        return Vec::new();
    }
    // border[i]: the length of the longest proper prefix of pattern[..=i] that is also its
    // suffix.
    let mut border = vec![0usize; pattern.len()];
    let mut matched = 0;
    for i in 1..pattern.len() {
        while matched > 0 && pattern[i] != pattern[matched] {
            matched = border[matched - 1];
        }
        if pattern[i] == pattern[matched] {
            matched += 1;
        }
        border[i] = matched;
    }
    let mut starts = Vec::new();
    matched = 0;
    for (at, &ch) in text.iter().enumerate() {
        while matched > 0 && ch != pattern[matched] {
            matched = border[matched - 1];
        }
        if ch == pattern[matched] {
            matched += 1;
        }
        if matched == pattern.len() {
            starts.push(at + 1 - matched);
            matched = border[matched - 1];
        }
    }
    starts
}

/// Where `note`'s passage is in `text` (for one note; use [`Anchorer`] for several).
pub fn locate(note: &Note, text: &str) -> Anchor {
    Anchorer::new(text).locate(note)
}

/// 1 when equal, falling with their edit distance; 1 when the saved context is empty (the
/// passage was at the start or end of the text: nothing to compare).
fn similarity(saved: &[char], found: &[char]) -> f64 {
    if saved.is_empty() {
        return 1.0;
    }
    let distance = edit_distance(saved, found);
    1.0 - (distance as f64 / saved.len().max(found.len()) as f64).min(1.0)
}

/// Levenshtein distance (short strings only: the contexts are at most 32 chars).
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, &a_char) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, &b_char) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(a_char != b_char);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Occurrence {
    span: Span,
    errors: usize,
}

/// Every place `pattern` occurs in `text` with at most `max_errors` edits (Sellers' algorithm
/// with Ukkonen's cut-off, so the work is about `text.len() × max_errors` unless the text keeps
/// nearly matching a long pattern). Overlapping matches are reduced to the one with the fewest
/// errors. Stops after `max_work` steps, with what it found so far.
fn approximate_occurrences(
    pattern: &[char],
    text: &[char],
    max_errors: usize,
    max_work: usize,
) -> Vec<Occurrence> {
    let m = pattern.len();
    let too_many = max_errors + 1;
    // cost[i]: fewest edits to match pattern[..i] ending at the current text position;
    // start[i]: where in the text that match begins.
    let mut cost: Vec<usize> = (0..=m).map(|i| i.min(too_many)).collect();
    let mut start = vec![0usize; m + 1];
    let mut next_cost = vec![0usize; m + 1];
    let mut next_start = vec![0usize; m + 1];
    let mut last_active = max_errors.min(m);
    let mut found: Vec<Occurrence> = Vec::new();
    let mut work = 0usize;
    for (j, &text_char) in text.iter().enumerate() {
        next_cost[0] = 0;
        next_start[0] = j + 1;
        let limit = (last_active + 1).min(m);
        work += limit;
        if work > max_work {
            break;
        }
        for i in 1..=limit {
            let mut best = cost[i - 1] + usize::from(pattern[i - 1] != text_char);
            let mut best_start = start[i - 1];
            if next_cost[i - 1] + 1 < best {
                best = next_cost[i - 1] + 1;
                best_start = next_start[i - 1];
            }
            if cost[i] + 1 < best {
                best = cost[i] + 1;
                best_start = start[i];
            }
            next_cost[i] = best.min(too_many);
            next_start[i] = best_start;
        }
        for slot in &mut next_cost[limit + 1..] {
            *slot = too_many;
        }
        let mut active = limit;
        while active > 0 && next_cost[active] > max_errors {
            active -= 1;
        }
        last_active = active;
        if limit == m && next_cost[m] <= max_errors {
            let occurrence = Occurrence {
                span: Span::new(next_start[m], j + 1),
                errors: next_cost[m],
            };
            match found.last_mut() {
                Some(previous) if previous.span.end > occurrence.span.start => {
                    if occurrence.errors < previous.errors {
                        *previous = occurrence;
                    }
                }
                _ => found.push(occurrence),
            }
        }
        std::mem::swap(&mut cost, &mut next_cost);
        std::mem::swap(&mut start, &mut next_start);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    #[test]
    fn edit_distance_counts_edits() {
        assert_eq!(edit_distance(&chars("kitten"), &chars("sitting")), 3);
        assert_eq!(edit_distance(&chars(""), &chars("abc")), 3);
    }

    #[test]
    fn approximate_search_finds_edited_quote_with_its_range() {
        let text = chars("xxxx the quick brown fox yyyy");
        let found = approximate_occurrences(&chars("the quikc brown fox"), &text, 4, usize::MAX);
        assert_eq!(found.len(), 1, "{found:?}");
        let span = found[0].span;
        let matched: String = text[span.start..span.end].iter().collect();
        assert!(matched.contains("quick brown fox"), "{matched:?}");
        assert_eq!(found[0].errors, 2);
    }

    #[test]
    fn occurrences_include_overlapping_copies() {
        assert_eq!(
            occurrences(&chars("aba"), &chars("ababa xaba")),
            vec![0, 2, 7]
        );
        assert_eq!(occurrences(&chars("aa"), &chars("aaaa")), vec![0, 1, 2]);
        assert!(occurrences(&chars("abc"), &chars("ab")).is_empty());
    }

    #[test]
    fn approximate_search_finds_nothing_beyond_the_bound() {
        let text = chars("completely different words here");
        assert!(
            approximate_occurrences(&chars("the quick brown fox"), &text, 3, usize::MAX).is_empty()
        );
    }
}

//! The inverted index of article bodies, built once as articles load, so that a word found only
//! in a paragraph can be searched without reading any body on a keystroke.
//!
//! It holds, per word, the articles containing it, and per article a small Bloom filter of its
//! pairs of adjacent words (8 bits a pair). A phrase matches an article holding all its words
//! whose filter holds all the phrase's adjacent pairs. Whole-word search is exact; a phrase can
//! match an article that has all its words but not side by side (the filter lets about one
//! such article in twenty through, per pair). Word positions or a pair index would make phrases exact but
//! cost ten times the memory on 100,000 full-length articles.

use super::text::body_words;
use crate::archive::Article;
use std::collections::HashMap;

/// Collects body words article by article; articles may arrive in any order.
#[derive(Debug, Default)]
pub struct BodyIndexBuilder {
    word_ids: HashMap<Box<str>, u32>,
    words: Vec<Vec<u32>>,
    /// Per article (by catalog index): its adjacent-pair filter.
    pair_filters: Vec<Box<[u64]>>,
}

impl BodyIndexBuilder {
    /// Indexes the body of the article stored at `article_index` in the catalog.
    pub fn add(&mut self, article_index: u32, article: &Article) {
        self.add_words(article_index, &indexed_words(article));
    }

    /// Indexes already split, lowercased words (an empty word breaks a phrase).
    pub fn add_words(&mut self, article_index: u32, words: &[String]) {
        let mut previous: Option<u32> = None;
        let mut seen_words = Vec::new();
        let mut seen_pairs = Vec::new();
        for word in words {
            if word.is_empty() {
                previous = None;
                continue;
            }
            let id = match self.word_ids.get(word.as_str()) {
                Some(&id) => id,
                None => {
                    let id = self.words.len() as u32;
                    self.word_ids.insert(word.as_str().into(), id);
                    self.words.push(Vec::new());
                    id
                }
            };
            seen_words.push(id);
            if let Some(previous) = previous {
                seen_pairs.push(pair_key(previous, id));
            }
            previous = Some(id);
        }
        seen_words.sort_unstable();
        seen_words.dedup();
        seen_pairs.sort_unstable();
        seen_pairs.dedup();
        for id in seen_words {
            self.words[id as usize].push(article_index);
        }
        let slot = article_index as usize;
        if self.pair_filters.len() <= slot {
            self.pair_filters.resize_with(slot + 1, Default::default);
        }
        self.pair_filters[slot] = pair_filter(&seen_pairs);
    }

    pub fn finish(self) -> BodyIndex {
        self.finish_renumbered(None)
    }

    /// Finishes with every article index `i` given to [`BodyIndexBuilder::add`] replaced by
    /// `new_index[i]`: for indexing articles as they load, before their catalog order is known.
    pub fn finish_renumbered(mut self, new_index: Option<&[u32]>) -> BodyIndex {
        if let Some(new_index) = new_index {
            for postings in &mut self.words {
                for article in postings.iter_mut() {
                    *article = new_index[*article as usize];
                }
            }
            let mut filters = Vec::new();
            filters.resize_with(new_index.len(), Box::default);
            for (old, filter) in self.pair_filters.into_iter().enumerate() {
                if let Some(&new) = new_index.get(old) {
                    if filters.len() <= new as usize {
                        filters.resize_with(new as usize + 1, Box::default);
                    }
                    filters[new as usize] = filter;
                }
            }
            self.pair_filters = filters;
        }
        for postings in &mut self.words {
            postings.sort_unstable();
            postings.shrink_to_fit();
        }
        let mut vocabulary: Vec<Box<str>> = vec![Box::default(); self.words.len()];
        for (word, &id) in &self.word_ids {
            vocabulary[id as usize] = word.clone();
        }
        let mut sorted: Vec<u32> = (0..vocabulary.len() as u32).collect();
        sorted.sort_unstable_by(|&a, &b| vocabulary[a as usize].cmp(&vocabulary[b as usize]));
        BodyIndex {
            word_ids: self.word_ids,
            words: self.words,
            pair_filters: self.pair_filters,
            vocabulary,
            sorted,
        }
    }
}

/// The body words of an article as the index stores them: its readable blocks (captions,
/// headings, paragraphs), an empty word between blocks; a file the parser found no blocks in
/// is taken whole.
pub fn indexed_words(article: &Article) -> Vec<String> {
    if article.blocks.is_empty() {
        return body_words(&article.text);
    }
    let mut words = Vec::new();
    for block in &article.blocks {
        words.extend(body_words(&article.slice(block.span)));
        // A break between blocks must not join their edge words into a phrase.
        words.push(String::new());
    }
    words
}

/// Which articles contain which body words.
#[derive(Debug, Default)]
pub struct BodyIndex {
    word_ids: HashMap<Box<str>, u32>,
    words: Vec<Vec<u32>>,
    pair_filters: Vec<Box<[u64]>>,
    /// Each word by id, and the ids in word order, for prefixes.
    vocabulary: Vec<Box<str>>,
    sorted: Vec<u32>,
}

/// Where the search engine finds the articles whose body holds a phrase: the in-memory
/// [`BodyIndex`], or a persistent store's full-text index. Article numbers are catalog indices.
pub trait BodySearch: Send + Sync {
    /// The articles whose body holds these lowercased words (as [`body_words`] splits them)
    /// side by side, in ascending order. A single word is a whole-word search.
    fn articles_with_phrase(&self, words: &[String]) -> Vec<u32>;

    /// The articles whose body has a word starting with this lowercased `prefix`, ascending.
    fn articles_with_prefix(&self, prefix: &str) -> Vec<u32>;
}

impl BodySearch for BodyIndex {
    fn articles_with_phrase(&self, words: &[String]) -> Vec<u32> {
        BodyIndex::articles_with_phrase(self, words)
    }

    fn articles_with_prefix(&self, prefix: &str) -> Vec<u32> {
        BodyIndex::articles_with_prefix(self, prefix)
    }
}

/// A prefix that starts more words than this finds only the word itself: a union of that many
/// postings would cost a keystroke more than it is worth.
pub const MAX_PREFIX_WORDS: usize = 2_000;

impl BodyIndex {
    /// The articles whose body holds these lowercased words as a phrase, in ascending order.
    pub fn articles_with_phrase(&self, words: &[String]) -> Vec<u32> {
        let mut ids = Vec::with_capacity(words.len());
        for word in words {
            match self.word_ids.get(word.as_str()) {
                Some(&id) => ids.push(id),
                None => return Vec::new(),
            }
        }
        let lists: Vec<&[u32]> = ids.iter().map(|&id| &self.words[id as usize][..]).collect();
        let mut articles = intersect(lists);
        let pairs: Vec<u64> = ids.windows(2).map(|p| pair_key(p[0], p[1])).collect();
        if !pairs.is_empty() {
            articles.retain(|&article| {
                self.pair_filters
                    .get(article as usize)
                    .is_some_and(|filter| pairs.iter().all(|&pair| filter_holds(filter, pair)))
            });
        }
        articles
    }

    /// The articles with a body word starting with `prefix`: the words through the sorted
    /// vocabulary, then the union of their postings.
    pub fn articles_with_prefix(&self, prefix: &str) -> Vec<u32> {
        let from = self.sorted.partition_point(|&id| self.word_of(id) < prefix);
        let starting: Vec<u32> = self.sorted[from..]
            .iter()
            .take_while(|&&id| self.word_of(id).starts_with(prefix))
            .take(MAX_PREFIX_WORDS + 1)
            .copied()
            .collect();
        if starting.len() > MAX_PREFIX_WORDS {
            return self.articles_with_phrase(&[prefix.to_owned()]);
        }
        let mut articles: Vec<u32> = starting
            .iter()
            .flat_map(|&id| self.words[id as usize].iter().copied())
            .collect();
        articles.sort_unstable();
        articles.dedup();
        articles
    }

    fn word_of(&self, id: u32) -> &str {
        &self.vocabulary[id as usize]
    }

    /// The number of distinct words indexed.
    pub fn vocabulary_len(&self) -> usize {
        self.words.len()
    }
}

fn pair_key(first: u32, second: u32) -> u64 {
    (u64::from(first) << 32) | u64::from(second)
}

/// Bits of a pair filter per pair: two probes at 8 bits a pair give about 5% false positives
/// per pair in one article, before the word postings have already narrowed the candidates.
const FILTER_BITS_PER_PAIR: usize = 8;

fn pair_filter(pairs: &[u64]) -> Box<[u64]> {
    if pairs.is_empty() {
        return Box::default();
    }
    let bits = (pairs.len() * FILTER_BITS_PER_PAIR)
        .next_power_of_two()
        .max(64);
    let mut filter = vec![0u64; bits / 64].into_boxed_slice();
    for &pair in pairs {
        for bit in probes(pair, bits) {
            filter[bit / 64] |= 1 << (bit % 64);
        }
    }
    filter
}

fn filter_holds(filter: &[u64], pair: u64) -> bool {
    let bits = filter.len() * 64;
    bits > 0 && probes(pair, bits).all(|bit| filter[bit / 64] & (1 << (bit % 64)) != 0)
}

/// Two bit positions for a pair in a filter of `bits` bits (a power of two).
fn probes(pair: u64, bits: usize) -> impl Iterator<Item = usize> {
    let hash = pair.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let mask = bits as u64 - 1;
    [hash >> 40, (hash >> 16) ^ (hash >> 52)]
        .into_iter()
        .map(move |h| (h & mask) as usize)
}

fn intersect(mut lists: Vec<&[u32]>) -> Vec<u32> {
    lists.sort_by_key(|list| list.len());
    let Some((shortest, rest)) = lists.split_first() else {
        return Vec::new();
    };
    shortest
        .iter()
        .copied()
        .filter(|id| rest.iter().all(|list| list.binary_search(id).is_ok()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index(bodies: &[&str]) -> BodyIndex {
        let mut builder = BodyIndexBuilder::default();
        // Out of order, as parallel loading delivers them.
        for (i, body) in bodies.iter().enumerate().rev() {
            builder.add_words(i as u32, &body_words(body));
        }
        builder.finish()
    }

    fn phrase(index: &BodyIndex, text: &str) -> Vec<u32> {
        index.articles_with_phrase(&body_words(text))
    }

    #[test]
    fn whole_words_case_insensitive() {
        let index = index(&[
            "The Peacekeepers met.",
            "peacekeeping drills",
            "PEACEKEEPERS",
        ]);
        assert_eq!(phrase(&index, "peacekeepers"), [0, 2]);
        assert_eq!(phrase(&index, "peace"), Vec::<u32>::new());
        assert_eq!(index.vocabulary_len(), 5);
    }

    #[test]
    fn phrases_need_adjacent_words() {
        let index = index(&["steppe eagle drills", "eagle of the steppe", "Steppe-Eagle"]);
        assert_eq!(phrase(&index, "steppe eagle"), [0, 2]);
        assert_eq!(phrase(&index, "eagle steppe"), Vec::<u32>::new());
    }

    #[test]
    fn renumbering_moves_postings_and_filters_to_the_new_indices() {
        let mut builder = BodyIndexBuilder::default();
        builder.add_words(0, &body_words("steppe eagle"));
        builder.add_words(1, &body_words("eagle of the steppe"));
        let index = builder.finish_renumbered(Some(&[1, 0]));
        assert_eq!(phrase(&index, "steppe eagle"), [1]);
        assert_eq!(phrase(&index, "the steppe"), [0]);
        assert_eq!(phrase(&index, "eagle"), [0, 1]);
    }

    #[test]
    fn block_breaks_do_not_form_phrases() {
        let mut builder = BodyIndexBuilder::default();
        let words: Vec<String> = ["end", "", "start"].map(String::from).into();
        builder.add_words(0, &words);
        let index = builder.finish();
        assert!(phrase(&index, "end start").is_empty());
        assert_eq!(phrase(&index, "start"), [0]);
    }
}

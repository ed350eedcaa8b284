//! The inverted index of article bodies, built once as articles load, so that a word found only
//! in a paragraph can be searched without reading any body on a keystroke.
//!
//! It holds, per word and per pair of adjacent words, the articles containing it. A phrase
//! matches an article holding all its words and all its adjacent pairs: exact for one- and
//! two-word phrases, and for longer ones wrong only in contrived texts. Positions would make it
//! exact but cost several times the memory on a 100,000-article archive.

use super::text::body_words;
use crate::archive::Article;
use std::collections::HashMap;

/// Collects body words article by article; articles may arrive in any order.
#[derive(Debug, Default)]
pub struct BodyIndexBuilder {
    word_ids: HashMap<Box<str>, u32>,
    words: Vec<Vec<u32>>,
    pairs: HashMap<u64, Vec<u32>>,
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
        for key in seen_pairs {
            self.pairs.entry(key).or_default().push(article_index);
        }
    }

    pub fn finish(mut self) -> BodyIndex {
        for postings in self.words.iter_mut().chain(self.pairs.values_mut()) {
            postings.sort_unstable();
            postings.shrink_to_fit();
        }
        BodyIndex {
            word_ids: self.word_ids,
            words: self.words,
            pairs: self.pairs,
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
    pairs: HashMap<u64, Vec<u32>>,
}

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
        let mut lists: Vec<&[u32]> = ids.iter().map(|&id| &self.words[id as usize][..]).collect();
        for pair in ids.windows(2) {
            match self.pairs.get(&pair_key(pair[0], pair[1])) {
                Some(list) => lists.push(list),
                None => return Vec::new(),
            }
        }
        intersect(lists)
    }

    /// The number of distinct words indexed.
    pub fn vocabulary_len(&self) -> usize {
        self.words.len()
    }
}

fn pair_key(first: u32, second: u32) -> u64 {
    (u64::from(first) << 32) | u64::from(second)
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
    fn block_breaks_do_not_form_phrases() {
        let mut builder = BodyIndexBuilder::default();
        let words: Vec<String> = ["end", "", "start"].map(String::from).into();
        builder.add_words(0, &words);
        let index = builder.finish();
        assert!(phrase(&index, "end start").is_empty());
        assert_eq!(phrase(&index, "start"), [0]);
    }
}

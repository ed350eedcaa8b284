//! The in-memory search index without its body search, as a persistent index saves it beside
//! its tables: a start then reads the structures back instead of building them again.

use super::body::BodySearch;
use super::index::{DistinctValue, IndexedArticle, RankLayout, SINGLE_CHARS, SearchIndex};
use super::text::FieldText;
use fuzzy_matcher::skim::SkimMatcherV2;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// A search index's parts, borrowed for writing.
#[derive(Serialize)]
pub struct SearchIndexRef<'a> {
    articles: &'a [IndexedArticle],
    layout: &'a RankLayout,
    words: &'a [FieldText],
    values: &'a [DistinctValue],
}

/// A search index's parts as read back: [`SearchIndex::from_parts`] checks and assembles them.
/// The fields are those of [`SearchIndexRef`], in its order.
#[derive(Deserialize)]
pub struct SearchIndexParts {
    #[serde(with = "exact_vec")]
    articles: Vec<IndexedArticle>,
    layout: RankLayout,
    #[serde(with = "exact_vec")]
    words: Vec<FieldText>,
    #[serde(with = "exact_vec")]
    values: Vec<DistinctValue>,
}

impl SearchIndex {
    /// The parts a snapshot keeps: everything but the body search and the lazily computed
    /// one-character scores.
    pub fn parts(&self) -> SearchIndexRef<'_> {
        SearchIndexRef {
            articles: &self.articles,
            layout: &self.layout,
            words: &self.words,
            values: &self.values,
        }
    }

    /// The index saved as `parts`, for `articles` catalog articles, with body phrases answered
    /// by `body`; None when a number in the parts points outside them (a damaged snapshot).
    pub fn from_parts(
        parts: SearchIndexParts,
        articles: usize,
        body: Box<dyn BodySearch>,
    ) -> Option<SearchIndex> {
        consistent(&parts, articles).then(|| SearchIndex {
            articles: parts.articles,
            layout: parts.layout,
            words: parts.words,
            single_char_scores: SINGLE_CHARS.chars().map(|_| OnceLock::new()).collect(),
            values: parts.values,
            body,
            ignore_case: SkimMatcherV2::default().ignore_case(),
            respect_case: SkimMatcherV2::default().respect_case(),
        })
    }
}

/// Whether every number in the parts points inside them: searching them cannot then index
/// out of bounds.
fn consistent(parts: &SearchIndexParts, articles: usize) -> bool {
    let SearchIndexParts {
        articles: indexed,
        layout,
        words,
        values,
    } = parts;
    let below = |ids: &[u32], limit: usize| ids.iter().all(|&id| (id as usize) < limit);
    let offsets_fit = |offsets: &[u32], items: usize| {
        offsets.len() == articles + 1
            && offsets.first() == Some(&0)
            && offsets.windows(2).all(|w| w[0] <= w[1])
            && offsets.last().is_some_and(|&end| end as usize == items)
    };
    indexed.len() == articles
        && indexed.iter().all(|a| (a.rank as usize) < articles)
        && layout.articles.len() == articles
        && below(&layout.articles, articles)
        && offsets_fit(&layout.title_offsets, layout.title_words.len())
        && offsets_fit(&layout.value_offsets, layout.values.len())
        && below(&layout.title_words, words.len())
        && below(&layout.values, values.len())
        && values
            .iter()
            .all(|v| below(&v.words, words.len()) && below(&v.articles, articles))
}

/// Serde for the long number arrays of the rank layout (millions of entries at 100,000
/// articles): their length first, then chunks, so that reading one back allocates it once at
/// its size instead of doubling a vector up to twice that (what serde does for a sequence of
/// unknown length).
pub(super) mod packed {
    use serde::de::{Error, SeqAccess, Visitor};
    use serde::ser::SerializeSeq;
    use serde::{Deserializer, Serializer};

    const CHUNK: usize = 1 << 14;

    pub fn serialize<S: Serializer>(numbers: &[u32], serializer: S) -> Result<S::Ok, S::Error> {
        let chunks = numbers.len().div_ceil(CHUNK);
        let mut seq = serializer.serialize_seq(Some(1 + chunks))?;
        seq.serialize_element(&(numbers.len() as u64))?;
        for chunk in numbers.chunks(CHUNK) {
            seq.serialize_element(chunk)?;
        }
        seq.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<u32>, D::Error> {
        struct Chunks;
        impl<'de> Visitor<'de> for Chunks {
            type Value = Vec<u32>;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a length and chunks of numbers")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<u32>, A::Error> {
                let len: u64 = seq
                    .next_element()?
                    .ok_or_else(|| Error::invalid_length(0, &self))?;
                // A damaged length must not allocate the machine away: past a billion, no.
                let len = usize::try_from(len)
                    .ok()
                    .filter(|&len| len <= 1 << 30)
                    .ok_or_else(|| Error::custom("implausible length"))?;
                let mut numbers = Vec::with_capacity(len);
                while numbers.len() < len {
                    let chunk: Vec<u32> = seq
                        .next_element()?
                        .ok_or_else(|| Error::invalid_length(numbers.len(), &self))?;
                    if chunk.is_empty() || numbers.len() + chunk.len() > len {
                        return Err(Error::custom("chunks do not add up to the length"));
                    }
                    numbers.extend_from_slice(&chunk);
                }
                Ok(numbers)
            }
        }
        deserializer.deserialize_seq(Chunks)
    }
}

/// Serde for the long vectors of a snapshot (one element per article or per distinct word):
/// read back into a vector allocated once at its length, which serde would otherwise grow by
/// doubling from a megabyte, up to twice the size. The length read is trusted only as far as
/// [`exact_vec::with_limit`] allows (the snapshot file's size), so a damaged length cannot
/// reserve gigabytes.
pub mod exact_vec {
    use serde::de::{Deserialize, Deserializer, SeqAccess, Visitor};
    use serde::{Serialize, Serializer};
    use std::cell::Cell;
    use std::marker::PhantomData;

    thread_local! {
        static LIMIT: Cell<usize> = const { Cell::new(0) };
    }

    /// Runs `decode` with vectors reserved up to `elements` ahead (at least one byte each).
    pub fn with_limit<R>(elements: usize, decode: impl FnOnce() -> R) -> R {
        let before = LIMIT.replace(elements);
        let result = decode();
        LIMIT.set(before);
        result
    }

    pub fn serialize<T: Serialize, S: Serializer>(
        items: &[T],
        serializer: S,
    ) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(items)
    }

    pub fn deserialize<'de, T, D>(deserializer: D) -> Result<Vec<T>, D::Error>
    where
        T: Deserialize<'de>,
        D: Deserializer<'de>,
    {
        struct Exact<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for Exact<T> {
            type Value = Vec<T>;

            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a sequence")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
                let reserve = seq.size_hint().unwrap_or(0).min(LIMIT.get());
                let mut items = Vec::with_capacity(reserve);
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(items)
            }
        }
        deserializer.deserialize_seq(Exact(PhantomData))
    }
}

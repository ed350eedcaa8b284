//! Character ranges into an article's original text.
//!
//! Every position that leaves a module is a [`Span`] of Unicode scalar values (chars), so that
//! highlights, facts and notes all point at the same thing whatever module produced them.
//! Internally modules may work in bytes; [`CharIndex`] converts at the boundary.

use serde::{Deserialize, Serialize};

/// A half-open range `start..end` of char offsets into an article's original text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    pub fn contains(&self, char_offset: usize) -> bool {
        self.start <= char_offset && char_offset < self.end
    }

    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn covers(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl std::fmt::Display for Span {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// Converts between byte offsets and char offsets of one text: byte to char in O(1), char to
/// byte in O(log n).
///
/// ASCII text (the common case) needs no table at all. Other text keeps a bit for each byte
/// that starts a char, 64 bytes to a block, with the count of chars before the block: 16 bytes
/// a block, a quarter of a byte per byte of text, built in one cheap pass (a table of char and
/// byte offsets took eight bytes per byte, and its building was a sizeable share of
/// extraction).
#[derive(Clone, Debug)]
pub struct CharIndex {
    blocks: Option<Vec<Block>>,
    byte_len: usize,
    char_len: usize,
}

/// A bit for each of up to eight bytes that starts a char, the first byte's lowest: every byte
/// that is no UTF-8 continuation (`10xxxxxx`), tested eight at a time.
fn char_starts(eight: &[u8]) -> u64 {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    // Missing bytes read as continuations, which start nothing.
    let mut bytes = [0x80; 8];
    bytes[..eight.len()].copy_from_slice(eight);
    let word = u64::from_le_bytes(bytes);
    // A continuation has its top bit set and the next one clear.
    let continuations = word & !(word << 1) & HIGH_BITS;
    let starts = (!continuations & HIGH_BITS) >> 7;
    // Gathers the eight bytes' low bits into the top byte, then down to the low one.
    starts.wrapping_mul(0x0102_0408_1020_4080) >> 56
}

/// 64 bytes of a text: which of them start a char, and how many chars start before them.
#[derive(Clone, Copy, Debug)]
struct Block {
    chars_before: u32,
    starts: u64,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CharIndex {
                blocks: None,
                byte_len: text.len(),
                char_len: text.len(),
            };
        }
        let mut blocks = Vec::with_capacity(text.len() / 64 + 1);
        let mut chars_before = 0u32;
        for chunk in text.as_bytes().chunks(64) {
            let starts = chunk
                .chunks(8)
                .enumerate()
                .fold(0, |bits, (k, eight)| bits | char_starts(eight) << (8 * k));
            blocks.push(Block {
                chars_before,
                starts,
            });
            chars_before += starts.count_ones();
        }
        CharIndex {
            blocks: Some(blocks),
            byte_len: text.len(),
            char_len: chars_before as usize,
        }
    }

    /// The char offset of the char containing `byte` (clamped to the text's end).
    pub fn char_at(&self, byte: usize) -> usize {
        let byte = byte.min(self.byte_len);
        match &self.blocks {
            None => byte,
            Some(_) if byte == self.byte_len => self.char_len,
            Some(blocks) => {
                let block = blocks[byte / 64];
                let through_byte = block.starts & (u64::MAX >> (63 - byte % 64));
                // (The text's first byte starts a char, so at least one has started.)
                (block.chars_before + through_byte.count_ones()) as usize - 1
            }
        }
    }

    /// The byte offset where char `char_offset` starts (clamped to the text's end).
    pub fn byte_at(&self, char_offset: usize) -> usize {
        match &self.blocks {
            None => char_offset.min(self.byte_len),
            Some(_) if char_offset >= self.char_len => self.byte_len,
            Some(blocks) => {
                let wanted = char_offset as u32;
                let k = blocks.partition_point(|b| b.chars_before <= wanted) - 1;
                let mut starts = blocks[k].starts;
                for _ in blocks[k].chars_before..wanted {
                    starts &= starts - 1;
                }
                k * 64 + starts.trailing_zeros() as usize
            }
        }
    }

    pub fn char_len(&self) -> usize {
        self.char_len
    }

    pub fn span_of_bytes(&self, bytes: std::ops::Range<usize>) -> Span {
        Span::new(self.char_at(bytes.start), self.char_at(bytes.end))
    }

    pub fn bytes_of_span(&self, span: Span) -> std::ops::Range<usize> {
        self.byte_at(span.start)..self.byte_at(span.end)
    }

    /// The text a span covers.
    pub fn slice<'t>(&self, text: &'t str, span: Span) -> &'t str {
        &text[self.bytes_of_span(span)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_offsets_are_identical() {
        let index = CharIndex::new("hello");
        assert_eq!(index.char_at(3), 3);
        assert_eq!(index.byte_at(3), 3);
        assert_eq!(index.char_len(), 5);
    }

    #[test]
    fn multibyte_offsets_round_trip() {
        let text = "a’b—c😀d";
        let index = CharIndex::new(text);
        for (char_number, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(index.byte_at(char_number), byte);
            assert_eq!(index.char_at(byte), char_number);
        }
        assert_eq!(index.char_len(), text.chars().count());
        let d = text.find('d').unwrap();
        assert_eq!(index.slice(text, index.span_of_bytes(d..d + 1)), "d");
        // A byte inside a char belongs to it; offsets past the end clamp to it.
        assert_eq!(index.char_at(2), 1);
        assert_eq!(index.char_at(99), index.char_len());
        assert_eq!(index.byte_at(99), text.len());
    }

    #[test]
    fn offsets_hold_across_many_blocks() {
        // Chars of one to four bytes, so that blocks start inside chars and hold from 16 to 64.
        let text: String = (0..2000)
            .map(|k| ['a', 'é', '—', '😀'][(k * 7 + k / 13) % 4])
            .collect::<String>()
            + &"x—".repeat(300);
        let index = CharIndex::new(&text);
        let mut char_number = 0;
        for (byte, c) in text.char_indices() {
            assert_eq!(index.byte_at(char_number), byte);
            for inside in byte..byte + c.len_utf8() {
                assert_eq!(index.char_at(inside), char_number);
            }
            char_number += 1;
        }
        assert_eq!(index.char_len(), char_number);
        assert_eq!(index.char_at(text.len()), char_number);
        assert_eq!(index.byte_at(char_number), text.len());
    }
}

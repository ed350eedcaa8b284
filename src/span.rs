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

/// Converts between byte offsets and char offsets of one text in O(1) per lookup.
///
/// ASCII text (the common case) needs no table at all.
#[derive(Clone, Debug)]
pub struct CharIndex {
    /// `byte_of_char[c]` is the byte offset of char `c`; one extra entry for the end.
    byte_of_char: Option<Vec<u32>>,
    /// `char_of_byte[b]` is the char that byte `b` belongs to; one extra entry for the end.
    char_of_byte: Option<Vec<u32>>,
    byte_len: usize,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return CharIndex {
                byte_of_char: None,
                char_of_byte: None,
                byte_len: text.len(),
            };
        }
        // One pass over the bytes: a char starts at every byte that is no UTF-8 continuation.
        let mut byte_of_char = Vec::with_capacity(text.len() + 1);
        let mut char_of_byte = Vec::with_capacity(text.len() + 1);
        let mut char_number = 0u32;
        for (byte, &b) in text.as_bytes().iter().enumerate() {
            if b & 0xC0 != 0x80 {
                byte_of_char.push(byte as u32);
                char_number += 1;
            }
            char_of_byte.push(char_number - 1);
        }
        byte_of_char.push(text.len() as u32);
        char_of_byte.push(char_number);
        CharIndex {
            byte_of_char: Some(byte_of_char),
            char_of_byte: Some(char_of_byte),
            byte_len: text.len(),
        }
    }

    /// The char offset of the char containing `byte` (clamped to the text's end).
    pub fn char_at(&self, byte: usize) -> usize {
        let byte = byte.min(self.byte_len);
        match &self.char_of_byte {
            None => byte,
            Some(table) => table[byte] as usize,
        }
    }

    /// The byte offset where char `char_offset` starts (clamped to the text's end).
    pub fn byte_at(&self, char_offset: usize) -> usize {
        match &self.byte_of_char {
            None => char_offset.min(self.byte_len),
            Some(table) => table[char_offset.min(table.len() - 1)] as usize,
        }
    }

    pub fn char_len(&self) -> usize {
        self.char_at(self.byte_len)
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
    }
}

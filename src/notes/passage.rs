//! The passage under the cursor when nothing is selected: the sentence, or the paragraph.

use crate::sentences::sentence_bound_indices;
use crate::span::{CharIndex, Span};

/// The sentence of `text` (a whole article) that contains `char_offset`, searched within
/// `block` (the paragraph's span, so a sentence never runs across blocks), without the
/// whitespace around it. `None` when the offset is outside the block or on blank space only.
pub fn sentence_at(text: &str, block: Span, char_offset: usize) -> Option<Span> {
    if !block.contains(char_offset) {
        return None;
    }
    let index = CharIndex::new(text);
    let block_text = index.slice(text, block);
    let offset_in_block = char_offset - block.start;
    let mut sentence_start_char = 0;
    for (_, sentence) in sentence_bound_indices(block_text) {
        let length = sentence.chars().count();
        if offset_in_block < sentence_start_char + length {
            let leading = sentence.chars().take_while(|c| c.is_whitespace()).count();
            let trimmed = sentence.trim();
            if trimmed.is_empty() {
                return None;
            }
            let start = block.start + sentence_start_char + leading;
            return Some(Span::new(start, start + trimmed.chars().count()));
        }
        sentence_start_char += length;
    }
    None
}

/// `block` without the whitespace at its ends: the paragraph as a passage.
pub fn trimmed(text: &str, block: Span) -> Span {
    let index = CharIndex::new(text);
    let block_text = index.slice(text, block);
    let leading = block_text.chars().take_while(|c| c.is_whitespace()).count();
    let trimmed_len = block_text.trim().chars().count();
    Span::new(block.start + leading, block.start + leading + trimmed_len)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_sentence_under_the_cursor_in_chars() {
        let text = "Title\n\nCafé — first one. Second “quoted” one! Third?\n\nNext para.";
        let block_start = text.find("Café").unwrap();
        let block_end = text.find("\n\nNext").unwrap();
        let index = CharIndex::new(text);
        let block = index.span_of_bytes(block_start..block_end);
        let second = index.char_at(text.find("Second").unwrap());
        let span = sentence_at(text, block, second + 3).unwrap();
        assert_eq!(index.slice(text, span), "Second “quoted” one!");
        let first = sentence_at(text, block, block.start).unwrap();
        assert_eq!(index.slice(text, first), "Café — first one.");
        assert_eq!(sentence_at(text, block, block.end), None);
        assert_eq!(index.slice(text, trimmed(text, Span::new(5, 12))), "Café");
    }
}

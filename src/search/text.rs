//! Field text prepared once for matching: its ASCII-folded form (fuzzy-matcher folds ASCII
//! only, so char positions stay the same) and a character-set mask for a cheap prefilter.

/// One searchable field of an article or one distinct entity name.
#[derive(Clone, Debug, serde::Serialize, serde::Deserialize)]
pub struct FieldText {
    pub original: Box<str>,
    pub folded: Box<str>,
    pub mask: u64,
}

impl FieldText {
    pub fn new(text: &str) -> Self {
        let folded = text.to_ascii_lowercase();
        FieldText {
            mask: char_mask(&folded),
            original: text.into(),
            folded: folded.into(),
        }
    }
}

/// A bit per character class: `a`-`z`, `0`-`9`, and the rest hashed into the remaining bits.
/// If a pattern's mask is not a subset of a field's, the field cannot contain the pattern.
pub fn char_mask(folded: &str) -> u64 {
    folded.chars().fold(0, |mask, c| mask | char_bit(c))
}

fn char_bit(c: char) -> u64 {
    let slot = match c {
        'a'..='z' => c as u32 - 'a' as u32,
        '0'..='9' => 26 + c as u32 - '0' as u32,
        ' ' => return 0,
        _ => 36 + (c as u32 % 28),
    };
    1 << slot
}

/// Whether `needle`'s chars occur in `haystack` in order.
pub fn is_subsequence(needle: &str, haystack: &str) -> bool {
    if needle.is_ascii() && haystack.is_ascii() {
        let mut rest = haystack.as_bytes().iter();
        return needle.bytes().all(|n| rest.any(|&h| h == n));
    }
    let mut rest = haystack.chars();
    needle.chars().all(|n| rest.any(|h| h == n))
}

/// The lowercased words of a text, as the body index stores them: runs of letters and digits.
pub fn body_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The words a field is matched by: whitespace-separated, without the punctuation around
/// them (`(September` is `September`, `co-operation` stays whole), each with its char offset.
pub fn field_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut chars_before = 0;
    let mut byte_cursor = 0;
    text.split(char::is_whitespace).filter_map(move |raw| {
        let raw_start = text[byte_cursor..]
            .find(raw)
            .map_or(byte_cursor, |i| byte_cursor + i);
        chars_before += text[byte_cursor..raw_start].chars().count();
        byte_cursor = raw_start + raw.len();
        let raw_chars_start = chars_before;
        chars_before += raw.chars().count();
        let trimmed_front = raw.trim_start_matches(|c: char| !c.is_alphanumeric());
        let word = trimmed_front.trim_end_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() {
            return None;
        }
        let skipped = raw[..raw.len() - trimmed_front.len()].chars().count();
        Some((raw_chars_start + skipped, word))
    })
}

/// The char positions where `needle` occurs in `haystack` (both already folded alike).
pub fn char_range_of(haystack: &str, byte_start: usize, needle: &str) -> std::ops::Range<usize> {
    let start = haystack[..byte_start].chars().count();
    start..start + needle.chars().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mask_rejects_missing_characters() {
        let field = FieldText::new("Steppe Eagle 19");
        assert_eq!(&*field.folded, "steppe eagle 19");
        let pattern = char_mask("eagle");
        assert_eq!(pattern & !field.mask, 0);
        assert_ne!(char_mask("zulu") & !field.mask, 0);
    }

    #[test]
    fn subsequence_in_ascii_and_unicode() {
        assert!(is_subsequence("stpe", "steppe"));
        assert!(!is_subsequence("eps", "steppe"));
        assert!(is_subsequence("ğr", "doğru"));
        assert!(!is_subsequence("rğ", "doğru"));
    }

    #[test]
    fn field_words_trim_punctuation_and_keep_char_offsets() {
        let words: Vec<(usize, &str)> =
            field_words("Uzbek-Kazakh  ties (’19) — “Steppe”").collect();
        assert_eq!(
            words,
            [
                (0, "Uzbek-Kazakh"),
                (14, "ties"),
                (21, "19"),
                (28, "Steppe")
            ]
        );
        let text = "Uzbek-Kazakh  ties (’19) — “Steppe”";
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(chars[28..34].iter().collect::<String>(), "Steppe");
    }

    #[test]
    fn body_words_split_on_punctuation() {
        assert_eq!(
            body_words("Kazakhstan’s co-operation, 2019!"),
            ["kazakhstan", "s", "co", "operation", "2019"]
        );
    }
}

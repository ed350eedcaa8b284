//! Finding a phrase in an article's text, as a reader's find-in-page does: smart case (case
//! matters only when the phrase has a capital), whitespace in the phrase matching any run of
//! whitespace (a phrase may wrap across a line break in the source), results as char ranges.

use crate::span::{CharIndex, Span};

/// At most this many matches are found: enough to step through, bounded for a 5 MB article.
pub const MAX_MATCHES: usize = 10_000;

/// Every non-overlapping occurrence of `phrase` in `text`, in text order (at most `limit`).
/// An empty or blank phrase finds nothing.
pub fn find_all(text: &str, index: &CharIndex, phrase: &str, limit: usize) -> Vec<Span> {
    let words: Vec<String> = phrase.split_whitespace().map(regex::escape).collect();
    if words.is_empty() {
        return Vec::new();
    }
    let case_sensitive = phrase.chars().any(char::is_uppercase);
    let pattern = words.join(r"\s+");
    let Ok(regex) = regex::RegexBuilder::new(&pattern)
        .case_insensitive(!case_sensitive)
        .build()
    else {
        return Vec::new();
    };
    regex
        .find_iter(text)
        .take(limit)
        .map(|found| index.span_of_bytes(found.range()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'t>(text: &'t str, phrase: &str) -> Vec<&'t str> {
        let index = CharIndex::new(text);
        find_all(text, &index, phrase, MAX_MATCHES)
            .into_iter()
            .map(|span| index.slice(text, span))
            .collect()
    }

    #[test]
    fn smart_case_and_wrapped_phrases() {
        let text = "Steppe Eagle began. The steppe\n  eagle flew; STEPPE EAGLE ended.";
        assert_eq!(
            found(text, "steppe eagle"),
            ["Steppe Eagle", "steppe\n  eagle", "STEPPE EAGLE"]
        );
        assert_eq!(found(text, "Steppe Eagle"), ["Steppe Eagle"]);
        assert!(found(text, "   ").is_empty());
    }

    #[test]
    fn positions_are_chars_and_the_phrase_is_literal() {
        let text = "Ташкент (1+1) · Tashkent (1+1)";
        let index = CharIndex::new(text);
        let spans = find_all(text, &index, "(1+1)", MAX_MATCHES);
        assert_eq!(spans, [Span::new(8, 13), Span::new(25, 30)]);
        assert_eq!(find_all(text, &index, "(1+1)", 1).len(), 1, "bounded");
    }
}

//! Splitting text into sentences, knowing that a period after "Col", "J", "U.S" or "e.g" does
//! not end one.
//!
//! The Unicode sentence rules (UAX #29, from `unicode-segmentation`) already keep decimals
//! ("3.5"), ellipses before lower case and abbreviations before lower case together; they break
//! after any period before a capital or a number. This module joins back the pieces that the
//! abbreviation list (assets/abbreviations.txt) says go on: titles always, dates and numbers
//! before a digit, initials and ambiguous abbreviations unless a word that opens sentences
//! follows. A line break inside a sentence (a hard-wrapped paragraph) does not end it either.

use crate::span::{CharIndex, Span};
use std::collections::HashSet;
use std::sync::LazyLock;
use unicode_segmentation::UnicodeSegmentation;

/// What a period after an abbreviation means for the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Abbreviation {
    /// The sentence goes on, whatever follows ("Col. Ivanov").
    Continues,
    /// The sentence goes on before a number ("No. 10"), else ends.
    BeforeNumber,
    /// The sentence ends only before a word that opens sentences ("U.S. They").
    Ambiguous,
}

struct Lists {
    continues: HashSet<String>,
    before_number: HashSet<String>,
    ambiguous: HashSet<String>,
    openers: HashSet<String>,
}

static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    let mut lists = Lists {
        continues: HashSet::new(),
        before_number: HashSet::new(),
        ambiguous: HashSet::new(),
        openers: HashSet::new(),
    };
    let mut section = "";
    for line in include_str!("../assets/abbreviations.txt").lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with('[') {
            section = line;
            continue;
        }
        match section {
            "[continues]" => lists.continues.insert(line.to_lowercase()),
            "[before_number]" => lists.before_number.insert(line.to_lowercase()),
            "[ambiguous]" => lists.ambiguous.insert(line.to_lowercase()),
            "[openers]" => lists.openers.insert(line.to_owned()),
            other => panic!("assets/abbreviations.txt: unknown section {other}"),
        };
    }
    lists
});

/// The sentences of `text` with their byte offsets, covering all of it (each piece with the
/// whitespace after it): the shape of `split_sentence_bound_indices`, with its abbreviation
/// breaks mended.
pub fn sentence_bound_indices(text: &str) -> Vec<(usize, &str)> {
    let mut sentences: Vec<(usize, &str)> = Vec::new();
    let pieces = text
        .split_sentence_bound_indices()
        .flat_map(|(start, piece)| split_after_ellipses(start, piece));
    for (start, piece) in pieces {
        match sentences.last_mut() {
            Some((first, sentence)) if goes_on(sentence, piece) => {
                *sentence = &text[*first..start + piece.len()];
            }
            _ => sentences.push((start, piece)),
        }
    }
    sentences
}

/// `piece` (at byte `start`) cut after every "…" that a capital follows: the Unicode rules
/// treat the one-char ellipsis as a letter, where three periods before a capital end a sentence.
fn split_after_ellipses(start: usize, piece: &str) -> Vec<(usize, &str)> {
    let mut parts = Vec::new();
    let mut from = 0;
    for (at, _) in piece.match_indices('…') {
        let after = at + '…'.len_utf8();
        let rest = &piece[after..];
        let next = rest.trim_start();
        let spaced = next.len() < rest.len();
        if spaced && next.starts_with(char::is_uppercase) {
            let end = piece.len() - next.len();
            parts.push((start + from, &piece[from..end]));
            from = end;
        }
    }
    parts.push((start + from, &piece[from..]));
    parts
}

/// The sentences of `text`, trimmed of whitespace, as char spans from the start of `text`.
pub fn sentence_spans(text: &str) -> Vec<Span> {
    let index = CharIndex::new(text);
    sentence_bound_indices(text)
        .into_iter()
        .filter_map(|(start, piece)| {
            let trimmed = piece.trim();
            if trimmed.is_empty() {
                return None;
            }
            let begin = start + (piece.len() - piece.trim_start().len());
            Some(index.span_of_bytes(begin..begin + trimmed.len()))
        })
        .collect()
}

/// Whether the sentence `before` goes on into `next`, the piece the Unicode rules broke off.
fn goes_on(before: &str, next: &str) -> bool {
    let trimmed = before.trim_end();
    if trimmed.is_empty() || next.trim().is_empty() {
        return false;
    }
    // A blank line comes as a piece of its own, which joins nothing (it is blank).
    if before[trimmed.len()..].contains('\n') {
        return !ends_with_terminal(trimmed);
    }
    let Some(abbreviation) = trimmed.strip_suffix('.').and_then(abbreviation_before) else {
        return false;
    };
    let next = next.trim_start();
    match abbreviation {
        Abbreviation::Continues => true,
        Abbreviation::BeforeNumber => next.starts_with(|c: char| c.is_ascii_digit()),
        Abbreviation::Ambiguous => !opens_sentence(next),
    }
}

/// Ends in sentence punctuation, perhaps inside closing quotes or brackets.
fn ends_with_terminal(text: &str) -> bool {
    text.trim_end_matches(['"', '\'', '”', '’', ')', ']', '»'])
        .ends_with(['.', '!', '?', '…'])
}

/// What the word before a final period is, if it is an abbreviation: `text` ends just before
/// that period.
fn abbreviation_before(text: &str) -> Option<Abbreviation> {
    // An ellipsis ends sentences like any other full stop.
    if text.ends_with('.') {
        return None;
    }
    let word_start = text
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic() || c == '.')
        .last()
        .map(|(i, _)| i)?;
    let word = text[word_start..].trim_start_matches('.');
    let lower = word.to_lowercase();
    let lists = &*LISTS;
    if lists.continues.contains(&lower) {
        Some(Abbreviation::Continues)
    } else if lists.before_number.contains(&lower) {
        Some(Abbreviation::BeforeNumber)
    } else if lists.ambiguous.contains(&lower) || is_initials(word) {
        Some(Abbreviation::Ambiguous)
    } else {
        None
    }
}

/// "J", "U.S", "U.K": capital letters one at a time, separated by periods.
fn is_initials(word: &str) -> bool {
    word.split('.').all(|letter| {
        let mut chars = letter.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
    })
}

/// Whether `text` starts with a word that usually opens a sentence ("The", "They"), and not
/// with an initial such as the "A." of "J. A. Smith".
fn opens_sentence(text: &str) -> bool {
    let text = text.trim_start_matches(['"', '\'', '“', '‘', '(', '[', '«']);
    let word_end = text
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(text.len());
    let word = &text[..word_end];
    !text[word_end..].starts_with('.') && LISTS.openers.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        sentence_bound_indices(text)
            .into_iter()
            .map(|(_, piece)| piece.trim())
            .filter(|piece| !piece.is_empty())
            .collect()
    }

    #[test]
    fn pieces_cover_the_text_with_their_byte_offsets() {
        let text = "Mr. Brown’s £5 fee. Café Col. Ivanov! Then?  ";
        let pieces = sentence_bound_indices(text);
        let mut end = 0;
        for &(start, piece) in &pieces {
            assert_eq!(start, end);
            assert_eq!(&text[start..start + piece.len()], piece);
            end = start + piece.len();
        }
        assert_eq!(end, text.len());
        assert_eq!(
            sentences(text),
            ["Mr. Brown’s £5 fee.", "Café Col. Ivanov!", "Then?"]
        );
    }

    #[test]
    fn spans_are_trimmed_char_ranges() {
        let text = "  Café. Dr. Né here.";
        let index = CharIndex::new(text);
        let spans = sentence_spans(text);
        let texts: Vec<&str> = spans.iter().map(|&s| index.slice(text, s)).collect();
        assert_eq!(texts, ["Café.", "Dr. Né here."]);
        assert_eq!(spans[0], Span::new(2, 7));
    }

    #[test]
    fn hard_wrapped_lines_join_but_blank_lines_and_full_stops_do_not() {
        assert_eq!(
            sentences("The minister said\nthat it was over. Next\none.\n\nNew para"),
            [
                "The minister said\nthat it was over.",
                "Next\none.",
                "New para"
            ]
        );
    }

    #[test]
    fn an_ellipsis_ends_a_sentence_before_a_capital_only() {
        assert_eq!(
            sentences("They fell… Then rose… and rose. Wait... what? Done... Next."),
            [
                "They fell…",
                "Then rose… and rose.",
                "Wait... what?",
                "Done...",
                "Next."
            ]
        );
    }

    #[test]
    fn numbers_decide_after_dates_and_numbers() {
        assert_eq!(
            sentences("It was Jan. 5 when we met. The answer was No. Then more."),
            [
                "It was Jan. 5 when we met.",
                "The answer was No.",
                "Then more."
            ]
        );
    }
}

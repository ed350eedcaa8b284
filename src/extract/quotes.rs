//! Direct quotations and who said them.

use super::lexicon::LEXICON;
use super::text::{Token, TokenKind};
use crate::facts::EntityKind;

/// A quotation found in a zone, byte offsets into the text.
#[derive(Clone, Debug)]
pub(crate) struct RawQuote {
    /// The quoted words (inside the marks, a closing comma left out).
    pub start: usize,
    pub end: usize,
    pub open_token: usize,
    pub close_token: usize,
}

/// A named mention the attribution can point at, byte offsets into the text.
#[derive(Clone, Debug)]
pub(crate) struct Named {
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    pub canonical: String,
    /// Bylines and credits do not speak.
    pub speaks: bool,
}

fn is_open(c: char) -> bool {
    matches!(c, '"' | '“' | '„')
}

fn is_close(c: char) -> bool {
    matches!(c, '"' | '”')
}

/// The quotations in one zone, in order. Straight quotes pair up in order; curly ones by shape.
pub(crate) fn find_quotes(text: &str, tokens: &[Token]) -> Vec<RawQuote> {
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None;
    for (i, t) in tokens.iter().enumerate() {
        let TokenKind::Punct(c) = t.kind else {
            continue;
        };
        match open {
            None if is_open(c) => open = Some(i),
            Some(o) if is_close(c) => {
                open = None;
                if i > o + 1 {
                    let start = tokens[o + 1].start;
                    let mut last = i - 1;
                    while last > o + 1 && matches!(tokens[last].kind, TokenKind::Punct(',')) {
                        last -= 1;
                    }
                    quotes.push(RawQuote {
                        start,
                        end: tokens[last].end,
                        open_token: o,
                        close_token: i,
                    });
                }
            }
            Some(_) if c == '“' => open = Some(i),
            _ => {}
        }
    }
    let _ = text;
    quotes
}

/// A quotation that is a name or title ("Birlestik-2024", "Islamic State of Iraq and the
/// Levant"), not reported speech.
pub(crate) fn is_title_like(text: &str, tokens: &[Token], quote: &RawQuote) -> bool {
    let inner = &tokens[quote.open_token + 1..quote.close_token];
    let words: Vec<&str> = inner
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.text(text))
        .collect();
    if words.is_empty() {
        return true;
    }
    words.len() <= 10
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase())
                || matches!(
                    *w,
                    "of" | "the" | "and" | "for" | "in" | "on" | "de" | "a" | "an" | "to"
                )
        })
}

/// Who is speaking in an attribution, as far as one zone can tell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Attribution {
    Named(String),
    /// An unnamed speaker ("the commander of a unit told ..."): not labelled.
    Anonymous,
    /// "he said": resolved against the people mentioned before.
    Pronoun(usize),
    None,
}

pub(crate) struct Attributor<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// Named mentions in this zone, sorted by start.
    pub named: &'a [Named],
}

impl Attributor<'_> {
    fn word(&self, i: usize) -> String {
        self.tokens
            .get(i)
            .map_or(String::new(), |t| t.text(self.text).to_lowercase())
    }

    fn is_speech_verb(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        t.is_word() && !t.cap && LEXICON.speech_verbs.contains(self.word(i).as_str())
            || (t.is_word() && self.word(i) == "according" && self.word(i + 1) == "to")
    }

    /// The first person (else organisation) mention inside the byte range.
    fn speaker_in(&self, start: usize, end: usize) -> Option<String> {
        let inside = |m: &&Named| m.start >= start && m.end <= end && m.speaks;
        self.named
            .iter()
            .filter(inside)
            .find(|m| m.kind == EntityKind::Person)
            .or_else(|| {
                self.named
                    .iter()
                    .filter(inside)
                    .find(|m| m.kind == EntityKind::Organization)
            })
            .map(|m| m.canonical.clone())
    }

    fn sentence_end_after(&self, from: usize) -> usize {
        let mut i = from;
        while i < self.tokens.len() {
            let t = &self.tokens[i];
            if matches!(t.kind, TokenKind::Punct('.' | '!' | '?')) && !t.rank {
                return i;
            }
            if let TokenKind::Punct(c) = t.kind
                && is_open(c)
                && i > from
                && self.tokens.get(i + 1).is_some_and(|n| n.cap)
                && t.space_before
            {
                return i;
            }
            i += 1;
        }
        i
    }

    /// The attribution after the closing mark: `, said X`, `X told Y`, `he added`.
    pub fn after(&self, quote: &RawQuote) -> Attribution {
        let from = quote.close_token + 1;
        let end = self.sentence_end_after(from);
        let Some(verb) = (from..end).find(|&i| self.is_speech_verb(i)) else {
            return Attribution::None;
        };
        let byte = |i: usize| self.tokens.get(i).map_or(self.text.len(), |t| t.start);
        if verb - from > 14 {
            return Attribution::None;
        }
        if self.word(verb) == "according" {
            return match self.speaker_in(byte(verb), byte(end)) {
                Some(name) => Attribution::Named(name),
                None => Attribution::Anonymous,
            };
        }
        let subject: Vec<usize> = (from..verb).filter(|&i| self.tokens[i].is_word()).collect();
        if subject.is_empty() {
            // ", said Kazakh Minister of Defence Saken Zhasuzakov."
            return match self.speaker_in(byte(verb), byte(end)) {
                Some(name) => Attribution::Named(name),
                None => Attribution::Anonymous,
            };
        }
        if subject.len() == 1 && matches!(self.word(subject[0]).as_str(), "he" | "she") {
            return Attribution::Pronoun(self.tokens[subject[0]].start);
        }
        match self.speaker_in(byte(from), byte(verb)) {
            Some(name) => Attribution::Named(name),
            None => Attribution::Anonymous,
        }
    }

    /// The attribution before the opening mark, in the same sentence: `X said: "..."`,
    /// `The ministry highlighted ...: "..."`.
    pub fn before(&self, quote: &RawQuote) -> Attribution {
        let mut start = quote.open_token;
        while start > 0 {
            let t = &self.tokens[start - 1];
            if matches!(t.kind, TokenKind::Punct('.' | '!' | '?')) && !t.rank {
                break;
            }
            if let TokenKind::Punct(c) = t.kind
                && is_close(c)
            {
                break;
            }
            start -= 1;
        }
        let Some(verb) = (start..quote.open_token)
            .rev()
            .find(|&i| self.is_speech_verb(i))
        else {
            return Attribution::None;
        };
        let byte = |i: usize| self.tokens.get(i).map_or(self.text.len(), |t| t.start);
        if self.word(verb) == "according" {
            return match self.speaker_in(byte(verb), byte(quote.open_token)) {
                Some(name) => Attribution::Named(name),
                None => Attribution::None,
            };
        }
        let subject_end = byte(verb);
        let last_named = self
            .named
            .iter()
            .filter(|m| m.start >= byte(start) && m.end <= subject_end && m.speaks)
            .rfind(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization));
        match last_named {
            Some(m) => Attribution::Named(m.canonical.clone()),
            None if verb > start && matches!(self.word(verb - 1).as_str(), "he" | "she") => {
                Attribution::Pronoun(self.tokens[verb - 1].start)
            }
            None => Attribution::None,
        }
    }
}

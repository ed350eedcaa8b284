//! Titles of works in quotation marks: `the novel "Edith Harrow"`, `her album "Vienna"`,
//! `"Lucia Ferrante", a nine-metre canvas`. The marks bound the title and the noun of its kind
//! says what it is, so nothing inside is a person, place or body, however it is written.

use super::Reader;
use super::tokens::work_noun_at;
use crate::extract::text::TokenKind;

/// The most words a quoted title runs to; a longer quotation is rather speech.
const LONGEST_TITLE: usize = 8;

/// Words that may stand between a title's closing mark and the noun of its kind after it ("a
/// nine-metre canvas", "her debut album").
const APPOSITION_OPENERS: [&str; 7] = ["a", "an", "the", "his", "her", "their", "its"];

impl Reader<'_> {
    /// The title, as the tokens inside its quotation marks, where the name at `a..b` stands in
    /// one: every word of the quotation capitalised or a small word, with the noun of a kind of
    /// work just before the opening mark or in an apposition after the closing one.
    pub(super) fn quoted_title(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let opening = (a.saturating_sub(LONGEST_TITLE)..a)
            .rev()
            .find(|&k| !self.is_title_word(k))
            .filter(|&k| self.opens_a_quotation(k))?;
        let closing = (b..(opening + LONGEST_TITLE + 2).min(self.tokens.len()))
            .find(|&k| !self.is_title_word(k))
            .filter(|&k| self.closes_a_quotation(k))?;
        let (first, end) = (opening + 1, closing);
        let noun_before =
            opening > 0 && work_noun_at(self.text, self.tokens, opening - 1, self.lex);
        let comma_inside = self.tokens[closing - 1].is_punct(',');
        let noun_after = self.work_noun_in_apposition(closing + 1, comma_inside);
        (noun_before || noun_after).then_some((first, end))
    }

    /// A word of a title: capitalised, a small word of one ("in", "of", "the"), a number, or
    /// the marks titles hold ("Lagos, Slowly", "Florence + the Machine", "Ruth Dallas: ...").
    fn is_title_word(&self, k: usize) -> bool {
        let Some(t) = self.tokens.get(k) else {
            return false;
        };
        match t.kind {
            TokenKind::Word => t.cap || self.lex.function_words.contains(self.lower(k).as_ref()),
            TokenKind::Number | TokenKind::Possessive => true,
            TokenKind::Punct(c) => matches!(c, ',' | ':' | '&' | '+' | '-' | '\''),
        }
    }

    fn opens_a_quotation(&self, k: usize) -> bool {
        let next_touches = self.tokens.get(k + 1).is_some_and(|t| !t.space_before);
        matches!(self.tokens[k].kind, TokenKind::Punct('"' | '“')) && next_touches
    }

    fn closes_a_quotation(&self, k: usize) -> bool {
        let t = &self.tokens[k];
        matches!(t.kind, TokenKind::Punct('"' | '”')) && !t.space_before
    }

    /// `", a nine-metre canvas"`: from token `k`, a comma (unless the quotation held it), a
    /// determiner and up to three lowercase words, then the noun of a kind of work.
    fn work_noun_in_apposition(&self, k: usize, comma_inside: bool) -> bool {
        let k = if comma_inside {
            k
        } else if self.tokens.get(k).is_some_and(|t| t.is_punct(',')) {
            k + 1
        } else {
            return false;
        };
        if !self.lowercase_word_in(k, &APPOSITION_OPENERS) {
            return false;
        }
        (k + 1..(k + 5).min(self.tokens.len()))
            .take_while(|&i| self.tokens[i].is_word() && !self.tokens[i].cap)
            .any(|i| work_noun_at(self.text, self.tokens, i, self.lex))
    }
}

//! An office's portfolio: the English words after "Minister for", "Secretary of State for" or
//! "Minister of" that say what the office is over ("Minister for Housing, Local Government and
//! Heritage Aoife Ní Bhriain", "Minister of Labour Ana Costa"). They are part of the holder's
//! role, not bodies, places or parties of their own, and the name after them is the holder's.

use super::{CUE, Reader, ZoneNames};
use crate::extract::dates::with_lowercase;
use crate::facts::PlaceType;

/// Portfolios' words that the common-word list leaves out, as British spellings or as names
/// of bodies, parties or titles.
pub(super) const PORTFOLIO_WORDS: [&str; 13] = [
    "Government",
    "Labour",
    "Labor",
    "Defence",
    "Justice",
    "Enterprise",
    "Home",
    "Commerce",
    "Welfare",
    "Treasury",
    "Land",
    "Gaeltacht",
    "Co-operation",
];

const PORTFOLIO_WHY: &str = "a name after an office and its portfolio (\"Minister for Housing, \
                             Local Government and Heritage Aoife Ní Bhriain\")";

impl Reader<'_> {
    /// Reads the chunk `a..b` when it stands in an office's portfolio: all portfolio words, it
    /// names nothing; portfolio words then a name, the name is the office holder's. Whether
    /// it was read so.
    pub(super) fn in_a_portfolio(&self, a: usize, b: usize, out: &mut ZoneNames) -> bool {
        // The list's earlier words may end a chunk of their own ("... and Heritage" before
        // "Aoife Ní Bhriain").
        let mut first = a;
        while first > 0 && self.is_portfolio_word(first - 1) {
            first -= 1;
        }
        // Or the chunk holds the office and the list's first item, and the list goes on to a
        // name ("Minister for Enterprise" before ", Trade and Employment Ciarán Ó Briain").
        let own_office = || {
            (a + 1..b)
                .find(|&k| {
                    self.lowercase_word_in(k, &["for", "of"])
                        && self.office_before(k).is_some_and(|office| office >= a)
                })
                .filter(|&k| {
                    k + 1 < b
                        && (k + 1..b).all(|w| self.is_portfolio_word(w))
                        && self.list_goes_on_to_a_name(b)
                })
        };
        let (connector, words_from) = match self.portfolio_opened_before(first) {
            Some(connector) => (connector, a),
            None => match own_office() {
                Some(connector) => (connector, connector + 1),
                None => return false,
            },
        };
        let name = (words_from..b)
            .find(|&k| !self.is_portfolio_word(k))
            .unwrap_or(b);
        if name == first {
            // ("Minister for Scotland", "Minister of Kazakhstan": a place, read as one.)
            return false;
        }
        if name < b {
            if !self.is_cap_word(name) {
                return false;
            }
            let office = self.office_before(connector).unwrap_or(connector - 1);
            let role_start = self.role_start_before(office + 1).unwrap_or(office);
            let role = self.clean_role(role_start, name);
            self.push_person(out, name, b, role);
            Self::mark(out, CUE, PORTFOLIO_WHY);
        }
        true
    }

    /// Whether token `k` can be a portfolio's word: a capitalised English word that names
    /// no country or region and is no given name ("Housing", "Rural", "Affairs", and
    /// "Enterprise" though a town has the name).
    fn is_portfolio_word(&self, k: usize) -> bool {
        let word = self.word(k);
        self.is_cap_word(k)
            && (self.lex.is_capitalised_common_word(word) || PORTFOLIO_WORDS.contains(&word))
            && self
                .lex
                .places
                .get(word)
                .is_none_or(|p| p.place_type == PlaceType::City)
            && !self.lex.is_given_name(word)
    }

    /// The "for" or "of" after an office that opens the portfolio list the chunk at `a` is an
    /// item of, past the earlier items and their commas and "and".
    fn portfolio_opened_before(&self, a: usize) -> Option<usize> {
        let mut item = a;
        for _ in 0..6 {
            let before = item.checked_sub(1)?;
            if self.lowercase_word_in(before, &["for", "of"]) {
                return self.office_before(before).map(|_| before);
            }
            let joins = self.tokens[before].is_punct(',')
                || self.tokens[before].is_punct('&')
                || self.lowercase_word_in(before, &["and"]);
            if !joins {
                return None;
            }
            let mut first = before;
            while first > 0 && self.is_portfolio_word(first - 1) {
                first -= 1;
            }
            if first == before {
                return None;
            }
            item = first;
        }
        None
    }

    /// Whether the portfolio list goes on from token `at` through more items and "and" to a
    /// name: ", Trade and Employment Ciarán", not ", Filippo Grandi, said".
    fn list_goes_on_to_a_name(&self, at: usize) -> bool {
        let (mut and, mut words) = (false, 0);
        let mut k = at;
        while k < self.tokens.len().min(at + 12) {
            if self.tokens[k].is_punct(',') {
            } else if self.tokens[k].is_punct('&') || self.lowercase_word_in(k, &["and"]) {
                and = true;
            } else if self.is_portfolio_word(k) {
                words += 1;
            } else {
                break;
            }
            k += 1;
        }
        and && words > 0 && self.is_cap_word(k)
    }

    /// The office's word before the portfolio's "for" or "of" at `connector`: "Minister",
    /// "Professor", or "State" of "Secretary of State".
    fn office_before(&self, connector: usize) -> Option<usize> {
        let office = connector.checked_sub(1)?;
        let word = self.word(office);
        let is_office = self.tokens[office].cap
            && (self.lex.is_office_title(word)
                || with_lowercase(word, |w| self.lex.role_nouns.contains_key(w)));
        let of_state = word == "State"
            && office >= 2
            && self.lowercase_word_in(office - 1, &["of"])
            && self.lex.is_office_title(self.word(office - 2));
        (is_office || of_state).then_some(office)
    }
}

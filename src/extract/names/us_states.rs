//! The US states as news copy abbreviates them: after a town ("Fresno, Calif.", "Austin, TX")
//! and in a lawmaker's party-and-state tag ("Rep. Jim Jordan, R-Ohio", "(D-N.M.)"); the
//! Canadian provinces and Australian states after a town ("Moncton, N.B.", "Dubbo, NSW"). Each
//! is a place under the state's or province's name, and the town before one is a town.

use super::{CUE, LISTED, Mention, Reader, ZoneNames};
use crate::facts::{EntityKind, PlaceType};

const STATE_WHY: &str = "a US state, Canadian province or Australian state as news copy \
                         abbreviates it, after a town (\"Fresno, Calif.\", \"Dubbo, NSW\") or \
                         a party's letter (\"R-Ohio\")";
const TOWN_WHY: &str = "a town before its state (\"Fresno, Calif.\")";

/// Whether `written` is a postal code ("CA"): two capitals, which could be other things, so
/// only a tag or a town before one and no word after it make them a state. (Other places'
/// codes after a town, "Washington, DC", are `Reader::piece`'s.)
fn is_postal_code(written: &str) -> bool {
    written.len() == 2 && written.bytes().all(|b| b.is_ascii_uppercase())
}

impl Reader<'_> {
    pub(super) fn us_states_abbreviated(&self, out: &mut ZoneNames) {
        for i in 0..self.tokens.len() {
            let t = &self.tokens[i];
            if !t.is_word() || !t.cap {
                continue;
            }
            let after_opener =
                i > 0 && (self.tokens[i - 1].is_punct('(') || self.tokens[i - 1].is_punct(','));
            if after_opener && let Some((end, state)) = self.party_tag(i) {
                self.push_state(out, t.start + 2, end, state);
            } else if let Some((end, state, postal)) = self.state_after_a_town(i) {
                let town = &self.tokens[i - 2];
                let read_as = out
                    .mentions
                    .iter()
                    .find(|m| m.start < town.end && m.end > town.start)
                    .map(|m| m.kind);
                // ("Tom Molomby, SC, said": a person's letters after the name. A postal code
                // needs a town the article reads as one, or a listed one.)
                let listed_town = || self.lex.places.contains_key(self.word(i - 2));
                match read_as {
                    Some(EntityKind::Place) => {}
                    None if !postal || listed_town() => {}
                    _ => continue,
                }
                self.push_state(out, t.start, end, state);
                if read_as.is_none() {
                    let mut first = i - 2;
                    while first > 0 && i - first < 4 && self.opens_no_town(first - 1) {
                        first -= 1;
                    }
                    let town = self.key(first, i - 1).into_owned();
                    self.push_place(out, first, i - 1, town, PlaceType::City);
                    Self::mark(out, CUE, TOWN_WHY);
                }
            }
        }
    }

    /// Whether token `k` is a capitalised word a town's name can hold ("Palm" of "Palm
    /// Springs, Calif."), not a grammar word opening a sentence ("In").
    fn opens_no_town(&self, k: usize) -> bool {
        self.is_cap_word(k) && !self.lex.function_words.contains(self.lower(k).as_ref())
    }

    /// The state in the tag that token `i` opens ("R-Ohio", "D-Calif.", "I-Vt.", "D-N.M.",
    /// "R-TX"): where it ends, and its name, when the tag ends at a comma, a bracket or a space.
    pub(super) fn party_tag(&self, i: usize) -> Option<(usize, &'static str)> {
        let t = &self.tokens[i];
        let word = self.word(i);
        if !matches!(word.as_bytes(), [b'D' | b'R' | b'I', b'-', second, ..] if second.is_ascii_uppercase())
        {
            return None;
        }
        let from = t.start + 2;
        let rest = &self.text[from..];
        let len = rest
            .find(|c: char| matches!(c, ',' | ')' | ';') || c.is_whitespace())
            .unwrap_or(rest.len());
        let written = &rest[..len];
        // ("R-Texas." ends its sentence with the full name's stop.)
        let (written, len) = match self.lex.us_states.get(written) {
            Some(_) => (written, len),
            None => (written.strip_suffix('.')?, len - 1),
        };
        let state = self.lex.us_states.get(written)?;
        Some((from + len, state))
    }

    /// The state that token `i` abbreviates after a capitalised town and a comma ("Fresno,
    /// Calif.", "Albany, N.Y.", "Austin, TX"): where it ends, with its stop, its name, and
    /// whether it is written as a postal code. Not
    /// a state written in full, which the places gazetteer holds, nor a postal code before a
    /// word ("Portland, OR the").
    fn state_after_a_town(&self, i: usize) -> Option<(usize, &'static str, bool)> {
        if i < 2 || !self.tokens[i - 1].is_punct(',') || !self.opens_no_town(i - 2) {
            return None;
        }
        let word = self.word(i);
        let stop = self
            .tokens
            .get(i + 1)
            .filter(|t| t.is_punct('.') && !t.space_before);
        let (written, end) = match stop {
            Some(stop) => (&self.text[self.tokens[i].start..stop.end], stop.end),
            None => (word, self.tokens[i].end),
        };
        let state = self.lex.us_states.get(written)?;
        let abbreviated = written.ends_with('.');
        // ("Townsville, Qld", "Dubbo, NSW": a short form written without a stop is as weak.)
        let undotted_short_form = written.len() <= 4 && !abbreviated && *state != written;
        let postal = (is_postal_code(written) || undotted_short_form)
            && self.tokens.get(i + 1).is_none_or(|t| !t.is_word());
        if !(abbreviated || postal) {
            return None;
        }
        Some((end, state, postal))
    }

    fn push_state(&self, out: &mut ZoneNames, start: usize, end: usize, state: &'static str) {
        out.forget_inside(start, end);
        out.mentions.push(Mention {
            kind: EntityKind::Place,
            place_type: Some(PlaceType::Region),
            ..Mention::body(start, end, state.to_owned(), LISTED, STATE_WHY)
        });
    }
}

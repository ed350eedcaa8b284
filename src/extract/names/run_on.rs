//! A body's name run on into a person's: "Chief executive of Oxfam Kwabena Mensah said", "a
//! psychology major at Northwestern University Amneh Jafari". News writes a job before the name
//! with no comma, so one run of capitalised words holds both.

use super::FastSet;
use super::Reader;

impl<'a> Reader<'a> {
    /// Where the person's name starts in the chunk `a..b`, when the chunk is a body's name and
    /// then two or three words of a person's whom the article also calls by the last word alone
    /// ("Mensah said", "Ms Jafari"). The body's part is a listed organisation or holds a body's
    /// cue word ("University", "Council").
    pub(super) fn person_after_body(&self, a: usize, b: usize) -> Option<usize> {
        if b - a < 3 {
            return None;
        }
        if !self.lone_surnames().contains(self.word(b - 1)) {
            return None;
        }
        (b.saturating_sub(3).max(a + 1)..=b - 2).find(|&k| {
            let person_words = (k..b).all(|i| {
                let w = self.word(i);
                self.tokens[i].cap
                    && !self.is_function_word(i)
                    && !self.lex.org_cues.contains(w)
                    && !self.lex.places.contains_key(w)
                    && !self.lex.organizations.contains_key(w)
                    && !self.lex.is_title(w)
                    && !self.lex.is_office_title(w)
                    && !self.lex.is_capitalised_common_word(w)
            });
            let body = self.lex.organizations.contains_key(self.key(a, k).as_ref())
                || (a..k).any(|i| self.tokens[i].cap && self.lex.org_cues.contains(self.word(i)));
            person_words && body && self.tokens[k].space_before
        })
    }

    /// The capitalised words the zone writes alone as a person's surname is written: before a
    /// speech verb ("Mensah said") or after an honorific ("Ms Jafari"). Found once a zone, on
    /// the first ask: a chunk's own last word is never alone, so it is never among them.
    fn lone_surnames(&self) -> &FastSet<&'a str> {
        self.lone_surnames.get_or_init(|| {
            (0..self.tokens.len())
                // (The word lookups come last: most tokens are no capitalised word alone.)
                .filter(|&j| self.is_cap_word(j) && !self.is_cap_word(j + 1))
                .filter(|&j| {
                    let after_honorific = j > 0 && self.honorific_at(j - 1);
                    (j == 0 || !self.is_cap_word(j - 1) || after_honorific)
                        && (after_honorific
                            || self.lex.speech_verbs.contains(self.lower(j + 1).as_ref()))
                })
                .map(|j| self.word(j))
                .collect()
        })
    }

    fn honorific_at(&self, i: usize) -> bool {
        self.lex
            .honorifics
            .contains(self.word(i).trim_end_matches('.'))
    }
}

//! Token-level helpers every name reader shares: a token's word, its lower case, the words of a
//! range as a key or as printed, and whether a word can be part of a name; and the casing and
//! spacing clean-ups of a name's text. Kept apart so that the classifiers read as rules about
//! names, not about token arithmetic.

use super::Reader;
use crate::extract::dates::{ascii_lower, is_weekday, month_of, with_lowercase};
use crate::extract::lexicon::{LEXICON, Lexicon};
use crate::extract::text::{Token, TokenKind};
use crate::facts::PlaceType;
use std::borrow::Cow;

/// "Jan Egeland", "Jun Wang": a month's abbreviation that is a given name, before a surname and
/// after no number or word that dates it ("on Jan 5", "since Jan"). Whole months ("May",
/// "June") stay months: "In May Tony Blair won" is far commoner than a woman named May.
fn month_abbreviation_as_given_name(text: &str, tokens: &[Token], i: usize) -> bool {
    const DATING: [&str; 12] = [
        "on", "in", "since", "until", "by", "from", "to", "of", "early", "late", "mid", "last",
    ];
    let word = tokens[i].text(text);
    let surname = tokens
        .get(i + 1)
        .filter(|t| t.is_word() && t.cap && t.space_before && month_of(t.text(text)).is_none());
    let dated = i > 0 && {
        let before = &tokens[i - 1];
        before.kind == TokenKind::Number
            || (before.is_word() && DATING.contains(&ascii_lower(before.text(text), &mut [0; 24])))
    };
    word.len() == 3
        && word != "May"
        && LEXICON.given_names.contains(word)
        && surname.is_some_and(|t| !is_weekday(t.text(text)))
        && !dated
}

/// "Viña del Mar", "Mar del Plata": a month's abbreviation inside a listed place's name of
/// words spaced apart.
fn month_word_in_a_listed_place(text: &str, tokens: &[Token], i: usize) -> bool {
    (i.saturating_sub(3)..=i).any(|from| {
        (i + 1..=(from + 4).min(tokens.len())).any(|to| {
            to - from >= 2
                && tokens[from..to].iter().all(Token::is_word)
                && tokens[from + 1..to].iter().all(|t| t.space_before)
                && LEXICON
                    .places
                    .contains_key(&text[tokens[from].start..tokens[to - 1].end])
        })
    })
}

impl<'a> Reader<'a> {
    pub(super) fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// The word in lower case, borrowed when it already is (most words are).
    pub(super) fn lower(&self, i: usize) -> Cow<'_, str> {
        let word = self.word(i);
        if word.is_ascii() && !word.is_empty() {
            let t = &self.tokens[i];
            return Cow::Borrowed(
                &self.ascii_lowered[t.start - self.lowered_from..t.end - self.lowered_from],
            );
        }
        if word.chars().any(char::is_uppercase) {
            Cow::Owned(word.to_lowercase())
        } else {
            Cow::Borrowed(word)
        }
    }

    /// Where a name at token `a` opens when initials a hyphen joins to it come first ("U.S." of
    /// "the U.S.-India Strategic Partnership Forum"): the tokeniser keeps them apart.
    pub(super) fn start_with_initials_joined(&self, a: usize) -> usize {
        let joined = a >= 2
            && self.tokens[a - 1].is_punct('-')
            && !self.tokens[a - 1].space_before
            && !self.tokens[a].space_before
            && self.tokens[a - 2].cap;
        if joined { a - 2 } else { a }
    }

    /// Whether the "and" at token `and` joins two parts of one portfolio, whose last word,
    /// "Affairs", comes within two words after it and before `end` ("for European and Eurasian
    /// Affairs"; a list with commas is read as portfolios are, "for Environment, Food and Rural
    /// Affairs").
    pub(super) fn portfolio_over_and(&self, and: usize, end: usize) -> bool {
        and > 0
            && self.word(and - 1) != "Affairs"
            && (and + 2..end.min(and + 4)).any(|k| self.word(k) == "Affairs")
            && !(and.saturating_sub(3)..and).any(|k| self.tokens[k].is_punct(','))
    }

    /// Whether token `i` is an uncapitalised word among `words` ("regime", "said").
    pub(super) fn lowercase_word_in(&self, i: usize, words: &[&str]) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is_word() && !t.cap)
            && words.contains(&self.lower(i).as_ref())
    }

    /// One or two spaced lowercase words from token `i` that `small` accepts (given each
    /// token's index and word), then a spaced capitalised word ("de la" of "Juan de la Cruz",
    /// "des" of "Palais des Nations"): how many small words there are.
    pub(super) fn small_words_before_a_name(
        &self,
        i: usize,
        small: impl Fn(usize, &str) -> bool,
    ) -> Option<usize> {
        let n = (i..i + 2)
            .take_while(|&k| {
                self.tokens
                    .get(k)
                    .is_some_and(|t| t.is_word() && !t.cap && t.space_before)
                    && small(k, self.word(k))
            })
            .count();
        (n > 0 && self.is_cap_word(i + n) && self.tokens[i + n].space_before).then_some(n)
    }

    /// Whether the lowercase words `seq` stand in a row from token `i` ("of the", "de la").
    pub(super) fn lowercase_run_at(&self, i: usize, seq: &[&str]) -> bool {
        seq.iter().enumerate().all(|(k, w)| {
            self.tokens
                .get(i + k)
                .is_some_and(|t| t.is_word() && !t.cap && self.word(i + k) == *w)
        })
    }

    /// The type of place whose name token `i` alone opens: a listed prefix's ("Cape",
    /// "Lake", "Mount"), a camp's (a site), a port's (a town), or a fort's: a base one is
    /// "at" ("at Fort Stewart"), a town one is "in" ("in Fort William").
    pub(super) fn place_opened_by(&self, i: usize) -> Option<PlaceType> {
        let at = i > 0 && self.word(i - 1) == "at";
        match self.word(i) {
            "Camp" => Some(PlaceType::Facility),
            "Fort" if at => Some(PlaceType::Facility),
            "Fort" | "Port" => Some(PlaceType::City),
            word => self.lex.place_prefix_type(word),
        }
    }

    /// A capitalised word that can be part of a name (not a rank, month, weekday or date).
    pub(super) fn is_cap_word(&self, i: usize) -> bool {
        self.cap_words.get(i).copied().unwrap_or(false)
    }

    pub(super) fn compute_cap_words(
        tokens: &[Token],
        text: &str,
        date_tokens: &[usize],
    ) -> Vec<bool> {
        tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                if !t.is_word() || !t.cap || t.rank {
                    return false;
                }
                let w = t.text(text);
                // "I’ll", "I'd": the pronoun's contractions, however the apostrophe is printed.
                let pronoun = ["I'", "I’"].iter().any(|p| {
                    w.strip_prefix(p).is_some_and(|rest| {
                        rest.len() <= 2 && rest.bytes().all(|c| c.is_ascii_lowercase())
                    })
                });
                // ("from Thursdays to Saturday nights": days that come round again.)
                let weekdays = w.strip_suffix('s').is_some_and(is_weekday);
                !pronoun
                    && !weekdays
                    && (month_of(w).is_none()
                        || month_abbreviation_as_given_name(text, tokens, i)
                        || month_word_in_a_listed_place(text, tokens, i))
                    && (!is_weekday(w) || date_word_in_a_name(text, tokens, i, &LEXICON))
                    && date_tokens.binary_search(&i).is_err()
            })
            .collect()
    }

    /// "Speaking after the match", "Following Tuesday's vote": a sentence opening with a verb
    /// in -ing before a grammar word or another name. Not "Issing said", "Beijing's plan":
    /// a name in -ing before a verb or a possessive.
    pub(super) fn opens_with_a_gerund(&self, i: usize) -> bool {
        // "Boeing Co said", "Reading beat Barnsley": a listed name is no gerund; nor is a word
        // English lacks ("Stirling Council said", "Ealing Council").
        if !self.lower(i).ends_with("ing")
            || !self.lex.is_capitalised_common_word(self.word(i))
            || self.lex.organizations.contains_key(self.word(i))
            || self.lex.places.contains_key(self.word(i))
        {
            return false;
        }
        match self.tokens.get(i + 1) {
            Some(next) if next.kind == TokenKind::Possessive => false,
            Some(next) if next.is_word() && !next.cap => self.is_function_word(i + 1),
            _ => true,
        }
    }

    /// Whether the capitalised English word at `i` is read as the word, not a name, by what
    /// follows it: "News of", "Booking a flight", "Coherent policies".
    pub(super) fn word_opening_a_phrase(&self, i: usize) -> bool {
        if !self.lex.is_capitalised_common_word(self.word(i)) {
            return false;
        }
        // "Unison general secretary Dave Prentis": a listed body before its officer's title.
        let officer_after = || {
            (i + 1..(i + 3).min(self.tokens.len())).any(|k| {
                self.tokens[k].is_word()
                    && !self.tokens[k].cap
                    && self.lex.role_nouns.contains_key(self.lower(k).as_ref())
            })
        };
        if self.lex.organizations.contains_key(self.word(i)) && officer_after() {
            return false;
        }
        match self.tokens.get(i + 1) {
            Some(next) if next.is_word() && !next.cap => {
                matches!(self.lower(i + 1).as_ref(), "of" | "a" | "an" | "the")
                    || self.describes_noun_after(i + 1)
            }
            _ => false,
        }
    }

    pub(super) fn is_function_word(&self, i: usize) -> bool {
        let mut buf = [0u8; 24];
        self.lex
            .function_words
            .contains(ascii_lower(self.word(i), &mut buf))
    }

    /// The words `a..b` joined by single spaces: borrowed from the text when it is written so.
    pub(super) fn key(&self, a: usize, b: usize) -> Cow<'a, str> {
        let single_spaced = (a + 1..b).all(|i| {
            self.tokens[i].start == self.tokens[i - 1].end + 1
                && self.text.as_bytes()[self.tokens[i - 1].end] == b' '
        });
        if a < b && single_spaced {
            return Cow::Borrowed(&self.text[self.tokens[a].start..self.tokens[b - 1].end]);
        }
        let mut key = String::new();
        for i in a..b {
            let attached = match self.tokens[i].kind {
                TokenKind::Possessive | TokenKind::Punct(',') => true,
                // "St. Petersburg": an abbreviation's full stop.
                TokenKind::Punct('.') => !self.tokens[i].space_before,
                // "RFE/RL": a slash written between two words.
                TokenKind::Punct('/') => !self.tokens[i].space_before,
                _ => i > a && self.tokens[i - 1].is_punct('/') && !self.tokens[i].space_before,
            };
            if !key.is_empty() && !attached {
                key.push(' ');
            }
            key.push_str(self.word(i));
        }
        Cow::Owned(key)
    }

    pub(super) fn span_text(&self, a: usize, b: usize) -> &'a str {
        &self.text[self.tokens[a].start..self.tokens[b - 1].end]
    }

    /// Whether the capitalised words of `a..b` are all English words that are no names too:
    /// "Registered Apprenticeships", "Crime Act", a heading or a programme's name.
    pub(super) fn only_common_words(&self, a: usize, b: usize) -> bool {
        only_common_words(self.lex, (a..b).map(|i| (self.tokens[i].cap, self.word(i))))
    }

    /// Whether the name ending before token `b` is followed by a lowercase noun it describes
    /// ("Black borrowers", "Labor leaders"): a word that is no grammar word, verb form or
    /// speech verb.
    pub(super) fn describes_noun_after(&self, b: usize) -> bool {
        let Some(next) = self.tokens.get(b) else {
            return false;
        };
        let word = self.lower(b);
        next.is_word()
            && !next.cap
            && !self.is_function_word(b)
            && !word.ends_with("ing")
            && !word.ends_with("ed")
            && !self.lex.speech_verbs.contains(word.as_ref())
            && !matches!(
                word.as_ref(),
                "is" | "was" | "are" | "were" | "has" | "had" | "says"
            )
    }

    pub(super) fn has_connector(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| self.is_connector(i))
    }

    /// Whether token `i` inside a chunk joins its words ("of", "and"): neither a capitalised
    /// word nor a possessive nor the full stop of "St.".
    pub(super) fn is_connector(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        !t.cap && !matches!(t.kind, TokenKind::Possessive | TokenKind::Punct('.'))
    }
}

/// Whether the capitalised words of a name (given with whether each is capitalised) are all
/// English words that are no names too (`Lexicon::is_capitalised_common_word`); there must be
/// one.
pub(crate) fn only_common_words<'w>(
    lex: &Lexicon,
    words: impl Iterator<Item = (bool, &'w str)>,
) -> bool {
    let mut any = false;
    for (cap, word) in words {
        if cap {
            if !lex.is_capitalised_common_word(word) {
                return false;
            }
            any = true;
        }
    }
    any
}

pub(crate) fn collapse_spaces(text: &str) -> String {
    let bytes = text.as_bytes();
    let clean = !bytes.first().is_some_and(u8::is_ascii_whitespace)
        && !bytes.last().is_some_and(u8::is_ascii_whitespace)
        && !bytes.windows(2).any(|w| w[0] == b' ' && w[1] == b' ')
        && !bytes.iter().any(|&b| b != b' ' && b.is_ascii_whitespace())
        && text.is_ascii();
    if clean {
        return text.to_owned();
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a headline capitalises (nearly) every word of four letters or more, or is written in
/// capitals: then capitals mark no names in it.
pub(super) fn is_title_case(tokens: &[Token], text: &str) -> bool {
    let long: Vec<&str> = tokens
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.text(text))
        .filter(|w| w.chars().count() >= 4)
        .collect();
    let capitalised = long
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .count();
    long.len() >= 3 && capitalised * 5 >= long.len() * 4
}

/// Whether token `i` is the lowercase noun of a kind of work ("novel", "film", "album").
pub(crate) fn work_noun_at(text: &str, tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    let t = &tokens[i];
    t.is_word() && !t.cap && with_lowercase(t.text(text), |w| lex.work_nouns.contains(w))
}

/// Whether the name at token `a` follows the noun of the kind of work it is the title of ("her
/// novel Angel Catbird", "the film Doctor Zhivago", "the album Thriller"), its own article
/// between them too ("his novel The Line of Beauty"): a title, which readers do not take for a
/// person however it is written.
pub(crate) fn after_a_work_noun(text: &str, tokens: &[Token], a: usize, lex: &Lexicon) -> bool {
    (a > 0 && work_noun_at(text, tokens, a - 1, lex))
        || (a > 1
            && matches!(tokens[a - 1].text(text), "The" | "A" | "An")
            && work_noun_at(text, tokens, a - 2, lex))
}

/// Whether the word of a date at token `i` is a word of a name: of a listed body ("Mail on
/// Sunday") or between capitalised words ("the Good Friday Agreement").
pub(crate) fn date_word_in_a_name(text: &str, tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    date_word_at_an_end_of_a_listed_body(text, tokens, i, lex)
        || weekday_inside_a_name(text, tokens, i, lex)
}

/// "the Good Friday Agreement", "Ant and Dec's Saturday Night Takeaway": a weekday at token
/// `i` between a capitalised word (or a possessive) and another is a word of a name, not a
/// day. Not after a word of time or grammar: "Last Friday Mr Blair said".
fn weekday_inside_a_name(text: &str, tokens: &[Token], i: usize, lex: &Lexicon) -> bool {
    let joined = |t: &Token| t.space_before && t.start - tokens[i].end <= 1;
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    let next_word = next.text(text);
    if i == 0
        || !is_weekday(tokens[i].text(text))
        || !(next.is_word() && next.cap && joined(next))
        || month_of(next_word).is_some()
        || is_weekday(next_word)
    {
        return false;
    }
    let previous = &tokens[i - 1];
    previous.kind == TokenKind::Possessive
        || (previous.is_word()
            && previous.cap
            && month_of(previous.text(text)).is_none()
            && with_lowercase(previous.text(text), |w| !lex.function_words.contains(w)))
}

/// "Sheffield Wednesday", "USA Today", "Mail on Sunday", "the Sunday Express": the word of a
/// date at token `i` ends or opens a listed organisation's name (a club's, a paper's) of at
/// most four tokens, its other end a capitalised word.
fn date_word_at_an_end_of_a_listed_body(
    text: &str,
    tokens: &[Token],
    i: usize,
    lex: &Lexicon,
) -> bool {
    let listed =
        |first: &Token, last: &Token| lex.organizations.contains_key(&text[first.start..last.end]);
    let capitalised = |t: &&Token| t.is_word() && t.cap;
    let ends = (1..=3.min(i))
        .filter_map(|back| tokens.get(i - back).filter(capitalised))
        .any(|first| listed(first, &tokens[i]));
    ends || (1..=3)
        .filter_map(|ahead| tokens.get(i + ahead).filter(capitalised))
        .any(|last| listed(&tokens[i], last))
}

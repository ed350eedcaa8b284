//! Direct quotations and who said them.

use super::lexicon::{Gender, LEXICON};
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
    // Many outlets open every paragraph of a continuing quotation and close only the last:
    // a paragraph, or a sentence of it ("'A,' he said. 'B ..."), that opens with a quotation
    // mark left open is quoted to the paragraph's end.
    let opens_sentence =
        |o: usize| o == 0 || matches!(tokens[o - 1].kind, TokenKind::Punct('.' | '!' | '?' | ':'));
    if let Some(o) = open
        && o + 1 < tokens.len()
        && opens_sentence(o)
    {
        let mut last = tokens.len() - 1;
        while last > o + 1 && matches!(tokens[last].kind, TokenKind::Punct(',')) {
            last -= 1;
        }
        quotes.push(RawQuote {
            start: tokens[o + 1].start,
            end: tokens[last].end,
            open_token: o,
            close_token: tokens.len(),
        });
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
    /// "he said": resolved against the people mentioned before, of the pronoun's gender;
    /// "said the Scot", "the England midfielder said" ([`Attributor::described_person`]):
    /// against the people mentioned before, of any gender.
    Pronoun {
        at: usize,
        gender: Option<Gender>,
    },
    /// "the ministry said": the organisation named before whose name holds this head noun
    /// (the "Ministry of Defence"), if any; at the byte where it is said.
    Definite {
        head: String,
        at: usize,
    },
    /// "the Foreign Secretary said": the person named before whose role holds these words.
    Office {
        title: String,
        at: usize,
    },
    None,
}

/// A conjunction that opens a clause with a subject of its own ("..., while X called it").
fn opens_a_clause(word: &str) -> bool {
    matches!(
        word,
        "but" | "and" | "while" | "whereas" | "although" | "though"
    )
}

/// The gender "he" or "she" refers to.
fn pronoun_gender(word: &str) -> Option<Gender> {
    match word {
        "he" => Some(Gender::Male),
        "she" => Some(Gender::Female),
        _ => None,
    }
}

/// Nouns that head an organisation's name and stand for it once it has been named ("the
/// ministry", "the agency", "the council"; "the museum", for one named as a place).
const ORGANISATION_HEADS: [&str; 43] = [
    "agency",
    "airline",
    "army",
    "association",
    "authority",
    "bank",
    "board",
    "broadcaster",
    "bureau",
    "charity",
    "club",
    "college",
    "command",
    "commission",
    "committee",
    "company",
    "corporation",
    "council",
    "court",
    "department",
    "federation",
    "firm",
    "foundation",
    "gallery",
    "group",
    "hospital",
    "institute",
    "insurer",
    "lender",
    "ministry",
    "museum",
    "newspaper",
    "office",
    "orchestra",
    "paper",
    "party",
    "regulator",
    "retailer",
    "school",
    "tribunal",
    "union",
    "university",
    "watchdog",
];

/// Nouns that describe a person already named, beyond the roles of
/// `assets/role_nouns.txt` ("said the world record holder", "the youngster said").
const PERSON_DESCRIPTIONS: [&str; 8] = [
    "holder",
    "finalist",
    "youngster",
    "star",
    "newcomer",
    "winner",
    "runner-up",
    "debutant",
];

pub(crate) struct Attributor<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// Named mentions in this zone, sorted by start.
    named: &'a [Named],
    /// For each token, the first token at or after it that ends a sentence (`tokens.len()` if
    /// none): found once per zone, since scanning from every quote made a long sentence of
    /// quotes quadratic.
    sentence_end_from: Vec<usize>,
    /// For each named mention, the first speaking person at or after it (`named.len()` if
    /// none); the same for organisations. They keep finding a speaker linear in the zone.
    next_speaking_person: Vec<usize>,
    next_speaking_organization: Vec<usize>,
}

/// For each index, the first index at or after it whose item is `wanted` (`items.len()` if none).
fn next_where<T>(items: &[T], wanted: impl Fn(&T) -> bool) -> Vec<usize> {
    let mut next = vec![items.len(); items.len() + 1];
    for i in (0..items.len()).rev() {
        next[i] = if wanted(&items[i]) { i } else { next[i + 1] };
    }
    next
}

impl<'a> Attributor<'a> {
    pub fn new(text: &'a str, tokens: &'a [Token], named: &'a [Named]) -> Self {
        let ends: Vec<bool> = (0..tokens.len())
            .map(|i| Self::ends_sentence_at(tokens, i))
            .collect();
        Attributor {
            text,
            tokens,
            named,
            sentence_end_from: next_where(&ends, |&e| e),
            next_speaking_person: next_where(named, |m| m.speaks && m.kind == EntityKind::Person),
            next_speaking_organization: next_where(named, |m| {
                m.speaks && m.kind == EntityKind::Organization
            }),
        }
    }

    /// A sentence-ending mark, or an opening mark that starts a new quoted sentence.
    fn ends_sentence_at(tokens: &[Token], i: usize) -> bool {
        let t = &tokens[i];
        if matches!(t.kind, TokenKind::Punct('.' | '!' | '?')) && !t.rank {
            return true;
        }
        matches!(t.kind, TokenKind::Punct(c) if is_open(c))
            && tokens.get(i + 1).is_some_and(|n| n.cap)
            && t.space_before
    }

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

    /// A verb that gives the words quoted after it as its subject's, though it says no
    /// speech: "Labour called the judgment "a damning verdict"", "described the report as
    /// "deeply flawed"", "accused officials of "going after smallholders"", "welcomed the
    /// launch, saying ... "essential"".
    fn names_the_words_quoted(&self, i: usize) -> bool {
        const VERBS: [&str; 12] = [
            "called",
            "calls",
            "described",
            "describes",
            "accused",
            "accuses",
            "branded",
            "brands",
            "dubbed",
            "termed",
            "labelled",
            "saying",
        ];
        let t = &self.tokens[i];
        t.is_word() && !t.cap && VERBS.contains(&self.word(i).as_str())
    }

    /// The first person (else organisation) mention inside the byte range.
    fn speaker_in(&self, start: usize, end: usize) -> Option<String> {
        let first = self.named.partition_point(|m| m.start < start);
        let last = self.named.partition_point(|m| m.start < end);
        let first_of = |next: &[usize]| {
            let mut j = next[first];
            while j < last {
                if self.named[j].end <= end {
                    return Some(j);
                }
                j = next[j + 1];
            }
            None
        };
        first_of(&self.next_speaking_person)
            .or_else(|| first_of(&self.next_speaking_organization))
            .map(|j| self.named[j].canonical.clone())
    }

    /// The person or body whose name opens at token `at` and is capitalised words all through,
    /// within the sentence that ends at token `end`.
    fn name_opening_at(&self, at: usize, end: usize) -> Option<String> {
        let capitalised =
            |i: usize| i < end && self.tokens.get(i).is_some_and(|t| t.is_word() && t.cap);
        if !capitalised(at) {
            return None;
        }
        let name_end = (at..at + 6).find(|&i| !capitalised(i)).unwrap_or(at + 6);
        let byte = |i: usize| self.tokens.get(i).map_or(self.text.len(), |t| t.start);
        let opens_here = self
            .named
            .binary_search_by_key(&byte(at), |m| m.start)
            .is_ok();
        self.speaker_in(byte(at), byte(name_end))
            .filter(|_| opens_here)
    }

    fn sentence_end_after(&self, from: usize) -> usize {
        let Some(&end) = self.sentence_end_from.get(from) else {
            return from.max(self.tokens.len());
        };
        // An opening mark right at `from` does not end the sentence it follows.
        let opens_here = end == from
            && self
                .tokens
                .get(from)
                .is_some_and(|t| matches!(t.kind, TokenKind::Punct(c) if is_open(c)));
        if opens_here {
            self.sentence_end_from[from + 1]
        } else {
            end
        }
    }

    /// The named mentions starting inside the byte range, in order.
    fn named_starting_in(&self, start: usize, end: usize) -> &'a [Named] {
        let first = self.named.partition_point(|m| m.start < start);
        let last = self.named.partition_point(|m| m.start < end).max(first);
        &self.named[first..last]
    }

    /// `X said: "It was magnificent."`, `X said the arrests "will not make us go home."`: a
    /// quotation a colon or the sentence's own words introduce that ends the sentence. Its
    /// speaker is the one before it, not whoever the next sentence has speak.
    pub fn introduced_in_its_sentence(&self, quote: &RawQuote) -> bool {
        let punct = |i: usize, marks: &[char]| {
            self.tokens
                .get(i)
                .is_some_and(|t| matches!(t.kind, TokenKind::Punct(c) if marks.contains(&c)))
        };
        quote.open_token > 0
            && quote.close_token > 0
            && (punct(quote.open_token - 1, &[':']) || self.tokens[quote.open_token - 1].is_word())
            && punct(quote.close_token - 1, &['.', '!', '?'])
    }

    /// The attribution after the closing mark: `, said X`, `X told Y`, `he added`.
    pub fn after(&self, quote: &RawQuote) -> Attribution {
        let from = quote.close_token + 1;
        let end = self.sentence_end_after(from);
        // A verb further than this from the closing mark does not attribute the quote.
        const MAX_VERB_DISTANCE: usize = 14;
        let search_end = end.min(from + MAX_VERB_DISTANCE + 1);
        // '"Who knew?" Mulcair asked.': a question is asked, which says it was spoken.
        let question = quote.close_token > 0 && self.tokens[quote.close_token - 1].is_punct('?');
        let asked = |i: usize| {
            question
                && self.tokens[i].is_word()
                && matches!(self.word(i).as_str(), "asked" | "asks" | "wondered")
        };
        // ('"..." Khalid Al Falih, the Saudi Minister of Energy, Industry and Mineral
        // Resources, told reporters': a name and its office set off by commas may run longer,
        // to a verb right after the closing comma.)
        const MAX_APPOSITION_DISTANCE: usize = 24;
        let set_off_verb = || {
            self.name_opening_at(from, end)?;
            (search_end..end.min(from + MAX_APPOSITION_DISTANCE + 1))
                .find(|&i| self.is_speech_verb(i) && self.tokens[i - 1].is_punct(','))
        };
        let Some(verb) = (from..search_end)
            .find(|&i| self.is_speech_verb(i) || asked(i))
            .or_else(set_off_verb)
        else {
            return Attribution::None;
        };
        let byte = |i: usize| self.tokens.get(i).map_or(self.text.len(), |t| t.start);
        if self.word(verb) == "according" {
            return match self.speaker_in(byte(verb), byte(end)) {
                Some(name) => Attribution::Named(name),
                None => Attribution::Anonymous,
            };
        }
        let subject: Vec<usize> = (from..verb).filter(|&i| self.tokens[i].is_word()).collect();
        // "... \"a sign of progress\", but the BMA warned": a clause a conjunction opens has a
        // speaker of its own, not this quotation's.
        if subject.first().is_some_and(|&i| {
            let word = self.word(i);
            opens_a_clause(&word) || matches!(word.as_str(), "yet" | "as")
        }) {
            return Attribution::None;
        }
        if subject.is_empty() {
            // ", said the England midfielder.": someone named before, described.
            // (A description is a few words up to a comma: a sentence without end is not
            // walked.)
            let described: Vec<usize> = (verb + 1..end)
                .take_while(|&i| !self.tokens[i].is_punct(','))
                .filter(|&i| self.tokens[i].is_word())
                .take(7)
                .collect();
            // (", said the Arsenal manager, Tomás Ferreira.": unless the description's own
            // name follows it, set off by a comma.)
            if let (Some(&first), Some(&last)) = (described.first(), described.last())
                && self.word(first) == "the"
                && self.tokens.get(last + 1).is_some_and(|t| t.is_punct(','))
                && let Some(name) = self.name_opening_at(last + 2, end)
            {
                return Attribution::Named(name);
            }
            if let Some(person) = self.described_person(&described) {
                return person;
            }
            // (", said the judge.", ", said the ministry.": an office or a body named before.)
            if let Some(definite) = self.definite(&described) {
                return definite;
            }
            // ", said Kazakh Minister of Defence Saken Zhasuzakov."
            return match self.speaker_in(byte(verb), byte(end)) {
                Some(name) => Attribution::Named(name),
                None => Attribution::Anonymous,
            };
        }
        if let [only] = subject[..]
            && let Some(gender) = pronoun_gender(&self.word(only))
        {
            return Attribution::Pronoun {
                at: self.tokens[only].start,
                gender: Some(gender),
            };
        }
        if let Some(person) = self.described_person(&subject) {
            return person;
        }
        if self.unnamed_speaker(&subject) {
            return self.spoken_for(&subject).unwrap_or(Attribution::Anonymous);
        }
        match self.speaker_in(byte(from), byte(verb)) {
            Some(name) => Attribution::Named(name),
            None => self
                .definite(&subject)
                .or_else(|| self.spoken_for(&subject))
                .unwrap_or(Attribution::Anonymous),
        }
    }

    /// "a senior EU diplomat", "A Foreign Ministry official", "one NATO official": a subject
    /// that opens with "a" or a number and holds a person's role but names no one is an unnamed
    /// speaker, whatever body it names on the way. Not a body's spokesperson ("A Barclays
    /// spokesperson said"), whose words are the body's.
    fn unnamed_speaker(&self, words: &[usize]) -> bool {
        let Some(&first) = words.first() else {
            return false;
        };
        let indefinite = matches!(
            self.word(first).to_lowercase().as_str(),
            "a" | "an" | "one" | "two" | "three" | "several" | "some" | "another"
        );
        let role = words.iter().any(|&i| {
            let lower = self.word(i).to_lowercase();
            !self.tokens[i].cap
                && (LEXICON.role_nouns.contains_key(lower.as_str())
                    || PERSON_DESCRIPTIONS.contains(&lower.as_str()))
        });
        let (start, end) = (
            self.tokens[first].start,
            self.tokens[*words.last().unwrap_or(&first)].end,
        );
        let named_person = self
            .named_starting_in(start, end)
            .iter()
            .any(|m| m.kind == EntityKind::Person);
        let spokesperson = words
            .iter()
            .any(|&i| self.word(i).to_lowercase().starts_with("spokes"));
        indefinite && role && !named_person && !spokesperson
    }

    /// "the Scot", "the England midfielder", "the 22-year-old from Rotherham", "the former
    /// Wales manager": "the" and a few words ending in a demonym, a noun of a person's role
    /// or an age, maybe followed by where they are from: someone named before, whom the
    /// speech verb's whole subject describes.
    fn described_person(&self, words: &[usize]) -> Option<Attribution> {
        let (&the, rest) = words.split_first()?;
        if self.word(the) != "the" {
            return None;
        }
        let head = rest.iter().take(4).position(|&i| {
            let word = self.tokens[i].text(self.text);
            let lower = word.to_lowercase();
            let demonym = self.tokens[i].cap && LEXICON.demonyms.contains_key(word);
            let role = !self.tokens[i].cap
                && (LEXICON.role_nouns.contains_key(lower.as_str())
                    || PERSON_DESCRIPTIONS.contains(&lower.as_str())
                    || lower.ends_with("year-old"));
            demonym || role
        })?;
        // The head ends the subject, or where the person is from follows it.
        let after_head = &rest[head + 1..];
        let whole = after_head.is_empty()
            || matches!(self.word(after_head[0]).as_str(), "from" | "of" | "who");
        let office = LEXICON.is_office_title(&self.word(rest[head]));
        (whole && !office).then(|| Attribution::Pronoun {
            at: self.tokens[the].start,
            gender: None,
        })
    }

    /// The first person or body named between bytes `start` and `verb` when all that follows
    /// it up to the verb is set off by commas (", a lawyer for BID, which intervened,"), and
    /// nothing before it is named.
    fn set_off_subject(&self, start: usize, verb: usize) -> Option<&'a Named> {
        let first = self
            .named_starting_in(start, verb)
            .iter()
            .find(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization))?;
        if !first.speaks || first.end > verb {
            return None;
        }
        // ("The U.S. ambassador to the United Nations, John Bolton, says": a name after a
        // preposition is no subject.)
        let mut before = self.tokens.partition_point(|t| t.start < first.start);
        if before > 0 && matches!(self.word(before - 1).as_str(), "the" | "a" | "an") {
            before -= 1;
        }
        let after_preposition = before > 0
            && self.tokens[before - 1].is_word()
            && matches!(
                self.word(before - 1).as_str(),
                "to" | "of" | "at" | "for" | "in" | "from" | "with" | "by" | "on"
            );
        if after_preposition {
            return None;
        }
        let between = self.text[first.end..verb].trim();
        // ("Rep. William Jefferson (D-La.), one of two Democrats who sat in, accused": past a
        // short bracket after the name.)
        let between = between
            .strip_prefix('(')
            .and_then(|bracketed| bracketed.split_once(')'))
            .filter(|(inside, _)| inside.len() <= 12)
            .map_or(between, |(_, after)| after.trim_start());
        let inside = between.strip_prefix(',')?.strip_suffix(',')?;
        // ("Jo Reed, Tesco and Asda, said": more than one speaker.)
        let list = inside.split(',').next().is_some_and(|part| {
            part.contains(" and ") && part.trim_start().starts_with(char::is_uppercase)
        });
        (!inside.trim().is_empty() && !list).then_some(first)
    }

    /// "Interfax quoted Defence Minister Pavel Grachev as warning that", "the paper quoted a
    /// senior official as saying": whom an agency or paper quotes, between "quoted" and "as",
    /// is the speaker, not the one who quotes (tokens `start..open`, the speech verb at `verb`).
    fn quoted_as(&self, start: usize, verb: usize, open: usize) -> Option<Attribution> {
        let quoted = (start..=verb)
            .rev()
            .find(|&i| matches!(self.word(i).as_str(), "quoted" | "quotes" | "quoting"))?;
        let as_word = (quoted + 1..open.min(quoted + 12)).find(|&i| self.word(i) == "as")?;
        let object: Vec<usize> = (quoted + 1..as_word)
            .filter(|&i| self.tokens[i].is_word())
            .collect();
        // ("Itar-Tass quoted him as saying": the man named last.)
        let gender = match object.as_slice() {
            [] => return None,
            [only] => match self.word(*only).as_str() {
                "him" => Some(Gender::Male),
                "her" => Some(Gender::Female),
                _ => None,
            },
            _ => None,
        };
        if let Some(gender) = gender {
            return Some(Attribution::Pronoun {
                at: self.tokens[object[0]].start,
                gender: Some(gender),
            });
        }
        let byte = |i: usize| self.tokens.get(i).map_or(self.text.len(), |t| t.start);
        let named = self
            .named_starting_in(byte(quoted + 1), byte(as_word))
            .iter()
            .rev()
            .find(|m| m.speaks && matches!(m.kind, EntityKind::Person | EntityKind::Organization));
        if let Some(m) = named {
            return Some(Attribution::Named(m.canonical.clone()));
        }
        if self.unnamed_speaker(&object) {
            return Some(Attribution::Anonymous);
        }
        self.definite(&object)
    }

    /// "the ministry" as a whole subject: an organisation named before, by its head noun; "the
    /// Foreign Secretary": a person named before, by the office their role holds.
    fn definite(&self, subject: &[usize]) -> Option<Attribution> {
        if let Some(office) = self.office_subject(subject) {
            return Some(office);
        }
        // ("the Japanese museum", "the state-run agency": one word may tell which.)
        let (the, head) = match subject {
            [the, head] => (*the, *head),
            [the, modifier, head] if self.tokens[*modifier].is_word() => (*the, *head),
            _ => return None,
        };
        let head_word = self.word(head);
        let found = self.word(the) == "the"
            && !self.tokens[head].cap
            && (ORGANISATION_HEADS.contains(&head_word.as_str())
                || LEXICON.is_body_descriptor(&head_word));
        found.then(|| Attribution::Definite {
            head: head_word,
            at: self.tokens[the].start,
        })
    }

    /// "a spokesperson for the company", "an official for the regulator": the body described
    /// after "for", for whom the unnamed speak.
    fn spoken_for(&self, subject: &[usize]) -> Option<Attribution> {
        let k = subject.iter().position(|&i| self.word(i) == "for")?;
        self.definite(&subject[k + 1..])
    }

    /// "the Foreign Secretary", "the prime minister": "the" and words ending in an office title,
    /// all capitalised or all in lower case, the whole subject of the speech verb.
    fn office_subject(&self, subject: &[usize]) -> Option<Attribution> {
        let (&the, words) = subject.split_first()?;
        let last = *words.last()?;
        // ("the minister", "the prime minister": lowercase office words too, as house styles
        // that print offices in lower case write them.)
        let capitalised = words.iter().all(|&i| self.tokens[i].cap);
        let lowercase = words.iter().all(|&i| !self.tokens[i].cap);
        let office = self.word(the) == "the"
            && words.len() <= 4
            && (capitalised || lowercase)
            && LEXICON.is_office_title(&self.word(last));
        office.then(|| Attribution::Office {
            title: self.text[self.tokens[words[0]].start..self.tokens[last].end].to_owned(),
            at: self.tokens[the].start,
        })
    }

    /// The first person or body named after the last clause boundary (", while", ", but",
    /// ", and", ";") between a speech verb and a quotation's opening mark.
    fn subject_of_a_later_clause(&self, verb: usize, open: usize) -> Option<String> {
        let boundary = (verb + 1..open).rev().find(|&i| {
            self.tokens[i].is_punct(';')
                || (self.tokens[i].is_punct(',') && opens_a_clause(&self.word(i + 1)))
        })?;
        let byte = |i: usize| self.tokens.get(i).map_or(self.text.len(), |t| t.start);
        // ("while Lib Dem spokesman Phil Willis called": the person the body describes.)
        self.speaker_in(byte(boundary), byte(open))
    }

    /// The attribution of a paragraph that ends in a colon, for the quotation that opens the
    /// next: `X said:`.
    pub fn before_a_closing_colon(&self) -> Attribution {
        let end = self.tokens.len();
        // Only a speech verb or a statement reaches past the paragraph ("released the
        // following statement:"; "His last words to his brother Alfred were:" are not Alfred's).
        let spoken = (0..end)
            .rev()
            .take_while(|&i| !matches!(self.tokens[i].kind, TokenKind::Punct('.' | '!' | '?')))
            .any(|i| self.is_speech_verb(i) || self.word(i) == "statement");
        if !spoken {
            return Attribution::None;
        }
        self.before_the_token(end)
    }

    /// The attribution before the opening mark, in the same sentence: `X said: "..."`,
    /// `The ministry highlighted ...: "..."`.
    pub fn before(&self, quote: &RawQuote) -> Attribution {
        self.before_the_token(quote.open_token)
    }

    /// The attribution in the sentence before token `open`.
    fn before_the_token(&self, open: usize) -> Attribution {
        let mut start = open;
        while start > 0 {
            let t = &self.tokens[start - 1];
            // ("Sen. Trent Lott, R-Miss., called it": a stop before a comma or a closing
            // bracket ends an abbreviation, not the sentence.)
            let abbreviation = self
                .tokens
                .get(start)
                .is_some_and(|next| next.is_punct(',') || next.is_punct(')'));
            if matches!(t.kind, TokenKind::Punct('.' | '!' | '?')) && !t.rank && !abbreviation {
                break;
            }
            // ('Seán "Rocky" Brosnan said: "...': a nickname's closing mark is the name's.)
            if let TokenKind::Punct(c) = t.kind
                && is_close(c)
                && self
                    .named_starting_in(0, t.start)
                    .last()
                    .is_none_or(|m| m.end <= t.end)
            {
                break;
            }
            start -= 1;
        }
        let byte = |i: usize| self.tokens.get(i).map_or(self.text.len(), |t| t.start);
        let Some(verb) = (start..open)
            .rev()
            .find(|&i| self.is_speech_verb(i) || self.names_the_words_quoted(i))
        else {
            // "Chelsea boss Jose Mourinho praised his players: "...": a colon hands the
            // quotation to the person the sentence is about, whatever the verb.
            let colon = open > 0 && self.tokens[open - 1].is_punct(':');
            let person = self
                .named_starting_in(byte(start), byte(open))
                .iter()
                .find(|m| m.kind == EntityKind::Person && m.speaks);
            return match person {
                Some(m) if colon => Attribution::Named(m.canonical.clone()),
                _ => Attribution::None,
            };
        };
        if self.word(verb) == "according" {
            return match self.speaker_in(byte(verb), byte(open)) {
                Some(name) => Attribution::Named(name),
                None => Attribution::None,
            };
        }
        if let Some(quoted) = self.quoted_as(start, verb, open) {
            return quoted;
        }
        let subject: Vec<usize> = (start..verb)
            .filter(|&i| self.tokens[i].is_word())
            .collect();
        if self.unnamed_speaker(&subject) {
            return Attribution::Anonymous;
        }
        // "Howard said Labour had failed, while Lib Dem spokesman Phil Willis called the plans
        // "a muddle"": a clause of its own between the verb and the quotation, with someone
        // named as its subject, is whose words they are.
        if let Some(named) = self.subject_of_a_later_clause(verb, open) {
            return Attribution::Named(named);
        }
        // "Mike Leigh, who directed Vera Drake, told the BBC:": the relative clause names
        // someone else; the speaker is named before it.
        let relative_clause = (start..verb).find(|&i| {
            self.tokens[i].is_punct(',') && matches!(self.word(i + 1).as_str(), "who" | "whose")
        });
        let subject_end = byte(relative_clause.unwrap_or(verb));
        let mut named_in_subject = self
            .named_starting_in(byte(start), subject_end)
            .iter()
            .filter(|m| m.end <= subject_end && m.speaks)
            .filter(|m| matches!(m.kind, EntityKind::Person | EntityKind::Organization))
            .rev();
        let last_named = match (named_in_subject.next(), named_in_subject.next()) {
            // "Det Insp Sarah Jones of South Wales Police said", "Mike McGuire, an analyst at
            // Gartner, said": the body only says where the person is.
            (Some(body), Some(person))
                if person.kind == EntityKind::Person
                    && body.kind == EntityKind::Organization
                    && (places_the_person_at_the_body(&self.text[person.end..body.start])
                        || is_the_bodys_officer(
                            &self.text[person.end..body.start],
                            &self.text[body.end..subject_end],
                        )
                        || is_an_apposition_by_the_body(
                            &self.text[person.end..body.start],
                            &self.text[body.end..subject_end],
                        )) =>
            {
                Some(person)
            }
            (last, _) => last,
        };
        // "Rachel Oyelaran, a lawyer for the charity Bail for Immigration Detainees (BID),
        // which intervened, said", "Al-Shabab, which is linked to al-Qaida, said": the one named
        // first, set off from the verb by commas, is its subject, whatever the words between
        // name.
        let last_named = self.set_off_subject(byte(start), byte(verb)).or(last_named);
        let subject: Vec<usize> = (start..verb)
            .filter(|&i| self.tokens[i].is_word())
            .collect();
        // "Speaking after the Foreign Affairs Council, the Foreign Secretary said:": an office
        // right before the verb is the subject, whatever was named before it.
        let office_tail = subject
            .iter()
            .rposition(|&i| self.word(i) == "the")
            .and_then(|k| self.office_subject(&subject[k..]))
            .filter(|office| match (office, last_named) {
                (Attribution::Office { at, .. }, Some(m)) => m.end <= *at,
                _ => true,
            });
        if let Some(office) = office_tail {
            return office;
        }
        // "Hughes was angry. The Blackburn boss said:": a person named before, described by
        // the whole subject, whatever it names inside.
        let described_tail = subject
            .iter()
            .rposition(|&i| self.word(i) == "the")
            .and_then(|k| self.described_person(&subject[k..]))
            .filter(|described| match (described, last_named) {
                (Attribution::Pronoun { at, .. }, Some(m)) => m.start >= *at,
                _ => true,
            });
        if let Some(person) = described_tail {
            return person;
        }
        let pronoun = (verb > start)
            .then(|| pronoun_gender(&self.word(verb - 1)))
            .flatten()
            .map(|gender| Attribution::Pronoun {
                at: self.tokens[verb - 1].start,
                gender: Some(gender),
            });
        match (last_named, pronoun) {
            // "Speaking to Reuters, he said", "In an interview with The Guardian she said", "Asked
            // about Jones, she said": the pronoun right before the verb is its subject; what is
            // named before it is whom they spoke to or of.
            (_, Some(pronoun)) => pronoun,
            (Some(m), None) => Attribution::Named(m.canonical.clone()),
            (None, None) => self.definite(&subject).unwrap_or(Attribution::None),
        }
    }
}

/// "of", "at the" or an apposition (", an analyst at", ", director of the anti-smoking
/// charity"): the text between a person's name and a body when it only says where the person
/// is.
fn places_the_person_at_the_body(between: &str) -> bool {
    let between = between.trim();
    // ("Brent Szymanski of Cleveland-based KeyBanc": where the body is based may come
    // between.)
    let between = match between.rsplit_once(' ') {
        Some((before, last)) if super::names::is_hyphenated_modifier(last) => before,
        _ => between,
    };
    // ("Matthew Ingram of The Globe and Mail": a title's own "The".)
    matches!(
        between.to_lowercase().as_str(),
        "of" | "of the" | "at" | "at the" | "from" | "from the" | ", of" | ", of the"
    ) || is_role_at_a_body(between)
}

/// "Alan Pryce, Microsoft's vice-president, told", "Jan Egeland, the UN's relief co-ordinator,
/// said": an apposition that opens with the body's possessive says whose officer the person is.
fn is_the_bodys_officer(between: &str, after_body: &str) -> bool {
    matches!(between.trim(), "," | ", the" | ", The")
        && (after_body.starts_with("'s ") || after_body.starts_with("\u{2019}s "))
}

/// "Ian Lucas, the Labour MP for Wrexham, said", "Jo Reed, a Tesco spokeswoman, said": an
/// apposition that names the body in the person's description, closed by its comma before the
/// verb.
fn is_an_apposition_by_the_body(between: &str, after_body: &str) -> bool {
    matches!(between.trim(), "," | ", the" | ", a" | ", an")
        && after_body.trim_end().ends_with(',')
        && after_body.len() <= 60
        // ("Jo Reed, Tesco and Asda said": more than one speaker.)
        && !after_body.contains(" and ")
        && !after_body.trim_start().starts_with(',')
}

/// ", an analyst at", ", director of the anti-smoking charity", ", Chief Network Officer at",
/// ", an artillery crew chief in": an apposition of plain words that says what the person is
/// at a body.
fn is_role_at_a_body(between: &str) -> bool {
    let Some(role) = between.strip_prefix(", ") else {
        return false;
    };
    let words: Vec<&str> = role.trim_end().split(' ').collect();
    (2..=8).contains(&words.len())
        && words[1..]
            .iter()
            .any(|w| matches!(*w, "at" | "of" | "for" | "from" | "with" | "in"))
        // ("X, and the chairman of Y": two people.)
        && !words.iter().any(|w| matches!(*w, "and" | "or"))
        && words
            .iter()
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '-'))
}

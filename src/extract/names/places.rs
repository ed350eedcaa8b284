//! Places recognised by cue words ("X Province", "Cape X", "X training ground"), by an
//! all-capitals dateline opener ("ASTANA --"), and inside hyphenated words ("Tashkent-based",
//! where a known organisation is found too: "anti-NATO").

use super::{Mention, Reader, WEAK, ZoneNames};
use crate::extract::lexicon::{CuePosition, PlaceInfo};
use crate::extract::text::{ARABIC_ARTICLES, Token, TokenKind};
use crate::facts::{EntityKind, PlaceType};

/// The small words inside a place's name that opens with a place's word or a saint's ("Rue de
/// Rivoli", "Palais des Nations", "San Pedro de Atacama").
pub(super) const PLACE_PARTICLES: [&str; 11] = [
    "de", "du", "des", "del", "la", "le", "di", "do", "da", "dos", "das",
];

const INSIDE_A_HYPHENATED_WORD_WHY: &str = "a name inside a hyphenated word (\"Tashkent-based\")";

/// A weak mention of part of a token (a hyphenated word's part), at byte `range`.
fn weak_mention(
    range: std::ops::Range<usize>,
    kind: EntityKind,
    name: String,
    place_type: Option<PlaceType>,
    why: &'static str,
) -> Mention {
    Mention {
        start: range.start,
        end: range.end,
        kind,
        name,
        place_type,
        role: None,
        in_byline: false,
        weight: WEAK,
        why,
    }
}

impl<'a> Reader<'a> {
    /// Whether the name `a..b` of three words or more ends in a building's noun after what
    /// it is for ("Sydney Opera House", "Leeds Town Hall", "Euston Fire Station"; not "Penguin
    /// Random House"), or is a hall "the" names.
    pub(super) fn names_a_building(&self, a: usize, b: usize) -> bool {
        const BUILDINGS: [&str; 8] = [
            "House", "Hall", "Station", "Tower", "Centre", "Center", "Building", "Library",
        ];
        const PURPOSES: [&str; 25] = [
            "Opera",
            "Festival",
            "Town",
            "City",
            "Concert",
            "Music",
            "Court",
            "Customs",
            "Fire",
            "Police",
            "Power",
            "Railway",
            "Bus",
            "Guild",
            "Assembly",
            "Exhibition",
            "Convention",
            "Memorial",
            "Public",
            "Clock",
            "Arts",
            "Community",
            "Village",
            "Market",
            "County",
        ];
        // "the Usher Hall", "the Royal Albert Hall": a hall "the" names is a building, not
        // a person whose surname is Hall.
        let the_hall = (2..=3).contains(&(b - a))
            && self.word(b - 1) == "Hall"
            && a > 0
            && self.lowercase_word_in(a - 1, &["the"])
            // (Not "the Hockey Hall of Fame".)
            && !self.lowercase_word_in(b, &["of"]);
        the_hall
            || (b - a >= 3
                && BUILDINGS.contains(&self.word(b - 1))
                && PURPOSES.contains(&self.word(b - 2)))
    }

    /// "at the Barbican in London", "a concert at Carnegie Hall in New York": a name of one to
    /// three words after "at" (or "at the"), followed by "in" and a listed city, is a site in that
    /// city (in a country, "at Palmyra in Syria", it is a town), unless a company is spoken of
    /// ("analysts at ...") or the name reads as a person's.
    pub(super) fn site_before_its_town(&self, a: usize, b: usize) -> bool {
        let at = match a.checked_sub(1) {
            Some(k) if self.lowercase_word_in(k, &["the"]) => k.checked_sub(1),
            other => other,
        };
        b - a <= 3
            && at.is_some_and(|k| self.lowercase_word_in(k, &["at"]))
            && self.lowercase_word_in(b, &["in"])
            && self.listed_place_at(b + 1, |t| t == PlaceType::City)
            && !self.tokens[a].sentence_start
            && !self.company_context_before(at.unwrap_or(a))
            && !self.looks_like_person(a, b)
    }

    /// "a new factory at Leafield in Oxfordshire": one word that names nothing else, after
    /// "at" and before "in" and the region or country it lies in, is a town.
    pub(super) fn town_before_its_region(&self, a: usize, b: usize) -> bool {
        b == a + 1
            && a > 0
            && self.lowercase_word_in(a - 1, &["at"])
            && self.lowercase_word_in(b, &["in"])
            && self.listed_place_at(b + 1, |t| matches!(t, PlaceType::Region | PlaceType::Country))
            && !self.tokens[a].sentence_start
            && self.names_nothing_else(a)
            // Not where someone works: "an economist at Investec in South Africa", "who works
            // at Ogilvy in Germany".
            && !self.company_context_before(a)
            && !(a >= 2
                && (self.lex.role_nouns.contains_key(self.lower(a - 2).as_ref())
                    || self.lowercase_word_in(a - 2, &["works", "worked", "working", "work"])))
    }

    /// "Indian Wells, California": a nationality's word and a word that is no title, cue word
    /// or given name, before a comma and a listed region or country, where the two name no
    /// listed place already.
    pub(super) fn town_named_with_a_nationality(&self, a: usize, b: usize) -> bool {
        let second = self.word(a + 1);
        self.lex.demonyms.contains_key(self.word(a))
            && self.tokens.get(b).is_some_and(|t| t.is_punct(','))
            && self.listed_place_at(b + 1, |t| {
                matches!(t, PlaceType::Region | PlaceType::Country)
            })
            && !self.lex.is_title(second)
            && !self.lex.org_cues.contains(second)
            && !self.lex.places.contains_key(self.key(a, b).as_ref())
            && !self.lex.given_names.contains(second)
    }

    /// "A Muncie man was charged", "an Albany resident", "a Gary native": the town a person
    /// is from, named between "a" and the word for who they are; where it opens (after the
    /// sentence's "A", which the name `a..b` then holds).
    pub(super) fn home_town_before_a_resident(&self, a: usize, b: usize) -> Option<usize> {
        const RESIDENTS: [&str; 9] = [
            "man", "woman", "resident", "native", "teen", "teenager", "boy", "girl", "motorist",
        ];
        let start = if self.tokens[a].sentence_start && matches!(self.word(a), "A" | "An") {
            a + 1
        } else {
            a
        };
        let article_at = |k: usize| {
            self.lowercase_word_in(k, &["a", "an"])
                || (self.tokens[k].sentence_start && matches!(self.word(k), "A" | "An"))
        };
        let article_before = start > a || (a > 0 && article_at(a - 1));
        let town = article_before
            && (1..=2).contains(&(b - start))
            && self.lowercase_word_in(b, &RESIDENTS)
            && (start..b).all(|i| {
                let w = self.word(i);
                self.tokens[i].cap
                    && self.tokens[i].is_word()
                    && !self.lex.is_capitalised_common_word(w)
                    && !self.lex.org_cues.contains(w)
                    && !self.lex.demonyms.contains_key(w)
                    && !self.lex.names_a_people(w)
            })
            && !self
                .lex
                .organizations
                .contains_key(self.key(start, b).as_ref())
            && !self.looks_like_person(start, b);
        town.then_some(start)
    }

    /// "Dawn Ackroyd, 29, of Keighley", "a man aged 41, of Shipley": a name of one or two
    /// words after a person's age and "of" is where the person lives, a town.
    pub(super) fn home_town_after_an_age(&self, a: usize, b: usize) -> bool {
        let age_at = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Number)
                && self
                    .word(k)
                    .parse::<u8>()
                    .is_ok_and(|age| (1..=110).contains(&age))
        };
        let after_an_age = a >= 4
            && self.lowercase_word_in(a - 1, &["of"])
            && self.tokens[a - 2].is_punct(',')
            && age_at(a - 3)
            && (self.tokens[a - 4].is_punct(',') || self.lowercase_word_in(a - 4, &["aged"]));
        let closed = self
            .tokens
            .get(b)
            .is_none_or(|t| matches!(t.kind, TokenKind::Punct(',' | '.' | ';' | ')')))
            || self.lowercase_word_in(b, &["and", "in", "who", "was", "were", "is"]);
        after_an_age
            && closed
            && b - a <= 2
            && !self.lex.organizations.contains_key(self.key(a, b).as_ref())
            && !self.looks_like_person(a, b)
    }

    pub(super) fn place_by_cue(&self, a: usize, b: usize, out: &mut ZoneNames) -> bool {
        // "Judge Shanlyn Park", "President Park": an office before the name makes it a
        // person's, whatever word ends it (a sovereign's name stays a place's: "King George
        // Square").
        let first = self.word(a);
        // ("Exercise Winter Bridge 97": an exercise's name, though "Bridge" is a place word;
        // "Additional reporting by Neil Castle": a reporter's.)
        if self.names_an_operation(a, b) || self.in_a_reporting_credit(a) {
            return false;
        }
        // ("the San Francisco-based company": the place is the words before the hyphen.)
        if self.is_hyphenated_modifier(b - 1) {
            return b - a >= 2 && self.place_before_a_hyphen(a, b - 1, out);
        }
        let sovereign = matches!(
            first,
            "King" | "Queen" | "Prince" | "Princess" | "Emperor" | "Empress"
        );
        if self.lex.is_office_title(first) && !sovereign {
            return false;
        }
        let mut candidates: Vec<usize> = Vec::new();
        // "National Museum of African Art": a head word before "of" after modifiers.
        let head_of = (a + 1..b)
            .find(|&i| !self.tokens[i].cap)
            .filter(|&i| self.word(i) == "of")
            .map(|i| i - 1);
        let head_word = head_of.map_or("", |h| self.word(h));
        // "University Hospital Limerick", "Queen Elizabeth Hospital Birmingham": a site's name
        // may end with the listed town it is in.
        let ends_with_its_town = b - a >= 3
            && self
                .lex
                .places
                .get(self.word(b - 1))
                .is_some_and(|p| p.place_type == PlaceType::City);
        let word_before_town = if ends_with_its_town {
            self.word(b - 2)
        } else {
            ""
        };
        for selector in [
            self.word(b - 1),
            self.word(a),
            self.word(b),
            head_word,
            word_before_town,
        ] {
            if let Some(found) = self.lex.place_cue_index.get(selector) {
                candidates.extend(found);
            }
        }
        if candidates.is_empty() {
            return false;
        }
        // "Dr. Elaine Park", "Professor Elaine Park": a given name after a rank or a title is a
        // person's, though a surname may be a place word.
        // ("said UNICEF Executive Director Anthony Lake": the title may come after a body's
        // name.)
        let titled_given_name = !sovereign
            && b - a >= 3
            && (a..b - 2).any(|k| {
                self.lex.is_title(self.word(k)) && self.lex.is_given_name(self.word(k + 1))
            });
        // ("Elaine Park, a professor, said", "John Lane said": the same of a given name with a
        // role or a speech verb after it.)
        let said_of_a_person = self.looks_like_person(a, b)
            && (self.speech_verb_adjacent(a, b) || self.role_after(b).is_some());
        if (a > 0 && self.tokens[a - 1].rank) || titled_given_name || said_of_a_person {
            return false;
        }
        candidates.sort_unstable();
        candidates.dedup();
        let words: Vec<&str> = (a..b).map(|i| self.word(i)).collect();
        for &(ref cue, position, kind) in candidates.iter().map(|&i| &self.lex.place_cues[i]) {
            let n = cue.len();
            match position {
                CuePosition::Suffix if words.len() > n && words[words.len() - n..] == cue[..] => {
                    self.push_place(out, a, b, self.key(a, b).into_owned(), kind);
                    return true;
                }
                CuePosition::Suffix
                    if kind == PlaceType::Facility
                        && ends_with_its_town
                        && words.len() > n + 1
                        && words[words.len() - 1 - n..words.len() - 1] == cue[..] =>
                {
                    self.push_place(out, a, b, self.key(a, b).into_owned(), kind);
                    return true;
                }
                // ("St. Moritz", "St Helens", "San Sebastián": a saint's name before one word is
                // a town's, also with its small words and another name, "San Pedro de
                // Atacama"; "St. Louis Eagles", "St Conleth's Park", "San Mateo Marriott Hotel"
                // go on to name what is there.)
                CuePosition::Prefix
                    if words.len() > n
                        && words[..n] == cue[..]
                        && (!matches!(cue[..], ["St" | "San" | "São"])
                            || words[n..].iter().filter(|w| **w != ".").count() == 1
                            || words
                                .get(n + 1)
                                .is_some_and(|w| PLACE_PARTICLES.contains(w))) =>
                {
                    self.push_place(out, a, b, self.key(a, b).into_owned(), kind);
                    return true;
                }
                CuePosition::Prefix
                    if cue.last() == Some(&"of")
                        && head_of.is_some_and(|h| {
                            let from = h + 1 - a;
                            from + 1 >= n
                                && words.len() > from + 1
                                && words[from + 1 - n..=from] == cue[..]
                        }) =>
                {
                    self.push_place(out, a, b, self.key(a, b).into_owned(), kind);
                    return true;
                }
                CuePosition::Lower
                    if (0..n).all(|k| {
                        self.tokens
                            .get(b + k)
                            .is_some_and(|t| t.is_word() && !t.cap)
                            && self.word(b + k) == cue[k]
                    }) && !self.lex.places.contains_key(self.key(a, b).as_ref()) =>
                {
                    let name = self.span_text(a, b + n).to_owned();
                    self.push_place(out, a, b + n, name, kind);
                    return true;
                }
                _ => {}
            }
        }
        false
    }

    /// "MOSCOW, Oct 3 (Reuters) -", "WASHINGTON (AP) —": the name in brackets, then a dash,
    /// after a zone's opening capitals, commas and date.
    pub(super) fn credited_in_a_dateline(&self, a: usize, b: usize) -> bool {
        let is_dash = |t: &Token| matches!(t.kind, TokenKind::Punct('-' | '—' | '–'));
        (2..12).contains(&a)
            && self.tokens[a - 1].is_punct('(')
            && self.tokens.get(b).is_some_and(|t| t.is_punct(')'))
            && self.tokens.get(b + 1).is_some_and(is_dash)
            && self.tokens[0].is_word()
            && self.word(0).chars().all(|c| !c.is_lowercase())
            && self.tokens[..a - 1].iter().all(|t| {
                t.cap
                    || t.kind == TokenKind::Number
                    || t.is_punct(',')
                    || t.is_punct('.')
                    || t.is_punct('/')
            })
    }

    /// "ASTANA --" at the start of a paragraph.
    pub(super) fn is_dateline_opener(&self, a: usize, b: usize) -> bool {
        // "ASTANA --", and "LONDON 1996-08-30" (a dateline with its date); not a headline in
        // capitals with a dash in it ("SOCCER - ENGLISH LEAGUE RESULTS") unless it opens with
        // a known place.
        let key = self.text[self.tokens[a].start..self.tokens[b - 1].end].to_owned();
        // ("SEATTLE/TOKYO -": the places a slash joins are read as one dateline.)
        let shouted =
            |k: usize| self.is_cap_word(k) && !self.word(k).chars().any(char::is_lowercase);
        let slash = |k: usize| self.tokens.get(k).is_some_and(|t| t.is_punct('/'));
        let mut a = a;
        while a >= 2 && slash(a - 1) && shouted(a - 2) {
            a -= 2;
            while a > 0 && shouted(a - 1) {
                a -= 1;
            }
        }
        let mut b = b;
        while slash(b) && shouted(b + 1) {
            b += 2;
            while shouted(b) {
                b += 1;
            }
        }
        let dash_at = |i: usize| {
            self.tokens
                .get(i)
                .is_some_and(|t| matches!(t.kind, TokenKind::Punct('-' | '—' | '–')))
        };
        // "WASHINGTON (AP) —", "LONDON (Reuters) -": the agency in brackets, then the dash.
        let agency_then_dash = || {
            self.tokens.get(b).is_some_and(|t| t.is_punct('('))
                && (b + 2..self.tokens.len().min(b + 6))
                    .find(|&k| self.tokens[k].is_punct(')'))
                    .is_some_and(|close| dash_at(close + 1))
        };
        // "LUGANO, Switzerland", "WASHINGTON, Feb 3": after a comma, a capital or a number;
        // "HBOS, the UK's biggest lender, has" opens a sentence about a body.
        let comma_then_name = || {
            self.tokens
                .get(b + 1)
                .is_some_and(|t| t.cap || t.kind == TokenKind::Number)
        };
        // "ISLAMABAD: The Supreme Court": a colon after a listed place's name ("BREAKING:" is
        // none).
        let listed_then_colon = || {
            self.tokens.get(b).is_some_and(|t| t.is_punct(':'))
                && self.lex.places_upper.contains_key(&key)
        };
        let opener = a == 0
            && (self.tokens.get(b).is_some_and(|t| {
                matches!(t.kind, TokenKind::Punct('-' | '—' | '–'))
                    // ("MANAMA // Delegates met": a Gulf paper's two slashes.)
                    || (t.is_punct('/') && slash(b + 1))
                    || (t.is_punct(',') && comma_then_name())
                    || (t.kind == TokenKind::Number && self.word(b).len() == 4)
            }) || agency_then_dash()
                || listed_then_colon());
        let shouted_after = || {
            let words: Vec<&str> = self.tokens[b..]
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.text(self.text))
                .collect();
            !words.is_empty() && words.iter().all(|w| !w.chars().any(char::is_lowercase))
        };
        // ("CORRECTED - Dollar firms", "UPDATE - Talks resume": the wire's slug; "FILE - Police
        // officers patrol": an archive photo's label.)
        opener
            && key != "FILE"
            && !crate::archive::is_section_label(&key)
            && (self.tokens[b].kind == TokenKind::Number
                || self.lex.places_upper.contains_key(&key)
                || !shouted_after())
    }

    /// "New York-based", "Mountain View-based": capitalised words `s..i` and the first part of
    /// the hyphenated word at `i` name a place, listed or said to be where someone is based or
    /// born; pushes it.
    pub(super) fn place_before_a_hyphen(&self, s: usize, i: usize, out: &mut ZoneNames) -> bool {
        let Some((first, rest)) = self.word(i).split_once('-') else {
            return false;
        };
        if i - s > 2 || !first.starts_with(char::is_uppercase) || !self.is_hyphenated_modifier(i) {
            return false;
        }
        let name = if s == i {
            first.to_owned()
        } else {
            format!("{} {first}", self.key(s, i))
        };
        let (canonical, place_type) = match self.lex.places.get(name.as_str()) {
            Some(info) => (info.canonical.to_owned(), info.place_type),
            None if matches!(rest, "based" | "born" | "headquartered") => (name, PlaceType::City),
            None => return false,
        };
        out.mentions.push(weak_mention(
            self.tokens[s].start..self.tokens[i].start + first.len(),
            EntityKind::Place,
            canonical,
            Some(place_type),
            "a place's name before \"-based\" or \"-born\" (\"New York-based\")",
        ));
        true
    }

    /// Places and organisations named inside a hyphenated word: "Tashkent-based", "Kazakh-US",
    /// "pro-Kremlin". True when the word was accounted for.
    pub(super) fn hyphen_parts(&self, i: usize, out: &mut ZoneNames) -> bool {
        let t = self.tokens[i];
        let word = self.word(i);
        let mut found = false;
        let parts = hyphen_parts_of(word);
        // Computed once: per part it made a word of k parts cost k^2 lookups.
        let has_demonym = parts.iter().any(|(_, p)| self.lex.demonyms.contains_key(p));
        // "Spider-Man", "Counter-Strike": a capitalised part that is no known name makes the
        // whole word a name of its own, not a place "based" or "born" in something.
        let compound_name = parts.iter().any(|(_, p)| {
            p.chars().next().is_some_and(char::is_uppercase)
                && !(self.lex.places.contains_key(p)
                    || self.lex.organizations.contains_key(p)
                    || self.lex.demonyms.contains_key(p))
        });
        if compound_name {
            return false;
        }
        for (offset, part) in parts {
            let start = t.start + offset;
            if let Some(info) = self.lex.places.get(part) {
                out.mentions.push(weak_mention(
                    start..start + part.len(),
                    EntityKind::Place,
                    info.canonical.to_owned(),
                    Some(info.place_type),
                    INSIDE_A_HYPHENATED_WORD_WHY,
                ));
                found = true;
            } else if let Some(canonical) = self.lex.organizations.get(part) {
                out.mentions.push(weak_mention(
                    start..start + part.len(),
                    EntityKind::Organization,
                    (*canonical).to_owned(),
                    None,
                    INSIDE_A_HYPHENATED_WORD_WHY,
                ));
                found = true;
            } else if self.lex.demonyms.contains_key(part)
                || part.chars().next().is_some_and(char::is_lowercase)
            {
                found |= has_demonym;
            }
        }
        found
    }
}

/// The parts of a hyphenated word with their byte offsets, an Arabic article kept with the
/// name it opens ("al-Qaeda" and "linked" of "al-Qaeda-linked").
fn hyphen_parts_of(word: &str) -> Vec<(usize, &str)> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, _) in word.match_indices('-').chain([(word.len(), "")]) {
        let opens_a_name = word
            .get(start..at + 1)
            .is_some_and(|article| ARABIC_ARTICLES.contains(&article))
            && word[at + 1..].starts_with(char::is_uppercase);
        if !opens_a_name {
            parts.push((start, &word[start..at]));
            start = at + 1;
        }
    }
    parts
}

/// "North", "South-East", "Central": a side of a town, which may end a district's or a seat's
/// name ("Kano Central", "Leeds North West").
pub(super) fn is_a_side_of_a_town(word: &str) -> bool {
    word.split('-').all(|part| {
        matches!(
            part,
            "North"
                | "South"
                | "East"
                | "West"
                | "Central"
                | "Northeast"
                | "Northwest"
                | "Southeast"
                | "Southwest"
        )
    })
}

impl<'a> Reader<'a> {
    /// "Co. Dublin", "Co Antrim", "County Kerry": a listed county named with "County" or its
    /// abbreviation is one place, where the rules read "Co." as a town or the county's name
    /// alone (not a company's legal ending: "Acme Co" has a name before it).
    pub(super) fn counties_named_with_co(&self, out: &mut ZoneNames) {
        for i in 0..self.tokens.len() {
            if !self.tokens[i].cap {
                continue;
            }
            if i > 0 && self.is_cap_word(i - 1) {
                continue;
            }
            let Some((k, info)) = self.county_named_at(i) else {
                continue;
            };
            out.forget_inside(self.tokens[i].start, self.tokens[k].end);
            self.push_place(out, i, k + 1, info.canonical.to_owned(), info.place_type);
            Self::mark(out, super::LISTED, COUNTY_WHY);
        }
    }

    /// "Co. Dublin", "County Kerry" from token `i`: the token of the county's own name, and
    /// what the list says of the county.
    pub(super) fn county_named_at(&self, i: usize) -> Option<(usize, &'a PlaceInfo)> {
        let abbreviated = self.word(i) == "Co";
        if !(abbreviated || self.word(i) == "County") || !self.tokens[i].is_word() {
            return None;
        }
        let dotted = abbreviated && self.tokens.get(i + 1).is_some_and(|t| t.is_punct('.'));
        let k = i + 1 + usize::from(dotted);
        if !self.is_cap_word(k) {
            return None;
        }
        let county = format!("County {}", self.word(k));
        self.lex.places.get(county.as_str()).map(|info| (k, info))
    }
}

const COUNTY_WHY: &str = "a listed county named with \"County\" or \"Co.\" (\"Co. Dublin\")";

/// Why a town's name and compass words after it are one place.
const QUARTER_WHY: &str = "a town's name and a side of it (\"Kano Central\", \"Leeds North \
                           West\"): a district of the town or a seat named after it";

impl Reader<'_> {
    /// "who represents Kano Central", "Belfast East", "Leeds North West", "Cork North-Central":
    /// a listed town and one or two compass words after it name a district or a seat in
    /// parliament, one place (a region), not the town and a region apart. Not a listed name,
    /// nor a body's that goes on ("the Leeds North and West Foodbank"). Whether the chunk
    /// `a..b` was read so.
    pub(super) fn town_and_its_quarter(&self, a: usize, b: usize, out: &mut ZoneNames) -> bool {
        let compass = |k: usize| is_a_side_of_a_town(self.word(k));
        let mut tail = b;
        while tail > a + 1 && compass(tail - 1) {
            tail -= 1;
        }
        let sides_go_on =
            self.lowercase_word_in(b, &["and"]) && b + 1 < self.tokens.len() && compass(b + 1);
        if tail == b || b - tail > 2 || sides_go_on {
            return false;
        }
        let key = self.key(a, b);
        let town_is_listed = self
            .lex
            .places
            .get(self.key(a, tail).as_ref())
            .is_some_and(|p| p.place_type == PlaceType::City);
        if !town_is_listed || self.lex.lists_place_or_body(&key) {
            return false;
        }
        self.push_place(out, a, b, key.into_owned(), PlaceType::Region);
        Self::mark(out, super::CUE, QUARTER_WHY);
        true
    }
}

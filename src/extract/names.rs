//! Names in one zone of text: capitalised chunks classified as people, places, organisations and
//! events by gazetteers and by the cues around them (titles, roles, speech verbs, cue words).

use super::dates::{ascii_lower, is_weekday, month_of};
use super::lexicon::{CuePosition, LEXICON, Lexicon};
use super::text::{Token, TokenKind};
use crate::facts::{EntityKind, PlaceType};
use std::borrow::Cow;

/// What kind of zone a text comes from: bylines name people, credits name sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ZoneKind {
    Title,
    Byline,
    Dateline,
    Credit,
    /// The publication date line: dates only.
    Published,
    Body,
}

/// One mention of a named entity, byte offsets into the text.
#[derive(Clone, Debug)]
pub(crate) struct Mention {
    pub start: usize,
    pub end: usize,
    pub kind: EntityKind,
    /// The name as it should be keyed: gazetteer canonical, or the mention's own words.
    pub name: String,
    pub place_type: Option<PlaceType>,
    /// People: the role the text gives next to this mention, and whether it is an office.
    pub role: Option<(String, bool)>,
    /// Found by a cue strong enough to seed matching elsewhere in the text.
    pub in_byline: bool,
}

/// A capitalised stretch that no cue classified: matched later against the names found elsewhere.
#[derive(Clone, Debug)]
pub(crate) struct Unknown {
    pub start: usize,
    pub end: usize,
    pub words: Vec<(usize, usize)>,
}

/// An acronym and the long form it abbreviates, as printed.
#[derive(Clone, Debug)]
pub(crate) struct AcronymLink {
    pub acronym: String,
    pub long_form: String,
}

#[derive(Default)]
pub(crate) struct ZoneNames {
    pub mentions: Vec<Mention>,
    pub unknown: Vec<Unknown>,
    pub links: Vec<AcronymLink>,
}

pub(crate) struct Reader<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub zone: ZoneKind,
    /// Token indices where a date expression starts: roles stop there.
    pub date_starts: &'a [usize],
    cap_words: Vec<bool>,
    lex: &'a Lexicon,
}

fn is_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=8).contains(&letters)
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c == '&' || c == '/')
        && !matches!(
            word,
            "AM" | "PM"
                | "EDT"
                | "EST"
                | "GMT"
                | "UTC"
                | "CET"
                | "BST"
                | "PDT"
                | "PST"
                | "II"
                | "III"
                | "IV"
                | "VI"
                | "VII"
                | "VIII"
                | "IX"
                | "XI"
                | "XX"
                | "OK"
                | "TV"
                | "ID"
                | "CEO"
                | "MP"
                | "MPS"
        )
}

fn initials_match(acronym: &str, long_form: &str) -> bool {
    let initials: String = long_form
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| {
            !matches!(
                *w,
                "of" | "the" | "and" | "for" | "under" | "on" | "de" | "in" | "&"
            )
        })
        .filter_map(|w| w.chars().next())
        .collect();
    initials.to_uppercase() == acronym.to_uppercase()
}

impl<'a> Reader<'a> {
    pub fn new(
        text: &'a str,
        tokens: &'a [Token],
        zone: ZoneKind,
        date_starts: &'a [usize],
    ) -> Self {
        Reader {
            text,
            tokens,
            zone,
            date_starts,
            cap_words: Self::compute_cap_words(tokens, text, date_starts),
            lex: &LEXICON,
        }
    }

    fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// The word in lower case, borrowed when it already is (most words are).
    fn lower(&self, i: usize) -> Cow<'a, str> {
        let word = self.word(i);
        if word.chars().any(char::is_uppercase) {
            Cow::Owned(word.to_lowercase())
        } else {
            Cow::Borrowed(word)
        }
    }

    /// A capitalised word that can be part of a name (not a rank, month, weekday or date).
    fn is_cap_word(&self, i: usize) -> bool {
        self.cap_words.get(i).copied().unwrap_or(false)
    }

    fn compute_cap_words(tokens: &[Token], text: &str, date_starts: &[usize]) -> Vec<bool> {
        tokens
            .iter()
            .enumerate()
            .map(|(i, t)| {
                if !t.is_word() || !t.cap || t.rank {
                    return false;
                }
                let w = t.text(text);
                month_of(w).is_none() && !is_weekday(w) && date_starts.binary_search(&i).is_err()
            })
            .collect()
    }

    fn is_function_word(&self, i: usize) -> bool {
        let mut buf = [0u8; 24];
        self.lex
            .function_words
            .contains(ascii_lower(self.word(i), &mut buf))
    }

    /// The words `a..b` joined by single spaces: borrowed from the text when it is written so.
    fn key(&self, a: usize, b: usize) -> Cow<'a, str> {
        let single_spaced = (a + 1..b).all(|i| {
            self.tokens[i].start == self.tokens[i - 1].end + 1
                && self.text.as_bytes()[self.tokens[i - 1].end] == b' '
        });
        if a < b && single_spaced {
            return Cow::Borrowed(&self.text[self.tokens[a].start..self.tokens[b - 1].end]);
        }
        let mut key = String::new();
        for i in a..b {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(self.word(i));
        }
        Cow::Owned(key)
    }

    fn span_text(&self, a: usize, b: usize) -> &'a str {
        &self.text[self.tokens[a].start..self.tokens[b - 1].end]
    }

    /// Connector words allowed inside a name after `head`: "Ministry of Defence",
    /// "State of Iraq and the Levant", "Council under the President".
    fn connector_after(&self, head: &str, i: usize, used_of: bool) -> Option<usize> {
        let connectable = self.lex.org_cues.contains(head)
            || self.lex.titles.contains(head)
            || matches!(
                head,
                "Gulf"
                    | "Sea"
                    | "Bay"
                    | "Strait"
                    | "Isle"
                    | "Republic"
                    | "Kingdom"
                    | "Partnership"
                    | "Organisation"
                    | "Organization"
                    | "Centre"
                    | "Center"
                    | "Institute"
                    | "Islamic"
                    | "Bank"
                    | "Union"
                    | "Levant"
                    | "Iraq"
                    | "Syria"
            );
        if !connectable {
            return None;
        }
        let sequences: [&[&str]; 7] = [
            &["of", "the"],
            &["under", "the"],
            &["and", "the"],
            &["for", "the"],
            &["of"],
            &["for"],
            &["on"],
        ];
        for seq in sequences {
            if seq[0] == "and" && !used_of {
                continue;
            }
            if seq.iter().enumerate().all(|(k, w)| {
                self.tokens
                    .get(i + k)
                    .is_some_and(|t| t.is_word() && !t.cap)
                    && self.word(i + k) == *w
            }) && self.is_cap_word(i + seq.len())
            {
                return Some(seq.len());
            }
        }
        None
    }

    /// Maximal capitalised chunks, joined over connectors where the head word allows it.
    fn chunks(&self) -> Vec<(usize, usize)> {
        let mut chunks = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            if !self.is_cap_word(i) {
                i += 1;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            let mut used_of = false;
            loop {
                while self.is_cap_word(end) && self.tokens[end].space_before {
                    end += 1;
                }
                let head = self.word(end - 1);
                match self.connector_after(head, end, used_of) {
                    Some(n) => {
                        used_of |= self.word(end) == "of";
                        end += n;
                    }
                    None => break,
                }
            }
            let mut a = start;
            while a < end
                && (self.tokens[a].sentence_start
                    || self.word(a) == "The"
                    || self.zone == ZoneKind::Title)
                && (self.is_function_word(a) || self.lower(a).ends_with("ing"))
            {
                a += 1;
            }
            // Trailing connector leftovers cannot happen; a chunk may be empty after stripping.
            if a < end {
                chunks.push((a, end));
            }
            i = end;
        }
        chunks
    }

    pub fn read(&self) -> ZoneNames {
        let mut out = ZoneNames::default();
        for (a, b) in self.chunks() {
            self.classify(a, b, &mut out);
        }
        // Names inside lowercase hyphenated words: "pro-Kremlin", "anti-NATO".
        for (i, t) in self.tokens.iter().enumerate() {
            if t.is_word() && !t.cap && self.word(i).contains('-') {
                self.hyphen_parts(i, &mut out);
            }
        }
        self.share_coordinated_roles(&mut out);
        self.link_acronyms(&mut out);
        out
    }

    fn push(
        &self,
        out: &mut ZoneNames,
        a: usize,
        b: usize,
        kind: EntityKind,
        name: String,
    ) -> usize {
        out.mentions.push(Mention {
            start: self.tokens[a].start,
            end: self.tokens[b - 1].end,
            kind,
            name,
            place_type: None,
            role: None,
            in_byline: self.zone == ZoneKind::Byline,
        });
        out.mentions.len() - 1
    }

    fn push_place(&self, out: &mut ZoneNames, a: usize, b: usize, name: String, kind: PlaceType) {
        let index = self.push(out, a, b, EntityKind::Place, name);
        out.mentions[index].place_type = Some(kind);
    }

    fn push_person(&self, out: &mut ZoneNames, a: usize, b: usize, role: Option<(String, bool)>) {
        let name = self.key(a, b).into_owned();
        let index = self.push(out, a, b, EntityKind::Person, name);
        out.mentions[index].role = role;
    }

    fn has_connector(&self, a: usize, b: usize) -> bool {
        (a..b).any(|i| !self.tokens[i].cap)
    }

    fn classify(&self, a: usize, b: usize, out: &mut ZoneNames) {
        let key = self.key(a, b);
        let words = b - a;
        if self.zone == ZoneKind::Byline && !self.has_connector(a, b) && words <= 4 {
            self.push_person(out, a, b, None);
            return;
        }
        if let Some(info) = self.lex.places.get(key.as_ref()) {
            self.push_place(out, a, b, info.canonical.to_owned(), info.place_type);
            return;
        }
        let all_upper = key.chars().any(char::is_alphabetic)
            && !key.chars().any(char::is_lowercase)
            && key.chars().filter(|c| c.is_alphabetic()).count() > 2;
        if all_upper && (self.zone == ZoneKind::Dateline || self.is_dateline_opener(a, b)) {
            let name = match self.lex.places_upper.get(key.as_ref()) {
                Some(info) => info.canonical.to_owned(),
                None => title_case(&key),
            };
            let kind = self
                .lex
                .places_upper
                .get(key.as_ref())
                .map_or(PlaceType::City, |i| i.place_type);
            self.push_place(out, a, b, name, kind);
            return;
        }
        if let Some(canonical) = self.lex.organizations.get(key.as_ref()) {
            self.push(out, a, b, EntityKind::Organization, (*canonical).to_owned());
            return;
        }
        if self.org_by_cue(a, b, out)
            || self.place_by_cue(a, b, out)
            || self.event_by_cue(a, b, out)
        {
            return;
        }
        if self.person_after_title(a, b, out) {
            return;
        }
        if !self.has_connector(a, b) && words <= 4 && self.person_by_cue(a, b, out) {
            return;
        }
        self.pieces(a, b, out);
    }

    /// "ASTANA --" at the start of a paragraph.
    fn is_dateline_opener(&self, a: usize, b: usize) -> bool {
        a == 0
            && self
                .tokens
                .get(b)
                .is_some_and(|t| matches!(t.kind, TokenKind::Punct('-' | '—' | '–')))
    }

    fn org_by_cue(&self, a: usize, b: usize, out: &mut ZoneNames) -> bool {
        let first_connector = (a..b).find(|&i| !self.tokens[i].cap).unwrap_or(b);
        let head = self.word(first_connector - 1);
        let last = self.word(b - 1);
        let cue = self.lex.org_cues.contains(head)
            || (first_connector == b && self.lex.org_cues.contains(last));
        if !cue || b - a < 2 || self.lex.is_office_title(head) {
            return false;
        }
        // "Forish Training Centre" is a place: a multi-word place suffix wins over the cue.
        let words: Vec<&str> = (a..b).map(|i| self.word(i)).collect();
        let place_suffix = self.lex.place_cues.iter().any(|(cue, position, _)| {
            *position == CuePosition::Suffix
                && cue.len() >= 2
                && words.len() > cue.len()
                && words[words.len() - cue.len()..] == cue[..]
        });
        if place_suffix {
            return false;
        }
        // "Kazakhstan's Defence Ministry": the possessive owner is part of the name.
        let mut start = a;
        if a >= 2
            && self.tokens[a - 1].kind == TokenKind::Possessive
            && self.tokens[a - 2].cap
            && self.lex.places.contains_key(self.word(a - 2))
        {
            start = a - 2;
        }
        let name = self.span_text(start, b).to_owned();
        self.push(out, start, b, EntityKind::Organization, name);
        true
    }

    fn place_by_cue(&self, a: usize, b: usize, out: &mut ZoneNames) -> bool {
        let mut candidates: Vec<usize> = Vec::new();
        for selector in [self.word(b - 1), self.word(a), self.word(b)] {
            if let Some(found) = self.lex.place_cue_index.get(selector) {
                candidates.extend(found);
            }
        }
        if candidates.is_empty() {
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
                CuePosition::Prefix if words.len() > n && words[..n] == cue[..] => {
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

    fn event_by_cue(&self, a: usize, b: usize, out: &mut ZoneNames) -> bool {
        let first = self.word(a);
        if matches!(first, "Exercise" | "Operation" | "Exercises") && b - a >= 2 {
            let mut end = b;
            if self.tokens.get(b).is_some_and(|t| {
                t.kind == TokenKind::Number && t.space_before && t.end - t.start <= 4
            }) {
                end = b + 1;
            }
            let name = self.span_text(a + 1, end).to_owned();
            self.push(out, a + 1, end, EntityKind::Event, name);
            return true;
        }
        if b - a == 1 && is_name_year(first) {
            self.push(out, a, b, EntityKind::Event, first.to_owned());
            return true;
        }
        let lone_sentence_opener = b - a == 1 && self.tokens[a].sentence_start;
        let only_places = (a..b).all(|i| {
            self.lex.demonyms.contains_key(self.word(i))
                || self.lex.places.contains_key(self.word(i))
        });
        let has_cue_word = (a..b)
            .any(|i| self.lex.org_cues.contains(self.word(i)) || self.lex.is_title(self.word(i)));
        let known_place = self.lex.places.contains_key(self.key(a, b).as_ref());
        if self.followed_by_event_noun(b)
            && !lone_sentence_opener
            && !known_place
            && !only_places
            && !has_cue_word
        {
            let mut end = b;
            if self.tokens.get(b).is_some_and(|t| {
                t.kind == TokenKind::Number && t.space_before && t.end - t.start <= 4
            }) {
                end = b + 1;
            }
            self.push(
                out,
                a,
                end,
                EntityKind::Event,
                self.span_text(a, end).to_owned(),
            );
            return true;
        }
        false
    }

    /// Up to two lowercase modifiers (or a closing quote), then "exercise", "drills"...
    fn followed_by_event_noun(&self, b: usize) -> bool {
        let mut i = b;
        if self
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
        {
            i += 1;
        }
        if self
            .tokens
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct('"' | '”' | '’')))
        {
            i += 1;
        }
        for _ in 0..3 {
            let Some(t) = self.tokens.get(i) else {
                return false;
            };
            if !t.is_word() || t.cap {
                return false;
            }
            if self.lex.event_nouns.contains(&self.lower(i).as_ref()) {
                return true;
            }
            i += 1;
        }
        false
    }

    /// "Kazakh Minister of Defence Saken Zhasuzakov": the title part is the role, the rest the name.
    fn person_after_title(&self, a: usize, b: usize, out: &mut ZoneNames) -> bool {
        let Some(j) = (a..b)
            .rev()
            .find(|&i| self.tokens[i].cap && self.lex.is_title(self.word(i)))
        else {
            return false;
        };
        let tail = j + 1..b;
        let has_office = (a..=j).any(|i| self.lex.is_office_title(self.word(i)));
        if !has_office {
            return false;
        }
        if tail.is_empty() || tail.len() > 4 || self.has_connector(tail.start, tail.end) {
            // A title without a name: places inside its first part still count ("US Ambassador").
            let first_connector = (a..b).find(|&i| !self.tokens[i].cap).unwrap_or(b);
            for i in a..first_connector {
                let w = self.word(i);
                if let Some(info) = self.lex.places.get(w)
                    && !self.lex.is_title(w)
                {
                    self.push_place(out, i, i + 1, info.canonical.to_owned(), info.place_type);
                }
            }
            return tail.is_empty();
        }
        let tail_key = self.key(tail.start, tail.end);
        if self.lex.places.contains_key(tail_key.as_ref()) {
            return false;
        }
        let role_start = self.role_start_before(a).unwrap_or(a);
        let role = self.clean_role(role_start, j + 1);
        let role_start_token = role_start;
        // Places named inside the title before any connector ("US Assistant Secretary").
        let first_connector = (a..=j).find(|&i| !self.tokens[i].cap).unwrap_or(j + 1);
        for i in role_start_token.max(a)..first_connector {
            let w = self.word(i);
            if let Some(info) = self.lex.places.get(w)
                && !self.lex.is_title(w)
            {
                self.push_place(out, i, i + 1, info.canonical.to_owned(), info.place_type);
            }
        }
        let role = role.or_else(|| self.role_after(tail.end));
        self.push_person(out, tail.start, tail.end, role);
        true
    }

    /// Where a role phrase written before token `a` starts: modifiers such as "Tashkent-based
    /// political", demonyms, capitalised office words. `None` when nothing qualifies.
    fn role_start_before(&self, a: usize) -> Option<usize> {
        let mut start = None;
        let mut lowercase = 0;
        let mut k = a;
        while k > 0 {
            k -= 1;
            let t = self.tokens[k];
            if t.rank {
                continue;
            }
            match t.kind {
                TokenKind::Possessive => {
                    if k > 0 && self.tokens[k - 1].cap {
                        start = Some(k - 1);
                        k -= 1;
                        continue;
                    }
                    break;
                }
                TokenKind::Word => {
                    let w = self.word(k);
                    let lower = w.to_lowercase();
                    if t.cap {
                        if t.sentence_start && self.is_function_word(k) {
                            break;
                        }
                        if (t.sentence_start || k == 0) && lower == "then" {
                            break;
                        }
                        if month_of(w).is_some() || is_weekday(w) {
                            break;
                        }
                        start = Some(k);
                    } else if self.lex.role_nouns.contains_key(lower.as_str()) {
                        start = Some(k);
                    } else if self.lex.role_stops.contains(lower.as_str()) {
                        break;
                    } else if w.contains('-') {
                        start = Some(k);
                    } else if lowercase < 3 && is_modifier(&lower) {
                        lowercase += 1;
                        start = Some(k);
                    } else {
                        break;
                    }
                    if t.sentence_start {
                        break;
                    }
                }
                _ => break,
            }
        }
        start
    }

    /// The role text from `start` to the end of token `end - 1`, with articles and time words
    /// left out; `None` unless it names an office or occupation.
    fn clean_role(&self, start: usize, end: usize) -> Option<(String, bool)> {
        if start >= end {
            return None;
        }
        let mut a = start;
        while a < end
            && matches!(
                self.lower(a).as_ref(),
                "the" | "a" | "an" | "then" | "former" | "now"
            )
        {
            a += 1;
        }
        while a < end && self.tokens[a].rank {
            a += 1;
        }
        let mut b = end;
        while b > a
            && (self.tokens[b - 1].rank
                || !matches!(
                    self.tokens[b - 1].kind,
                    TokenKind::Word | TokenKind::Possessive
                ))
        {
            b -= 1;
        }
        if a >= b {
            return None;
        }
        let mut text = self.span_text(a, b).to_owned();
        for prefix in ["Then-", "then-", "Former-", "former-"] {
            if let Some(rest) = text.strip_prefix(prefix) {
                text = rest.to_owned();
            }
        }
        let mut has_role = false;
        let mut office = false;
        for i in a..b {
            let w = self.word(i);
            let lower = w.to_lowercase();
            let last_part = lower.rsplit('-').next().unwrap_or_default();
            if let Some(is_office) = self.lex.role_nouns.get(last_part) {
                has_role = true;
                office |= *is_office;
            }
            if self.tokens[i].cap && self.lex.is_office_title(w) {
                has_role = true;
                office = true;
            }
        }
        has_role.then_some((collapse_spaces(&text), office))
    }

    /// ", a political scientist from Astana" or " became president of Uzbekistan" after a name.
    fn role_after(&self, b: usize) -> Option<(String, bool)> {
        let mut i = b;
        if self.tokens.get(i).is_some_and(|t| t.is_punct('(')) {
            // "(right)": skip a short parenthesis.
            let close =
                (i..(i + 4).min(self.tokens.len())).find(|&k| self.tokens[k].is_punct(')'))?;
            i = close + 1;
        }
        let comma = self.tokens.get(i).is_some_and(|t| t.is_punct(','));
        if comma {
            i += 1;
        } else if matches!(self.lower(i).as_ref(), "became" | "becomes" | "is" | "was") {
            i += 1;
            if matches!(self.lower(i).as_ref(), "named" | "appointed" | "elected") {
                i += 1;
            }
        } else {
            return None;
        }
        let start = i;
        let mut end = i;
        while end < self.tokens.len() && end - start < 16 {
            let t = self.tokens[end];
            if self.date_starts.binary_search(&end).is_ok() {
                break;
            }
            match t.kind {
                TokenKind::Word => {
                    let lower = self.lower(end);
                    if self.lex.speech_verbs.contains(lower.as_ref()) && !t.cap {
                        break;
                    }
                    if end > start
                        && matches!(
                            lower.as_ref(),
                            "at" | "in"
                                | "on"
                                | "who"
                                | "which"
                                | "since"
                                | "during"
                                | "when"
                                | "and"
                        )
                    {
                        break;
                    }
                }
                TokenKind::Possessive | TokenKind::Number => {}
                TokenKind::Punct('-') => {}
                _ => break,
            }
            end += 1;
        }
        if end == start {
            return None;
        }
        // The phrase must open with an article, a modifier or the role noun itself, not a verb.
        let first = self.lower(start);
        if first.ends_with("ed") || matches!(first.as_ref(), "on" | "in" | "at" | "who" | "which") {
            return None;
        }
        // A role noun must come before any preposition.
        let mut seen_noun = false;
        for k in start..end {
            let lower = self.lower(k);
            if self.lex.role_nouns.contains_key(lower.as_ref())
                || (self.tokens[k].cap && self.lex.is_office_title(self.word(k)))
            {
                seen_noun = true;
                break;
            }
            if matches!(lower.as_ref(), "of" | "from" | "for" | "under" | "with") {
                break;
            }
        }
        if !seen_noun {
            return None;
        }
        self.clean_role(start, end)
    }

    /// People recognised by what surrounds the whole chunk.
    fn person_by_cue(&self, a: usize, b: usize, out: &mut ZoneNames) -> bool {
        let key = self.key(a, b);
        if self.lex.places.contains_key(key.as_ref())
            || self.lex.organizations.contains_key(key.as_ref())
        {
            return false;
        }
        let words = b - a;
        let after_rank = a > 0 && self.tokens[a - 1].rank;
        let role_before = self.role_noun_before(a);
        if after_rank || role_before.is_some() {
            let anchor = role_before.unwrap_or_else(|| {
                let mut k = a;
                while k > 0 && self.tokens[k - 1].rank {
                    k -= 1;
                }
                k
            });
            let role = self
                .role_start_before(anchor)
                .and_then(|s| self.clean_role(s, anchor))
                .or_else(|| self.role_after(b));
            if role.is_some() || after_rank {
                self.push_person(out, a, b, role);
                return true;
            }
        }
        let appositive = self.role_after(b);
        let not_place_words = (a..b).all(|i| {
            let w = self.word(i);
            (!self.lex.places.contains_key(w) || self.lex.given_names.contains(w))
                && !self.lex.org_cues.contains(w)
                && !self.lex.demonyms.contains_key(w)
                && !self.lex.is_title(w)
        });
        let multiword = (2..=3).contains(&words) && not_place_words;
        if appositive.is_some()
            && (multiword || (words == 1 && !self.tokens[a].sentence_start && not_place_words))
        {
            self.push_person(out, a, b, appositive);
            return true;
        }
        if !multiword {
            return false;
        }
        let given = self.lex.given_names.contains(self.word(a));
        let surname = {
            let last = self.word(b - 1).to_lowercase();
            last.len() > 4 && self.lex.surname_suffixes.iter().any(|s| last.ends_with(s))
        };
        let by = a > 0 && self.lower(a - 1) == "by";
        let speech = self.speech_verb_adjacent(a, b);
        if given || surname || by || speech {
            self.push_person(out, a, b, None);
            return true;
        }
        false
    }

    /// A lowercase role noun just before `a` ("counterpart Nursultan", "commanders, Darkhan"):
    /// the index of the token after which the role phrase ends.
    fn role_noun_before(&self, a: usize) -> Option<usize> {
        let mut k = a;
        while k > 0 && self.tokens[k - 1].rank {
            k -= 1;
        }
        let mut end = k;
        if k > 0 && self.tokens[k - 1].is_punct(',') {
            k -= 1;
            end = k;
        }
        let noun = k.checked_sub(1)?;
        let t = self.tokens[noun];
        (t.is_word() && !t.cap && self.lex.role_nouns.contains_key(self.lower(noun).as_ref()))
            .then_some(end)
    }

    fn speech_verb_adjacent(&self, a: usize, b: usize) -> bool {
        let verb = |i: usize| {
            self.tokens.get(i).is_some_and(|t| t.is_word() && !t.cap)
                && matches!(
                    self.lower(i).as_ref(),
                    "said"
                        | "says"
                        | "told"
                        | "added"
                        | "stated"
                        | "noted"
                        | "explained"
                        | "wrote"
                        | "warned"
                )
        };
        verb(b) || (a > 0 && verb(a - 1) && self.lower(a - 1) != "told")
    }

    /// A chunk no whole-chunk cue classified: gazetteer matches inside it, then cues per piece.
    fn pieces(&self, a: usize, b: usize, out: &mut ZoneNames) {
        let mut i = a;
        let mut piece_start = None;
        while i < b {
            if !self.tokens[i].cap {
                if let Some(s) = piece_start.take() {
                    self.piece(s, i, out);
                }
                i += 1;
                continue;
            }
            let mut matched = 0;
            for n in (1..=(b - i).min(5)).rev() {
                let key = self.key(i, i + n);
                if let Some(info) = self.lex.places.get(key.as_ref()) {
                    if let Some(s) = piece_start.take() {
                        self.piece(s, i, out);
                    }
                    self.push_place(out, i, i + n, info.canonical.to_owned(), info.place_type);
                    matched = n;
                    break;
                }
                if let Some(canonical) = self.lex.organizations.get(key.as_ref()) {
                    if let Some(s) = piece_start.take() {
                        self.piece(s, i, out);
                    }
                    self.push(
                        out,
                        i,
                        i + n,
                        EntityKind::Organization,
                        (*canonical).to_owned(),
                    );
                    matched = n;
                    break;
                }
                if self.lex.demonyms.contains_key(key.as_ref()) {
                    if let Some(s) = piece_start.take() {
                        self.piece(s, i, out);
                    }
                    matched = 1;
                    break;
                }
            }
            if matched == 0 && self.word(i).contains('-') && self.hyphen_parts(i, out) {
                if let Some(s) = piece_start.take() {
                    self.piece(s, i, out);
                }
                matched = 1;
            }
            if matched > 0 {
                i += matched;
            } else {
                piece_start.get_or_insert(i);
                i += 1;
            }
        }
        if let Some(s) = piece_start {
            self.piece(s, b, out);
        }
    }

    /// Places and organisations named inside a hyphenated word: "Tashkent-based", "Kazakh-US",
    /// "pro-Kremlin". True when the word was accounted for.
    fn hyphen_parts(&self, i: usize, out: &mut ZoneNames) -> bool {
        let t = self.tokens[i];
        let word = self.word(i);
        let mut found = false;
        let mut offset = 0;
        for part in word.split('-') {
            let start = t.start + offset;
            offset += part.len() + 1;
            if let Some(info) = self.lex.places.get(part) {
                out.mentions.push(Mention {
                    start,
                    end: start + part.len(),
                    kind: EntityKind::Place,
                    name: info.canonical.to_owned(),
                    place_type: Some(info.place_type),
                    role: None,
                    in_byline: false,
                });
                found = true;
            } else if let Some(canonical) = self.lex.organizations.get(part) {
                out.mentions.push(Mention {
                    start,
                    end: start + part.len(),
                    kind: EntityKind::Organization,
                    name: (*canonical).to_owned(),
                    place_type: None,
                    role: None,
                    in_byline: false,
                });
                found = true;
            } else if self.lex.demonyms.contains_key(part)
                || part.chars().next().is_some_and(char::is_lowercase)
            {
                found |= word.split('-').any(|p| self.lex.demonyms.contains_key(p));
            }
        }
        found
    }

    /// A stretch of capitalised words with no gazetteer match: classified by context, or kept for
    /// matching against names found elsewhere.
    fn piece(&self, a: usize, b: usize, out: &mut ZoneNames) {
        let words = b - a;
        let key = self.key(a, b);
        let sentence_initial = self.tokens[a].sentence_start;
        let single = words == 1;
        if single && is_acronym(&key) && !matches!(self.zone, ZoneKind::Title) {
            self.push(out, a, b, EntityKind::Organization, key.to_string());
            return;
        }
        if self.org_descriptor_before(a)
            || (self.zone == ZoneKind::Credit && !self.looks_like_person(a, b))
        {
            self.push(out, a, b, EntityKind::Organization, key.to_string());
            return;
        }
        let prev = a.checked_sub(1).map(|p| self.lower(p)).unwrap_or_default();
        let prev_is_word = a > 0 && self.tokens[a - 1].is_word();
        let in_brackets = a > 0
            && self.tokens[a - 1].is_punct('[')
            && self.tokens.get(b).is_some_and(|t| t.is_punct(']'));
        let after_copyright = a > 0 && self.tokens[a - 1].is_punct('©');
        if (in_brackets || after_copyright) && !self.looks_like_person(a, b) {
            self.push(out, a, b, EntityKind::Organization, key.to_string());
            return;
        }
        if prev_is_word && prev == "told" && words <= 3 && !self.looks_like_person(a, b) {
            self.push(out, a, b, EntityKind::Organization, key.to_string());
            return;
        }
        let mut next = b;
        if self
            .tokens
            .get(next)
            .is_some_and(|t| t.is_word() && self.lower(next).ends_with("ly"))
        {
            next += 1;
        }
        if matches!(
            self.lower(next).as_ref(),
            "reported" | "reports" | "reporting"
        ) && words <= 3
            && !self.looks_like_person(a, b)
        {
            self.push(out, a, b, EntityKind::Organization, key.to_string());
            return;
        }
        if sentence_initial && single {
            out.unknown.push(self.unknown(a, b));
            return;
        }
        if self.publication_after(b) && !self.looks_like_person(a, b) {
            self.push(out, a, b, EntityKind::Organization, key.to_string());
            return;
        }
        if self.followed_by_event_noun(b) && words <= 4 {
            self.push(
                out,
                a,
                b,
                EntityKind::Event,
                self.span_text(a, b).to_owned(),
            );
            return;
        }
        if prev_is_word
            && a >= 2
            && self.tokens[a - 2].is_word()
            && self.lower(a - 2) == "according"
            && prev == "to"
            && !self.looks_like_person(a, b)
        {
            self.push(out, a, b, EntityKind::Organization, key.to_string());
            return;
        }
        if prev_is_word
            && self.lex.location_prepositions.contains(&prev.as_ref())
            && words <= 2
            && !self.looks_like_person(a, b)
            && !self.tokens[a].sentence_start
        {
            self.push_place(out, a, b, key.to_string(), PlaceType::City);
            return;
        }
        if single && prev == "the" && matches!(key.as_ref(), "West" | "East") {
            self.push_place(out, a, b, key.to_string(), PlaceType::Other);
            return;
        }
        if single
            && self
                .tokens
                .get(b)
                .is_some_and(|t| t.kind == TokenKind::Possessive)
            && !self.lex.org_cues.contains(key.as_ref())
            && !self.lex.is_title(&key)
        {
            self.push_person(out, a, b, None);
            return;
        }
        if single && self.speech_verb_adjacent(a, b) && !self.lex.is_title(&key) {
            self.push_person(out, a, b, None);
            return;
        }
        out.unknown.push(self.unknown(a, b));
    }

    /// "border force commanders, A (Kazakhstan) and B (Uzbekistan)": B shares A's role.
    fn share_coordinated_roles(&self, out: &mut ZoneNames) {
        let people: Vec<usize> = (0..out.mentions.len())
            .filter(|&i| out.mentions[i].kind == EntityKind::Person)
            .collect();
        for pair in people.windows(2) {
            let (first, second) = (pair[0], pair[1]);
            if out.mentions[second].role.is_some() || out.mentions[first].role.is_none() {
                continue;
            }
            let between = &self.text[out.mentions[first].end..out.mentions[second].start];
            let between = between.trim();
            let parenthesis = between.starts_with('(')
                && between
                    .find(')')
                    .is_some_and(|c| between[c + 1..].trim() == "and");
            if between == "and" || parenthesis {
                out.mentions[second].role = out.mentions[first].role.clone();
            }
        }
    }

    fn looks_like_person(&self, a: usize, b: usize) -> bool {
        (2..=3).contains(&(b - a)) && self.lex.given_names.contains(self.word(a))
    }

    /// "the 2017 Global Firepower list": a name followed by what it publishes.
    fn publication_after(&self, b: usize) -> bool {
        self.tokens.get(b).is_some_and(|t| t.is_word() && !t.cap)
            && matches!(
                self.lower(b).as_ref(),
                "list"
                    | "ranking"
                    | "rankings"
                    | "index"
                    | "report"
                    | "survey"
                    | "poll"
                    | "ratings"
            )
    }

    fn org_descriptor_before(&self, a: usize) -> bool {
        let mut end = a;
        if end > 0 && self.tokens[end - 1].is_punct(',') {
            end -= 1;
        }
        self.lex.org_descriptors.iter().any(|words| {
            let n = words.len();
            end >= n
                && (0..n).all(|k| {
                    let i = end - n + k;
                    self.tokens[i].is_word() && !self.tokens[i].cap && self.word(i) == words[k]
                })
        })
    }

    fn unknown(&self, a: usize, b: usize) -> Unknown {
        Unknown {
            start: self.tokens[a].start,
            end: self.tokens[b - 1].end,
            words: (a..b)
                .map(|i| (self.tokens[i].start, self.tokens[i].end))
                .collect(),
        }
    }

    /// "Kazakhstan Paramount Engineering (KPE)", "UN [United Nations]".
    fn link_acronyms(&self, out: &mut ZoneNames) {
        let mut links = Vec::new();
        for m in out
            .mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Organization)
        {
            let after = self.tokens.partition_point(|t| t.start < m.end);
            if after >= self.tokens.len() {
                continue;
            }
            let mut i = after;
            if self
                .tokens
                .get(i)
                .is_some_and(|t| matches!(t.kind, TokenKind::Punct('"' | '”')))
            {
                i += 1;
            }
            if !self
                .tokens
                .get(i)
                .is_some_and(|t| t.is_punct('(') || t.is_punct('['))
            {
                continue;
            }
            let long_form = &self.text[m.start..m.end];
            let inner = self.word(i + 1);
            let closes = self
                .tokens
                .get(i + 2)
                .is_some_and(|t| t.is_punct(')') || t.is_punct(']'));
            if closes && is_acronym(inner) && initials_match(inner, long_form) {
                links.push(AcronymLink {
                    acronym: inner.to_owned(),
                    long_form: long_form.to_owned(),
                });
                continue;
            }
            // The acronym first, its long form in brackets.
            if is_acronym(long_form)
                && let Some(close) = (i + 1..self.tokens.len().min(i + 12))
                    .find(|&k| self.tokens[k].is_punct(')') || self.tokens[k].is_punct(']'))
                && close > i + 1
            {
                let inner = self.span_text(i + 1, close);
                if initials_match(long_form, inner) {
                    links.push(AcronymLink {
                        acronym: long_form.to_owned(),
                        long_form: inner.to_owned(),
                    });
                }
            }
        }
        out.links = links;
    }
}

/// A lowercase word that can qualify a role noun: not a verb form or an adverb.
fn is_modifier(lower: &str) -> bool {
    let verb_form = lower.ends_with("ed") && !lower.ends_with("based");
    let gerund = lower.ends_with("ing")
        && !matches!(
            lower,
            "acting"
                | "leading"
                | "ruling"
                | "outgoing"
                | "incoming"
                | "visiting"
                | "managing"
                | "governing"
        );
    !verb_form && !gerund && !lower.ends_with("ly")
}

fn is_name_year(word: &str) -> bool {
    let Some((name, number)) = word.rsplit_once('-') else {
        return false;
    };
    name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().all(char::is_alphabetic)
        && (number.len() == 4 || number.len() == 2)
        && number.bytes().all(|b| b.is_ascii_digit())
}

fn title_case(upper: &str) -> String {
    let mut out = String::with_capacity(upper.len());
    let mut start = true;
    for c in upper.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
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

//! Cutting a zone into maximal capitalised chunks, the candidates every classifier works on:
//! joined over connectors such as "of the" where the head word allows it ("Ministry of Defence"),
//! with sentence-opening grammar words stripped from the front.

use super::places::PLACE_PARTICLES;
use super::{Reader, ZoneKind, is_acronym};
use crate::extract::lexicon::LEGAL_ENDINGS;
use crate::extract::text::{Token, TokenKind};
use crate::facts::PlaceType;

/// Head words that end a whole body's name: a list's part or the words after "and" ending in
/// one name a body of their own ("Home Office and Cabinet Office").
const BODY_HEADS: [&str; 10] = [
    "Office",
    "Ministry",
    "Department",
    "Agency",
    "Council",
    "Commission",
    "Authority",
    "Service",
    "Bank",
    "Committee",
];

/// A firm's trade in the plural that ends its name ("Mineral Services", "Steel Industries").
const TRADE_PLURALS: [&str; 10] = [
    "Services",
    "Industries",
    "Holdings",
    "Resources",
    "Systems",
    "Technologies",
    "Enterprises",
    "Communications",
    "Investments",
    "Securities",
];

impl<'a> Reader<'a> {
    /// Connector words allowed inside a name after `head`: "Ministry of Defence",
    /// "State of Iraq and the Levant", "Council under the President".
    pub(super) fn connector_after(&self, head: &str, i: usize, used_of: bool) -> Option<usize> {
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
                    | "Museum"
                    | "Theatre"
                    | "Theater"
                    | "Hospital"
                    | "Infirmary"
                    | "Church"
                    | "Municipality"
                    | "Institute"
                    | "Islamic"
                    | "Bank"
                    | "Union"
                    | "Levant"
                    | "State"
                    | "House"
                    | "Court"
                    | "Chamber"
                    | "Iraq"
                    | "Syria"
                    | "Battle"
                    | "Siege"
            );
        // "Seagram Co Ltd of Canada", "Toyota Motor Corp of Japan": a company's abbreviated
        // legal ending closes its name; what follows says where it is.
        if !connectable
            || (LEGAL_ENDINGS.contains(&head)
                && !matches!(head, "Corporation" | "Company" | "Group" | "Holdings"))
        {
            return None;
        }
        // "Strathcona Mineral Services of Toronto": a firm named for its trade ends its name at
        // the trade's plural; the city after "of" says where the firm is.
        if TRADE_PLURALS.contains(&head) && self.lowercase_word_in(i, &["of"]) {
            let city_end = self.cap_run_end(i + 1);
            let city = self
                .lex
                .places
                .get(self.key(i + 1, city_end).as_ref())
                .is_some_and(|p| p.place_type == PlaceType::City);
            if city_end > i + 1 && city {
                return None;
            }
        }
        let sequences: [&[&str]; 8] = [
            &["of", "the"],
            &["under", "the"],
            &["and", "the"],
            &["for", "the"],
            &["to", "the"],
            &["of"],
            &["for"],
            &["on"],
        ];
        for seq in sequences {
            if seq[0] == "and" && !used_of {
                continue;
            }
            // "Chief Secretary to the Treasury", "Ambassador to the United Nations": an office
            // held towards a body; no other name goes on over "to the".
            if seq[0] == "to" && !(self.lex.is_title(head) && self.lex.is_office_title(head)) {
                continue;
            }
            if self.lowercase_run_at(i, seq)
                && self.is_cap_word(i + seq.len())
                && !self.is_code(i + seq.len())
                && !(seq[0] == "and" && self.names_a_body_of_its_own(i + seq.len()))
                // "the Motherland Party of Mesut Yilmaz": a party's leader, not its name (but
                // "the Church of Jesus Christ").
                && !(*seq == ["of"]
                    && matches!(head, "Party" | "Front" | "Bloc" | "Alliance" | "Movement")
                    && self.persons_name_at(i + 1))
                // "the Foreign Office on Twitter": a listed body after the connector is
                // another name; not what a body is "of" ("Ministry of Labour and Social
                // Affairs": "Labour" is listed as the party).
                && (self.remit_after(head, seq)
                    || !self
                        .lex
                        .organizations
                        .contains_key(self.word(i + seq.len())))
            {
                return Some(seq.len());
            }
        }
        None
    }

    /// "Universidad Mayor de San Andrés", "Université de Montréal", "Banco do Brasil": in a
    /// body named in Spanish, Portuguese, French or Italian (its head word opening the chunk
    /// at `start`), the small words of "of" at `i` before a capitalised word.
    fn romance_connector_after(&self, start: usize, i: usize) -> Option<usize> {
        const OF: [&[&str]; 14] = [
            &["de", "la"],
            &["de", "los"],
            &["de", "las"],
            &["de"],
            &["del"],
            &["do"],
            &["da"],
            &["dos"],
            &["das"],
            &["des"],
            &["du"],
            &["di"],
            &["della"],
            &["dello"],
        ];
        // (Most chunks end before no small "d" word: look at it before the head word.)
        let small_d = self
            .tokens
            .get(i)
            .is_some_and(|t| t.is_word() && !t.cap && self.word(i).starts_with('d'));
        if !small_d
            || !super::organisations::FOREIGN_ORG_HEADS.contains(&self.word(start))
            || self.word(start) == "Bank"
        {
            return None;
        }
        OF.iter()
            .find(|seq| self.lowercase_run_at(i, seq) && self.is_cap_word(i + seq.len()))
            .map(|seq| seq.len())
    }

    /// Whether `seq` after `head` opens what a body is "of" or "for", its remit: a body's cue
    /// word ("Ministry of Labour", "Department for Education"), not an office's.
    fn remit_after(&self, head: &str, seq: &[&str]) -> bool {
        matches!(seq, ["of"] | ["for"])
            && self.lex.org_cues.contains(head)
            && !self.lex.is_office_title(head)
    }

    /// "No. 1 (Fighter) Squadron", "No 10 Squadron": a unit numbered before its noun, from "No"
    /// at token `i`. The end of the unit's noun, if so.
    fn numbered_unit_end(&self, i: usize) -> Option<usize> {
        if self.word(i) != "No" {
            return None;
        }
        let mut k = i + 1;
        if self
            .tokens
            .get(k)
            .is_some_and(|t| t.is_punct('.') && !t.space_before)
        {
            k += 1;
        }
        if !self
            .tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Number)
        {
            return None;
        }
        k += 1;
        // A role in brackets: "(Fighter)", "(Bomber)".
        if self.tokens.get(k).is_some_and(|t| t.is_punct('('))
            && self.is_cap_word(k + 1)
            && self.tokens.get(k + 2).is_some_and(|t| t.is_punct(')'))
        {
            k += 3;
        }
        let end = self.cap_run_end(k);
        (end > k && self.lex.unit_nouns.contains(&self.word(end - 1))).then_some(end)
    }

    /// Whether the name that ends before token `i` (read back over capitalised words and the
    /// connectors of a body's name) holds an organisation's cue word.
    fn body_named_before(&self, i: usize) -> bool {
        (i.saturating_sub(8)..i)
            .rev()
            .take_while(|&k| {
                self.is_cap_word(k) || matches!(self.word(k), "of" | "for" | "the" | "on")
            })
            .any(|k| self.lex.org_cues.contains(self.word(k)))
    }

    /// The end of the run of spaced capitalised words that starts at token `i` (`i` if none).
    pub(super) fn cap_run_end(&self, i: usize) -> usize {
        let mut end = i;
        while self.is_cap_word(end) && (end == i || self.tokens[end].space_before) {
            end += 1;
        }
        end
    }

    /// Whether the capitalised words from token `i` end in an organisation's cue word or an
    /// office title: "the Cabinet Office" of "the Ministry of Justice and the Cabinet Office" is
    /// a second body, not more of the first's name ("State of Iraq and the Levant").
    fn names_a_body_of_its_own(&self, i: usize) -> bool {
        let end = self.cap_run_end(i);
        end > i && {
            let last = self.word(end - 1);
            self.lex.org_cues.contains(last) || self.lex.is_office_title(last)
        }
    }

    /// Whether the capitalised words from token `i` read as a person's name (a given name
    /// first, two or three words) that no gazetteer lists as a place or body.
    fn persons_name_at(&self, i: usize) -> bool {
        let end = self.cap_run_end(i);
        if !self.looks_like_person(i, end) {
            return false;
        }
        !self.lex.lists_place_or_body(&self.key(i, end))
    }

    /// "Global Coalition to Defeat ISIS", "Committee to Protect Journalists": a body's cue word
    /// `head`, then "to" at token `i` and a capitalised verb with its capitalised object, all
    /// one name. The verb is an English word and no listed place, body or given name ("the
    /// Council to Brussels"), and its object is no body named by its cue word.
    /// How many tokens the "to" and the verb take.
    fn purpose_after(&self, head: &str, i: usize) -> Option<usize> {
        let is_to = self
            .tokens
            .get(i)
            .is_some_and(|t| t.is_word() && !t.cap && self.word(i) == "to");
        if !is_to || !self.lex.org_cues.contains(head) || !self.is_cap_word(i + 1) {
            return None;
        }
        let verb = self.word(i + 1);
        let object_follows = self.is_cap_word(i + 2) && self.tokens[i + 2].space_before;
        let listed = self.lex.places.contains_key(verb)
            || self.lex.organizations.contains_key(verb)
            || self.lex.given_names.contains(verb)
            || self.lex.demonyms.contains_key(verb)
            || is_acronym(verb)
            || self.opens_listed_name(i + 1, (i + 5).min(self.tokens.len()));
        // ("from Acme Holdings to Globex Corporation", "from Yash Raj Films to Dharma
        // Productions": a verb is an English word, and what it is done to no body by its cue.)
        let a_verb = self.lex.is_capitalised_common_word(verb);
        let object_end = self.cap_run_end(i + 2);
        let another_body =
            object_end > i + 2 && self.lex.org_cues.contains(self.word(object_end - 1));
        (object_follows && !listed && a_verb && !another_body).then_some(2)
    }

    /// The end of a listed organisation's name that starts within the last words of the chunk
    /// `start..end` and runs on over the lowercase word at `end` ("Islamic State of Iraq and
    /// Syria", where "and" before a country would end the chunk), or over a comma ("Foreign,
    /// Commonwealth and Development Office").
    fn listed_body_running_on(&self, start: usize, end: usize) -> Option<usize> {
        let lowercase_next = self.tokens.get(end).is_some_and(|t| t.is_word() && !t.cap);
        let comma_next =
            self.tokens.get(end).is_some_and(|t| t.is_punct(',')) && self.is_cap_word(end + 1);
        if !lowercase_next && !comma_next {
            return None;
        }
        // A key's first word is token `s` unless what follows it is written onto it.
        let may_open_a_body = |s: usize| {
            self.lex.organization_first_words.contains(self.word(s))
                || matches!(
                    self.tokens[s + 1].kind,
                    TokenKind::Possessive | TokenKind::Punct(',' | '.')
                )
        };
        // A key's last word is token `e - 1`: the few ends a listed body may have are found
        // once, before any key is built.
        let may_close_a_body = |e: usize| {
            self.tokens[e - 1].cap && self.lex.organization_last_words.contains(self.word(e - 1))
        };
        let starts: Vec<usize> = (start.max(end.saturating_sub(3))..end)
            .filter(|&s| may_open_a_body(s))
            .collect();
        if starts.is_empty() {
            return None;
        }
        let furthest = (end + 7).min(self.tokens.len());
        let ends: Vec<usize> = (end + 2..=furthest)
            .rev()
            .filter(|&e| may_close_a_body(e))
            .collect();
        starts
            .into_iter()
            .flat_map(|s| {
                ends.iter()
                    .filter(move |&&e| e <= s + 8)
                    .map(move |&e| (s, e))
            })
            .find(|&(s, e)| self.lex.organizations.contains_key(self.key(s, e).as_ref()))
            .map(|(_, e)| e)
    }

    /// "of" or "of the" at token `i` before a capitalised word: how many tokens they take.
    fn of_after(&self, i: usize) -> Option<usize> {
        let lower_at = |k: usize, w: &str| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.is_word() && !t.cap && self.word(k) == w)
        };
        // ("Court of Arbitration for Sport": what the body is "for" after what it is "of".)
        if !lower_at(i, "of") && !lower_at(i, "for") {
            return None;
        }
        let n = if lower_at(i + 1, "the") { 2 } else { 1 };
        let mut end = i + n;
        while self.is_cap_word(end) && self.tokens[end].space_before {
            end += 1;
        }
        // "University of Sheffield of the UK": a listed place says where the body is, but
        // not the district a court sits for ("Court for the Northern District of California").
        let place = end > i + n
            && self.lex.places.contains_key(self.key(i + n, end).as_ref())
            && self.word(i - 1) != "District";
        (end > i + n && !self.is_code(i + n) && !place).then_some(n)
    }

    /// "Department for Environment, Food and Rural Affairs", "Ministry of Housing, Communities
    /// and Local Government": what a body is "of" or "for" listed with commas, from the comma at
    /// token `i` to the last part after "and". Each part is one to three capitalised words that
    /// no gazetteer lists and that name no body of their own ("Ministry of Defence, NATO and the
    /// EU" is a list of bodies). The end of the last part, if so.
    fn comma_joined(&self, i: usize) -> Option<usize> {
        let part_end = |from: usize| {
            let end = self.cap_run_end(from);
            // "Office", "Agency": a part that is a body of its own ("Ministry of Health, Home
            // Office and Cabinet Office" lists three).
            let body = end > from && BODY_HEADS.contains(&self.word(end - 1));
            let fits = (1..=3).contains(&(end - from))
                && !body
                && !self.is_function_word(from)
                && !self.lex.places.contains_key(self.key(from, end).as_ref())
                && !self
                    .lex
                    .organizations
                    .contains_key(self.key(from, end).as_ref());
            fits.then_some(end)
        };
        let is_word = |k: usize, w: &str| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.is_word() && !t.cap && self.word(k) == w)
        };
        let mut at = i;
        loop {
            if !self.tokens.get(at).is_some_and(|t| t.is_punct(',')) {
                return None;
            }
            // (", Food, and Rural Affairs": the serial comma, after a part at least; ", and I"
            // opens a clause.)
            if at > i && is_word(at + 1, "and") {
                return part_end(at + 2);
            }
            at = part_end(at + 1)?;
            if is_word(at, "and") {
                return part_end(at + 1);
            }
        }
    }

    /// "Coffee, Sugar and Cocoa Exchange", "Toronto Cricket, Skating and Curling Club": what a
    /// body deals in, listed with commas before its cue word, from the run `start..end` (at most
    /// two words) to the cue word after "and". Every part is a capitalised common word that
    /// names nothing itself ("Britain, France and Germany Council" lists places). The end of
    /// the cue word, if so.
    pub(super) fn trades_listed_before_cue(&self, start: usize, end: usize) -> Option<usize> {
        let plain = |k: usize| {
            let w = self.word(k);
            self.is_cap_word(k)
                && self.lex.is_capitalised_common_word(w)
                // ("Health, Education, Labor and Pensions Committee": a portfolio's word a
                // party's name may be.)
                && (!self.lex.lists_place_or_body(w)
                    || super::portfolios::PORTFOLIO_WORDS.contains(&w))
                && !self.lex.demonyms.contains_key(w)
                && !self.lex.is_given_name(w)
                && !self.lex.org_cues.contains(w)
        };
        // "Employment and Labour Relations Court": two trades, the second's run ending in the
        // cue word, its words no place's or person's ("Labour" may name a body alone).
        // (The token tests come first: this is asked at the end of every capitalised run.)
        if end - start <= 2 && self.lowercase_word_in(end, &["and"]) && plain(end - 1) {
            let run_end = self.cap_run_end(end + 1);
            let common = |k: usize| {
                let w = self.word(k);
                !self.lex.places.contains_key(w)
                    && !self.lex.demonyms.contains_key(w)
                    && !self.lex.is_given_name(w)
            };
            // ("The United Nations and United Airlines": two listed bodies.)
            let listed = |from: usize, to: usize| {
                (from..to).any(|f| self.lex.lists_place_or_body(&self.key(f, to)))
            };
            let cued = (end + 3..=end + 4).contains(&run_end)
                && !listed(start, end)
                && !self.lex.lists_place_or_body(&self.key(end + 1, run_end))
                && (end + 1..run_end).all(common)
                && self.lex.org_cues.contains(self.word(run_end - 1))
                && !self.lex.is_office_title(self.word(run_end - 1));
            return cued.then_some(run_end);
        }
        if end - start > 2 || !self.tokens.get(end)?.is_punct(',') || !plain(end - 1) {
            return None;
        }
        let mut at = end;
        loop {
            if !self.tokens.get(at)?.is_punct(',') || !plain(at + 1) {
                return None;
            }
            at += 2;
            let and_at = if self.lowercase_word_in(at, &["and"]) {
                at
            } else if self.tokens.get(at)?.is_punct(',') && self.lowercase_word_in(at + 1, &["and"])
            {
                at + 1
            } else {
                continue;
            };
            let last = and_at + 1;
            let cued = self.cap_run_end(last) == last + 2
                && plain(last)
                && self.lex.org_cues.contains(self.word(last + 1));
            return cued.then_some(last + 2);
        }
    }

    /// "the Shrewsbury and Telford Hospital NHS Trust", "Shropshire and Staffordshire
    /// Strategic Health Authority": a body named for the two places it serves, joined by
    /// "and", from the run `start..end` (ending in a listed place of one or two words, or in a
    /// word that names nothing else) to the end of a run that opens with a listed place and
    /// ends in a cue word. That end, if so.
    pub(super) fn places_joined_before_cue(&self, start: usize, end: usize) -> Option<usize> {
        // ("Britain, France and Germany Council members": the last two of a list of places.)
        let listed_after_comma = start > 0 && self.tokens[start - 1].is_punct(',');
        if end - start > 2 || !self.lowercase_word_in(end, &["and"]) || listed_after_comma {
            return None;
        }
        let run_end = self.cap_run_end(end + 1);
        if run_end < end + 2
            || !self.lex.org_cues.contains(self.word(run_end - 1))
            || self
                .lex
                .places
                .contains_key(self.key(end + 1, run_end).as_ref())
        {
            return None;
        }
        let is_place =
            |from: usize, to: usize| self.lex.places.contains_key(self.key(from, to).as_ref());
        // ("The Shrewsbury and ...": the place may start inside the run.)
        let firsts = start.max(end.saturating_sub(2))..end;
        // "Dumfries and Galloway Council", "Brighton and Hove City Council": the two places
        // are listed as one.
        let listed_pair = firsts
            .clone()
            .any(|from| (end + 2..run_end).any(|k| is_place(from, k)));
        let first_place =
            firsts.clone().any(|from| is_place(from, end)) || self.names_nothing_else(end - 1);
        let second_place = (end + 2..run_end.min(end + 4)).any(|k| is_place(end + 1, k));
        (listed_pair || (first_place && second_place)).then_some(run_end)
    }

    /// "... and Cooperation in Europe": "in" and a listed place right after token `i`, which
    /// end a body's name; how many tokens they take (0 if none). A city is where the body sits,
    /// not what it serves ("the Centers for Disease Control and Prevention in Atlanta").
    fn in_listed_place(&self, i: usize) -> usize {
        let is_in = self
            .tokens
            .get(i)
            .is_some_and(|t| t.is_word() && !t.cap && self.word(i) == "in");
        if !is_in {
            return 0;
        }
        let mut end = i + 1;
        while self.is_cap_word(end) && self.tokens[end].space_before {
            end += 1;
        }
        let listed = end > i + 1
            && self
                .lex
                .places
                .get(self.key(i + 1, end).as_ref())
                .is_some_and(|p| p.place_type != PlaceType::City);
        if listed { end - i } else { 0 }
    }

    /// "Colorado State University of the US": a body already named after a place, then "of
    /// the" and a listed place alone, which says where the body is rather than naming it. The
    /// chunk so far is `start..end`, the connector `n` words long.
    fn place_after_named_body(&self, start: usize, end: usize, n: usize) -> bool {
        if n != 2 || self.word(end) != "of" || end - start < 2 {
            return false;
        }
        let place_start = end + n;
        let mut place_end = place_start;
        while self.is_cap_word(place_end) && self.tokens[place_end].space_before {
            place_end += 1;
        }
        self.lex.places.contains_key(self.word(start))
            && self.lex.org_cues.contains(self.word(end - 1))
            && self
                .connector_after(self.word(place_end - 1), place_end, true)
                .is_none()
            && self.and_joined(place_end, false).is_none()
            && self
                .lex
                .places
                .contains_key(self.key(place_start, place_end).as_ref())
    }

    /// A word written with a digit in it or in the hyphenated word it opens ("STS-1", "G7"): a
    /// mission, model or flight code, which names no body, so "Kennedy Space Center on STS-1"
    /// is a place and its mission, not one name.
    pub(super) fn is_code(&self, i: usize) -> bool {
        let Some(token) = self.tokens.get(i) else {
            return false;
        };
        self.text[token.start..]
            .split(char::is_whitespace)
            .next()
            .is_some_and(|word| word.bytes().any(|c| c.is_ascii_digit()))
    }

    /// "Securities and Exchange Commission", "Trade and Industry Secretary": capitalised words
    /// joined by "and" into one name when the words after it end in an organisation's cue word
    /// or an office title. The end of the joined run, if so.
    pub(super) fn and_joined(&self, i: usize, body_of: bool) -> Option<usize> {
        if i == 0 || !(self.tokens.get(i).is_some_and(|t| t.is_word()) && self.word(i) == "and") {
            return None;
        }
        let mut end = i + 1;
        while self.is_cap_word(end) && self.tokens[end].space_before && !self.credit_label(end) {
            end += 1;
        }
        // "Law and Justice (PiS)": a name its short form in brackets closes is one, whatever
        // its words are (a title's too: "Justice"), unless a place opens the words after "and".
        let bracket = (i + 1..self.tokens.len().min(i + 5))
            .take_while(|&k| {
                let t = &self.tokens[k];
                t.is_word() && t.cap && t.space_before
            })
            .last()
            .map_or(end, |k| k + 1);
        if self.short_form_in_brackets(bracket) && !self.lex.places.contains_key(self.word(i + 1)) {
            return Some(bracket);
        }
        if end == i + 1 {
            return None;
        }
        // The word right after "and" must not start a new name of its own kind (a place: the
        // "Kazakhstan and Uzbekistan" of a list); a cue or office word must come within the run.
        let first = self.word(i + 1);
        // ("President Trump and Chancellor Merkel": a title opening the words after "and"
        // starts a second titled name.)
        // ("... and The Rt Hon Priti Patel", "... and The Times": a capitalised article opens a
        // name of its own.)
        // ("Centre for Strategic and International Studies", "Centre for Irish and Scottish
        // Studies": in what a body is "of" or "for", an adjective may open the words after
        // "and", where they end in a word of their own.)
        let remit_adjective = || {
            body_of
                && end - (i + 1) >= 2
                && !self.lex.demonyms.contains_key(self.word(end - 1))
                && !self.lex.places.contains_key(self.word(end - 1))
                && !(i + 1..end).any(|k| {
                    let w = self.word(k);
                    self.lex.is_title(w)
                        || self.lex.is_office_title(w)
                        || self.lex.org_cues.contains(w)
                })
        };
        // "Secretary of State for European and Eurasian Affairs", "Department of Economic and
        // Social Affairs": one portfolio, whatever its words name.
        if self.portfolio_over_and(i, end) {
            return Some(end);
        }
        if first == "The"
            || self.lex.places.contains_key(first)
            || (self.lex.demonyms.contains_key(first) && !remit_adjective())
            || self.lex.organizations.contains_key(first)
            // ("National Defense and Security Forces": a title word opening a body's name,
            // where the words before "and" name no body of their own: "the Department for
            // International Development and Foreign Office" are two.)
            || (self.lex.is_title(first)
                && (!self.lex.org_cues.contains(self.word(end - 1)) || self.body_named_before(i)))
            || (self.lex.is_office_title(first) && !self.lex.org_cues.contains(first))
        {
            return None;
        }
        // ("Foreign Minister Tom Ikimi and Petroleum Minister Dan Etete": the words before
        // "and" already name a person after an office's title.)
        let run_start = (0..i)
            .rev()
            .take_while(|&k| self.is_cap_word(k))
            .last()
            .unwrap_or(i);
        let titled_name_before = (run_start..i - 1).any(|k| self.lex.is_office_title(self.word(k)))
            && !self.lex.is_title(self.word(i - 1))
            && !self.lex.is_office_title(self.word(i - 1))
            && !self.lex.org_cues.contains(self.word(i - 1));
        if titled_name_before {
            return None;
        }
        // "GB News and TK Radio": a name already ended by its cue word is complete; a cue word
        // alone is not ("Securities and Exchange Commission"), nor is one when the words after
        // "and" open with a cue word too ("US Securities and Exchange Commission"), unless both
        // sides end in a body's head word ("Home Office and Cabinet Office").
        let before = self.word(i - 1);
        let (head, hyphened) = match before.rsplit_once('-') {
            Some((_, last)) => (last, true),
            None => (before, false),
        };
        // ("BHF-Bank and Dresdner Bank": the cue word ends a hyphenated name.)
        let two_bodies = BODY_HEADS.contains(&head) && BODY_HEADS.contains(&self.word(end - 1));
        // ("the House Energy and Commerce Committee": a cue word of trade before "and", then one
        // word and a body's head word, is the body's remit, not a name of its own.)
        let remit = end == i + 3
            && BODY_HEADS.contains(&self.word(end - 1))
            && !BODY_HEADS.contains(&head)
            && !hyphened
            // ("the International Monetary Fund and World Bank": two listed bodies.)
            && !self.lex.organizations.contains_key(self.key(i + 1, end).as_ref())
            && !(run_start..i).any(|k| self.lex.organizations.contains_key(self.key(k, i).as_ref()));
        if i > 1
            && self.tokens[i - 1].cap
            && self.lex.org_cues.contains(head)
            && !remit
            && (!self.lex.org_cues.contains(first) || two_bodies)
            && (hyphened || (self.is_cap_word(i - 2) && !self.is_function_word(i - 2)))
        {
            return None;
        }
        // ("Voice of America and Radio Free Europe": a listed body's whole name before "and"
        // is complete, unless the words joined are listed as one.)
        let listed_before = (i.saturating_sub(5)..i - 1).any(|k| {
            self.is_cap_word(k) && self.lex.organizations.contains_key(self.key(k, i).as_ref())
        });
        if listed_before
            && !(i.saturating_sub(5)..i).any(|k| {
                self.lex
                    .organizations
                    .contains_key(self.key(k, end).as_ref())
            })
        {
            return None;
        }
        if body_of {
            return Some(end);
        }
        // ("the Strategic and Economic Dialogue": talks named over "and".)
        let talks = super::events::TALKS_HEADS.contains(&self.word(end - 1));
        (talks
            || (i + 1..end).any(|k| {
                let w = self.word(k);
                self.lex.org_cues.contains(w) || self.lex.is_office_title(w)
            }))
        .then_some(end)
    }

    /// Whether token `i` is a plural's possessive inside a body's name: "Farmers'" or
    /// "Women's" with capitalised words after it that end in an organisation's cue word
    /// ("National Farmers' Union", "Women's Institute").
    fn plural_possessive_inside(&self, i: usize) -> bool {
        if i == 0
            || !self
                .tokens
                .get(i)
                .is_some_and(|t| t.kind == TokenKind::Possessive)
        {
            return false;
        }
        let owner = self.word(i - 1);
        let apostrophe_only = self.tokens[i].end - self.tokens[i].start <= '’'.len_utf8();
        let plural = (apostrophe_only && owner.ends_with('s'))
            || matches!(owner, "Women" | "Children" | "Men");
        let mut end = i + 1;
        while self.is_cap_word(end) && self.tokens[end].space_before {
            end += 1;
        }
        // ("the Liberal Democrats' Home Office spokesman", "the Conservatives' Treasury team": a
        // listed body owns the post, no name holds it.)
        let mut owner_start = i - 1;
        while owner_start > 0
            && self.is_cap_word(owner_start - 1)
            && self.tokens[owner_start].space_before
        {
            owner_start -= 1;
        }
        plural
            && self.tokens[i - 1].cap
            && (i + 1..end).any(|k| self.lex.org_cues.contains(self.word(k)))
            && !(owner_start..i)
                .any(|k| self.lex.organizations.contains_key(self.key(k, i).as_ref()))
    }

    /// "U.S. Court of Appeals for the 5th Circuit", "the Court of Appeal for Ontario": where
    /// the end of a court's name at `end` goes on over "for" to the circuit, district, state or
    /// province it sits for.
    fn courts_seat_after(&self, start: usize, end: usize) -> Option<usize> {
        if !self.lowercase_word_in(end, &["for"]) || !(start..end).any(|k| self.word(k) == "Court")
        {
            return None;
        }
        let mut k = end + 1;
        if self.lowercase_word_in(k, &["the"]) {
            k += 1;
            let numbered = self
                .tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Number && super::is_ordinal(self.word(k)));
            let first = if numbered { k + 1 } else { k };
            let seat_end = self.cap_run_end(first);
            if seat_end == first || !matches!(self.word(seat_end - 1), "Circuit" | "District") {
                return None;
            }
            // ("for the Southern District of New York": a district is of its state.)
            let state_end = self.cap_run_end(seat_end + 1);
            let of_a_state = self.lowercase_word_in(seat_end, &["of"])
                && self
                    .lex
                    .places
                    .contains_key(self.key(seat_end + 1, state_end).as_ref());
            return Some(if of_a_state { state_end } else { seat_end });
        }
        let seat_end = self.cap_run_end(k);
        self.lex
            .places
            .get(self.key(k, seat_end).as_ref())
            .is_some_and(|p| matches!(p.place_type, PlaceType::Region | PlaceType::Country))
            .then_some(seat_end)
    }

    /// Whether token `i` is the possessive of a founder's one word that opens a company's name
    /// ending, within three more words, in a legal ending: "Pilgrim's Pride Corp", "Dick's
    /// Sporting Goods Inc" (not a listed body's: "Google's DeepMind Technologies Ltd" is
    /// Google's unit).
    fn founders_possessive_in_a_company(&self, start: usize, i: usize) -> bool {
        if i != start + 1 || !self.possessive_then_name(i) {
            return false;
        }
        let owner = self.word(start);
        let end = self.cap_run_end(i + 1);
        end - (i + 1) <= 3
            && LEGAL_ENDINGS.contains(&self.word(end - 1).trim_end_matches('.'))
            && !self.lex.lists_place_or_body(owner)
            && !self.lex.is_capitalised_common_word(owner)
    }

    /// Whether token `i` is an office's possessive inside the name of the body that serves it:
    /// "Sheriff's Office", "District Attorney's Office", "the Prime Minister's Office".
    fn office_possessive_inside(&self, i: usize) -> bool {
        i > 0
            && self.possessive_then_name(i)
            && self.tokens[i - 1].cap
            && (self.lex.is_office_title(self.word(i - 1)) || self.lex.is_title(self.word(i - 1)))
            && self.cue_worded_name_after(i + 1)
    }

    /// Whether token `i` is the possessive of a saint or a founder named by one word inside a
    /// building's name: "St George's Hospital", "St Paul's Cathedral", "Guy's Hospital",
    /// "Addenbrooke's Hospital", "St Thomas' Hospital", "St James' Park" (not a place's:
    /// "London's Hyde Park"; nor a longer name's: "Tony Blair's Church").
    fn founders_possessive_inside(&self, start: usize, i: usize) -> bool {
        const BUILDINGS: [&str; 8] = [
            "Hospital",
            "Infirmary",
            "Cathedral",
            "Church",
            "Chapel",
            "Abbey",
            "College",
            "School",
        ];
        if !self.possessive_then_name(i) {
            return false;
        }
        let saint = matches!(self.word(start), "St" | "St." | "Saint") && i == start + 2;
        let owner = self.word(start);
        let founder = i == start + 1
            && self.lex.given_names.contains(owner)
            && !self.lex.places.contains_key(owner);
        let mut end = i + 1;
        while self.is_cap_word(end) && self.tokens[end].space_before {
            end += 1;
        }
        // A saint names grounds and squares too ("St James' Park", "St Peter's Square").
        const SAINTS_GROUNDS: [&str; 6] = ["Park", "Square", "Gardens", "Hall", "Palace", "Gate"];
        let head = self.word(end - 1);
        // ("Addenbrooke's Hospital": a founder's surname alone names a hospital or a church
        // too, not a school: "Harvard's Medical School" is the university's.)
        let surname_founder = i == start + 1
            && !self.lex.lists_place_or_body(owner)
            && !self.lex.is_capitalised_common_word(owner)
            && !matches!(head, "College" | "School");
        ((saint || founder || surname_founder) && BUILDINGS.contains(&head))
            || (saint && SAINTS_GROUNDS.contains(&head))
    }

    /// Whether token `i` is the possessive of a "People" just before it with a capitalised word
    /// right after: the "People's" that belongs to a name rather than owning what follows.
    fn peoples_inside(&self, i: usize) -> bool {
        i > 0 && self.word(i - 1) == "People" && self.possessive_then_name(i)
    }

    /// Whether the possessive at `end` ends a listed body's name that opens at `start` or
    /// after English words only ("Sainsbury's", "Rival McDonald's"; not "Helmut Kohl's").
    fn listed_possessive_name(&self, start: usize, end: usize) -> bool {
        self.tokens
            .get(end)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
            && (start..end)
                .take_while(|&a| {
                    a == start || self.lex.is_capitalised_common_word(self.word(a - 1))
                })
                .any(|a| {
                    self.lex
                        .organizations
                        .contains_key(self.key(a, end + 1).as_ref())
                })
    }

    /// Whether capitalised words from token `i`, spaced, end in an organisation's cue word
    /// ("Investors Service").
    fn cue_worded_name_after(&self, i: usize) -> bool {
        let mut end = i;
        while self.is_cap_word(end) && self.tokens[end].space_before && end - i < 4 {
            end += 1;
        }
        end > i && self.lex.org_cues.contains(self.word(end - 1))
    }

    /// Whether token `i` is a possessive with a capitalised word after it, spaced.
    fn possessive_then_name(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
            && self.is_cap_word(i + 1)
            && self.tokens[i + 1].space_before
    }

    /// Whether tokens from `i` read "Her Majesty's" or "His Majesty's".
    pub(super) fn is_majesty_s(&self, i: usize) -> bool {
        matches!(self.word(i), "Her" | "His")
            && self.tokens.get(i + 1).is_some()
            && self.word(i + 1) == "Majesty"
            && self
                .tokens
                .get(i + 2)
                .is_some_and(|t| t.kind == TokenKind::Possessive)
    }

    /// Whether token `i` is a capitalised word made a participle by a hyphen: "Chicago-based",
    /// "US-led", "Kremlin-backed", "Berlin-born", "Taliban-held".
    pub(super) fn is_hyphenated_modifier(&self, i: usize) -> bool {
        is_hyphenated_modifier(self.word(i))
    }

    /// Whether token `i` is the full stop of "St." (or "Mt.", "Ft.") before a capitalised word.
    fn saint_before(&self, i: usize) -> bool {
        i > 0
            && matches!(self.word(i - 1), "St" | "Ste" | "Mt" | "Ft")
            && self
                .tokens
                .get(i)
                .is_some_and(|t| t.is_punct('.') && !t.space_before)
            && self.is_cap_word(i + 1)
            && self.tokens[i + 1].space_before
    }

    /// The number of tokens from `end` through the surname after a quoted nickname, when the
    /// name before `end` ends in a given name ('Lewis "Dink" Hebblethwaite', "Ruan 'Rooi'
    /// Swanepoel", 'Forward Lewis "Dink" Hebblethwaite').
    fn nickname_after(&self, start: usize, end: usize) -> Option<usize> {
        let opens = |t: &Token| matches!(t.kind, TokenKind::Punct('"' | '“' | '‘' | '\''));
        let closes = |t: &Token| matches!(t.kind, TokenKind::Punct('"' | '”' | '’' | '\''));
        if end == start {
            return None;
        }
        // ('Robert L. "Bob" Dunham': the chunk ends at the initial, before its stop.)
        let stop = self
            .tokens
            .get(end)
            .is_some_and(|t| t.is_punct('.') && !t.space_before);
        let from = end;
        let end = if stop { end + 1 } else { end };
        if !self.may_open_a_nickname(start, end - 1) {
            return None;
        }
        self.tokens
            .get(end)
            .filter(|t| opens(t) && t.space_before)?;
        let words = (end + 1..end + 3)
            .take_while(|&k| self.is_cap_word(k))
            .count();
        let close = end + 1 + words;
        let shaped = words >= 1
            && !self.tokens[end + 1].space_before
            && self
                .tokens
                .get(close)
                .is_some_and(|t| closes(t) && !t.space_before)
            && self.is_cap_word(close + 1)
            && self.tokens[close + 1].space_before;
        // ('Gerald "Gerry" Wampler Sr.': a generation after the surname is the name's too.)
        let generation = close + 2 < self.tokens.len()
            && self.tokens[close + 2].cap
            && super::people::is_generation(self.word(close + 2));
        shaped.then_some(close + 2 + usize::from(generation) - from)
    }

    /// Whether the word at `last` (of a chunk opening at `start`) may come right before a
    /// quoted nickname: a given name, an initial after one ('Robert L. "Bob" Dunham'), or a
    /// capitalised word no list knows as anything else ('Tyriana "Ty" Howell').
    fn may_open_a_nickname(&self, start: usize, last: usize) -> bool {
        let word = self.word(last);
        if self.lex.is_given_name(word) {
            return true;
        }
        let initial = |k: usize| {
            let w = self.word(k);
            w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase())
        };
        // ("L." is a letter and its stop.)
        let initial_at = if self.tokens[last].is_punct('.') {
            last.checked_sub(1).filter(|&k| k >= start && initial(k))
        } else {
            initial(last).then_some(last)
        };
        if let Some(k) = initial_at {
            return k > start && self.lex.is_given_name(self.word(k - 1));
        }
        self.tokens[last].cap
            && self.tokens[last].is_word()
            && word.chars().skip(1).all(char::is_lowercase)
            && !self.lex.is_capitalised_common_word(word)
            && !self.lex.lists_place_or_body(word)
            && !self.lex.org_cues.contains(word)
            && !self.lex.is_title(word)
            && !self.lex.demonyms.contains_key(word)
    }

    /// Where the given name opens a name `a..b` that goes on in a quoted nickname and a
    /// surname (after "Forward" in 'Forward Lewis "Dink" Hebblethwaite').
    pub(super) fn nicknamed_from(&self, a: usize, b: usize) -> Option<usize> {
        let k = (a + 1..b).find(|&k| self.nickname_after(a, k).is_some_and(|n| k + n == b))?;
        // ('Robert L. "Bob" Dunham': the given name before the initial and its stop.)
        if k >= a + 3 && self.tokens[k - 1].is_punct('.') {
            return Some(k - 3);
        }
        Some(if k >= a + 2 && self.lex.is_given_name(self.word(k - 2)) {
            k - 2
        } else {
            k - 1
        })
    }

    /// "Keefe, Bruyette & Woods", "Wachtell, Lipton, Rosen & Katz": partners' surnames listed
    /// with commas up to an "&" name one firm of bankers or lawyers. Each before the "&" is one
    /// capitalised word that is no place, people, common word or cue (a brand's name or a given
    /// name may be a partner's: "Lipton", "Rosen"). The end of the name after the "&", if so.
    fn partners_listed(&self, start: usize) -> Option<usize> {
        let surname = |k: usize| {
            let w = self.word(k);
            self.is_cap_word(k)
                && !self.lex.places.contains_key(w)
                && !self.lex.demonyms.contains_key(w)
                && !self.lex.is_capitalised_common_word(w)
                && !self.lex.org_cues.contains(w)
        };
        let is_punct = |k: usize, c: char| self.tokens.get(k).is_some_and(|t| t.is_punct(c));
        if !surname(start) {
            return None;
        }
        let mut at = start + 1;
        let mut parts = 1;
        // (Not a list tokenised with a space before each comma: "Telemundo , Univision".)
        while is_punct(at, ',') && !self.tokens[at].space_before && surname(at + 1) {
            parts += 1;
            at += 2;
        }
        (parts >= 2 && self.ampersand_inside(at)).then_some(at + 2)
    }

    /// Whether token `i` is a spaced "&" between capitalised words ("Marks & Spencer").
    pub(super) fn ampersand_inside(&self, i: usize) -> bool {
        i > 0
            && self.is_cap_word(i - 1)
            && self
                .tokens
                .get(i)
                .is_some_and(|t| t.is_punct('&') && t.space_before)
            && self.is_cap_word(i + 1)
            && self.tokens[i + 1].space_before
    }

    /// A label such as "Image:" or "Photo:" that opens a credit right after a caption
    /// ("... and Captain America Image: Nick Moreau."): it ends the name before it.
    fn credit_label(&self, i: usize) -> bool {
        self.tokens.get(i + 1).is_some_and(|t| t.is_punct(':'))
            && self.lex.not_names.contains(self.word(i))
    }

    /// Whether a listed place or organisation of two words or more starts at `a` (before `end`):
    /// its first word is kept even where a sentence opens with it ("New Zealand's flag"). Not
    /// "The" ("The Times"): names are cut without their article, bar places whose article
    /// is their name's ("The Hague").
    pub(super) fn opens_listed_name(&self, a: usize, end: usize) -> bool {
        if self.word(a) == "The" {
            return end - a >= 2 && self.lex.places.contains_key(self.key(a, a + 2).as_ref());
        }
        (2..=(end - a).min(4)).any(|n| {
            let key = self.key(a, a + n);
            self.lex.places.contains_key(key.as_ref())
                    || self.lex.organizations.contains_key(key.as_ref())
                    // "NEW YORK 1996-09-07": a wire dateline in capitals.
                    || self.lex.places_upper.contains_key(key.as_ref())
        })
    }

    /// The end of the longest listed place, event or body that runs from a word of the chunk
    /// `start..end` over the lowercase word at `end` to a capitalised word ("Dar es Salaam",
    /// "Tour de France").
    fn listed_name_over_small_words(&self, start: usize, end: usize) -> Option<usize> {
        let small = self.tokens.get(end)?;
        if !small.is_word() || small.cap || !small.space_before {
            return None;
        }
        // ("Later Dar es Salaam was calm": the place may start inside the chunk.)
        (start.max(end.saturating_sub(3))..end).find_map(|from| {
            let last = (from + 6).min(self.tokens.len());
            (end + 2..=last).rev().find(|&k| {
                self.is_cap_word(k - 1)
                    && (from + 1..k)
                        .all(|j| self.tokens[j].space_before && self.tokens[j].is_word())
                    && {
                        let name = &self.text[self.tokens[from].start..self.tokens[k - 1].end];
                        self.lex.places.contains_key(name)
                            || self.lex.events.contains(name)
                            || self.lex.organizations.contains_key(name)
                    }
            })
        })
    }

    /// The end of a listed body whose name runs from a word of the chunk `start..end` over the
    /// slash at `end` ("RFE/RL", "Radio Free Europe/Radio Liberty"); two names a slash joins
    /// are otherwise two ("EU/IMF").
    fn listed_name_over_a_slash(&self, start: usize, end: usize) -> Option<usize> {
        let slash = self.tokens.get(end)?;
        if !slash.is_punct('/') || slash.space_before || !self.is_cap_word(end + 1) {
            return None;
        }
        if self.tokens[end + 1].space_before {
            return None;
        }
        let run_end = self.cap_run_end(end + 1);
        // ("Later RFE/RL reported": the name may start inside the chunk.)
        (start.max(end.saturating_sub(3))..end).find_map(|from| {
            (end + 2..=run_end).rev().find(|&k| {
                self.lex
                    .organizations
                    .contains_key(&self.text[self.tokens[from].start..self.tokens[k - 1].end])
            })
        })
    }

    /// "the Dane Søren Kjærgaard", "the Basque Iñaki Goikoetxea": a national's noun after
    /// "the" and before a given name and a surname is no part of the name. ("Dane" and "Finn"
    /// are given names too: they are nationals only here.)
    fn national_before_a_name(&self, i: usize) -> bool {
        let word = self.word(i);
        if !(i > 0
            && self.lowercase_word_in(i - 1, &["the", "fellow"])
            && (self.lex.demonyms_also_given_names.contains(word)
                || self.lex.demonyms.contains_key(word)
                || self.lex.names_a_people(word)))
        {
            return false;
        }
        let end = self.cap_run_end(i);
        self.is_cap_word(i + 1)
            && self.lex.is_given_name(self.word(i + 1))
            && !self.lex.is_capitalised_common_word(self.word(i + 1))
            && (3..=4).contains(&(end - i))
            // ("the Islamic Jihad League", "the German Ice Hockey Federation", "the American
            // Red Cross": a body's name.)
            && !self.lex.lists_place_or_body(&self.key(i, end))
            && !(i + 1..end).any(|k| {
                let w = self.word(k);
                self.lex.org_cues.contains(w) || self.lex.places.contains_key(w)
            })
    }

    /// "Combined Joint Task Force – Operation Inherent Resolve", "United States Forces–Iraq":
    /// a command's name goes on over a dash to the operation it runs, or, with no space
    /// around the dash, to the listed country it serves. The end of the name, if so.
    fn theatre_after_a_dash(&self, start: usize, end: usize) -> Option<usize> {
        let dash = self
            .tokens
            .get(end)
            .filter(|t| matches!(t.kind, TokenKind::Punct('–' | '—')))?;
        if !(start..end).any(|k| self.lex.org_cues.contains(self.word(k))) {
            return None;
        }
        let first = end + 1;
        if self.word(first) == "Operation" && self.is_cap_word(first + 1) {
            return Some(self.cap_run_end(first + 1));
        }
        let tight = !dash.space_before && self.tokens.get(first).is_some_and(|t| !t.space_before);
        if !tight || !self.is_cap_word(first) {
            return None;
        }
        // ("the Defence Ministry—Kazakhstan's top body—agreed": an aside about a place.)
        (first + 1..=self.cap_run_end(first)).rev().find(|&e| {
            self.lex.places.contains_key(self.key(first, e).as_ref())
                && self
                    .tokens
                    .get(e)
                    .is_none_or(|t| t.kind != TokenKind::Possessive)
        })
    }

    /// Maximal capitalised chunks, joined over connectors where the head word allows it.
    pub(super) fn chunks(&self) -> Vec<(usize, usize)> {
        let mut chunks = Vec::new();
        let mut i = 0;
        while i < self.tokens.len() {
            if !self.is_cap_word(i) {
                i += 1;
                continue;
            }
            if self.national_before_a_name(i) {
                i += 1;
                continue;
            }
            if let Some(unit_end) = self.numbered_unit_end(i) {
                chunks.push((i, unit_end));
                i = unit_end;
                continue;
            }
            let start = i;
            let mut end = i + 1;
            let mut used_of = false;
            // "Organisation for Security and Cooperation in Europe": what a body is "of" or
            // "for" may be several things joined by "and".
            let mut body_of = false;
            // The cue word such a body is named by ("University" of "University of X").
            let mut body_head: Option<&str> = None;
            let mut joined_of_and = false;
            loop {
                while self.is_cap_word(end)
                    && self.tokens[end].space_before
                    && !self.credit_label(end)
                    // "the Royal Jordanian Air Force F-16s": a type's designation after a
                    // body's cue word is what the body has, not more of its name; after a
                    // listed company's one word it is a model it makes ("Siemens SX1",
                    // "Airbus A380").
                    && !(self.word(end).bytes().any(|c| c.is_ascii_digit())
                        && (self.lex.org_cues.contains(self.word(end - 1))
                            || self.lex.organizations.contains_key(self.word(end - 1))))
                    // "Angus Robertson MSP said": a seat or an honour after two names is
                    // no more of the name.
                    && !(end - start >= 2 && self.is_postnominal(end))
                {
                    end += 1;
                }
                // The given name may follow a title ("President Ursula von der Leyen").
                let particles = (start.max(end.saturating_sub(3))..end)
                    .find_map(|given| self.name_particles_after(given, end));
                if let Some(n) = particles {
                    // "Nikolaus van der Pas", "Ursula von der Leyen": one person's name.
                    end += n;
                    continue;
                }
                // (The particles first: the prefix test scans the place cues.)
                if end == start + 1
                    && let Some(n) = self
                        .small_words_before_a_name(end, |_, word| PLACE_PARTICLES.contains(&word))
                    && self.lex.is_place_prefix(self.word(start))
                {
                    // "Rue de Rivoli", "Palais des Nations": a place's first word, its small
                    // words and the name.
                    end += n;
                    continue;
                }
                if end == start + 1 && self.company_of_a_place(start) {
                    // "Telefonica de Argentina", "Petroleos de Venezuela": one company's name.
                    end += 2;
                    continue;
                }
                if let Some(listed_end) = self.listed_name_over_small_words(start, end) {
                    // "Dar es Salaam", "Port of Spain", "Bosnia and Herzegovina": a listed
                    // place's own small words.
                    end = listed_end;
                    continue;
                }
                if let Some(listed_end) = self.listed_name_over_a_slash(start, end) {
                    // "RFE/RL", "Radio Free Europe/Radio Liberty": a listed body's own slash.
                    end = listed_end;
                    continue;
                }
                if self.saint_before(end) {
                    // "St. Petersburg", "University of St. Andrews": "St." is a name's word.
                    end += 2;
                    continue;
                }
                if let Some(n) = self.nickname_after(start, end) {
                    // 'Lewis "Dink" Hebblethwaite': a nickname in quotation marks between a
                    // given name and a surname is part of the name.
                    end += n;
                    continue;
                }
                if self.ampersand_inside(end) {
                    // "Marks & Spencer", "Procter & Gamble": one name.
                    end += 2;
                    continue;
                }
                if end == start + 1
                    && let Some(firm_end) = self.partners_listed(start)
                {
                    end = firm_end;
                    continue;
                }
                // ("Operation Freedom's Sentinel": an operation's name may hold a possessive.)
                let operation_possessive =
                    self.word(start) == "Operation" && self.possessive_then_name(end);
                // "Her Majesty's Government", "His Majesty's Treasury": a crown body's name.
                let majesty_possessive =
                    self.word(end - 1) == "Majesty" && self.possessive_then_name(end);
                if self.listed_possessive_name(start, end) {
                    // "Sainsbury's said", "McDonald's": the firm's own name ends in "'s".
                    end += 1;
                    // ("Moody's Investors Service": the firm's name goes on to a cue word of
                    // its own.)
                    if self.cue_worded_name_after(end) {
                        continue;
                    }
                    break;
                }
                if self.peoples_inside(end)
                    || self.office_possessive_inside(end)
                    || self.founders_possessive_in_a_company(start, end)
                    || self.plural_possessive_inside(end)
                    || self.founders_possessive_inside(start, end)
                    || operation_possessive
                    || majesty_possessive
                {
                    // "Korean People's Army", "People's Party": "People's" is part of the name.
                    end += 1;
                    continue;
                }
                let head = self.word(end - 1);
                // "UN Support Mission in Libya": a mission is named after where it serves.
                if head == "Mission" && self.in_listed_place(end) > 0 {
                    end += self.in_listed_place(end);
                    continue;
                }
                // ("Office on Drugs and Crime and Interpol": what a body is "of" takes one
                // "and".)
                if body_of
                    && !joined_of_and
                    && let Some(joined) = self.comma_joined(end)
                {
                    joined_of_and = true;
                    end = joined;
                    continue;
                }
                // "University of Central Florida and Johns Hopkins University": words after
                // "and" that end in the body's own cue word name a second one.
                let second_body = body_head.is_some_and(|h| {
                    let run_end = self.cap_run_end(end + 1);
                    self.word(end) == "and" && run_end > end + 1 && self.word(run_end - 1) == h
                });
                if second_body {
                    break;
                }
                if !body_of
                    && let Some(listed_end) = self
                        .trades_listed_before_cue(start, end)
                        .or_else(|| self.places_joined_before_cue(start, end))
                {
                    end = listed_end;
                    continue;
                }
                if let Some(joined) = self.and_joined(end, body_of && !joined_of_and) {
                    joined_of_and |= body_of;
                    end = joined;
                    if body_of {
                        end += self.in_listed_place(end);
                    }
                    continue;
                }
                // "Movement for the Survival of the Ogoni People": once a body's name runs on
                // past its cue word, what it is "of" belongs to it too.
                let connector = self
                    .connector_after(head, end, used_of)
                    .or_else(|| body_of.then(|| self.of_after(end)).flatten())
                    .or_else(|| self.purpose_after(head, end))
                    .or_else(|| self.romance_connector_after(start, end));
                // "the Commonwealth of Pennsylvania": a place's formal name is read whole.
                if end - start == 1
                    && let Some((place_end, _)) =
                        self.formal_place_name(start, end, self.tokens.len())
                {
                    end = place_end;
                    continue;
                }
                if let Some(listed_end) = self.listed_body_running_on(start, end) {
                    // "Islamic State of Iraq and Syria": a listed body's name is read whole.
                    end = listed_end;
                    continue;
                }
                // "the Group of 20", "the Group of 77": a group named by its count.
                if self.word(end - 1) == "Group"
                    && self.lowercase_word_in(end, &["of"])
                    && self
                        .tokens
                        .get(end + 1)
                        .is_some_and(|t| t.kind == TokenKind::Number && t.end - t.start <= 3)
                {
                    end += 2;
                    continue;
                }
                if let Some(court_end) = self.courts_seat_after(start, end) {
                    end = court_end;
                    continue;
                }
                if let Some(theatre_end) = self.theatre_after_a_dash(start, end) {
                    end = theatre_end;
                    continue;
                }
                match connector {
                    Some(n) if !self.place_after_named_body(start, end, n) => {
                        used_of |= self.word(end) == "of";
                        // ("Office on Drugs and Crime".)
                        if self.lex.org_cues.contains(head)
                            && matches!(self.word(end), "of" | "for" | "on")
                        {
                            body_of = true;
                            body_head.get_or_insert(head);
                        }
                        end += n;
                    }
                    _ => break,
                }
            }
            let mut a = start;
            // "New People Party said ...": "New" before words that end in an organisation's
            // cue word is part of the name, as it is before words the article describes as a
            // body or gives a short form ("New Democracy, the Greek opposition,").
            let new_body = end - start >= 2
                && self.word(start) == "New"
                && (self.lex.org_cues.contains(self.word(end - 1))
                    || self.bodies_described_after(end, false, true)
                    || self.short_form_in_brackets(end));
            let crown = end - a >= 3 && self.is_majesty_s(a);
            while a < end
                && !(a == start && (new_body || crown))
                && !self.opens_listed_name(a, end)
                && (self.tokens[a].sentence_start
                    || self.word(a) == "The"
                    || self.zone == ZoneKind::Title)
                && (self.is_function_word(a)
                    || self.opens_with_a_gerund(a)
                    || self
                        .lex
                        .location_prepositions
                        .contains(&self.lower(a).as_ref()))
            {
                a += 1;
            }
            // "the $10 Billion Homeowners Assistance Fund": an amount's word opens no name.
            if end - a >= 2
                && a > 0
                && self.tokens[a - 1].kind == TokenKind::Number
                && matches!(self.word(a), "Million" | "Billion" | "Trillion")
            {
                a += 1;
            }
            // "the Chicago-based Poetry Foundation", "Kremlin-backed Wagner Group": a place's
            // or body's word made a modifier describes the name after it and is read alone.
            if end - a >= 2 && self.is_hyphenated_modifier(a) {
                chunks.push((a, a + 1));
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
}

/// Whether `word` is a name made a participle by a hyphen: "Chicago-based", "US-led",
/// "Berlin-born".
pub(crate) fn is_hyphenated_modifier(word: &str) -> bool {
    let Some((_, last)) = word.rsplit_once('-') else {
        return false;
    };
    last.len() >= 3
        && last.chars().all(|c| c.is_ascii_lowercase())
        && (last.ends_with("ed")
            || matches!(last, "born" | "run" | "made" | "held" | "built" | "bound"))
}

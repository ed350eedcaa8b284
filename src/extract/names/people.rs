//! People and their roles: a name after a title ("Defence Minister Saken Zhasuzakov"), after a
//! rank or role noun, before an appositive role (", a political scientist"), or next to a speech
//! verb; and the role phrases themselves, read before or after the name.

use super::organisations::is_acronym;
use super::tokens::{after_a_work_noun, collapse_spaces};
use super::{Reader, ZoneKind, ZoneNames};
use crate::extract::dates::{is_weekday, month_of, with_lowercase};
use crate::extract::text::{TokenKind, is_initial};
use crate::facts::{EntityKind, PlaceType};

/// The head words of a document's, treaty's or plan's name: never a person's surname.
pub(crate) const DOCUMENT_HEADS: [&str; 18] = [
    "Declaration",
    "Accord",
    "Accords",
    "Agreement",
    "Agreements",
    "Treaty",
    "Convention",
    "Protocol",
    "Charter",
    "Act",
    "Plan",
    "Vision",
    "Strategy",
    "Doctrine",
    "Memorandum",
    "Pact",
    "Communique",
    "Communiqué",
];

/// Military ranks written out before a name.
const MILITARY_RANKS: [&str; 10] = [
    "General",
    "Lieutenant",
    "Colonel",
    "Major",
    "Captain",
    "Admiral",
    "Sergeant",
    "Brigadier",
    "Corporal",
    "Marshal",
];

/// Words that, with the military ranks and the listed honorifics (`assets/honorifics.txt`),
/// make a rank or an honorific written out before a name, which alone make no role.
const RANK_PARTS_AND_STYLES: [&str; 12] = [
    "Vice", "Rear", "Air", "Field", "Lance", "Staff", "Flight", "Wing", "Squadron", "Chief",
    "Sheikh", "Doctor",
];

/// The lowercase particles of a surname ("van der", "von", "de la", "bin", "arap").
pub(crate) const SURNAME_PARTICLES: [&str; 27] = [
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "dos", "das", "le", "la",
    "bin", "bint", "ibn", "ter", "wa", "dela", "delos", "arap", "ten",
    // Turkic patronymics' words: "Tofik Kamal oglu Huseynov".
    "oglu", "ogly", "kyzy", "qizi",
];
impl<'a> Reader<'a> {
    /// "Kazakh Minister of Defence Saken Zhasuzakov": the title part is the role, the rest the name.
    pub(super) fn person_after_title(&self, a: usize, b: usize, out: &mut ZoneNames) -> bool {
        let is_title = |i: usize| self.tokens[i].cap && self.lex.is_title(self.word(i));
        // "Leeds band Kaiser Chiefs": after a kind of body, a title's word opens its name;
        // before a given name it stays the title ("Space agency Administrator Charles Bolden").
        if is_title(a)
            && a + 1 < b
            && !self.lex.is_given_name(self.word(a + 1))
            && a > 0
            && self.tokens[a - 1].is_word()
            && !self.tokens[a - 1].cap
            && self.lex.is_body_descriptor(self.word(a - 1))
        {
            return false;
        }
        // "Prime Minister John Major said", "Prime Minister Hun Sen said": a title's word that
        // ends the name right after a given name, with no name after it, is the surname.
        let surname_end = b - 1 > a
            && is_title(b - 1)
            && !is_title(b - 2)
            && self.lex.is_given_name(self.word(b - 2))
            && !self.is_cap_word(b);
        let last_title = if surname_end { b - 2 } else { b };
        let Some(mut j) = (a..last_title).rev().find(|&i| is_title(i)) else {
            return false;
        };
        // "Chief Executive Bernard Looney", "Chief Economist Andy Haldane": an occupation's
        // word after the title is part of it while a name of two words or more follows; alone
        // at the end ("Iain Munro, Chief Executive of Creative Scotland, said") it is the rest
        // of the office, no one's surname, unless it is a given name.
        while j + 2 <= b
            && with_lowercase(self.word(j + 1), |w| self.lex.role_nouns.contains_key(w))
            && !is_title(j + 1)
            && (j + 3 <= b || !self.lex.is_given_name(self.word(j + 1)))
        {
            j += 1;
        }
        // "Chairman of the Federal Reserve Alan Greenspan": a title's word inside the name of a
        // body after "of" (listed, or ending in a cue word) belongs to the body; the office's
        // title ends before the "of".
        if let Some(connector) = (a..j).rev().find(|&i| !self.tokens[i].cap)
            && let Some(name) = self.name_after_titled_of(connector..b)
            && let Some(start) = (connector..name).find(|&i| self.tokens[i].cap)
            && start <= j
            && name - start >= 2
            && (self.lex.org_cues.contains(self.word(name - 1))
                || self
                    .listed_body(start, name, self.key(start, name).as_ref())
                    .is_some())
            && let Some(title) = (a..connector).rev().find(|&i| is_title(i))
        {
            j = title;
        }
        let tail = j + 1..b;
        let has_office = (a..=j).any(|i| self.lex.is_office_title(self.word(i)));
        if !has_office {
            return false;
        }
        // "the General Court", "the General Data Protection Regulation": a title's word that
        // opens a body's name or English words' is no one's title.
        if j == a
            && !tail.is_empty()
            && (self.lex.org_cues.contains(self.word(tail.end - 1))
                || (tail.len() >= 2
                    && tail.clone().all(|i| {
                        self.lex.is_capitalised_common_word(self.word(i))
                            && !self.lex.is_given_name(self.word(i))
                    })))
        {
            return false;
        }
        // "Martin Luther King Jr.": a generation's suffix after a title's word is no name of
        // its own; the whole is the person's name where it opens with a given name.
        if !tail.is_empty() && tail.clone().all(|i| is_generation(self.word(i))) {
            if a < j && self.lex.is_given_name(self.word(a)) {
                self.push_person_as(
                    out,
                    a,
                    b,
                    super::CUE,
                    "a given name before the surname and a generation",
                );
                return true;
            }
            return false;
        }
        if let Some(name) = self.name_after_titled_of(tail.clone()) {
            // "Minister of Education Stefania Giannini", "Secretary of State John Kerry": the
            // title goes on over its "of" phrase, and the name opens with a given name.
            let role_start = self.role_start_before(a).unwrap_or(a);
            let role = self.clean_role(role_start, name);
            self.push_body_in_an_office(out, j + 1, name);
            self.push_person(out, name, b, role);
            Self::mark(out, super::CUE, "an office title before the name");
            return true;
        }
        // "the NATO Defence Ministers Meeting": what the holders of an office hold, no person.
        let gathering = tail.len() == 1
            && matches!(
                self.word(tail.start),
                "Meeting" | "Meetings" | "Summit" | "Conference" | "Forum" | "Council"
            );
        // "As CEO I accept responsibility": the pronoun after a title is no one's name.
        let pronoun = tail.len() == 1 && self.word(tail.start) == "I";
        // ("President Ursula von der Leyen": a surname's particles are no connector.)
        let particles = self.is_name_with_particles(tail.start, tail.end);
        if tail.is_empty()
            || gathering
            || pronoun
            || (tail.len() > 4 && !particles)
            || (self.has_connector(tail.start, tail.end) && !particles)
        {
            // "Chairman of the National Security Council": an office of a body, no person;
            // the body is read whole.
            if tail.is_empty() && self.body_after_office(a, b, out) {
                return true;
            }
            // A title without a name: places and bodies inside its first part still count ("US
            // Ambassador", "NATO Defence Ministers").
            let first_connector = (a..b).find(|&i| !self.tokens[i].cap).unwrap_or(b);
            self.names_inside_title(a, first_connector, false, out);
            return tail.is_empty() || gathering || pronoun;
        }
        // ("The Managing Director of Cowry Asset Management, Mr Johnson Chukwu": a name that
        // ends in a body's cue word is the body the office is of, no holder.)
        if self.lex.org_cues.contains(self.word(tail.end - 1)) {
            return false;
        }
        let tail_key = self.key(tail.start, tail.end);
        if let Some(place) = self.lex.places.get(tail_key.as_ref()) {
            // "Major General Hassan", "Captain Tyler": after a military rank a town's name is
            // the person's; a country's or region's stays a place ("Foreign Minister Jordan").
            let ranked = tail.len() == 1
                && MILITARY_RANKS.contains(&self.word(j))
                && place.place_type == PlaceType::City;
            if !ranked {
                return false;
            }
        }
        let role_start = self.role_start_before(a).unwrap_or(a);
        // "Lord Chancellor Lord Falconer": the honorific before the name is no part of the role.
        let role_end = if j > a && self.lex.honorifics.contains(self.word(j)) {
            j
        } else {
            j + 1
        };
        let role = self.clean_role(role_start, role_end);
        let role_start_token = role_start;
        // Places and bodies named inside the title before any connector ("US Assistant
        // Secretary", "NATO Secretary General").
        let first_connector = (a..=j).find(|&i| !self.tokens[i].cap).unwrap_or(j + 1);
        self.names_inside_title(role_start_token.max(a), first_connector, true, out);
        // ("The commander of the army, General Ricardo Izurieta,": where the title is a rank
        // alone, an office set off before it is the role.)
        let role = role
            .or_else(|| {
                self.role_noun_before(role_start_token, tail.end)
                    .and_then(|end| self.role_from(end, tail.end))
            })
            .or_else(|| self.role_after(tail.end));
        // ("Union Home Minister Shri Satyendra Nath Pandey": an honorific after the office is
        // no part of the name.)
        let name_start = self.past_titles(tail.start, tail.end);
        self.push_person(out, name_start, tail.end, role);
        Self::mark(out, super::CUE, "an office title before the name");
        true
    }

    /// The listed places and bodies among the words `a..b` of a title, longest first ("New
    /// York Governor" names New York, not York; bodies not in a headline, where "FCO
    /// Minister:" stands for the person the story names). With the office's `holder` named
    /// after it, a body the title opens with too ("Baldwin County Commission Chairman Eddie
    /// Lott").
    fn names_inside_title(&self, a: usize, b: usize, holder: bool, out: &mut ZoneNames) {
        let mut i = a;
        while i < b {
            if holder && let Some(end) = self.body_before_office(i, b) {
                // ("3rd County Commission Chairman": a body's number is part of its name.)
                let numbered = i > 0
                    && self.tokens[i - 1].kind == TokenKind::Number
                    && super::is_ordinal(self.word(i - 1));
                let start = if numbered { i - 1 } else { i };
                let name = self.key(start, end).into_owned();
                self.push(out, start, end, EntityKind::Organization, name);
                i = end;
                continue;
            }
            if self.lex.is_title(self.word(i)) {
                i += 1;
                continue;
            }
            let longest = (1..=(b - i).min(3)).rev().find(|&n| {
                let key = self.key(i, i + n);
                if let Some(info) = self.lex.places.get(key.as_ref()) {
                    self.push_place(out, i, i + n, info.canonical.to_owned(), info.place_type);
                    true
                } else if self.zone != ZoneKind::Title
                    && let Some(canonical) = self.lex.organizations.get(key.as_ref())
                    // ("Labor Secretary Robert Reich": a portfolio, not the party.)
                    && !(n == 1
                        && super::portfolios::PORTFOLIO_WORDS.contains(&key.as_ref())
                        && self.word(i + 1) == "Secretary")
                {
                    let name = (*canonical).to_owned();
                    self.push(out, i, i + n, EntityKind::Organization, name);
                    true
                } else if holder
                    && n == 1
                    && self.zone != ZoneKind::Title
                    && is_acronym(&key)
                    && !self.lex.not_names.contains(key.as_ref())
                    && !self.lex.honorifics.contains(key.as_ref())
                    && !self.lex.demonyms.contains_key(key.as_ref())
                    // ("HE Dr Ibrahim Al-Ja'afari": "His Excellency", an honorific's.)
                    && !self
                        .lex
                        .honorifics
                        .contains(self.word(i + 1).trim_end_matches('.'))
                {
                    // "NDP Leader Jack Layton", "QRS MP John Doe": an unlisted acronym before
                    // the office its holder holds is the body's, as before a lowercase post.
                    self.push(out, i, i + 1, EntityKind::Organization, key.into_owned());
                    Self::mark(
                        out,
                        super::WEAK,
                        "an acronym before an office and its holder",
                    );
                    true
                } else {
                    false
                }
            });
            i += longest.unwrap_or(1);
        }
    }

    /// Where a body's name of two words or more that opens a title at `i` and ends in a cue
    /// word right before the office ends: "Baldwin County Commission Chairman Eddie Lott",
    /// "Senate Foreign Relations Committee Chairman Bob Corker".
    fn body_before_office(&self, i: usize, b: usize) -> Option<usize> {
        // Cue words that also say what an office is about ("Press Secretary", "State
        // Senator", "Sports Editor").
        const OFFICES_SUBJECTS: [&str; 9] = [
            "Press", "Media", "News", "State", "Staff", "Global", "Research", "Sports", "Desk",
        ];
        if self.lex.is_title(self.word(i)) {
            return None;
        }
        (i + 2..b).find(|&end| {
            let cue = self.word(end - 1);
            let office = self.word(end);
            // ("State-Owned Enterprises Minister": before a minister's title, the portfolio.)
            let portfolio =
                office.starts_with("Minister") && !matches!(cue, "Office" | "Party" | "Government");
            // ("U.S. Army General Ray Cole": a rank is held in a service, no office of a body.)
            let rank = self.lex.honorifics.contains(office.trim_end_matches('.'))
                || MILITARY_RANKS.contains(&office);
            self.lex.org_cues.contains(cue)
                && !OFFICES_SUBJECTS.contains(&cue)
                && !portfolio
                && !rank
                && self.lex.is_office_title(office)
                && (i..end).all(|k| self.tokens[k].cap)
                && !self.lex.places.contains_key(self.key(i, end).as_ref())
        })
    }

    /// In the words after a title that go on over a connector ("of Education Stefania
    /// Giannini"), where a person's name of two or three words starts: at a given name after at
    /// least one capitalised word past the last connector.
    /// "President of the European Commission Jacques Santer", "Governor of the Bank of England
    /// Eddie George", "Ambassador to the United Nations John Negroponte": the body an office's
    /// title names between its connector (from token `from`) and the holder's name at `name`,
    /// where a list holds it or it ends in a body's cue word ("Defence" in "Minister of Defence"
    /// names none).
    fn push_body_in_an_office(&self, out: &mut ZoneNames, from: usize, name: usize) {
        let Some(start) = (from..name).find(|&i| self.tokens[i].cap) else {
            return;
        };
        if !self.lowercase_word_in(start - 1, &["the", "of", "to", "for"]) {
            return;
        }
        // ("Minister of Labour Ana Costa": English words with no article are the office's
        // portfolio, not a body, though a party has the name.)
        if !self.lowercase_word_in(start - 1, &["the"]) && self.only_common_words(start, name) {
            return;
        }
        let key = self.key(start, name);
        let listed = self.listed_body(start, name, key.as_ref());
        let cued = name - start >= 2
            && self.lex.org_cues.contains(self.word(name - 1))
            && !self.lex.places.contains_key(key.as_ref());
        let canonical = match listed {
            Some(canonical) => canonical.to_owned(),
            None if cued => key.into_owned(),
            None => return,
        };
        self.push(out, start, name, EntityKind::Organization, canonical);
        Self::mark(
            out,
            super::CUE,
            "the body an office's title names (\"President of the European Commission\")",
        );
    }

    fn name_after_titled_of(&self, tail: std::ops::Range<usize>) -> Option<usize> {
        let last_connector = tail.clone().rev().find(|&i| !self.tokens[i].cap)?;
        // ("Managing Director of Cowry Asset Management": "Asset" is a given name too, but a
        // cue word ends the body's name.)
        if self.lex.org_cues.contains(self.word(tail.end - 1)) {
            return None;
        }
        (last_connector + 2..tail.end).find(|&k| {
            (2..=3).contains(&(tail.end - k))
                && self.lex.given_names.contains(self.word(k))
                && (k..tail.end).all(|i| self.tokens[i].cap)
        })
    }

    /// Where a role phrase written before token `a` starts: modifiers such as "Tashkent-based
    /// political", demonyms, capitalised office words. `None` when nothing qualifies.
    pub(super) fn role_start_before(&self, a: usize) -> Option<usize> {
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
                    // ("women's champion Steffi Graf", "solicitor's clerk Dawn Ackroyd": whose
                    // title it is, lowercase.)
                    let whose = k > 0
                        && (self.lowercase_word_in(k - 1, &["women", "men", "girls", "boys"])
                            || (start.is_some()
                                && self.tokens[k - 1].is_word()
                                && !self.tokens[k - 1].cap
                                && self.lex.role_nouns.contains_key(self.lower(k - 1).as_ref())));
                    if k > 0 && (self.tokens[k - 1].cap || whose) {
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
                        // ("First Minister Jack McConnell": a title's first word may be one.)
                        if t.sentence_start
                            && self.is_function_word(k)
                            && !self.lex.is_title(w)
                            && !self.opens_listed_name(k, self.tokens.len())
                        {
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
                    } else if start.is_some()
                        && matches!(lower.as_str(), "of" | "for")
                        && k > 0
                        && self.tokens[k - 1].cap
                        && self.lex.is_office_title(self.word(k - 1))
                    {
                        // ("Federal Minister of Labour Dr. Henrik Vogel": the office's "of"
                        // phrase before a rank.)
                        continue;
                    } else if self.lex.role_stops.contains(lower.as_str()) {
                        break;
                    } else if w.contains('-') {
                        start = Some(k);
                    } else if lowercase < 3 && is_modifier(&lower) && !self.opens_verb_phrase(k) {
                        lowercase += 1;
                        start = Some(k);
                    } else {
                        break;
                    }
                    if t.sentence_start {
                        break;
                    }
                }
                // ("Argentine 12th seed Mariano Ferreyra": a rank is part of the role.)
                TokenKind::Number if start.is_some() && super::is_ordinal(self.word(k)) => {
                    start = Some(k);
                }
                _ => break,
            }
        }
        start
    }

    /// Whether the lowercase word `k` is a verb by the word before it: "expected to charge
    /// Arsenal striker", "who plays soul singer", "will face Wales coach".
    fn opens_verb_phrase(&self, k: usize) -> bool {
        k > 0
            && self.tokens[k - 1].is_word()
            && matches!(
                self.lower(k - 1).as_ref(),
                "to" | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "must"
                    | "shall"
                    | "should"
                    | "who"
                    | "did"
                    | "does"
                    | "not"
            )
    }

    /// The role text from `start` to the end of token `end - 1`, with articles and time words
    /// left out; `None` unless it names an office or occupation.
    pub(super) fn clean_role(&self, start: usize, end: usize) -> Option<(String, bool)> {
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
        // "Foreign Minister John Smith and Attorney General": a role joins words by "and"
        // ("Trade and Industry Secretary"), not a name ending someone else's role.
        if let Some(and) = (a + 1..end).rev().find(|&j| {
            self.lower(j) == "and" && !self.and_inside_a_bodys_name(j) && {
                let w = self.word(j - 1);
                self.tokens[j - 1].cap
                    && !self.lex.is_title(w)
                    && !self.lex.is_capitalised_common_word(w)
                    && !super::portfolios::PORTFOLIO_WORDS.contains(&w)
                    && self.lex.country_of(w).is_none()
                    // ("for European and Eurasian Affairs": one portfolio.)
                    && !self.portfolio_over_and(j, end)
            }
        }) {
            a = and + 1;
        }
        let mut b = end;
        // ("Professor Sir Liam Donaldson": a knighthood is no office.)
        while b > a
            && (self.tokens[b - 1].rank
                || !matches!(
                    self.tokens[b - 1].kind,
                    TokenKind::Word | TokenKind::Possessive
                )
                || matches!(
                    self.word(b - 1),
                    "Sir" | "Dame" | "Mr" | "Mrs" | "Ms" | "Miss" | "Rt" | "Hon"
                ))
        {
            b -= 1;
        }
        // ("director of the" before "WHO's Global Malaria Programme": a role cut short does
        // not end in a grammar word.)
        while b > a + 1
            && matches!(
                self.lower(b - 1).as_ref(),
                "the" | "a" | "an" | "of" | "at" | "for" | "to" | "in" | "and" | "with"
            )
        {
            b -= 1;
        }
        // "army spokesman Colonel Mavua Mudima": a title after a lowercase role noun is the
        // person's rank, not part of the role.
        while b > a + 1
            && self.tokens[b - 1].cap
            && self.lex.is_title(self.word(b - 1))
            && !self.tokens[b - 2].cap
            && self.lex.role_nouns.contains_key(self.lower(b - 2).as_ref())
        {
            b -= 1;
        }
        // "Major General Ahmed Al Raisi", "Sheikh Hamdan": a rank or an honorific is no office;
        // the role is what the article says the person does, if it says.
        if a >= b || (a..b).all(|i| self.is_rank_or_honorific(self.word(i))) {
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
            // ("co-ordinator" is listed whole, "vice-president" by its last part too.)
            let listed = self.lex.role_noun(lower.as_str());
            if let Some(is_office) = listed.or_else(|| self.lex.role_nouns.get(last_part).copied())
            {
                has_role = true;
                office |= is_office;
            }
            if self.tokens[i].cap && self.lex.is_office_title(w) {
                has_role = true;
                office = true;
            }
        }
        has_role.then_some((collapse_spaces(&text), office))
    }

    /// Where the firm after the "at" at token `at` ends, when a role noun stands right before
    /// "at" and capitalised words follow it ("analyst at Merrill Lynch", "economist at the
    /// Centre for Global Energy Studies"): up to six tokens, "of", "for", "and" and "&" inside.
    fn firm_after_a_role_noun(&self, at: usize) -> Option<usize> {
        let noun = self.tokens.get(at.checked_sub(1)?)?;
        if !noun.is_word()
            || noun.cap
            || !self
                .lex
                .role_nouns
                .contains_key(self.lower(at - 1).as_ref())
        {
            return None;
        }
        let mut i = at + 1;
        if self.lowercase_word_in(i, &["the"]) {
            i += 1;
        }
        let first = i;
        let mut end = None;
        while i < self.tokens.len() && i - first < 6 {
            let t = self.tokens[i];
            // ("steel analyst at Sal. Oppenheim": an abbreviation's stop inside the name.)
            let inner_stop = t.is_punct('.')
                && !t.space_before
                && self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is_word() && n.cap && !n.sentence_start);
            if t.is_word() && t.cap {
                end = Some(i + 1);
            } else if !(self.lowercase_word_in(i, &["of", "for", "and"])
                || t.is_punct('&')
                || inner_stop)
            {
                break;
            }
            i += 1;
        }
        end
    }

    /// "Ciba's Alex Krauer as chairman", "Cor Boonstra, who took over as president": the
    /// office that "as" gives the person named before it, directly or at the end of a "who"
    /// clause of taking or holding it. Lowercase words that end in a role noun, at most four.
    fn office_taken_after(&self, b: usize) -> Option<(String, bool)> {
        const TAKING: [&str; 21] = [
            "took",
            "takes",
            "take",
            "taking",
            "over",
            "was",
            "is",
            "will",
            "be",
            "been",
            "has",
            "appointed",
            "named",
            "elected",
            "serves",
            "served",
            "remains",
            "stays",
            "joined",
            "returns",
            "returned",
        ];
        let taking_verbs = |from: usize| {
            (from..(from + 3).min(self.tokens.len()))
                .take_while(|&k| self.lowercase_word_in(k, &TAKING))
                .count()
        };
        let mut i = b;
        if self.tokens.get(i).is_some_and(|t| t.is_punct(','))
            && self.lowercase_word_in(i + 1, &["who"])
        {
            i += 2;
            let verbs = taking_verbs(i);
            if verbs == 0 {
                return None;
            }
            i += verbs;
        } else {
            // "Joe Bloggs took over as chairman", "Maria Lopez was sworn in as Chief Minister":
            // the verbs of taking an office right after the name.
            let mut verbs = taking_verbs(i);
            if self.lowercase_word_in(i + verbs, &["sworn"])
                && self.lowercase_word_in(i + verbs + 1, &["in"])
            {
                verbs += 2;
            }
            if self.lowercase_word_in(i + verbs, &["as"]) {
                i += verbs;
            }
        }
        if !self.lowercase_word_in(i, &["as"]) {
            return None;
        }
        // ("moved to Youghal as rector": where one went as the holder is no holder.)
        let mut name_start = b;
        while name_start > 0 && self.tokens[name_start - 1].cap {
            name_start -= 1;
        }
        if name_start > 0
            && self.lowercase_word_in(name_start - 1, &["to", "in", "at", "into", "from", "near"])
        {
            return None;
        }
        let start = i + 1;
        // ("as Chief Minister": an office in capitals after a verb of taking it.)
        let capitals_taken = i > b && self.tokens.get(start).is_some_and(|t| t.cap);
        let lowercase_words = (start..(start + 4).min(self.tokens.len()))
            .take_while(|&k| self.tokens[k].is_word() && (!self.tokens[k].cap || capitals_taken))
            .count();
        // The longest run that ends in a role noun ("chief executive", "honorary chairman").
        let end = (start + 1..=start + lowercase_words).rev().find(|&end| {
            with_lowercase(self.word(end - 1), |w| self.lex.role_nouns.contains_key(w))
        })?;
        self.clean_role(start, end)
    }

    /// The token after the verbs of holding an office that open a "who" clause at `i` ("is",
    /// "has been", "was appointed", "became"), or None when the clause opens otherwise.
    fn after_holding_verbs(&self, mut i: usize) -> Option<usize> {
        match self.lower(i).as_ref() {
            "is" | "was" | "became" | "becomes" | "remains" => i += 1,
            "has" | "had" if self.lowercase_word_in(i + 1, &["been"]) => i += 2,
            _ => return None,
        }
        if self.lowercase_word_in(i, &["named", "appointed", "elected", "now"]) {
            i += 1;
        }
        Some(i)
    }

    /// Whether the "and" at `j` joins the capitalised words of one body's name, which a cue
    /// word ends: "the House Ways and Means Committee", "Smith and Nephew Plc" (not "Acme and
    /// Peter Jones").
    fn and_inside_a_bodys_name(&self, j: usize) -> bool {
        j > 0
            && self.tokens[j - 1].cap
            && self.tokens.get(j + 1).is_some_and(|t| t.cap)
            && !self.lex.is_given_name(self.word(j + 1))
            && {
                let run_end = self.cap_run_end(j + 1);
                run_end > j + 1 && self.lex.org_cues.contains(self.word(run_end - 1))
            }
    }

    /// The comma after a lawmaker's party and state that follow the name ending at `b` (", R-
    /// Miss.,", " of New York,"), where what is said of the lawmaker goes on; else `b`.
    pub(super) fn past_party_and_state(&self, b: usize) -> usize {
        let comma_within = |from: usize, most: usize| {
            (from..(from + most).min(self.tokens.len())).find(|&k| self.tokens[k].is_punct(','))
        };
        if self.tokens.get(b).is_some_and(|t| t.is_punct(','))
            && self.tokens.get(b + 1).is_some_and(|t| t.is_word())
            && self.party_tag(b + 1).is_some()
        {
            return comma_within(b + 2, 4).unwrap_or(b);
        }
        if self.lowercase_word_in(b, &["of"])
            && let Some(k) = comma_within(b + 2, 3)
            && (b + 1..k).all(|j| self.is_cap_word(j))
            && self.lex.places.contains_key(self.key(b + 1, k).as_ref())
        {
            return k;
        }
        b
    }

    /// Whether the tokens at `i` are an age set off by commas after a name (", 61,").
    pub(super) fn is_age_apposition(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
            && self.word(i).len() <= 3
            && self.word(i).bytes().all(|b| b.is_ascii_digit())
            && self.tokens.get(i + 1).is_some_and(|t| t.is_punct(','))
    }

    /// ", a political scientist from Astana" or " became president of Uzbekistan" after a name.
    pub(super) fn role_after(&self, b: usize) -> Option<(String, bool)> {
        if let Some(role) = self.office_taken_after(b) {
            return Some(role);
        }
        let mut i = self.past_party_and_state(b);
        if self.tokens.get(i).is_some_and(|t| t.is_punct('(')) {
            // "(right)": skip a short parenthesis.
            let close =
                (i..(i + 4).min(self.tokens.len())).find(|&k| self.tokens[k].is_punct(')'))?;
            i = close + 1;
        }
        let comma = self.tokens.get(i).is_some_and(|t| t.is_punct(','));
        let mut who_clause = false;
        if comma {
            i += 1;
            // "Maria Lopes-Reis, 61, a retired teacher": an age between the name and its role.
            if self.is_age_apposition(i) {
                i += 2;
            }
            // "Jane Porter, who is chief executive of Northlink", "Tom Hardy, who was appointed
            // finance director": the office a "who" clause says the person holds.
            if self.lowercase_word_in(i, &["who"]) {
                i = self.after_holding_verbs(i + 1)?;
                who_clause = true;
            }
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
            if self.date_tokens.binary_search(&end).is_ok() {
                break;
            }
            match t.kind {
                TokenKind::Word => {
                    let lower = self.lower(end);
                    if self.lex.speech_verbs.contains(lower.as_ref()) && !t.cap {
                        break;
                    }
                    // "banking analyst at Jardine Fleming Securities": the firm a role noun
                    // works at is part of the role.
                    if end > start && lower == "at" {
                        if let Some(firm_end) = self.firm_after_a_role_noun(end) {
                            end = firm_end;
                        }
                        break;
                    }
                    // ("chairman of the House Ways and Means Committee": not an "and" inside
                    // a name, between capitalised words.)
                    let inside_a_name = lower == "and" && self.and_inside_a_bodys_name(end);
                    if end > start
                        && !inside_a_name
                        && matches!(
                            lower.as_ref(),
                            "in" | "on" | "who" | "which" | "since" | "during" | "when" | "and"
                        )
                    {
                        break;
                    }
                    // ("a Minuteman organizer frustrated by the government's failure": a
                    // participle's phrase says more of the person, not the role.)
                    if end > start
                        && lower.ends_with("ed")
                        && self.lowercase_word_in(end + 1, &["by"])
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
        // Nor with a conjunction or an infinitive's "to" ("Veritas, to fight the election"),
        // nor, after a comma, with the verb of the sentence ("His mother, Sherri Padalecki, was
        // a teacher").
        let predicate = comma
            && matches!(
                first.as_ref(),
                "was" | "is" | "were" | "are" | "has" | "had" | "have" | "will" | "would"
            );
        // ("Hans Kluge, WHO's regional director": a name's possessive opens it, whatever word
        // the name spells.)
        let owner_opens = self.tokens[start].cap
            && self
                .tokens
                .get(start + 1)
                .is_some_and(|t| t.kind == TokenKind::Possessive);
        // ("The commander of the army, General Ricardo Izurieta, met the president": a verb
        // that ends a role read backwards opens none after the name.)
        let verb = self.lex.role_stops.contains(first.as_ref())
            && !self.lex.function_words.contains(first.as_ref());
        let not_a_role = first.ends_with("ed")
            || predicate
            || verb
            || matches!(
                first.as_ref(),
                "on" | "in"
                    | "at"
                    | "who"
                    | "which"
                    | "to"
                    | "and"
                    | "or"
                    | "but"
                    | "as"
                    | "while"
                    | "if"
                    | "because"
                    | "although"
                    | "though"
                    | "so"
                    | "then"
                    | "not"
                    | "also"
                    | "where"
                    | "whose"
            );
        if not_a_role && !owner_opens {
            return None;
        }
        // A role noun must come before any preposition.
        let mut noun = None;
        for k in start..end {
            let lower = self.lower(k);
            if self.lex.role_nouns.contains_key(lower.as_ref())
                || (self.tokens[k].cap && self.lex.is_office_title(self.word(k)))
            {
                noun = Some(k);
                break;
            }
            if matches!(lower.as_ref(), "of" | "from" | "for" | "under" | "with") {
                break;
            }
        }
        let noun = noun?;
        // (In a clause the office opens it: "God, who was made to declare that he is the
        // author" holds none.)
        if who_clause && noun > start + 3 {
            return None;
        }
        // "On Thanksgiving Day, Defense Secretary Ash Carter spoke": a title followed by a
        // person's name is that person's, not a role of the name before the comma. (Only the
        // words right after the title: "a doctor with the Red Cross" names a body.)
        if (noun + 1..end)
            .take_while(|&k| self.tokens[k].cap)
            .any(|k| self.lex.given_names.contains(self.word(k)))
        {
            return None;
        }
        self.clean_role(start, end)
    }

    /// Whether the name at `a` is one of those a wire story's credit lists: "(Reporting by
    /// Katharina Wolff and Emeka Okonkwo; Editing by Lucia Ferraro)".
    pub(super) fn in_a_reporting_credit(&self, a: usize) -> bool {
        // (A credit lists a few names: the walk back is bounded, so a sentence that names
        // hundreds costs no more per name.)
        let mut k = a;
        while k > 0 && a - k < 24 {
            let t = &self.tokens[k - 1];
            if self.is_cap_word(k - 1) || t.is_punct(',') || self.lowercase_word_in(k - 1, &["and"])
            {
                k -= 1;
                continue;
            }
            break;
        }
        k >= 2
            && self.lowercase_word_in(k - 1, &["by"])
            && matches!(
                self.lower(k - 2).as_ref(),
                "reporting" | "writing" | "editing" | "compiled" | "additional"
            )
    }

    /// People recognised by what surrounds the whole chunk.
    pub(super) fn person_by_cue(&self, a: usize, b: usize, out: &mut ZoneNames) -> bool {
        let key = self.key(a, b);
        if self.lex.lists_place_or_body(&key)
            // "Sri Lankan authorities say": a nationality of two words; "give Sierra Leoneans
            // confidence": its people.
            || self.lex.demonyms.contains_key(key.as_ref())
            || self.lex.names_a_people(key.as_ref())
            || super::ends_in_a_compound_noun(self.word(b - 1))
            // "Paris Declaration", "Kenya Vision 2030": a document or plan named after a place.
            || DOCUMENT_HEADS.contains(&self.word(b - 1))
            // "the Anti-Subversive Activities Law", "the Basic Law": a law named by what it is
            // about; a person surnamed Law has a given name first ("Jude Law").
            // ("Anti-Subversive": "Anti" alone is a given name too.)
            || (self.word(b - 1) == "Law" && b - a >= 2 && !self.lex.given_names.contains(self.word(a)))
            || after_a_work_noun(self.text, self.tokens, a, self.lex)
            // "Val d'Isère", "Palme d'Or": a place's or a prize's elided article, no surname's
            // ("D'Alema" keeps its capital).
            || (a + 1..b).any(|i| crate::extract::text::is_elided_article_name(self.word(i)))
            // "analysts at Merrill Lynch", "shares in Morgan Stanley": a company's context,
            // whatever given name its founder's name opens with.
            || self.company_context_before(a)
            || self.a_companys_part(a, b)
            // "Scottish band Franz Ferdinand": a body's name, after what it is.
            || self.body_only_descriptor_before(a, b)
            // "two Tory MPs", "Non-Constituency MPs": members, in the plural, of a house.
            || self.is_plural_postnominal(b - 1)
            // "Harry Potter DVD", "Xbox TV": a common thing's acronym is no part of a name.
            || (a..b).any(|i| self.lex.not_names.contains(self.word(i)) && super::is_org_acronym(self.word(i)))
            || self.seat_after_a_place_preposition(a, b)
            // "Just Eat Takeaway.com": a company's site.
            || self.web_domain_ending(a, b).is_some()
        {
            return false;
        }
        // "Fitch IBCA said": in running text a name that goes on in capitals ("IBCA") is a
        // firm's; a person's goes on only in a regnal number ("Louis XIV") or a surname some
        // write so after the given name ("John Paul STEVENS").
        if self
            .lex
            .goes_on_in_a_firms_capitals((a..b).map(|i| self.word(i)))
        {
            return false;
        }
        let after_rank = a > 0 && self.tokens[a - 1].rank;
        // "alumni of Housing and Urban Development", "As Host Year, we will": English words
        // written with capitals name a programme or a heading, whatever role or verb is near.
        if !after_rank && self.only_common_words(a, b) {
            return false;
        }
        // "Kenya Dental Practitioners", "Georgia Power": a place's name (which a given name
        // cue may have read) and then only English words names a body there; a surname is no
        // English word ("Florence Nightingale", "Sydney Smith").
        // ("BPI chairman Nigel Sayer": after a post, a town's name that is a given name opens
        // a person's.)
        if !after_rank
            && b - a >= 2
            && self.lex.places.contains_key(self.word(a))
            && self.only_common_words(a + 1, b)
            && !(self.lex.is_given_name(self.word(a)) && self.role_noun_before(a, b).is_some())
        {
            return false;
        }
        // "Dr. Michael Spindelegger Vice-Chancellor": a hyphenated office after the name is
        // none of it.
        let b = if after_rank {
            (a + 1..b)
                .find(|&i| {
                    let w = self.word(i);
                    w.contains('-') && w.split('-').all(|part| self.lex.is_title(part))
                })
                .unwrap_or(b)
        } else {
            b
        };
        // "their daughters, Orla and Maeve": a given name joined by "and" to a person whose
        // role is in the plural is another of them.
        if b == a + 1
            && a >= 2
            && self.lowercase_word_in(a - 1, &["and"])
            && let Some(role) = out.mentions.last().and_then(|m| {
                (m.kind == EntityKind::Person && m.end == self.tokens[a - 2].end)
                    .then(|| m.role.clone())
                    .flatten()
                    .filter(|(role, _)| is_plural_role(role))
            })
            && self.lex.given_names.contains(self.word(a))
        {
            self.push_person(out, a, b, Some(role));
            return true;
        }
        let words = self.name_words(a, b);
        let role_before = self.role_noun_before(a, b);
        if after_rank || role_before.is_some() {
            let anchor = role_before.unwrap_or_else(|| {
                let mut k = a;
                while k > 0 && self.tokens[k - 1].rank {
                    k -= 1;
                }
                k
            });
            let role = self.role_from(anchor, b);
            // ("The defendant, Wayne Colley, a 31-year-old builder": a party to a case is
            // the loosest of descriptions, after the occupation told after the name.)
            let party = role.as_ref().is_some_and(|(role, _)| {
                role.split(' ')
                    .next_back()
                    .is_some_and(|head| matches!(head, "plaintiff" | "claimant" | "defendant"))
            });
            let role = if party {
                self.role_after(b).or(role)
            } else {
                role
            };
            let role = role.or_else(|| after_rank.then(|| self.office_in_rank(a)).flatten());
            // "polling expert Professor John Curtice": a title's word between the role and a
            // name of two words or more is neither.
            let name_start = if after_rank {
                a
            } else {
                self.past_titles(a, b)
            };
            if role.is_some() || after_rank {
                self.push_person(out, name_start, b, role);
                if after_rank {
                    Self::mark(out, super::TITLED, "a rank before the name");
                }
                return true;
            }
        }
        if (2..=3).contains(&words) && self.in_a_reporting_credit(a) {
            self.push_person_as(
                out,
                a,
                b,
                super::CUE,
                "a name a wire story's credit lists (\"Reporting by\", \"Editing by\")",
            );
            return true;
        }
        let appositive = self.role_after(b);
        let cue_surname = self.given_name_and_cue_surname(a, b);
        // ("Knox Thames, the Special Advisor": a river's name is a surname too.)
        let not_place_words = (a..b).all(|i| {
            let w = self.word(i);
            (self
                .lex
                .places
                .get(w)
                .is_none_or(|p| p.place_type == PlaceType::Other && i + 1 == b && i > a)
                || self.lex.given_names.contains(w))
                && (!self.lex.org_cues.contains(w) || cue_surname)
                && !self.lex.demonyms.contains_key(w)
                && (!self.lex.is_title(w) || cue_surname)
        });
        let multiword = (2..=3).contains(&words) && not_place_words;
        // ("born in Penzance, the daughter of a harbourmaster": whose daughter, not who
        // Penzance is.)
        let after_in = a > 0
            && self.lowercase_word_in(a - 1, &["in", "near", "at", "outside"])
            && !self.lex.is_given_name(self.word(a));
        if appositive.is_some()
            && !after_in
            && (multiword || (words == 1 && !self.tokens[a].sentence_start && not_place_words))
        {
            self.push_person(out, a, b, appositive);
            return true;
        }
        if words == 1 && self.given_name_joined_to_full_name(a, b) {
            self.push_person(out, a, b, None);
            return true;
        }
        if !multiword {
            return false;
        }
        let given =
            self.lex.is_given_name(self.word(a)) || (b - a >= 2 && is_initial(self.word(a)));
        let surname = {
            let last = self.word(b - 1).to_lowercase();
            last.len() > 4 && self.lex.surname_suffixes.iter().any(|s| last.ends_with(s))
        };
        let by = a > 0 && self.lower(a - 1) == "by";
        let speech = self.speech_verb_adjacent(a, b);
        // "China's Xi Jinping", "India's Narendra Modi": names of no English word after a
        // country's possessive are its people's (its companies' and bodies' names carry cue
        // words or are listed).
        let countrys = a >= 2
            && self.tokens[a - 1].kind == TokenKind::Possessive
            && self
                .lex
                .places
                .get(self.word(a - 2))
                .is_some_and(|p| p.place_type == PlaceType::Country)
            && (a..b).all(|k| !self.lex.is_capitalised_common_word(self.word(k)));
        // "Brackwater Builders said it had complied": what says "it" of itself is a body.
        if speech && !given && !surname && self.says_of_itself(b) {
            self.push_org(out, a, b, super::CUE, super::SAYS_OF_ITSELF_WHY);
            return true;
        }
        if given || surname || by || speech || countrys {
            self.push_person(out, a, b, None);
            return true;
        }
        false
    }

    /// "won by-elections in Brent East", "standing in Sheffield Hallam": after "in" or
    /// "near", a name of two words or more that opens with a listed town or ends with a side
    /// of one is a place's, a seat's, not a person's (whose name there is a possessive's:
    /// "in Sydney Smith's essays").
    fn seat_after_a_place_preposition(&self, a: usize, b: usize) -> bool {
        a > 0
            && b - a >= 2
            && self.lowercase_word_in(a - 1, &["in", "near"])
            && (self.lex.places.contains_key(self.word(a))
                || super::places::is_a_side_of_a_town(self.word(b - 1)))
            && self
                .tokens
                .get(b)
                .is_none_or(|t| t.kind != TokenKind::Possessive)
    }

    /// "Charlotte Church", "Mervyn King": a given name and then, ending the name `a..end`, a
    /// cue or title word that is a common surname (`assets/cue_surnames.txt`) make a person's
    /// name, not a body's or a title's.
    pub(super) fn given_name_and_cue_surname(&self, a: usize, end: usize) -> bool {
        end == a + 2
            && self.lex.cue_surnames.contains(self.word(a + 1))
            && self.lex.is_given_name(self.word(a))
            // ("the General Court": a title's word is no given name there.)
            && !self.lex.is_title(self.word(a))
            && !self.lex.places.contains_key(self.word(a))
            && !self.lex.demonyms.contains_key(self.word(a))
            && !self.lex.lists_place_or_body(&self.key(a, end))
            // ("Charles Prince of Wales": a title's word before "of" is the title.)
            && !(self.lex.is_title(self.word(a + 1)) && self.lowercase_word_in(end, &["of"]))
    }

    /// After a person's given name and any more names (`start..end`), the lowercase particles
    /// of a surname that follow ("van der", "von", "de la", "bin") and a capitalised word after
    /// them: how many particle tokens to take into the name.
    pub(super) fn name_particles_after(&self, start: usize, end: usize) -> Option<usize> {
        // ("Pieter-Jan de Villiers": given names hyphenated are one.) A father's name after
        // "bin", "ibn", "ben" or "bint" vouches for a given name no list holds ("Farouq bin
        // Issa al-Habashneh").
        let patronymic = end == start + 1
            && self.lowercase_word_in(end, &["bin", "ibn", "ben", "bint"])
            && !self.lex.is_capitalised_common_word(self.word(start))
            && !self.lex.lists_place_or_body(self.word(start))
            && !self.lex.org_cues.contains(self.word(start));
        if !self.lex.is_given_name(self.word(start)) && !patronymic {
            return None;
        }
        self.small_words_before_a_name(end, |i, word| {
            SURNAME_PARTICLES.contains(&word) || (patronymic && i == end)
        })
    }

    /// The role written before the name at `a..b` ("Liberal Democrat leader"), else after it
    /// (", a political scientist").
    pub(super) fn role_around(&self, a: usize, b: usize) -> Option<(String, bool)> {
        match self.role_noun_before(a, b) {
            Some(anchor) => self.role_from(anchor, b),
            None => self.role_after(b),
        }
    }

    /// The role written before the name, whose phrase ends at `anchor`, else after the name
    /// (which ends at `b`). A relation of family before the name gives way to a description
    /// after it: "his mother Wajiha al-Sabunji, an artist from Mosul".
    pub(super) fn role_from(&self, anchor: usize, b: usize) -> Option<(String, bool)> {
        let before = self
            .role_start_before(anchor)
            .and_then(|start| self.clean_role(start, self.of_phrase_end(anchor).unwrap_or(anchor)));
        if before
            .as_ref()
            .is_some_and(|(role, _)| self.lex.is_kin_role(role))
        {
            return self.role_after(b).or(before);
        }
        before.or_else(|| self.role_after(b))
    }

    /// "Sen. Maria Cantwell", "Ohio Gov. Ted Strickland", "Atty. Gen. Jim Hood": an office
    /// written short among the ranks before the name at `a` is the holder's role, with the
    /// state it is held in (a military rank or an honorific is none).
    fn office_in_rank(&self, a: usize) -> Option<(String, bool)> {
        const OFFICES: [&str; 6] = ["Sen", "Rep", "Gov", "Pres", "Amb", "Atty"];
        let mut start = a;
        while start > 0 && self.tokens[start - 1].rank {
            start -= 1;
        }
        if !(start..a).any(|k| OFFICES.contains(&self.word(k))) {
            return None;
        }
        // ("state Sen. Wendy Davis", "Arkansas Gov.": where the office is held.)
        loop {
            let place_of = |n: usize| {
                start >= n
                    && (start - n..start).all(|k| self.is_cap_word(k))
                    && self
                        .lex
                        .places
                        .contains_key(self.key(start - n, start).as_ref())
            };
            if start > 0 && self.lower(start - 1) == "state" {
                start -= 1;
            } else if let Some(n) = [2, 1].into_iter().find(|&n| place_of(n)) {
                start -= n;
            } else {
                break;
            }
        }
        Some((self.span_text(start, a).to_owned(), true))
    }

    /// "head of marketing, Simon Tolland", "director of health information, Dr Simon Pike",
    /// "director of rugby Stuart Haddleston": the comma or the name that ends a phrase of "of"
    /// and one to four lowercase words opening at `at`, which says what the office is over and
    /// so is part of the role ("at the site" and "for the ministry" say where or whose it is,
    /// and are not).
    fn of_phrase_end(&self, at: usize) -> Option<usize> {
        if !self.lowercase_word_in(at, &["of"]) {
            return None;
        }
        let words = (at + 1..self.tokens.len().min(at + 5))
            .take_while(|&k| self.tokens[k].is_word() && !self.tokens[k].cap)
            .count();
        let end = at + 1 + words;
        // ("director of rugby Stuart Haddleston": or the name itself.)
        let closed = self
            .tokens
            .get(end)
            .is_some_and(|t| t.is_punct(',') || (t.is_word() && t.cap));
        (words > 0 && closed).then_some(end)
    }

    /// "Nikolaus van der Pas": a given name, maybe more names, a surname's particles and the
    /// surname, as the whole chunk.
    pub(super) fn person_with_particles(&self, a: usize, b: usize, out: &mut ZoneNames) -> bool {
        if !self.is_name_with_particles(a, b) {
            return false;
        }
        // ("Justice Maria dos Santos Albuquerque": the title is the role, not the name.)
        let a = self.past_titles(a, b);
        self.push_person(out, a, b, self.role_around(a, b));
        Self::mark(
            out,
            super::CUE,
            "a given name and a surname's particles (\"van der\")",
        );
        true
    }

    /// Whether `a..b` is a given name, maybe more names, a surname's particles and the surname
    /// ("Ursula von der Leyen"), with no other lowercase word.
    pub(super) fn is_name_with_particles(&self, a: usize, b: usize) -> bool {
        let Some(first_lower) = (a + 1..b).find(|&i| !self.tokens[i].cap) else {
            return false;
        };
        // "Rio de Janeiro": a listed place's or body's name is no person's, nor one that opens
        // with a place's word, "San Pedro de Atacama", "Rue de Rivoli".
        // ("a Rio de Janeiro-based bank": what is based somewhere.)
        if self.lex.lists_place_or_body(&self.key(a, b))
            || self.lex.is_place_prefix(self.word(a))
            || self.is_hyphenated_modifier(b - 1)
        {
            return false;
        }
        b - a <= 6
            && self
                .name_particles_after(a, first_lower)
                .is_some_and(|n| !self.has_connector(first_lower + n, b))
    }

    /// Whether `word` is a rank's or an honorific's ("Major", "Air", "Sheikh", "Dr"). ("Captain"
    /// is not: sport writes a team's captain so.)
    fn is_rank_or_honorific(&self, word: &str) -> bool {
        (MILITARY_RANKS.contains(&word) && word != "Captain")
            || RANK_PARTS_AND_STYLES.contains(&word)
            || self.lex.honorifics.contains(word)
    }

    /// Where the name `a..b` starts past the title words and honorifics it opens with, if a
    /// name of two words or more is left ("Professor John Curtice" after "polling expert",
    /// "Sayyid Fahd bin Mahmoud"), else `a`.
    pub(super) fn past_titles(&self, a: usize, b: usize) -> usize {
        (a..b)
            .find(|&i| {
                let w = self.word(i);
                !(self.tokens[i].cap && (self.lex.is_title(w) || self.lex.honorifics.contains(w)))
            })
            .filter(|&start| b - start >= 2)
            .unwrap_or(a)
    }

    /// Where a singular role noun ends that a phrase of "of", "at" or "for" and up to four
    /// lowercase words, ending at token `last`, follows ("head of marketing", "chief geologist
    /// at the site").
    fn role_noun_before_its_phrase(&self, last: usize) -> Option<usize> {
        let mut preposition = false;
        for k in (last.saturating_sub(5)..=last).rev() {
            let t = self.tokens[k];
            if !t.is_word() || t.cap {
                return None;
            }
            let lower = self.lower(k);
            if matches!(lower.as_ref(), "of" | "at" | "for") {
                if preposition || k == last {
                    return None;
                }
                preposition = true;
            } else if preposition {
                let singular = !lower.ends_with('s') || lower.ends_with("ss");
                return (singular && self.lex.role_nouns.contains_key(lower.as_ref()))
                    .then_some(k + 1);
            }
        }
        None
    }

    /// A lowercase role noun just before `a` ("counterpart Nursultan", "commanders, Darkhan"):
    /// the index of the token after which the role phrase ends.
    pub(super) fn role_noun_before(&self, a: usize, b: usize) -> Option<usize> {
        let mut k = a;
        while k > 0 && self.tokens[k - 1].rank {
            k -= 1;
        }
        let mut end = k;
        let mut after_comma = false;
        if k > 0 && self.tokens[k - 1].is_punct(',') {
            k -= 1;
            end = k;
            after_comma = true;
        }
        let noun = k.checked_sub(1)?;
        let t = self.tokens[noun];
        let lower = self.lower(noun);
        // "Pakistan's Foreign Minister, Riaz Bokhari, said": a capitalised title set off by a
        // comma before a name that a comma, a stop or a speech verb closes is the name's role.
        let closed = |next: usize| {
            self.tokens
                .get(next)
                .is_some_and(|t| t.is_punct(',') || t.is_punct('.'))
                || self.lowercase_word_in(next, &["said", "says", "told", "added"])
        };
        // ("Office of the Mayor, Scott Teruya,": a body named after the office, listed.)
        let of_the = noun >= 2
            && self.lowercase_word_in(noun - 1, &["the"])
            && self.lowercase_word_in(noun - 2, &["of"]);
        // ("The Inspector-General of Police, Mohammed Adamu, said", "The Managing Director of
        // Cowry Asset Management, Mr Johnson Chukwu,": or an office of a body, capitalised.)
        let office_of_a_body = || {
            (noun.saturating_sub(5)..noun).any(|of| {
                self.lowercase_word_in(of, &["of"])
                    && of > 0
                    && self.tokens[of - 1].cap
                    && self.lex.is_office_title(self.word(of - 1))
                    && (of + 1..noun).all(|k| self.is_cap_word(k) || self.lower(k) == "the")
            })
        };
        let titled = !t.sentence_start
            && !of_the
            && (self.lex.role_nouns.contains_key(lower.as_ref())
                || self.lex.is_office_title(self.word(noun)));
        if after_comma && t.is_word() && t.cap && closed(b) && (titled || office_of_a_body()) {
            return Some(end);
        }
        // "said UIP's head of marketing, Simon Tolland", "the company's chief geologist at the
        // site, Michael de Guzman,": a role noun whose phrase goes on past "of", "at" or "for"
        // before the comma; the role is read up to the noun.
        if after_comma
            && closed(b)
            && let Some(noun_end) = self.role_noun_before_its_phrase(noun)
        {
            return Some(noun_end);
        }
        // "Bath director of rugby Stuart Haddleston", "head of research Jane Smith": an
        // office's phrase right before the name, its noun before "of" or "for" and one or two
        // words of what it is over after (not "leader of the Southern African Development
        // Community", "songwriter of the band Gigi": a body's name).
        if !after_comma
            && t.is_word()
            && !t.cap
            && !self.lex.role_nouns.contains_key(lower.as_ref())
            && let Some(noun_end) = self.role_noun_before_its_phrase(noun)
            && (1..=2).contains(&(noun - noun_end))
            && (noun_end + 1..=noun)
                .all(|k| !self.is_function_word(k) && !self.lex.is_body_descriptor(&self.lower(k)))
        {
            return Some(noun_end);
        }
        // "leaders Chelsea, who ...": a plural's role is no one person's, unless more people
        // are named after this one ("commanders Darkhan Dilmanov and Rustam Eminjanov").
        let plural = lower.ends_with('s') && !lower.ends_with("ss");
        let mut next = b;
        if self.tokens.get(next).is_some_and(|t| t.is_punct('(')) {
            // "Darkhan Dilmanov (Kazakhstan) and ...": past a short parenthesis.
            next = (next..self.tokens.len().min(next + 5))
                .find(|&k| self.tokens[k].is_punct(')'))
                .map_or(next, |close| close + 1);
        }
        let more_named = (self.lowercase_word_in(next, &["and"])
            || self.tokens.get(next).is_some_and(|t| t.is_punct(',')))
            && self.is_cap_word(next + 1);
        // ("to speak with his mother, Montalvo was put through": a relation of family before
        // a comma is no apposition, unless whose it is comes before it and the name is set
        // off: "survived by his wife, Peg, and their daughters, Orla and Maeve".)
        let kin_set_off = noun > 0
            && self.tokens[noun - 1].is_word()
            && matches!(
                self.lower(noun - 1).as_ref(),
                "his" | "her" | "their" | "a" | "an" | "whose" | "my" | "our"
            )
            && (closed(b)
                || more_named
                || self
                    .tokens
                    .get(b)
                    .is_some_and(|t| t.is_punct(';') || t.is_punct(')')));
        // ("rookies Luke Donald and Paul Casey": a plural's singular may be the one listed.)
        (t.is_word()
            && !t.cap
            && (!plural || more_named)
            && self.lex.role_noun(lower.as_ref()).is_some()
            && !(after_comma && self.lex.kin_nouns.contains(lower.as_ref()) && !kin_set_off)
            && (after_comma || !self.role_noun_used_as_a_verb(noun)))
        .then_some(end)
    }

    /// "return home to host Anadolu Efes", "will coach Aston Villa": a role noun that is a verb
    /// too, after "to" or a modal, says what is done to the name after it ("spoke to coach
    /// Mike Ruddock" still names a coach).
    fn role_noun_used_as_a_verb(&self, noun: usize) -> bool {
        const NOUNS_AND_VERBS: [&str; 8] = [
            "host", "coach", "judge", "chair", "head", "captain", "referee", "skipper",
        ];
        const MODALS: [&str; 8] = [
            "will", "would", "can", "could", "may", "might", "must", "should",
        ];
        const TO_WHOM: [&str; 8] = [
            "spoke",
            "speaking",
            "talked",
            "talking",
            "said",
            "according",
            "wrote",
            "listened",
        ];
        noun > 0
            && NOUNS_AND_VERBS.contains(&self.lower(noun).as_ref())
            && (self.lowercase_word_in(noun - 1, &MODALS)
                || (self.lowercase_word_in(noun - 1, &["to"])
                    && !(noun >= 2 && self.lowercase_word_in(noun - 2, &TO_WHOM))))
    }

    pub(super) fn speech_verb_adjacent(&self, a: usize, b: usize) -> bool {
        self.speech_verb_after(b)
            || (a > 0 && self.speech_verb_at(a - 1) && self.lower(a - 1) != "told")
    }

    /// Whether a speech verb comes right after a name ending at `b` ("Jenni Minto MSP said":
    /// past the letters after it).
    pub(super) fn speech_verb_after(&self, b: usize) -> bool {
        let b = if self.is_postnominal(b) { b + 1 } else { b };
        self.speech_verb_at(b)
    }

    /// Whether the word at `i` is a speech verb ("said", "told", "warned").
    fn speech_verb_at(&self, i: usize) -> bool {
        const VERBS: [&str; 9] = [
            "said",
            "says",
            "told",
            "added",
            "stated",
            "noted",
            "explained",
            "wrote",
            "warned",
        ];
        self.lowercase_word_in(i, &VERBS)
    }

    /// Whether a single capitalised word next to a speech verb may be a person's name: no
    /// title, body's cue word, English word or people's name ("the Dane said").
    pub(super) fn may_be_a_speakers_name(&self, key: &str) -> bool {
        // ("Organisers said", "Neighbours said": the word list spells English the American way.)
        let british = key.contains("ise") || key.contains("our");
        let english = self.lex.is_capitalised_common_word(key)
            || (british
                && self
                    .lex
                    .is_capitalised_common_word(&key.replace("ise", "ize").replace("our", "or")));
        // ("Labor MPs said": a word no name is.)
        !(english
            || self.lex.is_title(key)
            || self.lex.org_cues.contains(key)
            || self.lex.names_a_people(key)
            || self.lex.not_names.contains(key))
    }

    /// "border force commanders, A (Kazakhstan) and B (Uzbekistan)": B shares A's role when it
    /// is written in the plural ("Prince William and Kate Middleton": a singular title is the
    /// first name's alone).
    pub(super) fn share_coordinated_roles(&self, out: &mut ZoneNames) {
        let people: Vec<usize> = (0..out.mentions.len())
            .filter(|&i| out.mentions[i].kind == EntityKind::Person)
            .collect();
        for pair in people.windows(2) {
            let (first, second) = (pair[0], pair[1]);
            if out.mentions[second].role.is_some()
                || !out.mentions[first]
                    .role
                    .as_ref()
                    .is_some_and(|(role, _)| is_plural_role(role))
            {
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

    /// "Liam and Noel Gallagher", "Michael and Emily Eavis": a lone given name joined by "and"
    /// to a person's full name is a person of that family.
    fn given_name_joined_to_full_name(&self, a: usize, b: usize) -> bool {
        if b != a + 1
            || !self.lex.given_names.contains(self.word(a))
            || self.lex.lists_place_or_body(self.word(a))
            || !self.lowercase_word_in(b, &["and"])
        {
            return false;
        }
        let start = b + 1;
        let mut end = start;
        while self.is_cap_word(end) && self.tokens[end].space_before {
            end += 1;
        }
        self.looks_like_person(start, end)
            && !self
                .lex
                .lists_place_or_body(&self.text[self.tokens[start].start..self.tokens[end - 1].end])
    }

    pub(super) fn looks_like_person(&self, a: usize, b: usize) -> bool {
        (2..=3).contains(&self.name_words(a, b)) && self.lex.is_given_name(self.word(a))
    }

    /// How many words the name `a..b` has, initials in a row counting as one ("Miriam R. L.
    /// Petruck" has three, "J. R. R. Tolkien" two).
    fn name_words(&self, a: usize, b: usize) -> usize {
        (a..b)
            .filter(|&i| !(i > a && is_initial(self.word(i)) && is_initial(self.word(i - 1))))
            .count()
    }
}

/// A generation written after a surname: "Jr", "Sr", "II", "III", "IV".
pub(super) fn is_generation(word: &str) -> bool {
    matches!(word, "Jr" | "Sr" | "II" | "III" | "IV")
}

/// Whether a role names more than one holder: its head noun (the last word, or the last before
/// "of" or "for": "Ministers of Foreign Affairs") is a plural.
fn is_plural_role(role: &str) -> bool {
    let head = role
        .split([' ', '-'])
        .take_while(|w| !matches!(*w, "of" | "for"))
        .last()
        .unwrap_or("");
    head.ends_with('s') && !head.ends_with("ss") && !head.ends_with("'s")
}

/// A lowercase word that can qualify a role noun: not a verb form or an adverb.
pub(super) fn is_modifier(lower: &str) -> bool {
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
                | "operating"
                | "governing"
                // ("sporting director", "batting coach", "defending champion", "commanding
                // officer": the kind of post, not a verb.)
                | "sporting"
                | "batting"
                | "bowling"
                | "fielding"
                | "coaching"
                | "marketing"
                | "founding"
                | "presiding"
                | "reigning"
                | "defending"
                | "commanding"
                | "investigating"
                | "ranking"
                | "consulting"
                | "nursing"
                | "teaching"
        );
    !verb_form && !gerund && !lower.ends_with("ly")
}

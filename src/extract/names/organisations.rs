//! Organisations recognised by a cue word ("Ministry", "Council") or a publication after the
//! name, and acronyms linked to the long forms they abbreviate ("Kazakhstan Paramount
//! Engineering (KPE)").

use super::events::is_tournament_head;
use super::people::is_modifier;
use super::{AcronymLink, Reader, ZoneKind, ZoneNames};
use crate::extract::dates::with_lowercase;
use crate::extract::lexicon::{CuePosition, LEGAL_ENDINGS};
use crate::extract::text::TokenKind;
use crate::facts::{EntityKind, PlaceType};

/// Verbs of an act or a player bound to a label or a club ("signed to Polydor", "signing with
/// Real Madrid"): what "to" or "with" leads to after them is a body.
pub(super) const SIGNING_VERBS: [&str; 3] = ["signed", "signing", "signs"];

/// Head words that open a body's name in Romance and German names printed untranslated
/// ("Instituto Gonzaga", "Partido Popular", "Banco Santander", "Movimento 5 Stelle", "Caisse de
/// Stabilisation", "Consejo Nacional Electoral"; none an English word, as "Union" and "Front"
/// are), and the Arabic, Persian and Urdu words for an army, a movement, a party or brigades
/// that open armed groups' and parties' names ("Jaish al-Mahdi", "Kataib Hezbollah", "Harakat
/// al-Nujaba").
pub(super) const FOREIGN_ORG_HEADS: [&str; 68] = [
    // "Bank Negara", "Bank Leumi", "Bank Mandiri".
    "Bank",
    "Instituto",
    "Istituto",
    "Institut",
    "Universidad",
    "Università",
    "Universidade",
    "Universität",
    "Université",
    "Partido",
    "Partito",
    "Parti",
    "Banco",
    "Banca",
    "Banque",
    "Ministerio",
    "Ministero",
    "Ministère",
    "Movimento",
    "Movimiento",
    "Frente",
    "Fundación",
    "Fondazione",
    "Fondation",
    "Compañía",
    "Compagnie",
    "Companhia",
    "Caisse",
    "Société",
    "Sociedad",
    "Società",
    "Sociedade",
    "Empresa",
    "Groupe",
    "Agence",
    "Agencia",
    "Agenzia",
    "Agência",
    "Conseil",
    "Consejo",
    "Consiglio",
    "Conselho",
    "Comité",
    "Comisión",
    "Commissione",
    "Comissão",
    "Confédération",
    "Confederación",
    "Confederazione",
    "Fédération",
    "Federación",
    "Federazione",
    "Asociación",
    "Associazione",
    "Associação",
    "Mouvement",
    "Rassemblement",
    "Ejército",
    "Fuerzas",
    "Jaish",
    "Jaysh",
    "Harakat",
    "Hizb",
    "Kataib",
    "Liwa",
    "Saraya",
    "Tehrik",
    "Tehreek",
];

/// Sports whose governing bodies take the sport's name after their country's ("UK Athletics",
/// "British Cycling", "UK Sport"); no cue word elsewhere ("Olympic Swimming").
const SPORT_BODY_HEADS: [&str; 8] = [
    "Athletics",
    "Cycling",
    "Swimming",
    "Rowing",
    "Gymnastics",
    "Netball",
    "Triathlon",
    "Sport",
];

/// Nouns of a part of a company that follow its name directly ("its Mercedes unit", "the
/// Barclaycard arm", "Ford's Jaguar unit"); after a possessive they may be a person's own
/// ("Smith's arm").
/// (Not "affiliate" nor "offshoot": "the Pirates' Double-A affiliate", "the Esperanto
/// offshoot Ido".)
const COMPANY_PARTS: [&str; 3] = ["unit", "division", "arm"];

/// The positions a team's players play, which follow the team's name directly ("Liverpool
/// striker Robbie Fowler", "Wales wing Gareth Thomas", "Pakistan bowler Wasim Akram").
const PLAYER_POSITIONS: [&str; 27] = [
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "keeper",
    "winger",
    "forward",
    "playmaker",
    "centre-back",
    "full-back",
    "wing",
    "prop",
    "lock",
    "flanker",
    "hooker",
    "fly-half",
    "scrum-half",
    "centre",
    "batsman",
    "bowler",
    "opener",
    "spinner",
    "all-rounder",
    "wicketkeeper",
    "pitcher",
    "quarterback",
    "guard",
];

/// Positions that name other things too, after a place ("the London centre", "the Paris
/// wing", "the Chicago guard").
const AMBIGUOUS_POSITIONS: [&str; 8] = [
    "centre", "wing", "lock", "guard", "forward", "keeper", "opener", "prop",
];

/// The head words of a state's own bodies, whose name takes the state's possessive
/// ("Kazakhstan's Defence Ministry", "Britain's Foreign Office", "Israel's Defence Forces").
const STATE_BODY_HEADS: [&str; 16] = [
    "Ministry",
    "Department",
    "Office",
    "Agency",
    "Government",
    "Army",
    "Navy",
    "Force",
    "Forces",
    "Guard",
    "Police",
    "Embassy",
    "Parliament",
    "Cabinet",
    "Treasury",
    "Service",
];

impl<'a> Reader<'a> {
    pub(super) fn org_by_cue(&self, a: usize, b: usize, out: &mut ZoneNames) -> bool {
        // ("Operation Freedom's Sentinel": an operation's name is the operation's, whatever
        // word ends it.)
        if b - a >= 2 && matches!(self.word(a), "Operation" | "Exercise") {
            return false;
        }
        // "BHF-Bank", "Unilever-Group": a cue word ending a hyphenated name.
        if b - a == 1
            && let Some((first, last)) = self.word(a).rsplit_once('-')
            && first.starts_with(|c: char| c.is_uppercase())
            && self.lex.org_cues.contains(last)
            && !self.lex.is_office_title(last)
        {
            let name = self.word(a).to_owned();
            self.push(out, a, b, EntityKind::Organization, name);
            Self::mark(
                out,
                super::CUE,
                "an organisation's cue word ending the name (\"BHF-Bank\")",
            );
            return true;
        }
        // A chunk starts with a capitalised word, so its first connector comes after it.
        let first_connector = (a + 1..b).find(|&i| self.is_connector(i)).unwrap_or(b);
        if self.given_name_and_cue_surname(a, first_connector) {
            return false;
        }
        let head = self.word(first_connector - 1);
        let last = self.word(b - 1);
        // "Irving Independent School District": a district of a service is the body that runs
        // it, not a region.
        let service_district = first_connector == b
            && b - a >= 2
            && matches!(last, "District" | "Districts")
            && self.lex.org_cues.contains(self.word(b - 2));
        // "Imperial College London", "Police Scotland": a body's cue word then the place it
        // serves, ending the name.
        let cue_then_place = first_connector == b
            && b - a >= 2
            && self.lex.org_cues.contains(self.word(b - 2))
            && !self.lex.is_office_title(self.word(b - 2))
            && self.lex.places.contains_key(last);
        // "UK Athletics", "British Cycling": a sport's name is a governing body's after the
        // country or nation it governs ("Olympic Swimming" is the sport).
        let sport_body = SPORT_BODY_HEADS.contains(&last)
            && b - a == 2
            && (self.lex.places.contains_key(self.word(a))
                || self.lex.demonyms.contains_key(self.word(a)));
        // "Republic of Korea Navy", "Isle of Man Constabulary": a listed place's whole name,
        // "of" and all, before a body's cue word, as "Pakistan Army" is without one.
        let listed_place_then_cue = first_connector < b
            && self.lex.org_cues.contains(last)
            && !self.lex.is_office_title(last)
            && self.lex.places.contains_key(self.key(a, b - 1).as_ref());
        let cue = self.lex.org_cues.contains(head)
            || sport_body
            || cue_then_place
            || listed_place_then_cue
            || (self.lex.org_cues.contains(last)
                && (first_connector == b
                    || self.bodies_joined_by_and(a, b, first_connector)
                    || self.trades_listed_before_cue(a, first_connector) == Some(b)
                    || self.places_joined_before_cue(a, first_connector) == Some(b)))
            || service_district
            || FOREIGN_ORG_HEADS.contains(&self.word(a))
            // "HM Courts and Tribunals Service": Her Majesty's, a crown body's.
            || self.word(a) == "HM"
            || self.is_majesty_s(a);
        // "the Vienna Energy Forum": a forum named after its city is a meeting there; the
        // "Pacific Islands Forum" is a body.
        let city_meeting = EVENT_HEADS.contains(&last)
            && self
                .lex
                .places
                .get(self.word(a))
                .is_some_and(|p| p.place_type == PlaceType::City);
        // "Jupiter Research", "Strategy Analytics": words of a firm's trade that are also a
        // topic ("Previous Research", "on Linguistic Research") take a name that is no English
        // word before them.
        let topic_word = matches!(last, "Research" | "Analytics") && first_connector == b;
        let topic = topic_word && self.only_common_words(a, b - 1);
        let cue = cue && !city_meeting && !topic;
        // "Kazakhstan's Defence Ministry": the possessive owner is part of the name (not the
        // end of another's: "the University of Cambridge's Jesus College"); so is a royal or
        // saint's possessive ("King's College London", "the King's Fund", "St Thomas' Hospital").
        let mut start = a;
        if a >= 2
            && self.tokens[a - 1].kind == TokenKind::Possessive
            && self.tokens[a - 2].cap
            // ("Germany's Hoechst AG", "Ghana's Cocoa Board": a company or a board is no
            // country's own, as its ministry is.)
            && ((self.lex.places.contains_key(self.word(a - 2)) && STATE_BODY_HEADS.contains(&head))
                || matches!(
                    self.word(a - 2),
                    "King" | "Queen" | "Prince" | "St" | "Saint"
                ))
            && !(a >= 3 && self.word(a - 3) == "of")
        {
            start = a - 2;
        }
        let royal_single = b - a == 1
            && start < a
            && !self.lex.places.contains_key(self.word(start))
            && self.lex.org_cues.contains(head);
        // ("Universidad Mayor de San Andrés": after a foreign body's head word, "Mayor" is no
        // office.)
        let office_head =
            self.lex.is_office_title(head) && !FOREIGN_ORG_HEADS.contains(&self.word(a));
        if !cue || (b - a < 2 && !royal_single) || office_head {
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
        // "Borno State", "Zamfara State", "Kaduna State": a listed division's name (or its
        // capital's, which the gazetteer may hold first) and "State" is the state itself,
        // outside the US, where "Ohio State" and "Penn State" are universities.
        if b - a >= 2
            && self.word(b - 1) == "State"
            && let Some(info) = self.lex.places.get(self.key(a, b - 1).as_ref())
            && match info.place_type {
                PlaceType::Region => self
                    .lex
                    .country_code
                    .get(info.canonical)
                    .is_some_and(|c| *c != "US"),
                PlaceType::City => {
                    !self.lex.us_states.contains_key(info.canonical)
                        && !self.lex.country_code.contains_key(info.canonical)
                }
                _ => false,
            }
        {
            // (The state apart from its capital: "Kaduna State" is no "Kaduna".)
            let name = match info.place_type {
                PlaceType::City => self.key(a, b).into_owned(),
                _ => info.canonical.to_owned(),
            };
            self.push_place(out, a, b, name, PlaceType::Region);
            Self::mark(
                out,
                super::LISTED,
                "a listed division's name and \"State\" (\"Borno State\")",
            );
            return true;
        }
        // "the Council on American-Islamic Relations Alia Salem": a person named right after
        // the body, with no comma, is no part of its name.
        let person = self.person_after_org(first_connector, b);
        // ("Bank of Japan Governor Haruhiko Kuroda", "Council of Europe Secretary General
        // Marija Buric": an office's title between the body and its holder is no part of the
        // body's name; with the body, it is the holder's role.)
        let titled_from = person.map(|k| {
            let mut t = k;
            while t > a + 1
                && (self.lex.is_office_title(self.word(t - 1))
                    || self.lex.is_title(self.word(t - 1)))
                && (start..t - 1).any(|i| self.lex.org_cues.contains(self.word(i)))
            {
                t -= 1;
            }
            t
        });
        let end = titled_from.unwrap_or(b);
        // ("the U.S.-India Strategic Partnership Forum".)
        let start = self.start_with_initials_joined(start);
        let name = self.span_text(start, end).to_owned();
        self.push(out, start, end, EntityKind::Organization, name);
        Self::mark(
            out,
            super::CUE,
            "an organisation's cue word in the name (\"Ministry\", \"Council\")",
        );
        if let Some(k) = person {
            let role = (end < k).then(|| self.clean_role(start, k)).flatten();
            self.push_person(out, k, b, role);
            Self::mark(
                out,
                super::CUE,
                "a given name after an organisation's full name",
            );
        }
        // ("Britain's Department for International Development": the state that owns the body
        // is named too, as a place.)
        if start < a
            && let Some(info) = self.lex.places.get(self.word(start))
        {
            self.push_place(
                out,
                start,
                start + 1,
                info.canonical.to_owned(),
                info.place_type,
            );
            Self::mark(out, super::LISTED, super::PLACES_GAZETTEER_WHY);
        }
        true
    }

    /// "Foreign Ministers of the Global Coalition to Defeat ISIS", "Director of the Office of
    /// Management and Budget", "President of the Kurdistan Region": an office "of the" a body or
    /// place the cue words name; that is read whole and the office before it as the pieces it
    /// is.
    pub(super) fn body_after_office(&self, a: usize, b: usize, out: &mut ZoneNames) -> bool {
        let Some(of) = (a + 1..b).find(|&i| !self.tokens[i].cap) else {
            return false;
        };
        let office = self.word(of - 1);
        let body = of + 2;
        let of_the = self.word(of) == "of"
            && self.tokens.get(of + 1).is_some_and(|t| !t.cap)
            && self.word(of + 1) == "the";
        if !of_the
            || b < body + 2
            || !(self.lex.is_title(office) || self.lex.is_office_title(office))
            || self
                .lex
                .organizations
                .contains_key(self.key(body, b).as_ref())
            || !(self.org_by_cue(body, b, out) || self.place_by_cue(body, b, out))
        {
            return false;
        }
        self.pieces(a, of, out);
        true
    }

    /// "the Mines and Energy Ministry", "the Futures and Options Exchange": bodies joined by
    /// "and" (every connector after `first_connector` is one) share the cue word that ends
    /// them. Not two names of their own ("United Nations and United Airlines"), nor a place's
    /// name of that shape ("National Air and Space Museum"), nor a centre's name without "for"
    /// ("Space and Rocket Center", more often a venue's) but a research centre's ("Scientific
    /// Studies and Research Centre").
    fn bodies_joined_by_and(&self, a: usize, b: usize, first_connector: usize) -> bool {
        let ands: Vec<usize> = (first_connector..b)
            .filter(|&i| self.is_connector(i))
            .collect();
        let parts = std::iter::once(a)
            .chain(ands.iter().map(|&i| i + 1))
            .zip(ands.iter().copied().chain(std::iter::once(b)));
        // ("the ..." or a country's: "Afghan National Defense and Security Forces"; or a
        // possessive's: "the African Union's Peace and Security Council".)
        let owned = self.lex.demonyms.contains_key(self.word(a))
            || (a > 0 && self.tokens[a - 1].kind == TokenKind::Possessive);
        !ands.is_empty()
            && a > 0
            && (self.word(a - 1).eq_ignore_ascii_case("the") || owned)
            && ands.iter().all(|&i| self.word(i) == "and")
            && !(matches!(self.word(b - 1), "Center" | "Centre") && self.word(b - 2) != "Research")
            && !(a..b).any(|i| self.lex.is_place_suffix(self.word(i)))
            && !parts.into_iter().any(|(s, e)| {
                let part = self.key(s, e);
                self.lex.organizations.contains_key(part.as_ref())
                    || self.lex.places.contains_key(part.as_ref())
            })
    }

    /// Where a person's name (a given name, then one or two more capitalised words) closes an
    /// organisation's chunk after its cue word, which sits before `first_connector`.
    fn person_after_org(&self, first_connector: usize, b: usize) -> Option<usize> {
        (2..=3).filter(|n| b > first_connector + n).find_map(|n| {
            let k = b - n;
            let clean = (k..b).all(|i| {
                self.tokens[i].cap
                    && self.tokens[i].kind == TokenKind::Word
                    && !self.lex.org_cues.contains(self.word(i))
                    && !self.lex.places.contains_key(self.word(i))
            });
            let tail = self.key(k, b);
            (clean
                && self.lex.given_names.contains(self.word(k))
                // "Church of Jesus Christ": a name right after a connector is the body's.
                && self.tokens[k - 1].cap
                && !self.lex.organizations.contains_key(tail.as_ref())
                && !self.lex.places.contains_key(tail.as_ref()))
            .then_some(k)
        })
    }

    /// "Cancer Research UK", "Screen Scotland", "Business Unity South Africa": words that are no
    /// given name (so not "Age UK": Åge is one), place or people before a country's or region's
    /// name that ends the chunk (the words `s..i`, the place, of `place_type`, from `i`) name a
    /// body working there, not a place. Not a description of the place ("Modern Britain",
    /// "Mainland China", "Rural Wales"), a title ("Miss Scotland"), a sentence's adverb
    /// ("Meanwhile Scotland") or a headline's words ("Rain Hits Scotland").
    pub(super) fn body_named_before_its_country(
        &self,
        s: usize,
        i: usize,
        place_type: PlaceType,
    ) -> bool {
        const DESCRIBE_A_PLACE: [&str; 42] = [
            "Modern",
            "Ancient",
            "Medieval",
            "Imperial",
            "Colonial",
            "Communist",
            "Nazi",
            "Occupied",
            "Independent",
            "Free",
            "Greater",
            "Rural",
            "Urban",
            "Mainland",
            "Continental",
            "Global",
            "Wartime",
            "Postwar",
            "Contemporary",
            "Victorian",
            "Georgian",
            "Roman",
            "Celtic",
            "Catholic",
            "Protestant",
            "Christian",
            "Democratic",
            "Socialist",
            "Federal",
            "United",
            "Divided",
            "Little",
            "Middle",
            "Deep",
            "Old",
            "Young",
            "Whole",
            "All",
            "Downtown",
            "Coastal",
            "Post-Brexit",
            "Brexit",
        ];
        const SENTENCE_ADVERBS: [&str; 16] = [
            "Meanwhile",
            "Today",
            "Yesterday",
            "Tonight",
            "Now",
            "Then",
            "Earlier",
            "Later",
            "Also",
            "Still",
            "Here",
            "There",
            "Instead",
            "Already",
            "Elsewhere",
            "Overall",
        ];
        if self.zone == ZoneKind::Title || i - s > 3 {
            return false;
        }
        let first = self.word(s);
        let last = self.word(i - 1);
        matches!(place_type, PlaceType::Country | PlaceType::Region)
            // ("CSS Alabama", a ship; "Transforming Kenya", a plan.)
            && !first.ends_with("ing")
            && (s..i).all(|k| {
                self.tokens[k].cap
                    && self.word(k).chars().any(char::is_lowercase)
                    && self.tokens[k].is_word()
                    && (self.lex.is_capitalised_common_word(self.word(k))
                        || !(self.lex.given_names.contains(self.word(k))
                            || self.lex.places.contains_key(self.word(k))
                            || self.lex.demonyms.contains_key(self.word(k))))
                    && !self.is_function_word(k)
                    && !self.lex.is_title(self.word(k))
                    && !self.lex.honorifics.contains(&self.word(k))
            })
            && !DESCRIBE_A_PLACE.contains(&last)
            // ("Self-sufficient Gibraltar", "Oil-rich Kuwait", "War-torn Syria".)
            && !last
                .split_once('-')
                .is_some_and(|(_, rest)| rest.starts_with(char::is_lowercase))
            && !self.lex.place_qualifiers.contains(&last)
            && !(self.tokens[s].sentence_start
                && (SENTENCE_ADVERBS.contains(&first) || first.ends_with("ly")))
    }

    /// "the Chicago Bulls", "Leicester Tigers", "the Boston Globe": a listed place at `i..j`
    /// that opens its chunk and is carried on to `b` by one or two plain capitalised words names
    /// a team, newspaper or company based there, not the place (no place word such as "City" or
    /// "Airport", no title as in "London Mayor", no event such as "Boston Marathon").
    pub(super) fn body_named_after_place(&self, i: usize, j: usize, b: usize) -> bool {
        // Words that make a place or a landmark of the name whatever follows the place ("Miami
        // Beach", "Berlin Wall", "Sydney Opera House").
        const PLACE_HEADS: [&str; 46] = [
            "Beach",
            "Park",
            "Heights",
            "Springs",
            "Falls",
            "Hills",
            "Valley",
            "Harbour",
            "Harbor",
            "Bay",
            "Lake",
            "River",
            "Island",
            "Islands",
            "Coast",
            "Gardens",
            "Village",
            "Town",
            "Township",
            "Borough",
            "Road",
            "Avenue",
            "Station",
            "Port",
            "House",
            "Tower",
            "Towers",
            "Wall",
            "Gate",
            "Palace",
            "Castle",
            "Cathedral",
            "Abbey",
            "Temple",
            "Mosque",
            "Opera",
            "Zoo",
            "Eye",
            "Pier",
            "Dome",
            "Quay",
            "Wharf",
            "Forest",
            "Mountains",
            "Marina",
            "Hospital",
        ];
        if !(1..=2).contains(&(b - j)) {
            return false;
        }
        // "Gaza City", "Kuwait City": a city's name (the clubs named so, "Exeter City", are
        // listed).
        if b - j == 1 && self.word(j) == "City" {
            return false;
        }
        let plain = (j..b).all(|k| {
            let w = self.word(k);
            self.is_cap_word(k)
                && self.tokens[k].kind == TokenKind::Word
                && !self.tokens[k].sentence_start
                && !self.is_function_word(k)
                && !w.contains('-')
                && w.chars().skip(1).any(char::is_lowercase)
                && !self.lex.is_title(w)
                && !self.lex.is_office_title(w)
                && !self.lex.places.contains_key(w)
                // "in Moscow Yabloko said": a listed body of its own.
                && !self.lex.organizations.contains_key(w)
                && !self.lex.demonyms.contains_key(w)
                && !self.lex.not_names.contains(w)
                && !self.lex.place_qualifiers.contains(&w)
                && !EVENT_HEADS.contains(&w)
                && !super::DOCUMENT_HEADS.contains(&w)
                && !is_tournament_head(w)
                && !PLACE_HEADS.contains(&w)
                && !PARTY_MEMBERS.contains(&w)
                && !self
                    .lex
                    .place_cues
                    .iter()
                    .any(|(cue, _, _)| cue.first() == Some(&w) || cue.last() == Some(&w))
        });
        // "Paris Hilton", "Washington Irving": a given name and a surname; "Ambassador to the
        // United States Hamdullah Mohib": a person named after the place.
        let person = (b - j == 1 && self.lex.given_names.contains(self.word(i)))
            || self.looks_like_person(j, b);
        let tail = self.key(j, b);
        plain
            && !person
            && !self.lex.events.contains(self.key(i, b).as_ref())
            && !self.lex.places.contains_key(tail.as_ref())
    }

    /// "the party's candidate in Birmingham Sparkbrook", "the Manchester Withington seat": a
    /// name at `a..b` where an election is fought, by the noun before or after it.
    pub(super) fn names_a_constituency(&self, a: usize, b: usize) -> bool {
        const BEFORE: [&str; 9] = [
            "candidate",
            "candidates",
            "mp",
            "mps",
            "seat",
            "constituency",
            "standing",
            "stand",
            "stands",
        ];
        let fought_in = a >= 2
            && self.lowercase_word_in(a - 1, &["in", "for", "of"])
            && self.tokens[a - 2].is_word()
            && BEFORE.contains(&self.lower(a - 2).as_ref());
        fought_in || self.lowercase_word_in(b, &["seat", "constituency", "by-election", "ward"])
    }

    /// "the 2017 Global Firepower list": a name followed by what it publishes.
    pub(super) fn publication_after(&self, b: usize) -> bool {
        const PUBLICATIONS: [&str; 8] = [
            "list", "ranking", "rankings", "index", "report", "survey", "poll", "ratings",
        ];
        self.lowercase_word_in(b, &PUBLICATIONS)
    }

    /// "shares in Rosneft", "a spokesman for Vodafone", "analysts at Nomura": a preposition
    /// after a noun that only a company or body takes (its stock, its voice, its staff).
    pub(super) fn company_context_before(&self, a: usize) -> bool {
        // "dealers at Cargill and Volcafe": the second of two names shares the first's context.
        if a >= 2 && self.lowercase_word_in(a - 1, &["and"]) && self.is_cap_word(a - 2) {
            let mut first = a - 2;
            while first > 0 && self.is_cap_word(first - 1) {
                first -= 1;
            }
            return first + 3 >= a && self.company_context_right_before(first);
        }
        self.company_context_right_before(a)
    }

    /// "Live Nation said", "Southern Copper shares": a listed company's short name of two words
    /// or more. (One word alone is too often a surname, a town or an English word: "Miller"
    /// of "Miller Industries", "Southern" of "Southern Company".)
    pub(super) fn company_by_short_name(&self, a: usize, b: usize, key: &str) -> bool {
        let after_a_rank = a > 0 && self.tokens[a - 1].rank;
        b - a >= 2 && !after_a_rank && self.lex.company_short_names.contains(key)
    }

    /// The name of the body at `a..b`: the listed body's, or as written.
    pub(super) fn body_name(&self, a: usize, b: usize) -> String {
        let key = self.key(a, b);
        self.listed_body(a, b, &key)
            .map_or_else(|| key.into_owned(), str::to_owned)
    }

    /// The listed body the name `key` at `a..b` is, unless it is a town that shares a listed
    /// body's one-word name.
    pub(super) fn listed_body(&self, a: usize, b: usize, key: &str) -> Option<&'static str> {
        let canonical = self.lex.organizations.get(key).copied()?;
        (!(b - a == 1 && self.town_sharing_a_bodys_name(a, b))).then_some(canonical)
    }

    /// "a rally in Dover", "stayed near Dover.": a listed body's one-word name after "in" or
    /// "near", ending its phrase, where nothing before speaks of a company, is a town's.
    fn town_sharing_a_bodys_name(&self, a: usize, b: usize) -> bool {
        let word = self.word(a);
        let title_case = word.chars().skip(1).all(char::is_lowercase);
        let ends_phrase = self.tokens.get(b).is_none_or(|t| {
            matches!(t.kind, TokenKind::Punct(',' | '.' | ';'))
                || self.lowercase_word_in(b, &["and", "or"])
        });
        a > 0
            && title_case
            && ends_phrase
            && self.lowercase_word_in(a - 1, &["in", "near"])
            && !self.company_context_before(a)
    }

    /// The words right before `a` that only a company's name follows ("analysts at").
    fn company_context_right_before(&self, a: usize) -> bool {
        if a < 2 || !self.tokens[a - 1].is_word() || !self.tokens[a - 2].is_word() {
            return false;
        }
        // "an analyst at broker Hartley Penn", "advised by bank Lazard": the firm's kind
        // between the context and its name.
        const FIRM_KINDS: [&str; 8] = [
            "broker",
            "stockbroker",
            "bank",
            "insurer",
            "retailer",
            "firm",
            "consultancy",
            "publisher",
        ];
        // ("retail analyst at the broker Ferris Crane": the kind after "the".)
        let kind_from = if a >= 4 && self.lower(a - 2) == "the" {
            a - 2
        } else {
            a - 1
        };
        if kind_from >= 2
            && self.lowercase_word_in(a - 1, &FIRM_KINDS)
            && self.company_context_right_before(kind_from)
        {
            return true;
        }
        let noun = self.lower(a - 2);
        match self.lower(a - 1).as_ref() {
            // Not who was addressed where: "told investors in Cupertino".
            "in" if noun == "investors" => {
                a < 3
                    || !self.lowercase_word_in(
                        a - 3,
                        &[
                            "told",
                            "tells",
                            "telling",
                            "met",
                            "meets",
                            "addressed",
                            "briefed",
                        ],
                    )
            }
            "in" => matches!(
                noun.as_ref(),
                "shares" | "stake" | "stakes" | "shareholders" | "shareholding"
            ),
            "for" => matches!(
                noun.as_ref(),
                "spokesman" | "spokeswoman" | "spokesperson" | "spokespeople"
            ),
            // "the band signed to Polydor": a label or a club an act or a player is bound to.
            "to" => SIGNING_VERBS.contains(&noun.as_ref()),
            // "a rocket operated by Arianespace", "advised by Rothschild": what a firm does for
            // others (not "run by", "owned by", "built by": a person does those too).
            "by" => matches!(
                noun.as_ref(),
                "operated"
                    | "advised"
                    | "underwritten"
                    | "acquired"
                    | "manufactured"
                    | "distributed"
                    | "sponsored"
                    | "insured"
                    | "audited"
                    | "broadcast"
                    | "televised"
                    | "chartered"
                    | "leased"
            ),
            "at" => {
                matches!(
                    noun.as_ref(),
                    "analysts"
                        | "analyst"
                        | "economists"
                        | "economist"
                        | "executives"
                        | "employees"
                        | "dealers"
                        | "dealer"
                        | "traders"
                        | "trader"
                        | "brokers"
                        | "broker"
                        | "strategists"
                        | "strategist"
                        | "consultants"
                        | "consultant"
                        | "bankers"
                        | "banker"
                        | "partner"
                        | "partners"
                        | "lawyer"
                        | "lawyers"
                        | "attorney"
                        | "attorneys"
                        | "solicitor"
                        | "solicitors"
                        | "associate"
                        | "auditors"
                        | "accountants"
                )
                // "head of equities at Brewin Dolphin", "director of research at Numis": a
                // desk's head works for a firm.
                || (a >= 4
                    && self.lowercase_word_in(a - 3, &["of"])
                    && self.lowercase_word_in(a - 4, &["head", "director", "chief"]))
            }
            // "shares of Alphabet", "a unit of Siemens", "its acquisition of Activision".
            "of" => matches!(
                noun.as_ref(),
                "shares"
                    | "shareholders"
                    | "subsidiary"
                    | "unit"
                    | "division"
                    | "acquisition"
                    | "takeover"
                    | "executives"
                    | "employees"
            ),
            // ("signed with Real Madrid": bound to it.)
            "with" => {
                matches!(noun.as_ref(), "merger" | "merge" | "merged")
                    || SIGNING_VERBS.contains(&noun.as_ref())
            }
            // "agreed to buy Allied Domecq", "plans to acquire Telewest".
            "buy" | "acquire" => noun == "to",
            // "She told the Independent", "he told the Commons": who is told by the name alone
            // after "the" is a paper or a body; not an office ("told the Queen") nor a people
            // ("told the Americans"), nor everyone ("told the Nation").
            "the" => {
                matches!(noun.as_ref(), "told" | "tells" | "telling")
                    && !matches!(
                        self.word(a),
                        "Nation" | "Country" | "People" | "Public" | "World" | "Audience"
                    )
                    && !self.lex.is_title(self.word(a))
                    && self.lex.country_of(self.word(a)).is_none()
                    && self
                        .lex
                        .country_of(self.word(a).trim_end_matches('s'))
                        .is_none()
            }
            _ => false,
        }
    }

    /// Whether the word at `a` and "de", "do", "da" or "del" and a listed place after it name a
    /// company or body of that place ("Telefonica de Argentina", "Petroleos de Venezuela",
    /// "Electricidad de Caracas"): the word is no English one, no given name ("Jose de
    /// Venecia") and no place's ("Santiago de Chile").
    pub(super) fn company_of_a_place(&self, a: usize) -> bool {
        let word = self.word(a);
        let particle = self.tokens.get(a + 1).is_some_and(|t| {
            t.is_word()
                && !t.cap
                && t.space_before
                && matches!(self.word(a + 1), "de" | "do" | "da" | "del")
        });
        particle
            && self.is_cap_word(a + 2)
            && self.tokens[a + 2].space_before
            && !self.is_cap_word(a + 3)
            && self.lex.places.contains_key(self.word(a + 2))
            // ("Stade de France": a listed ground.)
            && !self.lex.lists_place_or_body(&self.key(a, a + 3))
            && !self.lex.places.contains_key(word)
            && !self.lex.given_names.contains(word)
            && !self.lex.is_capitalised_common_word(word)
            && !self.lex.is_title(word)
            && !self.lex.is_office_title(word)
            && !self.lex.demonyms.contains_key(word)
    }

    /// "the Wagner group", "the Sinaloa cartel", "the Caritas agency": a name followed by the
    /// lowercase noun of the kind of body it is.
    pub(super) fn body_noun_after(&self, b: usize) -> bool {
        const BODIES: [&str; 28] = [
            "agency",
            "alliance",
            "coalition",
            "brand",
            "team",
            "label",
            "chain",
            "club",
            "band",
            "franchise",
            "group",
            "company",
            "firm",
            "party",
            "movement",
            "militia",
            "cartel",
            "conglomerate",
            "broadcaster",
            "airline",
            "carmaker",
            "retailer",
            "newspaper",
            "magazine",
            "tabloid",
            "network",
            "radio",
            "television",
        ];
        // ("Budget airline Ryanair": the noun introduces the name after it, and the word before
        // says what kind it is.)
        self.lowercase_word_in(b, &BODIES)
            && (!self.is_cap_word(b + 1) || self.lex.is_title(self.word(b + 1)))
    }

    /// "Fars news agency", "the Tijuana cartel", "the Anatolia news agency": a listed region's
    /// or city's name before the body named after it. A country's is the country's outlet or
    /// gang, not their name ("Iran's news agency" is written with a possessive, and no one
    /// names a cartel "Mexico").
    pub(super) fn body_named_after_its_place(&self, a: usize, b: usize, key: &str) -> bool {
        b - a <= 2
            && (self.lowercase_word_in(b, &["cartel"])
                || (self.lowercase_word_in(b, &["news"])
                    && self.lowercase_word_in(b + 1, &["agency"])))
            && self
                .lex
                .places
                .get(key)
                .is_some_and(|p| p.place_type != PlaceType::Country)
    }

    /// "the Shin Bet security service", "Interfax news agency", "Syria's state television": a
    /// name before a kind of service or outlet and its head noun, which no person's name is
    /// ("Shin" is a given name too).
    pub(super) fn outlet_after(&self, b: usize) -> bool {
        const OUTLETS: [&str; 4] = ["service", "agency", "radio", "television"];
        self.tokens.get(b).is_some_and(|t| t.is_word() && !t.cap)
            && !self.is_function_word(b)
            && self.lowercase_word_in(b + 1, &OUTLETS)
    }

    /// "Hutchison Whampoa, which owns Three": a name that owns, makes or runs something,
    /// said in a clause that opens with "which" (a person's would open with "who").
    pub(super) fn company_clause_after(&self, b: usize) -> bool {
        const COMPANY_VERBS: [&str; 10] = [
            "owns", "owned", "makes", "made", "runs", "operates", "employs", "bought", "acquired",
            "sells",
        ];
        self.tokens.get(b).is_some_and(|t| t.is_punct(','))
            && self.lowercase_word_in(b + 1, &["which"])
            && (self.lowercase_word_in(b + 2, &COMPANY_VERBS)
                || (self.lowercase_word_in(b + 2, &["also", "now"])
                    && self.lowercase_word_in(b + 3, &COMPANY_VERBS)))
    }

    /// "Keane have sold", "the Scissor Sisters are nominated": a name that takes a plural verb
    /// is a group's, a band's or a team's (no one person is "are"). Only a name that stands
    /// where a clause's subject does: opening it (but not a pronoun, an English word or a
    /// given name alone: "They have", "People are", "Alfred were") or after "the", a comma or
    /// a word that opens a clause ("said", "that", "while"); not after "of" or a verb ("the
    /// village of Banjal were", "line the National Mall were"), not one of a pair ("Blair and
    /// Brown are"), nor a plural word alone ("Muslims are", "Serbs were": peoples and faiths).
    pub(super) fn plural_verb_after(&self, a: usize, b: usize) -> bool {
        const CLAUSE_OPENERS: [&str; 13] = [
            "that", "while", "but", "because", "as", "when", "since", "after", "before", "where",
            "said", "says", "why",
        ];
        if !self.lowercase_word_in(b, &["are", "were", "have"]) {
            return false;
        }
        let single = b - a == 1;
        if single && self.word(a).ends_with('s') {
            return false;
        }
        let opens_clause = |i: usize| {
            self.tokens[i].sentence_start
                || self.tokens[i].is_punct(',')
                || (self.tokens[i].is_word() && CLAUSE_OPENERS.contains(&self.lower(i).as_ref()))
        };
        let mut first = a;
        if a > 0 && self.lower(a - 1) == "the" {
            first = a - 1;
        }
        let word = self.word(a);
        let weak_word = single
            && (self.is_function_word(a)
                || word.contains('\'')
                || self.lex.is_capitalised_common_word(word)
                || self.lex.given_names.contains(word)
                || self.lex.not_names.contains(word));
        let subject = self.tokens[first].sentence_start || (first > 0 && opens_clause(first - 1));
        subject && !weak_word
    }

    /// "Unilever, the maker of Dove soap", "Glencore, a Swiss miner,": a name followed by a
    /// comma and a description whose head noun is a kind of body ("the maker", "a company").
    /// The head must end the description: in "Smith, the company's chief executive" or "Jones,
    /// the team captain" the body noun only qualifies a person's role.
    pub(super) fn org_apposition_after(&self, b: usize) -> bool {
        // "Symantec and McAfee, the two biggest anti-virus firms": the first of two names a
        // description of bodies in the plural follows.
        if self.lowercase_word_in(b, &["and"]) {
            let after_next = (b + 1..self.tokens.len().min(b + 4))
                .find(|&k| !self.is_cap_word(k))
                .filter(|&k| k > b + 1);
            return after_next.is_some_and(|k| self.bodies_described_after(k, true, false));
        }
        self.bodies_described_after(b, false, false)
    }

    /// Whether a comma at `b` opens a description of a body (of bodies, when `plural`); with
    /// `only_bodies`, by a noun only bodies are called ("the firm", "a four-piece band"; not
    /// "the group").
    pub(super) fn bodies_described_after(&self, b: usize, plural: bool, only_bodies: bool) -> bool {
        if !self.tokens.get(b).is_some_and(|t| t.is_punct(',')) {
            return false;
        }
        // The description opens with an article or a place's possessive ("Safaricom, East
        // Africa's largest mobile operator,").
        let first = if self.lowercase_word_in(b + 1, &["the", "a", "an"]) {
            b + 2
        } else {
            match self.place_possessive_at(b + 1) {
                Some(after) => after,
                None => return false,
            }
        };
        // The words before the head qualify it ("a Swiss miner", "the consumer goods giant",
        // "the world's biggest games publisher"): a grammar word ends the description ("the
        // participation of this team").
        (first..self.tokens.len().min(first + 6))
            .take_while(|&i| {
                (self.tokens[i].is_word() && !self.is_function_word(i))
                    || (i > first && self.tokens[i].kind == TokenKind::Possessive)
                    // ("the two biggest anti-virus firms")
                    || (i == first && self.lowercase_word_in(i, &["two", "three"]))
            })
            .filter(|&i| self.tokens[i].is_word())
            .any(|i| {
                let head_ends = match self.tokens.get(i + 1) {
                    None => true,
                    Some(t) if t.kind == TokenKind::Possessive => false,
                    Some(t) if !t.is_word() => t.kind != TokenKind::Number,
                    // ("the firm representing the directors": a participle tells what it does.)
                    Some(t) if !t.cap && self.lower(i + 1).ends_with("ing") => true,
                    Some(_) => self.lowercase_word_in(
                        i + 1,
                        &[
                            "of",
                            "that",
                            "which",
                            "whose",
                            "behind",
                            "based",
                            "in",
                            "from",
                            "with",
                            // "a social network popular with conservatives", "a payments
                            // company backed by SoftBank"
                            "popular",
                            "known",
                            "owned",
                            "run",
                            "backed",
                            "founded",
                            "listed",
                            "controlled",
                            "funded",
                            "headquartered",
                            // "the band fronted by Pete Doherty", "the party led by ..."
                            "fronted",
                            "led",
                            "headed",
                            "chaired",
                            "formed",
                            "created",
                            "managed",
                            "set",
                        ],
                    ),
                };
                // ("Symantec and McAfee, the two biggest anti-virus firms")
                let lower = self.lower(i);
                let singular = lower.strip_suffix('s').filter(|s| !s.ends_with('s'));
                let describes = |noun: &str| {
                    if only_bodies {
                        self.lex.body_only_descriptors.contains(noun)
                    } else {
                        self.lex.is_body_descriptor(noun)
                    }
                };
                head_ends && ((!plural && describes(&lower)) || singular.is_some_and(describes))
            })
    }

    /// Where a known place's name of one to three capitalised words at `at` and its possessive
    /// end ("Britain's", "East Africa's"): the token after the possessive.
    fn place_possessive_at(&self, at: usize) -> Option<usize> {
        (at + 1..self.tokens.len().min(at + 4))
            .take_while(|&i| self.tokens[i - 1].is_word() && self.tokens[i - 1].cap)
            .find(|&i| {
                self.tokens[i].kind == TokenKind::Possessive
                    && self.lex.places.contains_key(self.key(at, i).as_ref())
            })
            .map(|i| i + 1)
    }

    /// Whether a word of publishing, in a sentence about a study, comes before the "in" at
    /// token `at`, perhaps with when between: "The study was published in", "The findings
    /// appear this week in".
    pub(super) fn published_before(&self, at: usize) -> bool {
        const STUDIES: [&str; 12] = [
            "study", "studies", "findings", "results", "paper", "research", "report", "letter",
            "article", "analysis", "trial", "review",
        ];
        const PUBLISHING: [&str; 10] = [
            "published",
            "publishes",
            "publish",
            "appear",
            "appears",
            "appeared",
            "appearing",
            "wrote",
            "writes",
            "writing",
        ];
        (at.saturating_sub(4)..at)
            .rev()
            .take_while(|&i| {
                let t = &self.tokens[i];
                t.is_word() || t.kind == TokenKind::Number
            })
            .find(|&i| {
                !self.lowercase_word_in(i, &["on", "this", "last", "week", "month", "online", "today"])
                    && !crate::date::WEEKDAYS.contains(&self.lower(i).as_ref())
            })
            .is_some_and(|i| self.lowercase_word_in(i, &PUBLISHING))
            // ("The book was published in Chikwawa": what a study appears in, not where a
            // book was printed.)
            && (0..at)
                .rev()
                .take_while(|&i| !self.tokens[i + 1].sentence_start || i + 1 == at)
                .any(|i| self.lowercase_word_in(i, &STUDIES))
    }

    /// "Barclays posted profits of £7bn", "Glencore cut its dividend": a name that is the
    /// subject of a verb whose object only a company has (its profits, sales, dividend).
    pub(super) fn company_results_after(&self, b: usize) -> bool {
        const RESULTS: [&str; 12] = [
            "profit",
            "profits",
            "losses",
            "dividend",
            "dividends",
            "revenue",
            "revenues",
            "earnings",
            "sales",
            "turnover",
            "margins",
            "orders",
        ];
        // ("Games maker posts record sales": a kind of company is no verb; "Fok said losses
        // had narrowed": what a person says of them tells nothing.)
        let verb = self.tokens.get(b).is_some_and(|t| t.is_word() && !t.cap)
            && !self.is_function_word(b)
            && (!self.lex.speech_verbs.contains(self.lower(b).as_ref())
                || self.lowercase_word_in(b, &["reported", "reports", "announced", "posted"]))
            && !self
                .lex
                .org_descriptors
                .contains_key(self.lower(b).as_ref());
        verb && (b + 1..self.tokens.len().min(b + 4))
            .take_while(|&i| {
                let t = &self.tokens[i];
                (t.is_word() && !t.cap) || t.kind == TokenKind::Number
            })
            .any(|i| self.lowercase_word_in(i, &RESULTS))
    }

    /// "Daimler-Benz gained 1.20 marks", "Elf Aquitaine slipped 2 francs", "Kelda fell $1.25":
    /// a name whose price moves by an amount of money is a listed company's (an index moves by
    /// points, a country's exports by billions and percent).
    pub(super) fn share_price_move_after(&self, b: usize) -> bool {
        const MOVES: [&str; 22] = [
            "rose", "fell", "gained", "added", "slipped", "lost", "dropped", "climbed", "jumped",
            "eased", "edged", "firmed", "shed", "tumbled", "plunged", "surged", "soared",
            "rallied", "advanced", "declined", "slumped", "dipped",
        ];
        const MONEY: [&str; 24] = [
            "pence",
            "p",
            "cents",
            "marks",
            "pfennigs",
            "francs",
            "centimes",
            "yen",
            "lire",
            "lira",
            "kronor",
            "kroner",
            "crowns",
            "pesetas",
            "guilders",
            "escudos",
            "rand",
            "rupees",
            "baht",
            "ringgit",
            "pesos",
            "dollars",
            "euros",
            "schillings",
        ];
        if !self.lowercase_word_in(b, &MOVES) {
            return false;
        }
        // "up 3 pence", "another 20 cents": a word between the verb and the amount.
        let mut i = b + 1;
        if self.lowercase_word_in(i, &["up", "down", "another"]) {
            i += 1;
        }
        let symbol = self
            .tokens
            .get(i)
            .is_some_and(|t| matches!(t.kind, TokenKind::Punct('$' | '£' | '€' | '¥')));
        if symbol {
            i += 1;
        }
        if !self
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
        {
            return false;
        }
        // "Itau gained 1.9 percent" among shares is a company's price; elsewhere a
        // percentage moves a party's or a candidate's vote, or a country's trade.
        let percent = self.lowercase_word_in(i + 1, &["percent", "pct"])
            || self.tokens.get(i + 1).is_some_and(|t| t.is_punct('%'));
        symbol || self.lowercase_word_in(i + 1, &MONEY) || (percent && self.among_shares(i))
    }

    /// Whether shares or stocks are spoken of within a few hundred bytes of token `i` (a
    /// market report).
    fn among_shares(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let around = super::super::text::widened(self.text, t.start..t.end, 300);
        self.text[around]
            .split(|c: char| !c.is_alphabetic())
            .any(|w| matches!(w, "shares" | "stocks" | "bourse" | "Bourse"))
    }

    /// "Verdi said it would examine the terms", "Celsa said its plant": after the speech verb
    /// at `b`, "its", or "it" as the doer of what follows (a person's "it" is the weather or a
    /// state of things: "said it would be difficult", "said it was time").
    pub(super) fn says_of_itself(&self, b: usize) -> bool {
        const AUXILIARIES: [&str; 12] = [
            "would", "will", "could", "can", "may", "might", "had", "has", "did", "does", "should",
            "must",
        ];
        const DOINGS: [&str; 14] = [
            "plans", "planned", "expects", "expected", "intends", "intended", "aims", "hopes",
            "hoped", "wants", "wanted", "agreed", "received", "reported",
        ];
        const STATES: [&str; 15] = [
            "be", "been", "being", "take", "takes", "cost", "costs", "seem", "seems", "appear",
            "appears", "remain", "remains", "make", "mean",
        ];
        if !self.lowercase_word_in(
            b,
            &["said", "says", "announced", "added", "stated", "confirmed"],
        ) {
            return false;
        }
        if self.lowercase_word_in(b + 1, &["its"]) {
            return true;
        }
        if !self.lowercase_word_in(b + 1, &["it"]) {
            return false;
        }
        if self.lowercase_word_in(b + 2, &DOINGS) {
            return true;
        }
        // ("said it would not raise its bid": past "not" to the verb.)
        let verb = if self.lowercase_word_in(b + 3, &["not", "also", "still"]) {
            b + 4
        } else {
            b + 3
        };
        self.lowercase_word_in(b + 2, &AUXILIARIES)
            && self.tokens.get(verb).is_some_and(|t| t.is_word() && !t.cap)
            && !self.lowercase_word_in(verb, &STATES)
    }

    /// Whether a single word may be a body's whole name when what it says shows it is one: not
    /// a given name, a body's cue word alone ("The Fund said it would lend more"), a title or
    /// an English word.
    pub(super) fn may_name_a_body_alone(&self, key: &str) -> bool {
        !self.lex.given_names.contains(key)
            && !self.lex.org_cues.contains(key)
            && !self.lex.is_title(key)
            && !self.lex.is_capitalised_common_word(key)
    }

    /// Whether the single name at `a`, next to a speech verb, is a body speaking: "The Treasury
    /// said", "the Met said" (a name after "the" is a body's or a band's, unless it is an
    /// office, a role, a nationality, a given name or a cue word standing for a body named
    /// before: "the Chancellor said", "the Frenchman said", "the Fund said"); "Jeremy Green of
    /// Ovum said" (the one a named person is "of" is who they work for).
    pub(super) fn speaks_as_a_body(&self, a: usize, key: &str, prev: &str) -> bool {
        match prev {
            "the" => {
                !self.lex.org_cues.contains(key)
                    && !self.lex.demonyms.contains_key(key)
                    && !self.lex.names_a_people(key)
                    && !key.ends_with("man")
                    && !key.ends_with("woman")
                    && !self.lex.given_names.contains(key)
                    && !self.lex.is_title(key)
                    && !self.lex.is_office_title(key)
                    && !self.lex.role_nouns.contains_key(self.lower(a).as_ref())
            }
            "of" => {
                a >= 2
                    && self.tokens[a - 2].is_word()
                    && self.tokens[a - 2].cap
                    && !self.lex.is_title(self.word(a - 2))
                    && !self.lex.is_office_title(self.word(a - 2))
            }
            _ => false,
        }
    }

    pub(super) fn org_descriptor_before(&self, a: usize) -> bool {
        let mut end = a;
        if end > 0 && self.tokens[end - 1].is_punct(',') {
            end -= 1;
        }
        // "operators such as NTT DoCoMo", "publishers including Gameloft": kinds of body in
        // the plural, then examples of them.
        let is_lower = |i: usize, word: &str| {
            self.tokens[i].is_word() && !self.tokens[i].cap && self.word(i) == word
        };
        let examples = if end >= 3 && is_lower(end - 2, "such") && is_lower(end - 1, "as") {
            Some(end - 2)
        } else if end >= 2 && is_lower(end - 1, "including") {
            Some(end - 1)
        } else {
            None
        };
        if let Some(e) = examples
            && self.plural_descriptor_at(e - 1)
        {
            return true;
        }
        if end >= 1 && !self.tokens[end - 1].cap && self.plural_descriptor_at(end - 1) {
            return true;
        }
        // "security firms Sophos and McAfee": the second name of the examples.
        if end >= 2 && self.tokens[end - 1].is_word() && self.word(end - 1) == "and" {
            let first_start = (end.saturating_sub(4)..end - 1)
                .find(|&s| (s..end - 1).all(|k| self.tokens[k].cap && self.tokens[k].is_word()));
            if let Some(s) = first_start
                && s > 0
                && !self.tokens[s - 1].cap
                && self.plural_descriptor_at(s - 1)
            {
                return true;
            }
        }
        if end == 0 {
            return false;
        }
        let Some(ending_here) = self.lex.org_descriptors.get(self.word(end - 1)) else {
            return false;
        };
        ending_here.iter().any(|words| {
            let n = words.len();
            end >= n
                && (0..n).all(|k| {
                    let i = end - n + k;
                    self.tokens[i].is_word() && !self.tokens[i].cap && self.word(i) == words[k]
                })
        })
    }

    /// Whether a description that names bodies only comes right before `a`, with no article
    /// or possessive before it ("Scottish band Franz Ferdinand", "law firm Clifford Chance";
    /// not "the firm John Lewis built", where the name opens a clause).
    pub(super) fn body_only_descriptor_before(&self, a: usize, b: usize) -> bool {
        // ("Girl group Velvet Engine": a description's first word is capitalised where it
        // opens the sentence.)
        let lower_word = |i: usize| {
            self.tokens[i].is_word() && (!self.tokens[i].cap || self.tokens[i].sentence_start)
        };
        (1..=2).any(|n| {
            a >= n
                && (a - n..a).all(lower_word)
                && !self.tokens[a - 1].cap
                && with_lowercase(&self.key(a - n, a), |key| {
                    self.lex.body_only_descriptors.contains(key)
                })
                // ("broadcaster Jon Snow": a person's occupation too, before a person's name.)
                && !(self.lex.role_nouns.contains_key(self.lower(a - 1).as_ref())
                    && self.looks_like_person(a, b))
                && !(a > n
                    && matches!(
                        self.lower(a - n - 1).as_ref(),
                        "the" | "a" | "an" | "this" | "that" | "his" | "her" | "its" | "their"
                    ))
        })
    }

    /// Whether token `i` is a body descriptor in the plural ("firms", "banks", "carmakers"):
    /// the names right after it, or after "such as", are examples of such bodies.
    fn plural_descriptor_at(&self, i: usize) -> bool {
        if !self.tokens[i].is_word() {
            return false;
        }
        let plural = self.lower(i);
        let singular = match plural.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None => match plural.strip_suffix('s') {
                Some(stem) if !stem.ends_with('s') => stem.to_owned(),
                _ => return false,
            },
        };
        self.lex.is_body_descriptor(&singular)
    }

    /// "Liverpool striker Robbie Fowler", "England coach Glenn Hoddle": a noun only a team's
    /// players and coaches take right after the name, and a name after it. Without the name
    /// ("said the England midfielder", "the former Wales manager"), only a noun no other
    /// place's staff take ("the London centre" is a building).
    pub(super) fn team_staff_after(&self, a: usize, b: usize) -> bool {
        if !self
            .tokens
            .get(b)
            .is_some_and(|t| t.is_word() && !t.cap && t.space_before)
        {
            return false;
        }
        let noun = self.lower(b);
        let heads_a_team = matches!(
            noun.as_ref(),
            "coach" | "captain" | "skipper" | "manager" | "boss"
        );
        if (heads_a_team || PLAYER_POSITIONS.contains(&noun.as_ref())) && self.is_cap_word(b + 1) {
            return true;
        }
        // "Sale head coach Neil Barraclough", "Wasps director of rugby Martin Halsey",
        // "Lancashire chief executive Graham Dobbs": a post of two or three words.
        const POSTS: [&[&str]; 7] = [
            &["head", "coach"],
            &["assistant", "coach"],
            &["team", "manager"],
            &["chief", "executive"],
            &["director", "of", "rugby"],
            &["director", "of", "football"],
            &["director", "of", "cricket"],
        ];
        let post_len = POSTS
            .iter()
            .find(|post| self.lowercase_run_at(b, post))
            .map(|post| post.len());
        if let Some(len) = post_len
            && self.is_cap_word(b + len)
        {
            return true;
        }
        let described = a > 0 && matches!(self.lower(a - 1).as_ref(), "the" | "former");
        described
            && (heads_a_team
                || (PLAYER_POSITIONS.contains(&noun.as_ref())
                    && !AMBIGUOUS_POSITIONS.contains(&noun.as_ref())))
    }

    /// "its Douwe Egberts unit", "its Van Houtem subsidiary": the name `a..b` of a part a
    /// company owns, whatever name it carries.
    pub(super) fn a_companys_part(&self, a: usize, b: usize) -> bool {
        a > 0
            && self.lowercase_word_in(a - 1, &["its"])
            && (self.lowercase_word_in(b, &COMPANY_PARTS)
                || self.lowercase_word_in(b, &["subsidiary"]))
    }

    /// "Facebook creator Mark Zuckerberg", "Microsoft's chief executive", "its Mercedes unit": a
    /// name followed, directly or through its possessive, by a noun of its founders, heads or
    /// staff, or directly by a part of a company.
    pub(super) fn org_member_after(&self, b: usize) -> bool {
        let mut i = b;
        if self
            .tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
        {
            i += 1;
        }
        // "Ford's Jaguar unit": who owns a company's part is a company.
        if i > b
            && self.is_cap_word(i)
            && self
                .tokens
                .get(i + 1)
                .is_some_and(|t| t.is_word() && !t.cap)
            && COMPANY_PARTS.contains(&self.lower(i + 1).as_ref())
        {
            return true;
        }
        if !self.tokens.get(i).is_some_and(|t| t.is_word() && !t.cap) {
            return false;
        }
        // "Arsenal manager Mikel Arteta", "Fifa president Sepp Blatter": these nouns follow a
        // club or body directly; after a possessive they may be a person's own ("Federer's
        // coach").
        // ("Williams driver Damon Hill", "Mapei rider Tony Rominger": a motor racing or
        // cycling team's.)
        const STAFF: [&str; 10] = [
            "manager",
            "coach",
            "boss",
            "chairman",
            "chairwoman",
            "president",
            "owner",
            "spokesman",
            "driver",
            "rider",
        ];
        let word = self.lower(i);
        (i == b
            && (STAFF.contains(&word.as_ref())
                || (PLAYER_POSITIONS.contains(&word.as_ref()) && self.is_cap_word(i + 1))
                || COMPANY_PARTS.contains(&word.as_ref())))
            || self.lex.org_members.contains(word.as_ref())
            || (word == "chief"
                && self
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.is_word() && self.lower(i + 1) == "executive"))
    }

    /// "Williams technical director Patrick Head", "Tyrrell designer Harvey Postlethwaite":
    /// lowercase words from `i` ending in a noun of a post at a body, and a person's given name
    /// right after: the name before them is the body's. Nouns a person or a prize may have too
    /// are left out ("Bush adviser Karl Rove", "Wimbledon champion Roger Federer").
    pub(super) fn role_phrase_before_a_person(&self, i: usize) -> bool {
        const NOT_A_BODYS: [&str; 16] = [
            "adviser",
            "advisor",
            "aide",
            "lawyer",
            "attorney",
            "agent",
            "counterpart",
            "champion",
            "seed",
            "resident",
            "student",
            "veteran",
            "candidate",
            "nominee",
            "fellow",
            "critic",
        ];
        let mut end = i;
        while end < i + 3 && self.tokens.get(end).is_some_and(|t| t.is_word() && !t.cap) {
            end += 1;
        }
        let Some(last) = end.checked_sub(1).filter(|&last| last >= i) else {
            return false;
        };
        let noun = self.lower(last);
        self.lex.role_nouns.contains_key(noun.as_ref())
            && !NOT_A_BODYS.contains(&noun.as_ref())
            && !self.lex.kin_nouns.contains(noun.as_ref())
            && (i..last).all(|k| {
                let word = self.lower(k);
                self.lex.role_nouns.contains_key(word.as_ref())
                    || (is_modifier(&word) && !self.lex.role_stops.contains(word.as_ref()))
            })
            && self.is_cap_word(end)
            && self.lex.is_given_name(self.word(end))
    }

    /// "shown on Channel Seven, Fox Cricket and Star Sports", "broadcast live on SuperSport":
    /// the name at `a` is one of the channels a verb of broadcasting and "on" put it on.
    pub(super) fn broadcast_on_before(&self, a: usize) -> bool {
        const VERBS: [&str; 12] = [
            "shown",
            "broadcast",
            "aired",
            "televised",
            "screened",
            "streamed",
            "streams",
            "airs",
            "broadcasts",
            "available",
            "show",
            "stream",
        ];
        let mut i = a;
        // Back past the channels listed before this one.
        while i > 0 && i + 12 > a {
            let before = &self.tokens[i - 1];
            let in_list = before.is_punct(',')
                || (before.is_word() && before.cap)
                || self.lowercase_word_in(i - 1, &["and"]);
            if !in_list {
                break;
            }
            i -= 1;
        }
        if i < 2 || !self.lowercase_word_in(i - 1, &["on"]) {
            return false;
        }
        let verb = if i >= 3 && self.lowercase_word_in(i - 2, &["live"]) {
            i - 3
        } else {
            i - 2
        };
        self.lowercase_word_in(verb, &VERBS)
    }

    /// "Kraft Jacobs Suchard spokesman Reinhard Albers", "Sara Lee chief executive John
    /// Bryan": a name of two to four words, no listed place's, before a post only a body has
    /// (a person has a spokesman too, but news writes "Blair's spokesman").
    pub(super) fn bodys_officer_after(&self, a: usize, b: usize) -> bool {
        const POSTS: [&str; 12] = [
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "chairman",
            "chairwoman",
            "chief",
            "executive",
            "director",
            "analyst",
            "economist",
            "strategist",
            "dealer",
        ];
        (2..=4).contains(&(b - a))
            && self.tokens.get(b).is_some_and(|t| t.is_word() && !t.cap)
            && (b..(b + 3).min(self.tokens.len()))
                .take_while(|&k| self.tokens[k].is_word() && !self.tokens[k].cap)
                .any(|k| self.lowercase_word_in(k, &POSTS))
            && !self.lex.places.contains_key(self.key(a, b).as_ref())
            && (a..b).all(|k| !self.lex.is_title(self.word(k)) && !self.tokens[k].rank)
    }

    /// "Kenya Power", "Georgia Power": a country's name and one English word, which may read
    /// as a given name and a surname; where a post and its holder follow, the body's.
    pub(super) fn a_country_and_a_word(&self, a: usize, b: usize) -> bool {
        b - a == 2
            && self
                .lex
                .places
                .get(self.word(a))
                .is_some_and(|p| p.place_type == PlaceType::Country)
            && self.lex.is_capitalised_common_word(self.word(a + 1))
    }

    /// "the National Council of Churches of Kenya (NCCK)", "the Movement for the Emancipation
    /// of the Niger Delta (MEND)", "the Institute for Reporters' Freedom and Safety (IRFS)": a
    /// body's name cut at a place or an apostrophe, before an acronym in brackets that spells
    /// the whole stretch and not the body's part alone, is one body's name, the rest inside it.
    pub(super) fn bodies_of_places_their_acronyms_spell(&self, out: &mut ZoneNames) {
        const INNER_WORDS: [&str; 7] = ["of", "the", "for", "in", "and", "on", "de"];
        let mut joined: Vec<(usize, usize)> = Vec::new();
        for body in out
            .mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Organization)
        {
            let after = self.tokens.partition_point(|t| t.start < body.end);
            let mut k = after;
            while k < after + 8
                && self.tokens.get(k).is_some_and(|t| {
                    self.is_cap_word(k)
                        || t.kind == TokenKind::Possessive
                        || (t.is_word() && INNER_WORDS.contains(&self.word(k)))
                })
            {
                k += 1;
            }
            let bracketed = k > after
                && self.is_cap_word(k - 1)
                && self.tokens.get(k).is_some_and(|t| t.is_punct('('))
                && self.tokens.get(k + 1).is_some_and(|t| t.is_word())
                && self.tokens.get(k + 2).is_some_and(|t| t.is_punct(')'));
            if !bracketed {
                continue;
            }
            let acronym = self.word(k + 1);
            let end = self.tokens[k - 1].end;
            let long_form = &self.text[body.start..end];
            let spelled =
                |form: &str| initials_match(acronym, form) || prefixes_match(acronym, form);
            if is_acronym(acronym)
                && spelled(long_form)
                && !spelled(&self.text[body.start..body.end])
            {
                joined.push((body.start, end));
            }
        }
        for (start, end) in joined {
            out.mentions
                .retain(|m| m.start == start || m.end <= start || m.start >= end);
            if let Some(body) = out.mentions.iter_mut().find(|m| m.start == start) {
                body.end = end;
                body.name = self.text[start..end].to_owned();
            }
        }
    }

    /// "Kazakhstan Paramount Engineering (KPE)", "UN [United Nations]".
    pub(super) fn link_acronyms(&self, out: &mut ZoneNames) {
        let mut links = Vec::new();
        let mut short_forms = Vec::new();
        let mut defined = Vec::new();
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
            // "the Congress of South African Trade Unions, Cosatu, threatened", "the African
            // Union Mission in Somalia, or AMISOM,": the short form set off by commas, read as
            // in brackets where its letters spell the long form.
            let short_at = if self.lowercase_word_in(i + 1, &["or"]) {
                i + 2
            } else {
                i + 1
            };
            let apposition = self.tokens.get(i).is_some_and(|t| t.is_punct(','))
                && self
                    .tokens
                    .get(short_at + 1)
                    .is_some_and(|t| t.is_punct(','));
            if apposition {
                let long_form = &self.text[m.start..m.end];
                let inner = self.word(short_at);
                let title_case = (3..=6).contains(&inner.len())
                    && inner.starts_with(|c: char| c.is_ascii_uppercase())
                    && inner.chars().skip(1).all(|c| c.is_ascii_lowercase());
                if (title_case || is_acronym(inner))
                    && long_form.split_whitespace().count() >= 3
                    && (initials_match(inner, long_form) || prefixes_match(inner, long_form))
                {
                    links.push(AcronymLink {
                        acronym: inner.to_owned(),
                        long_form: long_form.to_owned(),
                    });
                    short_forms.push(short_at);
                }
                continue;
            }
            let long_form = &self.text[m.start..m.end];
            // "the Alliance of Sahel States, known by its French acronym AES": an acronym the
            // article says the body goes by, whatever language its letters spell.
            if let Some(k) = self.acronym_it_is_known_by(i) {
                links.push(AcronymLink {
                    acronym: self.word(k).to_owned(),
                    long_form: long_form.to_owned(),
                });
                short_forms.push(k);
                continue;
            }
            // (Past a legal ending the mention leaves out: "plc", "Ltd.".)
            let mut j = i;
            if self.tokens.get(j).is_some_and(|t| t.is_word())
                && LEGAL_ENDINGS
                    .iter()
                    .any(|e| e.eq_ignore_ascii_case(self.word(j)))
            {
                j += 1;
                if self.tokens.get(j).is_some_and(|t| t.is_punct('.')) {
                    j += 1;
                }
            }
            // "Meridian Telecom plc ("Meridian")": a short form the article defines in quotation
            // marks, words of the name; a common word too, since the article says it is one.
            if let Some((a, b)) = self.quoted_short_form(j, long_form) {
                links.push(AcronymLink {
                    acronym: self.span_text(a, b).to_owned(),
                    long_form: long_form.to_owned(),
                });
                defined.push((a, b));
                continue;
            }
            if !self
                .tokens
                .get(i)
                .is_some_and(|t| t.is_punct('(') || t.is_punct('['))
            {
                continue;
            }
            let inner = self.word(i + 1);
            let closes = self
                .tokens
                .get(i + 2)
                .is_some_and(|t| t.is_punct(')') || t.is_punct(']'));
            // In brackets right after the name, an acronym may take more than initials
            // ("African Union Mission in Somalia (AMISOM)"), and after a name of two words or
            // more it may be the initials of its own language or of its last words
            // ("Institutional Revolutionary Party (PRI)", "Bureau of Alcohol, Tobacco and
            // Firearms (ATF)"), unless the lists know them as a place's ("(UK)") or know both
            // as two bodies; a listed acronym after an unlisted name gives the body another
            // name ("the Social Democrats (SPD)").
            let own_initials = || {
                long_form.split_whitespace().count() >= 2
                    && inner.chars().count() <= 6
                    && !self.lex.places.contains_key(inner)
                    && (self.lex.organizations.get(inner).is_none_or(|listed| {
                        self.lex
                            .organizations
                            .get(long_form)
                            .is_none_or(|named| named == listed)
                    }) || initials_in_order(inner, long_form))
            };
            // ("Law and Justice (PiS)": small letters between capitals, "PiS", "PvdA", of a
            // name in another language, which the English words do not spell.)
            let foreign_short_form =
                || self.short_form_in_brackets(i) && !capitals_are_initials(inner, long_form);
            if closes
                && (is_acronym(inner) || foreign_short_form())
                && (initials_match(inner, long_form)
                    || prefixes_match(inner, long_form)
                    || own_initials())
            {
                // ("the Social Democrats (SPD)", "the Association of South East Asian Nations
                // (ASEAN)": the listed body's name, by which the other one is grouped with it;
                // not where the name spells the acronym out as another body's, "Rapid Support
                // Forces (RSF)" of Reporters Without Borders.)
                let squeezed = |name: &str| -> String {
                    name.chars()
                        .filter(|c| c.is_alphanumeric())
                        .flat_map(char::to_lowercase)
                        .collect()
                };
                let spelled_out =
                    initials_match(inner, long_form) || prefixes_match(inner, long_form);
                let listed = self.lex.organizations.get(inner).filter(|&&listed| {
                    listed != long_form && (!spelled_out || squeezed(listed) == squeezed(long_form))
                });
                links.push(match listed {
                    Some(listed) => AcronymLink {
                        acronym: long_form.to_owned(),
                        long_form: (*listed).to_owned(),
                    },
                    None => AcronymLink {
                        acronym: inner.to_owned(),
                        long_form: long_form.to_owned(),
                    },
                });
                continue;
            }
            // "(Defra)", "(Dstl)": a short form printed in title case, read only where it
            // spells the long form's initials.
            let title_case = inner.len() >= 3
                && inner.starts_with(|c: char| c.is_ascii_uppercase())
                && inner.chars().skip(1).all(|c| c.is_ascii_lowercase());
            if closes
                && title_case
                && long_form.split_whitespace().count() >= 3
                && initials_match(inner, long_form)
            {
                links.push(AcronymLink {
                    acronym: inner.to_owned(),
                    long_form: long_form.to_owned(),
                });
                short_forms.push(i + 1);
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
        // A short form the rules read already keeps that reading.
        let read = |out: &ZoneNames, start: usize| {
            out.mentions
                .iter()
                .any(|m| m.start <= start && start < m.end)
        };
        short_forms.extend(defined.iter().filter(|(a, b)| b - a == 1).map(|&(a, _)| a));
        for (a, b) in defined.into_iter().filter(|(a, b)| b - a > 1) {
            if read(out, self.tokens[a].start) {
                continue;
            }
            self.push(
                out,
                a,
                b,
                EntityKind::Organization,
                self.span_text(a, b).to_owned(),
            );
            Self::mark(out, super::CUE, QUOTED_SHORT_FORM_WHY);
        }
        for k in short_forms {
            if !read(out, self.tokens[k].start) {
                self.push(
                    out,
                    k,
                    k + 1,
                    EntityKind::Organization,
                    self.word(k).to_owned(),
                );
                Self::mark(
                    out,
                    super::CUE,
                    "a short form in brackets or commas after the long form (\"(Defra)\", \", Cosatu,\")",
                );
            }
        }
        out.links = links;
    }
}

impl Reader<'_> {
    /// ", known as AES", ", known by its French acronym AES", "(known as AES)" from token `i`:
    /// the acronym's token.
    fn acronym_it_is_known_by(&self, i: usize) -> Option<usize> {
        let opens = self
            .tokens
            .get(i)
            .is_some_and(|t| t.is_punct(',') || t.is_punct('('));
        if !opens || !self.lowercase_word_in(i + 1, &["known"]) {
            return None;
        }
        let acronym = if self.lowercase_word_in(i + 2, &["as"]) {
            i + 3
        } else if self.lowercase_word_in(i + 2, &["by"]) {
            // "by its acronym", "by the French initials": up to two words before the noun.
            (i + 4..i + 7)
                .find(|&k| self.lowercase_word_in(k, &["acronym", "initials", "abbreviation"]))?
                + 1
        } else {
            return None;
        };
        (self.tokens.get(acronym).is_some_and(|t| t.is_word()) && is_acronym(self.word(acronym)))
            .then_some(acronym)
    }
}

/// Why a short form defined in quotation marks after a body's name is that body.
const QUOTED_SHORT_FORM_WHY: &str = "a short form defined in quotation marks after the name (\"Meridian Telecom plc (\"Meridian\")\")";

/// "a New York Democrat", "the Georgia Republican": a member of a party, from the place
/// before the word.
pub(super) const PARTY_MEMBERS: [&str; 14] = [
    "Democrat",
    "Democrats",
    "Republican",
    "Republicans",
    "Tory",
    "Tories",
    "Conservative",
    "Conservatives",
    "Liberal",
    "Liberals",
    "Socialist",
    "Socialists",
    "Communist",
    "Communists",
];

impl Reader<'_> {
    /// Whether a short form in brackets follows the name ending before token `b`: "(PiS)",
    /// "(VVD)", "(PvdA)", an acronym in capitals or one with small letters between capitals,
    /// whatever language its letters spell.
    pub(super) fn short_form_in_brackets(&self, b: usize) -> bool {
        let shaped = |w: &str| {
            is_acronym(w)
                || ((3..=6).contains(&w.len())
                    && w.chars().all(|c| c.is_ascii_alphabetic())
                    && w.starts_with(|c: char| c.is_ascii_uppercase())
                    && w.chars().filter(char::is_ascii_uppercase).count() >= 2)
        };
        self.tokens.get(b).is_some_and(|t| t.is_punct('('))
            && self.tokens.get(b + 1).is_some_and(|t| t.is_word())
            && shaped(self.word(b + 1))
            && self.tokens.get(b + 2).is_some_and(|t| t.is_punct(')'))
    }

    /// Whether `a..b` is a name of two words or more that no list or cue word reads, before a
    /// short form in brackets that its letters do not spell ("Law and Justice (PiS)", "Civic
    /// Platform (PO)"): what goes by a short form of another language is a body; a person's
    /// name opens with a given name ("Alex Salmond (SNP)") or a title.
    pub(super) fn name_before_its_short_form(&self, a: usize, b: usize) -> bool {
        b - a >= 2
            && self.short_form_in_brackets(b)
            && !self.lex.is_given_name(self.word(a))
            && !self.lex.is_title(self.word(a))
            && !self.lex.is_office_title(self.word(a))
            && !self.lex.lists_place_or_body(self.key(a, b).as_ref())
            && !self.lex.demonyms.contains_key(self.word(a))
            // (A body's cue word reads the name as it is.)
            && !(a..b).any(|i| self.lex.org_cues.contains(self.word(i)))
            // ("Economic Community of West African States (ECOWAS)", "Office of the UN High
            // Commissioner for Human Rights (OHCHR)": the end of a longer name.)
            // ("Ocean and Land Studies (CAROLS)": after a capitalised word and "and" too.)
            && !(self.lowercase_word_in(a.wrapping_sub(1), &["of", "for", "into"])
                || (self.lowercase_word_in(a.wrapping_sub(1), &["the"])
                    && self.lowercase_word_in(a.wrapping_sub(2), &["of"]))
                || (self.lowercase_word_in(a.wrapping_sub(1), &["and"])
                    && self.tokens.get(a.wrapping_sub(2)).is_some_and(|t| t.cap)))
            // ("Compact Fluorescent Light (CFL)", "Medium Term Plans (MTPs)": a term its
            // initials spell is read by what the article says of it; a short form in another
            // language, "Civic Platform (PO)", names a body.)
            && !capitals_are_initials(self.word(b + 1), self.span_text(a, b))
            // ("Millennium Development Goals (MDGs)": a plural's short form.)
            && !self.word(b + 1).ends_with('s')
    }

    /// The words inside `("...")` opening at the bracket `open`, when they are capitalised
    /// words of `long_form`.
    fn quoted_short_form(&self, open: usize, long_form: &str) -> Option<(usize, usize)> {
        let is_quote = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| matches!(t.kind, TokenKind::Punct('"' | '“' | '”')))
        };
        if !self.tokens.get(open).is_some_and(|t| t.is_punct('(')) || !is_quote(open + 1) {
            return None;
        }
        let a = open + 2;
        let b = (a..self.tokens.len().min(a + 5)).find(|&k| is_quote(k))?;
        let closes = self.tokens.get(b + 1).is_some_and(|t| t.is_punct(')'));
        let long_words: Vec<&str> = long_form.split_whitespace().collect();
        let words_of_the_name =
            (a..b).all(|k| self.is_cap_word(k) && long_words.contains(&self.word(k)));
        (closes && b > a && words_of_the_name).then_some((a, b))
    }
}

/// Head words of events other than tournaments ("Boston Marathon", "Berlin Summit", "Brussels
/// Conference"): what a place's or a body's name carried on by one of them names is no body
/// (documents are DOCUMENT_HEADS, "Minsk Agreements").
pub(super) const EVENT_HEADS: [&str; 11] = [
    "War",
    "Wars",
    "Olympics",
    "Marathon",
    "Festival",
    "Summit",
    "Show",
    "Conference",
    "Forum",
    "Expo",
    "Fair",
];

pub(crate) fn is_acronym(word: &str) -> bool {
    // "CJTF-OIR": acronyms joined by a hyphen are one.
    if word.contains('-') {
        return word
            .split('-')
            .all(|part| !part.is_empty() && is_acronym(part));
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=10).contains(&letters)
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

/// Whether each capital of `short` opens a word of `long_form`, in order: "CFL" of "Compact
/// Fluorescent Light", "CoI" of "UN Independent Commission of Inquiry"; not "PiS" of "Law and
/// Justice", a short form in another language.
fn capitals_are_initials(short: &str, long_form: &str) -> bool {
    let mut words = long_form.split([' ', '-']).filter_map(|w| w.chars().next());
    short
        .chars()
        .filter(|c| c.is_uppercase())
        .all(|capital| words.any(|initial| initial.to_uppercase().eq([capital])))
}

/// Whether the initials of `long_form`'s capitalised words are letters of `acronym` in
/// order, the first its first: "Social Democrats" of "SPD", "Free Democrats" of "FDP" (a
/// name the article gives a body listed by its acronym), not "Sinn Fein" of "IRA".
fn initials_in_order(acronym: &str, long_form: &str) -> bool {
    let initials: Vec<char> = long_form
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect();
    let mut letters = acronym.chars();
    initials.len() >= 2
        && initials.first() == acronym.chars().next().as_ref()
        && initials.iter().all(|&c| letters.any(|l| l == c))
}

pub(crate) fn initials_match(acronym: &str, long_form: &str) -> bool {
    let words = long_form
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty());
    let upper_initial = |word: &str| word.chars().flat_map(char::to_uppercase).next();
    // The acronym's first letter is the initial of the first word, or of a grammar word before
    // it: a test that spares the spelling most pairs of acronym and long form tried.
    if let Some(first) = upper_initial(acronym) {
        let mut leading = words.clone();
        let could_start = loop {
            match leading.next() {
                Some(word) if upper_initial(word) == Some(first) => break true,
                Some(word) if ACRONYM_SKIPPED_WORDS.contains(&word) => {}
                _ => break false,
            }
        };
        if !could_start {
            return false;
        }
    }
    let words: Vec<&str> = words.collect();
    let acronym: Vec<char> = acronym.chars().flat_map(char::to_uppercase).collect();
    spells(&acronym, &words)
}

/// Whether `acronym` is spelled by the beginnings of `long_form`'s words, in order: the first
/// word gives at least its initial, each other word up to four letters or none ("African
/// Union Mission in Somalia", AMISOM; "Europol" of "European Police Office" is no acronym).
pub(crate) fn prefixes_match(acronym: &str, long_form: &str) -> bool {
    let words: Vec<Vec<char>> = long_form
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().flat_map(char::to_uppercase).collect())
        .collect();
    let acronym: Vec<char> = acronym.chars().flat_map(char::to_uppercase).collect();
    fn spelled(acronym: &[char], words: &[Vec<char>], first: bool) -> bool {
        let Some((word, rest)) = words.split_first() else {
            return acronym.is_empty();
        };
        let most = word.len().min(4).min(acronym.len());
        let least = usize::from(first);
        (least..=most)
            .rev()
            .any(|k| word[..k] == acronym[..k] && spelled(&acronym[k..], rest, false))
    }
    acronym.len() <= 10 && words.len() <= 12 && spelled(&acronym, &words, true)
}

/// The grammar words an acronym's letters may pass over ("Office for the Coordination...").
pub(crate) const ACRONYM_SKIPPED_WORDS: [&str; 10] = [
    "of", "the", "and", "for", "under", "on", "de", "in", "&", "to",
];

/// Whether `acronym` is spelled by `words`: each word gives its initial; a grammar word may
/// also give nothing ("Office for the Coordination...") or its initial ("UN Mission in Libya",
/// UNMIL), and a word in capitals all its letters ("UN Support Mission", UNSM...; "U.S. Agency
/// for International Development", USAID, its initials without their dots).
fn spells(acronym: &[char], words: &[&str]) -> bool {
    let Some((word, rest)) = words.split_first() else {
        return acronym.is_empty();
    };
    let grammar = ACRONYM_SKIPPED_WORDS.contains(word);
    if grammar && spells(acronym, rest) {
        return true;
    }
    // The word's letters upper-cased, read without collecting them: this runs per word of
    // every long form an acronym is tried against.
    let dotted =
        word.len() >= 4 && word.ends_with('.') && word.split('.').all(|part| part.len() <= 1);
    let upper = word
        .chars()
        .filter(|&c| !dotted || c != '.')
        .flat_map(char::to_uppercase);
    // (The cheap test first: most words have a lowercase letter.)
    let whole_caps = word
        .chars()
        .all(|c| c.is_uppercase() || (dotted && c == '.'))
        && upper.clone().nth(1).is_some();
    let spelled_whole = whole_caps && {
        let len = upper.clone().count();
        acronym.len() >= len
            && upper.clone().zip(acronym).all(|(a, &b)| a == b)
            && spells(&acronym[len..], rest)
    };
    spelled_whole
        || (upper
            .clone()
            .next()
            .is_some_and(|c| acronym.first() == Some(&c))
            && spells(&acronym[1..], rest))
}

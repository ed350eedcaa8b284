//! The gazetteers and cue-word lists in `assets/`, embedded in the binary and indexed once.

use super::dates::{ascii_lower, with_lowercase};
use crate::facts::PlaceType;
use crate::text::data_lines;
use std::sync::LazyLock;

/// The FxHash maps of `rustc-hash` for the short keys of the gazetteers: the text is not an
/// attacker-chosen key stream that could degrade a map, and SipHash dominated extraction time.
pub(crate) type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// Records that `key` names `value` in a map of what each key names: a key found naming two
/// values names none ("Jordan" where two full names end with it).
pub(crate) fn note_sole_value<K: std::hash::Hash + Eq, V: PartialEq + ToOwned + ?Sized>(
    map: &mut FastMap<K, Option<V::Owned>>,
    key: K,
    value: &V,
) {
    use std::borrow::Borrow;
    let entry = map.entry(key).or_insert_with(|| Some(value.to_owned()));
    if entry.as_ref().map(Borrow::borrow) != Some(value) {
        *entry = None;
    }
}
pub(crate) type FastSet<K> = rustc_hash::FxHashSet<K>;

/// A football club's legal or sporting abbreviation, which news drops from its name ("Chelsea
/// FC", "SK Brann", "FC Barcelona").
pub(crate) const CLUB_ABBREVIATIONS: [&str; 34] = [
    "FC", "AFC", "CF", "SC", "SK", "AC", "AS", "FK", "NK", "IF", "BK", "SV", "CD", "CA", "SSC",
    "KV", "RC", "IK", "FF", "CS", "SD", "UD", "CFC", "PFC", "VfL", "VfB", "TSV", "SL", "HNK",
    "MFK", "OFK", "KF", "UE", "ASD",
];

/// The words of a club's name without the abbreviations before and after them ("Bochum" of
/// "VfL Bochum", "Brann" of "SK Brann").
pub(crate) fn without_club_abbreviations<'w, 's>(mut words: &'w [&'s str]) -> &'w [&'s str] {
    while let [first, rest @ ..] = words
        && CLUB_ABBREVIATIONS.contains(first)
    {
        words = rest;
    }
    while let [rest @ .., last] = words
        && CLUB_ABBREVIATIONS.contains(last)
    {
        words = rest;
    }
    words
}

/// Club abbreviations that are also a US state's ("Columbia SC", "Fresno CA"): after a name
/// they may be its state.
pub(crate) const STATE_CODES_AMONG_CLUB_ABBREVIATIONS: [&str; 3] = ["SC", "CA", "SD"];

/// The word after a town that news drops from an English club's name ("Newcastle United",
/// "Blackburn Rovers", "Tottenham Hotspur").
const TOWN_CLUB_SUFFIXES: [&str; 11] = [
    "United",
    "City",
    "Hotspur",
    "Rovers",
    "Athletic",
    "Wanderers",
    "Albion",
    "County",
    "Town",
    "Argyle",
    "Alexandra",
];

/// What the gazetteer knows about a place name.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PlaceInfo {
    pub canonical: &'static str,
    pub place_type: PlaceType,
}

/// Whom "he" or "she" can refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

/// Where a place cue word stands relative to the name it marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CuePosition {
    /// "Almaty Province".
    Suffix,
    /// "Cape Tokmak".
    Prefix,
    /// "Zhetygen training centre": a lowercase head after the name.
    Lower,
}

/// Words of what a company makes or is, which follow its trading name in its legal name
/// ("Philips Electronics NV", "Ford Motor Co", "Vodafone Group Plc", "Tallis Therapeutics"),
/// and the country of a national arm ("Vodafone UK", "Reform UK").
pub(crate) const COMPANY_KIND_WORDS: [&str; 46] = [
    "Electronics",
    "Bancorp",
    "Bancshares",
    "Computer",
    "Wholesale",
    "Semiconductor",
    "Motor",
    "Motors",
    "Group",
    "Holdings",
    "Holding",
    "Industries",
    "International",
    "Communications",
    "Technologies",
    "Petroleum",
    "Pharmaceuticals",
    "Chemicals",
    "Airlines",
    "Systems",
    "Software",
    "Entertainment",
    "Enterprises",
    "Foods",
    "Brands",
    "Insurance",
    "Therapeutics",
    "Biotech",
    "Biosciences",
    "Pharma",
    "Telecom",
    "Aerospace",
    "Energy",
    "Capital",
    "Partners",
    "Airways",
    "Mining",
    "Resources",
    "Robotics",
    "Logistics",
    "Ventures",
    "Networks",
    "Solutions",
    "Financial",
    "Securities",
    "UK",
];

/// Words that end a company's registered name, which news leaves off when it names the company
/// again ("Toyota Motor Corp", then "Toyota Motor").
pub(crate) const LEGAL_ENDINGS: [&str; 19] = [
    "Inc",
    "Corp",
    "Corporation",
    "Co",
    "Company",
    "Plc",
    "PLC",
    "plc",
    "Ltd",
    "Limited",
    "AG",
    "SA",
    "NV",
    "SpA",
    "GmbH",
    "LLC",
    "LLP",
    "Group",
    "Holdings",
];

pub(crate) struct Lexicon {
    /// Place names as printed (and in upper case, for datelines) to what they are.
    pub places: FastMap<&'static str, PlaceInfo>,
    pub places_upper: FastMap<String, PlaceInfo>,
    /// Demonyms and adjectives of places: never places themselves. Value: the country's code.
    pub demonyms: FastMap<&'static str, Option<&'static str>>,
    /// Nouns of nationals that are given names too ("Dane", "Finn"): a national only after
    /// "the" and before a name ("the Dane Søren Kjærgaard"), where a given name cannot stand.
    pub demonyms_also_given_names: FastSet<&'static str>,
    /// The beginnings of the demonyms, four letters or longer, shorter than the whole
    /// ("Serb" of "Serbian"): a people's plural is looked up here, not by a scan of them all.
    demonym_beginnings: FastSet<&'static str>,
    /// Demonyms without their "-ian" or "-ish" ("Croat" of "Croatian", "Brit" of "British"),
    /// looked up as they are rather than built with each ending on every call.
    demonym_stems: FastSet<&'static str>,
    /// A country name, capital or alias to its ISO code, to merge "Kazakh X" and "Kazakhstan's X".
    pub country_code: FastMap<&'static str, &'static str>,
    /// Known organisations: any alias to the canonical name.
    pub organizations: FastMap<&'static str, &'static str>,
    /// The canonical names of the known organisations.
    pub organization_names: FastSet<&'static str>,
    /// The first word (up to a space) of every name and alias in `organizations`: a stretch
    /// of text whose first word is not here is no listed body, and needs no lookup.
    pub organization_first_words: FastSet<&'static str>,
    /// The last word of every name and alias in `organizations`, for the same purpose.
    pub organization_last_words: FastSet<&'static str>,
    /// The canonical names of the football clubs (`clubs.tsv`).
    pub club_names: FastSet<&'static str>,
    /// A club's name as sports news shortens it, to the club, or to `None` where the short
    /// name is two clubs' ("Newcastle" of "Newcastle United", "Chelsea" of "Chelsea FC",
    /// "Brann" of "SK Brann"; "Manchester" is United's and City's).
    pub club_short_names: FastMap<&'static str, Option<&'static str>>,
    /// Short names that are English words too ("Arsenal", "Rangers", "Stoke"), kept apart:
    /// they are the club only where a sentence does not open with them.
    pub club_word_short_names: FastMap<&'static str, Option<&'static str>>,
    /// A listed company's name without its legal ending or the words of its trade ("Shell" of
    /// "Shell PLC", "Live Nation" of "Live Nation Entertainment"), where one company has it.
    /// Not where the short name is a listed body or place, a people's or a given name, or
    /// shorter than four letters.
    pub company_short_names: FastSet<&'static str>,
    pub org_cues: FastSet<&'static str>,
    /// Cue words that are common surnames too ("Church", "Chambers"): after a given name they
    /// end a person's name.
    pub cue_surnames: FastSet<&'static str>,
    /// Lowercase descriptions that introduce an organisation, as word lists, by their last
    /// word: the word before a name picks the few that can end there.
    pub org_descriptors: FastMap<&'static str, Vec<Vec<&'static str>>>,
    /// The descriptions of those that name bodies only: a name right after one is the body's,
    /// even where it reads like a person's ("Scottish band Franz Ferdinand").
    pub body_only_descriptors: FastSet<&'static str>,
    /// Nouns of an organisation's founders, heads and staff after its name
    /// (`assets/org_members.txt`).
    pub org_members: FastSet<&'static str>,
    pub place_cues: Vec<(Vec<&'static str>, CuePosition, PlaceType)>,
    /// The place cues by the word that selects them (a suffix cue's last word, a prefix or
    /// lowercase cue's first word), in file order: a chunk checks only its own candidates.
    pub place_cue_index: FastMap<&'static str, Vec<usize>>,
    pub given_names: GivenNames,
    /// The gender a given name mostly has, where the list says.
    pub given_name_genders: FastMap<&'static str, Gender>,
    pub titles: FastSet<&'static str>,
    /// Ranks as printed ("Col.-Gen."), longest first.
    pub ranks: Vec<&'static str>,
    /// Lowercase role nouns, with whether each names an office.
    pub role_nouns: FastMap<&'static str, bool>,
    /// The role nouns of family ("wife", "son"): a role only where the article gives no other.
    pub kin_nouns: FastSet<&'static str>,
    pub speech_verbs: FastSet<&'static str>,
    /// Lowercase honorifics and ranks that name an office besides the offices in `role_nouns`.
    pub office_words: FastSet<&'static str>,
    /// Sentence-opening grammar words, lower case, stripped from the front of a name.
    pub function_words: FastSet<&'static str>,
    /// Lowercase English words (a spelling dictionary's, `assets/common_words.txt`).
    pub common_words: FastSet<&'static str>,
    /// Lowercase words that end a role phrase read backwards from a name.
    pub role_stops: FastSet<&'static str>,
    /// Lowercase nouns of exercises that make the name before them an event.
    pub event_nouns: Vec<&'static str>,
    /// Prepositions that make the unknown name after them a place.
    pub location_prepositions: Vec<&'static str>,
    /// Lowercase surname endings that make an unknown name a person's.
    pub surname_suffixes: Vec<&'static str>,
    /// Capitalised words that are never a name by themselves: pronouns, numerals, common
    /// acronyms ("TV", "GDP").
    pub not_names: FastSet<&'static str>,
    /// Nouns of the kinds of work a title follows ("the film Doctor Zhivago").
    pub work_nouns: FastSet<&'static str>,
    /// Honorifics written without a period before a name ("Mr Kennedy").
    pub honorifics: FastSet<&'static str>,
    /// Compass words and "New" that join the known place after them ("Southwest Asia").
    pub place_qualifiers: Vec<&'static str>,
    /// Named recurring events: tournaments, championships, festivals ("Six Nations").
    pub events: FastSet<&'static str>,
    /// Abbreviations that keep their period in a name ("Acme Corp."); not "Plc", which no one
    /// abbreviates with one, so that its period ends the sentence ("its unit Orange Plc.").
    pub dotted_suffixes: Vec<&'static str>,
    /// Nouns of military and other units that end a numbered unit's name ("507th ... Wing").
    pub unit_nouns: Vec<&'static str>,
    /// Lowercase nouns after which "of X" names a place ("the city of X", "the liberation of X").
    pub place_nouns: Vec<&'static str>,
    /// Capitalised nouns that name an organisation alone mid-sentence ("the Coalition").
    pub standalone_org_nouns: Vec<&'static str>,
    /// The US states by each way news copy writes them after a town or in a lawmaker's tag:
    /// name, abbreviation ("Calif.", "N.Y.") and postal code ("CA"), to the state's name.
    pub us_states: FastMap<&'static str, &'static str>,
}

pub(crate) static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

fn place_type(name: &str) -> PlaceType {
    match name {
        "country" => PlaceType::Country,
        "city" => PlaceType::City,
        "region" => PlaceType::Region,
        "facility" => PlaceType::Facility,
        _ => PlaceType::Other,
    }
}

impl Lexicon {
    fn load() -> Self {
        let mut lexicon = Lexicon {
            places: FastMap::default(),
            places_upper: FastMap::default(),
            demonyms: FastMap::default(),
            demonym_beginnings: FastSet::default(),
            demonyms_also_given_names: FastSet::default(),
            demonym_stems: FastSet::default(),
            country_code: FastMap::default(),
            organizations: FastMap::default(),
            organization_names: FastSet::default(),
            organization_first_words: FastSet::default(),
            organization_last_words: FastSet::default(),
            club_names: FastSet::default(),
            club_short_names: FastMap::default(),
            club_word_short_names: FastMap::default(),
            company_short_names: FastSet::default(),
            org_cues: FastSet::default(),
            cue_surnames: data_lines(include_str!("../../assets/cue_surnames.txt")).collect(),
            org_descriptors: FastMap::default(),
            body_only_descriptors: FastSet::default(),
            org_members: data_lines(include_str!("../../assets/org_members.txt")).collect(),
            place_cues: Vec::new(),
            place_cue_index: FastMap::default(),
            given_names: GivenNames::default(),
            given_name_genders: FastMap::default(),
            titles: FastSet::default(),
            ranks: Vec::new(),
            role_nouns: FastMap::default(),
            kin_nouns: FastSet::default(),
            speech_verbs: FastSet::default(),
            office_words: data_lines(include_str!("../../assets/office_words.txt")).collect(),
            function_words: data_lines(include_str!("../../assets/function_words.txt")).collect(),
            common_words: data_lines(include_str!("../../assets/common_words.txt")).collect(),
            role_stops: data_lines(include_str!("../../assets/role_stops.txt")).collect(),
            event_nouns: data_lines(include_str!("../../assets/event_nouns.txt")).collect(),
            location_prepositions: data_lines(include_str!(
                "../../assets/location_prepositions.txt"
            ))
            .collect(),
            surname_suffixes: data_lines(include_str!("../../assets/surname_suffixes.txt"))
                .collect(),
            not_names: data_lines(include_str!("../../assets/not_names.txt")).collect(),
            work_nouns: data_lines(include_str!("../../assets/work_nouns.txt")).collect(),
            honorifics: data_lines(include_str!("../../assets/honorifics.txt")).collect(),
            place_qualifiers: vec![
                "North",
                "South",
                "East",
                "West",
                "Northern",
                "Southern",
                "Eastern",
                "Western",
                "Northeast",
                "Northwest",
                "Southeast",
                "Southwest",
                "Central",
                "New",
                "Upper",
                "Lower",
                "Greater",
            ],
            events: data_lines(include_str!("../../assets/events.txt")).collect(),
            // (Streets written short: "Finch Ave.", "King St.", "Avenue Rd.", "Sunset Blvd.")
            dotted_suffixes: vec![
                "Corp", "Inc", "Ltd", "Co", "Jr", "Sr", "Bros", "Ave", "St", "Rd", "Blvd",
            ],
            unit_nouns: vec![
                "Wing",
                "Squadron",
                "Group",
                "Battalion",
                "Brigade",
                "Division",
                "Regiment",
                "Company",
                "Corps",
                "Fleet",
                "Army",
                "Battery",
                "Command",
                "Unit",
                "Team",
                "Force",
            ],
            place_nouns: vec![
                "city",
                "town",
                "towns",
                "village",
                "villages",
                "island",
                "isle",
                "province",
                "district",
                "capital",
                "port",
                "outskirts",
                "suburbs",
                "liberation",
                "isolation",
                "siege",
                "recapture",
                "retaking",
                "residents",
                "streets",
            ],
            standalone_org_nouns: vec![
                "Coalition",
                "Department",
                "Ministry",
                "Parliament",
                "Congress",
                "Senate",
                "Cabinet",
                "Treasury",
                "Alliance",
                "Commission",
                "Pentagon",
                "Kremlin",
                "League",
                "Judiciary",
                "Legislature",
            ],
            us_states: FastMap::default(),
        };
        lexicon.load_places();
        let bodies = data_lines(include_str!("../../assets/organizations.tsv"))
            .chain(data_lines(include_str!("../../assets/companies.tsv")));
        for line in bodies {
            lexicon.add_organization(line);
        }
        for line in data_lines(include_str!("../../assets/clubs.tsv")) {
            let club = lexicon.add_organization(line);
            lexicon.add_club(club);
            lexicon.add_clubs_saint_shortened(line);
        }
        let teams_and_parties = data_lines(include_str!("../../assets/league_teams.tsv"))
            .chain(data_lines(include_str!("../../assets/parties.tsv")));
        for line in teams_and_parties {
            lexicon.add_organization(line);
        }
        let bodies = data_lines(include_str!("../../assets/organizations.tsv"))
            .chain(data_lines(include_str!("../../assets/parties.tsv")));
        lexicon.add_title_case_acronyms(bodies);
        lexicon.organization_names = lexicon.organizations.values().copied().collect();
        lexicon.organization_first_words = lexicon
            .organizations
            .keys()
            .map(|name| name.split(' ').next().unwrap_or(name))
            .collect();
        lexicon.organization_last_words = lexicon
            .organizations
            .keys()
            .map(|name| name.rsplit(' ').next().unwrap_or(name))
            .collect();
        lexicon.org_cues = data_lines(include_str!("../../assets/org_cues.txt")).collect();
        for line in data_lines(include_str!("../../assets/org_descriptors.txt")) {
            let (line, marker) = line.split_once('\t').unwrap_or((line, ""));
            if marker == "*" {
                lexicon.body_only_descriptors.insert(line);
            }
            let words: Vec<&str> = line.split(' ').collect();
            let last = words[words.len() - 1];
            lexicon.org_descriptors.entry(last).or_default().push(words);
        }
        for line in data_lines(include_str!("../../assets/place_cues.tsv")) {
            let mut fields = line.split('\t');
            let words = fields.next().unwrap_or_default().split(' ').collect();
            let position = match fields.next() {
                Some("prefix") => CuePosition::Prefix,
                Some("lower") => CuePosition::Lower,
                _ => CuePosition::Suffix,
            };
            let kind = place_type(fields.next().unwrap_or_default());
            lexicon.place_cues.push((words, position, kind));
        }
        for (i, (words, position, _)) in lexicon.place_cues.iter().enumerate() {
            let key = match position {
                CuePosition::Suffix => words[words.len() - 1],
                CuePosition::Prefix | CuePosition::Lower => words[0],
            };
            lexicon.place_cue_index.entry(key).or_default().push(i);
        }
        for line in data_lines(include_str!("../../assets/given_names.txt")) {
            let (name, gender) = line.split_once('\t').unwrap_or((line, "-"));
            if NOT_GIVEN_NAMES.contains(&name) {
                continue;
            }
            lexicon.given_names.0.insert(name);
            let gender = match gender {
                "m" => Gender::Male,
                "f" => Gender::Female,
                _ => continue,
            };
            lexicon.given_name_genders.insert(name, gender);
        }
        lexicon.titles = data_lines(include_str!("../../assets/titles.txt")).collect();
        lexicon.ranks = data_lines(include_str!("../../assets/ranks.txt")).collect();
        lexicon.ranks.sort_by_key(|r| std::cmp::Reverse(r.len()));
        for line in data_lines(include_str!("../../assets/role_nouns.txt")) {
            let mut fields = line.split('\t');
            let noun = fields.next().unwrap_or_default();
            let mark = fields.next();
            lexicon.role_nouns.insert(noun, mark == Some("*"));
            if mark == Some("kin") {
                lexicon.kin_nouns.insert(noun);
            }
        }
        lexicon.speech_verbs = data_lines(include_str!("../../assets/speech_verbs.txt")).collect();
        lexicon.load_company_short_names();
        lexicon
    }

    fn load_company_short_names(&mut self) {
        let mut owners: FastMap<&'static str, FastSet<&'static str>> = FastMap::default();
        for line in data_lines(include_str!("../../assets/companies.tsv")) {
            let canonical = line.split('\t').next().unwrap_or_default();
            let (short, stripped) = without_company_endings(canonical);
            let first = short.split(' ').next().unwrap_or(short);
            let names_something_else = self.organizations.contains_key(short)
                || self.places.contains_key(short)
                || self.demonyms.contains_key(short)
                || self.given_names.contains(first)
                || self.titles.contains(first);
            if !stripped || short.chars().count() < 4 || names_something_else {
                continue;
            }
            owners.entry(short).or_default().insert(canonical);
        }
        self.company_short_names = owners
            .into_iter()
            .filter(|(_, companies)| companies.len() == 1)
            .map(|(short, _)| short)
            .collect();
    }

    fn load_places(&mut self) {
        let add = |places: &mut FastMap<&'static str, PlaceInfo>,
                   name: &'static str,
                   canonical: &'static str,
                   kind: PlaceType| {
            places.entry(name).or_insert(PlaceInfo {
                canonical,
                place_type: kind,
            });
        };
        // Countries first: a country wins over a city of the same name.
        let countries = include_str!("../../assets/countries.tsv");
        for line in data_lines(countries) {
            let fields: Vec<&'static str> = line.split('\t').collect();
            let [name, code, _capitals, demonyms, aliases, ..] = fields[..] else {
                continue;
            };
            add(&mut self.places, name, name, PlaceType::Country);
            self.country_code.insert(name, code);
            for alias in aliases.split(',').filter(|a| !a.is_empty()) {
                add(&mut self.places, alias, name, PlaceType::Country);
                self.country_code.insert(alias, code);
            }
            // A people called by its country's name ("troops from Djibouti") leaves the name
            // a place's, not an adjective's.
            for demonym in demonyms.split(',').filter(|d| !d.is_empty() && *d != name) {
                self.demonyms.insert(demonym, Some(code));
            }
        }
        for (alias, canonical, code) in [
            ("US", "United States", "US"),
            ("USA", "United States", "US"),
            ("U.S.", "United States", "US"),
            ("America", "United States", "US"),
            ("UK", "United Kingdom", "GB"),
            ("Britain", "United Kingdom", "GB"),
            ("Great Britain", "Great Britain", "GB"),
            ("UAE", "United Arab Emirates", "AE"),
            ("U.K.", "United Kingdom", "GB"),
            ("NZ", "New Zealand", "NZ"),
            ("DRC", "DR Congo", "CD"),
            ("Kyrgyz Republic", "Kyrgyzstan", "KG"),
            ("Turkey", "Turkey", "TR"),
            ("Turkiye", "Turkey", "TR"),
            ("Türkiye", "Turkey", "TR"),
        ] {
            add(&mut self.places, alias, canonical, PlaceType::Country);
            self.country_code.insert(alias, code);
        }
        for line in data_lines(countries) {
            let fields: Vec<&'static str> = line.split('\t').collect();
            if let [_, code, capitals, ..] = fields[..] {
                for capital in capitals.split(',').filter(|c| !c.is_empty()) {
                    add(&mut self.places, capital, capital, PlaceType::City);
                    self.country_code.entry(capital).or_insert(code);
                }
            }
        }
        let regions_and_features = data_lines(include_str!("../../assets/regions.tsv"))
            .chain(data_lines(include_str!("../../assets/features.tsv")));
        for line in regions_and_features {
            let mut fields = line.split('\t');
            let name = fields.next().unwrap_or_default();
            let kind = place_type(fields.next().unwrap_or_default());
            add(&mut self.places, name, name, kind);
        }
        let divisions = data_lines(include_str!("../../assets/provinces.tsv"))
            .chain(data_lines(include_str!("../../assets/counties.tsv")));
        for line in divisions {
            let mut fields = line.split('\t');
            let name = fields.next().unwrap_or_default();
            let code = fields.next().unwrap_or_default();
            let aliases = fields.next().unwrap_or_default().split('|');
            let kind = place_type(fields.next().unwrap_or_default());
            for alias in std::iter::once(name).chain(aliases.filter(|a| !a.is_empty())) {
                add(&mut self.places, alias, name, kind);
                self.country_code.entry(alias).or_insert(code);
            }
        }
        // Football grounds: where a match is played ("at Anfield"), not who plays there.
        for line in data_lines(include_str!("../../assets/venues.tsv")) {
            for (alias, name) in names_and_aliases(line) {
                add(&mut self.places, alias, name, PlaceType::Facility);
            }
        }
        for line in data_lines(include_str!("../../assets/states_abbreviated.tsv")) {
            let state = line.split('\t').next().unwrap_or_default();
            for written in line.split('\t') {
                self.us_states.insert(written, state);
                // "NSW Premier Bob Carr", "police in NSW": three capitals or more name the
                // state anywhere (two, "CA", could be other things).
                if written.len() >= 3 && written.bytes().all(|b| b.is_ascii_uppercase()) {
                    add(&mut self.places, written, state, PlaceType::Region);
                }
            }
        }
        let excluded: FastSet<&str> =
            data_lines(include_str!("../../assets/city_exclusions.txt")).collect();
        // "Frankfurt", "Ludwigshafen": news drops the river or lake GeoNames names a German
        // town by ("Frankfurt am Main"); added after every listed town, so that none of
        // theirs is taken.
        let mut without_river = Vec::new();
        for line in data_lines(include_str!("../../assets/cities.tsv")) {
            let mut fields = line.split('\t');
            let name = fields.next().unwrap_or_default();
            // "Sao Paulo", "Duesseldorf": how English copy writes an accented name. Each is its
            // own canonical name, so that "Bayji" is not shown as GeoNames' "Bayjī".
            let spellings = fields.nth(2).unwrap_or_default().split('|');
            for spelling in std::iter::once(name).chain(spellings.filter(|s| !s.is_empty())) {
                if !excluded.contains(spelling) {
                    add(&mut self.places, spelling, spelling, PlaceType::City);
                }
            }
            if let Some((short, _)) = name.split_once(" am ")
                && !short.contains(' ')
                && !excluded.contains(short)
            {
                without_river.push(short);
            }
        }
        for short in without_river {
            add(&mut self.places, short, short, PlaceType::City);
        }
        for line in data_lines(include_str!("../../assets/demonyms_extra.tsv")) {
            let mut fields = line.split('\t');
            let demonym = fields.next().unwrap_or_default();
            let code = fields.next().filter(|c| *c != "-");
            if fields.next() == Some("also a given name") {
                self.demonyms_also_given_names.insert(demonym);
            } else {
                self.demonyms.insert(demonym, code);
            }
        }
        for demonym in self.demonyms.keys() {
            self.places.remove(demonym);
        }
        self.demonym_beginnings = self
            .demonyms
            .keys()
            .flat_map(|d| {
                d.char_indices()
                    .map(|(at, _)| &d[..at])
                    .filter(|beginning| beginning.len() >= 4)
            })
            .collect();
        self.demonym_stems = self
            .demonyms
            .keys()
            .filter_map(|d| d.strip_suffix("ian").or_else(|| d.strip_suffix("ish")))
            .collect();
        self.places_upper = self
            .places
            .iter()
            .map(|(name, info)| (name.to_uppercase(), *info))
            .collect();
    }

    pub fn is_title(&self, word: &str) -> bool {
        let word = word.trim_end_matches('.');
        // "Co-Chair", "Co-Founder": an office shared is an office.
        self.titles.contains(word)
            // "Lieutenant-Colonel", "Brigadier-General", "Rear-Admiral": a military rank of two
            // words hyphenated (not "Vice-Chancellor", which may follow a name as its office).
            || word.split_once('-').is_some_and(|(first, second)| {
                (first == "Rear" || self.titles.contains(first))
                    && matches!(
                        second,
                        "Colonel" | "General" | "Admiral" | "Commander" | "Sergeant" | "Major"
                    )
                    // "Vice-minister", "Deputy-Governor": the deputy of an office held before
                    // a name.
                    || matches!(first, "Vice" | "Deputy")
                        && matches!(
                            second.to_lowercase().as_str(),
                            "minister" | "premier" | "governor" | "mayor" | "chairman" | "speaker"
                        )
            })
            || word
                .strip_prefix("Co-")
                .is_some_and(|office| self.titles.contains(office) || self.is_office_title(office))
            // "President-elect", "Governor-elect": an office won, not yet taken.
            || word
                .strip_suffix("-elect")
                .is_some_and(|office| self.titles.contains(office))
    }

    /// A one-word description of a kind of body ("company", "miner", "broadcaster").
    pub(crate) fn is_body_descriptor(&self, word: &str) -> bool {
        self.org_descriptors
            .get(word)
            .is_some_and(|ds| ds.iter().any(|d| d.len() == 1))
    }

    /// A one-word place cue that ends a place's name ("Museum", "Stadium").
    pub(crate) fn is_place_suffix(&self, word: &str) -> bool {
        self.place_cues.iter().any(|(cue, position, _)| {
            *position == CuePosition::Suffix && matches!(cue.as_slice(), [only] if *only == word)
        })
    }

    /// Whether `word` alone opens a place's name ("Lake", "Mount", "River").
    pub(crate) fn is_place_prefix(&self, word: &str) -> bool {
        self.place_prefix_type(word).is_some()
    }

    /// The type of place that `word` alone opens the name of ("Lake": other).
    pub(crate) fn place_prefix_type(&self, word: &str) -> Option<PlaceType> {
        self.place_cues.iter().find_map(|(cue, position, kind)| {
            (*position == CuePosition::Prefix && matches!(cue.as_slice(), [only] if *only == word))
                .then_some(*kind)
        })
    }

    /// A given name, or a hyphenated one that opens with one ("Jean-Pierre", "Anne-Gaelle"), or
    /// one written with a second capital after a short opening ("LeBron", "DeAndre", "LaToya").
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains(word)
            || word.split_once('-').is_some_and(|(first, rest)| {
                self.given_names.contains(first) && rest.starts_with(char::is_uppercase)
            })
            || is_prefixed_given_name(word)
    }

    /// The gender a given name mostly has, written with its accents or without ("María").
    pub(crate) fn gender_of(&self, given: &str) -> Option<Gender> {
        self.given_name_genders.get(given).copied().or_else(|| {
            ascii_folded(given).and_then(|g| self.given_name_genders.get(g.as_str()).copied())
        })
    }

    /// Whether the places or the organisations gazetteer lists `name` as written.
    pub(crate) fn lists_place_or_body(&self, name: &str) -> bool {
        self.places.contains_key(name) || self.organizations.contains_key(name)
    }

    /// Whether a role is a relation of family ("his wife", "second son"): its last word is a
    /// kin noun.
    pub(crate) fn is_kin_role(&self, role: &str) -> bool {
        role.split_whitespace()
            .last()
            .is_some_and(|head| self.kin_nouns.contains(head))
    }

    /// "Serbs", "Croats", "Kurds", "Americans": a people in the plural, whose singular is or
    /// opens a nationality word ("Serbian", "American"), or one of them ("Serb", "Turk"), and
    /// which is no place itself ("the Americas", "the Philippines").
    pub(crate) fn names_a_people(&self, word: &str) -> bool {
        if self.places.contains_key(word) {
            return false;
        }
        if let Some(stem) = word.strip_suffix('s') {
            return stem.len() >= 4
                && (self.demonyms.contains_key(stem) || self.demonym_beginnings.contains(stem));
        }
        // One of them ("The Serb, who reclaimed the No. 1 ranking", "the Turk"), not a place
        // that merely opens its demonym ("Korea", "Korean") nor a given name ("Scot").
        word.len() >= 4
            && !self.given_names.contains(word)
            && (self.demonyms.contains_key(word) || self.demonym_stems.contains(word))
    }

    /// "Fitch IBCA said": a name in its own case (`words`) whose first word is no given name
    /// and that goes on in a word of three capitals or more, no regnal number ("Louis XIV"), is
    /// a firm's, never a person's ("John Paul STEVENS" is one's).
    pub fn goes_on_in_a_firms_capitals<'w>(
        &self,
        mut words: impl Iterator<Item = &'w str>,
    ) -> bool {
        let is_capitals = |word: &str| {
            word.len() >= 3
                && word.bytes().all(|c| c.is_ascii_uppercase())
                && !word.bytes().all(|c| matches!(c, b'I' | b'V' | b'X' | b'L'))
        };
        words.next().is_some_and(|first| {
            first.chars().any(char::is_lowercase) && !self.is_given_name(first)
        }) && words.any(is_capitals)
    }

    /// A capitalised word that is an English word written with a capital ("Registered",
    /// "Crime"; the list leaves out words that are names too: "Hope", "Brown").
    pub fn is_capitalised_common_word(&self, word: &str) -> bool {
        let mut buf = [0u8; 24];
        word.len() <= buf.len()
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && self.common_words.contains(ascii_lower(word, &mut buf))
    }

    /// Adds a gazetteer line of organisations (name, then aliases separated by `|`); returns
    /// the name.
    fn add_organization(&mut self, line: &'static str) -> &'static str {
        let canonical = line.split('\t').next().unwrap_or_default();
        for (name, canonical) in names_and_aliases(line) {
            self.organizations.insert(name, canonical);
            // "Sainsbury’s", "Macy’s": typeset text curls the apostrophe. The lexicon lives
            // for the whole run, so the few such names are leaked once.
            if name.contains('\'') {
                let curled: &'static str = Box::leak(name.replace('\'', "’").into_boxed_str());
                self.organizations.insert(curled, canonical);
            }
            // "Procter and Gamble", "Marks and Spencer": news spells out the ampersand.
            if name.contains(" & ") {
                let spelled: &'static str =
                    Box::leak(name.replace(" & ", " and ").into_boxed_str());
                self.organizations.entry(spelled).or_insert(canonical);
            }
        }
        canonical
    }

    /// "Farc", "Isaf", "Ukip": house styles that write an acronym said as a word in title case
    /// name the listed body so. Not where the title-case form is an English word, a given name
    /// or a place ("CARE" is no "Care"), nor for three letters, which are mostly initialisms
    /// and spell names ("Ira", "Apa"). Only bodies' and parties' acronyms: a brand in
    /// capitals ("GAIA") is no acronym.
    fn add_title_case_acronyms(&mut self, lines: impl Iterator<Item = &'static str>) {
        let acronyms = lines.flat_map(names_and_aliases);
        let title_cased: Vec<(&'static str, &'static str)> = acronyms
            .filter(|(acronym, _)| {
                (4..=6).contains(&acronym.len()) && acronym.bytes().all(|b| b.is_ascii_uppercase())
            })
            .collect();
        for (acronym, canonical) in title_cased {
            let title = format!("{}{}", &acronym[..1], acronym[1..].to_ascii_lowercase());
            if self.organizations.contains_key(title.as_str())
                || self
                    .common_words
                    .contains(title.to_ascii_lowercase().as_str())
                || self.given_names.contains(title.as_str())
                || self.places.contains_key(title.as_str())
            {
                continue;
            }
            let title: &'static str = Box::leak(title.into_boxed_str());
            self.organizations.insert(title, canonical);
        }
    }

    /// "Paris St Germain", "Paris St-Germain": news shortens the "Saint" of a club's name. (Not
    /// other bodies': "St James" of "St James's Gate" is no company "Saint James".)
    fn add_clubs_saint_shortened(&mut self, line: &'static str) {
        for (name, canonical) in names_and_aliases(line) {
            if !name.contains("Saint-") && !name.contains("Saint ") {
                continue;
            }
            for short in ["St ", "St-", "St. "] {
                let written: &'static str = Box::leak(
                    name.replace("Saint-", short)
                        .replace("Saint ", short)
                        .into_boxed_str(),
                );
                self.organizations.entry(written).or_insert(canonical);
            }
        }
    }

    /// Records a football club and the short name its name gives.
    fn add_club(&mut self, name: &'static str) {
        self.club_names.insert(name);
        let words: Vec<&str> = name.split(' ').collect();
        self.add_club_as_news_writes_it(name, &words);
        let short = match without_club_abbreviations(&words) {
            [word] => *word,
            [town, suffix] if TOWN_CLUB_SUFFIXES.contains(suffix) => *town,
            _ => return,
        };
        // ("GOAL FC": a word in capitals is no name to find.)
        if !short.contains(char::is_lowercase) {
            return;
        }
        let short_names = if self.is_capitalised_common_word(short) {
            &mut self.club_word_short_names
        } else {
            &mut self.club_short_names
        };
        let entry = short_names.entry(short).or_insert(Some(name));
        if *entry != Some(name) {
            *entry = None;
        }
    }

    /// "SC Fortuna Sittard" is "Fortuna Sittard" in the news, "FC Torpedo Moscow" "Torpedo
    /// Moscow": a club's name without its legal abbreviations names it, where its last word is
    /// its town. (Not where the rest is a town alone: "FC Santa Cruz", "AS Bad Ischl".)
    fn add_club_as_news_writes_it(&mut self, name: &'static str, words: &[&str]) {
        let kept = without_club_abbreviations(words);
        let Some(lead) = (0..words.len()).find(|&i| words[i..].starts_with(kept)) else {
            return;
        };
        if !(2..=3).contains(&kept.len()) || kept.len() == words.len() {
            return;
        }
        let start: usize = words[..lead].iter().map(|w| w.len() + 1).sum();
        let end = start + kept.iter().map(|w| w.len() + 1).sum::<usize>() - 1;
        let Some(written) = name.get(start..end) else {
            return;
        };
        let town_last = kept.last().is_some_and(|w| self.places.contains_key(w));
        if town_last
            && !self.places.contains_key(kept[0])
            && !self.places.contains_key(written)
            && !self.organizations.contains_key(written)
        {
            self.organizations.insert(written, name);
        }
    }

    /// Whether a lowercase noun, or the singular of a plural one ("rookies", "coaches"), is
    /// listed in `role_nouns`, and if so whether it names an office.
    pub fn role_noun(&self, lower: &str) -> Option<bool> {
        if let Some(&office) = self.role_nouns.get(lower) {
            return Some(office);
        }
        // (Most words are no plural: spared the lookups that build a singular.)
        if !lower.ends_with('s') || lower.ends_with("ss") {
            return None;
        }
        let singular = |stem: &str, ending: &str| self.role_nouns.get(&*format!("{stem}{ending}"));
        [("ies", "y"), ("es", ""), ("s", "")]
            .into_iter()
            .find_map(|(plural, ending)| singular(lower.strip_suffix(plural)?, ending))
            .copied()
    }

    /// A capitalised title that names an office or rank by itself ("Minister", "President").
    pub fn is_office_title(&self, word: &str) -> bool {
        // ("Major-General", "Vice-minister": a rank or office of two words hyphenated.)
        if word.contains('-') && !word.starts_with("Co-") && self.is_title(word) {
            return true;
        }
        with_lowercase(word.trim_end_matches('.'), |lower| {
            // "Co-Chair": an office shared is an office.
            let lower = lower.strip_prefix("co-").unwrap_or(lower);
            // "President-elect": the office won.
            let lower = lower.strip_suffix("-elect").unwrap_or(lower);
            self.role_nouns.get(lower).copied().unwrap_or(false)
                || self.office_words.contains(lower)
        })
    }

    /// The ISO code of the country a word names or derives from ("Kazakh", "Kazakhstan").
    pub fn country_of(&self, word: &str) -> Option<&'static str> {
        if let Some(code) = self.country_code.get(word) {
            return Some(code);
        }
        self.demonyms.get(word).copied().flatten()
    }
}

/// `name` less the words at its end that `trailing` takes, and less a bracketed word among
/// them once one has gone ("Cheung Kong (Holdings) Ltd": it goes with the legal form after
/// it); and whether any went.
pub(crate) fn without_trailing(name: &str, trailing: impl Fn(&str) -> bool) -> (&str, bool) {
    let mut short = name.trim_end_matches('.');
    let mut stripped = false;
    while let Some((rest, last)) = short.rsplit_once(' ') {
        let bracketed = stripped && last.starts_with('(') && last.ends_with(')');
        if !trailing(last) && !bracketed {
            break;
        }
        short = rest.trim_end_matches(',');
        stripped = true;
    }
    (short, stripped)
}

/// A company's name without its legal ending and the words of its trade ("Vodafone" of
/// "Vodafone Group Plc"), and whether any went.
pub(crate) fn without_company_endings(name: &str) -> (&str, bool) {
    without_trailing(name, |word| {
        LEGAL_ENDINGS.contains(&word) || COMPANY_KIND_WORDS.contains(&word)
    })
}

/// A gazetteer line's name and each of its aliases (the second column, separated by `|`), each
/// with the name: `(alias, name)`. Empty aliases are skipped.
fn names_and_aliases(line: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    let mut fields = line.split('\t');
    let name = fields.next().unwrap_or_default();
    let aliases = fields.next().unwrap_or_default().split('|');
    std::iter::once(name)
        .chain(aliases)
        .filter(|alias| !alias.is_empty())
        .map(move |alias| (alias, name))
}

/// Words `assets/given_names.txt` lists that open the names of crown bodies and venues in news
/// ("Royal Court", "Royal Festival Hall", "Royal Mail"), and so no person's name.
const NOT_GIVEN_NAMES: [&str; 1] = ["Royal"];

/// The given names of `assets/given_names.txt`, which lists their ASCII forms: a name written
/// with its accents ("María", "José", "Søren") is found by those.
#[derive(Default)]
pub struct GivenNames(FastSet<&'static str>);

impl GivenNames {
    pub fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
            || (!word.is_ascii() && ascii_folded(word).is_some_and(|w| self.0.contains(w.as_str())))
    }
}

/// The word with its accented Latin letters written plainly ("María" is "Maria"); none where
/// a letter has no plain form here.
pub(crate) fn ascii_folded(word: &str) -> Option<String> {
    word.chars()
        .map(|c| {
            Some(match c {
                c if c.is_ascii() => c,
                'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
                'Á' | 'À' | 'Â' | 'Ä' | 'Ã' | 'Å' | 'Ā' => 'A',
                'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
                'É' | 'È' | 'Ê' | 'Ë' => 'E',
                'í' | 'ì' | 'î' | 'ï' | 'ī' | 'ı' => 'i',
                'Í' | 'Ì' | 'Î' | 'Ï' | 'İ' => 'I',
                'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => 'o',
                'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' | 'Ø' => 'O',
                'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
                'Ú' | 'Ù' | 'Û' | 'Ü' => 'U',
                'ñ' | 'ń' | 'ň' => 'n',
                'ç' | 'ć' | 'č' => 'c',
                'Ç' | 'Ć' | 'Č' => 'C',
                'š' | 'ś' | 'ş' => 's',
                'Š' | 'Ś' | 'Ş' => 'S',
                'ž' | 'ź' | 'ż' => 'z',
                'Ž' | 'Ź' | 'Ż' => 'Z',
                'ý' | 'ÿ' => 'y',
                'ř' => 'r',
                'ł' => 'l',
                'Ł' => 'L',
                'ğ' => 'g',
                'đ' => 'd',
                _ => return None,
            })
        })
        .collect()
}

/// "LeBron", "DeAndre", "LaToya", "JaVale": a given name's short opening, then a capital and
/// at least two lowercase letters. (Not "Mc" or "Mac": those open surnames.)
fn is_prefixed_given_name(word: &str) -> bool {
    const OPENINGS: [&str; 8] = ["De", "Da", "La", "Le", "Ja", "Ke", "Ty", "Sha"];
    OPENINGS.iter().any(|opening| {
        word.strip_prefix(opening).is_some_and(|rest| {
            let mut chars = rest.chars();
            chars.next().is_some_and(|c| c.is_ascii_uppercase())
                && chars.clone().count() >= 2
                && chars.all(|c| c.is_ascii_lowercase())
        })
    })
}

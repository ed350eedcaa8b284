//! Names in one zone of text: capitalised chunks classified as people, places, organisations and
//! events by gazetteers and by the cues around them (titles, roles, speech verbs, cue words).
//!
//! This module holds what a zone's reading produces and the order the classifiers are tried in
//! (`classify`, then `pieces` and `piece` for what no whole-chunk cue claimed); each kind of
//! name has its own submodule, and `tokens` the helpers they share.

mod chunks;
mod events;
mod organisations;
pub(crate) mod people;
mod places;
mod portfolios;
mod run_on;
mod tokens;
mod units;
mod us_states;
mod vehicles;
mod works;

use super::lexicon::{
    CLUB_ABBREVIATIONS, FastSet, LEGAL_ENDINGS, LEXICON, Lexicon, PlaceInfo,
    STATE_CODES_AMONG_CLUB_ABBREVIATIONS,
};
use super::resolve::number_word;
use super::text::{
    COMPANY_DOMAINS, Token, TokenKind, is_initials, is_versus, names_a_market_index, title_case,
};

/// Lowercase words after a name that make it a country's division ("Idlib province").
const DIVISION_WORDS: [&str; 18] = [
    "province",
    "provinces",
    "state",
    "states",
    "region",
    "regions",
    "governorate",
    "governorates",
    "prefecture",
    "prefectures",
    "oblast",
    "oblasts",
    "district",
    "districts",
    "regency",
    "regencies",
    "county",
    "counties",
];

/// Lowercase words after the name of a natural feature ("the Buzi river").
const FEATURE_WORDS: [&str; 3] = ["river", "rivers", "mountains"];

/// First syllables of hyphenated English compounds ("Pre-season", "Counter-IED"), which open no
/// name of a person or a place.
const ENGLISH_PREFIXES: [&str; 29] = [
    "Pre", "Post", "Mid", "Non", "Anti", "Pro", "Co", "Ex", "Self", "Re", "Semi", "Multi", "Cross",
    "Well", "Long", "Half", "High", "Low", "Full", "Year", "All", "Over", "Under", "Out", "Off",
    "Top", "Sub", "Vice", "Counter",
];

/// First syllables of hyphenated words that are no given name: English compounds and Arabic
/// articles.
fn is_compound_prefix(first: &str) -> bool {
    ENGLISH_PREFIXES.contains(&first)
        || matches!(first, "Al" | "El" | "Abu" | "Abd" | "Bin" | "Ibn")
}

/// "Counter-Strike", "Counter-IED", "Anti-Doping": a hyphenated English compound, the name of a
/// game, a programme or a body's task, never a place.
fn is_english_compound(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(first, rest)| !rest.is_empty() && ENGLISH_PREFIXES.contains(&first))
}

/// Kinds of company or party that open a sentence before the body's name ("Rival Yahoo said",
/// "Carmaker Ford has"), and never open a name themselves.
const SENTENCE_OPENING_KINDS: [&str; 22] = [
    "rival",
    // ("Opposition Liberal Party senators objected", "Ruling Fidesz said": which side a party
    // is on.)
    "opposition",
    "ruling",
    "chipmaker",
    "carmaker",
    "automaker",
    "retailer",
    "insurer",
    "lender",
    "supermarket",
    "airline",
    "broadcaster",
    "miner",
    "exporter",
    "supplier",
    "distributor",
    "publisher",
    "refiner",
    "regulator",
    "watchdog",
    "manufacturer",
    "drugmaker",
];

/// What a company has that an adjective may open a sentence before ("Average earnings").
const COMPANY_SUMS: [&str; 5] = ["profits", "profit", "revenue", "revenues", "earnings"];

/// Words that say when a post is held, before its noun ("former president", "outgoing
/// chairman"): no body's name, though one may open a sentence.
const POST_TIME_WORDS: [&str; 9] = [
    "former", "outgoing", "incoming", "acting", "interim", "retired", "late", "current", "then",
];

/// Place nouns (`Lexicon::place_nouns`) of islands, which are no towns.
const ISLAND_NOUNS: [&str; 2] = ["island", "isle"];

/// A capitalised word whose other capitals follow "Mc", "Mac" or an apostrophe ("Stringer",
/// "McManus", "O'Brien"): a surname's shape, not an acronym's or a brand's.
fn is_surname_shaped(word: &str) -> bool {
    let capitalised = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().count() >= 2
            && w.chars().skip(1).all(char::is_lowercase)
    };
    let prefixed = [
        word.strip_prefix("Mc"),
        word.strip_prefix("Mac"),
        word.split_once(['\'', '’']).map(|(_, rest)| rest),
    ];
    capitalised(word)
        || (word.starts_with(char::is_uppercase) && prefixed.into_iter().flatten().any(capitalised))
}

/// "Kwok Ka-ki", "Park Joo-Ho", "Leung Kwok-hung", "Kwok Wai-keung": a short family name,
/// then a given name of two syllables joined by a hyphen (Cantonese, Korean and Taiwanese
/// romanisation; a syllable has up to six letters, "Cheung", "Shuang"), not an English compound
/// ("Pre-season", "Mid-term") nor an Arabic name with its article ("Masjid Al-Haram").
fn is_romanised_east_asian_name(family: &str, given: &str) -> bool {
    let syllable = |s: &str| {
        (1..=6).contains(&s.chars().count()) && s.chars().all(|c| c.is_ascii_alphabetic())
    };
    let family_ok = (2..=6).contains(&family.chars().count())
        && family.chars().all(|c| c.is_ascii_alphabetic())
        && family.chars().skip(1).all(|c| c.is_ascii_lowercase());
    let Some((first, second)) = given.split_once('-') else {
        return false;
    };
    let compound_prefix = is_compound_prefix(first) || ends_in_a_compound_noun(given);
    family_ok
        && !compound_prefix
        && syllable(first)
        && syllable(second)
        && first.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && first.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && second.chars().skip(1).all(|c| c.is_ascii_lowercase())
}

/// "Islamophobia", "Marxism", "Criminology": a belief, a science or a fear, which no person,
/// place or organisation is named like.
pub(crate) fn names_a_doctrine(name: &str) -> bool {
    ["ology", "ologies", "ism", "isms", "phobia"]
        .iter()
        .any(|suffix| name.len() > suffix.len() + 2 && name.ends_with(suffix))
}

/// "YouTube", "PayPal", "Ubisoft", "Wikinews": a capital inside a single word after a lowercase
/// letter, or a company's ending; not a surname's prefix ("McDonald", "DiCaprio", "LeBron").
fn has_company_shape(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 4 || !chars.iter().all(|c| c.is_alphabetic()) {
        return false;
    }
    let surname_prefix = [
        "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von",
    ]
    .iter()
    .any(|p| {
        word.starts_with(p)
            && word[p.len()..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    });
    let camel = is_camel_cased(word);
    let lower = word.to_lowercase();
    let ending = ["soft", "tech", "corp", "bank", "pharma", "news"]
        .iter()
        .any(|e| lower.len() > e.len() + 2 && lower.ends_with(e));
    chars[0].is_uppercase() && ((camel && !surname_prefix) || ending)
}

/// "YouTube", "PayPal": a capital after a lowercase letter inside the word.
fn is_camel_cased(word: &str) -> bool {
    let chars = word.chars().skip(1);
    chars
        .clone()
        .zip(chars.skip(1))
        .any(|(c, next)| c.is_lowercase() && next.is_uppercase())
}

/// "Prize-winner", "Kremlin-backed": a hyphenated word ending in an English agent noun or
/// participle describes someone, it is no part of a name (a romanised given name's syllable never
/// ends so: "Wai-keung", "Cheuk-ting").
pub(crate) fn ends_in_a_compound_noun(word: &str) -> bool {
    word.rsplit_once('-').is_some_and(|(_, tail)| {
        tail.len() >= 3
            && tail.chars().all(|c| c.is_ascii_lowercase())
            && (tail.ends_with("er") || tail.ends_with("ed"))
    })
}

/// Nouns after a body's name and a town that make the two a body's office there ("KMPDU
/// Nairobi branch"), not an institute named after its town.
const OFFICE_IN_A_TOWN: [&str; 10] = [
    "branch",
    "office",
    "offices",
    "chapter",
    "bureau",
    "division",
    "headquarters",
    "section",
    "region",
    "correspondent",
];

/// Nouns of illness that an eponym's possessive comes before ("Parkinson's disease").
const ILLNESS_NOUNS: [&str; 8] = [
    "disease",
    "syndrome",
    "palsy",
    "lymphoma",
    "sarcoma",
    "ataxia",
    "chorea",
    "encephalopathy",
];

/// Sports whose name after a country's names the body that runs it there ("SA Rugby").
const SPORTS: [&str; 16] = [
    "Rugby",
    "Cricket",
    "Football",
    "Hockey",
    "Netball",
    "Athletics",
    "Golf",
    "Tennis",
    "Swimming",
    "Cycling",
    "Rowing",
    "Basketball",
    "Baseball",
    "Boxing",
    "Gymnastics",
    "Volleyball",
];

/// Words that open the names of places ("North Shields", "Port Talbot", "San Jose").
pub(crate) const PLACE_NAME_OPENERS: [&str; 20] = [
    "North", "South", "East", "West", "Central", "Upper", "Lower", "Greater", "Little", "Great",
    "New", "Old", "Port", "Fort", "Saint", "San", "Santa", "Lake", "Mount", "Cape",
];

/// "Islamist", "Localist", "Islamic", "Christian": a capitalised adjective, which describes a
/// group ("an Islamist group") rather than names it.
fn is_adjective_shaped(word: &str) -> bool {
    ["ist", "ists", "ic", "ian", "ese"]
        .iter()
        .any(|suffix| word.len() > suffix.len() + 2 && word.ends_with(suffix))
}

/// "from Democratic senators", "Gaullist mayors": a word shaped like an adjective before a
/// lowercase noun (not a place's, "in Helmand province") describes the noun; it names nothing.
pub(crate) fn describes_the_noun_after(
    lex: &Lexicon,
    text: &str,
    tokens: &[Token],
    i: usize,
) -> bool {
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    let noun = next.text(text);
    is_adjective_shaped(tokens[i].text(text))
        && next.is_word()
        && !next.cap
        && !lex.function_words.contains(noun)
        && !lex.place_nouns.contains(&noun)
}

/// "AfD", "BfV", "TfL", "DfID", "PwC": an acronym whose one small word ("für", "for", "with")
/// is written small, opening and ending with a capital; no name is written so. (Not a degree
/// or a unit, "PhD", "GeV", whose small letters are others.)
fn is_mixed_case_acronym(word: &str) -> bool {
    let bytes = word.as_bytes();
    let mut lower = bytes.iter().filter(|b| b.is_ascii_lowercase());
    (3..=5).contains(&bytes.len())
        && bytes.iter().all(u8::is_ascii_alphabetic)
        && bytes[0].is_ascii_uppercase()
        && bytes[bytes.len() - 1].is_ascii_uppercase()
        && matches!((lower.next(), lower.next()), (Some(b'f' | b'w'), None))
}

/// Unit nouns a bare number may stand before in a unit's name ("45 Armoured Brigade"), not
/// those that follow a count as often ("3 Group", "5 Team").
const CARDINAL_UNIT_NOUNS: [&str; 7] = [
    "Squadron",
    "Wing",
    "Battalion",
    "Regiment",
    "Brigade",
    "Division",
    "Corps",
];

/// A number of one to three digits, as units are numbered; not a year or a quantity written
/// with separators.
fn is_unit_number(word: &str) -> bool {
    (1..=3).contains(&word.len())
        && !word.starts_with('0')
        && word.chars().all(|c| c.is_ascii_digit())
}

/// "1st", "22nd", "507th".
fn is_ordinal(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit())
        && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th")
}
use crate::facts::{EntityKind, PlaceType};
pub(crate) use chunks::is_hyphenated_modifier;
pub(crate) use events::{STORM_WORDS, is_tournament_head};
pub(crate) use organisations::{
    ACRONYM_SKIPPED_WORDS, initials_match, is_acronym as is_org_acronym,
};
use organisations::{PARTY_MEMBERS, is_acronym};
pub(crate) use people::DOCUMENT_HEADS;
pub(crate) use tokens::{
    after_a_work_noun, collapse_spaces, date_word_in_a_name, only_common_words, work_noun_at,
};

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
    /// How much this mention's kind counts when a name's mentions disagree on it: the kind
    /// with the most weight over all the mentions of one name in the article wins.
    pub weight: u8,
    /// Why it got its kind, in words a reader can check (`gazette facts --explain`).
    pub why: &'static str,
}

impl Mention {
    /// A body's mention at bytes `start..end`, keyed by `name`, with how much it counts and why.
    pub(crate) fn body(
        start: usize,
        end: usize,
        name: String,
        weight: u8,
        why: &'static str,
    ) -> Mention {
        Mention {
            start,
            end,
            kind: EntityKind::Organization,
            name,
            place_type: None,
            role: None,
            in_byline: false,
            weight,
            why,
        }
    }

    /// A person's mention at bytes `start..end`, keyed by `name`, with no role given.
    pub(crate) fn person(
        start: usize,
        end: usize,
        name: String,
        weight: u8,
        why: &'static str,
    ) -> Mention {
        Mention {
            kind: EntityKind::Person,
            ..Mention::body(start, end, name, weight, why)
        }
    }
}

/// Why a single word no list knows is a person's name: a speech verb next to it. The weakest
/// reading of a person, which a list of organisations around it overrules.
pub(crate) const SPOKEN_NAME_WHY: &str = "a speech verb next to a single name";

pub(super) const SAYS_OF_ITSELF_WHY: &str =
    "a body that says what \"it\" does (\"Verdi said it would appeal\")";

/// Why a mention found by a cue of its own kind got that kind, when no step said more.
fn default_why(kind: EntityKind, zone: ZoneKind) -> &'static str {
    match (zone, kind) {
        (ZoneKind::Byline, _) => "a byline names the author",
        (ZoneKind::Dateline, _) => "the dateline names a place",
        (ZoneKind::Credit, EntityKind::Organization) => "a credit names its source",
        (_, EntityKind::Person) => "a person's cues: a title, role, given name or speech verb",
        (_, EntityKind::Place) => "a place's cues: a place word, preposition or country after it",
        (_, EntityKind::Organization) => {
            "an organisation's cues: a cue word, acronym or what it publishes"
        }
        (_, EntityKind::Event) => "an event's cues: \"Exercise\", \"Operation\" or an event noun",
        (_, EntityKind::Date) => "a date",
    }
}

/// Why a name is a place: the places gazetteer lists it.
pub(crate) const PLACES_GAZETTEER_WHY: &str =
    "the places gazetteer (assets: countries, regions, cities, grounds)";
/// A guess from one word of context ("Microsoft said", "Kazakhstan's", "in Kennedy").
pub(crate) const WEAK: u8 = 1;
/// Why a dateline's place is one: it stays a place whatever the name is elsewhere ("NEW YORK
/// 1996-08-28" over a results table where "NEW YORK" is a team).
pub(crate) const DATELINE_WHY: &str = "a dateline in capitals";
/// Why a place's name is a team: a player or coach named after it.
pub(crate) const TEAM_STAFF_WHY: &str =
    "a player or coach named after it (\"Liverpool striker Robbie Fowler\"): a team";
/// A cue word or phrase around the name.
pub(crate) const CUE: u8 = 2;
/// A gazetteer entry.
pub(crate) const LISTED: u8 = 3;
/// Honorifics of peers, whose titles may name a place after "of" ("Lord Lloyd of Berwick").
/// ("the Earl of Snowdon" is a title used as a name.)
const PEERS: [&str; 3] = ["Lord", "Lady", "Baroness"];

/// Offices an honorific addresses by name in speech ("Mr President", "Madam Speaker"): no
/// surname after it.
const ADDRESSED_OFFICES: [&str; 16] = [
    "President",
    "Speaker",
    "Chairman",
    "Chairwoman",
    "Chair",
    "Chancellor",
    "Secretary",
    "Mayor",
    "Minister",
    "Ambassador",
    "Governor",
    "Commissioner",
    "Justice",
    "Deputy",
    "Vice",
    "Prime",
];

/// An honorific, rank or title right before the name.
pub(crate) const TITLED: u8 = 5;

/// Why a name is a body's when the article says what it is ("Glasgow band Franz Ferdinand"):
/// that kind outweighs any other its mentions are guessed to have.
pub(crate) const BODY_DESCRIBED_WHY: &str =
    "a description only a body takes right before it (\"band Franz Ferdinand\")";

/// Why a place's name in capitals inside a sentence is a body's acronym ("the INDIA bloc"):
/// the place's mentions in its own case do not outvote it.
pub(crate) const SHOUTED_ACRONYM_WHY: &str =
    "an acronym before a kind of body (\"the INDIA bloc\")";

/// Why a name before a post at a body and its holder is the body's ("Kenya Power managing
/// director Esther Wambui"); like a description, it states what the name is.
pub(crate) const POST_HOLDER_WHY: &str =
    "a post at it and its holder after the name (\"Kenya Power managing director\")";

/// Why an unlisted name a description only a body takes follows is a body.
pub(crate) const BODY_APPOSITION_WHY: &str =
    "a description only a body takes after it (\"Kingsley Rhodes, the law firm\")";

/// A capitalised stretch that no cue classified: matched later against the names found elsewhere.
#[derive(Clone, Debug)]
pub(crate) struct Unknown {
    pub start: usize,
    pub end: usize,
    pub words: Vec<(usize, usize)>,
}

/// An acronym and the long form it abbreviates, as printed; or a name the article gives a
/// listed body, by that body's listed acronym in brackets ("the Social Democrats (SPD)"),
/// and the listed name: either way, the first is grouped under the second.
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
    /// Where names are written after the noun of the work they are the title of ("Mike
    /// Leigh's drama Vera Drake"), or as an illness's eponym ("Parkinson's disease"), as byte
    /// ranges: the article's other mentions of them are the title too.
    pub titles: Vec<(usize, usize)>,
    /// Where names are read that are no entity: a vessel or an aircraft ("HMAS Adelaide",
    /// "F-15E Strike Eagle"), a work's title in quotation marks (`the novel "Edith Harrow"`),
    /// as byte ranges: read, so that the model tags no town inside them.
    pub not_entities: Vec<(usize, usize)>,
}

impl ZoneNames {
    /// Drops the mentions and unread stretches inside the bytes `start..end`, which a reading of
    /// the whole stretch replaces ("3rd Battalion" in "Abel Battery, 3rd Battalion").
    fn forget_inside(&mut self, start: usize, end: usize) {
        self.mentions.retain(|m| m.end <= start || m.start >= end);
        self.unknown.retain(|u| u.end <= start || u.start >= end);
    }
}

/// Why a name after a person's name and "of" is an organisation.
const AFFILIATION_WHY: &str =
    "where a person named before it works (\"Ian Fogg of Jupiter Research\")";

/// Why a place's name before "news agency" or "cartel" is a body's: as with a body the article
/// describes, that kind outweighs the place its other mentions are looked up as ("Anatolia
/// reports").
pub(crate) const PLACE_NAMED_BODY_WHY: &str =
    "a place's name before the body it names (\"Fars news agency\", \"the Tijuana cartel\")";

/// Why a name with a quoted nickname inside is a person's.
pub(crate) const NICKNAME_WHY: &str =
    "a nickname in quotation marks between a given name and a surname";

/// Words after a name's "'s" that it cannot own, so that the "'s" is part of the name
/// ("Sotheby's said", "Addenbrooke's in Cambridge").
pub(crate) const WORDS_NO_POSSESSIVE_OWNS: [&str; 13] = [
    "in", "at", "has", "had", "is", "was", "will", "said", "says", "rose", "fell", "reported",
    "posted",
];

/// Why an unlisted acronym with no long form in brackets is an organisation.
pub(crate) const ACRONYM_WHY: &str = "an acronym";
pub(crate) const OWNS_NOTHING_WHY: &str =
    "a possessive that owns nothing after it (\"Sotheby's said\")";

/// Words before "on" that make the single name after it a platform, broadcaster or market
/// ("posted on Telegram", "aired on Channel 9", "sold on Etsy", "his account on Mastodon").
const PLATFORM_VERBS: [&str; 52] = [
    "post",
    "posts",
    "posted",
    "posting",
    "tweet",
    "tweets",
    "tweeted",
    "tweeting",
    "share",
    "shares",
    "shared",
    "sharing",
    "trend",
    "trends",
    "trended",
    "trending",
    "stream",
    "streams",
    "streamed",
    "streaming",
    "air",
    "airs",
    "aired",
    "airing",
    "broadcast",
    "broadcasts",
    "broadcasting",
    "shown",
    "transmit",
    "transmits",
    "transmitted",
    "transmitting",
    "published",
    "uploaded",
    "available",
    "sold",
    "listed",
    "traded",
    "trading",
    "wrote",
    "written",
    "said",
    "announced",
    "viral",
    "account",
    "accounts",
    "page",
    "channel",
    "profile",
    "video",
    "videos",
    "followers",
];

/// Letters written after a person's name: a seat (Westminster's, Holyrood's, the Senedd's,
/// the Dáil's, Stormont's, Ontario's), a silk (QC, KC, Ireland's SC, Nigeria's SAN), a
/// barrister's BL, an honour.
const POSTNOMINALS: [&str; 17] = [
    "MP", "MEP", "MSP", "MS", "TD", "MLA", "MPP", "QC", "KC", "SC", "BL", "SAN", "OBE", "CBE",
    "KBE", "MBE", "DBE",
];

pub(crate) struct Reader<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub zone: ZoneKind,
    /// Token indices of the words of date expressions, in order: no name takes them, and roles
    /// stop there.
    pub date_tokens: &'a [usize],
    cap_words: Vec<bool>,
    /// A headline with (nearly) every word capitalised, or in capitals.
    title_is_title_case: bool,
    lex: &'a Lexicon,
    /// The zone's text in ASCII lower case from its first token's start: the lower case of any
    /// ASCII word in it, which the rules ask for thousands of times an article.
    ascii_lowered: String,
    lowered_from: usize,
    /// The words the zone uses alone as a person's surname ("Mensah said", "Ms Jafari"),
    /// found on the first ask (`run_on.rs`).
    lone_surnames: std::cell::OnceCell<FastSet<&'a str>>,
}

/// What a government's debt is sold as, after "Treasury" ("Treasury bills", "Treasury
/// yields").
const TREASURY_DEBT_WORDS: [&str; 16] = [
    "bill",
    "bills",
    "bond",
    "bonds",
    "note",
    "notes",
    "yield",
    "yields",
    "securities",
    "issue",
    "issues",
    "auction",
    "auctions",
    "market",
    "futures",
    "prices",
];

/// The words of a photo credit that name no one: "Staff", "File", "Courtesy", "Handout".
const CREDIT_WORDS: [&str; 9] = [
    "staff",
    "file",
    "courtesy",
    "handout",
    "contributed",
    "submitted",
    "supplied",
    "pool",
    "photo",
];

impl<'a> Reader<'a> {
    /// "(Meridian/Thant Zin Myo)", "AFP/K. Brennan-Asfour": in a credit, the name after the
    /// agency and a slash is the photographer's. Where an initial opens it, the start of the
    /// whole name: the initial's token.
    fn photographer_after_agency(&self, a: usize, b: usize) -> Option<usize> {
        let after_slash = |k: usize| k > 0 && self.tokens[k - 1].is_punct('/');
        if after_slash(a) && (2..=3).contains(&(b - a)) {
            return Some(a);
        }
        // "Kunal Patil/HT", "Trent Vollmer/Staff": the photographer before the agency; "PHOTO |
        // KWAME ASARE DANQUAH": a name in capitals that opens with a given name.
        let before_slash = self.tokens.get(b).is_some_and(|t| t.is_punct('/'));
        let shouted_given_name = (a..b).all(|i| {
            let w = self.word(i);
            w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '-')
        }) && self.lex.is_given_name(&title_case(self.word(a)));
        if (2..=4).contains(&(b - a))
            && (before_slash || shouted_given_name)
            && !(a..b).any(|i| self.lex.org_cues.contains(self.word(i)))
            && !self.lex.lists_place_or_body(self.key(a, b).as_ref())
        {
            return Some(a);
        }
        (a >= 2 && self.initial_before(a) && after_slash(a - 2)).then(|| a - 2)
    }

    /// The last word of `a..b` less its company's web domain, where it has one ("Match" of
    /// "Match.com").
    fn web_domain_ending(&self, a: usize, b: usize) -> Option<&'a str> {
        let last = self.word(b - 1);
        COMPANY_DOMAINS
            .iter()
            .find_map(|d| last.strip_suffix(d))
            .filter(|_| b - a == 1 || (a..b).all(|i| self.tokens[i].cap))
    }

    /// Whether a capital letter and its stop come right before token `a` ("K. Brennan").
    fn initial_before(&self, a: usize) -> bool {
        a >= 2
            && a <= self.tokens.len()
            && self.tokens[a - 1].is_punct('.')
            && self.word(a - 2).len() == 1
            && self.word(a - 2).chars().all(|c| c.is_ascii_uppercase())
    }

    pub fn new(
        text: &'a str,
        tokens: &'a [Token],
        zone: ZoneKind,
        date_tokens: &'a [usize],
    ) -> Self {
        Reader {
            text,
            tokens,
            zone,
            date_tokens,
            cap_words: Self::compute_cap_words(tokens, text, date_tokens),
            title_is_title_case: zone == ZoneKind::Title && tokens::is_title_case(tokens, text),
            lex: &LEXICON,
            ascii_lowered: match (tokens.first(), tokens.last()) {
                (Some(first), Some(last)) => text[first.start..last.end].to_ascii_lowercase(),
                _ => String::new(),
            },
            lowered_from: tokens.first().map_or(0, |t| t.start),
            lone_surnames: std::cell::OnceCell::new(),
        }
    }

    pub fn read(&self) -> ZoneNames {
        let mut out = ZoneNames::default();
        for (a, b) in self.chunks() {
            if let Some(k) = self.person_after_body(a, b) {
                self.classify(a, k, &mut out);
                self.push_person_as(
                    &mut out,
                    k,
                    b,
                    CUE,
                    "a person's name after a body's, whom the article calls by the surname alone",
                );
            } else {
                self.classify(a, b, &mut out);
            }
        }
        self.military_unit_chains(&mut out);
        self.counties_named_with_co(&mut out);
        self.us_states_abbreviated(&mut out);
        // Names inside lowercase hyphenated words: "pro-Kremlin", "anti-NATO".
        for (i, t) in self.tokens.iter().enumerate() {
            if t.is_word() && !t.cap && self.word(i).contains('-') {
                self.hyphen_parts(i, &mut out);
            }
        }
        self.share_coordinated_roles(&mut out);
        self.bodies_of_places_their_acronyms_spell(&mut out);
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
        // "Acme Corp." and "Globex Inc." keep their final dot.
        let mut end = self.tokens[b - 1].end;
        if self.lex.dotted_suffixes.contains(&self.word(b - 1))
            && self
                .tokens
                .get(b)
                .is_some_and(|t| t.is_punct('.') && !t.space_before)
        {
            end = self.tokens[b].end;
        }
        // The name keeps the dot its mention keeps ("Martin Luther King Jr.").
        let name = if end > self.tokens[b - 1].end && name.ends_with(self.word(b - 1)) {
            name + "."
        } else {
            name
        };
        // "the 6th U.S. Circuit Court of Appeals": a circuit's number is part of its court's
        // name.
        let (a, name) = if kind == EntityKind::Organization
            && a > 0
            && self.tokens[a - 1].kind == TokenKind::Number
            && is_ordinal(self.word(a - 1))
            && (a..b).any(|k| self.word(k) == "Circuit")
        {
            (a - 1, format!("{} {name}", self.word(a - 1)))
        } else {
            (a, name)
        };
        out.mentions.push(Mention {
            start: self.tokens[a].start,
            end,
            kind,
            name,
            place_type: None,
            role: None,
            in_byline: self.zone == ZoneKind::Byline,
            weight: CUE,
            why: default_why(kind, self.zone),
        });
        out.mentions.len() - 1
    }

    /// Where a person's name that runs to `b` ends: "Priti Patel MP", "Keir Starmer QC" end
    /// before the letters after them.
    fn name_end(&self, b: usize) -> usize {
        if self.is_postnominal(b - 1) { b - 1 } else { b }
    }

    /// Whether token `i` is letters written after a person's name ("MSP" of "Angus Robertson
    /// MSP").
    pub(super) fn is_postnominal(&self, i: usize) -> bool {
        POSTNOMINALS.contains(&self.word(i))
    }

    /// Whether token `i` is such letters in the plural ("MPs", "MEPs"), which name members, not
    /// a person.
    pub(super) fn is_plural_postnominal(&self, i: usize) -> bool {
        self.word(i)
            .strip_suffix('s')
            .is_some_and(|one| POSTNOMINALS.contains(&one))
    }

    /// Pushes the words `a..b` as written as an organisation, with how much that counts and why.
    fn push_org(&self, out: &mut ZoneNames, a: usize, b: usize, weight: u8, why: &'static str) {
        let name = self.key(a, b).into_owned();
        self.push(out, a, b, EntityKind::Organization, name);
        Self::mark(out, weight, why);
    }

    /// Whether a colon at `b` opens a result: a side's name and then its score or "v" ("At
    /// Taunton: Somerset 301", "At Hove: Sussex v Kent"; not "At Christmas: nothing").
    fn results_line_after(&self, b: usize) -> bool {
        self.tokens.get(b).is_some_and(|t| t.is_punct(':'))
            && self.is_cap_word(b + 1)
            && (b + 2..(b + 5).min(self.tokens.len()))
                .take_while(|&k| {
                    self.tokens[k].is_word() || self.tokens[k].kind == TokenKind::Number
                })
                .any(|k| self.tokens[k].kind == TokenKind::Number || self.word(k) == "v")
    }

    /// Whether the English word at `i`, after a nationality that opens a name, makes the two
    /// a firm's or a body's name ("British Gas", "Scottish Power", "UK Athletics"): a singular
    /// noun of no sea, coast, era or event, in running text.
    fn names_a_firm_by_nationality(&self, i: usize) -> bool {
        const NOT_TRADES: [&str; 24] = [
            "sea",
            "ocean",
            "channel",
            "isles",
            "gulf",
            "coast",
            "riviera",
            "alps",
            "peninsula",
            "empire",
            "republic",
            "revolution",
            "spring",
            "war",
            "famine",
            "renaissance",
            "dream",
            "job",
            "open",
            "masters",
            "language",
            "people",
            "press",
            "tour",
        ];
        let word = self.lower(i);
        let common = |w: &str| self.lex.common_words.contains(w);
        let plural = word.strip_suffix('s').is_some_and(|stem| {
            !stem.ends_with('s')
                && (common(stem)
                    || stem.strip_suffix('e').is_some_and(common)
                    || stem
                        .strip_suffix("ie")
                        .is_some_and(|s| common(&format!("{s}y"))))
        });
        self.zone != ZoneKind::Title
            && !plural
            && !word.ends_with("ism")
            && !NOT_TRADES.contains(&word.as_ref())
            && !self.lex.event_nouns.iter().any(|e| *e == word)
            && !self.lex.work_nouns.contains(word.as_ref())
            && !self.lex.role_nouns.contains_key(word.as_ref())
    }

    /// Whether the name `a..b` follows the first of a list of names that a place preposition
    /// opens and "and" or "or" closes: "in Inverness, Truro and Guildford" (not "to" or
    /// "from", which lead to people as often: "lost to Hewitt, Safin and Federer"). A list of
    /// two must open with a listed place ("in Carrano and Biewener's study" names authors).
    fn listed_after_a_where_word(&self, a: usize, b: usize) -> bool {
        const WHERE: [&str; 8] = [
            "in",
            "between",
            "near",
            "outside",
            "inside",
            "across",
            "throughout",
            "around",
        ];
        if self
            .tokens
            .get(b)
            .is_some_and(|t| t.kind == TokenKind::Possessive)
        {
            return false;
        }
        // "Felix Onuah in Abuja and Thiam Ndiaga in Dakar": a name "in" a place, parallel to a
        // name "in" the place the list opens with, is of that name's kind ("a crossing in Noida
        // and Kasna in Greater Noida" lists places).
        let in_a_place = self.lowercase_word_in(b, &["in"]) && self.is_cap_word(b + 1);
        // The list's members before the name, back to the where-word that opens it.
        let mut closed = false;
        let mut names = 1;
        let mut j = a;
        let first_listed = loop {
            if names > 6 {
                return false;
            }
            let Some((start, k, and_or)) = self.list_member_before(j) else {
                return false;
            };
            closed |= and_or;
            if start == 0 {
                return false;
            }
            names += 1;
            if self.tokens[start - 1].is_word() && WHERE.contains(&self.lower(start - 1).as_ref()) {
                let parallel_name = in_a_place && start >= 2 && self.is_cap_word(start - 2);
                break (self.lex.places.contains_key(self.key(start, k).as_ref())
                    || self.unlisted_town_after_in(start, k))
                    && !parallel_name;
            }
            j = start;
        };
        if closed {
            return names > 2 || first_listed;
        }
        // "in Inverness, Truro and Guildford" read at "Truro": "and" closes the list later.
        let mut i = b;
        for _ in 0..6 {
            match self.tokens.get(i) {
                Some(t) if t.is_punct(',') => i += 1,
                Some(_) if matches!(self.word(i), "and" | "or") => {
                    return self.is_cap_word(i + 1);
                }
                _ => return false,
            }
            let run = i;
            while i < self.tokens.len() && i - run < 3 && self.is_cap_word(i) {
                i += 1;
            }
            if i == run {
                return false;
            }
        }
        false
    }

    /// "clinics in Akon and Ajiep": the first of two names after "in" is a town no list
    /// holds, one word that names nothing else (no given name, surname, body or English
    /// word), so the second is a town too.
    fn unlisted_town_after_in(&self, a: usize, b: usize) -> bool {
        b == a + 1 && self.lowercase_word_in(a - 1, &["in"]) && self.names_nothing_else(a)
    }

    /// A name whose neighbours say it is a place: a division's or a feature's word after it
    /// ("the Catatumbo region"), or "such as" after a kind of place before it ("stations
    /// such as Daisy Hill"). Pushes it.
    fn place_by_its_head_or_its_kind(&self, a: usize, b: usize, out: &mut ZoneNames) -> bool {
        let words = b - a;
        if words > 3 || self.has_connector(a, b) {
            return false;
        }
        // (What follows or comes before is looked at first: most names have neither.)
        let head = self.kind_by_the_head_after(b);
        let exemplified = || self.kind_of_places_exemplified_before(a);
        if head.is_none() && exemplified().is_none() {
            return false;
        }
        let key = self.key(a, b);
        // "the Catatumbo region", "the Buzi and Pungwe rivers": a name a division's or a
        // feature's word follows is that place, though no list holds it.
        let read = if let Some(kind) = head
            && !self.lex.organizations.contains_key(key.as_ref())
            && !self.lex.demonyms.contains_key(key.as_ref())
            && !self.only_common_words(a, b)
            && !self.looks_like_person(a, b)
            // Not a name's end after its particle ("the Costa del Sol region"), a people's
            // word ("Basque provinces", "Muslim Dagestan"), nor a describing word
            // ("Serb-held region", "Islamized region").
            && !(a > 0 && self.lowercase_word_in(a - 1, &people::SURNAME_PARTICLES))
            && !self.lex.names_a_people(self.word(a))
            && !self.lex.demonyms.contains_key(self.word(a))
            && !key.rsplit('-').next().is_some_and(|part| part.starts_with(char::is_lowercase))
            && !(b - a == 1 && (key.ends_with("ized") || key.ends_with("ised")))
        {
            Some((
                kind,
                "a division's or a feature's word after it (\"the Catatumbo region\")",
            ))
        } else if !self.lex.organizations.contains_key(key.as_ref()) {
            // "smaller stations such as Reddish South and Daisy Hill", "towns including Naas":
            // examples of a kind of place are places of that kind, though one starts like a
            // given name.
            exemplified().map(|kind| {
                (
                    kind,
                    "an example of a kind of place (\"stations such as Daisy Hill\")",
                )
            })
        } else {
            None
        };
        let Some((kind, why)) = read else {
            return false;
        };
        self.push_place(out, a, b, key.to_string(), kind);
        Self::mark(out, WEAK, why);
        true
    }

    /// The member of a list that ends before token `j` past one or two separators (a comma,
    /// "and", "or"): its first token and its end, one to three capitalised words, and whether
    /// "and" or "or" stood between.
    fn list_member_before(&self, j: usize) -> Option<(usize, usize, bool)> {
        let separator =
            |i: usize| self.tokens[i].is_punct(',') || matches!(self.word(i), "and" | "or");
        let mut k = j;
        let mut and_or = false;
        while k > 0 && separator(k - 1) && j - k < 2 {
            and_or |= matches!(self.word(k - 1), "and" | "or");
            k -= 1;
        }
        if k == j {
            return None;
        }
        let mut start = k;
        while start > 0 && k - start < 3 && self.is_cap_word(start - 1) {
            start -= 1;
        }
        (start < k).then_some((start, k, and_or))
    }

    /// The kind of place that "such as", "including" or "like" after its plural gives
    /// examples of, where the name at `a` is one of them: "stations such as Reddish South",
    /// "towns including Naas, Kilcullen and Athy" (read at any member).
    fn kind_of_places_exemplified_before(&self, a: usize) -> Option<PlaceType> {
        let kind_of = |noun: usize| -> Option<PlaceType> {
            if !self
                .tokens
                .get(noun)
                .is_some_and(|t| t.is_word() && (!t.cap || t.sentence_start))
            {
                return None;
            }
            Some(match self.lower(noun).as_ref() {
                "towns" | "cities" | "villages" | "suburbs" | "capitals" | "ports" => {
                    PlaceType::City
                }
                "countries" | "nations" => PlaceType::Country,
                "regions" | "provinces" | "counties" | "districts" | "territories" => {
                    PlaceType::Region
                }
                "stations" | "airports" | "hospitals" | "stadiums" | "stadia" => {
                    PlaceType::Facility
                }
                "islands" | "rivers" | "lakes" | "mountains" => PlaceType::Other,
                _ => return None,
            })
        };
        let mut j = a;
        for _ in 0..6 {
            if j >= 3 && self.lowercase_run_at(j - 2, &["such", "as"]) {
                return kind_of(j - 3);
            }
            if j >= 2 && self.lowercase_word_in(j - 1, &["including", "like"]) {
                return kind_of(j - 2);
            }
            // Back over one more member of the list and its separator.
            j = self.list_member_before(j)?.0;
        }
        None
    }

    /// Whether the capitalised word at `i` could be a town no list holds: it is no given name,
    /// cue surname, body, cue word, English word, title, people or acronym.
    pub(super) fn names_nothing_else(&self, i: usize) -> bool {
        let word = self.word(i);
        !self.lex.given_names.contains(word)
            && !self.lex.cue_surnames.contains(word)
            && !self.lex.organizations.contains_key(word)
            && !self.lex.org_cues.contains(word)
            && !self.lex.is_capitalised_common_word(word)
            && !self.lex.is_title(word)
            && !self.lex.demonyms.contains_key(word)
            && !is_acronym(word)
    }

    /// The kind of place a lowercase head after the name at `..b` says it is: "Idlib
    /// province", "the Buzi river", and a plural head two names share ("the Sumy and Odesa
    /// regions", "the Agam and Tanah Datar regencies"), read at either.
    fn kind_by_the_head_after(&self, b: usize) -> Option<PlaceType> {
        let head_at = |i: usize| -> Option<PlaceType> {
            if !self.tokens.get(i).is_some_and(|t| t.is_word() && !t.cap) {
                return None;
            }
            let word = self.word(i);
            if DIVISION_WORDS.contains(&word) {
                Some(PlaceType::Region)
            } else if FEATURE_WORDS.contains(&word) {
                Some(PlaceType::Other)
            } else {
                None
            }
        };
        if let Some(kind) = head_at(b) {
            return Some(kind);
        }
        if !self.lowercase_word_in(b, &["and"]) {
            return None;
        }
        let mut end = b + 1;
        while end < self.tokens.len() && end - b <= 3 && self.is_cap_word(end) {
            end += 1;
        }
        let plural = self.word(end).ends_with('s');
        (end > b + 1 && plural).then(|| head_at(end)).flatten()
    }

    fn push_place(&self, out: &mut ZoneNames, a: usize, b: usize, name: String, kind: PlaceType) {
        // "Idlib province", "North Darfur state", "Washington state": a town's name before a
        // division's word names the division.
        let kind = match self.kind_by_the_head_after(b) {
            Some(PlaceType::Region) if kind == PlaceType::City => PlaceType::Region,
            _ => kind,
        };
        let index = self.push(out, a, b, EntityKind::Place, name);
        out.mentions[index].place_type = Some(kind);
    }

    /// Sets how much the last mention pushed counts (see [`Mention::weight`]) and why it got
    /// its kind.
    fn mark(out: &mut ZoneNames, weight: u8, why: &'static str) {
        if let Some(last) = out.mentions.last_mut() {
            last.weight = weight;
            last.why = why;
        }
    }

    fn push_person(&self, out: &mut ZoneNames, a: usize, b: usize, role: Option<(String, bool)>) {
        let b = if b - a >= 3 { self.name_end(b) } else { b };
        let name = self.key(a, b).into_owned();
        let index = self.push(out, a, b, EntityKind::Person, name);
        out.mentions[index].role = role;
    }

    /// A person, with the role written before or after the name if there is one ("Liberal
    /// Democrat leader Charles Kennedy"), counted with `weight` for the reason `why`.
    fn push_person_as(
        &self,
        out: &mut ZoneNames,
        a: usize,
        b: usize,
        weight: u8,
        why: &'static str,
    ) {
        self.push_person(out, a, b, self.role_around(a, b));
        Self::mark(out, weight, why);
    }

    /// Whether the name at `a` follows "of" after a peer's honorific and name ("Lord Lloyd
    /// of").
    fn of_a_peers_title(&self, a: usize) -> bool {
        if a < 3 || !self.lowercase_word_in(a - 1, &["of"]) {
            return false;
        }
        // The honorific, then one to three words of the name.
        (a.saturating_sub(5)..a - 2)
            .rev()
            .take_while(|&k| self.tokens[k].is_word() && self.tokens[k].cap)
            .any(|k| PEERS.contains(&self.word(k)))
    }

    fn classify(&self, a: usize, b: usize, out: &mut ZoneNames) {
        // "KEY BISCAYNE, Florida, March 27 (Reuters) -": the agency a dateline credits is the
        // source, not a body the article names.
        if self.credited_in_a_dateline(a, b) {
            return;
        }
        // "the AIADMK-led alliance", "a TDP-backed candidate": an unlisted acronym made a
        // participle by a hyphen is the body's name. (Listed names are read as listed:
        // "US-led", "NATO-led".)
        if b == a + 1
            && self.is_hyphenated_modifier(a)
            && let Some((head, _)) = self.word(a).split_once('-')
            && is_acronym(head)
            && !self.lex.lists_place_or_body(head)
            && !self.lex.demonyms.contains_key(head)
            && !self.lex.not_names.contains(head)
        {
            let index = self.push(out, a, b, EntityKind::Organization, head.to_owned());
            out.mentions[index].end = out.mentions[index].start + head.len();
            Self::mark(
                out,
                CUE,
                "an acronym made a participle by a hyphen (\"the AIADMK-led alliance\")",
            );
            return;
        }
        // 'Lewis "Dink" Hebblethwaite': a nickname in quotation marks between a given name and
        // a surname is a person's.
        if let Some(given) = self.nicknamed_from(a, b) {
            let name = collapse_spaces(self.span_text(given, b));
            // ('Commissioner Larry "Butch" Hensley': the title before the name is the role.)
            let titled = (a..given).any(|i| self.lex.is_title(self.word(i)));
            let role = titled
                .then(|| self.clean_role(self.role_start_before(a).unwrap_or(a), given))
                .flatten()
                .or_else(|| self.role_around(given, b));
            let index = self.push(out, given, b, EntityKind::Person, name);
            out.mentions[index].role = role;
            Self::mark(out, CUE, NICKNAME_WHY);
            return;
        }
        // "said All Blacks coach Graham Henry", "Crusaders coach Scott Robertson": a side's
        // nickname in the plural, an English noun's or after another word, before its coach
        // or a player's position (not "Williams coach Patrick Mouratoglou", a player's
        // surname).
        let last = self.word(b - 1);
        let nickname = (1..=3).contains(&(b - a))
            && last.strip_suffix('s').is_some_and(|one| {
                !one.ends_with('s') && (b - a >= 2 || self.lex.is_capitalised_common_word(one))
            });
        // ("Qatar Airways chief executive Akbar Al Baker": a firm its cue word names; a
        // listed side keeps its listed name.)
        if nickname
            && self.team_staff_after(a, b)
            && !self.looks_like_person(a, b)
            && !(a..b).any(|i| self.lex.org_cues.contains(self.word(i)))
            && !self.lex.lists_place_or_body(self.key(a, b).as_ref())
        {
            self.push_org(out, a, b, TITLED, TEAM_STAFF_WHY);
            return;
        }
        // (Before the portfolio reader: "Law and Justice" is a ministry's remit too.)
        if self.name_before_its_short_form(a, b) {
            self.push_org(
                out,
                a,
                b,
                CUE,
                "a name before its short form in brackets (\"Law and Justice (PiS)\")",
            );
            return;
        }
        if self.in_a_portfolio(a, b, out) || self.town_and_its_quarter(a, b, out) {
            return;
        }
        // "Republican Dwight Fairclough led", "Democrat Marcia Delacroix-Webb said", "Liberal
        // Democrat Alastair Penrose": a party's member before a given name and a surname is the
        // person's affiliation, no part of the name.
        let member_words = if matches!(self.word(a), "Liberal" | "Social" | "Christian" | "Free")
            && a + 1 < b
            && PARTY_MEMBERS.contains(&self.word(a + 1))
        {
            2
        } else {
            usize::from(PARTY_MEMBERS.contains(&self.word(a)))
        };
        let named = a + member_words;
        if member_words > 0
            && (2..=3).contains(&(b - named))
            && self.lex.is_given_name(self.word(named))
            && !self.has_connector(a, b)
            && !self.lex.lists_place_or_body(&self.key(a, b))
        {
            // ("The sitting MP, Liberal Democrat Alastair Penrose": a post said of the person
            // before the party.)
            let role = self
                .role_around(a, b)
                .unwrap_or_else(|| (collapse_spaces(self.span_text(a, named)), false));
            self.push_person(out, named, b, Some(role));
            Self::mark(
                out,
                CUE,
                "a party's member before the name (\"Republican Dwight Fairclough\")",
            );
            return;
        }
        // "US$ 645 million", "NZ$", "HK$": a currency's mark, no place.
        if b - a == 1
            && self
                .tokens
                .get(b)
                .is_some_and(|t| t.is_punct('$') && !t.space_before)
        {
            return;
        }
        // "Air Berlin", "Air Astana": an airline named by the place it flies from.
        if b - a == 2 && self.word(a) == "Air" && self.lex.places.contains_key(self.word(a + 1)) {
            let name = self.body_name(a, b);
            self.push(out, a, b, EntityKind::Organization, name);
            Self::mark(out, CUE, "\"Air\" and a place: an airline (\"Air Berlin\")");
            return;
        }
        // "Treasury bills", "the 10-year Treasury note", "U.S. Treasury yields": a state's debt,
        // which no body is.
        if self.word(b - 1) == "Treasury" && self.lowercase_word_in(b, &TREASURY_DEBT_WORDS) {
            out.not_entities
                .push((self.tokens[a].start, self.tokens[b - 1].end));
            return;
        }
        // "HMAS Adelaide", "F-15E Strike Eagle": no entity, and read, so that the model tags
        // no town inside.
        if self.names_a_vehicle(a, b) {
            out.not_entities
                .push((self.tokens[a].start, self.tokens[b - 1].end));
            return;
        }
        // `the novel "Edith Harrow"`: no entity, and the article's other mentions of the title
        // are the title's too.
        if let Some((first, end)) = self.quoted_title(a, b) {
            let title = (self.tokens[first].start, self.tokens[end - 1].end);
            out.not_entities.push(title);
            out.titles.push(title);
            return;
        }
        // "ETH Zurich", "KTH Stockholm", "UC Berkeley": an unlisted acronym before a listed
        // town is a university's or an institute's name, not a body and a place apart. Not a
        // ship's prefix ("HMAS Adelaide", read above; "the CSS Alabama", after "the").
        if b - a == 2
            && self.zone == ZoneKind::Body
            && !(a > 0 && matches!(self.word(a - 1), "the" | "The"))
            && is_acronym(self.word(a))
            && self.word(a).bytes().all(|c| c.is_ascii_uppercase())
            && !self.lex.organizations.contains_key(self.word(a))
            && !self.lex.places.contains_key(self.word(a))
            && !self.lex.lists_place_or_body(&self.key(a, b))
            && self.lex.places.get(self.word(a + 1)).is_some_and(|p| {
                matches!(p.place_type, PlaceType::City | PlaceType::Region)
            })
            // ("KMPDU Nairobi branch secretary": a body's office in a town.)
            && !self.lowercase_word_in(b, &OFFICE_IN_A_TOWN)
        {
            self.push_org(
                out,
                a,
                b,
                CUE,
                "an acronym before its town: a university's or institute's name (\"ETH Zurich\")",
            );
            return;
        }
        // "Match.com", "Just Eat Takeaway.com": a name with a web domain is a company's site.
        // ("Amazon.com" is the listed Amazon.)
        if let Some(site) = self.web_domain_ending(a, b) {
            let key = self.key(a, b);
            let listed = self.listed_body(a, b, &key).or_else(|| {
                self.lex
                    .organizations
                    .get(site)
                    .copied()
                    .filter(|_| b - a == 1)
            });
            let name = listed.map_or_else(|| key.to_string(), str::to_owned);
            self.push(out, a, b, EntityKind::Organization, name);
            Self::mark(out, CUE, "a web domain after the name (\"Match.com\")");
            return;
        }
        // "Ericsson B shares jumped", "Merita A shares fell", "Volvo B eased": a company
        // before the class of its shares; the letter is no part of its name.
        if b - a >= 2 && matches!(self.word(b - 1), "A" | "B") {
            // ("Alphabet Class A shares": the class's own word; "Class B shares" alone name no
            // company.)
            let end = if self.word(b - 2) == "Class" {
                b - 2
            } else {
                b - 1
            };
            let shares_after = self.lowercase_word_in(b, &["shares", "share", "stock"]);
            if end == a {
                if shares_after {
                    return;
                }
            } else {
                let key = self.key(a, end);
                let listed = self.listed_body(a, end, &key);
                if listed.is_some() || shares_after {
                    let name = listed.map_or_else(|| key.to_string(), str::to_owned);
                    self.push(out, a, end, EntityKind::Organization, name);
                    Self::mark(
                        out,
                        CUE,
                        "a company before its share class (\"Ericsson B shares\")",
                    );
                    return;
                }
            }
        }
        // "shown on Channel Seven, Fox Cricket and Star Sports": channels, as written.
        // ("Fox Cricket and Star Sports": two of them.)
        if self.broadcast_on_before(a) && !self.lex.places.contains_key(self.key(a, b).as_ref()) {
            let mut start = a;
            for end in (a + 1..=b).filter(|&k| k == b || self.lowercase_word_in(k, &["and"])) {
                let name = self.body_name(start, end);
                self.push(out, start, end, EntityKind::Organization, name);
                Self::mark(
                    out,
                    CUE,
                    "a channel it is shown on (\"shown on Channel Seven, Fox Cricket and Star Sports\")",
                );
                start = end + 1;
            }
            return;
        }
        // "Lord Lloyd of Berwick", "Baroness Kennedy of The Shaws": where a peer's title is of
        // is part of the title, no place or body.
        if self.of_a_peers_title(a) {
            return;
        }
        // "Angus Robertson, MP for Moray", "MSP for Edinburgh Central": the seat a member
        // sits for, whatever else its words could be.
        if b - a >= 3
            && matches!(
                self.word(a),
                "MP" | "MPs" | "MSP" | "AM" | "MEP" | "MLA" | "TD"
            )
            && self.lowercase_word_in(a + 1, &["for"])
        {
            // ("MSP for the Western Isles": the article is no part of the seat's name.)
            let from = if b - a >= 4 && self.lowercase_word_in(a + 2, &["the"]) {
                a + 3
            } else {
                a + 2
            };
            let seat = self.key(from, b).into_owned();
            self.push_place(out, from, b, seat, PlaceType::Region);
            Self::mark(out, CUE, "the seat a member sits for (\"MP for Moray\")");
            return;
        }
        // "the Georgia Republican", "a New York Democrat": the place a party's member is
        // from, and no person; the party's word alone, a member, is no one's name ("the
        // Democrat said"; not "the Republican party", "Conservative candidate").
        if PARTY_MEMBERS.contains(&self.word(b - 1))
            && !self.lex.organizations.contains_key(self.word(b - 1))
        {
            let a_member = || {
                a > 0
                    && self.tokens[a - 1].is_word()
                    && matches!(
                        self.lower(a - 1).as_ref(),
                        "the" | "a" | "an" | "one" | "another"
                    )
                    && !self.tokens.get(b).is_some_and(|t| t.is_word() && !t.cap)
            };
            if b - a == 1 && a_member() {
                return;
            }
            if let Some(info) = self.lex.places.get(self.key(a, b - 1).as_ref()) {
                let name = info.canonical.to_owned();
                self.push_place(out, a, b - 1, name, info.place_type);
                Self::mark(out, LISTED, PLACES_GAZETTEER_WHY);
                return;
            }
        }
        let key = self.key(a, b);
        if b - a >= 2 && after_a_work_noun(self.text, self.tokens, a, self.lex) {
            out.titles
                .push((self.tokens[a].start, self.tokens[b - 1].end));
        }
        // (A listed company's own index stays the company's: "the Dow Jones index".)
        if names_a_market_index(self.text, self.tokens[a].start, self.tokens[b - 1].end)
            && !self.lex.organizations.contains_key(key.as_ref())
            && !(b - a <= 2 && self.lex.organizations.contains_key(self.word(a)))
        {
            return;
        }
        let words = b - a;
        // "iTunes", "iPod": a word written with a small first letter is a name only when it
        // is a listed body's ("eBay", "easyJet"); the rest are products.
        if words == 1
            && self.word(a).starts_with(|c: char| c.is_ascii_lowercase())
            && !self.lex.organizations.contains_key(key.as_ref())
            && !self.word(a).contains('-')
        {
            return;
        }
        if self.zone == ZoneKind::Byline && !self.has_connector(a, b) && words <= 4 {
            self.push_person(out, a, b, None);
            return;
        }
        if self.person_with_particles(a, b, out) {
            return;
        }
        if words == 3 && self.company_of_a_place(a) {
            self.push_org(
                out,
                a,
                b,
                CUE,
                "a company's name and the place it serves (\"Telefonica de Argentina\")",
            );
            return;
        }
        // "Coach Andy Robinson said": a sentence opening with an occupation before a person's
        // name gives their role, capitalised only because it opens the sentence.
        // ("Co-founder Larry Page said": an office shared is an office.)
        // ("Historian Professor Mary Beard": a title's word after the occupation is neither.)
        let opening = self.lower(a);
        let occupation = opening.strip_prefix("co-").unwrap_or(&opening);
        // ("and Legislator Ray Dunn abstained": written with its capital inside a sentence,
        // it is the person's title, where a given name follows.)
        let in_a_title_case_headline = self.title_is_title_case && self.zone == ZoneKind::Title;
        let opens_with_an_occupation = self.lex.role_nouns.contains_key(occupation)
            && !in_a_title_case_headline
            && !self.lex.is_title(self.word(a));
        let name = if opens_with_an_occupation {
            self.past_titles(a + 1, b)
        } else {
            a + 1
        };
        let inside_a_sentence = !self.tokens[a].sentence_start;
        // ("Resident Kwabena Ofori-Atta said": two names or more that speak, whatever given
        // name opens them.)
        // ("Flyhalf Jaco Pretorius kicked 14 points": two or three words no list holds and
        // that are no English words are a name, whatever its given name.)
        let unlisted_name = || {
            (2..=3).contains(&(b - name))
                && !self.lex.lists_place_or_body(&self.key(name, b))
                && (name..b).all(|i| {
                    !self.lex.is_capitalised_common_word(self.word(i))
                        && !self.lex.places.contains_key(self.word(i))
                        && !self.lex.org_cues.contains(self.word(i))
                })
        };
        // ("the International Syria Support Group": not before a body's cue word.)
        let plain_name = || {
            (name..b).all(|i| !self.lex.org_cues.contains(self.word(i)))
                && !self.lex.lists_place_or_body(&self.key(name, b))
        };
        if opens_with_an_occupation
            && ((self.looks_like_person(name, b) && (!inside_a_sentence || plain_name()))
                || (!inside_a_sentence
                    && (unlisted_name()
                        || (b - name >= 2
                            && self.speech_verb_adjacent(name, b)
                            && !self.lex.lists_place_or_body(&self.key(name, b))))))
        {
            let role = self.clean_role(a, a + 1);
            self.push_person(out, name, b, role);
            Self::mark(out, CUE, "an occupation before the name");
            return;
        }
        // "Rival Yahoo said", "Chipmaker Intel has": a sentence opening with the kind of
        // company a name is, capitalised only because it opens the sentence.
        if self.tokens[a].sentence_start
            && words >= 2
            && !(self.title_is_title_case && self.zone == ZoneKind::Title)
        {
            let opener = self.lower(a);
            // ("Bookmaker Paddy Power said": a word that describes bodies only makes a body of
            // a person's name too; "Bank Negara" is one name.)
            // ("Distributors United International Pictures said", "Bookmakers William Hill
            // cut": the kind in the plural.)
            let singular = opener.strip_suffix('s').unwrap_or(&opener);
            let body_only = self.lex.body_only_descriptors.contains(opener.as_ref())
                || (words >= 3 && self.lex.body_only_descriptors.contains(singular));
            // ("Opposition Leader Mark Latham said": a side's office before its holder.)
            let kind = (SENTENCE_OPENING_KINDS.contains(&opener.as_ref())
                || (words >= 3 && SENTENCE_OPENING_KINDS.contains(&singular)))
                && !self.lex.is_title(self.word(a + 1));
            let person = (kind || body_only) && self.looks_like_person(a + 1, b);
            if kind || (body_only && person) {
                if person && !body_only {
                    // "Rival Tim Henman": the word says only what the person is.
                    self.classify(a + 1, b, out);
                    return;
                }
                let name = self.key(a + 1, b).into_owned();
                self.push(out, a + 1, b, EntityKind::Organization, name);
                Self::mark(
                    out,
                    CUE,
                    "the kind of company it is before the name (\"Rival Yahoo\")",
                );
                return;
            }
        }
        // "Indian Wells, California", "Dutch Harbor, Alaska": a nationality's word and one more
        // before a comma and the region or country a town lies in are the town's name.
        if words == 2 && self.town_named_with_a_nationality(a, b) {
            self.push_place(out, a, b, key.clone().into_owned(), PlaceType::City);
            return;
        }
        // "signed Italian Gianluca Vialli": a nationality before a given name and more is said
        // of the person, not part of their name.
        if self
            .lex
            .demonyms
            .get(self.word(a))
            .is_some_and(Option::is_some)
            && self.looks_like_person(a + 1, b)
            && !self.lex.places.contains_key(self.word(a + 1))
            && !self
                .lex
                .organizations
                .contains_key(self.key(a + 1, b).as_ref())
            && !(a + 1..b).any(|k| self.lex.org_cues.contains(self.word(k)))
        {
            self.classify(a + 1, b, out);
            return;
        }
        // "the six-member Afghan team": a nationality word alone names no one, nor does a
        // doctrine ("a rise in Islamophobia").
        if words == 1
            && (self.lex.not_names.contains(key.as_ref())
                || self.lex.demonyms.contains_key(key.as_ref())
                || names_a_doctrine(&key))
        {
            return;
        }
        // "QUESTION:", "UPDATE:": a label in capitals opening a paragraph.
        if self.tokens[a].sentence_start
            && key.len() > 3
            && !key.chars().any(char::is_lowercase)
            && self.tokens.get(b).is_some_and(|t| t.is_punct(':'))
            && !self.lex.places_upper.contains_key(key.as_ref())
        {
            return;
        }
        // "507th Air Refueling Wing", "2nd Battalion", "407th AEG": a numbered unit; in the
        // British way, numbered without the ordinal's ending ("16 Air Assault Brigade", "7
        // Division").
        if a > 0
            && self.tokens[a - 1].kind == TokenKind::Number
            && ((is_ordinal(self.word(a - 1))
                && (self.lex.unit_nouns.contains(&self.word(b - 1))
                    || (words == 1 && is_acronym(&key))))
                || (is_unit_number(self.word(a - 1))
                    && CARDINAL_UNIT_NOUNS.contains(&self.word(b - 1))))
        {
            let name = self.span_text(a - 1, b).to_owned();
            self.push(out, a - 1, b, EntityKind::Organization, name);
            return;
        }
        // "Combined Joint Task Force - Operation Inherent Resolve", "Combined Joint Task Force
        // – Inherent Resolve Commander": a task force named after its operation; the name is
        // the command's (a title after it is someone's office in it).
        if a >= 2
            && matches!(self.tokens[a - 1].kind, TokenKind::Punct('-' | '–' | '—'))
            && self.word(a - 2) == "Force"
        {
            let end = (a..b)
                .find(|&i| i > a && self.lex.is_title(self.word(i)))
                .unwrap_or(b);
            let name = self.span_text(a, end).to_owned();
            self.push(out, a, end, EntityKind::Organization, name);
            Self::mark(out, CUE, "an operation a task force is named after");
            return;
        }
        // "No. 1 (Fighter) Squadron": a unit numbered before its noun (see `numbered_unit_end`).
        if self.word(a) == "No" && words >= 3 && self.lex.unit_nouns.contains(&self.word(b - 1)) {
            let name = self.span_text(a, b).to_owned();
            self.push(out, a, b, EntityKind::Organization, name);
            Self::mark(
                out,
                CUE,
                "a unit's number and its noun (\"No. 10 Squadron\")",
            );
            return;
        }
        // "Coastal Riverine Squadron 3", "Explosive Ordnance Disposal Mobile Unit Two": a unit
        // numbered after its noun.
        let spelled_number = words >= 3
            && self.word(b - 1).len() >= 3
            && number_word(&self.lower(b - 1)).is_some_and(|n| (1..=10).contains(&n))
            && self.lex.unit_nouns.contains(&self.word(b - 2));
        let number_after = words >= 2
            && self.lex.unit_nouns.contains(&self.word(b - 1))
            && self.tokens.get(b).is_some_and(|t| {
                t.kind == TokenKind::Number && t.space_before && t.end - t.start <= 3
            });
        if spelled_number || number_after {
            let end = if number_after { b + 1 } else { b };
            let name = self.span_text(a, end).to_owned();
            self.push(out, a, end, EntityKind::Organization, name);
            Self::mark(out, CUE, "a unit's noun and its number (\"Squadron 3\")");
            return;
        }
        // A name after an honorific or a rank is a person's, whatever a gazetteer says:
        // "Mr Kennedy", "Dr. Livingstone", "Spc. Lorraine Walsh".
        // ("Associate Professor Jane Hill", "Emeritus Professor John Burrows": an English word
        // or a title may qualify the honorific.)
        let qualified = words >= 3
            && self.lex.honorifics.contains(self.word(a + 1))
            && (self.lex.is_capitalised_common_word(self.word(a))
                || self.lex.is_title(self.word(a)))
            && !self.lex.honorifics.contains(self.word(a));
        let h = if qualified { a + 1 } else { a };
        let honorific = b - h >= 2 && self.lex.honorifics.contains(self.word(h));
        let after_rank = a > 0 && self.tokens[a - 1].rank;
        // ("Sheikha Fatima bint Mubarak": a surname's particles are no connector.)
        let connected = self.has_connector(a, b)
            && !(honorific && h + 1 < b && self.is_name_with_particles(h + 1, b));
        if (honorific || after_rank) && !connected && words <= 5 {
            // ("The Rt Hon Priti Patel": honorifics may come in a row.)
            // ("Mr Sheikha said": one word after a form of address is the surname, whatever
            // else it may be.)
            let addressed = b - h == 2 && matches!(self.word(h), "Mr" | "Mrs" | "Ms" | "Miss");
            let start = if addressed {
                h + 1
            } else if honorific {
                (h..b)
                    .find(|&i| !self.lex.honorifics.contains(self.word(i)))
                    .unwrap_or(b)
            } else {
                a
            };
            if start == b {
                return;
            }
            let name = self.key(start, b);
            let listed = self.lex.places.contains_key(name.as_ref())
                || self.lex.organizations.contains_key(name.as_ref());
            // Without a gazetteer entry in the way, the person readers below find the role too.
            // A title word may be the surname ("The Hon Julie Bishop MP").
            let name_end = self.name_end(b);
            // ("Mr King told reporters", "Mrs Major said": a lone title word after an
            // honorific is the surname, unless the honorific addresses an office: "Mr
            // President".)
            let lone_surname = honorific
                && name_end - start == 1
                && !ADDRESSED_OFFICES.contains(&self.word(start));
            let surname = if honorific && (name_end - start >= 2 || lone_surname) {
                name_end - 1
            } else {
                name_end
            };
            if (honorific || listed) && !(start..surname).any(|i| self.lex.is_title(self.word(i))) {
                let anchor = if honorific {
                    h
                } else {
                    (0..a)
                        .rev()
                        .take_while(|&k| self.tokens[k].rank)
                        .last()
                        .unwrap_or(a)
                };
                // ("The principal of the university, Sir Alan Gow,": a role set off by a
                // comma before the honorific.)
                let role = self
                    .role_noun_before(anchor, b)
                    .and_then(|end| self.role_from(end, b))
                    .or_else(|| {
                        self.role_start_before(anchor)
                            .and_then(|s| self.clean_role(s, anchor))
                    })
                    .or_else(|| self.role_after(b));
                self.push_person(out, start, b, role);
                Self::mark(out, TITLED, "an honorific or rank before the name");
                return;
            }
        }
        if self.title_is_title_case && self.zone == ZoneKind::Title {
            // Every word of such a headline is capitalised: its chunks are no evidence of a
            // name. Gazetteer names count, the rest must be confirmed by the body.
            self.pieces(a, b, out);
            return;
        }
        if self.lex.places.contains_key(key.as_ref()) && self.team_staff_after(a, b) {
            self.push_org(out, a, b, TITLED, TEAM_STAFF_WHY);
            return;
        }
        // "Arsenal manager Esteban Quiroga-Llamas": a club's short name that is an English word
        // is the club before its manager or a player's position.
        if let Some(Some(club)) = self.lex.club_word_short_names.get(key.as_ref())
            && self.team_staff_after(a, b)
        {
            self.push(out, a, b, EntityKind::Organization, (*club).to_owned());
            Self::mark(out, TITLED, TEAM_STAFF_WHY);
            return;
        }
        // "SA Rugby", "New Zealand Rugby", "England Hockey": a country's name or initials and
        // a sport name the body that runs the sport there.
        // ("In Wales rugby is a religion", written with a capital: no body.)
        if words >= 2
            && SPORTS.contains(&self.word(b - 1))
            && !(a > 0 && self.lowercase_word_in(a - 1, &["in"]))
            && (self
                .lex
                .places
                .get(self.key(a, b - 1).as_ref())
                .is_some_and(|p| p.place_type == PlaceType::Country)
                || (words == 2 && is_org_acronym(self.word(a)) && self.word(a).len() <= 3))
        {
            self.push_org(
                out,
                a,
                b,
                CUE,
                "a country's name and a sport (\"SA Rugby\", \"New Zealand Rugby\")",
            );
            return;
        }
        // "its partners in the INDIA bloc": a place's name in capitals inside a sentence,
        // before a kind of body, is the body's acronym.
        if words == 1
            && self.zone == ZoneKind::Body
            && !self.tokens[a].sentence_start
            && key.len() >= 4
            && key.chars().all(|c| c.is_alphabetic() && c.is_uppercase())
            && self.lex.places_upper.contains_key(key.as_ref())
            && (self.body_noun_after(b) || self.lowercase_word_in(b, &["bloc"]))
        {
            self.push_org(out, a, b, CUE, SHOUTED_ACRONYM_WHY);
            return;
        }
        if self.body_named_after_its_place(a, b, &key) {
            self.push_org(out, a, b, CUE, PLACE_NAMED_BODY_WHY);
            return;
        }
        if let Some(info) = self.lex.places.get(key.as_ref()) {
            // "Frankfurt airport", "Munich airport": a town's airport named after it.
            if info.place_type == PlaceType::City && self.lowercase_word_in(b, &["airport"]) {
                let name = self.span_text(a, b + 1).to_owned();
                self.push_place(out, a, b + 1, name, PlaceType::Facility);
                Self::mark(out, CUE, "a listed town's name before \"airport\"");
                return;
            }
            self.push_place(out, a, b, info.canonical.to_owned(), info.place_type);
            Self::mark(out, LISTED, PLACES_GAZETTEER_WHY);
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
            Self::mark(out, LISTED, DATELINE_WHY);
            return;
        }
        // "The Sun said", "In July The Sun was fined": a title listed with its "The", which
        // the chunk left out, where the name alone is listed as nothing (and is no plural or
        // cue word: "The Republicans", "The Union" are other parties' names abroad).
        let with_the = (a > 0
            && words <= 3
            && self.word(a - 1) == "The"
            && !key.ends_with('s')
            && !self.lex.org_cues.contains(self.word(b - 1))
            && !self.lex.organizations.contains_key(key.as_ref()))
        .then(|| format!("The {key}"))
        .and_then(|titled| self.lex.organizations.get(titled.as_str()).copied());
        if let Some(canonical) = with_the {
            self.push(
                out,
                a - 1,
                b,
                EntityKind::Organization,
                canonical.to_owned(),
            );
            Self::mark(
                out,
                LISTED,
                "the organisations gazetteer (assets/organizations.tsv, companies.tsv, clubs.tsv)",
            );
            return;
        }
        if let Some(canonical) = self.listed_body(a, b, key.as_ref()) {
            // "News of the arrest spread", "Coherent policies matter": a listed name that is an
            // English word, opening a sentence before a word it governs, is the word; the
            // name's mentions elsewhere in the article still claim it.
            if words == 1 && self.tokens[a].sentence_start && self.word_opening_a_phrase(a) {
                out.unknown.push(self.unknown(a, b));
                return;
            }
            self.push(out, a, b, EntityKind::Organization, (*canonical).to_owned());
            Self::mark(
                out,
                LISTED,
                "the organisations gazetteer (assets/organizations.tsv, companies.tsv, clubs.tsv)",
            );
            return;
        }
        // (Named as the article writes it: "Live Nation", not "Live Nation Entertainment".)
        if self.company_by_short_name(a, b, &key) {
            self.push(out, a, b, EntityKind::Organization, key.to_string());
            Self::mark(
                out,
                CUE,
                "a listed company's short name (\"Live Nation\" of \"Live Nation Entertainment\")",
            );
            return;
        }
        // "British Red Cross", "Syrian Arab Red Crescent": a country's own society of the
        // movement, not the international committee the words alone name.
        if words >= 3
            && matches!(self.key(b - 2, b).as_ref(), "Red Cross" | "Red Crescent")
            && (self.lex.demonyms.contains_key(self.word(a))
                || self.lex.places.contains_key(self.word(a)))
        {
            self.push_org(
                out,
                a,
                b,
                CUE,
                "a country's name before \"Red Cross\" or \"Red Crescent\": its own society",
            );
            return;
        }
        // "Marks & Spencer", "Ernst & Young": names joined by "&" are a firm's, unless a place
        // word ends them ("Aviation & Space Museum").
        if let Some(amp) = (a + 1..b).find(|&i| self.ampersand_inside(i))
            && self.zone != ZoneKind::Title
        {
            if self.ampersand_joins_people(a, amp, b) {
                self.classify(a, amp, out);
                self.classify(amp + 1, b, out);
                return;
            }
            if !self.place_by_cue(a, b, out) {
                self.push_org(
                    out,
                    a,
                    b,
                    CUE,
                    "names joined by \"&\" (\"Marks & Spencer\")",
                );
            }
            return;
        }
        // "Channel 4", "BBC Radio 4": a listed name that ends in a number.
        if let Some(number) = self.tokens.get(b).filter(|t| t.kind == TokenKind::Number) {
            let with_number = format!("{key} {}", number.text(self.text));
            if let Some(canonical) = self.lex.organizations.get(with_number.as_str()) {
                self.push(
                    out,
                    a,
                    b + 1,
                    EntityKind::Organization,
                    (*canonical).to_owned(),
                );
                Self::mark(
                    out,
                    LISTED,
                    "the organisations gazetteer, with its number (\"Channel 4\")",
                );
                return;
            }
            // "Euro 2008", "Expo 2020": a listed event that ends in its year.
            if self.lex.events.contains(with_number.as_str()) {
                self.push(out, a, b + 1, EntityKind::Event, with_number);
                Self::mark(
                    out,
                    LISTED,
                    "the events gazetteer, with its year (\"Euro 2008\")",
                );
                return;
            }
        }
        if self.lex.events.contains(key.as_ref()) {
            self.push(out, a, b, EntityKind::Event, key.to_string());
            Self::mark(out, LISTED, "the events gazetteer (assets/events.txt)");
            return;
        }
        // "the RBS Six Nations": a sponsor's name before a listed event of two words or more
        // is part of how it is written, not a body of its own (a place, a nationality or a
        // given name before it is none: "Tom Masters"; nor is a word of a region's name,
        // "Southeast Asian Games").
        if let Some(k) = (1..=2)
            .filter(|&k| b - a > k + 1)
            .find(|&k| self.lex.events.contains(self.key(a + k, b).as_ref()))
            && (a..a + k).all(|i| {
                !self.lex.places.contains_key(self.word(i))
                    && !PLACE_NAME_OPENERS.contains(&self.word(i))
                    && !["North", "South", "East", "West"]
                        .iter()
                        .any(|side| self.word(i).starts_with(side))
                    && !self.lex.demonyms.contains_key(self.word(i))
                    && !self.lex.given_names.contains(self.word(i))
            })
        {
            let listed = self.key(a + k, b).into_owned();
            self.push(out, a, b, EntityKind::Event, listed);
            Self::mark(
                out,
                LISTED,
                "a listed event after its sponsor's name (\"RBS Six Nations\")",
            );
            return;
        }
        // "P Stringer", "AJ Venter", "M. Atherton", "D.A. Weibring": initials before a surname.
        if words == 2
            && is_initials(self.word(a))
            // "McManus", "O'Brien": a surname's capitals come after a lowercase letter or an
            // apostrophe.
            && is_surname_shaped(self.word(a + 1))
            && !self.lex.organizations.contains_key(self.word(a))
            && !self.lex.places.contains_key(self.word(a))
            // "J. Crawley", "R. Preston": a town's name after dotted initials is a surname; a
            // country's or region's is not, nor a town's after a compass point or undotted
            // letters ("N. Ireland", "W. Bengal", "E. London", "UC Berkeley").
            && self.lex.places.get(self.word(a + 1)).is_none_or(|p| {
                p.place_type == PlaceType::City
                    && self.word(a).ends_with('.')
                    && !matches!(self.word(a).trim_end_matches('.'), "N" | "S" | "E" | "W")
            })
            // Initials stand for given names: a given name after them is no surname.
            && !self.lex.given_names.contains(self.word(a + 1))
            // "GB News", "UK Power": an organisation's cue word is no surname.
            && !self.lex.org_cues.contains(self.word(a + 1))
            // "TD Garden", "O2 Arena": nor is a place's.
            && !self.lex.is_place_suffix(self.word(a + 1))
            // "the NT Coroner", "the WA Treasurer": nor an office's.
            && !self.lex.is_title(self.word(a + 1))
            // "A Discovery", "I Wonder": the article or the pronoun, not an initial; "UV
            // Radiation": a term's acronym. (A surname may be an English word: "Stringer".)
            && !matches!(self.word(a), "A" | "I")
            && !self.lex.not_names.contains(self.word(a))
            // "IG Chemie official Sabine Reuter": a name before a post and its holder is the
            // body's.
            && !self.role_phrase_before_a_person(b)
        {
            self.push_person_as(out, a, b, CUE, "initials before a surname");
            return;
        }
        // "Lindsay Davenport", "Mary Houston": a given name before a town's name is a person's,
        // not two places (though "Mary" and "Lindsay" are towns too).
        if words == 2
            && self.lex.given_names.contains(self.word(a))
            // ("River Thames", "Lake Victoria": a place's opening word is no given name there.)
            && !self.lex.is_place_prefix(self.word(a))
            && !self.lex.places.contains_key(key.as_ref())
            // ("Alice Springs", "Palm Springs": nor a town's word that ends a place's name.)
            && !self.lex.is_place_suffix(self.word(a + 1))
            && self
                .lex
                .places
                .get(self.word(a))
                .is_none_or(|p| p.place_type == PlaceType::City)
            // "Daniel Komen", "Joe Cornwall", "Knox Thames": a region's or a river's name is a
            // surname there too.
            && self.lex.places.get(self.word(a + 1)).is_some_and(|p| {
                matches!(
                    p.place_type,
                    PlaceType::City | PlaceType::Region | PlaceType::Other
                )
            })
        {
            self.push_person_as(
                out,
                a,
                b,
                CUE,
                "a given name before a town's or region's name that is a surname",
            );
            return;
        }
        // "said Thandiwe Banda": an unlisted word before a town's name, the two next to a
        // speech verb, is a given name no list holds.
        if words == 2
            && self.speech_verb_adjacent(a, b)
            && is_surname_shaped(self.word(a))
            && self.word(a).chars().count() >= 3
            && !self.lex.lists_place_or_body(self.word(a))
            && !self.lex.places.contains_key(key.as_ref())
            && !self.lex.is_capitalised_common_word(self.word(a))
            && !self.lex.is_title(self.word(a))
            && !self.lex.not_names.contains(self.word(a))
            && !self.lex.names_a_people(self.word(a))
            // ("Northern Banda", "Port Banda": a word that forms a place's name.)
            && !is_adjective_shaped(self.word(a))
            && !self.word(a).ends_with("ern")
            && !PLACE_NAME_OPENERS.contains(&self.word(a))
            && self
                .lex
                .places
                .get(self.word(a + 1))
                .is_some_and(|p| p.place_type == PlaceType::City)
        {
            self.push_person_as(
                out,
                a,
                b,
                CUE,
                "an unlisted given name before a town's name that is a surname, by a speech verb",
            );
            return;
        }
        // "BBC Radio Scotland", "BBC Two": a known organisation's name carried on by more
        // capitalised words (no title, no person's name) is the name of a part of it.
        // ("Celine Dion": a given name a firm is named by, then a surname, is a person's.)
        let given_and_surname = || {
            words == 2
                && self.lex.is_given_name(self.word(a))
                && !self.lex.is_capitalised_common_word(self.word(a + 1))
                && !self.lex.org_cues.contains(self.word(a + 1))
                && !self.lex.organizations.contains_key(key.as_ref())
        };
        if words >= 2
            && self.lex.organizations.contains_key(self.word(a))
            && !given_and_surname()
            && !(a + 1..b).any(|i| {
                let w = self.word(i);
                self.lex.is_title(w)
                    || self.lex.is_office_title(w)
                    // A person's name after the body opens with the given name and has a
                    // surname ("Google Science Fair" is no person's: "Fair" is a given name
                    // only there; nor is "Dow Jones": one word is no full name).
                    || (i == a + 1 && b - a >= 3 && self.lex.given_names.contains(w))
                    // "a NASA T-shirt": a thing's name, lowercase after its hyphen.
                    || w.split_once('-').is_some_and(|(_, rest)| rest.starts_with(char::is_lowercase))
                    // "RAF Typhoons": a thing it has.
                    || self.lex.not_names.contains(w)
                    // "AP Business Writer Maria Schulte": an occupation, whose holder follows.
                    || super::dates::with_lowercase(w, |w| self.lex.role_nouns.contains_key(w))
                    // "NBA RESULTS": a headline's word in capitals.
                    || (w.len() > 3
                        && !w.chars().any(char::is_lowercase)
                        && self.lex.is_capitalised_common_word(w))
            })
            && !self.has_connector(a, b)
            // A place after the body is where it is, unless a country or region names the
            // body's branch there ("Greenpeace USA", "Microsoft Japan", "NHS Tayside").
            && self.lex.places.get(self.word(a + 1)).is_none_or(|p| {
                b == a + 2 && matches!(p.place_type, PlaceType::Country | PlaceType::Region)
            })
            // "Heineken Open": a sponsor's name before a tournament's head word is an event's;
            // before a place's ("Reebok Stadium"), a place's.
            && !events::is_tournament_head(self.word(b - 1))
            // "G7 Ise-Shima Summit": an event the body holds.
            && !organisations::EVENT_HEADS.contains(&self.word(b - 1))
            && !self.lex.is_place_suffix(self.word(b - 1))
        {
            if self.word(a) == "RAF" && !(a + 1..b).any(|i| self.lex.org_cues.contains(self.word(i)))
            {
                // "RAF Akrotiri", "RAF Brize Norton": a station, named after its place.
                self.push_place(out, a, b, key.to_string(), PlaceType::Facility);
                Self::mark(out, CUE, "\"RAF\" before a place's name: an air station");
                return;
            }
            // "BBC Radio 1": a station's number ends its name.
            let numbered = self.word(b - 1) == "Radio"
                && self.tokens.get(b).is_some_and(|t| {
                    t.kind == TokenKind::Number && t.space_before && t.end - t.start <= 2
                });
            let mut b = if numbered { b + 1 } else { b };
            // ("BBC Radio 5 Live": a listed station's name goes on past its number.)
            if numbered
                && self.is_cap_word(b)
                && self
                    .lex
                    .organizations
                    .contains_key(self.key(a, b + 1).as_ref())
            {
                b += 1;
            }
            self.push_org(out, a, b, LISTED, "a listed organisation's name carried on (\"BBC Radio Scotland\")");
            return;
        }
        // "the State of Texas", "the State of Qatar": a listed place under its formal name.
        if words >= 3
            && self.word(a) == "State"
            && self.word(a + 1) == "of"
            && let Some(info) = self.lex.places.get(self.key(a + 2, b).as_ref())
            && matches!(info.place_type, PlaceType::Country | PlaceType::Region)
        {
            self.push_place(out, a, b, info.canonical.to_owned(), info.place_type);
            Self::mark(
                out,
                LISTED,
                "\"State of\" before a listed country or region",
            );
            return;
        }
        // "the Second Circuit", "the D.C. Circuit": a federal appeals court, not a race track.
        if words == 2
            && self.word(b - 1) == "Circuit"
            && matches!(
                self.word(a),
                "First"
                    | "Second"
                    | "Third"
                    | "Fourth"
                    | "Fifth"
                    | "Sixth"
                    | "Seventh"
                    | "Eighth"
                    | "Ninth"
                    | "Tenth"
                    | "Eleventh"
                    | "Federal"
                    | "D.C."
            )
        {
            self.push_org(out, a, b, CUE, "a numbered circuit: an appeals court");
            return;
        }
        // "Team Estonia", "Team GB", "Team Sky": a squad named after its country or sponsor.
        if words >= 2 && self.word(a) == "Team" && !self.has_connector(a, b) {
            self.push_org(out, a, b, CUE, "\"Team\" before a name (\"Team Estonia\")");
            return;
        }
        // "Kingsley Rhodes, the firm representing them", "Velvet Harbour, a four-piece band":
        // the article says what an unlisted name is, which outweighs a given name or a place
        // word in it.
        if words <= 3
            && !self.has_connector(a, b)
            && !self.lex.lists_place_or_body(&key)
            && self.bodies_described_after(b, false, true)
        {
            self.push_org(out, a, b, TITLED, BODY_APPOSITION_WHY);
            return;
        }
        // "Lena Park, 44, a lab technician": an age after a given name and a surname is said
        // of a person, whatever place word the surname is.
        let given_and_surname = || {
            (2..=3).contains(&words)
                && !self.has_connector(a, b)
                && self.lex.is_given_name(self.word(a))
        };
        // "Yusnidar, 52, said": one name of no other kind, an age and a comma after it and a
        // verb after that, is a person known by one name.
        let one_name = || {
            words == 1
            && a > 0
            && self.tokens.get(b + 2).is_some_and(|t| t.is_punct(','))
            && self.tokens.get(b + 3).is_some_and(|t| t.is_word() && !t.cap)
            // (Not the end of a name after its particle: "Kipchumba arap Rotich, 31,".)
            && !self.lowercase_word_in(a - 1, &people::SURNAME_PARTICLES)
            && !self
                .lex
                .location_prepositions
                .contains(&self.lower(a - 1).as_ref())
            && self.names_nothing_else(a)
            && !self.lex.places.contains_key(key.as_ref())
        };
        if self.tokens.get(b).is_some_and(|t| t.is_punct(','))
            && self.is_age_apposition(b + 1)
            && (given_and_surname() || one_name())
        {
            self.push_person_as(out, a, b, CUE, "an age after the name (\"Lena Park, 44,\")");
            return;
        }
        // ("President of the Kurdistan Region": the office is no part of the place's name.)
        let office_of = self.lex.is_title(self.word(a)) && self.word(a + 1) == "of";
        if self.org_by_cue(a, b, out)
            || (!office_of && self.place_by_cue(a, b, out))
            || self.event_by_cue(a, b, out)
        {
            return;
        }
        if self.person_after_title(a, b, out) {
            return;
        }
        // "Near Ayn Isa", "outside Tal Afar": these prepositions place what follows, even a
        // name that starts like a given name.
        if a > 0
            && words <= 3
            && !self.has_connector(a, b)
            && matches!(
                self.lower(a - 1).as_ref(),
                "near" | "outside" | "inside" | "throughout" | "across" | "around" | "via"
            )
        {
            self.push_place(out, a, b, key.to_string(), PlaceType::City);
            return;
        }
        // "At Taunton: Somerset 301 (...)", "At Hove: Sussex v Kent", "In Bologna: Kinder
        // Bologna 71": a results line opens with where it was played.
        if a > 0
            && words <= 3
            && matches!(self.word(a - 1), "At" | "In")
            && self.tokens[a - 1].sentence_start
            && !self.has_connector(a, b)
            && self.results_line_after(b)
        {
            self.push_place(out, a, b, key.to_string(), PlaceType::City);
            return;
        }
        // "the Catatumbo region", "stations such as Daisy Hill": a place by its neighbours.
        if self.place_by_its_head_or_its_kind(a, b, out) {
            return;
        }
        if self.affiliation_after_a_person(a, b, out) {
            self.push_org(out, a, b, WEAK, AFFILIATION_WHY);
            return;
        }
        // "the Sydney Opera House", "Leeds Town Hall": a building named by what it is for.
        if words <= 4 && !self.has_connector(a, b) && self.names_a_building(a, b) {
            self.push_place(out, a, b, key.to_string(), PlaceType::Facility);
            Self::mark(
                out,
                WEAK,
                "a building named by what it is for (\"Sydney Opera House\", \"Leeds Town Hall\")",
            );
            return;
        }
        // "Kenya Power managing director Esther Wambui": a country's name and a word, which
        // could be a person's, before a post at a body and its holder.
        if (self.a_country_and_a_word(a, b) || self.bodys_officer_after(a, b))
            && self.role_phrase_before_a_person(b)
        {
            self.push_org(out, a, b, CUE, POST_HOLDER_WHY);
            return;
        }
        if !self.has_connector(a, b) && words <= 4 && self.person_by_cue(a, b, out) {
            return;
        }
        if self.body_after_office(a, b, out) {
            return;
        }
        if words == 2 && is_romanised_east_asian_name(self.word(a), self.word(a + 1)) {
            self.push_person_as(
                out,
                a,
                b,
                CUE,
                "a romanised East Asian name (family name, hyphenated given name)",
            );
            return;
        }
        if self.club_with_its_abbreviation(a, b) {
            self.push_org(
                out,
                a,
                b,
                CUE,
                "a club's abbreviation with its name (\"Hamburg SV\", \"FC Odense\")",
            );
            return;
        }
        self.pieces(a, b, out);
    }

    /// Whether `a..b` is a name of one or two words with a club's abbreviation before or after
    /// it ("Hamburg SV", "FC Odense", "SK Brann"), which no list holds: one club, not a town and
    /// an acronym.
    fn club_with_its_abbreviation(&self, a: usize, b: usize) -> bool {
        if !(2..=3).contains(&(b - a)) {
            return false;
        }
        // A word of the name has lowercase letters (no acronym) and heads no tournament ("AFC
        // Championship Game": an event a body holds, not a club).
        let name_word = |i: usize| {
            self.word(i).contains(char::is_lowercase) && !events::is_tournament_head(self.word(i))
        };
        let (first, last) = (self.word(a), self.word(b - 1));
        if CLUB_ABBREVIATIONS.contains(&first) {
            (a + 1..b).all(name_word)
        } else {
            CLUB_ABBREVIATIONS.contains(&last)
                && !STATE_CODES_AMONG_CLUB_ABBREVIATIONS.contains(&last)
                && (a..b - 1).all(name_word)
        }
    }

    /// A chunk no whole-chunk cue classified: gazetteer matches inside it, then cues per piece.
    pub(super) fn pieces(&self, a: usize, b: usize, out: &mut ZoneNames) {
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
                // "CHINA IN SURPRISE DEFEAT": a headline in capitals names countries and regions
                // in capitals (not "US", which is also the pronoun, nor towns that are also
                // words: "SURPRISE"; a town the body names is matched to it).
                let shouted = || {
                    key.chars().filter(|c| c.is_alphabetic()).count() >= 3
                        && !key.chars().any(char::is_lowercase)
                };
                let place = self.lex.places.get(key.as_ref()).or_else(|| {
                    shouted()
                        .then(|| self.lex.places_upper.get(key.as_ref()))
                        .flatten()
                        .filter(|p| matches!(p.place_type, PlaceType::Country | PlaceType::Region))
                });
                // ("Aung San Suu Kyi": a town's one word between other words of one name, none
                // of them a place's, is part of that name.)
                let inside_a_name = n == 1
                    && self.zone != ZoneKind::Title
                    && place.is_some_and(|p| p.place_type == PlaceType::City)
                    && piece_start.is_some_and(|s| {
                        (s..i).all(|k| !self.lex.is_title(self.word(k)))
                            && !self.lex.place_qualifiers.contains(&self.word(s))
                    })
                    && i + 1 < b
                    && self.tokens[i + 1..b].iter().all(|t| t.cap)
                    && !self.lex.lists_place_or_body(self.word(i + 1));
                if inside_a_name {
                    continue;
                }
                if let Some(info) = place {
                    // "Southwest Asia", "Northern Iraq", "New York": a compass word or "New"
                    // before a known place is part of its name.
                    let qualified = piece_start.is_some_and(|s| {
                        s + 1 == i && self.lex.place_qualifiers.contains(&self.word(s))
                    });
                    if qualified {
                        piece_start = None;
                        let name = self.span_text(i - 1, i + n).to_owned();
                        let kind = if info.place_type == PlaceType::Country {
                            PlaceType::Region
                        } else {
                            info.place_type
                        };
                        self.push_place(out, i - 1, i + n, name, kind);
                        matched = n;
                        break;
                    }
                    // A country's name before another name is rather a list or a title's
                    // ("Ambassador to the United States Hamdullah Mohib").
                    if piece_start.is_none()
                        && self.zone != ZoneKind::Title
                        && info.place_type != PlaceType::Country
                        && self.body_named_after_place(i, i + n, b)
                    {
                        let name = self.key(i, b).into_owned();
                        if self.names_a_constituency(i, b) {
                            self.push_place(out, i, b, name, PlaceType::Other);
                            Self::mark(
                                out,
                                CUE,
                                "a place's name carried on, where an election is fought \
                                 (\"candidate in Birmingham Sparkbrook\")",
                            );
                        } else {
                            self.push(out, i, b, EntityKind::Organization, name);
                            Self::mark(
                                out,
                                CUE,
                                "a place's name carried on by a plain word (\"Chicago Bulls\")",
                            );
                        }
                        matched = b - i;
                        break;
                    }
                    if let Some(s) = piece_start
                        && i + n == b
                        && self.body_named_before_its_country(s, i, info.place_type)
                    {
                        self.push_org(
                            out,
                            s,
                            b,
                            CUE,
                            "plain words before the country it works in (\"Cancer Research UK\")",
                        );
                        piece_start = None;
                        matched = n;
                        break;
                    }
                    if let Some(s) = piece_start.take() {
                        self.piece(s, i, out);
                    }
                    // "Gaza City", "Kuwait City": the city of a listed place's name.
                    if i + n < b && self.word(i + n) == "City" {
                        let name = self.key(i, i + n + 1).into_owned();
                        self.push_place(out, i, i + n + 1, name, PlaceType::City);
                        Self::mark(out, LISTED, "a listed place's name before \"City\"");
                        matched = n + 1;
                        break;
                    }
                    self.push_place(out, i, i + n, info.canonical.to_owned(), info.place_type);
                    Self::mark(out, LISTED, PLACES_GAZETTEER_WHY);
                    matched = n;
                    break;
                }
                if let Some(canonical) = self.listed_body(i, i + n, key.as_ref())
                    // "Hunter New England Health": a body's short form ("New England" of New
                    // England Revolution) between other words of a name is a part of that
                    // name, not the body.
                    && !(piece_start.is_some() && i + n < b && canonical != key.as_ref())
                {
                    if let Some(s) = piece_start.take() {
                        self.piece(s, i, out);
                    }
                    // "the Commonwealth of Pennsylvania": a place's formal name, not the body
                    // the word alone names.
                    if let Some((end, info)) = self.formal_place_name(i, i + n, b) {
                        self.push_place(out, i, end, info.canonical.to_owned(), info.place_type);
                        Self::mark(
                            out,
                            LISTED,
                            "a listed place's formal name (\"Commonwealth of\")",
                        );
                        matched = end - i;
                        break;
                    }
                    // "Boeing Co said": the listed company's legal ending is part of its name.
                    let mut n = n;
                    while i + n < b && LEGAL_ENDINGS.contains(&self.word(i + n)) {
                        n += 1;
                    }
                    // "Steaua Bucharest", "Dynamo Kyiv": a listed club and, ending the name, the
                    // city it plays in, however the list spells it ("Steaua București").
                    if self.lex.club_names.contains(canonical)
                        && (1..=2).any(|m| {
                            i + n + m == b
                                && self
                                    .lex
                                    .places
                                    .get(self.key(i + n, b).as_ref())
                                    .is_some_and(|p| p.place_type == PlaceType::City)
                        })
                    {
                        n = b - i;
                    }
                    self.push(
                        out,
                        i,
                        i + n,
                        EntityKind::Organization,
                        (*canonical).to_owned(),
                    );
                    Self::mark(
                        out,
                        LISTED,
                        "the organisations gazetteer (assets/organizations.tsv, companies.tsv, clubs.tsv)",
                    );
                    matched = n;
                    break;
                }
                if self.lex.demonyms.contains_key(key.as_ref()) {
                    if let Some(s) = piece_start.take() {
                        self.piece(s, i, out);
                    }
                    // "the European Tour's Order of Merit", "the Italian Job": an English
                    // word named by a nationality is a tour, a body or a work as a whole,
                    // never a person or a place on its own.
                    let word_after = i + n + 1 == b
                        && self.lex.is_capitalised_common_word(self.word(i + n))
                        && !self.lex.is_title(self.word(i + n));
                    let nation_named = self
                        .lex
                        .demonyms
                        .get(key.as_ref())
                        .is_some_and(Option::is_some);
                    if word_after
                        && i == a
                        && nation_named
                        && self.names_a_firm_by_nationality(i + n)
                    {
                        self.push_org(
                            out,
                            i,
                            b,
                            CUE,
                            "a nationality before one English word of trade (\"British Gas\")",
                        );
                    }
                    matched = if word_after { n + 1 } else { n };
                    break;
                }
            }
            // ("The Stevenage-based company": the word alone too, where its first part is no
            // listed place, read below, nor a nationality or an English word: "Nigerian-born",
            // "Ground-based".)
            let unlisted_alone = piece_start.is_none()
                && self.word(i).split_once('-').is_some_and(|(first, _)| {
                    !self.lex.places.contains_key(first)
                        && !self.lex.demonyms.contains_key(first)
                        && !self.lex.is_capitalised_common_word(first)
                });
            if matched == 0
                && (piece_start.is_some() || unlisted_alone)
                && self.place_before_a_hyphen(piece_start.unwrap_or(i), i, out)
            {
                piece_start = None;
                matched = 1;
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

    /// "Commonwealth of Pennsylvania", "State of Texas": a state's word, "of" and a listed place
    /// from `i` (the word alone ending at `j`), within `b`. Where it ends, and the place.
    pub(super) fn formal_place_name(
        &self,
        i: usize,
        j: usize,
        b: usize,
    ) -> Option<(usize, &PlaceInfo)> {
        if j != i + 1
            || !matches!(
                self.word(i),
                "Commonwealth" | "State" | "Kingdom" | "Republic"
            )
            || self
                .tokens
                .get(j)
                .is_none_or(|t| !t.is_word() || self.word(j) != "of")
        {
            return None;
        }
        (1..=3.min(b.saturating_sub(j + 1))).rev().find_map(|m| {
            self.lex
                .places
                .get(self.key(j + 1, j + 1 + m).as_ref())
                .map(|info| (j + 1 + m, info))
        })
    }

    /// "Analyst Ian Fogg of Jupiter Research said": whether the name `a..b`, of two to four
    /// words and no place's, follows a person's name (the last one read) and "of": where they
    /// work, not a second person, whatever given name it opens with.
    fn affiliation_after_a_person(&self, a: usize, b: usize, out: &ZoneNames) -> bool {
        // ("Chris Martin of Coldplay", "Julia Webb of Ovum": one word will do, where it is no
        // given name nor a town a county or country follows, "John Smith of Wadebridge,
        // Cornwall", and no number follows, "Steve Rubell of Studio 54", more of its name.)
        let one_word_body = || {
            let number_after = self
                .tokens
                .get(b)
                .is_some_and(|t| t.kind == TokenKind::Number);
            let place_after_a_comma = self.tokens.get(b).is_some_and(|t| t.is_punct(','))
                && self
                    .tokens
                    .get(b + 1)
                    .is_some_and(|t| self.lex.places.contains_key(t.text(self.text)));
            b - a == 1
                && !number_after
                && !place_after_a_comma
                && !self.lex.is_given_name(self.word(a))
                && !self.is_hyphenated_modifier(a)
        };
        // ("Brent Szymanski of Cleveland-based KeyBanc Capital Markets": where the body is
        // based may come between.)
        let of_at = if a >= 1 && self.is_hyphenated_modifier(a - 1) {
            a - 1
        } else {
            a
        };
        of_at >= 2
            && self.lowercase_word_in(of_at - 1, &["of"])
            && ((2..=4).contains(&(b - a)) || one_word_body())
            && !self.has_connector(a, b)
            && !self.lex.is_place_suffix(self.word(b - 1))
            && out
                .mentions
                .iter()
                .rev()
                .find(|m| m.end <= self.tokens[of_at - 2].end)
                .is_some_and(|m| {
                    m.kind == EntityKind::Person && m.end == self.tokens[of_at - 2].end
                })
    }

    /// A stretch of capitalised words with no gazetteer match: classified by context, or kept for
    /// matching against names found elsewhere.
    fn piece(&self, a: usize, b: usize, out: &mut ZoneNames) {
        if self.of_a_peers_title(a) {
            return;
        }
        let words = b - a;
        if self.title_is_title_case && self.zone == ZoneKind::Title {
            out.unknown.push(self.unknown(a, b));
            return;
        }
        let key = self.key(a, b);
        let sentence_initial = self.tokens[a].sentence_start;
        let single = words == 1;
        // (A US state's code is `us_states.rs`', under the state's name: "Tulsa, OK".)
        if single
            && key.len() == 2
            && is_acronym(&key)
            && self.listed_place_and_comma_before(a)
            && !self.lex.us_states.contains_key(key.as_ref())
        {
            // "Washington, DC", "Toronto, ON": a district's or a province's postal code after
            // its town.
            self.push_place(out, a, b, key.to_string(), PlaceType::Region);
            Self::mark(out, WEAK, "a state's code after a listed town and a comma");
            return;
        }
        // "USS Jason Dunham (DDG 109)": a hull or type code and its number.
        let designation = a > 0
            && self.tokens[a - 1].is_punct('(')
            && self
                .tokens
                .get(b)
                .is_some_and(|t| t.kind == TokenKind::Number && t.space_before);
        // "an 84 MW station", "a 500 GB drive": a unit of measure after its amount.
        let measure = a > 0
            && is_acronym(&key)
            && self.tokens[a - 1].kind == TokenKind::Number
            && !is_ordinal(self.word(a - 1))
            && self.tokens[a].space_before;
        // "Jeremy Miles MS", "Cian de Paor SC", "Tom Molomby, SC,": a seat, an honour or a
        // barrister's rank written after a person's name.
        let set_off = a > 0
            && self.tokens[a - 1].is_punct(',')
            && self.tokens.get(b).is_none_or(|t| t.is_punct(','));
        let name_end = if set_off { a - 1 } else { a };
        let after_a_name = name_end >= 2
            && self.is_postnominal(a)
            && self.is_cap_word(name_end - 1)
            && self.tokens[name_end - 2].is_word()
            && self.tokens[a].space_before;
        // ("the TD for Dublin Bay South": a member's letters as the noun of the seat.)
        let member_for = self.is_postnominal(a) && self.lowercase_word_in(b, &["for"]);
        // "She was appointed OBE", "made an MBE": an honour is no body wherever it stands.
        let honour = matches!(key.as_ref(), "OBE" | "CBE" | "KBE" | "MBE" | "DBE");
        if single && (designation || measure || after_a_name || member_for || honour) {
            return;
        }
        if single && is_acronym(&key) && !matches!(self.zone, ZoneKind::Title) {
            // "THEREFORE", "OBJECTIVES:", "a HUGE fan": an English word of four letters or more
            // (so not "ICE") in capitals is emphasis, unless a description of a body introduces
            // it ("the think tank, STEM").
            if key.len() >= 4
                && self.lex.is_capitalised_common_word(&key)
                && !self.org_descriptor_before(a)
            {
                out.unknown.push(self.unknown(a, b));
                return;
            }
            self.push_org(out, a, b, WEAK, ACRONYM_WHY);
            return;
        }
        if single && is_mixed_case_acronym(&key) && !matches!(self.zone, ZoneKind::Title) {
            self.push_org(out, a, b, WEAK, ACRONYM_WHY);
            return;
        }
        // "BT and Virgin Media": a piece ending in a body's cue word after another body and
        // "and" is read as a chunk of its own would be (not the rest of one name: "Food and
        // Agriculture Organization", "Snow and Ice Data Center").
        let after_a_body_and = a >= 2
            && self.is_connector(a - 1)
            && out.mentions.last().is_some_and(|m| {
                m.kind == EntityKind::Organization && m.end == self.tokens[a - 2].end
            });
        if !single && after_a_body_and && self.org_by_cue(a, b, out) {
            return;
        }
        // "said Army Lt. Gen. Stephen Townsend", "an Air Force Maj.": the service a rank is held
        // in, named before it.
        let before_rank = self.tokens.get(b).is_some_and(|t| t.rank);
        if before_rank
            && matches!(
                self.word(b - 1),
                "Army" | "Navy" | "Force" | "Corps" | "Marines" | "Guard"
            )
        {
            self.push_org(
                out,
                a,
                b,
                CUE,
                "a service's name before a rank (\"Army Lt. Gen.\")",
            );
            return;
        }
        let hashtag = a > 0 && matches!(self.tokens[a - 1].kind, TokenKind::Punct('#' | '@'));
        // "in Clydebank", "near Burbank": a town's name may end like a bank's.
        let town_by_ending = a > 0
            && matches!(self.word(a - 1), "in" | "near")
            && !is_camel_cased(&key)
            && !self.company_context_before(a);
        if single
            && has_company_shape(&key)
            && !hashtag
            && !town_by_ending
            && !matches!(self.zone, ZoneKind::Title)
        {
            self.push_org(
                out,
                a,
                b,
                WEAK,
                "a company's shape (\"YouTube\", \"Ubisoft\", \"Wikinews\")",
            );
            return;
        }
        // "the Catatumbo region", "stations such as Daisy Hill": a place by its neighbours.
        if self.place_by_its_head_or_its_kind(a, b, out) {
            return;
        }
        if self.affiliation_after_a_person(a, b, out) {
            self.push_org(out, a, b, WEAK, AFFILIATION_WHY);
            return;
        }
        // ("Record company EMI said": an English word opening a sentence.)
        let english_opener =
            single && self.tokens[a].sentence_start && self.lex.is_capitalised_common_word(&key);
        // ("Government spokesman Jean-Claude Mbarga": "Government" alone names no body, though
        // a body's post follows.)
        if single && key == "Government" {
            return;
        }
        if self.body_only_descriptor_before(a, b) {
            // The article says what it is, as an honorific says a person is one: "Glasgow band
            // Franz Ferdinand" outweighs "Franz Ferdinand won" elsewhere.
            self.push_org(out, a, b, TITLED, BODY_DESCRIBED_WHY);
            return;
        }
        if (self.org_descriptor_before(a) && !self.looks_like_person(a, b))
            // "a spokesman for Hillary Clinton" speaks for a person too; "analysts at Merrill
            // Lynch" work for a company only.
            // ("analysts at ABN AMRO Hoare Govett": a broker's name may run to four words.)
            || (words <= 4
                && self.company_context_before(a)
                && (!matches!(self.lower(a - 1).as_ref(), "for" | "by" | "to" | "with")
                    || !self.looks_like_person(a, b)))
            || (words <= 3
                && self.body_noun_after(b)
                && !(single && is_adjective_shaped(&key))
                && !english_opener
                && !self.looks_like_person(a, b))
            // ("Saturday's Democratic weekly radio address": an adjective's.)
            // ("Excellent customer service": nor an English word's.)
            || (words <= 3
                && self.outlet_after(b)
                && !(single
                    && (is_adjective_shaped(&key) || self.lex.is_capitalised_common_word(&key))))
            // "its Douwe Egberts unit": a company's part, whatever name it carries.
            || (words <= 3 && self.a_companys_part(a, b))
            // ("Party spokesman Mark Croucher", "Festival founder Michael Eavis": nor here, where
            // the word is what a body or an event is called, not "Abbey chairman".)
            || (words <= 3
                && self.org_member_after(b)
                // ("Executive chairman Sir Ken Morrison": a role's own noun opens it; "Average
                // earnings rose", "Net profits fell": an adjective opens the sum a company has.)
                // ("Banking shares fell": a trade's "-ing" word; "Fast bowler Josh Tremain": a
                // word of the post before its holder, not a team's plural, "Diamonds coach", nor
                // a body's head word, "Academy president Frank Pierson".)
                && !(english_opener
                    && (self.lex.is_body_descriptor(&self.lower(a))
                        || self.lex.role_nouns.contains_key(self.lower(a).as_ref())
                        // ("Former president Mwai Kibaki": when the post is held.)
                        || POST_TIME_WORDS.contains(&self.lower(a).as_ref())
                        || events::is_tournament_head(&key)
                        || self.lowercase_word_in(b, &COMPANY_SUMS)
                        || key.ends_with("ing")
                        || (self.role_phrase_before_a_person(b)
                            && !key.ends_with('s')
                            && !self.lex.org_cues.contains(key.as_ref()))))
                && !self.looks_like_person(a, b))
            // ("Media analyst Steve Hewlett", "the SNP's Holyrood leader Nicola Sturgeon",
            // "Communist leader Gennady Zyuganov": a sentence's first word, a part of the
            // possessor's role or an adjective is no body's name.)
            || (words <= 3
                && !self.tokens[a].sentence_start
                && !(a > 0 && self.tokens[a - 1].kind == TokenKind::Possessive)
                && !(single
                    && (is_adjective_shaped(&key)
                        || key.ends_with("ive")
                        || self.lex.is_capitalised_common_word(&key)))
                && self.role_phrase_before_a_person(b)
                && !self.looks_like_person(a, b))
            || (words <= 3 && self.plural_verb_after(a, b) && !self.looks_like_person(a, b))
            || (words <= 3
                && !self.looks_like_person(a, b)
                && (self.org_apposition_after(b)
                    || self.company_clause_after(b)
                    // ("Shareholders want dividends": an English word opening a sentence
                    // names who, not which company.)
                    || (self.company_results_after(b) && !english_opener)
                    // ("Gold eased $1.10", "Sterling rose": an English word opening a
                    // sentence names what is traded.)
                    || (self.share_price_move_after(b) && !english_opener)))
            || (self.zone == ZoneKind::Credit && !self.looks_like_person(a, b))
        {
            if self.zone == ZoneKind::Credit {
                // ("Trent Vollmer/Staff", "Courtesy of the family", "PHOTO | FILE": the words
                // of a credit that say whose photo it is without a name.)
                if b == a + 1 && CREDIT_WORDS.contains(&self.word(a).to_lowercase().as_str()) {
                    return;
                }
                // ("K" of "AFP/K. Brennan-Asfour": the photographer's initial.)
                let initial_after_slash = b == a + 1
                    && a > 0
                    && self.tokens[a - 1].is_punct('/')
                    && self.initial_before(a + 2);
                if initial_after_slash {
                    return;
                }
                if let Some(start) = self.photographer_after_agency(a, b) {
                    let name = self.span_text(start, b).to_owned();
                    self.push(out, start, b, EntityKind::Person, name);
                    Self::mark(
                        out,
                        CUE,
                        "a photographer's name in a credit (\"Meridian/Thant Zin Myo\", \"Kunal Patil/HT\")",
                    );
                    return;
                }
            }
            self.push(out, a, b, EntityKind::Organization, key.to_string());
            return;
        }
        let prev = a.checked_sub(1).map(|p| self.lower(p)).unwrap_or_default();
        let prev_is_word = a > 0 && self.tokens[a - 1].is_word();
        let in_brackets = a > 0
            && self.tokens[a - 1].is_punct('[')
            && self.tokens.get(b).is_some_and(|t| t.is_punct(']'));
        let after_copyright = a > 0 && self.tokens[a - 1].is_punct('©');
        // "our Nation's cities", "their Country": a noun a possessive word owns is no name;
        // "in Houthi-controlled areas": nor is a word made a participle by a hyphen.
        // (A body's own word stays one: "its Coalition trained", "my Government".)
        let owned = prev_is_word
            && matches!(prev.as_ref(), "our" | "their" | "your" | "my" | "its")
            && !self.lex.org_cues.contains(key.as_ref())
            && !self.lex.standalone_org_nouns.contains(&key.as_ref());
        if single && (owned || self.is_hyphenated_modifier(a)) {
            return;
        }
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
        // "VOA's Mil Arcega reports", "CNN's Jane Arraf said": a news outlet's correspondent.
        let outlet_possessive = a >= 2
            && self.tokens[a - 1].kind == TokenKind::Possessive
            && (self.lex.organizations.contains_key(self.word(a - 2))
                || is_acronym(self.word(a - 2)));
        if outlet_possessive
            && (2..=3).contains(&words)
            && !(a..b).any(|i| self.lex.org_cues.contains(self.word(i)))
            && (matches!(
                self.lower(next).as_ref(),
                "reported" | "reports" | "reporting" | "writes" | "wrote"
            ) || self.lex.speech_verbs.contains(self.lower(next).as_ref()))
        {
            self.push_person_as(
                out,
                a,
                b,
                CUE,
                "a news outlet's correspondent (\"VOA's Mil Arcega reports\")",
            );
            return;
        }
        // ("Additional reporting by ...": a wire story's credit line, not a body reporting.)
        let credit_line = self.lowercase_word_in(next + 1, &["by"]);
        if matches!(
            self.lower(next).as_ref(),
            "reported" | "reports" | "reporting"
        ) && words <= 3
            && !credit_line
            && !self.looks_like_person(a, b)
            // "Officials reported": a common noun, capitalised only because it opens the
            // sentence, that the article writes in lower case elsewhere.
            && !(sentence_initial && single && self.written_lowercase(&key))
        {
            self.push(out, a, b, EntityKind::Organization, key.to_string());
            return;
        }
        let possessive = self
            .tokens
            .get(b)
            .is_some_and(|t| t.kind == TokenKind::Possessive);
        if single
            && possessive
            && self.tokens.get(b + 1).is_some_and(|t| t.cap && t.is_word())
            && self.lex.given_names.contains(self.word(b + 1))
            && !self.lex.is_title(&key)
        {
            // "Demosisto's Nathan Law", "Ferrari's Michael Schumacher": a person is introduced
            // by the party, team or company they belong to (a country would be listed).
            self.push_org(
                out,
                a,
                b,
                WEAK,
                "a possessive before a person's name (\"Ferrari's Michael\")",
            );
            return;
        }
        if sentence_initial && single {
            // ("Waterstone's said it had sold": a firm's own name opens sentences too, before
            // its verb; "Bailey's, orange vodka" lists things.)
            if possessive
                && self.possessive_owns_nothing(b)
                && self.tokens.get(b + 1).is_some_and(|t| t.is_word())
                && !self.lex.org_cues.contains(key.as_ref())
                && !self.lex.is_title(&key)
                && !self.lex.is_capitalised_common_word(&key)
            {
                self.push_org(out, a, b + 1, WEAK, OWNS_NOTHING_WHY);
                return;
            }
            if self.says_of_itself(b) && self.may_name_a_body_alone(&key) {
                self.push_org(out, a, b, CUE, SAYS_OF_ITSELF_WHY);
                return;
            }
            // ("Putin said the talks had failed": a sentence's first word is no evidence of a
            // name, but one that is no English word, before its speech verb, is a speaker's.)
            if self.speech_verb_after(b)
                && !possessive
                && !is_acronym(&key)
                && !self.speaks_as_a_body(a, &key, &prev)
                && self.may_be_a_speakers_name(&key)
            {
                self.push_person_as(out, a, b, WEAK, SPOKEN_NAME_WHY);
                return;
            }
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
        if words <= 3 && !self.looks_like_person(a, b) && self.known_place_after_comma(b) {
            // "Palmyra, Syria", "Woodbridge, Virginia".
            self.push_place(out, a, b, key.to_string(), PlaceType::City);
            return;
        }
        if words <= 3
            && prev == "of"
            && a >= 2
            && self.lex.place_nouns.contains(&self.lower(a - 2).as_ref())
            && !self.looks_like_person(a, b)
        {
            // "the port city of Tartus", "the liberation of Fallujah"; "the island of Panay".
            let kind = if ISLAND_NOUNS.contains(&self.lower(a - 2).as_ref()) {
                PlaceType::Other
            } else {
                PlaceType::City
            };
            self.push_place(out, a, b, key.to_string(), kind);
            return;
        }
        if single && !sentence_initial && self.lex.standalone_org_nouns.contains(&key.as_ref()) {
            // "the Coalition", "support from the Department": an organisation named by its
            // head noun alone, capitalised mid-sentence.
            self.push(out, a, b, EntityKind::Organization, key.to_string());
            return;
        }
        if single
            && prev_is_word
            && prev == "on"
            // "posted on Telegram", "transmits on Nilesat": only what is done on a platform
            // makes one; "landed on Earth", "a book on Obama" name none.
            && a >= 2
            && PLATFORM_VERBS.contains(&self.lower(a - 2).as_ref())
            && !self.is_code(a)
            && !self.looks_like_person(a, b)
            // "focus on Utilities", "on Critical Minerals": an English word written with a
            // capital, a heading's; "falls on Black borrowers": a word describing the noun
            // after it.
            && !self.only_common_words(a, b)
            && !self.describes_noun_after(b)
            // "on Sundays": a day, not a platform.
            && !crate::extract::dates::is_weekday(key.strip_suffix('s').unwrap_or(&key))
        {
            // "posted on Twitter", "shown on Netflix": a single unlisted name after "on" is a
            // platform, broadcaster or company more often than a place (islands and streets are
            // listed or carry their cue word).
            self.push_org(
                out,
                a,
                b,
                WEAK,
                "\"on\" before a single name (\"on Twitter\")",
            );
            return;
        }
        // "according to Interfax", "a letter to Putin", "spoke to Karimov": "to" after a word
        // of saying, belonging or losing leads to who, not where.
        // ("an adviser to Hollande", "a deputy to Obama": who holds a post to someone serves
        // that person; a listed country after "envoy to" is read before this.)
        let to_whom = prev == "to"
            && a >= 2
            && (self.lex.role_nouns.contains_key(self.lower(a - 2).as_ref())
                || matches!(
                    self.lower(a - 2).as_ref(),
                    "according"
                    | "signals"
                    | "signal"
                    | "message"
                    | "letter"
                    | "talked"
                    | "talking"
                    | "spoke"
                    | "speaking"
                    | "wrote"
                    | "writing"
                    | "appeal"
                    | "appealed"
                    | "said"
                    | "reply"
                    | "replied"
                    | "belongs"
                    | "belonging"
                    | "loyal"
                    | "married"
                    | "thanks"
                    | "close"
                    | "adviser"
                    | "advisor"
                    | "successor"
                    | "predecessor"
                    // "lost to Lleyton Hewitt", "fell to the rebels": to whom a contest went.
                    | "lost"
                    | "lose"
                    | "loses"
                    | "losing"
                    | "beaten"
                    | "fell"
                    | "succumbed"
                    | "surrendered"
                    // "farmers who sell to Lidl", "an alternative to Starlink": whom goods
                    // or money go to.
                    | "sell"
                    | "sells"
                    | "sold"
                    | "selling"
                    | "supply"
                    | "supplies"
                    | "supplied"
                    | "supplying"
                    | "delivered"
                    | "licensed"
                    | "owed"
                    | "paid"
                    | "lent"
                    | "donated"
                    | "alternative"
                    | "rival"
                    | "aide"
                    | "aides"
                    | "heir"
                    | "ally"
                    | "allies"
                )
                // "signed to Polydor": the label an act is bound to.
                || organisations::SIGNING_VERBS.contains(&self.lower(a - 2).as_ref()));
        // ("at Fort Drum", "at Cape Fear": a place's opening word and one word are a place's
        // name, whatever English words they are, and "at" leads to it.)
        let opened_by = if words == 2 {
            self.place_opened_by(a)
        } else {
            None
        };
        let opener_and_a_word = opened_by.is_some();
        let after_where_word =
            (prev_is_word && self.lex.location_prepositions.contains(&prev.as_ref()) && !to_whom)
                || (prev == "at" && opener_and_a_word)
                || self.listed_after_a_where_word(a, b);
        if let Some(start) = self.home_town_before_a_resident(a, b) {
            let town = self.key(start, b).into_owned();
            self.push_place(out, start, b, town, PlaceType::City);
            Self::mark(
                out,
                WEAK,
                "a town: \"a\" before it and a resident after (\"a Muncie man\")",
            );
            return;
        }
        // A place "at" before it and where it lies after names.
        let placed_by_where_it_lies = if self.town_before_its_region(a, b) {
            Some((
                PlaceType::City,
                "a town: \"at\" before it and the region it is in after (\"at Leafield in Oxfordshire\")",
            ))
        } else if self.home_town_after_an_age(a, b) {
            Some((
                PlaceType::City,
                "a town: a person's age and \"of\" before it (\"Dawn Ackroyd, 29, of Keighley\")",
            ))
        } else if self.site_before_its_town(a, b) {
            Some((
                PlaceType::Facility,
                "a site: \"at\" before it and the town it is in after (\"at the Barbican in London\")",
            ))
        } else {
            None
        };
        if let Some((kind, why)) = placed_by_where_it_lies {
            self.push_place(out, a, b, key.to_string(), kind);
            Self::mark(out, WEAK, why);
            return;
        }
        // "published on Monday in The Lancet", "appear this week in Nature Astronomy": what a
        // study or a letter appears in is a journal or a paper, not a town.
        if prev == "in"
            && words <= 4
            && self.published_before(a - 1)
            && !self.lex.places.contains_key(key.as_ref())
            && !self.looks_like_person(a, b)
            && !self.lex.names_a_people(&key)
        {
            self.push_org(
                out,
                a,
                b,
                WEAK,
                "what a study or a letter is published in (\"published in The Lancet\")",
            );
            return;
        }
        if after_where_word
            && words <= 3
            && a > 0
            && !self.looks_like_person(a, b)
            // "as Ray Charles in Ray": a given name alone is a person's, or a title named
            // after one; a town so named is listed ("in Florence").
            && !(single && self.lex.given_names.contains(key.as_ref()))
            && !is_english_compound(self.word(a))
            && !self.tokens[a].sentence_start
            // "in Registered Apprenticeships", "in Fiscal Year 2024": English words written
            // with capitals are a heading's or a programme's, not an unlisted town's, unless
            // a listed place beside it says where it lies ("in Mallow, Co Cork", "in Neath
            // and Port Talbot").
            && (!self.only_common_words(a, b)
                || (single && self.town_beside_a_listed_place(b))
                || opener_and_a_word)
            // "from UNICEF" in a headline: places in capitals are listed.
            && !(single && is_acronym(&key))
            // "in Appendix S1", "in L2", "in U": a label, numbered or a letter;
            // "in Chitonga-speaking areas", "in L-band": a describing word.
            && !self.label_or_describing_word(a, b)
            // "in Christianity", "in Humanity": an abstract noun; no one-word town of the
            // cities list ends so ("Mexico City" is two words).
            && !(single && key.ends_with("ity"))
            // "in Brown v. Board of Education": a party to the case it names.
            && !is_versus(self.tokens, self.text, b)
            // "films from Paramount's library": an unlisted town is seldom an owner.
            && !(single && possessive)
            // "in Serb hands", "offensive to Christians": a people.
            && !(single
                && (self.lex.demonyms.contains_key(key.as_ref())
                    || self.lex.names_a_people(&key)))
        {
            let kind = opened_by.unwrap_or(PlaceType::City);
            self.push_place(out, a, b, key.to_string(), kind);
            Self::mark(
                out,
                WEAK,
                "a place preposition before it (\"in\", \"near\")",
            );
            return;
        }
        if single && prev == "the" && matches!(key.as_ref(), "West" | "East" | "North" | "South") {
            self.push_place(out, a, b, key.to_string(), PlaceType::Other);
            return;
        }
        if single
            && possessive
            && !self.lex.org_cues.contains(key.as_ref())
            && !self.lex.is_title(&key)
        {
            // "Parkinson's disease", "Down's syndrome": an illness named after whoever described
            // it names no one in the article, and its name alone elsewhere ("living with
            // Parkinson's") is the illness too, as a work's title is the work's.
            if self.lowercase_word_in(b + 1, &ILLNESS_NOUNS) {
                let eponym = (self.tokens[a].start, self.tokens[b - 1].end);
                out.not_entities.push(eponym);
                out.titles.push(eponym);
                return;
            }
            // "the Paris Agreement's goal": an English word that ends a longer name names no one
            // by itself.
            if a > 0
                && self.tokens[a - 1].cap
                && self.tokens[a - 1].is_word()
                && self.only_common_words(a, b)
            {
                out.unknown.push(self.unknown(a, b));
                return;
            }
            if prev_is_word && prev == "the" && self.only_common_words(a, b) && !key.ends_with('s')
            {
                // "the Tsar's", "the Psalmist's", "the Country's": an English word with a
                // capital names whoever it describes, a body no more than a person. A plural
                // is a team's ("the Pirates' pitcher").
                out.unknown.push(self.unknown(a, b));
                return;
            }
            if prev_is_word && prev == "the" {
                // "the Smithsonian's", "the Kremlin's": a person's name takes no article.
                self.push_org(
                    out,
                    a,
                    b,
                    WEAK,
                    "\"the\" and a possessive around a single name",
                );
                return;
            }
            // "Juventus's first goal": a football club's short name; a person of the name,
            // named in full in the article, still claims it.
            if self.lex.club_short_names.contains_key(key.as_ref())
                && !self.lex.given_names.contains(key.as_ref())
            {
                self.push_org(
                    out,
                    a,
                    b,
                    WEAK,
                    "a football club's short name before a possessive",
                );
                return;
            }
            if self.possessive_owns_nothing(b) {
                self.push_org(out, a, b + 1, WEAK, OWNS_NOTHING_WHY);
                return;
            }
            if self.possessive_owns_what_a_firm_owns(b) {
                self.push_org(
                    out,
                    a,
                    b,
                    WEAK,
                    "a possessive of what a firm has (\"Swissair's long-haul division\")",
                );
                return;
            }
            if self.possessive_owns_a_body_s_post(b) {
                self.push_org(
                    out,
                    a,
                    b,
                    WEAK,
                    "a possessive of a body's post that a named person holds (\"Camra's branch \
                     chairman, Gordon Tate\")",
                );
                return;
            }
            self.push_person_as(out, a, b, WEAK, "a possessive after a single name");
            return;
        }
        if single
            && prev_is_word
            && prev == "the"
            && self.lowercase_word_in(b, &["regime", "dictatorship", "administration"])
            && !self.lex.is_title(&key)
        {
            // "the Asad regime", "the Obama administration": named after the one who leads it.
            self.push_person_as(
                out,
                a,
                b,
                WEAK,
                "a leader's name before \"regime\" or \"administration\"",
            );
            return;
        }
        // "said Spider-Man 2 had flopped": a name with a number after it is a product's or a
        // sequel's, not a speaker's.
        let numbered = self
            .tokens
            .get(b)
            .is_some_and(|t| t.kind == TokenKind::Number && t.space_before);
        if single && !numbered && self.speech_verb_adjacent(a, b) {
            if self.says_of_itself(b) && self.may_name_a_body_alone(&key) {
                self.push_org(out, a, b, CUE, SAYS_OF_ITSELF_WHY);
                return;
            }
            if self.speaks_as_a_body(a, &key, &prev) {
                self.push_org(
                    out,
                    a,
                    b,
                    WEAK,
                    "a body that speaks (\"the Treasury said\", \"Jeremy Green of Ovum said\")",
                );
                return;
            }
            // ("the Fund said": a body's cue word alone is no one's name, nor is an English
            // word: "the High Commissioner for Refugees said".)
            // ("the Dane said": one known by where he is from, whom no name names.)
            let after_the = a > 0 && self.lowercase_word_in(a - 1, &["the"]);
            if !after_the && self.may_be_a_speakers_name(&key) {
                self.push_person_as(out, a, b, WEAK, SPOKEN_NAME_WHY);
                return;
            }
        }
        out.unknown.push(self.unknown(a, b));
    }

    /// "Sotheby's said", "a patient at Addenbrooke's in Cambridge": whether the possessive at
    /// `b` owns nothing after it, so ends a firm's or a hospital's own name, "'s" and all.
    fn possessive_owns_nothing(&self, b: usize) -> bool {
        match self.tokens.get(b + 1) {
            None => true,
            Some(t) if t.is_word() => {
                !t.cap && WORDS_NO_POSSESSIVE_OWNS.contains(&self.lower(b + 1).as_ref())
            }
            Some(t) => matches!(t.kind, TokenKind::Punct(',' | '.' | ';' | ')')),
        }
    }

    /// Whether the possessive at `b` owns, within four words, a post a body has and a person
    /// does not, which a named person holds: "Camra's Cumbria branch chairman, Gordon Tate"
    /// (not "Blair's official spokesman, Tom Kelly", whose post a person has too).
    fn possessive_owns_a_body_s_post(&self, b: usize) -> bool {
        const BODIES_POSTS: [&str; 7] = [
            "chairman",
            "chairwoman",
            "treasurer",
            "director",
            "economist",
            "founder",
            "executive",
        ];
        (b + 1..(b + 5).min(self.tokens.len()))
            .find(|&k| BODIES_POSTS.contains(&self.word(k)))
            .is_some_and(|post| {
                let name = if self.tokens.get(post + 1).is_some_and(|t| t.is_punct(',')) {
                    post + 2
                } else {
                    post + 1
                };
                self.is_cap_word(name) && self.is_cap_word(name + 1)
            })
    }

    /// Whether the possessive at `b` owns, after at most two words that describe it, what a
    /// firm has and a person does not: "Swissair's long-haul division", "Sabena's maintenance
    /// hangars", "Fiat's shares" (not "Blair's closest aides").
    fn possessive_owns_what_a_firm_owns(&self, b: usize) -> bool {
        const FIRMS_OWN: [&str; 44] = [
            "assets",
            "platform",
            "platforms",
            "refinery",
            "refineries",
            "oilfield",
            "oilfields",
            "pipeline",
            "pipelines",
            "mine",
            "mines",
            "brand",
            "brands",
            "customers",
            "creditors",
            "depositors",
            "bondholders",
            "board",
            "earnings",
            "headquarters",
            "division",
            "divisions",
            "subsidiary",
            "subsidiaries",
            "unit",
            "units",
            "shares",
            "shareholders",
            "stake",
            "hangars",
            "fleet",
            "plant",
            "plants",
            "factory",
            "factories",
            "workforce",
            "pilots",
            "employees",
            "stores",
            "branches",
            "profits",
            "revenues",
            "turnover",
            "airline",
        ];
        // ("Shell's Bonga platform": a name of what it owns may come between.)
        (b + 1..b + 4)
            .take_while(|&i| self.tokens.get(i).is_some_and(|t| t.is_word()))
            .any(|i| {
                let t = &self.tokens[i];
                !t.cap && FIRMS_OWN.contains(&self.lower(i).as_ref())
            })
    }

    /// Whether the name `a..b` is a label rather than a town's: a word with a digit ("S1",
    /// "L2") or a single letter; a word ending in a lowercase part after a hyphen
    /// ("Chitonga-speaking", "L-band"); a title opening with the article, or a term.
    fn label_or_describing_word(&self, a: usize, b: usize) -> bool {
        // "in A Discovery of Witches": the article opens a title; "to UV Radiation": a term.
        if self.word(a) == "A" || (a..b).any(|i| self.lex.not_names.contains(self.word(i))) {
            return true;
        }
        if b - a == 1 && describes_the_noun_after(self.lex, self.text, self.tokens, a) {
            return true;
        }
        (a..b).any(|i| {
            let word = self.word(i);
            word.contains(|c: char| c.is_ascii_digit())
                || (b - a == 1 && word.chars().count() == 1)
                || word.rsplit_once('-').is_some_and(|(_, last)| {
                    !last.is_empty() && last.chars().all(char::is_lowercase)
                })
        })
    }

    /// Whether the "&" at `amp` joins people rather than a firm's names: a full name on either
    /// side ("Maria Keller & Tomas Ruiz"), "I" ("Ann & I"), or the authors of a work cited
    /// by its year ("Dye & Bavelier, 2010", "Carrano & Biewener [7]").
    fn ampersand_joins_people(&self, a: usize, amp: usize, b: usize) -> bool {
        let cited = {
            let after_comma = b + usize::from(self.tokens.get(b).is_some_and(|t| t.is_punct(',')));
            let year = self.word(after_comma);
            (year.len() == 4 && (year.starts_with("19") || year.starts_with("20")))
                && year.bytes().all(|c| c.is_ascii_digit())
                || (self.tokens.get(b).is_some_and(|t| t.is_punct('['))
                    && self
                        .tokens
                        .get(b + 1)
                        .is_some_and(|t| t.kind == TokenKind::Number))
        };
        // "John Wiley & Sons", "Procter & Gamble Co": a firm's cue word after the "&" names
        // the firm, whoever it is named after.
        if amp + 1 < b && self.lex.org_cues.contains(self.word(b - 1)) {
            return false;
        }
        cited
            || self.looks_like_person(a, amp)
            || self.looks_like_person(amp + 1, b)
            || self.word(a) == "I"
            || self.word(b - 1) == "I"
    }

    /// Whether the article writes `word` in lower case somewhere: a common word, not a name.
    fn written_lowercase(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        let is_letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        self.text.match_indices(lower.as_str()).any(|(at, _)| {
            !is_letter(self.text[..at].chars().next_back())
                && !is_letter(self.text[at + lower.len()..].chars().next())
        })
    }

    /// Whether a listed place and a comma come right before token `a`.
    fn listed_place_and_comma_before(&self, a: usize) -> bool {
        a >= 2
            && self.tokens[a - 1].is_punct(',')
            && self.tokens[a - 2].cap
            && self.lex.places.contains_key(self.word(a - 2))
    }

    /// Whether the word before `b` is placed by what follows it: ", " and the region or
    /// country it lies in, or "and" and another listed place.
    fn town_beside_a_listed_place(&self, b: usize) -> bool {
        self.known_place_after_comma(b)
            || (self.lowercase_word_in(b, &["and", "or"]) && self.listed_place_at(b + 1, |_| true))
    }

    /// Whether ", " and a known country or region follow token `b`.
    fn known_place_after_comma(&self, b: usize) -> bool {
        if !self.tokens.get(b).is_some_and(|t| t.is_punct(',')) {
            return false;
        }
        self.listed_place_at(b + 1, |t| {
            matches!(t, PlaceType::Country | PlaceType::Region)
        }) || self.county_named_at(b + 1).is_some()
    }

    /// Whether a listed place of one to three capitalised words, of a type `wanted` takes,
    /// starts at token `i`.
    pub(super) fn listed_place_at(&self, i: usize, wanted: impl Fn(PlaceType) -> bool) -> bool {
        (1..=3).any(|n| {
            let end = i + n;
            end <= self.tokens.len()
                && (i..end).all(|k| self.tokens[k].cap)
                && self
                    .lex
                    .places
                    .get(self.key(i, end).as_ref())
                    .is_some_and(|p| wanted(p.place_type))
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
}

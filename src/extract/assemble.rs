//! Reading every zone, then merging mentions into entities, resolving dates and attributing
//! quotes over the whole text.

use super::Zone;
use super::dates::{Anaphor, AnaphorUnit, DateMention, find_dates, iso_value, with_lowercase};
use super::lexicon::FastMap as HashMap;
use super::lexicon::note_sole_value;
use super::lexicon::{
    COMPANY_KIND_WORDS, Gender, LEGAL_ENDINGS, LEXICON, Lexicon, without_club_abbreviations,
    without_company_endings, without_trailing,
};
use super::lineups::players_in_team_sheets;
use super::lists::members_listed_with_bodies;
use super::model::{self, ModelSpan};
use super::names::{
    ACRONYM_SKIPPED_WORDS, ACRONYM_WHY, BODY_APPOSITION_WHY, BODY_DESCRIBED_WHY, CUE, DATELINE_WHY,
    DOCUMENT_HEADS, LISTED, NICKNAME_WHY, OWNS_NOTHING_WHY, PLACE_NAMED_BODY_WHY, POST_HOLDER_WHY,
    SHOUTED_ACRONYM_WHY, STORM_WORDS, WEAK, ends_in_a_compound_noun, initials_match,
    is_org_acronym, is_tournament_head, names_a_doctrine,
};
use super::names::{
    Mention, Reader, Unknown, ZoneKind, ZoneNames, collapse_spaces, date_word_in_a_name,
};
use super::quotes::{Attribution, Attributor, Named, RawQuote, find_quotes, is_title_like};
use super::results::teams_named_in_results;
use super::spellings::AccentedWords;
use super::teams::{
    clubs_by_short_name, parks_are_grounds, short_forms_of_clubs, sides_by_their_nicknames,
    sides_played_for, sport_words, teams_by_their_town, teams_in_results, tells_a_result,
};
use super::text::{
    Token, alphanumeric_words, is_initials, names_a_market_index, title_case, tokenize, widened,
    word_before,
};
use crate::date::{DayRange, PartialDate};
use crate::facts::{DateFact, Entity, EntityKind, Facts, PlaceType, Quote};
use crate::span::CharIndex;
use std::borrow::Cow;
use std::collections::BTreeMap;

struct ZoneData {
    kind: ZoneKind,
    tokens: Vec<Token>,
    dates: Vec<DateMention>,
    names: ZoneNames,
    quotes: Vec<RawQuote>,
    /// The names the learned tagger found in the zone.
    model: Vec<ModelSpan>,
}

/// A full date standing alone on a line ("5:44 PM EDT, April 27, 2024"): a publication date.
pub(crate) fn whole_line_date(text: &str, range: std::ops::Range<usize>) -> Option<PartialDate> {
    let tokens = tokenize(text, range.clone(), &[]);
    let dates = find_dates(text, &tokens);
    let [date] = dates.as_slice() else {
        return None;
    };
    let rest = text[date.end..range.end].trim_matches(|c: char| c.is_whitespace() || c == '.');
    let before = text[range.start..date.start].trim();
    let full = date.date.year.is_some() && date.date.day.is_some() && date.until.is_none();
    (full && rest.is_empty() && before.is_empty()).then_some(date.date)
}

/// "Last Updated: Thursday, 24 February, 2005, 09:15 GMT": the publication line's stamp is one
/// date, from its first date word to the line's end, worth the publication date read from it.
fn whole_stamp(
    text: &str,
    zone: &Zone,
    published: Option<PartialDate>,
    dates: &mut Vec<DateMention>,
) {
    let (Some(first), Some(date)) = (dates.first(), published) else {
        return;
    };
    let line = &text[zone.start..zone.end];
    // ("Published 23 October 2024 | Updated 24 October 2024": two stamps, two dates.)
    if dates.len() > 1 && line.contains(crate::archive::STAMP_SEPARATORS) {
        return;
    }
    // ("Wed 9 Oct 2024 18.42 BST": a weekday cut short opens the stamp too.)
    let before = text[zone.start..first.start].trim_end_matches([' ', ',']);
    let word = before.rsplit_once(' ').map_or(before, |(_, word)| word);
    let mut start = if crate::date::is_weekday_abbreviation(&word.to_lowercase()) {
        zone.start + before.len() - word.len()
    } else {
        first.start
    };
    // ("Updated 4:12 PM PT, Tue March 5, 2024": the time before the weekday is the stamp's.)
    if let Some(at) = super::dates::time_of_day_before(text, start).filter(|&at| at >= zone.start) {
        start = at;
    }
    // ("By Jane Roe | 3 March 2025 | 08:15 GMT": a separator ends the stamp's date.)
    let rest = &text[first.end..zone.start + line.trim_end().len()];
    let end = first.end
        + rest
            .find(crate::archive::STAMP_SEPARATORS)
            .map_or(rest.len(), |at| rest[..at].trim_end().len());
    let stamp = DateMention {
        start,
        end,
        date,
        until: None,
        relative: false,
        anaphor: None,
        weekday: false,
        period: None,
    };
    *dates = vec![stamp];
}

fn read_zone(text: &str, zone: &Zone, lex: &Lexicon, published: Option<PartialDate>) -> ZoneData {
    let tokens = tokenize(text, zone.start..zone.end, &lex.ranks);
    let dates = if matches!(zone.kind, ZoneKind::Credit | ZoneKind::Byline) {
        Vec::new()
    } else {
        let mut dates = find_dates(text, &tokens);
        // "Sheffield Wednesday 1 Blackburn 1", "the Good Friday Agreement": a name's word, not a
        // date.
        dates.retain(|d| {
            tokens
                .binary_search_by_key(&d.start, |t| t.start)
                .map_or(true, |i| {
                    tokens[i].end != d.end || !date_word_in_a_name(text, &tokens, i, lex)
                })
        });
        if zone.kind == ZoneKind::Published {
            whole_stamp(text, zone, published, &mut dates);
        }
        dates
    };
    // Every token of a date: no word of "New Year's Eve" may start or carry on a name.
    let date_tokens: Vec<usize> = dates
        .iter()
        .filter_map(|d| {
            let first = tokens.binary_search_by_key(&d.start, |t| t.start).ok()?;
            let last = first + tokens[first..].partition_point(|t| t.end <= d.end);
            Some(first..last)
        })
        .flatten()
        .collect();
    let names = if zone.kind == ZoneKind::Published {
        ZoneNames::default()
    } else {
        Reader::new(text, &tokens, zone.kind, &date_tokens).read()
    };
    let mut quotes = if matches!(zone.kind, ZoneKind::Body | ZoneKind::Title) {
        find_quotes(text, &tokens)
    } else {
        Vec::new()
    };
    // ('Seán "Rocky" Brosnan': a nickname inside a person's name is no quotation.)
    let mut nicknamed: Vec<(usize, usize)> = names
        .mentions
        .iter()
        .filter(|m| m.why == NICKNAME_WHY)
        .map(|m| (m.start, m.end))
        .collect();
    if !nicknamed.is_empty() {
        // (Names do not overlap: the last to start before a quotation is the one to ask.)
        nicknamed.sort_unstable();
        quotes.retain(|q| {
            let before = nicknamed.partition_point(|&(start, _)| start < q.start);
            before == 0 || nicknamed[before - 1].1 <= q.end
        });
    }
    let model = match (zone.kind, model::shipped()) {
        (ZoneKind::Body, Some(tagger)) => {
            tag_unread_sentences(tagger, text, &tokens, &names, &dates)
        }
        _ => Vec::new(),
    };
    ZoneData {
        kind: zone.kind,
        tokens,
        dates,
        names,
        quotes,
        model,
    }
}

/// The model's names in the sentences of a zone where a capitalised word is left that no rule
/// read: only there can it add a name, so only there is it run (it was trained on sentences),
/// and only on the words no rule read (a date's are read: "MOSCOW, Oct 3").
fn tag_unread_sentences(
    tagger: &model::Model,
    text: &str,
    tokens: &[Token],
    names: &ZoneNames,
    dates: &[DateMention],
) -> Vec<ModelSpan> {
    let mut ranges: Vec<(usize, usize)> = names
        .mentions
        .iter()
        .map(|m| (m.start, m.end))
        .chain(names.not_entities.iter().copied())
        .chain(dates.iter().map(|d| (d.start, d.end)))
        .collect();
    ranges.sort_unstable();
    // Tokens and ranges both in text order: one sweep marks the tokens a rule read.
    let mut read = vec![false; tokens.len()];
    let mut next = 0;
    let mut furthest_end = 0;
    for (i, t) in tokens.iter().enumerate() {
        while next < ranges.len() && ranges[next].0 <= t.start {
            furthest_end = furthest_end.max(ranges[next].1);
            next += 1;
        }
        read[i] = t.end <= furthest_end;
    }
    // A capitalised word that may be a name: not "The" or "He" opening a sentence.
    let lex = &*LEXICON;
    let may_name = |i: usize| {
        let t = &tokens[i];
        let word = t.text(text);
        t.cap
            && t.is_word()
            && !lex.not_names.contains(word)
            && !(t.sentence_start
                && with_lowercase(word, |lower| lex.function_words.contains(lower)))
    };
    let mut found = Vec::new();
    let mut start = 0;
    while start < tokens.len() {
        let end = (start + 1..tokens.len())
            .find(|&i| tokens[i].sentence_start)
            .unwrap_or(tokens.len());
        let unread: Vec<bool> = (start..end).map(|i| !read[i] && may_name(i)).collect();
        if unread.contains(&true) {
            found.extend(tagger.tag_where(text, &tokens[start..end], &unread));
        }
        start = end;
    }
    found
}

/// One entity being assembled from its mentions.
struct Draft {
    kind: EntityKind,
    names: Vec<String>,
    mentions: Vec<(usize, usize)>,
    roles: Vec<(String, bool)>,
    place_type: Option<PlaceType>,
    /// The canonical name fixed by a gazetteer or a linked long form.
    fixed: Option<String>,
}

pub(crate) fn extract(
    text: &str,
    index: &CharIndex,
    zones: &[Zone],
    published: Option<PartialDate>,
) -> Facts {
    extract_explained(text, index, zones, published).0
}

/// The facts, and for each entity (in the same order) why its mentions got their kind, the
/// strongest reason first.
pub(crate) fn extract_explained(
    text: &str,
    index: &CharIndex,
    zones: &[Zone],
    published: Option<PartialDate>,
) -> (Facts, Vec<Vec<&'static str>>) {
    let lex = &*LEXICON;
    let data: Vec<ZoneData> = zones
        .iter()
        .map(|z| read_zone(text, z, lex, published))
        .collect();
    let mut mentions: Vec<Mention> = data
        .iter()
        .flat_map(|d| d.names.mentions.iter().cloned())
        .collect();
    let mut links: HashMap<String, String> = data
        .iter()
        .flat_map(|d| d.names.links.iter())
        .map(|l| (l.acronym.clone(), l.long_form.clone()))
        .collect();
    let long_forms = spelled_out_bodies(text, &mentions);
    link_acronyms_by_initials(text, &mentions, &long_forms, &mut links);
    link_tickers(text, &mentions, &mut links);
    bodies_by_title_case_acronyms(text, &mut mentions, &long_forms, &mut links);
    prefer_acronyms_the_article_defines(text, &mut mentions, &links);
    drop_acronyms_of_terms(text, &mut mentions, &links);
    drop_acronyms_of_documents(text, &mut mentions);
    let unknown: Vec<&Unknown> = data.iter().flat_map(|d| d.names.unknown.iter()).collect();
    match_known(text, &mut mentions, &unknown, &links);
    shouted_titles_name_the_bodys_names(text, zones, &mut mentions);
    let found_by_model: Vec<&ModelSpan> = data.iter().flat_map(|d| d.model.iter()).collect();
    // A name the model or a list added is matched elsewhere too, where nothing else was read.
    let match_where_unread = |mentions: &mut Vec<Mention>| {
        let read = Ranges::of(mentions);
        let unread: Vec<&Unknown> = unknown
            .iter()
            .copied()
            .filter(|u| !read.overlaps(u.start, u.end))
            .collect();
        match_known(text, mentions, &unread, &links);
    };
    if consult_model(text, &mut mentions, &found_by_model) {
        match_where_unread(&mut mentions);
    }
    mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    if members_listed_with_bodies(text, &mut mentions, lex) {
        match_where_unread(&mut mentions);
        mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    }
    mentions.dedup_by(|b, a| a.start == b.start && a.end == b.end);
    // A mention inside a longer one is not labelled on its own, but for the state that owns a
    // body ("Britain's Department for International Development").
    let owner = |k: &Mention, m: &Mention| {
        m.kind == EntityKind::Place
            && k.kind == EntityKind::Organization
            && k.start == m.start
            && (text[m.end..].starts_with("'s ") || text[m.end..].starts_with("\u{2019}s "))
    };
    let mut kept: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions {
        if kept.last().is_some_and(|k: &Mention| {
            k.end >= m.end
                && k.start <= m.start
                && k.kind != EntityKind::Person
                && m.kind != EntityKind::Person
                && !owner(k, &m)
        }) {
            continue;
        }
        kept.push(m);
    }
    surnames_of_people(text, &mut kept);
    particles_before_surnames(text, &mut kept);
    people_whose_surname_is_a_place_word(text, &mut kept);
    storms_by_their_names(text, &mut kept);
    acronyms_of_places(text, &mut kept);
    no_acronym_is_a_person(text, &mut kept);
    no_currency_is_a_body(text, &mut kept);
    no_city_named_for_a_document(text, &mut kept);
    let sport = sport_words(text);
    let scored = tells_a_result(text);
    let sheet_sides = players_in_team_sheets(text, &mut kept, sport.report || scored);
    let mut named_teams = teams_named_in_results(text, &mut kept, |w| lex.given_names.contains(w));
    named_teams.extend(sheet_sides);
    named_teams.extend(sides_played_for(text, &mut kept, sport.report));
    teams_in_results(text, &mut kept, &named_teams, scored, sport.report);
    short_forms_of_clubs(text, &mut kept, lex, scored);
    teams_by_their_town(text, &mut kept, lex);
    if sport.report {
        sides_by_their_nicknames(text, &mut kept, lex, scored);
        parks_are_grounds(text, &mut kept);
    }
    clubs_by_short_name(text, &mut kept, lex, sport);
    join_split_short_forms(text, &mut kept);
    companies_with_a_bracketed_word(text, &mut kept);
    short_forms_of_companies(text, &mut kept);
    bodies_by_the_word_after_their_kind(text, &mut kept);
    founders_names_of_firms(text, &mut kept);
    possessives_of_people(text, &mut kept);
    first_words_of_bodies(text, &mut kept, lex);
    heads_of_named_events(text, &mut kept);
    shortened_names_of_bodies(&mut kept);
    let titles: Vec<(usize, usize)> = data
        .iter()
        .flat_map(|d| d.names.titles.iter().copied())
        .collect();
    no_person_named_as_a_title(text, &mut kept, &titles);
    one_kind_per_name(text, &mut kept);
    let (entities, mention_owner) = group(text, &kept, &links);
    let dates = resolve_dates(text, &data, published, index);
    let quotes = attribute_quotes(text, &data, &kept, &mention_owner, &entities, index);
    let mut reasons: Vec<Vec<(u8, &'static str)>> = vec![Vec::new(); entities.len()];
    for (m, &owner) in kept.iter().zip(&mention_owner) {
        if !reasons[owner].iter().any(|(_, why)| *why == m.why) {
            reasons[owner].push((m.weight, m.why));
        }
    }
    let reasons = entities
        .iter()
        .zip(reasons)
        .filter(|(d, _)| !d.mentions.is_empty())
        .map(|(_, mut why)| {
            why.sort_by_key(|(weight, _)| std::cmp::Reverse(*weight));
            why.into_iter().map(|(_, why)| why).collect()
        })
        .collect();
    let entities = entities
        .into_iter()
        .filter(|d| !d.mentions.is_empty())
        .map(|d| Entity {
            kind: d.kind,
            canonical: d.fixed.unwrap_or_else(|| d.names[0].clone()),
            mentions: d
                .mentions
                .iter()
                .map(|&(s, e)| index.span_of_bytes(s..e))
                .collect(),
            role: choose_role(&d.roles),
            place_type: d.place_type,
        })
        .collect();
    (
        Facts {
            entities,
            dates,
            quotes,
        },
        reasons,
    )
}

/// The ways a later mention may write a surname: as printed, and without its Arabic article
/// ("Abadi" for "al-Abadi").
fn surname_forms(last: &str) -> impl Iterator<Item = &str> {
    let bare = super::text::ARABIC_ARTICLES
        .iter()
        .find_map(|p| last.strip_prefix(p));
    std::iter::once(last).chain(bare)
}

/// The bodies the article names in more than one word, each once: the long forms an acronym
/// may stand for (a long form named twice is one candidate, not two that make an acronym
/// ambiguous).
fn spelled_out_bodies<'t>(text: &'t str, mentions: &[Mention]) -> Vec<&'t str> {
    let mut long_forms: Vec<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Organization)
        .map(|m| &text[m.start..m.end])
        .filter(|t| t.contains(' '))
        .collect();
    long_forms.sort_unstable();
    long_forms.dedup();
    long_forms
}

/// An acronym the article never spells out in brackets still abbreviates the organisation
/// whose initials it is, when exactly one long form in the article has them ("the Syrian
/// Democratic Forces ... the SDF").
fn link_acronyms_by_initials(
    text: &str,
    mentions: &[Mention],
    long_forms: &[&str],
    links: &mut HashMap<String, String>,
) {
    for m in mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Organization)
    {
        let acronym = &text[m.start..m.end];
        // ("MoD" of "Ministry of Defence", "DfES": the small letters are the grammar words'.)
        let with_small_letters = (3..=5).contains(&acronym.len())
            && acronym.bytes().all(|b| b.is_ascii_alphabetic())
            && acronym.as_bytes()[0].is_ascii_uppercase()
            && acronym.as_bytes()[acronym.len() - 1].is_ascii_uppercase()
            && acronym.bytes().any(|b| b.is_ascii_lowercase());
        if links.contains_key(acronym)
            || !(is_org_acronym(acronym) || with_small_letters)
            || acronym.len() < 2
        {
            continue;
        }
        // "EA" after "Electronic Arts", "GM" after "General Motors" (or "General Motors Co": a
        // firm's legal ending has no letter): two letters are too few to stand for a longer
        // name, and only after it.
        let two_letters = acronym.len() == 2;
        let mut matching = long_forms.iter().filter(|l| {
            if !two_letters {
                return initials_match(acronym, l);
            }
            let core = without_trailing(l, |word| LEGAL_ENDINGS.contains(&word)).0;
            core.split(' ').count() == 2
                && initials_match(acronym, core)
                && text.find(**l).is_some_and(|at| at < m.start)
        });
        if let (Some(long), None) = (matching.next(), matching.next()) {
            links.insert(acronym.to_owned(), (*long).to_owned());
        }
    }
}

/// "Target Corp. (NYSE: TGT)", "Beacon Software Inc. (Nasdaq: BCSW)": a stock ticker in brackets
/// after a firm's name, with its exchange, is a name of that firm.
fn link_tickers(text: &str, mentions: &[Mention], links: &mut HashMap<String, String>) {
    const EXCHANGES: [&str; 16] = [
        "NYSE",
        "Nasdaq",
        "NASDAQ",
        "AMEX",
        "Amex",
        "NYSE Amex",
        "NYSE Arca",
        "LSE",
        "TSX",
        "TSE",
        "ASX",
        "OTC",
        "OTCBB",
        "Euronext",
        "HKEX",
        "JSE",
    ];
    let bodies = || {
        mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Organization)
    };
    for ticker in bodies() {
        let before = text[..ticker.start].trim_end();
        let Some(exchange) = before.strip_suffix(':') else {
            continue;
        };
        let Some(open) = EXCHANGES
            .iter()
            .find_map(|x| exchange.strip_suffix(x)?.strip_suffix('('))
        else {
            continue;
        };
        let firm_end = open.trim_end().len();
        let surface = &text[ticker.start..ticker.end];
        if links.contains_key(surface) || !text[ticker.end..].starts_with(')') {
            continue;
        }
        if let Some(firm) = bodies().find(|m| m.end == firm_end && m.name != surface) {
            links.insert(surface.to_owned(), firm.name.clone());
        }
    }
}

/// "Esa" after "the European Space Agency": house styles that write an acronym in title case
/// ("Nasa", "Opec") name a body the article spells out by a word that reads like a name, so a
/// person or place read on such a word is that body (and its unread mentions are linked to it).
fn bodies_by_title_case_acronyms(
    text: &str,
    mentions: &mut [Mention],
    long_forms: &[&str],
    links: &mut HashMap<String, String>,
) {
    let title_case_acronym = |word: &str| {
        (3..=6).contains(&word.len())
            && word.as_bytes()[0].is_ascii_uppercase()
            && word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
    };
    for m in mentions.iter_mut() {
        let surface = &text[m.start..m.end];
        if !matches!(m.kind, EntityKind::Person | EntityKind::Place) || !title_case_acronym(surface)
        {
            continue;
        }
        let mut matching = long_forms.iter().filter(|l| initials_match(surface, l));
        if let (Some(long), None) = (matching.next(), matching.next()) {
            links.insert(surface.to_owned(), (*long).to_owned());
            m.kind = EntityKind::Organization;
            m.name = (*long).to_owned();
            m.role = None;
            m.place_type = None;
            m.weight = CUE;
            m.why = "the initials of a body the article names, written in title case (\"Esa\")";
        }
    }
}

/// An unlisted acronym no body's name spells out is a term, not an organisation, where the
/// article spells it in lowercase words ("iodine deficiency disorders ... the effects of IDD").
fn drop_acronyms_of_terms(
    text: &str,
    mentions: &mut Vec<Mention>,
    links: &HashMap<String, String>,
) {
    let is_term_acronym = |m: &Mention| {
        m.kind == EntityKind::Organization
            && m.why == ACRONYM_WHY
            && !links.contains_key(&m.name)
            && m.name.chars().all(|c| c.is_ascii_uppercase())
            && m.name.len() >= 3
    };
    if !mentions.iter().any(is_term_acronym) {
        return;
    }
    let words: Vec<&str> = alphanumeric_words(text, b'-').collect();
    // Each letter the initial of a lowercase word of three letters or more, in a row; grammar
    // words between them give none ("weapons of mass destruction").
    let spelled_in_lowercase = |acronym: &str| {
        let letters: Vec<char> = acronym.chars().map(|c| c.to_ascii_lowercase()).collect();
        (0..words.len()).any(|i| {
            let mut matched = 0;
            for word in &words[i..] {
                if !word.starts_with(|c: char| c.is_lowercase()) {
                    return false;
                }
                if matched > 0 && ACRONYM_SKIPPED_WORDS.contains(word) {
                    continue;
                }
                // ("people are being choosier" spells no "ABC": a term is spelled by words of
                // content, not grammar words.)
                if word.len() < 3
                    || !word.starts_with(letters[matched])
                    || LEXICON.function_words.contains(*word)
                {
                    return false;
                }
                matched += 1;
                if matched == letters.len() {
                    return true;
                }
            }
            false
        })
    };
    // "SHARE your views", "Apply HERE": a word in capitals for emphasis, which the article
    // also writes in lowercase or which is a grammar word.
    let shouted_word = |acronym: &str| {
        let lower = acronym.to_lowercase();
        LEXICON.function_words.contains(lower.as_str()) || words.contains(&lower.as_str())
    };
    let mut terms: Vec<String> = Vec::new();
    // (An acronym is mentioned many times: each is decided once.)
    let mut decided: Vec<&str> = Vec::new();
    for m in mentions.iter().filter(|m| is_term_acronym(m)) {
        if decided.contains(&m.name.as_str()) {
            continue;
        }
        decided.push(&m.name);
        if spelled_in_lowercase(&m.name) || shouted_word(&m.name) {
            terms.push(m.name.clone());
        }
    }
    mentions.retain(|m| !(is_term_acronym(m) && terms.contains(&m.name)));
}

/// An acronym the article defines in brackets as a document's name ("the Inflation Reduction
/// Act (IRA)", "the Joint Comprehensive Plan of Action (JCPOA)") is that document here, not
/// what a list or the acronym's shape made it elsewhere (the Irish Republican Army, a body).
fn drop_acronyms_of_documents(text: &str, mentions: &mut Vec<Mention>) {
    let is_acronym_org = |m: &Mention| {
        m.kind == EntityKind::Organization
            && m.end - m.start >= 2
            && text[m.start..m.end].chars().all(|c| c.is_ascii_uppercase())
    };
    let mut documents: Vec<&str> = Vec::new();
    for m in mentions.iter().filter(|m| is_acronym_org(m)) {
        let surface = &text[m.start..m.end];
        let in_brackets = text[..m.start].ends_with('(') && text[m.end..].starts_with(')');
        if documents.contains(&surface) || !in_brackets {
            continue;
        }
        let words: Vec<&str> = text[..m.start - 1]
            .split_whitespace()
            .rev()
            .take(surface.len() + 4)
            .take_while(|w| w.starts_with(char::is_uppercase) || ACRONYM_SKIPPED_WORDS.contains(w))
            .collect();
        let document = words.first().is_some_and(|w| DOCUMENT_HEADS.contains(w))
            && (2..=words.len()).any(|n| {
                let long: Vec<&str> = words[..n].iter().rev().copied().collect();
                initials_match(surface, &long.join(" "))
            });
        if document {
            documents.push(surface);
        }
    }
    if !documents.is_empty() {
        mentions.retain(|m| !(is_acronym_org(m) && documents.contains(&&text[m.start..m.end])));
    }
}

/// "Pieter van Oort ... van Oort told reporters": a surname's lowercase particle inside a
/// sentence, which no name read takes in, opens the surname's mention again where the article
/// names the person in full with it.
fn particles_before_surnames(text: &str, mentions: &mut [Mention]) {
    let full_names: Vec<(String, String)> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person && text[m.start..m.end].contains(' '))
        .map(|m| (text[m.start..m.end].to_lowercase(), m.name.clone()))
        .collect();
    if full_names.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        let surface = &text[m.start..m.end];
        if m.kind != EntityKind::Person || surface.contains(' ') {
            continue;
        }
        // ("van der Spuy": each particle before it, while the full name has them.)
        let mut written = surface.to_lowercase();
        while let Some(particle) = text[..m.start]
            .strip_suffix(' ')
            .and_then(|before| before.rsplit([' ', '\n', '"', '\u{201c}']).next())
            .filter(|p| super::names::people::SURNAME_PARTICLES.contains(p))
        {
            let longer = format!("{particle} {written}");
            let Some((_, name)) = full_names
                .iter()
                .find(|(full, _)| full.ends_with(&format!(" {longer}")))
            else {
                break;
            };
            m.start -= particle.len() + 1;
            m.name = name.clone();
            written = longer;
        }
    }
}

/// A single word that is the surname of a person the article names in full ("Ahmed Mohamed
/// ... support for Mohamed", "Valeska Paris ... Paris said") is that person, where only a weak
/// cue or a city list made it a place or an organisation: an article that names a person in
/// full and then uses the surname alone means the person far more often than a namesake city.
fn surnames_of_people(text: &str, mentions: &mut [Mention]) {
    let mut surnames: super::lexicon::FastSet<&str> = Default::default();
    for m in mentions.iter() {
        if m.kind != EntityKind::Person || m.weight < CUE {
            continue;
        }
        let surface = &text[m.start..m.end];
        if let Some((rest, last)) = surface.rsplit_once(' ') {
            surnames.extend(surname_forms(last));
            // "Jesús Alberto Herrera Saldívar ... Herrera said": the first of two surnames,
            // which Spanish and Portuguese names are known by alone.
            if let Some((given, paternal)) = rest.rsplit_once(' ')
                && !given.is_empty()
                && paternal.starts_with(char::is_uppercase)
            {
                surnames.insert(paternal);
            }
        }
    }
    if surnames.is_empty() {
        return;
    }
    // "Jordan hit 15 of 27 shots" after "Michael Jordan": a country's or a region's name is the
    // person's where the article never writes it as a place ("in Jordan", "of Jordan", "the
    // Jordan").
    let mut written_as_place: super::lexicon::FastSet<&str> = Default::default();
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Place) {
        let surface = &text[m.start..m.end];
        if surnames.contains(surface)
            && (after_where_word(text, m.start)
                || matches!(
                    word_before(text, m.start),
                    "of" | "the" | "to" | "from" | "The"
                ))
        {
            written_as_place.insert(surface);
        }
    }
    // A listed firm named by a possessive that somewhere owns nothing is the firm everywhere
    // ("Sainsbury's faced" beside "Sainsbury's for the nation's shoppers").
    let firms_by_possessive: super::lexicon::FastSet<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Organization && !owns_what_follows(&text[m.end..]))
        .map(|m| &text[m.start..m.end])
        .filter(|surface| without_possessive_endings(surface).len() < surface.len())
        .collect();
    let mut relabel = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        let weak = match m.kind {
            EntityKind::Place => {
                m.weight <= WEAK
                    || (m.weight <= LISTED
                        && (!matches!(m.place_type, Some(PlaceType::Country | PlaceType::Region))
                            || !written_as_place.contains(&text[m.start..m.end])))
            }
            // ("A spokesman for Boehner said" after "Speaker John Boehner": a cue that a
            // person's name meets too, an unlisted single word.)
            EntityKind::Organization => {
                let surface = &text[m.start..m.end];
                m.weight <= WEAK
                    || (m.weight <= CUE
                        && !surface.contains(' ')
                        && !is_org_acronym(surface)
                        && !LEXICON.organizations.contains_key(surface))
                    || (m.weight <= LISTED && is_a_teams_nickname(surface))
            }
            _ => false,
        };
        // "Kohl's" after "Helmut Kohl": a listed firm named by a possessive is the person's
        // when the article names someone of that surname, and the possessive owns what comes
        // after it wherever it is written ("Kohl's government"; not "Sainsbury's has named a
        // chairman" after its founder "John James Sainsbury").
        let surface = &text[m.start..m.end];
        let bare = without_possessive_endings(surface);
        let owner = m.kind == EntityKind::Organization
            && bare.len() < surface.len()
            && surnames.contains(bare)
            && !firms_by_possessive.contains(surface);
        // ("JORDAN SCORES 38" in a headline in capitals too; not a body's name so written,
        // "FORTE", which reads as an acronym.)
        let shouted =
            (m.kind == EntityKind::Place && is_shouted(surface)).then(|| title_case(surface));
        let named = surnames.contains(surface)
            || shouted
                .as_deref()
                .is_some_and(|s| surnames.contains(s) && !written_as_place.contains(s));
        if (weak && named && !after_where_word(text, m.start)) || owner {
            relabel.push(i);
        }
    }
    for i in relabel {
        let m = &mut mentions[i];
        m.end = m.start + without_possessive_endings(&text[m.start..m.end]).len();
        let surface = text[m.start..m.end].to_owned();
        m.kind = EntityKind::Person;
        m.name = surface;
        m.place_type = None;
        m.weight = CUE;
        m.why = "the surname of a person named in full in the article";
    }
}

/// "Padres" of the listed "San Diego Padres", "Villa" of "Aston Villa": a team's own word
/// after its town's name, which a person named in full may have as a surname ("Padres said"
/// after "Sonora Governor Guillermo Padres"; not "Ford" of "Ford Motor").
fn is_a_teams_nickname(surface: &str) -> bool {
    !surface.contains(' ')
        && LEXICON.organizations.get(surface).is_some_and(|canonical| {
            canonical.rsplit_once(' ').is_some_and(|(town, nickname)| {
                nickname == surface && LEXICON.places.contains_key(town)
            })
        })
}

/// Whether the text after a possessive opens with what it owns: not a stop or a word no
/// possessive owns ("has", "said", "in").
fn owns_what_follows(after: &str) -> bool {
    let after = after.trim_start_matches([' ', '\t']);
    let word = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    // ("battle with Tesco and Sainsbury's for the nation's shoppers": nor a preposition.)
    const JOINING: [&str; 9] = ["for", "on", "to", "with", "from", "by", "and", "or", "but"];
    !(after.is_empty()
        || after.starts_with([',', '.', ';', ')', '\n'])
        || super::names::WORDS_NO_POSSESSIVE_OWNS.contains(&word)
        || JOINING.contains(&word))
}

/// "Elaine Park" read as a place by its last word, in an article where "Park said": a given name
/// and a surname the article gives a person are that person's, unless a preposition of place
/// comes before ("at Victoria Park").
fn people_whose_surname_is_a_place_word(text: &str, mentions: &mut [Mention]) {
    let surnames: super::lexicon::FastSet<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .filter_map(|m| text[m.start..m.end].split(' ').next_back())
        .collect();
    if surnames.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Place || m.weight > CUE {
            continue;
        }
        let surface = &text[m.start..m.end];
        let words: Vec<&str> = surface.split(' ').collect();
        let named = (2..=3).contains(&words.len())
            && LEXICON.is_given_name(words[0])
            && surnames.contains(words[words.len() - 1])
            && !after_where_word(text, m.start);
        if named {
            m.kind = EntityKind::Person;
            m.name = surface.to_owned();
            m.place_type = None;
            m.weight = CUE;
            m.why = "a given name and a surname the article gives a person";
        }
    }
}

/// "Kalmaegi was expected to strengthen" after "Typhoon Kalmaegi": a storm's name alone, which
/// a speech verb or a preposition made a person or a place, is the storm the article names.
fn storms_by_their_names(text: &str, mentions: &mut [Mention]) {
    let storms: Vec<(&str, String)> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Event)
        .filter_map(|m| {
            let (kind, name) = text[m.start..m.end].rsplit_once(' ')?;
            STORM_WORDS
                .iter()
                .any(|storm| kind.ends_with(storm))
                .then(|| (name, m.name.clone()))
        })
        .collect();
    if storms.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if !matches!(m.kind, EntityKind::Person | EntityKind::Place) {
            continue;
        }
        let surface = &text[m.start..m.end];
        if let Some((_, event)) = storms.iter().find(|(name, _)| *name == surface) {
            m.kind = EntityKind::Event;
            m.name = event.clone();
            m.role = None;
            m.place_type = None;
            m.why = "the name of a storm the article names in full (\"Hurricane Katrina\")";
        }
    }
}

/// "played in Leeds", "a bomb near Preston": a name after a place preposition is the place,
/// whoever of that surname the article names ("K. Leeds"); not after "to" or "from", which
/// lead to and from people too ("a call from Preston").
fn after_where_word(text: &str, start: usize) -> bool {
    let word = word_before(text, start);
    !matches!(word, "to" | "from") && LEXICON.location_prepositions.contains(&word)
}

/// "Cheung Kong (Holdings) Ltd", "Swire Pacific (Holdings) Ltd": up to four capitalised words,
/// a capitalised word in brackets and a legal ending are one company's name, whatever was read
/// inside it ("Pacific" as the ocean, "Cheung Kong" alone).
fn companies_with_a_bracketed_word(text: &str, mentions: &mut Vec<Mention>) {
    let in_name = |c: char| c.is_alphanumeric() || matches!(c, '&' | '-' | '\'');
    // (Each closing bracket is found by a byte search: a search for ") " readies itself over
    // the whole article, and most articles have no bracket.)
    let closings = text.match_indices(')').map(|(k, _)| k);
    for close in closings.filter(|&k| text[k + 1..].starts_with(' ')) {
        let ending = text[close + 2..]
            .split(|c: char| !in_name(c))
            .next()
            .unwrap_or("");
        if !LEGAL_ENDINGS.contains(&ending) {
            continue;
        }
        let Some(open) = text[..close].rfind('(') else {
            continue;
        };
        let bracketed = &text[open + 1..close];
        if !bracketed.starts_with(char::is_uppercase)
            || !bracketed.chars().all(char::is_alphabetic)
            || !text[..open].ends_with(' ')
        {
            continue;
        }
        let mut start = None;
        let mut cursor = open - 1;
        for _ in 0..4 {
            let head = &text[..cursor];
            let word_start = head
                .char_indices()
                .rev()
                .find(|&(_, c)| !in_name(c))
                .map_or(0, |(k, c)| k + c.len_utf8());
            let word = &head[word_start..];
            if !word.starts_with(char::is_uppercase) {
                break;
            }
            start = Some(word_start);
            if !head[..word_start].ends_with(' ') {
                break;
            }
            cursor = word_start - 1;
        }
        let Some(start) = start else {
            continue;
        };
        let end = close + 2 + ending.len();
        mentions.retain(|m| m.end <= start || end <= m.start);
        mentions.push(Mention::body(
            start,
            end,
            text[start..end].to_owned(),
            CUE,
            "a company's name with a bracketed word before its legal form (\"Cheung Kong \
             (Holdings) Ltd\")",
        ));
    }
    mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
}

/// "the Maastricht treaty", "the Kyoto Protocol", "the Paris climate agreement": a city that
/// names a document, right before its noun or one word before it, is no place the article
/// speaks of (a country may be a party: "the Iran nuclear agreement"; so may a city joined to
/// another: "the Baghdad-Erbil agreement").
fn no_city_named_for_a_document(text: &str, mentions: &mut Vec<Mention>) {
    // (Not DOCUMENT_HEADS, the capitalised heads of a document's name: "a Beijing plan" or "the
    // Moscow strategy" is the city's government's, and criteria are named after a city too.)
    const DOCUMENTS: [&str; 16] = [
        "treaty",
        "treaties",
        "accord",
        "accords",
        "agreement",
        "agreements",
        "protocol",
        "convention",
        "conventions",
        "declaration",
        "communique",
        "communiqué",
        "communiques",
        "pact",
        "criteria",
        "criterion",
    ];
    let is_document = |word: &str| {
        let word = word
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches("'s")
            .trim_end_matches("’s");
        DOCUMENTS.iter().any(|d| d.eq_ignore_ascii_case(word))
    };
    mentions.retain(|m| {
        if m.kind != EntityKind::Place || m.place_type != Some(PlaceType::City) {
            return true;
        }
        let after = &text[m.end..];
        if !after.starts_with(' ') || text[..m.start].ends_with('-') {
            return true;
        }
        let mut words = after.split_whitespace().take(2);
        let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let modifier = first.bytes().all(|b| b.is_ascii_lowercase());
        !(is_document(first) || (modifier && is_document(second)))
    });
}

/// "HK$26.80", "NZ$1.2 billion": capitals written onto a dollar sign name its currency, not
/// a body.
fn no_currency_is_a_body(text: &str, mentions: &mut Vec<Mention>) {
    // ("HK$26.80", "IR£50", "A$3bn".)
    mentions.retain(|m| {
        !(m.kind == EntityKind::Organization && text[m.end..].starts_with(['$', '£', '€', '¥']))
    });
}

/// "Halifax owner HBOS reported": a person's role before an acronym (two to five capitals, in
/// a line not written in capitals) was read as a person's; no person is named so, and a body
/// that has an owner, a chief or a spokesman is what it names.
fn no_acronym_is_a_person(text: &str, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.kind == EntityKind::Person) {
        let surface = &text[m.start..m.end];
        if !(2..=5).contains(&surface.len()) || !surface.bytes().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        // Lowercase words in the same line, near it (a bounded look: a long line is scanned
        // once per mention).
        let near = widened(text, m.start..m.end, 200);
        let before = &text[near.start..m.start];
        let after = &text[m.end..near.end];
        let before = before.rsplit('\n').next().unwrap_or_default();
        let after = after.split('\n').next().unwrap_or_default();
        let in_prose = before.bytes().any(|c| c.is_ascii_lowercase())
            || after.bytes().any(|c| c.is_ascii_lowercase());
        if in_prose {
            m.kind = EntityKind::Organization;
            m.role = None;
            m.name = surface.to_owned();
            m.why = "an acronym, which names no person";
        }
    }
}

/// An acronym in brackets after a place's name ("Kennedy Space Center (KSC)") is that place,
/// wherever the article uses it, not the organisation a lone acronym is taken for.
fn acronyms_of_places(text: &str, mentions: &mut [Mention]) {
    let mut found: Vec<(String, usize)> = Vec::new();
    for (i, m) in mentions.iter().enumerate() {
        if m.kind != EntityKind::Place {
            continue;
        }
        let after = text[m.end..].trim_start();
        let Some(inner) = after.strip_prefix('(') else {
            continue;
        };
        let Some(close) = inner.find(')') else {
            continue;
        };
        let acronym = inner[..close].trim();
        if acronym.len() >= 2
            && acronym.chars().all(|c| c.is_ascii_uppercase())
            && initials_match(acronym, &text[m.start..m.end])
        {
            found.push((acronym.to_owned(), i));
        }
    }
    for (acronym, place) in found {
        let (name, place_type) = (mentions[place].name.clone(), mentions[place].place_type);
        for m in mentions.iter_mut() {
            if m.kind == EntityKind::Organization
                && m.weight <= WEAK
                && text[m.start..m.end] == acronym
            {
                m.kind = EntityKind::Place;
                m.name.clone_from(&name);
                m.place_type = place_type;
                m.why = "the acronym a place's name gives in brackets";
            }
        }
    }
}

/// A name has one kind in an article: where its mentions disagree ("Microsoft said" read as a
/// person, "according to Microsoft" as an organisation; "Mr Kennedy" and a city Kennedy), a
/// body the article describes ("Glasgow band Franz Ferdinand") is one throughout, and
/// otherwise the kind with the most weight over all its mentions wins; ties go to the
/// organisation, then the place (a person's name rarely lacks a stronger cue than one word of
/// context).
fn one_kind_per_name(text: &str, mentions: &mut [Mention]) {
    let rank = |kind: EntityKind| match kind {
        EntityKind::Organization => 3,
        EntityKind::Place => 2,
        EntityKind::Person => 1,
        _ => 0,
    };
    // Per surface: each kind, whether the article describes a body of the name, its weight
    // and a mention to copy from; and the mentions.
    type Votes = (Vec<(EntityKind, bool, u32, usize)>, Vec<usize>);
    // Keyed in capitals: a headline's "PAKISTAN" is the body's "Pakistan".
    let mut votes: HashMap<String, Votes> = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        if m.kind == EntityKind::Event || m.why == DATELINE_WHY || m.why == SHOUTED_ACRONYM_WHY {
            continue;
        }
        let (kinds, members) = votes
            .entry(text[m.start..m.end].to_uppercase())
            .or_default();
        members.push(i);
        let stated = [
            BODY_DESCRIBED_WHY,
            BODY_APPOSITION_WHY,
            POST_HOLDER_WHY,
            PLACE_NAMED_BODY_WHY,
        ]
        .contains(&m.why);
        match kinds.iter_mut().find(|(k, _, _, _)| *k == m.kind) {
            Some(vote) => {
                vote.1 |= stated;
                vote.2 += u32::from(m.weight);
            }
            None => kinds.push((m.kind, stated, u32::from(m.weight), i)),
        }
    }
    let mut relabel: Vec<(usize, usize)> = Vec::new();
    for (kinds, members) in votes.values().filter(|(k, _)| k.len() > 1) {
        let Some(&(winner, _, _, template)) = kinds
            .iter()
            .max_by_key(|(kind, stated, weight, _)| (*stated, *weight, rank(*kind)))
        else {
            continue;
        };
        relabel.extend(
            members
                .iter()
                .filter(|&&i| mentions[i].kind != winner)
                .map(|&i| (i, template)),
        );
    }
    for (i, template) in relabel {
        let t = mentions[template].clone();
        let m = &mut mentions[i];
        m.kind = t.kind;
        m.name = t.name;
        m.place_type = t.place_type;
        if m.kind != EntityKind::Person {
            m.role = None;
        }
        m.weight = WEAK;
        m.why = "its other mentions in the article (one kind per name)";
    }
}

/// Why a mention got its kind when the learned tagger decided it.
pub(crate) const MODEL_WHY: &str =
    "the learned model (shape, affixes, lists and neighbouring words; no strong cue)";

/// "the Rapid Support Forces (RSF)": an acronym the article spells out names what the article
/// says, not the body a gazetteer lists under it (Reporters Without Borders): its mentions are
/// named by the acronym again, for the article's link to name them.
fn prefer_acronyms_the_article_defines(
    text: &str,
    mentions: &mut [Mention],
    links: &HashMap<String, String>,
) {
    if links.is_empty() {
        return;
    }
    let lex = &*LEXICON;
    // (What the article's own long form was named decides: "Department of Defense" for "DoD",
    // though a list names it "US Department of Defense".)
    let named_in_article: HashMap<&str, String> = mentions
        .iter()
        .filter(|o| o.kind == EntityKind::Organization)
        .map(|o| (&text[o.start..o.end], o.name.clone()))
        .collect();
    for m in mentions {
        let surface = &text[m.start..m.end];
        let another_body = |long: &String| match named_in_article.get(long.as_str()) {
            Some(name) => *name != m.name,
            None => {
                let listed = lex
                    .organizations
                    .get(long.as_str())
                    .copied()
                    .unwrap_or(long);
                listed != m.name && !spelled_alike(listed, &m.name)
            }
        };
        if m.kind == EntityKind::Organization
            && m.name != surface
            && links.get(surface).is_some_and(another_body)
        {
            m.name = surface.to_owned();
        }
    }
}

/// Whether two names of a body are one name spelled two ways: "Organization for Security and
/// Cooperation in Europe" and the listed "Organisation for Security and Co-operation in
/// Europe" share at least half their words, "International Cricket Council" and
/// "International Criminal Court" only one of three.
fn spelled_alike(one: &str, other: &str) -> bool {
    let words = |name: &str| -> Vec<String> {
        name.split(' ')
            .map(|w| w.to_lowercase().replace('-', "").replace('z', "s"))
            .collect()
    };
    let (one, other) = (words(one), words(other));
    let shared = one.iter().filter(|w| other.contains(w)).count();
    2 * shared >= one.len().max(other.len())
}

/// The learned tagger's say: a person or place it found where the rules read nothing is
/// added, weighing as one word of context does when its mentions' kinds are decided. A name the
/// rules classified keeps their kind: retyping the rules' weakest guesses by the model, and
/// organisations only it found, lost more than they gained on the dev part and on held-out
/// training text. Returns whether it added a name.
fn consult_model(text: &str, mentions: &mut Vec<Mention>, spans: &[&ModelSpan]) -> bool {
    let read = Ranges::of(mentions);
    let mut added = Vec::new();
    for s in spans {
        let Some(kind) = s.kind.entity_kind() else {
            continue;
        };
        if kind == EntityKind::Organization
            || s.margin < PROPOSE_MARGIN
            || read.overlaps(s.start, s.end)
            || names_a_doctrine(&text[s.start..s.end])
            || names_a_market_index(text, s.start, s.end)
            || text[s.start..s.end]
                .rsplit(' ')
                .next()
                .is_some_and(ends_in_a_compound_noun)
            // ("Val d'Isère": an elided article is a place's or a prize's, no surname's.)
            || (kind == EntityKind::Person
                && text[s.start..s.end]
                    .split(' ')
                    .any(super::text::is_elided_article_name))
            || (kind == EntityKind::Person && framed_by_common_words(&text[s.start..s.end]))
        {
            continue;
        }
        added.push(Mention {
            start: s.start,
            end: s.end,
            kind,
            name: collapse_spaces(&text[s.start..s.end]),
            place_type: None,
            role: None,
            in_byline: false,
            weight: WEAK,
            why: MODEL_WHY,
        });
    }
    let any = !added.is_empty();
    mentions.extend(added);
    any
}

/// "Kilcullen Library", "Funeral Mass", "Kenya Medical Practitioners": a name that opens with
/// no given name or title, and ends in an English word or opens with one, names a place, a body
/// or a rite. The word list leaves out words that are names too ("Hill", "Church", "Young"),
/// yet holds a few surnames ("Winter", "Burrows"), which a given name before them keeps.
fn framed_by_common_words(name: &str) -> bool {
    let lex = &*LEXICON;
    let mut words = name.split_whitespace();
    let first = words.next().unwrap_or_default();
    let last = words.next_back().unwrap_or_default();
    !last.is_empty()
        && !lex.is_given_name(first)
        && !lex.is_title(first)
        && (lex.is_capitalised_common_word(last) || lex.is_capitalised_common_word(first))
}

/// The mentions' byte ranges sorted by start, with the furthest end so far: whether a range
/// overlaps any of them is one binary search, not a scan (an article can hold thousands).
struct Ranges {
    starts: Vec<usize>,
    furthest_end: Vec<usize>,
}

impl Ranges {
    fn of(mentions: &[Mention]) -> Ranges {
        let mut ranges: Vec<(usize, usize)> = mentions.iter().map(|m| (m.start, m.end)).collect();
        ranges.sort_unstable();
        let mut furthest = 0;
        let furthest_end = ranges
            .iter()
            .map(|&(_, end)| {
                furthest = furthest.max(end);
                furthest
            })
            .collect();
        Ranges {
            starts: ranges.into_iter().map(|(start, _)| start).collect(),
            furthest_end,
        }
    }

    fn overlaps(&self, start: usize, end: usize) -> bool {
        let before_end = self.starts.partition_point(|&s| s < end);
        before_end > 0 && self.furthest_end[before_end - 1] > start
    }
}

/// How far the model's best label must beat the next (summed weights; a confident tag scores
/// in the hundreds) for a name it alone found; tuned on the dev part and held-out training text.
const PROPOSE_MARGIN: f32 = 20.0;

/// Capitalised stretches no cue classified, matched against the names found elsewhere:
/// "Zhasuzakov" after "Saken Zhasuzakov", "Karavan" after "the newspaper Karavan".
fn match_known(
    text: &str,
    mentions: &mut Vec<Mention>,
    unknown: &[&Unknown],
    links: &HashMap<String, String>,
) {
    let mut surfaces: HashMap<&str, usize> = HashMap::default();
    let mut surnames: HashMap<String, usize> = HashMap::default();
    // "Liam said" after "Liam Gallagher": a given name that is no English word, of one person
    // named in full only (None where two share it).
    let mut given_names: HashMap<&str, Option<usize>> = HashMap::default();
    let lex = &*LEXICON;
    for (i, m) in mentions.iter().enumerate() {
        surfaces.entry(&text[m.start..m.end]).or_insert(i);
        if m.kind == EntityKind::Person {
            let words: Vec<&str> = m.name.split(' ').collect();
            if words.len() >= 2 {
                for last in surname_forms(words[words.len() - 1]) {
                    surnames.entry(last.to_owned()).or_insert(i);
                }
                let given = words[0];
                if lex.given_names.contains(given) && !lex.is_capitalised_common_word(given) {
                    let owner = given_names.entry(given).or_insert(Some(i));
                    if owner.is_some_and(|o| mentions[o].name != m.name) {
                        *owner = None;
                    }
                }
            }
        }
    }
    // "CUTTITTA BACK FOR ITALY": a headline in capitals names, in capitals, who and what the
    // body names.
    // (Only where such a headline is: most articles have none.)
    let any_shouted = unknown.iter().any(|u| is_shouted(&text[u.start..u.end]));
    let upper_surfaces: HashMap<String, usize> = surfaces
        .iter()
        .filter(|_| any_shouted)
        .map(|(surface, &i)| (surface.to_uppercase(), i))
        .collect();
    let upper_surnames: HashMap<String, usize> = surnames
        .iter()
        .filter(|_| any_shouted)
        .map(|(surname, &i)| (surname.to_uppercase(), i))
        .collect();
    // "Vodafone" after "Vodafone Group Plc": a company named again without its legal ending,
    // as a whole stretch ("Small" in "Expanded Small Group" is no short form).
    let mut short_forms = companies_by_short_form(text, mentions);
    // "Pernod will sell" after "Pernod Ricard": the one body the word opens.
    let bodies = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Organization)
        .map(|m| m.name.as_str());
    for (first, body) in bodies_by_first_word(bodies, lex) {
        if let Some(body) = body
            && let Some(i) = mentions
                .iter()
                .position(|m| m.kind == EntityKind::Organization && m.name == body)
        {
            short_forms.entry(first).or_insert(i);
        }
    }
    // (An English word, "Research" of "Cancer Research UK", may open any sentence: only a
    // mention read elsewhere is matched to it, by [`short_forms_of_companies`].)
    short_forms.retain(|short, _| {
        !surnames.contains_key(*short) && !lex.is_capitalised_common_word(short)
    });
    let mut found = Vec::new();
    for u in unknown {
        let surface = &text[u.start..u.end];
        if let Some(&i) = surfaces.get(surface).or_else(|| short_forms.get(surface)) {
            found.push(read_elsewhere(&mentions[i], u.start, u.end));
            continue;
        }
        if let Some(long) = links.get(surface) {
            // Found by matching a name read elsewhere: no evidence of its own.
            found.push(Mention::body(
                u.start,
                u.end,
                long.clone(),
                0,
                "the same name read elsewhere in the article",
            ));
            continue;
        }
        if is_shouted(surface) {
            found.extend(match_shouted(
                text,
                mentions,
                u,
                &upper_surfaces,
                &upper_surnames,
            ));
            continue;
        }
        if let [(s, e)] = u.words[..]
            && let Some(&Some(i)) = given_names.get(&text[s..e])
        {
            found.push(read_elsewhere(&mentions[i], s, e));
            continue;
        }
        // "Her father Mohammed Hadid Muhammad al-Hajj Husayn Hadid" after "Zaha Mohammad
        // Hadid": a name that opens with a given name and shares no word but the surname with
        // the person of the surname is someone else of the family, not a mention of the
        // surname (as "Jens Otto Harry Jespersen" is "Otto Jespersen").
        let first_word = &text[u.words[0].0..u.words[0].1];
        let someone_else = |person: &Mention, surname: &str| {
            u.words.len() >= 2
                && lex.given_names.contains(first_word)
                && !u.words.iter().any(|&(s, e)| {
                    let word = &text[s..e];
                    word != surname && person.name.split(' ').any(|w| w == word)
                })
        };
        for &(s, e) in &u.words {
            let word = &text[s..e];
            if let Some(&i) = surfaces.get(word) {
                found.push(read_elsewhere(&mentions[i], s, e));
            } else if let Some(i) = surnames.get(word)
                && !someone_else(&mentions[*i], word)
            {
                let mut m = read_elsewhere(&mentions[*i], s, e);
                m.name = word.to_owned();
                found.push(m);
            }
        }
    }
    mentions.extend(found);
}

/// "GOLD SLUMPS AFTER RESERVE BANK OF AUSTRALIA SALE": a headline in capitals names in
/// capitals the names of two words or more the rest of the article writes in its own case; such
/// a name is one mention there, whatever was read inside it ("AUSTRALIA").
fn shouted_titles_name_the_bodys_names(text: &str, zones: &[Zone], mentions: &mut Vec<Mention>) {
    let titles: Vec<&Zone> = zones
        .iter()
        .filter(|z| z.kind == ZoneKind::Title && is_shouted(&text[z.start..z.end]))
        .collect();
    if titles.is_empty() {
        return;
    }
    let in_a_title = |m: &Mention| titles.iter().any(|z| z.start <= m.start && m.end <= z.end);
    let mut names: HashMap<String, usize> = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        let surface = &text[m.start..m.end];
        if surface.contains(' ') && !is_shouted(surface) && !in_a_title(m) {
            names.entry(surface.to_uppercase()).or_insert(i);
        }
    }
    let mut found = Vec::new();
    for zone in titles {
        let title = &text[zone.start..zone.end];
        for (upper, &i) in &names {
            for (at, _) in title.match_indices(upper.as_str()) {
                let (start, end) = (zone.start + at, zone.start + at + upper.len());
                let bounded = !text[..start].ends_with(char::is_alphanumeric)
                    && !text[end..].starts_with(char::is_alphanumeric);
                if bounded {
                    found.push(read_elsewhere(&mentions[i], start, end));
                }
            }
        }
    }
    if found.is_empty() {
        return;
    }
    // What was read inside such a name is part of it.
    mentions.retain(|m| {
        !found
            .iter()
            .any(|f| f.start <= m.start && m.end <= f.end && (f.start, f.end) != (m.start, m.end))
    });
    mentions.extend(found);
}

/// A mention at `start..end` of the name `template` read elsewhere in the article.
fn read_elsewhere(template: &Mention, start: usize, end: usize) -> Mention {
    Mention {
        start,
        end,
        kind: template.kind,
        name: template.name.clone(),
        place_type: template.place_type,
        role: None,
        in_byline: false,
        // Found by matching a name read elsewhere: no evidence of its own.
        weight: 0,
        why: "the same name read elsewhere in the article",
    }
}

/// Written in capitals: letters, and none of them lower case.
fn is_shouted(surface: &str) -> bool {
    surface.chars().any(char::is_alphabetic) && !surface.chars().any(char::is_lowercase)
}

/// The names inside a stretch in capitals that the article names elsewhere, longest first
/// ("NEW YORK" before "YORK"), and the surnames of people it names in full.
fn match_shouted(
    text: &str,
    mentions: &[Mention],
    unknown: &Unknown,
    upper_surfaces: &HashMap<String, usize>,
    upper_surnames: &HashMap<String, usize>,
) -> Vec<Mention> {
    let words = &unknown.words;
    let mut found = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let matched = (1..=(words.len() - k).min(4)).rev().find_map(|n| {
            let (start, end) = (words[k].0, words[k + n - 1].1);
            let key = text[start..end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let owner = upper_surfaces
                .get(&key)
                .or_else(|| (n == 1).then(|| upper_surnames.get(&key)).flatten())?;
            Some((n, read_elsewhere(&mentions[*owner], start, end)))
        });
        match matched {
            Some((n, mention)) => {
                found.push(mention);
                k += n;
            }
            None => k += 1,
        }
    }
    found
}

/// A company's name without its legal ending or the words of its trade ("Vodafone" for
/// "Vodafone Group Plc", "Tallis" for "Tallis Therapeutics", "Reform" for "Reform UK"), if it
/// has one and what is left cannot be taken for a place, a nationality or a given name.
fn company_short_form(surface: &str) -> Option<&str> {
    short_form_of_a_body(surface).filter(|short| !LEXICON.given_names.contains(short))
}

/// The same short form of a name already read as a body's, where a given name ("Dell" of "Dell
/// Inc.") is the company's too.
fn short_form_of_a_body(surface: &str) -> Option<&str> {
    let (short, stripped) = without_company_endings(surface);
    (stripped && !short.is_empty() && !short_form_names_a_place_or_kind(short)).then_some(short)
}

/// A company's name without the words of its kind after its trading name ("Philips" of
/// "Philips Electronics", "Amnesty" of "Amnesty International").
fn trading_name(short: &str) -> &str {
    let mut name = short;
    while let Some((rest, last)) = name.rsplit_once(' ')
        && COMPANY_KIND_WORDS.contains(&last)
    {
        name = rest;
    }
    name
}

/// Whether a company's short form may as well name a place, a people, a person or a kind of
/// body ("Deutsche", "Bank"): then it is no sign of the company alone.
fn names_something_else(short: &str) -> bool {
    short_form_names_a_place_or_kind(short) || LEXICON.given_names.contains(short)
}

fn short_form_names_a_place_or_kind(short: &str) -> bool {
    let lex = &*LEXICON;
    lex.places.contains_key(short)
        || lex.demonyms.contains_key(short)
        || lex.org_cues.contains(short)
}

/// The organisations named with a legal ending, by their short form ("Vodafone" -> the first
/// mention of "Vodafone Group Plc").
fn companies_by_short_form<'t>(text: &'t str, mentions: &[Mention]) -> HashMap<&'t str, usize> {
    let mut companies: HashMap<&str, usize> = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        if m.kind == EntityKind::Organization
            && let Some(short) = company_short_form(&text[m.start..m.end])
        {
            companies.entry(short).or_insert(i);
            // "Telekom" of "Deutsche Telekom AG": the last word of a longer short form.
            if let Some((_, last)) = short.rsplit_once(' ')
                && !names_something_else(last)
                && last.starts_with(|c: char| c.is_uppercase())
            {
                companies.entry(last).or_insert(i);
            }
        }
    }
    companies
}

/// "McDonnell Douglas" after "McDonnell Douglas Corp": a company named again without its legal
/// ending, where reading split the short form into other names (a listed "Douglas"), is the
/// company as a whole.
fn join_split_short_forms(text: &str, mentions: &mut Vec<Mention>) {
    let short_forms = companies_by_short_form(text, mentions);
    let mut joined: Vec<Mention> = Vec::new();
    for (short, &template) in &short_forms {
        if !short.contains(' ') {
            continue;
        }
        let upper = short.to_uppercase();
        let found = text
            .match_indices(short)
            .chain(text.match_indices(upper.as_str()))
            .map(|(start, _)| (start, start + short.len()));
        for (start, end) in found {
            let whole = !text[..start].ends_with(char::is_alphanumeric)
                && !text[end..].starts_with(char::is_alphanumeric);
            let inside = mentions
                .iter()
                .filter(|m| m.start < end && start < m.end)
                .collect::<Vec<_>>();
            let split = !inside.is_empty()
                && inside.iter().all(|m| start <= m.start && m.end <= end)
                && !inside.iter().any(|m| m.start == start && m.end == end);
            // (A short form in capitals is found twice: once as itself, once as its capitals.)
            if whole && split && !joined.iter().any(|j| j.start == start) {
                joined.push(read_elsewhere(&mentions[template], start, end));
            }
        }
    }
    if joined.is_empty() {
        return;
    }
    mentions.retain(|m| !joined.iter().any(|j| j.start <= m.start && m.end <= j.end));
    mentions.extend(joined);
    mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
}

/// A single word's weak guess ("Vodafone said" read as a person) gives way to the company
/// the article names in full elsewhere ("Vodafone Group Plc").
fn short_forms_of_companies(text: &str, mentions: &mut [Mention]) {
    let companies = companies_by_short_form(text, mentions);
    if companies.is_empty() {
        return;
    }
    for i in 0..mentions.len() {
        let m = &mentions[i];
        if m.kind == EntityKind::Organization || m.kind == EntityKind::Event || m.weight > WEAK {
            continue;
        }
        let surface = &text[m.start..m.end];
        if let Some(&template) = companies.get(surface) {
            let name = mentions[template].name.clone();
            let m = &mut mentions[i];
            m.kind = EntityKind::Organization;
            m.name = name;
            m.place_type = None;
            m.role = None;
            m.weight = WEAK;
            m.why = "the company's full name elsewhere in the article (\"Vodafone Group Plc\")";
        } else if m.kind == EntityKind::Person
            && let Some((first, _)) = surface.split_once(' ')
            && companies.contains_key(first)
        {
            // "Mannesmann Mobilfunk" after "Mannesmann AG": a part of the company.
            let m = &mut mentions[i];
            m.kind = EntityKind::Organization;
            m.role = None;
            m.why = "a company's name opening it (\"Mannesmann Mobilfunk\")";
        }
    }
}

/// "Bimbo shares rose" after "Grupo Bimbo", "Santander said" after "Banco Santander": the one
/// word after the word of a body's kind that opens its name is that body, where a town's list
/// or a weak cue made the word a town or a person (not "in Santander": where the town is
/// meant).
fn bodies_by_the_word_after_their_kind(text: &str, mentions: &mut [Mention]) {
    const KIND_OPENERS: [&str; 8] = [
        "Grupo",
        "Club",
        "Banco",
        "Companhia",
        "Compañía",
        "Corporación",
        "Industrias",
        "Empresas",
    ];
    let mut bodies: super::lexicon::FastMap<&str, Option<String>> = Default::default();
    for m in mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Organization)
    {
        if let Some((opener, own)) = text[m.start..m.end].split_once(' ')
            && KIND_OPENERS.contains(&opener)
            && !own.contains(' ')
            && own.starts_with(char::is_uppercase)
        {
            note_sole_value(&mut bodies, own, m.name.as_str());
        }
    }
    if bodies.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        let weak = match m.kind {
            // ("Mexico's presidential election" beside "Grupo Mexico": a country or a region
            // stays itself.)
            EntityKind::Place => {
                m.weight <= LISTED
                    && !after_where_word(text, m.start)
                    && !matches!(m.place_type, Some(PlaceType::Country | PlaceType::Region))
            }
            EntityKind::Person => m.weight <= WEAK,
            _ => false,
        };
        let word = without_possessive_endings(&text[m.start..m.end]);
        if let Some(Some(body)) = bodies.get(word).filter(|_| weak) {
            m.end = m.start + word.len();
            m.kind = EntityKind::Organization;
            m.name = body.clone();
            m.place_type = None;
            m.role = None;
            m.weight = WEAK;
            m.why = "the word after its kind in a body's name (\"Bimbo\" of \"Grupo Bimbo\")";
        }
    }
}

/// "Raymond James" after "Raymond James & Associates": the founder's name that a firm of
/// partners or a family's firm is called by ("& Associates", "& Co.", "& Sons") is the firm
/// where the article gives the name no role and no words to say. (Where it speaks, "Charles
/// Schwab said", the founder may be meant.)
fn founders_names_of_firms(text: &str, mentions: &mut [Mention]) {
    const PARTNERS: [&str; 7] = [
        " & Associates",
        " & Co.",
        " & Co",
        " & Company",
        " & Sons",
        " & Partners",
        " & Cie",
    ];
    let firms: Vec<(&str, String)> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Organization)
        .filter_map(|m| {
            let surface = &text[m.start..m.end];
            let short = PARTNERS.iter().find_map(|p| surface.strip_suffix(p))?;
            short.contains(' ').then(|| (short, m.name.clone()))
        })
        .collect();
    if firms.is_empty() {
        return;
    }
    for m in mentions.iter_mut() {
        if m.kind != EntityKind::Person || m.role.is_some() {
            continue;
        }
        let surface = &text[m.start..m.end];
        let Some((_, name)) = firms.iter().find(|(short, _)| *short == surface) else {
            continue;
        };
        let word_after = text[m.end..]
            .split(|c: char| !c.is_alphabetic())
            .find(|w| !w.is_empty())
            .unwrap_or_default();
        if !LEXICON.speech_verbs.contains(word_after) {
            m.kind = EntityKind::Organization;
            m.name = name.clone();
            m.why =
                "the firm's full name elsewhere in the article (\"Raymond James & Associates\")";
        }
    }
}

/// "the Serum Institute" after "the Serum Institute of India", "the Warriors" after "the
/// Golden State Warriors": a body named again without its "of" phrase, or a team by the last
/// word of its name, is the one body of the article whose longer name it shortens (no kind of
/// body, place or given name: "the Council"; nor "Rangers" where two clubs end in it).
fn shortened_names_of_bodies(mentions: &mut [Mention]) {
    let longer = || {
        mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Organization && m.name.contains(' '))
            .map(|m| m.name.as_str())
    };
    let without_of = bodies_by_first_word_of(longer(), |name| {
        name.split_once(" of ")
            .map(|(short, _)| short)
            .filter(|short| short.contains(' '))
    });
    let by_last_word = bodies_by_first_word_of(longer(), |name| {
        name.rsplit_once(' ')
            .filter(|(rest, last)| rest.split(' ').count() <= 4 && !names_something_else(last))
            .map(|(_, last)| last)
    });
    let renamed: Vec<(usize, String)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == EntityKind::Organization)
        .filter_map(|(i, m)| {
            let name = m.name.as_str();
            let long = without_of.get(name).or_else(|| by_last_word.get(name))?;
            long.filter(|&long| long != name)
                .map(|long| (i, long.to_owned()))
        })
        .collect();
    for (i, long) in renamed {
        mentions[i].name = long;
    }
}

/// "Plaid's campaign director" after "Plaid Cymru", "said Meridian's head of distribution"
/// after "Meridian Pictures": a single word only weakly guessed a person's (by what follows
/// it, or by the model) is the one body of the article whose two-word name it opens, unless a person of the article has
/// the word in their name ("Ford's" after "Harrison Ford").
fn first_words_of_bodies(text: &str, mentions: &mut [Mention], lex: &Lexicon) {
    let mut bodies = bodies_by_first_word(
        mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Organization)
            .map(|m| m.name.as_str()),
        lex,
    );
    let firms = bodies_by_first_word_of(
        mentions
            .iter()
            .filter(|m| {
                m.kind == EntityKind::Organization && without_legal_ending(&m.name) != m.name
            })
            .map(|m| m.name.as_str()),
        |name| first_word_of_a_firm(name, lex),
    );
    for (first, firm) in firms {
        bodies.entry(first).or_insert(firm);
    }
    // "Cascadia, which runs 11 hospitals" after "Cascadia Health Partners": a single word read
    // as a body by cue, not by a list, is the one body whose name of up to four words it opens.
    let longer_bodies = bodies_by_first_word_of(
        mentions
            .iter()
            .filter(|m| m.kind == EntityKind::Organization)
            .map(|m| m.name.as_str()),
        |name| first_word_standing_for(name, lex, 4),
    );
    if longer_bodies.is_empty() {
        return;
    }
    let named_people: Vec<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person && m.weight > WEAK)
        .flat_map(|m| m.name.split(' '))
        .collect();
    let retyped: Vec<(usize, String)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == EntityKind::Person && m.weight <= WEAK)
        .filter_map(|(i, m)| {
            let word = without_possessive_endings(&text[m.start..m.end]);
            let body = (*bodies.get(word)?)?;
            (!named_people.contains(&word)).then(|| (i, body.to_owned()))
        })
        .collect();
    let renamed: Vec<(usize, String)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            m.kind == EntityKind::Organization && m.weight < LISTED && !m.name.contains(' ')
        })
        .filter_map(|(i, m)| {
            let word = without_possessive_endings(&text[m.start..m.end]);
            let body = (*longer_bodies.get(word)?)?;
            (body != m.name && !named_people.contains(&word)).then(|| (i, body.to_owned()))
        })
        .collect();
    for (i, body) in renamed {
        mentions[i].name = body;
    }
    for (i, body) in retyped {
        let m = &mut mentions[i];
        m.kind = EntityKind::Organization;
        m.name = body;
        m.role = None;
        m.why = "the first word of a body the article names (\"Plaid\" of \"Plaid Cymru\")";
    }
}

/// "the Derby" after "the Kentucky Derby", "the Proms" after "the BBC Proms": the head word of
/// the one named event of the article that ends in it, read alone, is that event, whatever a
/// list or a cue made of the word.
fn heads_of_named_events(text: &str, mentions: &mut [Mention]) {
    // Each head word with the one event ending in it (`None` where two do).
    let mut events: HashMap<String, Option<String>> = HashMap::default();
    for m in mentions.iter().filter(|m| m.kind == EntityKind::Event) {
        let Some((_, head)) = m.name.rsplit_once(' ') else {
            continue;
        };
        if !is_tournament_head(head) {
            continue;
        }
        let one = match events.get(head) {
            Some(Some(other)) if *other != m.name => None,
            Some(None) => None,
            _ => Some(m.name.clone()),
        };
        events.insert(head.to_owned(), one);
    }
    if events.is_empty() {
        return;
    }
    for m in mentions.iter_mut().filter(|m| m.kind != EntityKind::Event) {
        if let Some(Some(event)) = events.get(&text[m.start..m.end]) {
            m.kind = EntityKind::Event;
            m.name = event.clone();
            m.place_type = None;
            m.role = None;
            m.why = "the head word of an event the article names (\"the Derby\" of \"the Kentucky Derby\")";
        }
    }
}

/// "Vera Drake was made for less than £6m" after "Mike Leigh's drama Vera Drake": a name the
/// article gives a work (at the byte ranges `titles`) is the work's wherever it stands, and no
/// name is read inside it ("San" of "the game San Andreas"), unless something more than a
/// given name says it is a person's (an honorific, a role: "the book Tony Blair wrote" and
/// "Prime Minister Tony Blair"). Nor is it a place that only its last word made one.
fn no_person_named_as_a_title(text: &str, mentions: &mut Vec<Mention>, titles: &[(usize, usize)]) {
    if titles.is_empty() {
        return;
    }
    let names: Vec<&str> = titles.iter().map(|&(s, e)| &text[s..e]).collect();
    let vouched: super::lexicon::FastSet<String> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person && (m.weight > CUE || m.role.is_some()))
        .map(|m| m.name.clone())
        .collect();
    mentions.retain(|m| {
        let titled = titles
            .iter()
            .any(|&(s, e)| s <= m.start && m.end <= e && (m.start, m.end) != (s, e));
        // ("period drama Harriet Lane", "the thriller Salt Road": a place read from its last
        // word alone is the title too; a listed place keeps its reading.)
        // (`"Vienna" was named after a club` after `the album "Vienna"`: quoted again, the
        // title whatever its kind.)
        let title_named = (m.kind == EntityKind::Person
            || (m.kind == EntityKind::Place && m.weight < LISTED)
            || quoted_alone(text, m.start, m.end))
            && names.contains(&&text[m.start..m.end]);
        vouched.contains(&m.name) || !(titled || title_named)
    });
}

/// Whether the bytes `start..end` of `text` are all a quotation holds (`"Vienna"`).
fn quoted_alone(text: &str, start: usize, end: usize) -> bool {
    let opens = text[..start].ends_with(['"', '\u{201c}']);
    let closes = text[end..].starts_with(['"', '\u{201d}']);
    opens && closes
}

/// "unlike Goldsmith's, maintains" where Goldsmith is a person of the article: a possessive
/// read as a firm's own name for owning nothing after it ("Sotheby's said") is the person's,
/// the elliptical possessive of their name.
fn possessives_of_people(text: &str, mentions: &mut [Mention]) {
    if !mentions.iter().any(|m| m.why == OWNS_NOTHING_WHY) {
        return;
    }
    let people: Vec<String> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Person)
        .flat_map(|m| {
            let last = m.name.rsplit(' ').next().unwrap_or_default();
            [m.name.clone(), last.to_owned()]
        })
        .collect();
    for m in mentions.iter_mut().filter(|m| m.why == OWNS_NOTHING_WHY) {
        let name = without_possessive_endings(&text[m.start..m.end]);
        if people.iter().any(|p| p == name) {
            m.end = m.start + name.len();
            m.kind = EntityKind::Person;
            m.name = name.to_owned();
            m.why = "a possessive of a person's name read elsewhere in the article";
        }
    }
}

/// `word` without the possessive endings it ends in: every "'s", then every "’s".
fn without_possessive_endings(word: &str) -> &str {
    let mut word = word;
    while let Some(rest) = word.strip_suffix("'s") {
        word = rest;
    }
    while let Some(rest) = word.strip_suffix("’s") {
        word = rest;
    }
    word
}

/// "Foreign Office" of "Britain's Foreign Office", "Ministry of Civil Affairs" of "China's
/// Ministry of Civil Affairs": a body's name without the place's possessive that opens it (the
/// mention keeps it, and so groups with "British Foreign Office" by [`org_key`]).
fn without_a_places_possessive<'n>(name: &'n str, lex: &Lexicon) -> &'n str {
    ["'s ", "’s "]
        .iter()
        .find_map(|possessive| name.split_once(possessive))
        .filter(|(place, rest)| {
            rest.starts_with(char::is_uppercase) && lex.places.contains_key(*place)
        })
        .map_or(name, |(_, rest)| rest)
}

fn org_key(name: &str, links: &HashMap<String, String>, lex: &Lexicon) -> String {
    let name = links.get(name).map_or(name, String::as_str);
    let name = name.strip_prefix("the ").unwrap_or(name);
    // "Daimler-Benz AG" and "Daimler-Benz" are one company; so are "Philips Electronics NV"
    // and "Philips", and "Dell Inc." and "Dell".
    let name = trading_name(short_form_of_a_body(name).unwrap_or(name));
    let mut words: Vec<String> = Vec::new();
    for raw in name.split_whitespace() {
        // ("Amazon.com Inc" and "Amazon" are one company.)
        let raw = [".com", ".co.uk", ".net"]
            .iter()
            .find_map(|domain| raw.strip_suffix(domain))
            .filter(|site| !site.is_empty())
            .unwrap_or(raw);
        let word = without_possessive_endings(raw).trim_matches(|c: char| !c.is_alphanumeric());
        // ("U.S. Army" and "US Army" are one; "Leinster" and "Ireland", a province's team
        // and the country's, are two: only a country's name or its people's stands for it.)
        let a_country = |word: &str| {
            lex.places
                .get(word)
                .is_some_and(|p| p.place_type == PlaceType::Country)
                || lex.demonyms.contains_key(word)
        };
        let word = match lex.country_of(word).filter(|_| a_country(word)) {
            Some(code) => code.to_owned(),
            None if word.eq_ignore_ascii_case("defense") => "defence".to_owned(),
            // "Co-operation" and "Cooperation" are one spelling; so are "U.N." and "UN".
            None if word.is_ascii() => word
                .bytes()
                .filter(|&b| b != b'-' && b != b'.')
                .map(|b| char::from(b.to_ascii_lowercase()))
                .collect(),
            None => word.to_lowercase().replace('-', ""),
        };
        words.push(word);
    }
    // "Ministry of Defence" and "Defence Ministry" are one name.
    if let Some(of) = words.iter().position(|w| w == "of")
        && of + 2 == words.len()
        && of >= 1
        && matches!(
            words[of - 1].as_str(),
            "ministry" | "department" | "minister"
        )
    {
        let head = words.remove(of - 1);
        words.remove(of - 1);
        words.push(head);
    }
    words.join(" ")
}

/// "Pernod" after "Pernod Ricard", "Allied" after "Allied Domecq", "Swire" after "Swire Pacific
/// Ltd": for each word that may stand alone for the body whose two-word name (less a
/// company's legal ending) it opens, that body, or `None` where the article's `names` of
/// bodies hold two that open with it.
fn bodies_by_first_word<'n>(
    names: impl Iterator<Item = &'n str>,
    lex: &Lexicon,
) -> HashMap<&'n str, Option<&'n str>> {
    bodies_by_first_word_of(names, |name| standalone_first_word(name, lex))
}

/// Each body's short form as `first_word` finds it (its first word; its name less an "of"
/// phrase or its last word, for [`shortened_names_of_bodies`]), with the one body it stands for
/// (`None` where it stands for two).
fn bodies_by_first_word_of<'n>(
    names: impl Iterator<Item = &'n str>,
    first_word: impl Fn(&'n str) -> Option<&'n str>,
) -> HashMap<&'n str, Option<&'n str>> {
    let mut bodies = HashMap::default();
    // The trading name each first word was read from: "Hutchison Whampoa Ltd" and "Hutchison
    // Whampoa" are one body.
    let mut trading_names: HashMap<&str, &str> = HashMap::default();
    for name in names {
        // ("Swire" after "Swire Pacific Ltd": the two words before a company's legal ending.)
        let trading_name = without_legal_ending(name);
        let Some(first) = first_word(trading_name) else {
            continue;
        };
        match trading_names.get(first) {
            None => {
                trading_names.insert(first, trading_name);
                bodies.insert(first, Some(name));
            }
            Some(&seen) if seen == trading_name => {}
            Some(_) => {
                bodies.insert(first, None);
            }
        }
    }
    bodies
}

/// A body's name without the legal ending a company's may have ("Swire Pacific" of "Swire
/// Pacific Ltd"), not the words of its trade ("Ciba Specialty Chemicals" is a body of its own
/// beside "Ciba").
fn without_legal_ending(name: &str) -> &str {
    without_trailing(name, |word| LEGAL_ENDINGS.contains(&word)).0
}

/// The first word of a two-word body's name that may stand for the body alone ("Pernod" of
/// "Pernod Ricard"): no acronym ("BBC" of "BBC News"), no body of its own ("Google" of "Google
/// News"), and nothing else a word alone names.
fn standalone_first_word<'n>(name: &'n str, lex: &Lexicon) -> Option<&'n str> {
    first_word_standing_for(name, lex, 2)
}

/// "Meta" of "Meta Platforms Inc", "Kestrel" of "Kestrel Haulage Pty Ltd": the first word of
/// the two words of a company's `trading_name` (its name less its legal ending), a given name
/// too: a firm for sure, where the article names no one by the word.
fn first_word_of_a_firm<'n>(trading_name: &'n str, lex: &Lexicon) -> Option<&'n str> {
    let short = trading_name.strip_suffix(" Pty").unwrap_or(trading_name);
    first_word_standing_for_as(short, lex, 2, true)
}

/// The first word of a name of two words up to `most`, all capitalised, when that word can
/// stand for the whole: no acronym, listed body, title or word that names something else.
fn first_word_standing_for<'n>(name: &'n str, lex: &Lexicon, most: usize) -> Option<&'n str> {
    first_word_standing_for_as(name, lex, most, false)
}

/// [`first_word_standing_for`], where a given name may stand for a firm too (`firm`).
fn first_word_standing_for_as<'n>(
    name: &'n str,
    lex: &Lexicon,
    most: usize,
    firm: bool,
) -> Option<&'n str> {
    let (first, rest) = name.split_once(' ')?;
    let names_else = if firm {
        short_form_names_a_place_or_kind(first)
    } else {
        names_something_else(first)
    };
    (rest.split(' ').count() < most
        && rest
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
        // ("Democratic Senate": a party's word before an institution names no body of its own.)
        && !lex.standalone_org_nouns.contains(&rest)
        && !is_org_acronym(first)
        && !lex.organizations.contains_key(first)
        && !names_else
        && !lex.is_title(first)
        && !lex.is_office_title(first))
    .then_some(first)
}

/// Nouns read alone as a body (`Lexicon::standalone_org_nouns`) that are the one body of the
/// article they head, not a body of their own: "the Commission" after "the European
/// Commission" ("the Coalition" against ISIL stays apart from the "Syrian Arab Coalition").
const HEADS_OF_NAMED_BODIES: [&str; 3] = ["Commission", "Department", "Ministry"];

/// Organisation names the article uses for a body it names otherwise, each with that other
/// name: "CJTF-OIR" beside "CJTF" (an acronym carried on after a hyphen), "United" beside
/// "Manchester United" (a club by its own word, when one club of the article is a town and that
/// word).
fn same_body_names<'m>(mentions: &'m [Mention], lex: &Lexicon) -> HashMap<&'m str, &'m str> {
    let names: Vec<&str> = mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Organization)
        .map(|m| m.name.as_str())
        .collect();
    let acronyms: super::lexicon::FastSet<&str> = names
        .iter()
        .copied()
        .filter(|name| !name.contains('-') && is_org_acronym(name))
        .collect();
    let mut club_by_word: HashMap<&str, Option<&str>> = HashMap::default();
    for &name in &names {
        if let Some((town, word)) = name.rsplit_once(' ')
            && lex.places.contains_key(town)
        {
            note_sole_value(&mut club_by_word, word, &name);
        }
        // "Ajax" after "Ajax Amsterdam", "NAC" after "NAC Breda": a club by its own word, before
        // its town (a country's or a region's is a firm's branch: "GM Europe").
        if let Some((own, town)) = name.split_once(' ')
            && lex
                .places
                .get(town)
                .is_some_and(|place| place.place_type == PlaceType::City)
        {
            note_sole_value(&mut club_by_word, own, &name);
        }
        // "Bochum" after "VfL Bochum", "Hamburg" after "Hamburg SV": a club by its name less
        // its abbreviation.
        let words: Vec<&str> = name.split(' ').collect();
        if let [own] = without_club_abbreviations(&words)
            && words.len() > 1
        {
            note_sole_value(&mut club_by_word, *own, &name);
        }
    }
    // "Academy president Frank Pierson" after "the Academy of Motion Picture Arts and
    // Sciences", "the Church" after "the Church of Scientology": a body's cue word alone is
    // the one body of the article whose name it heads.
    let mut body_by_head: HashMap<&str, Option<&str>> = HashMap::default();
    for &name in &names {
        let head = match name.split_once(' ') {
            Some((first, rest))
                if rest.starts_with("of ")
                    || rest.starts_with("for ")
                    || rest.starts_with("on ") =>
            {
                first
            }
            Some(_) => name.rsplit_once(' ').map_or(name, |(_, last)| last),
            None => continue,
        };
        // ("Congress", "the Senate": a body that stands alone by that word is its own; "the
        // Commission" is the European Commission's, or the Central Election Commission's.)
        let own_body =
            lex.standalone_org_nouns.contains(&head) && !HEADS_OF_NAMED_BODIES.contains(&head);
        if lex.org_cues.contains(head) && !own_body {
            note_sole_value(&mut body_by_head, head, &name);
        }
    }
    // "the Security Council" after "the U.N. Security Council", "the National Assembly" after
    // "the Kenya National Assembly": a body's name of two words or more, ending in a cue word,
    // less the place or the listed body's acronym that opens it, is the one body of the article
    // so named (not another listed body: "Democratic Party" of "Social Democratic Party").
    let mut body_by_unqualified: HashMap<&str, Option<&str>> = HashMap::default();
    for &name in &names {
        let Some((first, rest)) = name.split_once(' ') else {
            continue;
        };
        let qualifier = lex.places.contains_key(first)
            || (is_org_acronym(first) && lex.organizations.contains_key(first));
        let unlisted = lex
            .organizations
            .get(rest)
            .is_none_or(|canonical| lex.organizations.get(name) == Some(canonical));
        if qualifier
            && rest.contains(' ')
            && unlisted
            && rest
                .rsplit_once(' ')
                .is_some_and(|(_, last)| lex.org_cues.contains(last))
        {
            note_sole_value(&mut body_by_unqualified, rest, &name);
        }
    }
    let body_by_first_word = bodies_by_first_word(names.iter().copied(), lex);
    let mut same = HashMap::default();
    for &name in &names {
        if let Some(Some(body)) = body_by_first_word.get(name) {
            same.insert(name, *body);
            continue;
        }
        if let Some(Some(body)) = body_by_unqualified.get(name) {
            same.insert(name, *body);
            continue;
        }
        if let Some(Some(body)) = body_by_head.get(name) {
            same.insert(name, *body);
            continue;
        }
        if let Some((first, _)) = name.split_once('-')
            && acronyms.contains(first)
            && is_org_acronym(name)
        {
            same.insert(name, first);
        } else if let Some(Some(club)) = club_by_word.get(name) {
            same.insert(name, *club);
        }
    }
    same
}

/// "Yoweri Kaguta Museveni" beside "Yoweri Museveni": a person's name with middle names in
/// full is the name without them, where the article writes that too. Not middle initials:
/// "George W. Bush" and "George H. W. Bush" are both "George Bush".
fn without_middle_names(mentions: &[Mention], spelled: &mut [Cow<str>]) {
    let two_words: super::lexicon::FastSet<String> = mentions
        .iter()
        .zip(spelled.iter())
        .filter(|(m, name)| m.kind == EntityKind::Person && name.split(' ').count() == 2)
        .map(|(_, name)| name.to_string())
        .collect();
    if two_words.is_empty() {
        return;
    }
    for (m, name) in mentions.iter().zip(spelled.iter_mut()) {
        let words: Vec<&str> = name.split(' ').collect();
        if m.kind != EntityKind::Person
            || words.len() < 3
            || is_initials(words[0])
            || !words[1..words.len() - 1]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase) && !w.ends_with('.') && !is_initials(w))
        {
            continue;
        }
        let short = format!("{} {}", words[0], words[words.len() - 1]);
        if two_words.contains(&short) {
            *name = Cow::Owned(short);
        }
    }
}

/// Groups mentions into entities; returns the drafts (in order of first mention) and, for each
/// kept mention, the index of its draft.
fn group(
    text: &str,
    mentions: &[Mention],
    links: &HashMap<String, String>,
) -> (Vec<Draft>, Vec<usize>) {
    let lex = &*LEXICON;
    // Single-word names that are the last word of a full name belong to the person named first
    // with it ("Padalecki" after "Jared Padalecki" and then his mother "Sherri Padalecki": a
    // story introduces its subject before the relatives who share the name).
    let mut full_by_last: HashMap<String, String> = HashMap::default();
    // And, where no full name ends with it, the first word of one full name ("Anwar" after
    // "Anwar Ibrahim": many names are used by their first word).
    let mut full_by_first: HashMap<String, Option<String>> = HashMap::default();
    // And the first of two surnames ("Quispe", "Quispe Mamani" after "Andrés Quispe Mamani":
    // Spanish and Portuguese names put the father's surname before the mother's, and news
    // uses it alone or both), where no full name ends with it and no one else has it.
    let mut full_by_paternal: HashMap<String, Option<String>> = HashMap::default();
    // And a name written with initials for the given names ("I. Healy", "P Stringer") is the one
    // full name whose given name the initial opens and whose surname it shares ("Ian Healy").
    let mut full_by_initial: HashMap<(char, String), Option<String>> = HashMap::default();
    // And a surname with its particles, capitalised when it opens a sentence or stands alone
    // ("Van Gaal" after "Louis van Gaal"), is the one full name it ends.
    let mut full_by_particles: HashMap<String, Option<String>> = HashMap::default();
    let accented = AccentedWords::of(mentions.iter().map(|m| m.name.as_str()));
    let mut spelled: Vec<Cow<str>> = mentions
        .iter()
        .map(|m| accented.respelled(&m.name))
        .collect();
    without_middle_names(mentions, &mut spelled);
    let people = mentions.iter().zip(&spelled);
    for (_, name) in people.filter(|(m, _)| m.kind == EntityKind::Person) {
        let words: Vec<&str> = name.split(' ').collect();
        if let Some(k) = (1..words.len().saturating_sub(1))
            .find(|&k| words[k].chars().all(char::is_lowercase) && !words[k].is_empty())
        {
            let surname = words[k..].join(" ").to_lowercase();
            note_sole_value(&mut full_by_particles, surname, &name.to_lowercase());
        }
        if words.len() >= 2
            && !is_initials(words[0])
            && let Some(initial) = words[0].chars().next()
        {
            let last = words[words.len() - 1].to_lowercase();
            note_sole_value(&mut full_by_initial, (initial, last), &name.to_lowercase());
        }
        if words.len() >= 3 {
            let full = name.to_lowercase();
            let paternal = words[words.len() - 2];
            if paternal.starts_with(char::is_uppercase) && !lex.given_names.contains(paternal) {
                let both = words[words.len() - 2..].join(" ").to_lowercase();
                for short in [paternal.to_lowercase(), both] {
                    note_sole_value(&mut full_by_paternal, short, &full);
                }
            }
        }
        if words.len() >= 2 {
            let full = name.to_lowercase();
            note_sole_value(&mut full_by_first, words[0].to_lowercase(), &full);
            for last in surname_forms(words[words.len() - 1]) {
                full_by_last
                    .entry(last.to_lowercase())
                    .or_insert_with(|| full.clone());
            }
        }
    }
    // ("Healy" after "I. Healy" and "Ian Healy" is the one person.)
    for full in full_by_last.values_mut() {
        if let Some((first, last)) = full.split_once(' ')
            && !last.contains(' ')
            && is_initials(&first.to_uppercase())
            && let Some(initial) = first.chars().next()
            && let Some(Some(resolved)) =
                full_by_initial.get(&(initial.to_ascii_uppercase(), last.to_owned()))
        {
            *full = resolved.clone();
        }
    }
    let same_body = same_body_names(mentions, lex);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut by_key: HashMap<(EntityKind, String), usize> = HashMap::default();
    let mut owner = Vec::with_capacity(mentions.len());
    // (draft, name) pairs already listed: a draft can gather many names (every facility of
    // one place), and a scan of its list per mention was quadratic.
    let mut names_seen: super::lexicon::FastSet<(usize, String)> = Default::default();
    // The last full name read so far for each family name written first ("kim" of "Kim
    // Young-il", a hyphenated given name after it): "Kim said" after two Kims is the one named
    // last.
    let mut last_by_family: HashMap<String, String> = HashMap::default();
    for (m, spelled) in mentions.iter().zip(&spelled) {
        let key = match m.kind {
            EntityKind::Person => {
                let lower = spelled.to_lowercase();
                let paternal = || full_by_paternal.get(&lower).cloned().flatten();
                if let Some((family, given)) = lower.split_once(' ')
                    && given.contains('-')
                    && !given.contains(' ')
                {
                    last_by_family.insert(family.to_owned(), lower.clone());
                }
                if !lower.contains(' ') {
                    match full_by_last.get(&lower) {
                        Some(full) => full.clone(),
                        None => paternal()
                            .or_else(|| full_by_first.get(&lower).cloned().flatten())
                            .or_else(|| last_by_family.get(&lower).cloned())
                            .unwrap_or(lower),
                    }
                } else {
                    let words: Vec<&str> = spelled.split(' ').collect();
                    let initialled = (words.len() == 2 && is_initials(words[0]))
                        .then(|| words[0].chars().next().zip(words.last()))
                        .flatten()
                        .and_then(|(initial, last)| {
                            full_by_initial
                                .get(&(initial, last.to_lowercase()))
                                .cloned()
                                .flatten()
                        });
                    initialled
                        .or_else(paternal)
                        .or_else(|| full_by_particles.get(&lower).cloned().flatten())
                        .unwrap_or(lower)
                }
            }
            EntityKind::Organization => {
                let name = same_body.get(m.name.as_str()).copied();
                org_key(name.unwrap_or(spelled), links, lex)
            }
            // A site's facilities of one place are one ("Illisky Training Area" and "Illisky
            // Training Centre", the bundled gold's convention), but not the stations one service
            // names after theirs ("RAF Akrotiri", "RAF Marham"), nor buildings of other kinds
            // in one town ("Midleton Library", "Midleton Park Hotel").
            EntityKind::Place if m.place_type == Some(PlaceType::Facility) => {
                let first = m.name.split_whitespace().next().unwrap_or_default();
                let kind = match m.name.split_whitespace().last().unwrap_or_default() {
                    "Area" | "Centre" | "Center" | "Ground" | "Range" | "Polygon" | "Base"
                    | "Field" => "site".to_owned(),
                    last => last.to_lowercase(),
                };
                if lex.organizations.contains_key(first) {
                    m.name.to_lowercase()
                } else if matches!(
                    first,
                    "St" | "St." | "Saint" | "San" | "Santa" | "Al" | "El" | "La" | "Le" | "Los"
                ) || lex.is_title(first)
                {
                    // "St George's Hospital", "St Paul's Cathedral": the saint's name is the
                    // place's; so is the word after an article ("Al Bayt Stadium", "Al Janoub
                    // Stadium") or a title ("King Fahd Stadium").
                    let saint: Vec<&str> = m.name.split_whitespace().take(2).collect();
                    saint.join(" ").to_lowercase() + " " + &kind
                } else {
                    first.to_lowercase() + " " + &kind
                }
            }
            _ => spelled.to_lowercase(),
        };
        let index = *by_key.entry((m.kind, key)).or_insert_with(|| {
            drafts.push(Draft {
                kind: m.kind,
                names: Vec::new(),
                mentions: Vec::new(),
                roles: Vec::new(),
                place_type: m.place_type,
                fixed: None,
            });
            drafts.len() - 1
        });
        let draft = &mut drafts[index];
        let name = match m.kind {
            EntityKind::Place | EntityKind::Event => m.name.clone(),
            EntityKind::Organization => links
                .get(&m.name)
                .cloned()
                .unwrap_or_else(|| without_a_places_possessive(&m.name, lex).to_owned()),
            _ => collapse_spaces(&m.name),
        };
        if m.kind == EntityKind::Organization
            && (links.contains_key(&m.name) || lex.organization_names.contains(m.name.as_str()))
        {
            draft.fixed.get_or_insert_with(|| name.clone());
        }
        // Most mentions repeat a name already listed: only a new one is copied into the set.
        let seen = (index, name);
        if !names_seen.contains(&seen) {
            names_seen.insert(seen.clone());
            draft.names.push(seen.1);
        }
        draft.mentions.push((m.start, m.end));
        if let Some(role) = &m.role {
            draft.roles.push(role.clone());
        }
        let _ = text;
        owner.push(index);
    }
    merge_events(&mut drafts, &mut owner);
    for d in &mut drafts {
        // A headline's "SOUTH AFRICA" is no canonical name while the body writes "South Africa".
        if d.names.first().is_some_and(|n| is_shouted(n))
            && let Some(written) = d.names.iter().position(|n| !is_shouted(n))
        {
            let name = d.names.remove(written);
            d.names.insert(0, name);
        }
        if matches!(d.kind, EntityKind::Person | EntityKind::Event) {
            // The fullest form of the name.
            let best = d
                .names
                .iter()
                .max_by_key(|n| (n.split_whitespace().count(), n.len()))
                .cloned();
            if let Some(best) = best {
                d.names.retain(|n| *n != best);
                d.names.insert(0, best);
            }
        }
        // "Bjørn Haugsrud", not the results' "Bjoern Haugsrud".
        if let Some(first) = d.names.first()
            && let Cow::Owned(accented) = accented.respelled(first)
            && let Some(written) = d.names.iter().position(|n| *n == accented)
        {
            let name = d.names.remove(written);
            d.names.insert(0, name);
        }
    }
    (drafts, owner)
}

/// "Steppe Eagle" and "Steppe Eagle 19" are one event: each event moves into the first other
/// event that has a longer name starting with its name and a space.
fn merge_events(drafts: &mut [Draft], owner: &mut [usize]) {
    // Every event name, lowercased and sorted, with the draft that holds it: the longer names
    // of a name are one range of this list, where scanning all drafts made merging quadratic.
    let mut names: Vec<(String, usize)> = drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| d.kind == EntityKind::Event && !d.mentions.is_empty())
        .flat_map(|(j, d)| d.names.iter().map(move |n| (n.to_lowercase(), j)))
        .collect();
    names.sort_unstable();
    // Where each draft's mentions went: a name keeps pointing at the draft it was listed with.
    let mut moved_to: Vec<usize> = (0..drafts.len()).collect();
    let resolve = |moved_to: &mut Vec<usize>, mut j: usize| {
        while moved_to[j] != j {
            let next = moved_to[j];
            moved_to[j] = moved_to[next];
            j = next;
        }
        j
    };
    let mut grown = Vec::new();
    for i in 0..drafts.len() {
        if drafts[i].kind != EntityKind::Event || drafts[i].mentions.is_empty() {
            continue;
        }
        let prefix = drafts[i].names[0].to_lowercase() + " ";
        let first = names.partition_point(|(n, _)| n.as_str() < prefix.as_str());
        let longer = names[first..]
            .iter()
            .take_while(|(n, _)| n.starts_with(&prefix))
            .map(|&(_, j)| resolve(&mut moved_to, j))
            .filter(|&j| j != i)
            .min();
        if let Some(j) = longer {
            let moved = std::mem::take(&mut drafts[i].mentions);
            let moved_names = std::mem::take(&mut drafts[i].names);
            drafts[j].mentions.extend(moved);
            for n in moved_names {
                if !drafts[j].names.contains(&n) {
                    drafts[j].names.push(n);
                }
            }
            moved_to[i] = j;
            grown.push(j);
        }
    }
    for j in grown {
        drafts[j].mentions.sort_unstable();
    }
    for o in owner.iter_mut() {
        *o = resolve(&mut moved_to, *o);
    }
    // Emptied drafts stay in place so that owner indices remain valid; callers skip them.
}

/// The office title is preferred to a looser description, a description to a relation of
/// family ("his wife"), then the fullest form.
fn choose_role(roles: &[(String, bool)]) -> Option<String> {
    roles
        .iter()
        .max_by_key(|(text, office)| {
            let words = text.split_whitespace().count();
            (*office, !LEXICON.is_kin_role(text), words)
        })
        .map(|(text, _)| text.clone())
}

fn resolve_dates(
    text: &str,
    data: &[ZoneData],
    published: Option<PartialDate>,
    index: &CharIndex,
) -> Vec<DateFact> {
    let mut all: Vec<&DateMention> = data.iter().flat_map(|d| d.dates.iter()).collect();
    all.sort_by_key(|d| d.start);
    // The first full date of each (month, day), with its order among the full dates: a lookup
    // per mention instead of a scan of all full dates, which made resolution quadratic.
    let mut first_full: HashMap<(u8, u8), (usize, i32)> = HashMap::default();
    for (order, d) in all.iter().enumerate() {
        if let PartialDate {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        } = d.date
        {
            first_full.entry((month, day)).or_insert((order, year));
        }
    }
    let mut facts = Vec::with_capacity(all.len());
    // The last date of each unit the article gives (a range's end), which "that day", "the
    // following year" and the like are told by. The publication stamp tells no year or month
    // of this kind, so no date the same as it does.
    let mut last_day: Option<PartialDate> = None;
    let mut last_month: Option<PartialDate> = None;
    let mut last_year: Option<i32> = None;
    // Where the last of each ends: a day's, a month's, a year's.
    let mut told_at = [0usize; 3];
    let unit_index = |unit: AnaphorUnit| match unit {
        AnaphorUnit::Day => 0,
        AnaphorUnit::Month => 1,
        AnaphorUnit::Year => 2,
    };
    for d in all {
        let mut date = d.date;
        let mut until = d.until;
        if date.year.is_none()
            && let Some(month) = date.month
            && (!d.relative || super::dates::only_a_stretch(&text[d.start..d.end]))
        {
            // A month without a day is no one event: it takes the publication year.
            let days = date
                .day
                .map(|first| first..=until.and_then(|u| u.day).unwrap_or(first));
            let same_event = days
                .into_iter()
                .flatten()
                .filter_map(|day| first_full.get(&(month, day)))
                .min_by_key(|(order, _)| *order)
                .map(|&(_, year)| year);
            // Otherwise the publication year, or the one before when the date would fall after
            // publication in a sentence that looks back ("In December" in a March article).
            let from_published = || {
                let yearless = iso_value(&date, until.as_ref())?;
                super::resolve::year_from_publication(text, d.start..d.end, &yearless, published)
                    .or(published.and_then(|p| p.year))
            };
            // ("Saturday 19 March" in a February article: the year, of the publication's and
            // the two beside it, whose 19 March is a Saturday.)
            let weekday_year = || {
                let day = date.day?;
                let around = published?.year?;
                let weekday = text[d.start..d.end]
                    .split(|c: char| !c.is_alphabetic())
                    .find_map(crate::date::weekday_index)?;
                (around - 1..=around + 1).find(|&year| {
                    crate::date::weekday_of_days(crate::date::days_from_civil(year, month, day))
                        == weekday
                })
            };
            let year = same_event.or_else(weekday_year).or_else(from_published);
            if let Some(year) = year {
                date.year = Some(year);
                // ("from December to February": the end in the next year.)
                until = until.map(|u| PartialDate {
                    year: Some(if (u.month, u.day) < (date.month, date.day) {
                        year + 1
                    } else {
                        year
                    }),
                    ..u
                });
            }
        }
        // ("the year to 30 September": from 1 October of the year before.)
        if let Some(period) = d.period
            && until.is_none()
            && let Some(first) = period.start(date)
        {
            until = Some(date);
            date = first;
        }
        let value = match d.anaphor {
            Some(anaphor)
                if anaphor.counted
                    && text
                        .get(told_at[unit_index(anaphor.unit)]..d.start)
                        .is_none_or(|between| between.contains("\n\n")) =>
            {
                None
            }
            Some(anaphor) => told_by(anaphor, last_day, last_month, last_year),
            None => iso_value(&date, until.as_ref()),
        };
        if d.anaphor.is_none() {
            let last = until.unwrap_or(date);
            if last.day.is_some() {
                last_day = Some(last);
                told_at[0] = d.end;
            }
            if published != Some(date) {
                if last.month.is_some() && last.year.is_some() {
                    last_month = Some(last);
                    told_at[1] = d.end;
                }
                if last.year.is_some() {
                    last_year = last.year;
                    told_at[2] = d.end;
                }
            }
        }
        let days = super::resolve::days_of(text, d.start..d.end, value.as_deref(), published);
        let value = match days {
            Some(days) if d.anaphor.is_none() && date.year.is_none() => {
                years_the_days_fix(date, until, days).or(value)
            }
            _ => value,
        };
        let value = value.or_else(|| weekdays_day(d, &text[d.start..d.end], days));
        // ("reported on Wednesday ... spoke to us the next day": a weekday the publication
        // date pins is the last day told too.)
        if d.anaphor.is_none()
            && until.unwrap_or(date).day.is_none()
            && let Some(day) = value
                .as_deref()
                .filter(|v| !v.contains('/'))
                .and_then(PartialDate::parse_iso)
                .filter(|day| day.day.is_some())
        {
            last_day = Some(day);
            told_at[0] = d.end;
        }
        facts.push(DateFact {
            text: text[d.start..d.end].to_owned(),
            span: index.span_of_bytes(d.start..d.end),
            value,
            relative: d.relative,
            days,
        });
    }
    facts
}

/// The value of a date told by the last one of its unit before it ("that day", "that month",
/// "the following year"), one unit on or back as the anaphor says.
fn told_by(
    anaphor: Anaphor,
    last_day: Option<PartialDate>,
    last_month: Option<PartialDate>,
    last_year: Option<i32>,
) -> Option<String> {
    let date = match anaphor.unit {
        // ("that day" after "August 19": the day, with the year if it is known.)
        AnaphorUnit::Day if anaphor.offset == 0 => last_day?,
        AnaphorUnit::Day => {
            let (y, m, d) = last_day?.ymd_parts()?;
            crate::date::civil_from_days(
                crate::date::days_from_civil(y, m, d) + i64::from(anaphor.offset),
            )
        }
        AnaphorUnit::Month => {
            let last = last_month?;
            let months = last.year? * 12 + i32::from(last.month?) - 1 + anaphor.offset;
            PartialDate {
                year: Some(months.div_euclid(12)),
                month: Some(u8::try_from(months.rem_euclid(12) + 1).ok()?),
                day: None,
            }
        }
        AnaphorUnit::Year => PartialDate {
            year: Some(last_year? + anaphor.offset),
            month: None,
            day: None,
        },
    };
    iso_value(&date, None)
}

/// "last September", "mid-June", "since last April", "the third quarter": a relative month the
/// publication date places in one year keeps that year, as a plain month does; the days it
/// stands for say which. None when neither end of the days falls in the month named.
fn years_the_days_fix(
    date: PartialDate,
    until: Option<PartialDate>,
    days: DayRange,
) -> Option<String> {
    let month = date.month?;
    let year_in = |end: &PartialDate, month: u8| (end.month == Some(month)).then_some(end.year)?;
    let year = year_in(&days.start, month).or_else(|| year_in(&days.end, month))?;
    let until = match until {
        Some(u) => Some(PartialDate {
            year: Some(year_in(&days.end, u.month?)?),
            ..u
        }),
        None => None,
    };
    iso_value(
        &PartialDate {
            year: Some(year),
            ..date
        },
        until.as_ref(),
    )
}

/// The value of a weekday that the publication date pins to one day ("on Tuesday" in an article
/// of Friday 4 March 2005 is 2005-03-01): a weekday is a calendar word, as a month is, so the
/// day it stands for is its value, as "Tuesday, March 1" has one. None for a stretch from or
/// until it ("since Monday", "until at least Friday"), or for a weekday nothing dates.
fn weekdays_day(d: &DateMention, written: &str, days: Option<DayRange>) -> Option<String> {
    let first = written
        .split(' ')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    if first == "from" || super::dates::STRETCH_WORDS.contains(&first.as_str()) {
        return None;
    }
    let days = days.filter(|r| r.start == r.end && r.start.ymd_parts().is_some())?;
    d.weekday.then(|| days.start.iso())
}

fn attribute_quotes(
    text: &str,
    data: &[ZoneData],
    mentions: &[Mention],
    owner: &[usize],
    drafts: &[Draft],
    index: &CharIndex,
) -> Vec<Quote> {
    // (Who "he" can refer to is worth reading only in an article that quotes.)
    if data.iter().all(|zone| zone.quotes.is_empty()) {
        return Vec::new();
    }
    let canonical = |i: usize| {
        let d = &drafts[owner[i]];
        d.fixed.clone().unwrap_or_else(|| d.names[0].clone())
    };
    let mut quote_ranges: Vec<(usize, usize)> = data
        .iter()
        .flat_map(|d| d.quotes.iter().map(|q| (q.start, q.end)))
        .collect();
    quote_ranges.sort_unstable();
    let inside_quote = |pos: usize| {
        let after = quote_ranges.partition_point(|&(s, _)| s <= pos);
        after > 0 && pos < quote_ranges[after - 1].1
    };
    // Who "he" can refer to: people named outside quotations, and unnamed speakers.
    // Keyed by (position, order added), a tree so that adding unnamed speakers as quotes are
    // read stays cheap.
    let mut referents: BTreeMap<(usize, usize), Option<String>> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == EntityKind::Person && !m.in_byline && !inside_quote(m.start))
        .map(|(i, m)| ((m.start, 0), Some(canonical(i))))
        .collect();
    // "On Wednesday a spokeswoman confirmed it. '...,' she said": someone unnamed, whom a
    // later pronoun means rather than the last person named.
    for zone in data.iter().filter(|z| z.kind == ZoneKind::Body) {
        for (i, t) in zone.tokens.iter().enumerate() {
            if !(t.is_word()
                && matches!(
                    t.text(text),
                    "spokesman" | "spokeswoman" | "spokesperson" | "spokespeople"
                ))
                || inside_quote(t.start)
            {
                continue;
            }
            // "a spokeswoman", "a BBC spokeswoman", "an Ofcom spokesman": the article, then at
            // most two capitalised words.
            let article = |k: usize| matches!(zone.tokens[k].text(text), "a" | "an" | "A" | "An");
            let body_word =
                |k: usize| zone.tokens[k].is_word() && zone.tokens[k].cap && !article(k);
            let first = (i.saturating_sub(2)..i)
                .rev()
                .take_while(|&k| body_word(k))
                .last()
                .unwrap_or(i);
            if first > 0 && article(first - 1) {
                // ("A spokeswoman for Ucas said ... '...,' she said", "an Ofcom spokesman":
                // the body speaks through them.)
                let body_at = |at: usize| {
                    let k = mentions.partition_point(|m| m.start < at);
                    mentions
                        .get(k)
                        .filter(|m| m.start == at && m.kind == EntityKind::Organization)
                        .map(|_| canonical(k))
                };
                let after_for = zone
                    .tokens
                    .get(i + 1)
                    .filter(|f| f.is_word() && f.text(text) == "for")
                    .and_then(|_| {
                        let next = zone.tokens.get(i + 2)?;
                        let next = if next.text(text) == "the" {
                            zone.tokens.get(i + 3)?
                        } else {
                            next
                        };
                        body_at(next.start)
                    });
                // ("A British Gas spokeswoman, Jan Whitcombe, said": the person named next is
                // who speaks.)
                let named_next = {
                    let limit = widened(text, t.end..t.end, 80).end;
                    let limit = text[t.end..limit].find(". ").map_or(limit, |e| t.end + e);
                    let k = mentions.partition_point(|m| m.start < t.end);
                    mentions[k..]
                        .iter()
                        .take_while(|m| m.start < limit)
                        .any(|m| m.kind == EntityKind::Person)
                };
                let body = after_for
                    .or_else(|| {
                        (first < i)
                            .then(|| body_at(zone.tokens[first].start))
                            .flatten()
                    })
                    .filter(|_| !named_next);
                let added = referents.len() + 1;
                referents.insert((t.start, added), body);
            }
        }
    }
    let genders = genders_of_people(text, mentions, &canonical);
    // The mentions before a byte, nearest first; bounded, like the pronouns' walk, so that a long
    // article does not make every "the ministry said" walk back over all of it.
    let recent_mentions = |at: usize| {
        (0..mentions.partition_point(|m| m.start < at))
            .rev()
            .take(200)
    };
    let mut out: Vec<Quote> = Vec::new();
    let mut seen_quotes: super::lexicon::FastSet<String> = Default::default();
    let mut previous_zone_last: Option<Option<String>> = None;
    // A quotation that opens paragraphs left open, with no speaker yet: its speaker is named
    // where it closes ("...\n\n"I am proud of them," said Ruddock.").
    let mut awaiting_speaker: Vec<(usize, usize)> = Vec::new();
    let named_in = |zone: &ZoneData| -> Vec<Named> {
        let zone_start = zone.tokens.first().map_or(usize::MAX, |t| t.start);
        let zone_end = zone.tokens.last().map_or(0, |t| t.end);
        let first = mentions.partition_point(|m| m.start < zone_start);
        mentions
            .iter()
            .enumerate()
            .skip(first)
            .take_while(|(_, m)| m.start < zone_end)
            .filter(|(_, m)| m.end <= zone_end)
            .filter(|(_, m)| matches!(m.kind, EntityKind::Person | EntityKind::Organization))
            .map(|(i, m)| Named {
                start: m.start,
                end: m.end,
                kind: m.kind,
                canonical: canonical(i),
                speaks: !m.in_byline && !inside_quote(m.start),
            })
            .collect()
    };
    // "Henrik Sollander said:" closing a paragraph: the attribution it hands the quotation
    // that opens the next one.
    let mut handed_over: Option<Attribution> = None;
    for zone in data {
        let handover = std::mem::take(&mut handed_over);
        if zone.kind == ZoneKind::Body && zone.quotes.first().is_none_or(|q| q.open_token != 0) {
            // Narrative between: the quotation it opened was not continued.
            awaiting_speaker.clear();
        }
        if zone.quotes.is_empty() {
            if zone.kind == ZoneKind::Body {
                previous_zone_last = None;
                if zone.tokens.last().is_some_and(|t| t.is_punct(':')) {
                    let named = named_in(zone);
                    let attributor = Attributor::new(text, &zone.tokens, &named);
                    handed_over = Some(attributor.before_a_closing_colon())
                        .filter(|a| *a != Attribution::None);
                }
            }
            continue;
        }
        let named = named_in(zone);
        let attributor = Attributor::new(text, &zone.tokens, &named);
        let mut last_in_zone: Option<Option<String>> = None;
        for q in &zone.quotes {
            if is_title_like(text, &zone.tokens, q) {
                continue;
            }
            // The cue after the closing mark first, but for a quotation its own sentence
            // introduces.
            let read = |before: bool| {
                if before {
                    attributor.before(q)
                } else {
                    attributor.after(q)
                }
            };
            let colon = attributor.introduced_in_its_sentence(q);
            let mut attribution = read(colon);
            if attribution == Attribution::None {
                attribution = read(!colon);
            }
            if attribution == Attribution::None
                && q.open_token == 0
                && let Some(handed) = handover.clone()
            {
                attribution = handed;
            }
            let speaker = match attribution {
                Attribution::Named(name) => Some(name),
                Attribution::Anonymous => {
                    add_unnamed_speaker(&mut referents, q.start);
                    None
                }
                // "he" is the subject of the last sentence that names people: the first
                // person it names ("Ruddock praised Thomas and Williams. '...,' he said" is
                // Ruddock), not the nearest name.
                // Someone known to be of the other gender is passed over ("Mary Smith met
                // John Brown. '...,' she said" is Mary Smith).
                Attribution::Pronoun { at, gender } => {
                    // Bounded: a sentence that names people without end must not make every
                    // pronoun walk back over all of them.
                    let mut before =
                        referents
                            .range(..(at, 0))
                            .rev()
                            .take(24)
                            .filter(|(_, name)| {
                                name.as_ref()
                                    .and_then(|n| genders.get(n))
                                    .is_none_or(|known| gender.is_none_or(|g| *known == g))
                            });
                    let mut subject = before.next();
                    while let (Some(((current, _), _)), Some(previous)) =
                        (subject, before.clone().next())
                    {
                        let between = &text[(previous.0).0.min(*current)..*current];
                        let sentence_break = between.char_indices().any(|(i, c)| {
                            matches!(c, '!' | '?' | '\n')
                                || (c == '.' && between[i + 1..].starts_with(char::is_whitespace))
                        });
                        // ("King Hussein's spokesman Ali Shukri said": whose spokesman he is
                        // is no subject.)
                        let possessor = !between.contains(',')
                            && (between.contains("'s ") || between.contains("’s "));
                        if sentence_break || previous.1.is_none() || possessor {
                            break;
                        }
                        subject = before.next();
                    }
                    subject.and_then(|(_, name)| name.clone())
                }
                // The organisation named last before it whose name has the noun ("the
                // ministry": the "Ministry of Defence").
                // With none, the organisation that is the subject of a sentence of this
                // paragraph or the one before ("Unison, which represents the staff, warned
                // ... / "...," the union said").
                Attribution::Definite { head, at } => {
                    let organisations = || {
                        recent_mentions(at).filter(|&i| {
                            mentions[i].kind == EntityKind::Organization && !mentions[i].in_byline
                        })
                    };
                    organisations()
                        .map(canonical)
                        .find(|name| {
                            (name.split(|c: char| !c.is_alphanumeric()))
                                .any(|word| word.eq_ignore_ascii_case(&head))
                        })
                        .or_else(|| {
                            let from = start_of_previous_paragraph(text, at);
                            organisations()
                                .take_while(|&i| mentions[i].start >= from)
                                .find(|&i| {
                                    opens_a_sentence_past_the(text, mentions[i].start)
                                        && !inside_quote(mentions[i].start)
                                })
                                .map(canonical)
                        })
                }
                // The person named last before it whose role holds the office ("the Foreign
                // Secretary": "Foreign Secretary Boris Johnson"). Unfound, it is an unnamed
                // speaker whom a later "he" means.
                Attribution::Office { title, at } => {
                    let title = title.to_lowercase();
                    let holder = recent_mentions(at)
                        .filter(|&i| mentions[i].kind == EntityKind::Person)
                        .find(|&i| {
                            drafts[owner[i]]
                                .roles
                                .iter()
                                .any(|(role, _)| role.to_lowercase().contains(&title))
                        })
                        .map(canonical);
                    if holder.is_none() {
                        add_unnamed_speaker(&mut referents, q.start);
                    }
                    holder
                }
                Attribution::None => {
                    if let Some(previous) = &last_in_zone {
                        previous.clone()
                    } else if q.open_token == 0 && zone.kind == ZoneKind::Body {
                        previous_zone_last.clone().flatten()
                    } else {
                        None
                    }
                }
            };
            last_in_zone = Some(speaker.clone());
            let opens_paragraph = q.open_token == 0 && zone.kind == ZoneKind::Body;
            let Some(speaker) = speaker else {
                if opens_paragraph && q.close_token == zone.tokens.len() {
                    awaiting_speaker.push((q.start, q.end));
                }
                continue;
            };
            let continued = std::mem::take(&mut awaiting_speaker);
            let earlier = continued.into_iter().filter(|_| opens_paragraph);
            for (start, end) in earlier.chain([(q.start, q.end)]) {
                let quoted = collapse_spaces(&text[start..end]);
                if !seen_quotes.insert(quoted.clone()) {
                    continue;
                }
                out.push(Quote {
                    speaker: Some(speaker.clone()),
                    text: quoted,
                    span: index.span_of_bytes(start..end),
                });
            }
        }
        if zone.kind == ZoneKind::Body {
            previous_zone_last = last_in_zone.or(previous_zone_last.clone());
        }
    }
    out
}

/// Where the paragraph before the one holding byte `at` starts (the text's start if none).
fn start_of_previous_paragraph(text: &str, at: usize) -> usize {
    let this = text[..at].trim_end().rfind('\n').map_or(0, |i| i + 1);
    text[..this].trim_end().rfind('\n').map_or(0, |i| i + 1)
}

/// Whether the name at byte `at` opens its sentence or paragraph.
fn opens_a_sentence(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\t']);
    before.is_empty() || before.ends_with(['\n', '.', '!', '?', '"', '\u{201d}'])
}

/// Whether byte `at` opens a sentence, perhaps after its "The" ("The SFO said ...").
fn opens_a_sentence_past_the(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\t']);
    opens_a_sentence(text, at)
        || before
            .strip_suffix("The")
            .is_some_and(|rest| opens_a_sentence(text, rest.len()))
}

/// Records an unnamed speaker at byte `at` ("the commander told ..."), whom a later "he" means
/// rather than someone named before.
fn add_unnamed_speaker(referents: &mut BTreeMap<(usize, usize), Option<String>>, at: usize) {
    let added = referents.len() + 1;
    referents.insert((at, added), None);
}

/// The gender a role's last word says: "spokeswoman", "actress"; "spokesman", "businessman".
fn gender_of_role(role: &str) -> Option<Gender> {
    let noun = role.rsplit(' ').next()?.to_lowercase();
    match noun.as_str() {
        "spokeswoman" | "chairwoman" | "businesswoman" | "sportswoman" | "congresswoman"
        | "policewoman" | "actress" | "waitress" | "headmistress" | "mother" | "wife"
        | "daughter" | "sister" | "grandmother" | "widow" => Some(Gender::Female),
        "spokesman" | "businessman" | "sportsman" | "congressman" | "policeman" | "father"
        | "husband" | "son" | "brother" | "grandfather" | "widower" => Some(Gender::Male),
        _ => None,
    }
}

/// "Her husband, the architect Dapo Adeyemi": the gender of a relation of family that a name
/// stands in apposition to, a few lowercase words and a comma before it.
fn relation_set_before(text: &str, start: usize) -> Option<Gender> {
    let from = (start.saturating_sub(60)..start)
        .find(|&k| text.is_char_boundary(k))
        .unwrap_or(start);
    let before = &text[from..start];
    let before = before.get(before.find(' ').map_or(0, |k| k + 1)..)?;
    for word in before.split_whitespace().rev().take(5) {
        let word = word.trim_end_matches(',');
        // ("the mother of Tom Weiss": the relation is someone else's.)
        if word.starts_with(char::is_uppercase)
            || word.ends_with(['.', ';', ':'])
            || matches!(word, "of" | "to" | "with" | "for" | "and" | "by")
        {
            return None;
        }
        if let Some(gender) = gender_of_role(word) {
            return Some(gender);
        }
    }
    None
}

/// The gender of each person the article names, where a mention tells it: an honorific before
/// it ("Mr", "Mrs") or the given name it opens with, as the given-name list has it. A person
/// whose mentions disagree has none.
fn genders_of_people(
    text: &str,
    mentions: &[Mention],
    canonical: &dyn Fn(usize) -> String,
) -> HashMap<String, Gender> {
    let lex = &*LEXICON;
    let mut found: HashMap<String, Option<Gender>> = HashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        if m.kind != EntityKind::Person {
            continue;
        }
        let honorific = text[..m.start]
            .trim_end()
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .map(|w| w.trim_end_matches('.'));
        let gender = match honorific {
            Some("Mr" | "Sir" | "Lord") => Some(Gender::Male),
            Some("Mrs" | "Ms" | "Miss" | "Dame" | "Lady") => Some(Gender::Female),
            // ("A spokeswoman, Jan Whitcombe, said": a role that says it outweighs the given
            // name, which may be either.)
            _ => m
                .role
                .as_ref()
                .and_then(|(role, _)| gender_of_role(role))
                .or_else(|| relation_set_before(text, m.start))
                .or_else(|| {
                    text[m.start..m.end]
                        .split_whitespace()
                        .next()
                        .and_then(|first| lex.gender_of(first))
                }),
        };
        let Some(gender) = gender else { continue };
        found
            .entry(canonical(i))
            .and_modify(|known| {
                if *known != Some(gender) {
                    *known = None;
                }
            })
            .or_insert(Some(gender));
    }
    found
        .into_iter()
        .filter_map(|(name, gender)| Some((name, gender?)))
        .collect()
}

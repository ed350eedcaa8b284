//! Teams named by their country or city: in a sports result ("Sweden 1 – 0 Korea Republic",
//! "Belgium defeated Panama 3 – 0", "Tunisia lost 1 – 2 to England") a place name stands for
//! the team that played, an organisation. Decided once per article: a name read as a team in
//! one result is the team wherever the article names it.

use super::lexicon::{FastMap, FastSet, Lexicon, note_sole_value};
use super::names::{DATELINE_WHY, LISTED, Mention, TEAM_STAFF_WHY, TITLED, WEAK};
use super::resolve::number_word;
use super::results::{RESULT_TEAM_WHY, side_name};
use super::text::{alphanumeric_words, sentence_end, title_case, widened, word_before};
use crate::facts::{EntityKind, PlaceType};
use std::borrow::Cow;
use std::sync::LazyLock;

const TEAM_BY_PLACE_WHY: &str = "a sports result names it: a team named by its place";

/// Words that set a team against another in a result ("beat Wales", "against Italy").
const BEFORE_OPPONENT: [&str; 8] = [
    "beat", "beats", "defeated", "against", "versus", "vs", "v", "over",
];
/// Words that follow a team in a result ("England beat", "Italy drew").
const AFTER_TEAM: [&str; 8] = [
    "beat", "beats", "defeated", "won", "lost", "drew", "trailed", "led",
];

/// Retypes as organisations the place mentions a sports result reads as teams, and every
/// other mention of the same names, of the teams `named` otherwise and, in a report with a
/// score, of the places a player or coach was named after ("Wales coach Mike Ruddock").
/// `scored`: whether the article gives a score or a margin anywhere ([`tells_a_result`]);
/// `sport`: whether it reads as a sports report ([`SportWords::report`]), where a place that hosts,
/// faces or plays another is a team without a score ("England host France on Saturday").
pub(crate) fn teams_in_results(
    text: &str,
    mentions: &mut [Mention],
    named: &[&str],
    scored: bool,
    sport: bool,
) {
    let mut teams: FastSet<&str> = named.iter().copied().collect();
    // Most articles give no score or margin anywhere: then no place stands in a result, and
    // one pass over the text spares a look around every place's mention.
    if scored || sport {
        for m in mentions.iter() {
            let placeish = m.kind == EntityKind::Place && m.place_type != Some(PlaceType::Facility);
            // "Wales coach Mike Ruddock" in a report with a score: the team, wherever named.
            let staffed = m.kind == EntityKind::Organization && m.why == TEAM_STAFF_WHY;
            let a_side = || {
                (scored && in_a_result(text, m.start, m.end))
                    || (sport && in_a_fixture(text, m.start, m.end))
                    || (sport
                        && m.place_type == Some(PlaceType::Country)
                        && the_national_side(text, m.start, m.end))
            };
            if staffed || (placeish && a_side()) {
                teams.insert(&text[m.start..m.end]);
            }
        }
        if !teams.is_empty() {
            listed_beside_teams(text, mentions, &mut teams);
        }
    }
    if teams.is_empty() {
        return;
    }
    let teams: FastSet<String> = teams.into_iter().map(str::to_owned).collect();
    for m in mentions.iter_mut() {
        let surface = &text[m.start..m.end];
        // (A listed ground is where a side plays: "a 3-3 draw at Old Trafford".)
        let ground = m.place_type == Some(PlaceType::Facility) && m.weight >= LISTED;
        if m.kind != EntityKind::Person
            && m.why != DATELINE_WHY
            && m.why != PLAYED_FOR_WHY
            && !ground
            && teams.contains(surface)
        {
            // (A body already read keeps its name: "Steaua Bucharest" is the listed "Steaua
            // București".)
            if m.kind != EntityKind::Organization {
                m.name = side_name(surface).to_owned();
            }
            m.kind = EntityKind::Organization;
            m.place_type = None;
            m.weight = TITLED;
            m.why = TEAM_BY_PLACE_WHY;
        }
    }
}

/// "Group eight: Romania, Ireland, Macedonia, Iceland": in a list of three or more names that
/// names a team, the places listed beside it are teams too (`mentions` sorted by where they
/// start).
fn listed_beside_teams<'t>(text: &'t str, mentions: &[Mention], teams: &mut FastSet<&'t str>) {
    let placeish = |m: &Mention| {
        m.kind == EntityKind::Place
            && m.place_type != Some(PlaceType::Facility)
            && m.why != DATELINE_WHY
    };
    let listed_next = |first: &Mention, second: &Mention| {
        first.end <= second.start
            && matches!(&text[first.end..second.start], ", " | " and " | ", and ")
    };
    let mut from = 0;
    while from < mentions.len() {
        let mut to = from + 1;
        while to < mentions.len() && listed_next(&mentions[to - 1], &mentions[to]) {
            to += 1;
        }
        let list = &mentions[from..to];
        let surface = |m: &Mention| &text[m.start..m.end];
        if list.len() >= 3 && list.iter().any(|m| teams.contains(surface(m))) {
            for m in list.iter().filter(|m| placeish(m)) {
                teams.insert(surface(m));
            }
        }
        from = to;
    }
}

const PLAYED_FOR_WHY: &str = "the side a player plays, signs or scores for, moves from or to, is \
     on loan at or is capped by (\"goals for England\", \"joined from Valencia\", \"a Spain \
     international\")";

/// Verbs and nouns of playing for a side, the word before "for" ("signed for Everton", "four
/// goals for England"); a form of "play" may have its object between ("plays his club rugby
/// for Biarritz").
const PLAYED_FOR: [&str; 17] = [
    "play",
    "plays",
    "played",
    "playing",
    "signed",
    "signs",
    "signing",
    "scored",
    "scores",
    "scoring",
    "goal",
    "goals",
    "caps",
    "appearances",
    "debut",
    "try",
    "tries",
];

/// "who plays for Biarritz", "scored four goals for England", "made his debut for Wales": the
/// name after "for" is the side. In a sports report (`report`) so is the club a player or a
/// coach moves from or to ("joined from Valencia", "on loan from Fulham", "a move to Chelsea",
/// "offers from Newcastle and Tottenham"), unless it is a country's name, or spent time at ("on
/// loan at Monaco"), and the country that capped a player ("a Spain international"). Adds a
/// mention where no step read the name, and returns the surfaces, whose other mentions
/// [`teams_in_results`] makes the team too. A person's name is left as it was ("played for
/// Ferguson" would be a coach's side, not a name of it).
pub(crate) fn sides_played_for<'t>(
    text: &'t str,
    mentions: &mut Vec<Mention>,
    report: bool,
) -> Vec<&'t str> {
    let mut sides = Vec::new();
    let mut unread = Vec::new();
    let moves: &[(&str, CueBefore)] = if report {
        &[
            (" for ", played_before),
            (" from ", moved_before),
            (" to ", moving_before),
            (" at ", spent_at_before),
        ]
    } else {
        &[(" for ", played_before)]
    };
    for &(needle, cue_before) in moves {
        for (at, _) in text.match_indices(needle) {
            if !cue_before(&text[..at]) {
                continue;
            }
            let Some(first) = side_name_after(text, at + needle.len()) else {
                continue;
            };
            // "offers from Newcastle and Tottenham": sides listed together.
            for (start, end) in std::iter::successors(Some(first), |&(_, end)| {
                [" and ", " or "]
                    .iter()
                    .find_map(|joint| text[end..].strip_prefix(joint).map(|_| end + joint.len()))
                    .and_then(|next| side_name_after(text, next))
            })
            .take(4)
            {
                // ("his move to Spain": a national side signs no one; a loan is at a club, "on
                // loan at Monaco".)
                let countries_sign = !matches!(needle, " from " | " to ");
                if let Some(side) = side_at(text, mentions, start, end, countries_sign, &mut unread)
                {
                    sides.push(side);
                }
            }
        }
    }
    if report {
        // "the 28-year-old Spain international": the side a player is capped by.
        for m in mentions.iter_mut() {
            let capped = text[m.end..]
                .strip_prefix(" international")
                .is_some_and(|rest| {
                    !rest.starts_with(char::is_alphanumeric) || rest.starts_with('s')
                });
            if capped && m.place_type == Some(PlaceType::Country) && m.why != DATELINE_WHY {
                let surface = &text[m.start..m.end];
                retype_as_club(m, surface.to_owned(), PLAYED_FOR_WHY);
                sides.push(surface);
            }
        }
    }
    if !unread.is_empty() {
        mentions.extend(unread);
        mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    }
    sides
}

/// The side named at `start..end` for [`sides_played_for`]: the mention read there made the
/// club (a person's name left alone, and a country's unless `countries_sign`), or a new club
/// mention pushed to `unread` where nothing overlaps it.
fn side_at<'t>(
    text: &'t str,
    mentions: &mut [Mention],
    start: usize,
    end: usize,
    countries_sign: bool,
    unread: &mut Vec<Mention>,
) -> Option<&'t str> {
    let surface = &text[start..end];
    // (Mentions are sorted by start: the one read here, if any, is found by halving.)
    let first_at_start = mentions.partition_point(|m| m.start < start);
    let read = mentions[first_at_start..]
        .iter()
        .take_while(|m| m.start == start)
        .position(|m| m.end == end)
        .map(|k| first_at_start + k);
    match read {
        Some(at) if mentions[at].kind == EntityKind::Person => None,
        Some(at) if !countries_sign && mentions[at].place_type == Some(PlaceType::Country) => None,
        Some(at) => {
            let m = &mut mentions[at];
            if m.why != DATELINE_WHY {
                retype_as_club(m, surface.to_owned(), PLAYED_FOR_WHY);
            }
            Some(surface)
        }
        None if !overlaps_a_mention(mentions, start, end) => {
            unread.push(club_mention(start, end, surface.to_owned(), PLAYED_FOR_WHY));
            Some(surface)
        }
        None => None,
    }
}

/// A test of the text before a needle of [`sides_played_for`] ("joined" before " from ").
type CueBefore = fn(&str) -> bool;

/// The side's name from `name_start`: up to three capitalised words, to the first that ends
/// its clause ("for England, who") or the possessive of one ("for England's under-21 side").
fn side_name_after(text: &str, name_start: usize) -> Option<(usize, usize)> {
    let (mut pos, mut name_end) = (name_start, name_start);
    for word in text[name_start..].split(' ').take(3) {
        if !word.starts_with(char::is_uppercase) {
            break;
        }
        let whole = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("\u{2019}s"))
            .unwrap_or(word)
            .trim_end_matches(|c: char| !c.is_alphanumeric());
        name_end = pos + whole.len();
        if whole.len() < word.len() {
            break;
        }
        pos += word.len() + 1;
    }
    (name_end - name_start >= 2).then_some((name_start, name_end))
}

/// "joined from Valencia", "signed from Ajax", "on loan from Fulham": the word before "from".
fn moved_before(before: &str) -> bool {
    let word = before.rsplit(' ').next().unwrap_or_default();
    matches!(
        word,
        "joined"
            | "joins"
            | "signed"
            | "signs"
            | "moved"
            | "arrived"
            | "transferred"
            | "loan"
            | "offers"
            | "offer"
            | "interest"
            | "bids"
    )
}

/// "on loan at Monaco", "a spell at Fulham", "his spells at Ajax": the word before "at".
fn spent_at_before(before: &str) -> bool {
    let word = before.rsplit(' ').next().unwrap_or_default();
    matches!(word, "loan" | "spell" | "spells" | "stint")
}

/// "a move to Chelsea", "his transfer to Real Madrid", "loaned to Wigan": the word before "to".
fn moving_before(before: &str) -> bool {
    let word = before.rsplit(' ').next().unwrap_or_default();
    matches!(word, "move" | "transfer" | "switch" | "loaned")
}

/// Whether `before` (the text up to " for ") ends in a word of [`PLAYED_FOR`], or in a form
/// of "play" and up to three words of what is played ("plays his club rugby", "played their
/// home games"), not any object ("plays a role for NATO").
fn played_before(before: &str) -> bool {
    const PLAYED_THINGS: [&str; 20] = [
        "his",
        "her",
        "their",
        "club",
        "county",
        "state",
        "provincial",
        "domestic",
        "international",
        "rugby",
        "football",
        "cricket",
        "hockey",
        "basketball",
        "baseball",
        "league",
        "home",
        "games",
        "matches",
        "first",
    ];
    for (i, word) in before.rsplit(' ').take(4).enumerate() {
        if i == 0 && PLAYED_FOR.contains(&word) {
            return true;
        }
        if i > 0 && matches!(word, "play" | "plays" | "played" | "playing") {
            return true;
        }
        if !PLAYED_THINGS.contains(&word) {
            return false;
        }
    }
    false
}

/// "Ajax Amsterdam", "PSV Eindhoven": a club named by a word and its city is named by the
/// word alone too. Where the article names such a club, mentions of the word that were read as
/// a place (Ajax, Ontario) or as a weak guess are the club, and so are the word's mentions no
/// step read ("scored twice for Bayern"). In a sports report the town alone names the club too
/// ("Dortmund's Andreas Moeller"), except after a place preposition ("in Dortmund"). `scored`
/// as for [`teams_in_results`].
pub(crate) fn short_forms_of_clubs(
    text: &str,
    mentions: &mut Vec<Mention>,
    lex: &Lexicon,
    scored: bool,
) {
    let city_of = |w: &str| lex.places.get(w).map(|p| p.place_type);
    let mut clubs: Vec<(String, String)> = Vec::new();
    let mut towns: Vec<(String, String)> = Vec::new();
    let mut words: Vec<(&str, String)> = Vec::new();
    for m in mentions.iter() {
        let surface = &text[m.start..m.end];
        if m.kind == EntityKind::Organization
            && let Some((word, town)) = surface.split_once(' ')
            && !town.contains(' ')
            && city_of(town) == Some(PlaceType::City)
            && city_of(word).is_none_or(|t| t == PlaceType::City)
            && word.chars().next().is_some_and(char::is_uppercase)
        {
            clubs.push((word.to_uppercase(), m.name.clone()));
            towns.push((town.to_uppercase(), m.name.clone()));
            if city_of(word).is_none() && !lex.is_capitalised_common_word(word) {
                words.push((word, m.name.clone()));
            }
        }
    }
    if clubs.is_empty() {
        return;
    }
    let sports_report = scored || mentions.iter().any(is_a_results_side);
    if !sports_report {
        towns.clear();
    }
    for m in mentions.iter_mut() {
        if m.why == DATELINE_WHY {
            continue;
        }
        let weak_guess = m.weight <= WEAK && m.kind != EntityKind::Event;
        let surface = text[m.start..m.end].to_uppercase();
        let as_word = (m.kind == EntityKind::Place || weak_guess)
            .then(|| clubs.iter().find(|(word, _)| *word == surface))
            .flatten();
        let as_town = (m.kind == EntityKind::Place && !after_a_place_word(text, m.start, lex))
            .then(|| towns.iter().find(|(town, _)| *town == surface))
            .flatten();
        if let Some((_, club)) = as_word.or(as_town) {
            retype_as_club(m, club.clone(), BY_WORD_AND_CITY_WHY);
        }
    }
    let found: Vec<(usize, usize, &String)> = words
        .iter()
        .flat_map(|(word, club)| {
            standalone(text, word).map(move |start| (start, start + word.len(), club))
        })
        .collect();
    add_unread_club_mentions(mentions, found, BY_WORD_AND_CITY_WHY);
}

const SIDE_NICKNAME_WHY: &str = "a sports report's side named by its plural nickname after \"the\" (\"the Ospreys beat the Sharks\")";

/// Plural words after "the" that name a competition or a range, not a side.
const NOT_NICKNAMES: [&str; 16] = [
    "Games",
    "Championships",
    "Olympics",
    "Paralympics",
    "Finals",
    "Playoffs",
    "Nations",
    "Masters",
    "Series",
    "Sevens",
    "Majors",
    "Awards",
    "Americas",
    "Rules",
    "Times",
    "News",
];

/// "The Sharks lost 20-13 to the Bulls", "Munster travel to face the Ospreys": in a sports
/// report, a plural nickname after "the" that nothing read and that stands in a result or a
/// fixture is a side, an organisation, wherever the article writes it after "the".
pub(crate) fn sides_by_their_nicknames(
    text: &str,
    mentions: &mut Vec<Mention>,
    lex: &Lexicon,
    scored: bool,
) {
    // Each plural nickname after "the", with where it stands: one pass over the text.
    let mut written: FastMap<&str, Vec<usize>> = FastMap::default();
    for (the, _) in text
        .match_indices("the ")
        .chain(text.match_indices("The "))
        .filter(|&(the, _)| the == 0 || !text[..the].ends_with(char::is_alphanumeric))
    {
        let at = the + 4;
        let rest = &text[at..];
        let len = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        let (word, after) = rest.split_at(len);
        // ("the Sharks Academy", "the Lions-based": more of another name.)
        let alone = !after.starts_with('-')
            && !after
                .strip_prefix(' ')
                .is_some_and(|next| next.starts_with(char::is_uppercase));
        let nickname = word.len() > 3
            && word.starts_with(char::is_uppercase)
            && word.chars().skip(1).all(char::is_lowercase)
            && word.ends_with('s')
            && !word.ends_with("ss")
            && !NOT_NICKNAMES.contains(&word)
            && !lex.places.contains_key(word)
            && !lex.demonyms.contains_key(word);
        if alone && nickname && !overlaps_a_mention(mentions, at, at + len) {
            written.entry(word).or_default().push(at);
        }
    }
    let mut found: Vec<(usize, usize, String)> = Vec::new();
    for (word, at) in written {
        // (Read from "the": "face the Ospreys" is "face" before the side.)
        let a_side = at.iter().any(|&i| {
            (scored && in_a_result(text, i - 4, i + word.len()))
                || in_a_fixture(text, i - 4, i + word.len())
        });
        if a_side {
            found.extend(at.into_iter().map(|i| (i, i + word.len(), word.to_owned())));
        }
    }
    let found: Vec<(usize, usize, &String)> = found.iter().map(|(s, e, w)| (*s, *e, w)).collect();
    add_unread_club_mentions(mentions, found, SIDE_NICKNAME_WHY);
}

/// "Thomond Park", "Kings Park": in a sports report a park is a ground, where sides play.
pub(crate) fn parks_are_grounds(text: &str, mentions: &mut [Mention]) {
    for m in mentions.iter_mut() {
        if m.kind == EntityKind::Place
            && m.place_type == Some(PlaceType::Other)
            && text[m.start..m.end].ends_with(" Park")
        {
            m.place_type = Some(PlaceType::Facility);
        }
    }
}

/// Whether a result, or a team that a result names, made the mention a side.
fn is_a_results_side(m: &Mention) -> bool {
    m.why == RESULT_TEAM_WHY || m.why == TEAM_BY_PLACE_WHY
}

/// Adds a club mention for each `(start, end, club)` that no mention overlaps, once for each
/// stretch however many times it was found ("the Bulls" of each "Chicago Bulls" the article
/// writes), keeping `mentions` sorted.
fn add_unread_club_mentions(
    mentions: &mut Vec<Mention>,
    mut found: Vec<(usize, usize, &String)>,
    why: &'static str,
) {
    found.sort_unstable_by_key(|&(start, end, _)| (start, end));
    found.dedup_by_key(|&mut (start, end, _)| (start, end));
    let unread: Vec<Mention> = found
        .into_iter()
        .filter(|&(start, end, _)| !overlaps_a_mention(mentions, start, end))
        .map(|(start, end, club)| club_mention(start, end, club.clone(), why))
        .collect();
    if !unread.is_empty() {
        mentions.extend(unread);
        mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    }
}

/// "Chicago 103 Miami 95" and "the Chicago Bulls", "Leeds 2 Chelsea 1" and "Leeds United": in a
/// sports report that names a team by its town and its own word, the town a result names as a
/// side is that team, where the article names no other team of the town; and "the Bulls", its
/// word after "the", is the team too (not a word every club has: "United", "City").
pub(crate) fn teams_by_their_town(text: &str, mentions: &mut Vec<Mention>, lex: &Lexicon) {
    const SHARED_WORDS: [&str; 8] = [
        "United",
        "City",
        "Town",
        "County",
        "Athletic",
        "FC",
        "Rovers",
        "Wanderers",
    ];
    if !mentions.iter().any(is_a_results_side) {
        return;
    }
    // Town (in capitals) -> the team's name, None where two teams share the town.
    let mut by_town: FastMap<String, Option<String>> = FastMap::default();
    let mut by_word: Vec<(String, String)> = Vec::new();
    // "the Nuggets" of the listed "Denver Nuggets" is read by the team's full name.
    for m in mentions
        .iter()
        .filter(|m| m.kind == EntityKind::Organization && !is_a_results_side(m))
    {
        let Some((town, word)) = m.name.rsplit_once(' ') else {
            continue;
        };
        let listed_town = lex
            .places
            .get(town)
            .is_some_and(|p| matches!(p.place_type, PlaceType::City | PlaceType::Region));
        if !listed_town || !word.starts_with(char::is_uppercase) || town.split(' ').count() > 2 {
            continue;
        }
        note_sole_value(&mut by_town, town.to_uppercase(), &m.name);
        if !SHARED_WORDS.contains(&word) && word.len() > 2 {
            by_word.push((word.to_owned(), m.name.clone()));
        }
    }
    // "UTAH 99 Denver 90" and "the Jazz": a listed team of a side's town named by its word
    // alone.
    let capitalised_after_the = words_after_the(text);
    // (A table names each town many times: each is looked up once.)
    let towns: FastSet<String> = mentions
        .iter()
        .filter(|m| is_a_results_side(m))
        .map(|m| title_case(&text[m.start..m.end]))
        .collect();
    for town in &towns {
        for word in &capitalised_after_the {
            if let Some(team) = lex.organizations.get(format!("{town} {word}").as_str()) {
                note_sole_value(&mut by_town, town.to_uppercase(), *team);
                by_word.push(((*word).to_owned(), (*team).to_owned()));
            }
        }
    }
    for m in mentions.iter_mut().filter(|m| is_a_results_side(m)) {
        let surface = text[m.start..m.end].to_uppercase();
        if let Some(Some(team)) = by_town.get(&surface) {
            retype_as_club(m, team.clone(), BY_TOWN_AND_WORD_WHY);
        }
    }
    let found: Vec<(usize, usize, &String)> = by_word
        .iter()
        .flat_map(|(word, team)| {
            text.match_indices(word.as_str())
                .map(|(start, _)| start)
                .filter(|&start| {
                    let end = start + word.len();
                    text[..start].ends_with(' ')
                        && !text[end..].starts_with(char::is_alphanumeric)
                        && matches!(word_before(text, start), "the" | "The")
                })
                .map(move |start| (start, start + word.len(), team))
        })
        .collect();
    add_unread_club_mentions(mentions, found, BY_TOWN_AND_WORD_WHY);
}

/// The distinct capitalised words that follow "the " in `text` ("the Jazz").
fn words_after_the(text: &str) -> FastSet<&str> {
    text.match_indices("the ")
        .filter(|&(i, _)| i == 0 || !text[..i].ends_with(char::is_alphanumeric))
        .filter_map(|(i, _)| {
            let rest = &text[i + 4..];
            let end = rest
                .find(|c: char| !c.is_alphanumeric())
                .unwrap_or(rest.len());
            let word = &rest[..end];
            (word.len() > 2 && word.starts_with(char::is_uppercase)).then_some(word)
        })
        .collect()
}

/// Where `word` stands alone in `text`.
fn standalone<'t>(text: &'t str, word: &'t str) -> impl Iterator<Item = usize> + 't {
    text.match_indices(word)
        .map(|(i, _)| i)
        .filter(move |&i| stands_alone(text, i, word.len()))
}

/// Whether the word at `i..i + len` stands alone: not inside a longer word, nor next to
/// another capitalised word of the same run ("FC Bayern", "Bayern Munich").
fn stands_alone(text: &str, i: usize, len: usize) -> bool {
    let capitalised = |w: &str| w.starts_with(char::is_uppercase);
    let before = text[..i].chars().next_back();
    let after = text[i + len..].chars().next();
    // The word a space away before it, if any.
    let previous = text[..i]
        .strip_suffix(' ')
        .map_or("", |head| head.rsplit([' ', '\n']).next().unwrap_or(""));
    let next = text[i + len..].split_whitespace().next().unwrap_or("");
    let joined = |c: char| c.is_alphanumeric() || c == '-';
    let in_a_word = before.is_some_and(joined) || after.is_some_and(joined);
    let after_a_name = capitalised(previous) && !previous.ends_with(['.', ',', ':', ';']);
    let before_a_name = capitalised(next) && !next.ends_with([',', '.']);
    !in_a_word && !after_a_name && !before_a_name
}

/// Whether any of `mentions` (sorted by start) overlaps `start..end`. Mentions barely
/// overlap one another, so the few that start before `end` are enough to look at.
fn overlaps_a_mention(mentions: &[Mention], start: usize, end: usize) -> bool {
    let before_end = mentions.partition_point(|m| m.start < end);
    mentions[..before_end]
        .iter()
        .rev()
        .take(8)
        .any(|m| start < m.end)
}

/// Whether a place preposition ("in", "at", "near") stands right before `start`.
fn after_a_place_word(text: &str, start: usize, lex: &Lexicon) -> bool {
    let word = word_before(text, start).to_lowercase();
    lex.location_prepositions.contains(&word.as_str())
}

/// Whether the name at `start..end` stands in a sports result: a score right after or right
/// before it ("Sweden 1 – 0", "1 – 2 to England"), or a result verb next to it in a sentence
/// that gives a score.
fn in_a_result(text: &str, start: usize, end: usize) -> bool {
    // ("a 2-1 win over the Czech Republic": the article of a country's name is read past.)
    let before = without_the(&text[sentence_start(text, start)..start]);
    let after = &text[end..sentence_end(text, end, b";")];
    // "beat Spain's Conchita Martinez 7-6 6-3": the side is whom the place owns. Not its
    // result: "Croatia's 2-0 win over Denmark".
    let owner = ["'s", "’s"]
        .iter()
        .any(|s| after.trim_start().starts_with(s));
    if owns_a_result(after) {
        return true;
    }
    // ("The 34-year-old from Bridgend, who lost his card": where a player comes from or
    // plays in is no side.)
    let previous = before.split_whitespace().next_back().unwrap_or("");
    if owner || matches!(previous, "from" | "in") {
        return false;
    }
    if an_innings_after(after) {
        return true;
    }
    // "Javier Frana of Argentina 6-3 6-0": sets after the name are a player's, whose
    // country it is.
    if score_prefix(after).is_some() && has_sets(after) {
        return false;
    }
    if score_prefix(after).is_some() || score_suffix(before.trim_end()).is_some() {
        return true;
    }
    // "Liverpool moved second after a 3-1 win at Wimbledon": the sentence's subject had the
    // result its score names; so had a clause's, after another result ("United drew 0-0 at
    // Southampton and Liverpool moved second after a 3-1 win").
    let clause_opener = before
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| matches!(w, "and" | "while" | "but" | "whereas"));
    let opens = before.trim().is_empty()
        || (clause_opener && has_score(before))
        || opened_by_an_adverbial(before);
    if opens && scored_result_in(after) {
        return true;
    }
    // "lost 1 – 2 to England", "won 3 – 0 against Panama", "drew 1-1 with Brighton".
    // ("lost 2-0 at home to Newcastle", "won 2-1 away to Fulham": where it was played between.)
    if let Some((rest, word)) = before.trim_end().rsplit_once(' ')
        && matches!(word, "to" | "against" | "over" | "with")
        && let rest = rest.trim_end()
        && let rest = rest
            .strip_suffix(" at home")
            .or_else(|| rest.strip_suffix(" away"))
            .unwrap_or(rest)
        && score_suffix(rest.trim_end()).is_some()
    {
        return true;
    }
    if !has_score(before) && !has_score(after) && !has_margin(after) {
        // The report gives a score elsewhere: "England, who lost to Ireland in Dublin, are
        // third" tells a result too, by its verb alone.
        return beaten_or_beat(before, after);
    }
    // "Graf of Germany beat Japan's Kimiko Date 6-3 6-2": scores in sets are a player's.
    if has_sets(before) || has_sets(after) {
        return false;
    }
    BEFORE_OPPONENT.contains(&previous.trim_end_matches('.'))
        || AFTER_TEAM.contains(&verb_after(after))
        || beaten_or_beat(before, after)
}

/// Whether `before` is only an adverbial that opens the sentence, of lowercase words and
/// days: "Elsewhere on Saturday, ", "In rugby, ".
fn opened_by_an_adverbial(before: &str) -> bool {
    before.trim_end().strip_suffix(',').is_some_and(|lead| {
        !lead.trim().is_empty()
            && lead.split_whitespace().skip(1).all(|w| {
                !w.starts_with(char::is_uppercase)
                    || crate::date::WEEKDAYS.contains(&w.to_lowercase().as_str())
                    || crate::date::MONTHS.contains(&w.to_lowercase().as_str())
            })
    })
}

/// Whether `after` a name opens a cricket side's innings: its runs, with the wickets down or
/// declared, before its batsmen's scores or its second innings ("Yorkshire 387 (D. Harwood
/// 112", "Kent 188-5 dec and 41-1"), or the innings named ("Yorkshire first innings").
fn an_innings_after(after: &str) -> bool {
    let rest = after.trim_start();
    if ["first innings", "second innings"]
        .iter()
        .any(|innings| rest.starts_with(innings))
    {
        return true;
    }
    let runs = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(2..=3).contains(&runs) || after.len() == rest.len() {
        return false;
    }
    let mut rest = &rest[runs..];
    for wickets in ["-", " for "] {
        if let Some(down) = rest.strip_prefix(wickets) {
            let digits = down.bytes().take_while(u8::is_ascii_digit).count();
            if (1..=2).contains(&digits) {
                rest = &down[digits..];
            }
            break;
        }
    }
    let rest = rest.strip_prefix(" dec").unwrap_or(rest);
    rest.starts_with(" (") || rest.starts_with(" and ")
}

/// Whether the place at `start..end` of a sports report is a side in a fixture, by what it
/// does ("England host France", "Ireland travel to Rome", "Wales are third": a team takes a
/// plural verb in British usage, a country a singular one) or what is done to it ("host
/// France", "a defeat by Blackburn", "against Italy", "plays for Durham").
fn in_a_fixture(text: &str, start: usize, end: usize) -> bool {
    // ("Lancashire v Derbyshire": the side named first.)
    const DOES: [&str; 17] = [
        "v",
        "vs",
        "versus",
        "host",
        "hosts",
        "face",
        "faces",
        "play",
        "plays",
        "meet",
        "travel",
        "are",
        "were",
        "visit",
        "entertain",
        "won",
        "lost",
    ];
    const DONE_TO: [&str; 16] = [
        "host",
        "hosts",
        "hosted",
        "face",
        "faces",
        "faced",
        "play",
        "plays",
        "played",
        "meet",
        "against",
        "versus",
        "entertain",
        "beat",
        "beating",
        "v",
    ];
    const DONE_BY: [&str; 17] = [
        "defeat by",
        "defeat to",
        "loss to",
        "lost to",
        "losing to",
        "beaten by",
        "victory over",
        "win over",
        "win against",
        "draw with",
        // "Wood, who plays for Durham": whom a player plays for.
        "plays for",
        "played for",
        "playing for",
        "signed for",
        "signs for",
        "scored for",
        "debut for",
    ];
    // A few words either side are all it reads: a sentence without end is not walked.
    let near = widened(text, start..end, 40);
    let window = &text[near.start..start];
    let before = &window[sentence_start(window, window.len())..];
    let window = &text[end..near.end];
    let after = &window[..sentence_end(window, 0, b";")];
    // "beat Spain's Conchita Martinez": the side is whom the place owns.
    if after.trim_start().starts_with(['\'', '’']) {
        return false;
    }
    if an_innings_after(after) {
        return true;
    }
    let previous = before.split_whitespace().next_back().unwrap_or("");
    // ("a defeat to the Czech Republic", "host the Netherlands".)
    let past_the = without_the(before);
    let by = DONE_BY.iter().any(|w| {
        past_the
            .trim_end()
            .strip_suffix(w)
            .is_some_and(|rest| rest.is_empty() || rest.ends_with(' '))
    });
    // The doer opens its clause: "Sofia Kenin of the United States beat" is a player's
    // country, "children in the U.S. are hurt" a place.
    let opens_a_clause = !matches!(
        previous.to_lowercase().as_str(),
        "of" | "the" | "in" | "at" | "from" | "to" | "into" | "across" | "for" | "on"
    );
    // ("Germany have already qualified": "have", as "are", is a team's plural; a country
    // "has".)
    let plural_have = after.split_whitespace().next() == Some("have");
    let done_to = past_the.split_whitespace().next_back().unwrap_or("");
    by || DONE_TO.contains(&done_to)
        || (opens_a_clause && (plural_have || DOES.contains(&verb_after(after))))
}

/// "the Great Britain team beaten by Israel", "the England side": a country's name between
/// "the" and a noun of a side at `start..end` names its national side. (A town's, "the Lisbon
/// side", describes a club named otherwise.)
fn the_national_side(text: &str, start: usize, end: usize) -> bool {
    word_before(text, start).eq_ignore_ascii_case("the")
        && ["team", "side", "squad", "XI"]
            .iter()
            .any(|noun| text[end..].split_whitespace().next() == Some(noun))
}

/// What the words of an article say of sport.
#[derive(Clone, Copy)]
pub(crate) struct SportWords {
    /// At least three distinct words of games and players ("striker", "innings",
    /// "semi-final", "podium"), one word in a hundred at least: a score alone is no sport
    /// ("rose from 2-3 per cent"), nor is one such word ("a league table of schools").
    pub(crate) report: bool,
    /// Words of cricket ("wicket", "innings"), whose counties and scorecards' surnames are
    /// towns too ("J. Crawley 106", "c Croft b Cork") and no football club.
    pub(crate) cricket: bool,
}

// Sorted, so that a test can see at a glance that no word is listed twice.
const SPORT_WORDS: [&str; 54] = [
    "batsman",
    "batsmen",
    "bowler",
    "bowlers",
    "coach",
    "cricket",
    "defender",
    "defenders",
    "fixture",
    "fixtures",
    "fly-half",
    "football",
    "goal",
    "goalkeeper",
    "goals",
    "golf",
    "half-time",
    "innings",
    "kick-off",
    "lap",
    "laps",
    "match",
    "matches",
    "medal",
    "medals",
    "midfielder",
    "midfielders",
    "olympics",
    "penalty",
    "play-off",
    "podium",
    "premiership",
    "quarter-final",
    "quarter-finals",
    "referee",
    "relegation",
    "rugby",
    "scored",
    "scrum",
    "seeded",
    "semi-final",
    "semi-finals",
    "squad",
    "striker",
    "strikers",
    "team-mate",
    "team-mates",
    "tennis",
    "tie-break",
    "tournament",
    "unbeaten",
    "wicket",
    "wickets",
    "wimbledon",
];
const CRICKET_WORDS: [&str; 8] = [
    "wicket", "wickets", "innings", "batsman", "batsmen", "bowler", "bowlers", "cricket",
];
/// The longest of SPORT_WORDS, in bytes.
const LONGEST_SPORT_WORD: usize = 14;

/// SPORT_WORDS by first letter and length, as bits of their places in the list: this runs over
/// every word of every article, and most words have no candidate at all.
static SPORT_WORD_CANDIDATES: LazyLock<[[u64; LONGEST_SPORT_WORD + 1]; 26]> = LazyLock::new(|| {
    let mut candidates = [[0u64; LONGEST_SPORT_WORD + 1]; 26];
    for (at, word) in SPORT_WORDS.iter().enumerate() {
        let first = usize::from(word.as_bytes()[0] - b'a');
        candidates[first][word.len()] |= 1 << at;
    }
    candidates
});

/// Reads [`SportWords`] from `text`.
pub(crate) fn sport_words(text: &str) -> SportWords {
    // Each distinct word seen, as a bit of its place in SPORT_WORDS.
    let mut seen: u64 = 0;
    let (mut words, mut sporting) = (0usize, 0usize);
    for word in alphanumeric_words(text, b'-') {
        words += 1;
        let first = word.as_bytes()[0].to_ascii_lowercase();
        if word.len() > LONGEST_SPORT_WORD || !first.is_ascii_lowercase() {
            continue;
        }
        let mut candidates = SPORT_WORD_CANDIDATES[usize::from(first - b'a')][word.len()];
        while candidates != 0 {
            let at = candidates.trailing_zeros() as usize;
            if SPORT_WORDS[at].eq_ignore_ascii_case(word) {
                sporting += 1;
                seen |= 1 << at;
                break;
            }
            candidates &= candidates - 1;
        }
    }
    let cricket = SPORT_WORDS
        .iter()
        .enumerate()
        .any(|(at, w)| seen & (1 << at) != 0 && CRICKET_WORDS.contains(w));
    SportWords {
        // (A long article that speaks of a "goal", a "match" and a "coach" in passing is no
        // sports report.)
        report: seen.count_ones() >= 3 && sporting * 100 >= words,
        cricket,
    }
}

/// The word after a name, past a relative "who" ("Liverpool, who drew 1-1"), an apposition
/// ("England, the 2003 world champions, have lost"), the noun of its side ("England side
/// beat") and an auxiliary ("have lost"), without its comma or stop.
fn verb_after(after: &str) -> &str {
    let after = after.trim_start();
    let clause = after
        .strip_prefix(',')
        .map(str::trim_start)
        .and_then(|clause| {
            clause.strip_prefix("who ").or_else(|| {
                // A short apposition that a comma closes, in one sentence.
                let apposition = clause.strip_prefix("the ")?;
                let close = apposition.find(',').filter(|&i| i <= 60)?;
                (!apposition[..close].contains(['.', ';']))
                    .then(|| apposition[close + 1..].trim_start())
            })
        })
        .unwrap_or(after);
    let mut words = clause.split_whitespace();
    let mut word = words.next().unwrap_or("");
    if matches!(word, "side" | "team" | "squad" | "XV") {
        word = words.next().unwrap_or("");
    }
    if matches!(word, "have" | "has" | "had") {
        word = words.next().unwrap_or("");
    }
    word.trim_end_matches([',', '.'])
}

/// "lost narrowly to", "beaten comfortably by": the words before a side without the adverb
/// that says how.
fn without_manner_adverb(before: &str) -> Cow<'_, str> {
    let mut last_words = before.rsplitn(3, ' ');
    if let (Some(preposition), Some(adverb), Some(rest)) =
        (last_words.next(), last_words.next(), last_words.next())
        && matches!(preposition, "to" | "with" | "by" | "over")
        && adverb.len() > 4
        && adverb.ends_with("ly")
    {
        return Cow::Owned(format!("{rest} {preposition}"));
    }
    Cow::Borrowed(before)
}

/// Whether a place between `before` and `after` in a sentence is a side by a result's verb
/// alone: after "beat", "lost to", "drew with" ... or before them ("Wales beat", "England,
/// who lost"). Not "to" or "against" alone ("travel to Rome", "voted against France"), nor
/// a player's country ("Kenin of the United States beat").
fn beaten_or_beat(before: &str, after: &str) -> bool {
    const VERBS: [&str; 6] = ["beat", "beats", "defeated", "thrashed", "lost", "drew"];
    let before = without_manner_adverb(before.trim_end());
    // "Sofia Kenin of the United States beat": a player's country.
    if before.ends_with(" of") || before.ends_with(" of the") {
        return false;
    }
    const BEFORE_SIDE: [&str; 13] = [
        "defeat to",
        "defeat by",
        "loss to",
        "beat",
        "beats",
        "defeated",
        "thrashed",
        "lost to",
        "drew with",
        "beaten by",
        "draw with",
        "win over",
        "victory over",
    ];
    let beaten = BEFORE_SIDE.iter().any(|words| {
        before
            .strip_suffix(words)
            .is_some_and(|rest| rest.ends_with(' '))
    });
    // "Wales were beaten by Belgium": the side that lost, in the passive.
    let passive = after
        .trim_start()
        .split_once(' ')
        .is_some_and(|(be, rest)| {
            matches!(be, "was" | "were")
                && ["beaten", "defeated", "thrashed", "held"]
                    .iter()
                    .any(|verb| rest.starts_with(verb))
        });
    beaten || passive || VERBS.contains(&verb_after(after))
}

/// The nouns of a result a side had ("a 3-1 win", "Croatia's defeat").
const RESULT_NOUNS: [&str; 5] = ["win", "victory", "defeat", "draw", "loss"];

/// `before` a name without the "the" that ends it ("beat the Netherlands").
fn without_the(before: &str) -> &str {
    let trimmed = before.trim_end();
    match trimmed.strip_suffix("the") {
        Some(rest) if rest.is_empty() || rest.ends_with(' ') => rest,
        _ => before,
    }
}

/// Whether `after` a name is its possessive before a result it had, with or without the
/// score: "'s 2-0 win over Denmark", "'s defeat".
fn owns_a_result(after: &str) -> bool {
    let rest = after.trim_start();
    let Some(rest) = rest
        .strip_prefix("'s ")
        .or_else(|| rest.strip_prefix("’s "))
    else {
        return false;
    };
    let mut words = rest.split_whitespace();
    let mut word = words.next().unwrap_or("");
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        word = words.next().unwrap_or("");
    }
    RESULT_NOUNS.contains(&word.trim_end_matches([',', '.']))
}

/// Whether `s` gives a score followed by the result it was ("a 3-1 win", "a 2-2 draw").
fn scored_result_in(s: &str) -> bool {
    s.char_indices().any(|(i, c)| {
        c.is_ascii_digit()
            && number_starts(s, i)
            && score_here(&s[i..]).is_some_and(|tail| {
                tail.split_whitespace()
                    .next()
                    .is_some_and(|w| RESULT_NOUNS.contains(&w.trim_end_matches([',', '.'])))
            })
    })
}

fn sentence_start(text: &str, at: usize) -> usize {
    text[..at]
        .rfind(['.', '\n', ';', '!', '?'])
        .map_or(0, |i| i + 1)
}

/// A score after a space at the start of `s` (" 1 – 0", " 3-1"): whether there is one.
fn score_prefix(s: &str) -> Option<()> {
    let t = s.trim_start();
    if t.len() == s.len() {
        return None;
    }
    score_here(t).map(|_| ())
}

/// A score at the very start of `t`, and what follows it.
fn score_here(t: &str) -> Option<&str> {
    let (_, rest) = digits(t)?;
    let rest = rest.trim_start();
    let dash = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '–' | '—'))?;
    let (_, tail) = digits(rest[dash.len_utf8()..].trim_start())?;
    let next_word = tail.split_whitespace().next().unwrap_or("");
    let joined = tail.chars().next().is_some_and(char::is_alphanumeric);
    (!joined && crate::date::month_from_name(next_word.trim_end_matches(['.', ','])).is_none())
        .then_some(tail)
}

/// A score at the end of `s` ("... Sweden 1 – 0"): whether there is one.
fn score_suffix(s: &str) -> Option<()> {
    let bytes = s.as_bytes();
    let mut i = bytes.len();
    let digits_back = |i: &mut usize| {
        let end = *i;
        while *i > 0 && bytes[*i - 1].is_ascii_digit() {
            *i -= 1;
        }
        (1..=2).contains(&(end - *i))
    };
    if !digits_back(&mut i) {
        return None;
    }
    let head = s[..i].trim_end();
    let dash = head
        .chars()
        .next_back()
        .filter(|c| matches!(c, '-' | '–' | '—'))?;
    let head = head[..head.len() - dash.len_utf8()].trim_end();
    let mut j = head.len();
    let hb = head.as_bytes();
    let end = j;
    while j > 0 && hb[j - 1].is_ascii_digit() {
        j -= 1;
    }
    let preceded_ok = j == 0 || !hb[j - 1].is_ascii_alphanumeric();
    ((1..=2).contains(&(end - j)) && preceded_ok).then_some(())
}

/// Whether `s` gives a margin of victory ("by five wickets", "by 24 runs", "by an innings",
/// "by two strokes"): a result told without a score.
pub(crate) fn has_margin(s: &str) -> bool {
    const UNITS: [&str; 14] = [
        "wicket", "wickets", "run", "runs", "innings", "goal", "goals", "point", "points",
        "stroke", "strokes", "tries", "frames", "lengths",
    ];
    // Only the words after each "by" are looked at: most text has no margin in it.
    s.match_indices("by").any(|(i, _)| {
        let rest = &s[i + 2..];
        let word_starts = i == 0 || s[..i].ends_with(char::is_whitespace);
        if !word_starts || !rest.starts_with(char::is_whitespace) {
            return false;
        }
        let mut words = rest
            .split_whitespace()
            .map(|w| w.trim_end_matches(['.', ',', ';']));
        let (Some(number), Some(unit)) = (words.next(), words.next()) else {
            return false;
        };
        // ("by an innings": a margin with no number.)
        (number_word(number).is_some() || number == "an" && unit == "innings")
            && UNITS.contains(&unit)
    })
}

/// One or two digits at the start of `s`, and the rest.
fn digits(s: &str) -> Option<(&str, &str)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&n).then(|| s.split_at(n))
}

/// Whether `s` gives scores in sets: two scores in a row ("6-3 6-2").
fn has_sets(s: &str) -> bool {
    s.bytes().enumerate().any(|(i, b)| {
        b.is_ascii_digit()
            && number_starts(s, i)
            && score_here(&s[i..]).is_some_and(|tail| {
                let next = tail.trim_start();
                next.len() < tail.len() && score_here(next).is_some()
            })
    })
}

/// Whether `text` gives a score or a margin of victory anywhere: a sports report's.
pub(crate) fn tells_a_result(text: &str) -> bool {
    has_score(text) || has_margin(text)
}

/// Whether `s` holds a score anywhere ("... won 2 – 1 ...").
fn has_score(s: &str) -> bool {
    // (A digit is one byte: its place is a character's, and the scan needs no decoding.)
    s.bytes()
        .enumerate()
        .any(|(i, b)| b.is_ascii_digit() && number_starts(s, i) && score_here(&s[i..]).is_some())
}

/// Whether a number starts at `i`: not inside a word, nor a date's month ("1996-09-12").
fn number_starts(s: &str, i: usize) -> bool {
    let before = &s[..i];
    let in_a_word = before.ends_with(|p: char| p.is_alphanumeric());
    let in_a_date = before
        .strip_suffix('-')
        .is_some_and(|head| head.ends_with(|p: char| p.is_ascii_digit()));
    !in_a_word && !in_a_date
}

/// "Chelsea and Newcastle had also been linked with the player", "open against Tottenham":
/// in an article that names a football club in full, or reads as sport but not cricket
/// (`sport`; a score alone is no football: "rose from 2-3 per cent" in a health report;
/// teams in results are [`teams_in_results`]'s), a
/// club's short name ([`Lexicon::club_short_names`]) is the club where it was read as a town
/// or not read at all, but not after a place preposition ("born in Newcastle"; one kind per
/// name may still make that town the club). A short name two clubs share is a club under the
/// name as written.
pub(crate) fn clubs_by_short_name(
    text: &str,
    mentions: &mut Vec<Mention>,
    lex: &Lexicon,
    sport: SportWords,
) {
    let named_in_full = mentions
        .iter()
        .any(|m| m.kind == EntityKind::Organization && lex.club_names.contains(m.name.as_str()));
    let football = named_in_full || (sport.report && !sport.cricket);
    // ("a lifelong Arsenal supporter" in an arts story: the noun after the name says which it
    // is, in an article about anything.)
    if !football && !FANS_AND_PLAYERS.iter().any(|noun| text.contains(noun)) {
        return;
    }
    let why = if football {
        BY_SHORT_NAME_WHY
    } else {
        BY_FANS_WHY
    };
    // ("play Arsenal", "Arsenal, who trail Chelsea": a short name that is an English word is
    // the club inside a sentence, or opening one before what a team does.)
    let club_of = |surface: &str, start: usize| {
        lex.club_short_names
            .get(surface)
            .or_else(|| {
                (inside_a_sentence(text, start) || team_verb_after(text, start + surface.len()))
                    .then(|| lex.club_word_short_names.get(surface))
                    .flatten()
            })
            // (In a report that names no club in full, "Leicester" may be the rugby side: the
            // club keeps the name it is given.)
            .map(|club| club.filter(|_| named_in_full).unwrap_or(surface).to_owned())
    };
    let mut place_before: Option<usize> = None;
    for m in mentions.iter_mut() {
        // "fans from London and Leeds": a town listed with a place is one.
        let with_a_place = place_before
            .is_some_and(|end| matches!(text.get(end..m.start), Some(" and " | ", " | " or ")));
        place_before = (m.kind == EntityKind::Place).then_some(m.end);
        // "Blackburn manager Ray Harford": a team read by its staff is the club.
        if m.kind == EntityKind::Organization
            && named_in_full
            && let Some(Some(club)) = lex
                .club_short_names
                .get(m.name.as_str())
                .or_else(|| lex.club_word_short_names.get(m.name.as_str()))
        {
            m.name = (*club).to_owned();
            continue;
        }
        let surface = &text[m.start..m.end];
        // ("signed from Brann": a town no list knows, guessed from its preposition, is
        // the club.)
        let fans = followed_by_fans_or_players(text, m.end);
        if !(football || fans)
            || m.kind != EntityKind::Place
            || (m.place_type != Some(PlaceType::City) && !fans)
            || m.why == DATELINE_WHY
            || (lex.places.contains_key(surface)
                && (with_a_place || after_a_place_word(text, m.start, lex)))
        {
            continue;
        }
        if let Some(club) = club_of(surface, m.start) {
            retype_as_club(m, club, why);
            place_before = None;
        }
    }
    let mut unread = Vec::new();
    let mut word_start = None;
    let ends = text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')));
    for (i, c) in ends {
        if c.is_alphanumeric() || c == '-' {
            word_start.get_or_insert(i);
            continue;
        }
        let Some(start) = word_start.take() else {
            continue;
        };
        let word = &text[start..i];
        if word.starts_with(char::is_uppercase)
            && (lex.club_short_names.contains_key(word)
                || lex.club_word_short_names.contains_key(word))
            && stands_alone(text, start, word.len())
            && !overlaps_a_mention(mentions, start, i)
            && !after_a_place_word(text, start, lex)
            && (football || followed_by_fans_or_players(text, i))
            && let Some(club) = club_of(word, start)
        {
            unread.push(club_mention(start, i, club, why));
        }
    }
    if !unread.is_empty() {
        mentions.extend(unread);
        mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    }
}

/// Nouns of a club's fans and players, each with the space before it.
const FANS_AND_PLAYERS: [&str; 10] = [
    " fan",
    " fans",
    " supporter",
    " supporters",
    " striker",
    " defender",
    " midfielder",
    " goalkeeper",
    " winger",
    " manager",
];

/// Whether one of [`FANS_AND_PLAYERS`] follows byte `end` of `text` as a word of its own
/// ("Arsenal supporter", "Chelsea fans").
fn followed_by_fans_or_players(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    FANS_AND_PLAYERS.iter().any(|noun| {
        rest.strip_prefix(noun)
            .is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric() || c == '-'))
    })
}

/// Whether the word at byte `start` of `text` follows another word of its sentence (a
/// comma, a bracket or a word before it), not a sentence's or a line's opening.
fn inside_a_sentence(text: &str, start: usize) -> bool {
    text[..start]
        .trim_end_matches(' ')
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ';' | '(' | ')'))
}

/// Whether a comma or a verb of what teams do ("have", "beat", "trail") follows byte `end`.
fn team_verb_after(text: &str, end: usize) -> bool {
    const TEAM_VERBS: [&str; 22] = [
        "have", "has", "had", "were", "will", "would", "could", "must", "beat", "drew", "lost",
        "won", "play", "played", "face", "faced", "host", "hosted", "trail", "lead", "led",
        "signed",
    ];
    let rest = &text[end..];
    rest.starts_with(',') || TEAM_VERBS.contains(&verb_after(rest))
}

const BY_WORD_AND_CITY_WHY: &str =
    "a club named by its word and city elsewhere (\"Ajax Amsterdam\")";
const BY_TOWN_AND_WORD_WHY: &str = "a team named by its town and word elsewhere (\"Chicago\" and \"the Bulls\" of \"Chicago Bulls\")";
const BY_SHORT_NAME_WHY: &str =
    "a club's short name in a football report (\"Newcastle\" of \"Newcastle United\")";
const BY_FANS_WHY: &str =
    "a club's short name before its fans or players (\"a lifelong Arsenal supporter\")";

/// A mention of `club` that no step read.
fn club_mention(start: usize, end: usize, club: String, why: &'static str) -> Mention {
    Mention::body(start, end, club, TITLED, why)
}

/// A mention read as something else that is `club`.
fn retype_as_club(m: &mut Mention, club: String, why: &'static str) {
    *m = Mention {
        in_byline: m.in_byline,
        ..club_mention(m.start, m.end, club, why)
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_are_told_from_dates_and_numbers() {
        assert!(score_prefix(" 1 – 0 up").is_some());
        assert!(score_prefix(" 3-1.").is_some());
        assert!(score_prefix(" 20-30 January").is_none());
        assert!(score_prefix(" 2014-15 season").is_none());
        assert!(score_suffix("Sweden faced them, 1 – 0").is_some());
        assert!(score_suffix("in 2015").is_none());
        assert!(has_score("Belgium defeated Panama 3 – 0"));
        assert!(has_sets(" beat Date 6-3 6-2 ."));
        assert!(!has_sets(" beat Everton 3-1 on 12 May"));
        assert!(!has_score("on 12 May 2015"));
        assert!(has_margin(" by five wickets at Chelmsford."));
        assert!(has_margin(" by 24 runs"));
        assert!(!has_margin(" by 12,000 votes"));
        assert!(!has_margin(" by five o'clock"));
    }

    #[test]
    fn sport_words_are_listed_once_and_fit_their_table() {
        assert!(SPORT_WORDS.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(SPORT_WORDS.len() <= 64, "seen words are bits of a u64");
        assert!(SPORT_WORDS.iter().all(|w| w.len() <= LONGEST_SPORT_WORD
            && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')));
        assert!(CRICKET_WORDS.iter().all(|w| SPORT_WORDS.contains(w)));
        let words = sport_words("The Striker scored; the goalkeeper, a SEMI-FINAL, a wicket.");
        assert!(words.report && words.cricket);
        assert!(!sport_words("The coach scored a goal.").cricket);
    }
}

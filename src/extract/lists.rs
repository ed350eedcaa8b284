//! Names listed beside organisations: "Vodafone, O2, Orange and T-Mobile". In a list whose
//! members the article reads are all organisations, the members it could not read (a brand
//! with a digit, a common word, a hyphenated name) are organisations too; so with places of
//! one type, and with people where the unread member is written as a full name ("Andy Roddick
//! and Lleyton Hewitt").

use super::dates::{is_weekday, month_of};
use super::lexicon::Lexicon;
use super::names::{CUE, LISTED, Mention, PLACES_GAZETTEER_WHY, SPOKEN_NAME_WHY, WEAK};
use crate::facts::{EntityKind, PlaceType};

/// The separators between the members of a list, longest first.
const SEPARATORS: [&str; 5] = [", and ", ", or ", ", ", " and ", " or "];

const WHY: &str = "listed with organisations (\"Vodafone, O2, Orange and T-Mobile\")";
const PLACES_LISTED_WHY: &str = "listed with places (\"Vlore, Sarande, Delvine and Tepelene\")";
const PEOPLE_LISTED_WHY: &str =
    "listed with people, written as a full name (\"Andy Roddick and Lleyton Hewitt\")";
const TOWN_WHY: &str =
    "a town's name listed with companies (\"Barclays, NatWest, Halifax and Egg\")";

/// "Lleyton Hewitt", "Brian O'Driscoll": two or three words, each a capital and small letters
/// (a hyphen or an apostrophe inside), none a title, an office, a demonym or a word no name
/// is, neither the first nor the last an English word ("Grand Slam", "Pump House").
fn written_as_a_full_name(member: &str, lex: &Lexicon) -> bool {
    let words: Vec<&str> = member.split(' ').collect();
    let name_word = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars.clone().next().is_some_and(char::is_lowercase)
            && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}'))
            && !is_an_office(w, lex)
            && !lex.not_names.contains(w)
            && !lex.demonyms.contains_key(w)
    };
    (2..=3).contains(&words.len())
        && words.iter().all(|w| name_word(w))
        && !lex.is_capitalised_common_word(words[0])
        && !lex.is_capitalised_common_word(words[words.len() - 1])
}

/// Whether `c` belongs in a list member's word ("O2", "T-Mobile", "AT&T", "Sainsbury's").
fn in_member_word(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '&' | '\'')
}

/// "rose 6p, and Marks & Spencer", "gained 14 rupees to 302 and State Bank": a price or an
/// amount (digits, perhaps a lowercase unit) is no list member; "7-Eleven" is.
fn is_an_amount(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        && word
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
            .len()
            <= 2
        && word
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase() || b == b'.' || b == b',')
}

/// "Israel's Vice Prime Minister and Labor Party leader": a title or an office is no body.
fn is_an_office(word: &str, lex: &Lexicon) -> bool {
    lex.is_title(word) || lex.is_office_title(word)
}

/// The end of the list member no mention covers that starts at `start`: one to three words,
/// each opening with a capital or a digit ("O2", "T-Mobile", "Deutsche Telekom").
fn unread_member(text: &str, start: usize) -> Option<usize> {
    let word_end = |from: usize| {
        let rest = &text[from..];
        let opens = rest.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        let len = rest
            .find(|c: char| !in_member_word(c))
            .unwrap_or(rest.len());
        (opens && len > 0).then_some(from + len)
    };
    let mut end = word_end(start)?;
    for _ in 1..3 {
        match text[end..]
            .strip_prefix(' ')
            .and_then(|_| word_end(end + 1))
        {
            Some(next) => end = next,
            None => break,
        }
    }
    if is_an_amount(text[start..end].split(' ').next().unwrap_or_default()) {
        return None;
    }
    let next_is_word = text[end..].starts_with(|c: char| c.is_alphanumeric());
    // ("..., Federal Circuit, No. 23-1874": an abbreviation before a number is no name.)
    let abbreviation =
        text[end..].starts_with(". ") && text[end + 2..].starts_with(|c: char| c.is_ascii_digit());
    (!next_is_word && !abbreviation).then_some(end)
}

/// The list members no mention covers that end right before `end` and after `floor`, last
/// first, each behind a separator: "O2, Orange and" before "T-Mobile". A member is one to three
/// words opening with a capital or a digit, none of them a date's word, a demonym or an English
/// word opening a sentence ("Rivals O2": "O2"; "On Monday, Orange and ...": none; "Serbian,
/// American and European Union flags": none).
fn unread_members_before(
    text: &str,
    mut end: usize,
    floor: usize,
    lex: &Lexicon,
) -> Vec<(usize, usize)> {
    let word_start = |end: usize| {
        text[floor..end]
            .char_indices()
            .rev()
            .find(|&(_, c)| !in_member_word(c))
            .map_or(floor, |(k, c)| floor + k + c.len_utf8())
    };
    let qualifies = |start: usize, end: usize| {
        let word = &text[start..end];
        let sentence_start = text[floor..start]
            .trim_end_matches(' ')
            .ends_with(['.', '\n', '!', '?'])
            || start == floor;
        let no_name = is_an_amount(word)
            || is_weekday(word)
            || month_of(word).is_some()
            || lex.demonyms.contains_key(word)
            || (sentence_start && lex.is_capitalised_common_word(word));
        word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && !no_name
            && !is_an_office(word, lex)
    };
    let mut members = Vec::new();
    while let Some(sep) = SEPARATORS
        .into_iter()
        .find(|s| text[floor..end].ends_with(s))
    {
        let member_end = end - sep.len();
        let mut start = word_start(member_end);
        if start == member_end || !qualifies(start, member_end) {
            break;
        }
        for _ in 1..3 {
            if start == floor || !text[..start].ends_with(' ') {
                break;
            }
            let previous = word_start(start - 1);
            if previous == start - 1 || !qualifies(previous, start - 1) {
                break;
            }
            start = previous;
        }
        if lex.given_names.contains(&text[start..member_end]) {
            break;
        }
        members.push((start, member_end));
        end = start;
    }
    members
}

/// Adds the unread members of lists of organisations as organisations (of places and people
/// likewise). `mentions` must be sorted by start. Returns whether it added a name.
pub(crate) fn members_listed_with_bodies(
    text: &str,
    mentions: &mut Vec<Mention>,
    lex: &Lexicon,
) -> bool {
    let mut added = Vec::new();
    let mut i = 0;
    while i < mentions.len() {
        let mut known = vec![i];
        // Members before the first the article reads: "O2, Orange and T-Mobile".
        let first = mentions[i].start;
        let floor = match i.checked_sub(1).map(|k| mentions[k].end) {
            Some(end) if end > first => first,
            previous => previous.unwrap_or(0).max(first.saturating_sub(200)),
        };
        let floor = (floor..=first)
            .find(|&k| text.is_char_boundary(k))
            .unwrap_or(first);
        let mut unread = unread_members_before(text, first, floor, lex);
        unread.reverse();
        let mut end = mentions[i].end;
        let mut next = i + 1;
        let mut closed = !unread.is_empty()
            && (text[..first].ends_with("and ") || text[..first].ends_with("or "));
        while !closed {
            // ("Kellogg's, Nestle and Cadbury": a company's name may end in a possessive the
            // mention leaves off.)
            end += ["'s", "\u{2019}s"]
                .into_iter()
                .find(|p| text[end..].starts_with(p))
                .map_or(0, str::len);
            let Some(sep) = SEPARATORS.into_iter().find(|s| text[end..].starts_with(s)) else {
                break;
            };
            let start = end + sep.len();
            closed = sep.ends_with("and ") || sep.ends_with("or ");
            if mentions.get(next).is_some_and(|m| m.start == start) {
                known.push(next);
                end = mentions[next].end;
                next += 1;
                continue;
            }
            let Some(member_end) = unread_member(text, start) else {
                break;
            };
            // A member that a mention starts inside is no plain list member; a given name
            // alone is a person's ("Vodafone and Sarah").
            if mentions.get(next).is_some_and(|m| m.start < member_end)
                || lex.given_names.contains(&text[start..member_end])
                || text[start..member_end]
                    .split(' ')
                    .any(|w| is_an_office(w, lex))
            {
                break;
            }
            unread.push((start, member_end));
            end = member_end;
        }
        // "Barclays, NatWest, Halifax and Egg": a town's name the gazetteer alone read, listed
        // with companies the lists know, is a company too.
        let listed_bodies = known
            .iter()
            .filter(|&&k| {
                mentions[k].kind == EntityKind::Organization && mentions[k].weight >= LISTED
            })
            .count();
        let towns: Vec<usize> = known
            .iter()
            .copied()
            .filter(|&k| {
                mentions[k].kind == EntityKind::Place
                    && mentions[k].place_type == Some(PlaceType::City)
                    && mentions[k].why == PLACES_GAZETTEER_WHY
            })
            .collect();
        if let [town] = towns[..]
            && listed_bodies >= 2
            && listed_bodies + 1 == known.len()
        {
            let m = &mut mentions[town];
            m.kind = EntityKind::Organization;
            m.place_type = None;
            m.why = TOWN_WHY;
        }
        // "Vodafone and Orange said": a word read as a person only because a speech verb
        // follows the list is one more of its bodies.
        let spoken = |k: usize| mentions[k].why == SPOKEN_NAME_WHY;
        let bodies = known
            .iter()
            .all(|&k| mentions[k].kind == EntityKind::Organization || spoken(k));
        // ("Electronics Boutique, Dixons and Argos said": a body its cue word names will do.)
        let sure = known
            .iter()
            .any(|&k| mentions[k].kind == EntityKind::Organization && mentions[k].weight >= CUE);
        if bodies && sure && known.iter().any(|&k| spoken(k)) {
            for &k in &known {
                if mentions[k].why == SPOKEN_NAME_WHY {
                    mentions[k].kind = EntityKind::Organization;
                    mentions[k].why = WHY;
                }
            }
        }
        // ("Mobil, Exxon and British Petroleum", "the internet banks Egg, Smile and Cahoot": a
        // body its cue word or a descriptor names is as sure as a listed one. Two make a list
        // where one is listed: "Woolworths and Virgin Megastores".)
        let members = known.len() + unread.len();
        // (A listed body that is a listed place's name too, "Dover", says less of its list.)
        let listed = || {
            known.iter().any(|&k| {
                let m = &mentions[k];
                m.kind == EntityKind::Organization
                    && m.weight >= LISTED
                    && !lex.places.contains_key(&text[m.start..m.end])
            })
        };
        if bodies
            && !unread.is_empty()
            && (known.len() >= 2 || (sure && closed && (members >= 3 || listed())))
        {
            added.extend(unread.iter().map(|&(start, end)| {
                Mention::body(start, end, text[start..end].to_owned(), WEAK, WHY)
            }));
        }
        // "rebels controlled Vlore, Sarande, Delvine and Tepelene": names listed with places the
        // gazetteers know, all of one type, are places of that type.
        let place_type = mentions[i].place_type;
        let places = known.iter().all(|&k| {
            let m = &mentions[k];
            m.kind == EntityKind::Place && m.weight >= LISTED && m.place_type == place_type
        });
        let list_start = unread.iter().map(|u| u.0).min().unwrap_or(first).min(first);
        let after_a_place_preposition = || {
            text[..list_start]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| lex.location_prepositions.contains(&w))
        };
        if places
            && !bodies
            && !unread.is_empty()
            && unread.iter().all(|&(start, end)| {
                // (Not "I", "French", nor English words: "Yak Butter tea".)
                let member = &text[start..end];
                let first_word = member.split(' ').next().unwrap_or_default();
                member.starts_with(char::is_uppercase)
                    && !lex.not_names.contains(first_word)
                    && !lex.demonyms.contains_key(first_word)
                    && !member.split(' ').all(|w| lex.is_capitalised_common_word(w))
            })
            // ("Felix Onuah in Abuja and Thiam Ndiaga in Dakar": two words after a place may be
            // a person's name.)
            && (known.len() >= 2
                || (closed
                    && (members >= 3
                        || (after_a_place_preposition()
                            && unread.iter().all(|&(s, e)| !text[s..e].contains(' '))))))
        {
            added.extend(unread.iter().map(|&(start, end)| Mention {
                start,
                end,
                kind: EntityKind::Place,
                name: text[start..end].to_owned(),
                place_type,
                role: None,
                in_byline: false,
                weight: WEAK,
                why: PLACES_LISTED_WHY,
            }));
        }
        // "Andy Roddick, Lleyton Hewitt and Tim Henman": a full name listed with people only,
        // one of them read by a cue, is a person's.
        let people = known
            .iter()
            .all(|&k| mentions[k].kind == EntityKind::Person);
        let cued_person = known
            .iter()
            .any(|&k| mentions[k].kind == EntityKind::Person && mentions[k].weight >= CUE);
        if people
            && cued_person
            && closed
            && !unread.is_empty()
            && unread
                .iter()
                .all(|&(start, end)| written_as_a_full_name(&text[start..end], lex))
        {
            added.extend(unread.iter().map(|&(start, end)| {
                Mention::person(
                    start,
                    end,
                    text[start..end].to_owned(),
                    WEAK,
                    PEOPLE_LISTED_WHY,
                )
            }));
        }
        i = next;
    }
    let any = !added.is_empty();
    if any {
        mentions.extend(added);
        mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    }
    any
}

//! Team sheets at the foot of a match report: "Ipswich: Davis, Wilnis, De Vos, Horlock (Currie
//! 75), Bent." or "Ireland: G Murphy; S Horgan, B O'Driscoll (capt), G D'Arcy". Every name of
//! the sheet is a player's, surname alone or after initials, whatever a gazetteer or the model
//! read in it ("Doumbia", "Bent", "Derby"); the side that opens it is a team.

use super::names::{LISTED, Mention, TITLED};
use crate::facts::EntityKind;

const PLAYER_WHY: &str = "a team sheet's name (\"Ipswich: Davis, Wilnis, De Vos\")";

/// The least number of names a line of a side's players holds (a football side less its
/// substitutes, a rugby side's pack alone is more).
const SIDE_SIZE: usize = 7;

/// Labels of a sheet's other lines, which name players or officials too, read only in an
/// article that has a side's sheet.
const LABELS: [&str; 14] = [
    "Subs",
    "Subs not used",
    "Subs Not Used",
    "Substitutes",
    "Replacements",
    "Booked",
    "Bookings",
    "Sent off",
    "Sent Off",
    "Goals",
    "Scorers",
    "Ref",
    "Referee",
    "Sin-binned",
];

/// Lowercase words that belong in a player's name ("De Vos" is capitalised, "van Zyl" not).
const PARTICLES: [&str; 8] = ["van", "von", "der", "den", "de", "da", "di", "le"];

/// A sheet's line: where its head (the side or the label) lies, and its players.
struct Sheet {
    head: (usize, usize),
    labelled: bool,
    players: Vec<(usize, usize)>,
}

/// The players of the team sheets in `text`, a sports report or a result (`sport`), and the sides that
/// head them. Players override what read their names otherwise; a side read as a place is
/// returned, for the article's other mentions of it to be the team too.
pub(crate) fn players_in_team_sheets<'t>(
    text: &'t str,
    mentions: &mut Vec<Mention>,
    sport: bool,
) -> Vec<&'t str> {
    if !sport || !text.contains(": ") {
        return Vec::new();
    }
    let mut sheets = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let base = line_start;
        line_start += line.len();
        if let Some(sheet) = read_sheet(line, base)
            && !mostly_listed_names(&sheet, mentions)
        {
            sheets.push(sheet);
        }
    }
    // A labelled line alone ("Goals: Kuqi 23") is read only beside a side's sheet.
    if !sheets.iter().any(|s| !s.labelled) {
        return Vec::new();
    }
    let mut sides = Vec::new();
    for sheet in &sheets {
        for &(start, end) in &sheet.players {
            // (A reading inside the name, "Vos" of "De Vos", or of the name, "Doumbia" as a
            // place, gives way; a person's reading of it stands.)
            let person = mentions
                .iter()
                .any(|m| m.kind == EntityKind::Person && m.start == start && m.end == end);
            if person {
                continue;
            }
            mentions.retain(|m| !(m.start < end && start < m.end));
            mentions.push(Mention::person(
                start,
                end,
                text[start..end].to_owned(),
                TITLED,
                PLAYER_WHY,
            ));
        }
        let (start, end) = sheet.head;
        if !sheet.labelled
            && mentions
                .iter()
                .any(|m| m.kind == EntityKind::Place && m.start == start && m.end == end)
        {
            sides.push(&text[start..end]);
        }
    }
    mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    sides
}

/// Whether more than a quarter of a sheet's names are places or bodies a gazetteer lists
/// ("Hosts: London, Paris, Berlin ..."): a list of those, not of players.
fn mostly_listed_names(sheet: &Sheet, mentions: &[Mention]) -> bool {
    let listed = sheet
        .players
        .iter()
        .filter(|&&(start, end)| {
            mentions.iter().any(|m| {
                m.kind != EntityKind::Person
                    && m.weight >= LISTED
                    && m.start == start
                    && m.end == end
            })
        })
        .count();
    listed * 4 > sheet.players.len()
}

/// Reads `line` (at byte `base` of the text) as a sheet: a head of one to four capitalised
/// words and a colon, then names separated by commas or semicolons, a substitute's in brackets
/// with the minute ("(Currie 75)"), a scorer's with the minutes after it ("Kuqi 23, 67"). A
/// side's head needs `SIDE_SIZE` names; a label's, one. Any other item makes it no sheet.
fn read_sheet(line: &str, base: usize) -> Option<Sheet> {
    let colon = line.find(": ")?;
    let head = &line[..colon];
    let head_words = head.split(' ').count();
    if head.is_empty()
        || head_words > 4
        || !head.starts_with(|c: char| c.is_uppercase())
        || head.contains(['.', ',', '"', '\u{201c}'])
    {
        return None;
    }
    let labelled = LABELS.contains(&head);
    let body_start = colon + 2;
    let body = line[body_start..].trim_end();
    let body = body.strip_suffix('.').unwrap_or(body);
    let mut players = Vec::new();
    let mut offset = body_start;
    for item in split_items(body) {
        let item_start = offset;
        offset += item.len() + 1;
        let trimmed = item.trim_start();
        let at = base + item_start + (item.len() - trimmed.len());
        let (name, bracket) = match trimmed.split_once(" (") {
            Some((name, rest)) => (name, Some(rest.strip_suffix(')')?)),
            None => (trimmed, None),
        };
        let name = strip_minutes(name);
        let len = player_name_len(name)?;
        players.push((at, at + len));
        // "(Currie 75)": the substitute who came on; "(capt)", "(Wirral)" name none.
        if let Some(bracket) = bracket {
            let inner = strip_minutes(bracket);
            if inner.len() < bracket.len()
                && let Some(len) = player_name_len(inner)
            {
                let inner_at = at + trimmed.len() - bracket.len() - 1;
                players.push((inner_at, inner_at + len));
            }
        }
    }
    let enough = if labelled {
        !players.is_empty()
    } else {
        players.len() >= SIDE_SIZE
    };
    enough.then_some(Sheet {
        head: (base, base + colon),
        labelled,
        players,
    })
}

/// The items of a sheet's body, split at commas and semicolons outside brackets, each with the
/// separator left off (the caller steps one byte past it).
fn split_items(body: &str) -> Vec<&str> {
    let mut items = Vec::new();
    let mut depth = 0u32;
    let mut start = 0;
    for (i, c) in body.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            ',' | ';' if depth == 0 => {
                items.push(&body[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(&body[start..]);
    items
}

/// `name` less the minutes after it ("Kuqi 23", "Bent 40 pen", "Smith 90+2").
fn strip_minutes(name: &str) -> &str {
    let mut rest = name.trim_end();
    loop {
        let Some((before, last)) = rest.rsplit_once(' ') else {
            return rest;
        };
        let minute = last
            .trim_end_matches(['\'', '+'])
            .split('+')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
        if minute || last == "pen" || last == "og" {
            rest = before;
        } else {
            return rest;
        }
    }
}

/// The length of `item` if it is a player's name and nothing else: initials ("G", "AJ", "G.")
/// then one to three words of a surname, each capitalised or a particle ("De Vos", "van Zyl",
/// "O'Driscoll", "Ellis-Parry").
fn player_name_len(item: &str) -> Option<usize> {
    let words: Vec<&str> = item.split(' ').collect();
    let initials = words
        .iter()
        .take_while(|w| {
            let letters = w.trim_end_matches('.');
            !letters.is_empty()
                && letters.len() <= 3
                && letters.bytes().all(|b| b.is_ascii_uppercase())
                && words.len() > 1
        })
        .count();
    let surname = &words[initials..];
    let capitalised = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(char::is_uppercase)
            && chars
                .clone()
                .next()
                .is_some_and(|c| c.is_lowercase() || c == '\'')
            && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}'))
    };
    let ok = (1..=3).contains(&surname.len())
        && surname.last().is_some_and(|w| capitalised(w))
        && surname
            .iter()
            .all(|w| capitalised(w) || PARTICLES.contains(w));
    ok.then_some(item.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_player_is_initials_and_a_surname_or_a_surname_alone() {
        assert_eq!(player_name_len("De Vos"), Some(6));
        assert_eq!(player_name_len("CJ van Zyl"), Some(10));
        assert_eq!(player_name_len("B O'Driscoll"), Some(12));
        assert_eq!(player_name_len("A Foley"), Some(7));
        assert_eq!(player_name_len("the ball"), None);
        assert_eq!(player_name_len("24,611"), None);
        assert_eq!(player_name_len("FC"), None);
    }

    #[test]
    fn minutes_and_penalties_are_no_part_of_the_name() {
        assert_eq!(strip_minutes("Kuqi 23"), "Kuqi");
        assert_eq!(strip_minutes("Bent 40 pen"), "Bent");
        assert_eq!(strip_minutes("Smith 90+2"), "Smith");
        assert_eq!(strip_minutes("De Vos"), "De Vos");
    }
}

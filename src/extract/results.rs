//! Teams a sports report names by a name no list holds: the rows of a results table ("Blackburn
//! 1 Leeds 0", "Aston Villa 0-0 Brentford"), of a league table ("Newcastle 3 2 0 1 5 3 6") or of standings ("BALTIMORE 67
//! 62 .519 7"), and the sides of a one-score result ("Chelsea beat Everton 1-0", "a 2-2 draw
//! with Bolton"). A result in sets ("beat Agassi 6-4 6-2") is a player's, so it names no team.

use super::dates::is_weekday;
use super::lexicon::LEXICON;
use super::names::{CUE, Mention, TITLED, WEAK};
use super::teams::has_margin;
use super::text::sentence_end;
use crate::facts::EntityKind;
use regex::Regex;
use std::sync::LazyLock;

/// Why a side of a result no list holds is a team.
pub(crate) const RESULT_TEAM_WHY: &str = "a sports result names it: a team";

/// A capitalised name of one to four words ("Aston Villa", "Queens Park Rangers").
const NAME: &str = r"\p{Lu}[\p{L}.'&-]*(?: \p{Lu}[\p{L}.'&-]*){0,3}";

/// A side's name, perhaps after its club's founding year ("1860 Munich").
const CLUB: &str = r"(?:1[89]\d\d )?\p{Lu}[\p{L}.'&-]*(?: \p{Lu}[\p{L}.'&-]*){0,3}";

/// Where a results line says the match was played, before its sides ("In Bologna: ", "At
/// Hove: ").
const VENUE: &str = r"(?:(?:In|At) \p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*){0,2}: )?";

/// A side's country in brackets after its name, in a cup's results ("Monaco (France) 3").
const COUNTRY: &str = r"(?: \(\p{Lu}[\p{L}.' -]*\))?";

/// "Aston Villa 2 Derby 0", "CHICAGO 103 Utah 97": a line that is one match's result, each
/// score perhaps followed by its scorers in brackets ("Barcelona 3 ( Ronaldo 2 , Pizzi )
/// Valencia 1 ( Mijatovic ) .", "In Bologna: Kinder Bologna 71 (Ferraresi 19) Ulker 65",
/// "Monaco (France) 3 (Lebrun 8) Hamburg (Germany) 1 (Schnurr 60)").
static MATCH_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)^[ \t]*{VENUE}({CLUB}){COUNTRY} \d{{1,3}}(?: \( ?([^)\n]*?) ?\))? ({CLUB}){COUNTRY} \d{{1,3}}(?: \( ?([^)\n]*?) ?\))?[ \t]*(?:\.|$)"
    ))
    .expect("match row pattern")
});

/// "At Chelmsford: Essex 412-6 declared (N. Hussain 136, R. Irani 77). Kent 103-2.": a side's
/// cricket innings, its runs (for its wickets, declared or all out), perhaps with its batsmen
/// and bowlers in brackets.
/// "Aston Villa 0-0 Brentford", "Everton 2 – 1 Wolves": a line that is one match's result
/// with its score between the sides.
static SCORE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)^[ \t]*({CLUB}) \d{{1,3}} ?[-–] ?\d{{1,3}} ({CLUB})[ \t]*(?:\([^)\n]*\))?[ \t]*\.?[ \t]*$"
    ))
    .expect("score line pattern")
});

static INNINGS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)(?:^[ \t]*|: |\. )({NAME}) \d{{2,3}}(-\d{{1,2}})?( declared| all out)?(?: \(([^)\n]*)\))?"
    ))
    .expect("innings pattern")
});

/// "Newcastle 3 2 0 1 5 3 6", "Ajax 3 2 0 1 6-4 6": a league table's row of games played,
/// won, drawn and lost, goals (for and against, or for-against) and points; "Real Madrid 8 7 1
/// 15": played, won, lost and points, where no game is drawn.
static TABLE_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)^[ \t]*({NAME})(?:[ \t]+\d{{1,3}}(?:-\d{{1,3}})?){{4,}}[ \t]*$"
    ))
    .expect("table row pattern")
});

/// "1. Damon Hill (Britain) Williams 1:32:44.2", "3. Tony Rominger (Switzerland) Mapei": a race's
/// placing, the driver or rider, their country in brackets and then their team, before a time,
/// a gap (also "one lap", "same time", "s.t.") or the line's end.
static RACE_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)^[ \t]*\d{{1,2}}\.? {NAME} \({NAME}\) ({NAME})(?:[ \t]+[\d+:.]|[ \t]*$|[ \t]+(?:at )?(?:one|two|three|four|five|\d{{1,2}}) laps?\b|[ \t]+same time\b|[ \t]+s\.t\.)"
    ))
    .expect("race row pattern")
});

/// "Results: Lazio 3 Bologna 1, Parma 1 Fiorentina 1.": results listed in a sentence, after a
/// colon or another result, each ending at a comma, a semicolon, a stop or the line's end
/// (checked by [`ends_a_listed_result`]: the pattern leaves it for the next one to open with).
static LISTED_RESULT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:: |, |; )({CLUB}) \d{{1,3}} ({CLUB}) \d{{1,3}}"
    ))
    .expect("listed result pattern")
});

/// Whether what follows a listed result ends it.
fn ends_a_listed_result(rest: &str) -> bool {
    rest.trim_end_matches(['\r', '\n', ' ', '\t']).is_empty() || rest.starts_with([',', ';', '.'])
}

/// "NEW YORK 74 55 .574 -", "BALTIMORE 67 62 .519 7 1/2", "CHICAGO   10  0 1.000   -": a
/// standings row of wins, losses (and ties), the winning percentage and the games behind, its
/// columns perhaps aligned with runs of spaces.
static STANDINGS_ROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?m)^[ \t]*({NAME})(?:[ \t]+\d{{1,3}}){{2,3}}[ \t]+1?\.\d{{3}}(?:[ \t]+[-\d/ \t]*)?[ \t]*$"
    ))
    .expect("standings row pattern")
});

/// "NEW YORK AT BOSTON", "Cleveland AT ATLANTA": a line of a schedule, the visiting side "AT"
/// the home side.
static FIXTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?m)^[ \t]*({NAME}) AT ({NAME})[ \t]*$")).expect("fixture pattern")
});

/// "Chelsea beat Everton", "Leeds drew with Bolton", "Kent, who beat Yorkshire": both sides of
/// a result verb.
static SIDES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"({NAME})(?:, who)? (?:beat|defeated|thrashed|edged|drew with|lost to|were beaten by) ({NAME})"
    ))
    .expect("result sides pattern")
});

/// "a 1-0 win over Everton", "a 2-2 draw with Bolton": the opponent after a scored result.
static OPPONENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\d{{1,2}} ?[-–] ?\d{{1,2}} (?:win|victory|defeat|draw|loss|home win|away win) (?:over|against|with|to|at|by) ({NAME})"
    ))
    .expect("opponent pattern")
});

/// A player's name on a scorecard: a surname, perhaps after the particles it is written with
/// ("de Villiers", "van der Merwe"), which start lowercase.
const PLAYER: &str =
    r"(?-u:\b)(?:(?:de|du|le|la|da|di|dos|van|von|der|den|ten|ter) ){0,2}\p{Lu}[\p{L}'-]+";

/// A cricket scorecard's dismissal: the fielder who caught or stumped the batsman and the
/// bowler ("c Croft b Cork", "st Russell b Salisbury", "lbw b Mullally", "c & b Lewis", "c
/// Richardson b de Villiers").
static DISMISSAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:(?-u:\b)(?:c|st) ({PLAYER}) |(?-u:\b)lbw |(?-u:\b)c & )b ({PLAYER})"
    ))
    .expect("dismissal pattern")
});

/// A bowler's figures: overs, maidens, runs and wickets ("Cork 18-3-74-1", "Mullally
/// 22.4-5-68-2", "de Villiers 25-7-70-1").
static BOWLING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"({PLAYER}) \d{{1,2}}(?:\.\d)?-\d{{1,2}}-\d{{1,3}}-\d{{1,2}}"
    ))
    .expect("bowling figures pattern")
});

/// A score anywhere in a sentence ("1-0", "2 – 2").
static SCORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\d{1,2} ?[-–] ?\d{1,2}\b").expect("score pattern"));

/// Whether `text` may hold a score ("1-0", "2 – 2"): digits, a dash, digits, each perhaps
/// spaced. A byte scan that lets articles with none skip SCORE, whose word boundaries keep the
/// regex engine off its fast path. Wider than `teams::has_score` on purpose: a gate must pass
/// everything SCORE matches, "20-30 January" too.
fn may_hold_a_score(text: &str) -> bool {
    let bytes = text.as_bytes();
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let skip_space = |i: usize| {
        if bytes.get(i) == Some(&b' ') {
            i + 1
        } else {
            i
        }
    };
    (0..bytes.len()).any(|i| {
        if !digit_at(i) || digit_at(i + 1) && digit_at(i + 2) {
            return false;
        }
        let after_digits = if digit_at(i + 1) { i + 2 } else { i + 1 };
        let dash = skip_space(after_digits);
        let after_dash = match bytes.get(dash..dash + 3) {
            _ if bytes.get(dash) == Some(&b'-') => dash + 1,
            Some([0xE2, 0x80, 0x93]) => dash + 3,
            _ => return false,
        };
        digit_at(skip_space(after_dash))
    })
}

/// Whether `text` may hold a bowler's figures ("18-3-74-1"): a digit, a dash and a digit,
/// then another dash and two digits close by. A byte scan that spares most articles the
/// pattern.
fn may_hold_bowling_figures(text: &str) -> bool {
    text.as_bytes().windows(6).any(|w| {
        w[0].is_ascii_digit()
            && w[1] == b'-'
            && w[2].is_ascii_digit()
            && w[3..].contains(&b'-')
            && w[3..].iter().filter(|b| b.is_ascii_digit()).count() >= 2
    })
}

/// Whether `line` has a word's last byte (a name may end in "ö", "." or "'"), a space and two
/// digits somewhere ("Essex 412").
fn runs_after_a_word(line: &str) -> bool {
    line.as_bytes().windows(4).any(|w| {
        !w[0].is_ascii_whitespace()
            && !w[0].is_ascii_digit()
            && w[1] == b' '
            && w[2].is_ascii_digit()
            && w[3].is_ascii_digit()
    })
}

/// Adds the teams found in results as organisations (a stretch nothing else read) or retypes
/// what read them otherwise, except people; returns the surfaces found, so that every other
/// mention of them is the team too.
pub(crate) fn teams_named_in_results<'t>(
    text: &'t str,
    mentions: &mut Vec<Mention>,
    is_given_name: impl Fn(&str) -> bool,
) -> Vec<&'t str> {
    // The sides of one result: a person among them makes it a player's result.
    let mut results: Vec<Vec<(usize, usize)>> = Vec::new();
    // The sides of a match row ("Fortuna Sittard 1 Utrecht 1"): two people so set are a
    // player's result, one alone is a side named like a person.
    let mut rows: Vec<Vec<(usize, usize)>> = Vec::new();
    let span = |m: regex::Match, base: usize| side_span(text, base + m.start(), base + m.end());
    let mut scorer_spans: Vec<(usize, usize)> = Vec::new();
    // The sides of a schedule's lines ("NEW YORK AT BOSTON").
    let mut fixtures: Vec<((usize, usize), (usize, usize))> = Vec::new();
    // Only a line with a number can be a row: the patterns run on those alone.
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let base = line_start;
        line_start += line.len();
        // A row opens with a name and a number; a line of innings may open with their venue
        // ("At Chelmsford: Essex 412-6").
        let row_shaped = opens_with_a_name_and_a_number(line);
        // A race's placing opens with its number, and brackets the country.
        if line.trim_start().starts_with(|c: char| c.is_ascii_digit()) && line.contains(") ") {
            for row in RACE_ROW.captures_iter(line) {
                results.extend(row.get(1).map(|m| vec![span(m, base)]));
            }
        }
        if line.contains(" AT ") {
            for fixture in FIXTURE.captures_iter(line) {
                let (Some(visitors), Some(home)) = (fixture.get(1), fixture.get(2)) else {
                    continue;
                };
                fixtures.push((span(visitors, base), span(home, base)));
            }
        }
        if !row_shaped && !line.contains(": ") {
            continue;
        }
        // An innings is a name, a space and two or three digits: a byte scan spares the
        // pattern most lines (quotations open with ": " too).
        let innings = runs_after_a_word(line).then(|| INNINGS.captures_iter(line));
        for innings in innings.into_iter().flatten() {
            let players = innings.get(4);
            let whole = innings.get(0).map_or("", |m| &line[m.end()..]);
            // The innings ends its sentence or line (the pattern leaves the stop unread, for
            // the next side's ". Kent 103-2" to start with it).
            let ends = whole.trim_start_matches([' ', '\t']).is_empty()
                || whole.starts_with(['.', ';', '\n', '\r']);
            // Runs alone could be anything: wickets, "declared", "all out" or players make them
            // an innings.
            let cricket = innings.get(2).is_some() || innings.get(3).is_some() || players.is_some();
            if !ends || !cricket {
                continue;
            }
            results.extend(innings.get(1).map(|m| vec![span(m, base)]));
            if let Some(players) = players {
                scorer_spans.extend(scorers_in(players.as_str(), base + players.start()));
            }
        }
        // A listed result holds two scores after spaces: most lines with ": " are quotations
        // with none, which a byte scan spares the pattern.
        if line.contains(": ") && numbers_after_spaces(line) >= 2 {
            for listed in LISTED_RESULT.captures_iter(line) {
                if listed
                    .get(0)
                    .is_some_and(|m| ends_a_listed_result(&line[m.end()..]))
                {
                    results.push(
                        [listed.get(1), listed.get(2)]
                            .into_iter()
                            .flatten()
                            .map(|m| span(m, base))
                            .collect(),
                    );
                }
            }
        }
        if !row_shaped {
            continue;
        }
        // The sides of a row, its capture groups `sides`.
        let sides_of = |row: &regex::Captures, sides: [usize; 2]| -> Vec<(usize, usize)> {
            sides
                .iter()
                .filter_map(|&group| row.get(group))
                .map(|m| span(m, base))
                .collect()
        };
        for row in MATCH_ROW.captures_iter(line) {
            rows.push(sides_of(&row, [1, 3]));
            for scorers in [row.get(2), row.get(4)].into_iter().flatten() {
                scorer_spans.extend(scorers_in(scorers.as_str(), base + scorers.start()));
            }
        }
        for row in SCORE_LINE.captures_iter(line) {
            rows.push(sides_of(&row, [1, 2]));
        }
        for row in STANDINGS_ROW.captures_iter(line) {
            results.push(row.get(1).map(|m| span(m, base)).into_iter().collect());
        }
        if !line.trim_end().ends_with(|c: char| c.is_ascii_digit()) {
            continue;
        }
        for row in TABLE_ROW.captures_iter(line) {
            results.push(row.get(1).map(|m| span(m, base)).into_iter().collect());
        }
    }
    // A result told in a sentence has a score: without one in the article, no sentence is read.
    let scored = (may_hold_a_score(text) || has_margin(text)).then(|| sentences(text));
    for sentence in scored.into_iter().flatten() {
        let within = &text[sentence.clone()];
        if !within.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        // Scores in a row ("6-4 6-2") are sets: a player's result, not a team's.
        let scores: Vec<regex::Match> = SCORE.find_iter(within).collect();
        let sets = scores
            .windows(2)
            .any(|w| within[w[0].end()..w[1].start()].trim().is_empty());
        // ("Kent, who beat Yorkshire by an innings": a margin tells a result too.)
        if (scores.is_empty() && !has_margin(within)) || sets {
            continue;
        }
        for found in SIDES.captures_iter(within) {
            let pair = [found.get(1), found.get(2)].into_iter().flatten();
            results.push(pair.map(|m| span(m, sentence.start)).collect());
        }
        for found in OPPONENT.captures_iter(within) {
            results.push(
                found
                    .get(1)
                    .map(|m| span(m, sentence.start))
                    .into_iter()
                    .collect(),
            );
        }
    }
    // A schedule's lines count in an article of results or standings: elsewhere "TROOPS AT
    // BORDER" is a headline.
    if results.is_empty() && rows.is_empty() {
        fixtures.clear();
    }
    // ("Cleveland AT ATLANTA": a person guessed from a given name across a schedule's "AT" is
    // its two sides.)
    mentions.retain(|m| {
        !(m.kind == EntityKind::Person
            && m.weight <= CUE
            && fixtures
                .iter()
                .any(|&(visitors, home)| m.start < visitors.1 && home.0 < m.end))
    });
    rows.extend(
        fixtures
            .into_iter()
            .map(|(visitors, home)| vec![visitors, home]),
    );
    let is_person = |&(start, end): &(usize, usize)| {
        let surface = &text[start..end];
        // "San Diego 6", "Sheffield United 2": a place or a club that opens like a given name
        // is no person.
        let read_as_body = mentions.iter().any(|m| {
            matches!(m.kind, EntityKind::Place | EntityKind::Organization)
                && m.start == start
                && m.end == end
        });
        (surface.contains(' ')
            && is_given_name(surface.split(' ').next().unwrap_or(""))
            && !read_as_body)
            || mentions
                .iter()
                .any(|m| m.kind == EntityKind::Person && m.start < end && start < m.end)
    };
    // ("Wasps 24-18 Sale": one word read as a person by nothing but a weak guess, such as
    // "Sale's unbeaten run", is no player set against another.)
    let guessed_alone = |&(start, end): &(usize, usize)| {
        !text[start..end].contains(' ')
            && mentions.iter().any(|m| {
                (m.start, m.end) == (start, end)
                    && m.kind == EntityKind::Person
                    && m.weight <= WEAK
                    && m.role.is_none()
            })
    };
    let in_rows = rows
        .into_iter()
        .filter(|sides| {
            !sides
                .iter()
                .all(|side| is_person(side) && !guessed_alone(side))
        })
        .flatten()
        .map(|side| (side, true));
    let sides: Vec<((usize, usize), bool)> = results
        .into_iter()
        .filter(|sides| !sides.iter().any(is_person))
        .flatten()
        .map(|side| (side, false))
        .chain(in_rows)
        // ("Halftime 33-35": a table's note, no side.)
        .filter(|&((start, end), _)| start < end && !LEXICON.not_names.contains(&text[start..end]))
        .collect();
    let mut surfaces = Vec::new();
    for ((start, end), in_a_row) in sides {
        let surface = &text[start..end];
        // "1860 Munich": the town read alone is the end of a club's name that opens with its
        // founding year.
        let year = surface
            .split_once(' ')
            .filter(|(year, _)| year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()));
        if let Some((year, _)) = year
            && let Some(town) = mentions
                .iter_mut()
                .find(|m| m.start == start + year.len() + 1 && m.end == end)
        {
            town.start = start;
        }
        let read: Vec<&Mention> = mentions
            .iter()
            .filter(|m| m.start < end && start < m.end)
            .collect();
        let exact = read.iter().any(|m| m.start == start && m.end == end);
        // A row's side read as a person by a given name or a guess is the team ("Fortuna
        // Sittard 1 Utrecht 1", "Willem II Tilburg 2 NAC Breda 0").
        let guessed_person = |m: &Mention| {
            in_a_row && m.kind == EntityKind::Person && m.weight <= CUE && m.role.is_none()
        };
        // Unread, or only a place read inside a side's name, which is part of it ("Twente
        // Enschede 3 1 1 1 3-3 4"): the side is the team.
        let inside_the_side = (!exact || read.iter().any(|m| guessed_person(m)))
            && read.iter().all(|m| {
                (m.kind == EntityKind::Place || guessed_person(m))
                    && start <= m.start
                    && m.end <= end
            });
        let unread = read.is_empty();
        if inside_the_side {
            if !unread {
                mentions.retain(|m| !(m.start < end && start < m.end));
            }
            mentions.push(Mention::body(
                start,
                end,
                side_name(surface).to_owned(),
                TITLED,
                RESULT_TEAM_WHY,
            ));
        } else if !exact {
            // Read as something else, over other bounds: not sure enough to redraw them.
            continue;
        }
        surfaces.push(surface);
    }
    // A scorecard names its players by surname alone, many of them towns ("c Croft b Cork"):
    // the pattern outweighs any reading of the name.
    // (Most articles have neither a lone "b" nor a figure of four numbers: the patterns are
    // spared them.)
    let dismissed = text
        .contains(" b ")
        .then(|| DISMISSAL.captures_iter(text))
        .into_iter()
        .flatten()
        .flat_map(|c| [c.get(1), c.get(2)])
        .flatten();
    let bowled = may_hold_bowling_figures(text)
        .then(|| BOWLING.captures_iter(text))
        .into_iter()
        .flatten()
        .filter_map(|c| c.get(1));
    let players: Vec<(usize, usize)> = dismissed
        .chain(bowled)
        .map(|m| (m.start(), m.end()))
        .collect();
    // ("de Villiers": a reading of the surname alone is inside the player's name.)
    if !players.is_empty() {
        mentions.retain(|m| {
            !players.iter().any(|&(start, end)| {
                let inside = start <= m.start && m.end <= end;
                let same_person = m.kind == EntityKind::Person && (m.start, m.end) == (start, end);
                inside && !same_person
            })
        });
    }
    // "Zaragoza 1 (Aragon 40)", "(Pinilla 20, 66)": in a scorers' bracket a name is a
    // player's, whatever a gazetteer or the model read.
    if !scorer_spans.is_empty() {
        let mut brackets = scorer_spans.clone();
        brackets.sort_unstable();
        mentions.retain(|m| {
            let before = brackets.partition_point(|&(start, _)| start < m.end);
            m.kind == EntityKind::Person || before == 0 || brackets[before - 1].1 <= m.start
        });
    }
    scorer_spans.extend(players);
    for (start, end) in scorer_spans {
        if mentions.iter().any(|m| m.start < end && start < m.end) {
            continue;
        }
        mentions.push(Mention::person(
            start,
            end,
            text[start..end].to_owned(),
            TITLED,
            "a scorer named in brackets after a result's score",
        ));
    }
    // The team's other mentions that nothing read ("Everton manager David Moyes").
    let mut again = Vec::new();
    for surface in &surfaces {
        for (start, _) in text.match_indices(surface) {
            let end = start + surface.len();
            let whole = !text[..start].ends_with(char::is_alphanumeric)
                && !text[end..].starts_with(char::is_alphanumeric);
            let unread = !mentions.iter().any(|m| m.start < end && start < m.end);
            if whole && unread && !again.iter().any(|m: &Mention| m.start == start) {
                again.push(Mention::body(
                    start,
                    end,
                    (*surface).to_owned(),
                    0,
                    "the same name read elsewhere in the article",
                ));
            }
        }
    }
    mentions.extend(again);
    mentions.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    surfaces
}

/// The name of a side a result names by `surface`: a listed club's where the surface is its
/// short name, which a town's may be too ("Middlesbrough 4 West Ham 1" is West Ham United).
pub(crate) fn side_name(surface: &str) -> &str {
    LEXICON
        .organizations
        .get(surface)
        .copied()
        .unwrap_or(surface)
}

/// The names in a result's list of scorers ("Ronaldo 2 , Pizzi 45 pen"), as byte spans of
/// the text, `base` being where the list starts.
fn scorers_in(list: &str, base: usize) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut offset = 0;
    for piece in list.split([',', ';']) {
        let start = offset + (piece.len() - piece.trim_start().len());
        offset += piece.len() + 1;
        // The name is the capitalised words before any number or lower-case note, perhaps
        // after initials ("N. Hussain 136").
        let name_len: usize = piece
            .trim_start()
            .split(' ')
            .take_while(|w| {
                let initial = w.len() == 2 && w.ends_with('.');
                w.starts_with(char::is_uppercase)
                    && (initial
                        || w.chars()
                            .all(|c| c.is_alphabetic() || c == '-' || c == '\''))
            })
            .map(|w| w.len() + 1)
            .sum();
        // ("Seattle 99 Portland 93 (OT)": overtime, no scorer.)
        let name = &list[start..start + name_len.saturating_sub(1)];
        if name_len > 1 && !LEXICON.not_names.contains(name) {
            spans.push((base + start, base + start + name_len - 1));
        }
    }
    spans
}

/// How many times a digit follows a space in `line`.
fn numbers_after_spaces(line: &str) -> usize {
    line.as_bytes()
        .windows(2)
        .filter(|pair| pair[0] == b' ' && pair[1].is_ascii_digit())
        .count()
}

/// Whether `line` opens as every row pattern does: up to four capitalised words, then a
/// number ("Aston Villa 2", "NEW YORK 74"). A plain scan, wider than the patterns' `NAME`, that
/// spares them the lines of prose holding a number, where each costs a regex search.
fn opens_with_a_name_and_a_number(line: &str) -> bool {
    let line = line.trim_start_matches([' ', '\t']);
    // ("In Bologna: Kinder Bologna 71": the row opens after where it was played.)
    let line = match line.split_once(": ") {
        Some((venue, row))
            if (venue.starts_with("In ") || venue.starts_with("At "))
                && venue.split(' ').count() <= 4 =>
        {
            row
        }
        _ => line,
    };
    // "1860 Munich 2 Freiburg 2": a club's founding year may open its name.
    let line = match line.split_once(' ') {
        Some((year, rest)) if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => rest,
        _ => line,
    };
    // (A table's columns may be aligned with runs of spaces: "CHICAGO      10  0 1.000".)
    let mut words = line.split([' ', '\t']).filter(|w| !w.is_empty());
    for _ in 0..4 {
        if !words
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        {
            return false;
        }
        let mut next = words.clone().next();
        // ("Monaco (France) 3": a side's country in brackets before its score.)
        if next.is_some_and(|w| w.starts_with('(') && w.ends_with(')')) {
            words.next();
            next = words.clone().next();
        }
        if next.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())) {
            return true;
        }
    }
    false
}

/// A side's span without the sentence words a capitalised run may open with ("On Sunday
/// Chelsea beat ...") nor the full stop that ends the sentence ("... with Bolton.").
fn side_span(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let last = text[start..end].rsplit(' ').next().unwrap_or("");
    if last.ends_with('.') && last.matches('.').count() == 1 {
        end -= 1;
    }
    const OPENERS: [&str; 8] = ["On", "In", "At", "The", "After", "But", "And", "Then"];
    while let Some((word, rest)) = text[start..end].split_once(' ') {
        if !(OPENERS.contains(&word) || is_weekday(word)) {
            break;
        }
        start = end - rest.len();
    }
    (start, end)
}

/// Byte ranges of the text's sentences (a line, or up to ". "). Not `crate::sentences`: that
/// splitter joins a hard-wrapped line to the next, where a results table's rows must stay
/// apart, and a score's sentence needs no more than its line.
fn sentences(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        while start < text.len() {
            // The ". " ends the sentence after its full stop.
            let end = sentence_end(text, start, b"");
            let end = if text[end..].starts_with('.') {
                end + 1
            } else {
                end
            };
            let range = start..end;
            start = end + 1;
            if !range.is_empty() {
                return Some(range);
            }
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn teams(text: &str) -> Vec<&str> {
        let mut mentions = Vec::new();
        teams_named_in_results(text, &mut mentions, |w| w == "Andre")
    }

    #[test]
    fn results_and_league_tables_and_one_score_results_name_teams() {
        assert_eq!(teams("Aston Villa 2 Derby 0\n"), ["Aston Villa", "Derby"]);
        assert_eq!(teams("Newcastle 3 2 0 1 5 3 6\n"), ["Newcastle"]);
        assert_eq!(
            teams("Chelsea beat Everton 1-0 on Sunday.\n"),
            ["Chelsea", "Everton"]
        );
        assert_eq!(
            teams("Arsenal drew after a 2-2 draw with Bolton.\n"),
            ["Bolton"]
        );
    }

    #[test]
    fn players_results_and_names_of_people_are_no_teams() {
        assert!(teams("Sampras beat Agassi 6-4 6-2.\n").is_empty());
        assert!(teams("Andre Agassi beat Sampras 3-1 in the final.\n").is_empty());
        assert!(
            teams("Chelsea beat Everton on Sunday.\n").is_empty(),
            "no score"
        );
        assert_eq!(
            teams("Leeds beat Derby 2-1, while Everton drew 1-1 with Bolton.\n"),
            ["Leeds", "Derby"]
        );
        assert!(teams("Sales rose 3 2 0 1 5 3 in six years\n").is_empty());
    }
}

//! The lines sites print between a headline and the story, in their many shapes: a byline with
//! or without "By", carrying the writer's beat or whereabouts ("By Rob Fenwick at Lord's",
//! "By Gareth Pryce, Rugby Writer", "Eleanor Vance Political correspondent"), a breadcrumb
//! ("Somerset Courier | Sport | Rugby Union") and a sender ("From: Department for Business and
//! Trade").

use crate::date::PartialDate;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// Lowercase nouns that end a writer's beat ("correspondent", "editor").
static BEAT_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    crate::text::data_lines(include_str!("../../assets/byline_roles.txt")).collect()
});

/// Lowercase words that may stand inside a name ("Ursula von der Leyen"), and "and" between
/// two writers' names.
const NAME_PARTICLES: [&str; 24] = [
    "and", "de", "der", "den", "van", "von", "al", "bin", "el", "la", "le", "da", "di", "du",
    "dela", "del", "della", "dos", "das", "do", "ibn", "ter", "ten", "arap",
];

/// At most this many words in a writer's name (two writers with particles: "Lucia Paredes and
/// Mateo Quispe").
const MOST_NAME_WORDS: usize = 7;

/// The byte ranges in `line` of its words from byte `from` on.
fn words_of(line: &str, from: usize) -> Vec<Range<usize>> {
    line[from..]
        .split_whitespace()
        .map(|w| {
            let start = w.as_ptr() as usize - line.as_ptr() as usize;
            start..start + w.len()
        })
        .collect()
}

/// Whether every word of `text` opens with a capital, a digit or "&" ("Brecon & Wye
/// Advertiser"): a label's shape.
pub(super) fn all_capitalised(text: &str) -> bool {
    text.split_whitespace().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric() || c == '&')
    })
}

fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    let capitalised = chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'));
    capitalised || NAME_PARTICLES.contains(&word)
}

fn is_beat_noun(word: &str) -> bool {
    let lower = word.to_lowercase();
    BEAT_NOUNS.contains(lower.as_str())
        || lower
            .strip_suffix('s')
            .is_some_and(|singular| BEAT_NOUNS.contains(singular))
}

/// "Ayesha Siddiqui, Political Correspondent": a line that ends in a writer's beat after a
/// comma signs the article wherever it stands among the header lines.
pub(super) fn signs_with_a_beat(line: &str) -> bool {
    line.split_once(',')
        .and_then(|(_, beat)| beat.split_whitespace().last())
        .is_some_and(is_beat_noun)
}

/// The writer's name in a byline's words after "By", or in an unmarked byline's: the words up
/// to a comma or to "at"/"in" and a place, without a beat that ends them ("Political
/// correspondent", "Media editor": a noun and up to two capitalised words before it, while two
/// words of the name are left).
fn writer_name(line: &str, from: usize, fewest_words: usize) -> Option<Range<usize>> {
    let words = words_of(line, from);
    let mut end = words.len();
    let mut comma_after = None;
    for (k, word) in words.iter().enumerate() {
        let text = &line[word.clone()];
        // ("By Tom Hale / The Canadian Press": the agency after a slash.)
        if k > 0 && matches!(text, "at" | "in" | "/") {
            end = k;
            break;
        }
        if text.ends_with(',') {
            comma_after = Some(k);
            end = k + 1;
            break;
        }
    }
    // What follows the name is a beat or a place, not a sentence ("By Sunday, rebels held the
    // city" is a headline).
    let tail = if comma_after.is_some() { end } else { end + 1 };
    let beat_or_place = words.get(tail..).unwrap_or_default().iter().all(|w| {
        let word = line[w.clone()].trim_end_matches(',');
        is_name_word(word)
            || is_beat_noun(word)
            || matches!(word, "the" | "of" | "for" | "in" | "at")
    });
    if words.len() - end > 6
        || !beat_or_place
        || line.ends_with(['.', '!', '?', ':', ';', '"', '”'])
    {
        return None;
    }
    let name_word = |k: usize| {
        let text = &line[words[k].clone()];
        let text = if Some(k) == comma_after {
            text.trim_end_matches(',')
        } else {
            text
        };
        is_name_word(text)
    };
    if end == 0 || end > MOST_NAME_WORDS + 3 {
        return None;
    }
    if comma_after.is_none() && is_beat_noun(&line[words[end - 1].clone()]) {
        end -= 1;
        let mut modifiers = 0;
        while modifiers < 2
            && end > fewest_words.max(2)
            && line[words[end - 1].clone()]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        {
            end -= 1;
            modifiers += 1;
        }
    }
    // ("By Marisa Kohler and staff": the joining word before the beat is no name's.)
    while end > 1 && matches!(&line[words[end - 1].clone()], "and" | "&") {
        end -= 1;
    }
    let first = &line[words[0].clone()];
    // ("By Monday, in Kabul", "By March, in Kabul": a day or a month alone is no writer;
    // "By April Rinne" is.)
    let first_word = first.trim_end_matches(',');
    let a_time = crate::date::WEEKDAYS.contains(&first_word.to_lowercase().as_str())
        || (end == 1 && crate::date::month_from_name(first_word).is_some());
    if !(0..end).all(name_word)
        || a_time
        || end < fewest_words
        || end > MOST_NAME_WORDS
        || NAME_PARTICLES.contains(&first)
    {
        return None;
    }
    let last = words[end - 1].clone();
    let last_end = last.start + line[last].trim_end_matches(',').len();
    Some(words[0].start..last_end)
}

/// "By Siân Prosser", "By Rob Fenwick at Lord's", "BY GARETH PRYCE, Rugby Writer", "By Lucie
/// Marchetti, in Cannes": the writer's name; before a bar, what the byline says (the date and
/// time after it: "By Tomasz Wierzbicki | 21 June 2025 | 09:40 BST").
pub(super) fn byline_name(line: &str) -> Option<Range<usize>> {
    let line = line.split(" | ").next().unwrap_or(line);
    // ("From Kunle Adeyemi, Abuja": a correspondent's line names whence the copy came.)
    if let Some(from) = line.get(..5).filter(|from| *from == "From ") {
        return writer_name(line, from.len(), 2);
    }
    let by = if line
        .get(..3)
        .is_some_and(|by| by.eq_ignore_ascii_case("by "))
    {
        0
    } else {
        blog_byline_by(line)?
    };
    let after_by = by + 3 + line[by + 3..].len() - line[by + 3..].trim_start().len();
    writer_name(line, after_by, 1)
}

/// "By Jo Park, The Daily Courier", "By Ana Ruiz, Associated Press": the publication named
/// after the writer's name (which ends at byte `name_end`), shaped like one: a few capitalised
/// words ending in a publication's noun. After a slash, any few capitalised words: "By Tom
/// Hale / The Canadian Press", "By Ana Ruiz / Reuters". After a bar, a title that opens with
/// "The" or ends in a publication's noun, also past the writer's beat: "By Dana Whitfield | The
/// Courier-Ledger", "By Jo Park, Staff Writer | The Courier-Ledger" (not the beat or the town
/// alone, "| Staff Reporter", "| Kolkata", nor the date).
pub(super) fn outlet_after_byline(line: &str, name_end: usize) -> Option<Range<usize>> {
    let rest = line.get(name_end..)?;
    // Where the outlet would open: right after the name's separator, or after the first bar.
    let right_after = [", ", " / ", " | "]
        .into_iter()
        .find(|separator| rest.starts_with(separator))
        .map(|separator| (separator, separator.len()));
    let past_the_beat = rest.find(" | ").map(|bar| (" | ", bar + 3));
    [right_after, past_the_beat]
        .into_iter()
        .flatten()
        .find_map(|(separator, opens)| {
            let outlet = rest[opens..].split(" | ").next()?.trim_end();
            let start = name_end + opens;
            shaped_as_an_outlet(outlet, separator).then_some(start..start + outlet.len())
        })
}

/// Whether the words after a byline's name and `separator` are shaped like a publication's.
fn shaped_as_an_outlet(outlet: &str, separator: &str) -> bool {
    let words: Vec<&str> = outlet.split_whitespace().collect();
    let ends_in_a_publication_noun = words.last().is_some_and(|w| PUBLICATION_NOUNS.contains(w));
    (1..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || matches!(*w, "of" | "and"))
        && match separator {
            " / " => true,
            " | " => {
                ends_in_a_publication_noun
                    || (words.len() >= 2
                        && words[0] == "The"
                        && !words.iter().any(|w| is_beat_noun(w)))
            }
            _ => ends_in_a_publication_noun,
        }
}

/// "Posted by Ana Rosa-Santos", "Written by Tom Reed", "Posted on 3 October 2024 by Niamh
/// O'Dea": where the "by" of a blog's byline starts, after its label and perhaps the date.
fn blog_byline_by(line: &str) -> Option<usize> {
    let lower = line.to_ascii_lowercase();
    if !["posted ", "written ", "published "]
        .iter()
        .any(|label| lower.starts_with(label))
    {
        return None;
    }
    let by = lower.find(" by ")? + 1;
    // ("Posted on 3 October 2024 by": only a date between the label and "by".)
    let between = &line[..by];
    let label_only = between.split_whitespace().count() == 1;
    (label_only || super::timestamp::parse_timestamp_line(between).is_some()).then_some(by)
}

/// The stamp before the "by" of a blog's byline ("Posted on 3 October 2024 by Niamh O'Dea"):
/// its byte range and its date, if the line has one.
pub(super) fn stamp_before_by(line: &str) -> Option<(Range<usize>, PartialDate)> {
    let by = blog_byline_by(line)?;
    let stamp = line[..by].trim_end();
    super::timestamp::parse_timestamp_line(stamp).map(|date| (0..stamp.len(), date))
}

/// "Eleanor Vance Political correspondent", "Owen Kettering at the Emirates Stadium": a
/// writer's name of two words or more with no "By" (the caller knows the line's place: right
/// above the publication stamp).
pub(super) fn unmarked_byline_name(line: &str) -> Option<Range<usize>> {
    if shaped_like_a_masthead(line) {
        return None;
    }
    writer_name(line, 0, 2)
}

/// Nouns that end a publication's name ("Western Echo", "Global Dispatch").
static PUBLICATION_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    crate::text::data_lines(include_str!("../../assets/publication_nouns.txt")).collect()
});

/// "The Meridian Wire", "Western Echo", "WORLD IN BRIEF": a line under the headline shaped
/// like a publication's name or a section's label, not a writer's: it opens with "The", ends
/// with a publication's noun, or is in capitals with a small word of grammar in it.
fn shaped_like_a_masthead(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    let grammar_in_capitals = words
        .iter()
        .any(|w| matches!(*w, "IN" | "OF" | "THE" | "AND" | "ON" | "FOR" | "AT"))
        && !line.chars().any(char::is_lowercase);
    words.first().is_some_and(|w| w.eq_ignore_ascii_case("the"))
        || words.last().is_some_and(|w| PUBLICATION_NOUNS.contains(w))
        || grammar_in_capitals
}

/// "Somerset Courier | Sport | Rugby Union": the parts of a breadcrumb, each a few capitalised
/// words.
pub(super) fn breadcrumb(line: &str) -> Option<Vec<Range<usize>>> {
    if !line.contains(" | ") {
        return None;
    }
    let mut parts = Vec::new();
    let mut start = 0;
    for piece in line.split('|') {
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        let words = trimmed.split_whitespace().count();
        if !(1..=5).contains(&words) || !all_capitalised(trimmed) {
            return None;
        }
        parts.push(start + lead..start + lead + trimmed.len());
        start += piece.len() + 1;
    }
    (parts.len() >= 2).then_some(parts)
}

/// "From: Department for Business and Trade": the sender of a release.
pub(super) fn sender(line: &str) -> Option<Range<usize>> {
    let rest = line.strip_prefix("From:")?;
    let lead = rest.len() - rest.trim_start().len();
    let name = rest.trim();
    let words = name.split_whitespace().count();
    let start = line.len() - rest.len() + lead;
    ((1..=10).contains(&words) && !name.ends_with('.')).then(|| start..start + name.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(line: &str, found: Option<Range<usize>>) -> Option<&str> {
        found.map(|r| &line[r])
    }

    #[test]
    fn a_byline_gives_the_writers_name_without_beat_or_place() {
        for (line, expected) in [
            ("By Siân Prosser", "Siân Prosser"),
            ("By Rob Fenwick at Lord's", "Rob Fenwick"),
            ("By Gareth Pryce, Rugby Writer", "Gareth Pryce"),
            (
                "By Lucia Paredes and Mateo Quispe",
                "Lucia Paredes and Mateo Quispe",
            ),
            ("by Ursula von der Leyen", "Ursula von der Leyen"),
            ("By Jane Smith Chief Political Correspondent", "Jane Smith"),
            ("By Lucie Marchetti, in Cannes", "Lucie Marchetti"),
            ("By April Rinne", "April Rinne"),
            ("By Ana dela Rosa-Santos", "Ana dela Rosa-Santos"),
            ("Posted by Ana Rosa-Santos", "Ana Rosa-Santos"),
            ("Posted on 3 October 2024 by Niamh O'Dea", "Niamh O'Dea"),
            (
                "By Tomasz Wierzbicki | 21 June 2025 | 09:40 BST",
                "Tomasz Wierzbicki",
            ),
        ] {
            assert_eq!(name(line, byline_name(line)), Some(expected), "{line}");
        }
        for line in [
            "By the end of the week the talks had failed.",
            "By Monday, officials said, the border would reopen to traffic again soon",
            "By Sunday, rebels held the city",
            "By Monday at noon",
            "By Monday, in Kabul",
            "By March, in Kabul",
            "By noon | the talks had ended",
            "Bylines",
            "Posted on the wall by the door",
            "Written in the stars by fate",
        ] {
            assert_eq!(name(line, byline_name(line)), None, "{line}");
        }
    }

    #[test]
    fn an_unmarked_byline_needs_two_name_words() {
        for (line, expected) in [
            ("Eleanor Vance Political correspondent", "Eleanor Vance"),
            ("Priya Nandakumar Media editor", "Priya Nandakumar"),
            ("Owen Kettering at the Emirates Stadium", "Owen Kettering"),
        ] {
            assert_eq!(
                name(line, unmarked_byline_name(line)),
                Some(expected),
                "{line}"
            );
        }
        for line in [
            "Politics",
            "Analysis and comment on the week",
            "Reporter",
            "The Meridian Wire",
            "Western Echo",
            "WORLD IN BRIEF",
        ] {
            assert_eq!(name(line, unmarked_byline_name(line)), None, "{line}");
        }
    }

    #[test]
    fn a_breadcrumb_is_split_into_its_parts() {
        let line = "Somerset Courier | Sport | Rugby Union";
        let parts: Vec<&str> = breadcrumb(line)
            .unwrap()
            .into_iter()
            .map(|r| &line[r])
            .collect();
        assert_eq!(parts, ["Somerset Courier", "Sport", "Rugby Union"]);
        assert_eq!(breadcrumb("Prices rose | analysts said"), None);
        assert_eq!(breadcrumb("Sport"), None);
    }

    #[test]
    fn a_sender_line_names_the_sender() {
        let line = "From: Department for Business and Trade";
        assert_eq!(
            name(line, sender(line)),
            Some("Department for Business and Trade")
        );
        assert_eq!(sender("From the archive."), None);
    }
}

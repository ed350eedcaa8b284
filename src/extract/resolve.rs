//! Date expressions as typed spans of days: the first and last day an expression can mean,
//! with relative and yearless expressions resolved against the article's publication date.
//!
//! A [`DateFact`](crate::facts::DateFact)'s `value` keeps what the text itself says (`--10`
//! for "Last October", `null` for "last year"); its `days` are the reading a reader of that day
//! would make: "last year" in an article of 12 March 2024 is 2023, "In December" there is
//! December 2023, "Monday" the Monday before. Past tense and "last" look back; "will", "next"
//! and the like look ahead.

use std::borrow::Cow;

use crate::date::{
    DayRange, PartialDate, civil_from_days, days_from_civil, days_in_month, weekday_of_days,
};

/// The days the date expression at byte `range` of `text`, of `value`, means, read with the
/// publication date; `None` where the text and that date do not pin it down.
pub(crate) fn days_of(
    text: &str,
    range: std::ops::Range<usize>,
    value: Option<&str>,
    published: Option<PartialDate>,
) -> Option<DayRange> {
    let (sentence, at) = context(text, range.clone());
    let sentence = outside_other_quotations(sentence, at, at + range.len());
    // ("9am next Friday": the time of day says nothing of which day.)
    let day = super::dates::day_part(&text[range.clone()]);
    let expression = &text[range.start + day.start..range.start + day.end];
    resolve(expression, value, &sentence, at + day.start, published)
}

/// `sentence` with the words of quotations that do not hold the date (bytes `from..to`)
/// blanked out, offsets kept: "'It will not begin now,' he said on Thursday" is said of the
/// past, whatever the quotation plans. A closing mark with no opening one closes a quotation
/// that began before the sentence.
fn outside_other_quotations(sentence: &str, from: usize, to: usize) -> Cow<'_, str> {
    if !sentence.contains(['"', '\u{201c}', '\u{201d}']) {
        return Cow::Borrowed(sentence);
    }
    let mut quoted: Vec<std::ops::Range<usize>> = Vec::new();
    let mut open: Option<usize> = None;
    let mut previous = ' ';
    for (i, c) in sentence.char_indices() {
        let opens = c == '\u{201c}' || (c == '"' && (previous.is_whitespace() || previous == '('));
        let closes = c == '\u{201d}' || (c == '"' && !opens);
        if opens {
            open = Some(i + c.len_utf8());
        } else if closes {
            quoted.push(open.take().unwrap_or(0)..i);
        }
        previous = c;
    }
    if let Some(start) = open {
        quoted.push(start..sentence.len());
    }
    if quoted.iter().any(|q| q.start < to && from < q.end) {
        return Cow::Borrowed(sentence);
    }
    let mut blanked = sentence.as_bytes().to_vec();
    for q in quoted {
        blanked[q].fill(b' ');
    }
    // (Whole characters are blanked: a quotation's bounds are its marks.)
    Cow::Owned(String::from_utf8(blanked).unwrap_or_else(|_| sentence.to_owned()))
}

/// The year a yearless date (`--12`, `--01-20/--01-30`) at `range` in `text` falls in, read
/// from the publication date and the tense of its sentence.
pub(crate) fn year_from_publication(
    text: &str,
    range: std::ops::Range<usize>,
    yearless: &str,
    published: Option<PartialDate>,
) -> Option<i32> {
    published.filter(|p| p.ymd_parts().is_some())?;
    days_of(text, range, Some(yearless), published)?.start.year
}

/// Which way a yearless or relative date points from the publication date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Direction {
    Back,
    Ahead,
}

/// The sentence around a byte range, at most a few hundred bytes either side (a text with no
/// sentence ends must not make every date read all of it), and where the range starts in it.
fn context(text: &str, range: std::ops::Range<usize>) -> (&str, usize) {
    let std::ops::Range { start: lo, end: hi } = super::text::widened(text, range.clone(), 300);
    // ("up from 108.20 yen on Tuesday": a decimal point ends no sentence; nor does an
    // initial's or an abbreviation's, "at the U.S. Open on Thursday".)
    // ("in Washington D.C. The team": a word that opens sentences ends it after all.)
    const OPENERS: [&str; 14] = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "In", "But", "This", "His", "Her",
    ];
    let initial = |bytes: &[u8], i: usize| {
        let next_word = || {
            bytes[i + 1..]
                .split(|c| !c.is_ascii_alphabetic())
                .find(|w| !w.is_empty())
                .unwrap_or_default()
        };
        i > 0
            && bytes[i - 1].is_ascii_uppercase()
            && (i == 1 || matches!(bytes[i - 2], b'.' | b' ' | b'\n'))
            && !OPENERS.contains(&std::str::from_utf8(next_word()).unwrap_or_default())
    };
    // ("at 10:14 p.m. local time on Saturday": a stop before a lowercase word ends no sentence.)
    let lowercase_next = |bytes: &[u8], i: usize| {
        bytes.get(i + 1) == Some(&b' ') && bytes.get(i + 2).is_some_and(u8::is_ascii_lowercase)
    };
    let ends_at = |bytes: &[u8], i: usize| match bytes[i] {
        b'\n' => true,
        b'.' if initial(bytes, i) || lowercase_next(bytes, i) => false,
        b'.' | b'!' | b'?' => bytes.get(i + 1).is_none_or(|c| c.is_ascii_whitespace()),
        _ => false,
    };
    let before = &text.as_bytes()[lo..range.start];
    let start = (0..before.len())
        .rev()
        .find(|&i| ends_at(before, i))
        .map_or(lo, |i| lo + i + 1);
    let after = &text.as_bytes()[range.end..hi];
    let end = (0..after.len())
        .find(|&i| ends_at(after, i))
        .map_or(hi, |i| range.end + i);
    (&text[start..end], range.start - start)
}

/// Whether the date at bytes `at..at + len` of `sentence` follows a city in capitals and its
/// comma at the sentence's start and comes before the dateline's colon or dash
/// ("NEW DELHI, September 23:", "MANILA, March 9 -").
fn in_a_dateline(sentence: &str, at: usize, len: usize) -> bool {
    let Some(city) = sentence
        .get(..at)
        .and_then(|before| before.trim_end().strip_suffix(','))
    else {
        return false;
    };
    let city = city.trim_start();
    let capitals = city.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && city
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’' | '/'));
    let after = sentence.get(at + len..).unwrap_or_default().trim_start();
    capitals && after.starts_with([':', '-', '—', '–', '('])
}

/// Which way the date `expression`, at byte `at` of `sentence`, points.
fn direction(sentence: &str, expression: &str, at: usize) -> Direction {
    // "NEW DELHI, September 23: With the Games due to open ...": a dateline's day is the day
    // the story was filed, whatever its sentence says of the future.
    if in_a_dateline(sentence, at, expression.len()) {
        return Direction::Back;
    }
    let lower = sentence.to_lowercase();
    let expression = expression.to_lowercase();
    if expression.starts_with("last")
        || expression.starts_with("since")
        || expression.contains("ago")
    {
        return Direction::Back;
    }
    if expression.starts_with("next") || expression.starts_with("coming") {
        return Direction::Ahead;
    }
    // "the station said on Friday", "officials announced Monday", "told reporters on Tuesday":
    // the day something was said is gone, whatever was said of the future.
    if said_on_the_day(sentence, at) || done_on_the_day(sentence, at + expression.len()) {
        return Direction::Back;
    }
    // "called a general strike for Wednesday", "set for Monday": what is set for a day is
    // still to come.
    let mut words_before = sentence
        .get(..at)
        .map(|before| before.split_whitespace().rev())
        .into_iter()
        .flatten();
    let set_for = words_before
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("for"));
    if set_for
        && crate::date::WEEKDAYS
            .iter()
            .any(|d| expression.starts_with(d))
    {
        return Direction::Ahead;
    }
    // ("A hearing is set for early August", "scheduled for March 3": any date.)
    if set_for
        && words_before
            .next()
            .is_some_and(|w| matches!(w, "set" | "scheduled" | "slated" | "pencilled"))
    {
        return Direction::Ahead;
    }
    // "ahead of the summit in Dublin on Friday", "asked both sides to return before December
    // 24", "agreed to meet again on January 17": what is awaited, or was asked or agreed to
    // be done, is still to come, whatever the tense of the asking.
    if sentence.is_char_boundary(at) {
        let before = sentence[..at].to_lowercase();
        let clause = before.rsplit([';', ':']).next().unwrap_or(&before);
        const BIDDING: [&str; 10] = [
            "asked",
            "urged",
            "called on",
            "invited",
            "ordered",
            "instructed",
            "summoned",
            "agreed",
            "decided",
            "voted",
        ];
        let bidden = BIDDING
            .iter()
            .filter_map(|verb| clause.rfind(&format!("{verb} ")))
            .max()
            .is_some_and(|from| to_do_after(&clause[from..]));
        // ("fell ahead of the results, and the firm reported a loss on Tuesday": only a
        // date in the phrase "ahead of" opens.)
        let awaited = clause.rfind("ahead of ").is_some_and(|from| {
            let phrase = &clause[from..];
            !phrase.contains(',') && phrase.split_whitespace().count() <= 10
        });
        // ("a recovery plan to be agreed by the end of September", "the report, to be
        // published in March": what is still to be done.)
        let to_be_done = {
            let words: Vec<&str> = clause.split_whitespace().rev().take(6).collect();
            words.windows(3).any(|w| {
                w[2] == "to" && w[1] == "be" && (w[0].ends_with("ed") || is_irregular_past(w[0]))
            })
        };
        // ("The film was pushed back to April", "the vote was postponed until March": what
        // was put off is still to come.)
        let put_off = {
            // (The date's own "until" may open its expression: "postponed until February".)
            let own_preposition = expression
                .split_whitespace()
                .next()
                .filter(|w| matches!(*w, "until" | "till"));
            let mut last = own_preposition
                .into_iter()
                .chain(clause.split_whitespace().rev());
            let put_off_verb = |verb: &str| {
                matches!(
                    verb,
                    "postponed" | "delayed" | "deferred" | "rescheduled" | "adjourned"
                )
            };
            match (last.next(), last.next(), last.next()) {
                (Some("to" | "until" | "till"), Some("back"), Some(verb)) => {
                    matches!(verb, "pushed" | "put" | "set")
                }
                // ("adjourned the case to 3 June", "postponed the vote until March": past
                // what was put off, up to three words.)
                (Some("to" | "until" | "till"), second, third) => second
                    .into_iter()
                    .chain(third)
                    .chain(last.take(2))
                    .any(put_off_verb),
                _ => false,
            }
        };
        if awaited || bidden || to_be_done || put_off {
            return Direction::Ahead;
        }
    }
    // "will meet ... for the first time since taking office in June": what came since a date
    // looks back from it, whatever else the sentence plans.
    if let Some(at) = lower.find(&expression) {
        let clause = lower[..at].rsplit([',', ';', ':']).next();
        let since =
            clause.is_some_and(|c| c.split_whitespace().rev().take(5).any(|w| w == "since"));
        if since {
            return Direction::Back;
        }
    }
    // "well below the figure it gave in October", "the commission, which began an inquiry in
    // January": a clause of its own that tells of the past looks back, whatever the rest of
    // the sentence plans.
    if own_clause(sentence, at, expression.len()).is_some_and(|clause| {
        let lower_words: String = clause
            .split_whitespace()
            .filter(|w| !w.starts_with(|c: char| c.is_uppercase()))
            .collect::<Vec<_>>()
            .join(" ");
        tells_of_the_past(&lower_words) && !plans(&lower_words) && !modal(&lower_words)
    }) {
        return Direction::Back;
    }
    // "a new transit fund approved by the General Assembly in May": a participle with its
    // agent tells what was done, whatever the sentence goes on to plan.
    if done_by_before(sentence, at) {
        return Direction::Back;
    }
    let ahead = plans(&lower)
        // ("was little known until his speech in October": what lasted until a date in the
        // past looks back.)
        || (lower
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .any(|w| w == "until")
            && !tells_of_the_past(sentence))
        // "said the court would rule by July", "could hurt the party before the election in
        // December": a plan or a prospect reported, when the date is in it ("warned on Friday
        // that spending would rise" looks back), unless it "would have" been.
        || lower.find(&expression).is_some_and(|at| {
            let before = &lower[..at];
            [
                (" would ", "would have"),
                (" could ", "could have"),
                (" might ", "might have"),
            ]
            .iter()
            .any(|(modal, past)| before.contains(modal) && !before.contains(past))
        });
    if ahead {
        Direction::Ahead
    } else {
        Direction::Back
    }
}

/// Whether `bidding`, which opens with a verb of asking or agreeing and runs to a date, goes
/// on within five words to what is to be done, and tells of nothing done since: "asked both
/// sides to return before", not "the agreed measure fell by 21,000 to 1.39 million", "asked
/// the WHO to give priority after the stockpile fell in March".
fn to_do_after(bidding: &str) -> bool {
    const NOT_VERBS: [&str; 12] = [
        "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "all",
    ];
    let words: Vec<&str> = bidding.split_whitespace().collect();
    let Some(to) = words.iter().take(6).position(|w| *w == "to") else {
        return false;
    };
    let rest = &words[to + 1..];
    rest.first().is_some_and(|verb| {
        verb.starts_with(|c: char| c.is_ascii_lowercase()) && !NOT_VERBS.contains(verb)
    }) && !rest
        .iter()
        .any(|w| matches!(*w, "after" | "when" | "since" | "because" | "as"))
        && !tells_of_the_past(&rest.join(" "))
}

/// Modal verbs: what follows them is not of the past unless "have" comes next.
const MODALS: [&str; 7] = ["would", "could", "should", "might", "may", "must", "can"];

/// Whether a past participle and its agent stand before byte `at` of `sentence` in its
/// clause, not after a form of "be", "get", "to" or a modal ("a fund approved by the assembly
/// in May"; not "would be approved by the assembly in May").
fn done_by_before(sentence: &str, at: usize) -> bool {
    let Some(before) = sentence.get(..at) else {
        return false;
    };
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    let words: Vec<String> = clause
        .split_whitespace()
        .rev()
        .take(8)
        .map(str::to_lowercase)
        .collect();
    // (`words` runs backwards from the date, which a preposition opens: "by the end of May"
    // is no agent's.)
    let opened = words
        .first()
        .is_some_and(|w| matches!(w.as_str(), "in" | "on" | "at" | "during"));
    opened
        && words.iter().enumerate().skip(2).any(|(i, word)| {
            let participle = words.get(i + 1).map(String::as_str);
            let helper = words.get(i + 2).map(String::as_str);
            word == "by"
                && participle.is_some_and(|p| {
                    (p.len() > 4 && p.ends_with("ed") || is_irregular_past(p)) && !plans(p)
                })
                && !helper.is_some_and(|h| {
                    MODALS.contains(&h)
                        || matches!(
                            h,
                            "be" | "been"
                                | "being"
                                | "is"
                                | "are"
                                | "am"
                                | "get"
                                | "gets"
                                | "to"
                                | "will"
                        )
                })
        })
}

/// Whether the date at byte `at` of `sentence` is the day a past word of saying names: "said
/// on Friday", "announced Monday", "told reporters on Tuesday".
fn said_on_the_day(sentence: &str, at: usize) -> bool {
    const SAID: [&str; 12] = [
        "said",
        "told",
        "announced",
        "confirmed",
        "added",
        "stated",
        "revealed",
        "disclosed",
        "warned",
        "claimed",
        "reported",
        "wrote",
    ];
    let mut before = sentence
        .get(..at)
        .unwrap_or_default()
        .split_whitespace()
        .rev()
        .map(|w| w.trim_end_matches(','));
    let mut word = before.next();
    if word == Some("on") {
        word = before.next();
    }
    let Some(word) = word else {
        return false;
    };
    // ("told reporters on Tuesday": the one told comes between.)
    SAID.contains(&word) || before.next() == Some("told") && !word.ends_with("ed")
}

/// Whether a verb in the past comes right after the date that ends at byte `end` of
/// `sentence`: "Market women on Monday vowed to fight the levy", "The court on Friday
/// adjourned the case" (what was vowed may be to come; the vowing is gone).
fn done_on_the_day(sentence: &str, end: usize) -> bool {
    let Some(word) = sentence
        .get(end..)
        .and_then(|after| after.split_whitespace().next())
    else {
        return false;
    };
    (word.len() > 4 && word.ends_with("ed")) || is_irregular_past(word)
}

/// Whether a sentence speaks of what is to come: "will", "due", "expected", "going to".
fn plans(lower: &str) -> bool {
    let words = || {
        lower
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
    };
    words().enumerate().any(|(i, w)| {
        // ("its plans were shelved in July", "after plans for a flotation were shelved": plans
        // told of in the past are none to come.)
        let told_of_in_the_past = w == "plans"
            && words()
                .skip(i + 1)
                .take(4)
                .any(|w| matches!(w, "were" | "had"));
        !told_of_in_the_past
            && matches!(
                w,
                "will"
                    | "shall"
                    | "next"
                    | "upcoming"
                    | "scheduled"
                    | "planned"
                    | "plans"
                    | "due"
                    | "payable"
                    | "expected"
                    | "effective"
                    | "'ll"
            )
    })
        // ("The treaty must be signed in October".)
        || (lower.contains("must ") && !lower.contains("must have"))
        || lower.contains("is to ")
        || lower.contains("are to ")
        || lower.contains("going to ")
        // ("has promised to visit the hospice in April": what was promised is to come.)
        // ("The rules take effect from November 1", "officials hope to adopt it by July".)
        || ["take effect", "takes effect", "come into force", "comes into force"]
            .iter()
            .any(|p| lower.contains(p))
        // ("said it hoped to finish the work by May": what was hoped for is to come.)
        || [
            "promised to ",
            "pledged to ",
            "vowed to ",
            "intends to ",
            "intended to ",
            "aims to ",
            "aimed to ",
            "hope to ",
            "hopes to ",
            "hoped to ",
        ]
        .iter()
        .any(|p| lower.contains(p))
}

/// Whether a clause holds a modal verb that is not of the past ("would be held", "could
/// rise"; not "would have"), which makes its past participles no past.
fn modal(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    words
        .iter()
        .enumerate()
        .any(|(i, w)| MODALS.contains(w) && words.get(i + 1) != Some(&"have"))
}

/// The clause of `sentence` that holds the `len` bytes at `at`: between commas, semicolons
/// and colons and, before it, the words that open a clause of its own ("that", "which", "who",
/// "and", "but", "when"). `None` where that is no stretch of the sentence.
fn own_clause(sentence: &str, at: usize, len: usize) -> Option<&str> {
    let end_of_expression = at.checked_add(len)?;
    if !sentence.is_char_boundary(at) || !sentence.is_char_boundary(end_of_expression) {
        return None;
    }
    const OPENERS: [&str; 6] = [" that ", " which ", " who ", " and ", " but ", " when "];
    let is_break = |c: char| matches!(c, ',' | ';' | ':');
    let before = &sentence[..at];
    let start = OPENERS
        .iter()
        .filter_map(|w| before.rfind(w).map(|i| i + 1))
        .chain(before.rfind(is_break).map(|i| i + 1))
        .max()
        .unwrap_or(0);
    let after = &sentence[end_of_expression..];
    let end = [" and ", " but "]
        .iter()
        .filter_map(|w| after.find(w))
        .chain(after.find(is_break))
        .min()
        .map_or(sentence.len(), |i| end_of_expression + i);
    Some(&sentence[start..end])
}

/// Past forms of common verbs that do not end in "-ed" (in news copy "beat", "found" and
/// "left" are mostly past too).
const IRREGULAR_PAST: [&str; 49] = [
    "ran", "won", "lost", "met", "took", "went", "came", "made", "began", "fell", "rose", "saw",
    "gave", "got", "held", "left", "paid", "sold", "built", "brought", "bought", "found", "kept",
    "became", "broke", "chose", "drew", "drove", "fought", "flew", "grew", "knew", "meant",
    "spent", "spoke", "stood", "struck", "threw", "thought", "wrote", "sent", "sank", "shot",
    "beat", "used", "died", "sued", "fled", "owed",
];

/// Whether `word` is an irregular past form, perhaps after a prefix ("overran", "withdrew",
/// "underwent", "upheld").
fn is_irregular_past(word: &str) -> bool {
    const PREFIXES: [&str; 8] = ["over", "under", "with", "out", "up", "re", "mis", "fore"];
    IRREGULAR_PAST.contains(&word)
        || (word != "resent"
            && PREFIXES.iter().any(|prefix| {
                word.strip_prefix(prefix)
                    .is_some_and(|past| IRREGULAR_PAST.contains(&past))
            }))
}

/// Past forms that are also present ones ("cut", "set"), verbs that report in the past and
/// "after": a sentence with one may tell of the past.
const PAST_OR_REPORTED: [&str; 20] = [
    "said", "told", "hit", "set", "cut", "put", "let", "quit", "shut", "cost", "hurt", "spread",
    "split", "bid", "bet", "read", "upset", "led", "forecast", "after",
];

/// Whether the clause of `sentence` that holds the date at byte `at` (between commas,
/// semicolons or colons) tells of no past and of what is fixed to come, in the present: "The
/// convention opens on Monday, party officials said", "the convention, which opens on Monday".
fn clause_tells_of_no_past(sentence: &str, at: usize) -> bool {
    const SCHEDULED: [&str; 36] = [
        // ("Ryanair, which reports its half-year figures on Monday".)
        "reports",
        "publishes",
        "unveils",
        "opens",
        "open",
        "goes",
        "go",
        "launches",
        "launch",
        "arrives",
        "arrive",
        "closes",
        "expires",
        "begins",
        "begin",
        "starts",
        "start",
        "resumes",
        "resume",
        "convenes",
        "reconvenes",
        "meets",
        "meet",
        "plays",
        "play",
        "faces",
        "face",
        "takes",
        "ends",
        "hosts",
        "visits",
        "returns",
        "travels",
        // ("The league breaks on Feb 3 for two weeks".)
        "breaks",
        "finishes",
        "concludes",
    ];
    if !sentence.is_char_boundary(at) {
        return false;
    }
    let is_break = |c: char| matches!(c, ',' | ';' | ':');
    let start = sentence[..at].rfind(is_break).map_or(0, |i| i + 1);
    let end = sentence[at..]
        .find(is_break)
        .map_or(sentence.len(), |i| at + i);
    let clause = sentence[start..end].to_lowercase();
    clause.split_whitespace().any(|w| SCHEDULED.contains(&w)) && tells_of_no_past(&clause)
}

/// Whether a sentence that plans nothing says nothing of the past either ("The team plays on
/// Saturday", "Parliament reconvenes in October"): in news that is what is coming.
fn tells_of_no_past(sentence: &str) -> bool {
    !tells_of_the_past(sentence)
        && !sentence
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .any(|w| PAST_OR_REPORTED.contains(&w) || REPORTING.contains(&w))
}

/// Verbs ending in "-ed" that report, which reports plans as well as what was done.
const REPORTING: [&str; 14] = [
    "reported",
    "added",
    "stated",
    "announced",
    "confirmed",
    "warned",
    "noted",
    "explained",
    "insisted",
    "claimed",
    "predicted",
    "suggested",
    "indicated",
    "argued",
];

/// Whether a sentence tells of something done: a past form ("was", "had", "closed"), not
/// only a verb that reports ("said", "announced"), which reports plans as well.
fn tells_of_the_past(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, &w)| {
        // ("what is already being billed as a clash", "the festival, which is being held in
        // Dublin": a participle after a present form of "be" is no past; nor is one that
        // opens a phrase after a comma: "the horse, rated 129, is".)
        let after_present_be = words[..i]
            .iter()
            .rev()
            .take(2)
            .any(|b| matches!(*b, "is" | "are" | "am" | "be" | "being"));
        // (`w` is a slice of `lower`: its offset there is what stands before it.)
        let at = w.as_ptr() as usize - lower.as_ptr() as usize;
        // (Only a phrase that a comma closes: in "The film, made for £3m, beat them on
        // Saturday", "beat" is the sentence's verb.)
        // (Not the comma of a number: "collected the £25,000 prize".)
        let after_comma = lower[..at].trim_end().ends_with(',')
            && lower[at..]
                .split(['.', ';', ':'])
                .next()
                .is_some_and(|phrase| {
                    phrase.match_indices(',').any(|(k, _)| {
                        let digit = |b: Option<&u8>| b.is_some_and(u8::is_ascii_digit);
                        let bytes = phrase.as_bytes();
                        !(k > 0 && digit(bytes.get(k - 1)) && digit(bytes.get(k + 1)))
                    })
                });
        let participle = after_present_be || after_comma;
        matches!(
            w,
            "was" | "were" | "had" | "did" | "ago" | "earlier" | "yesterday" | "previously"
        ) || (is_irregular_past(w) && !participle)
            // "Results of NBA games on Thursday": what was played ("reports its results on May
            // 21" is to come).
            || (w == "results" && words.get(i + 1) == Some(&"of"))
            // ("Tuesday's late results": a day's results were played.)
            || (w == "results"
                && words[..i].iter().rev().take(2).any(|p| {
                    p.strip_suffix("'s")
                        .or_else(|| p.strip_suffix("’s"))
                        .is_some_and(|day| crate::date::WEEKDAYS.contains(&day))
                }))
            || (w.len() > 4 && w.ends_with("ed") && !REPORTING.contains(&w) && !participle)
    })
}

/// How far back a day of a sentence in the present may lie and still be the one it means.
const SEASON_DAYS: i64 = 92;

fn shift_days(date: PartialDate, by: i64) -> Option<PartialDate> {
    let (y, m, d) = date.ymd_parts()?;
    Some(civil_from_days(days_from_civil(y, m, d) + by))
}

fn day_range(start: PartialDate, end: PartialDate) -> DayRange {
    DayRange { start, end }
}

fn month_range(year: i32, month: u8) -> DayRange {
    day_range(
        PartialDate::ymd(year, month, 1),
        PartialDate::ymd(year, month, days_in_month(year, month)),
    )
}

fn year_range(year: i32) -> DayRange {
    day_range(PartialDate::ymd(year, 1, 1), PartialDate::ymd(year, 12, 31))
}

/// The first and last month of the quarter or half of a year that lowercase `words` name
/// ("first quarter", "second half").
pub(crate) fn part_of_a_year(words: &[&str]) -> Option<(u8, u8)> {
    words.windows(2).find_map(|pair| {
        // ("the final quarter" is the fourth.)
        let ordinal = ["first", "second", "third", "fourth", "final"]
            .iter()
            .position(|o| *o == pair[0])?
            .min(3) as u8;
        match pair[1] {
            "quarter" => Some((3 * ordinal + 1, 3 * ordinal + 3)),
            "half" if ordinal < 2 => Some((6 * ordinal + 1, 6 * ordinal + 6)),
            _ => None,
        }
    })
}

/// The months of a season in the northern hemisphere: (first month, last month, years on).
fn season(word: &str) -> Option<(u8, u8, i32)> {
    match word {
        "spring" => Some((3, 5, 0)),
        "summer" => Some((6, 8, 0)),
        "autumn" | "fall" => Some((9, 11, 0)),
        "winter" => Some((12, 2, 1)),
        _ => None,
    }
}

fn season_range(year: i32, (first, last, on): (u8, u8, i32)) -> DayRange {
    let end_year = year + on;
    day_range(
        PartialDate::ymd(year, first, 1),
        PartialDate::ymd(end_year, last, days_in_month(end_year, last)),
    )
}

/// The year that the end of a range of two yearless dates gives its start: "between April and
/// June last year", "from 1 April to 30 June 2004" (`tail` is what follows the start).
fn year_of_the_range_end(sentence: &str, tail: usize, published_year: i32) -> Option<i32> {
    let mut words = sentence
        .get(tail..)?
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty());
    if !matches!(words.next()?, "to" | "and" | "until" | "till" | "-" | "–") {
        return None;
    }
    // The end: a month with or without its day, either way round.
    let mut month = false;
    let mut word = words.next()?;
    for _ in 0..2 {
        if super::dates::month_of(word).is_some() {
            month = true;
        } else if !(word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit())) {
            break;
        }
        word = words.next()?;
    }
    if !month {
        return None;
    }
    let word = word.trim_end_matches(['.', ';', ':']);
    match (
        word,
        words.next().map(|w| w.trim_end_matches(['.', ';', ':'])),
    ) {
        ("last", Some("year")) => Some(published_year - 1),
        ("this", Some("year")) => Some(published_year),
        ("next", Some("year")) => Some(published_year + 1),
        _ if word.len() == 4 => word.parse().ok().filter(|y| (1800..2200).contains(y)),
        _ => None,
    }
}

/// The week a weekday is of when the words after it (`tail` on in `sentence`) name one, as -1,
/// 0 or 1: "Monday next week", "from Monday to Wednesday last week", "Friday this week".
fn week_named_after(sentence: &str, tail: usize) -> Option<i64> {
    let mut words = sentence
        .get(tail..)?
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches(['.', ';', ':', ')']));
    let mut word = words.next()?;
    if RANGE_JOINS.contains(&word) {
        if !super::dates::is_weekday(words.next()?) {
            return None;
        }
        word = words.next()?;
    }
    let week = match word {
        "last" => -1,
        "this" => 0,
        "next" => 1,
        _ => return None,
    };
    (words.next()? == "week").then_some(week)
}

/// The words that join the two ends of a range of days.
const RANGE_JOINS: [&str; 8] = ["to", "until", "till", "through", "thru", "and", "-", "–"];

/// The day (days since 1970-01-01) a range ending in the weekday at `at` starts, when a weekday
/// joined to it comes just before it: "from Monday to Wednesday", "between Friday and Sunday".
fn weekday_range_start(sentence: &str, at: usize, published: Option<PartialDate>) -> Option<i64> {
    let before = sentence.get(..at)?.trim_end();
    let (rest, join) = before.rsplit_once(char::is_whitespace)?;
    if !RANGE_JOINS.contains(&join) {
        return None;
    }
    let rest = rest.trim_end();
    let start_word = rest
        .rsplit(char::is_whitespace)
        .next()?
        .trim_end_matches(',');
    if !super::dates::is_weekday(start_word) {
        return None;
    }
    let start_at = rest.len() - rest.rsplit(char::is_whitespace).next()?.len();
    let days = resolve(start_word, None, sentence, start_at, published)?;
    let (y, m, d) = days.start.ymd_parts()?;
    Some(days_from_civil(y, m, d))
}

/// One expression's range.
fn resolve(
    expression: &str,
    value: Option<&str>,
    sentence: &str,
    at: usize,
    published: Option<PartialDate>,
) -> Option<DayRange> {
    let lower = expression.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // "the previous year", "the following day": next to a time the article tells of, which
    // its publication date does not say.
    if value.is_none()
        && words
            .first()
            .is_some_and(|w| super::dates::NEXT_TO_ANOTHER_TIME.contains(w))
    {
        return None;
    }
    // Only a yearless or relative date needs the tense of its sentence.
    let way = || direction(sentence, expression, at);
    let published_full = published.filter(|p| p.ymd_parts().is_some());
    if let Some(value) = value {
        let (first, last) = value.split_once('/').unwrap_or((value, value));
        let mut start = PartialDate::parse_iso(first)?;
        let mut end = PartialDate::parse_iso(last)?;
        if start.year.is_none() {
            // A yearless month or day: the year of the publication date, or the one before
            // (after) when the date would fall after (before) it and the sentence looks back
            // (ahead). "June last year" says which.
            let p = published_full?;
            let (py, pm, pd) = p.ymd_parts()?;
            let key = |d: PartialDate| (d.month.unwrap_or(1), d.day.unwrap_or(1));
            let mut year = py;
            if let Some(shared) = year_of_the_range_end(sentence, at + expression.len(), py) {
                year = shared;
            } else if words.windows(2).any(|w| w == ["last", "year"]) {
                year = py - 1;
            } else if words.windows(2).any(|w| w == ["next", "year"]) {
                year = py + 1;
            } else if words.windows(2).any(|w| w == ["this", "year"]) {
            } else if (way() == Direction::Back
                // (What has lasted "since" a date began before publication.)
                && !words.contains(&"since")
                && ((start.day.is_some() && !tells_of_the_past(sentence))
                    || tells_of_no_past(sentence)
                    || clause_tells_of_no_past(sentence, at)))
                // "was released on bail until 12 September", "was little known until
                // October": what lasted until a date in a sentence of the past may end before
                // or after publication ("The ban stays in force until February" looks ahead).
                // ("The vote was postponed until February" looks ahead.)
                || (matches!(words.first(), Some(&("until" | "till")))
                    && tells_of_the_past(sentence)
                    && way() != Direction::Ahead)
            {
                // "The council meets again on September 26", "Parliament reconvenes in
                // October": in a sentence of neither past nor future, a day or a month is the
                // one nearest the publication date.
                let after_publication = |y: i32| {
                    days_from_civil(y, start.month.unwrap_or(1), start.day.unwrap_or(1))
                        - days_from_civil(py, pm, pd)
                };
                year = [py - 1, py, py + 1]
                    .into_iter()
                    .min_by_key(|&y| after_publication(y).abs())
                    .unwrap_or(py);
                // ...unless that one is more than a season gone: "the tour calls at Leeds on
                // 14 November", written in March, is this November's, for the present tells
                // of what is fixed to come far more often than of what is long past.
                // ("since taking office in June": what began then is gone.)
                let since_before = sentence
                    .get(..at)
                    .is_some_and(|before| before.split_whitespace().any(|w| w == "since"));
                if after_publication(year) < -SEASON_DAYS && !since_before {
                    year += 1;
                }
            } else if way() == Direction::Back
                && (key(start) > (pm, pd)
                    // ("Last December's quake", "since last January", written in that month: a
                    // year gone.)
                    || (words.iter().take(2).any(|w| *w == "last")
                        && start.day.is_none()
                        && start.month == Some(pm)))
            {
                year = py - 1;
            } else if way() == Direction::Ahead
                && ((end.month.unwrap_or(1), end.day.unwrap_or(31)) < (pm, pd)
                    // ("back next July", written in July: a year on.)
                    || (words.first() == Some(&"next")
                        && start.day.is_none()
                        && start.month == Some(pm)))
            {
                // ("will be held in March", written in March: this March, which has not ended.)
                year = py + 1;
            }
            start.year = Some(year);
            end.year = Some(year);
        }
        let year = start.year?;
        if let Some(s) = words.iter().find_map(|w| season(w)) {
            return Some(season_range(year, s));
        }
        let mut range = match (start.month, start.day) {
            (Some(m), Some(_)) => day_range(
                start,
                PartialDate {
                    month: end.month.or(Some(m)),
                    ..end
                },
            ),
            (Some(m), None) => {
                let end_month = end.month.unwrap_or(m);
                let end_year = end.year.unwrap_or(year);
                day_range(
                    PartialDate::ymd(year, m, 1),
                    PartialDate::ymd(end_year, end_month, days_in_month(end_year, end_month)),
                )
            }
            // "the 1990s": from the first year to the last.
            _ => day_range(
                PartialDate::ymd(year, 1, 1),
                PartialDate::ymd(end.year.unwrap_or(year), 12, 31),
            ),
        };
        // "the first quarter of 1997", "the second half of 2006": that part of the year.
        if start.month.is_none()
            && let Some((first, last)) = part_of_a_year(&words)
        {
            return Some(day_range(
                PartialDate::ymd(year, first, 1),
                PartialDate::ymd(year, last, days_in_month(year, last)),
            ));
        }
        // "the end of 2003", "the beginning of June", "mid-2006": the last, first or middle
        // third of the span.
        if let (Some((sy, sm, sd)), Some((ey, em, ed))) =
            (range.start.ymd_parts(), range.end.ymd_parts())
        {
            let (a, b) = (days_from_civil(sy, sm, sd), days_from_civil(ey, em, ed));
            let third = (b - a + 1) / 3;
            if words.contains(&"end") || words.contains(&"late") {
                range.start = civil_from_days(b - third + 1);
            } else if words.contains(&"beginning")
                || words.contains(&"start")
                || words.contains(&"early")
            {
                range.end = civil_from_days(a + third - 1);
            } else if words.contains(&"mid") || words.contains(&"middle") {
                range.start = civil_from_days(a + third);
                range.end = civil_from_days(b - third);
            }
            // ("since the early 1990s": from the part named up to publication.)
            if words.contains(&"since")
                && let Some(p) = published_full
            {
                range.end = p;
            }
        }
        return Some(range);
    }
    let p = published_full?;
    let (py, pm, _) = p.ymd_parts()?;
    let has = |w: &str| words.contains(&w);
    if has("today") {
        return Some(day_range(p, p));
    }
    if has("yesterday") {
        let d = shift_days(p, -1)?;
        return Some(day_range(d, d));
    }
    if has("tomorrow") {
        let d = shift_days(p, 1)?;
        return Some(day_range(d, d));
    }
    if let Some(weekday) = words.iter().find_map(|w| crate::date::weekday_index(w)) {
        let (y, m, d) = p.ymd_parts()?;
        let today = days_from_civil(y, m, d);
        let published_weekday = weekday_of_days(today);
        let back = (published_weekday - weekday).rem_euclid(7);
        let ahead = today + (weekday - published_weekday).rem_euclid(7);
        let since = words.contains(&"since");
        // ("Next Saturday" written on a Saturday is a week on; "last Saturday", a week gone.)
        let (back, ahead) = match (words.first(), back) {
            (Some(&"next"), _) if ahead == today => (back, ahead + 7),
            (Some(&"last"), 0) => (7, ahead),
            _ => (back, ahead),
        };
        let day = if since {
            // ("Prices have risen since Monday": the one gone, up to publication.)
            today - back
        } else if let Some(week) = week_named_after(sentence, at + expression.len()) {
            // ("from Monday to Wednesday next week", "on Friday this week": the week named.)
            let monday = today - published_weekday;
            monday + 7 * week + weekday
        } else if let Some(start) = weekday_range_start(sentence, at, published) {
            // ("from Monday to Wednesday": the end is the first such day on from the start.)
            let start_weekday = weekday_of_days(start);
            start + (weekday - start_weekday).rem_euclid(7)
        } else if matches!(words.first(), Some(&("until" | "till" | "through")))
            && !tells_of_the_past(sentence)
        {
            // ("The road stays closed until Tuesday": what lasts until a day, not said of the
            // past, lasts until the one coming.)
            ahead
        } else {
            match way() {
                // ("Newcastle travel to Sheffield on Wednesday": the one coming.)
                // ("The suit, filed last Friday, names the state": "last" looks back,
                // whatever the tense.)
                Direction::Back
                    if words.first() != Some(&"last")
                        && (tells_of_no_past(sentence)
                            || clause_tells_of_no_past(sentence, at)) =>
                {
                    ahead
                }
                Direction::Back => today - back,
                Direction::Ahead => ahead,
            }
        };
        let date = civil_from_days(day);
        return Some(day_range(date, if since { p } else { date }));
    }
    let offset = if has("last") || has("past") {
        -1
    } else if has("next") || has("coming") {
        1
    } else {
        0
    };
    if has("ago") {
        let count = words.first().and_then(|w| number_word(w))?;
        let (y, m, d) = p.ymd_parts()?;
        let date = if has("year") || has("years") {
            let year = y - count;
            PartialDate::ymd(year, m, d.min(days_in_month(year, m)))
        } else if has("month") || has("months") {
            let months = i64::from(y) * 12 + i64::from(m) - 1 - i64::from(count);
            let (year, month) = (
                months.div_euclid(12) as i32,
                (months.rem_euclid(12) + 1) as u8,
            );
            PartialDate::ymd(year, month, d.min(days_in_month(year, month)))
        } else if has("week") || has("weeks") {
            shift_days(p, -7 * i64::from(count))?
        } else if has("fortnight") || has("fortnights") {
            shift_days(p, -14 * i64::from(count))?
        } else if has("day") || has("days") {
            shift_days(p, -i64::from(count))?
        } else {
            return None;
        };
        return Some(day_range(date, date));
    }
    if has("year") {
        return Some(year_range(py + offset));
    }
    if has("month") {
        let months = i64::from(py) * 12 + i64::from(pm) - 1 + i64::from(offset);
        return Some(month_range(
            months.div_euclid(12) as i32,
            (months.rem_euclid(12) + 1) as u8,
        ));
    }
    if has("weekend") {
        // Saturday and Sunday of the week meant; "this weekend" in a sentence that tells of
        // the past, written on a weekday, is the one just gone ("This weekend's rally was").
        let (y, m, d) = p.ymd_parts()?;
        let today = days_from_civil(y, m, d);
        let mut saturday = today - weekday_of_days(today) + 5 + 7 * i64::from(offset);
        if offset == 0 && saturday > today && tells_of_the_past(sentence) {
            saturday -= 7;
        }
        return Some(day_range(
            civil_from_days(saturday),
            civil_from_days(saturday + 1),
        ));
    }
    if has("week") {
        let (y, m, d) = p.ymd_parts()?;
        let today = days_from_civil(y, m, d);
        let monday = today - weekday_of_days(today) + 7 * i64::from(offset);
        return Some(day_range(
            civil_from_days(monday),
            civil_from_days(monday + 6),
        ));
    }
    if let Some(s) = words.iter().find_map(|w| season(w)) {
        let this = season_range(py, s);
        let starts_after = (this.start.month, this.start.day) > (p.month, p.day);
        let year = match (offset, starts_after) {
            (-1, true) | (0, true) if way() == Direction::Back => py - 1,
            (-1, _) => py - 1,
            (1, false) => py + 1,
            _ => py,
        };
        return Some(season_range(year, s));
    }
    None
}

/// Counts written as words, from nought: "twelve months ago", "Eighteen months ago".
const COUNT_WORDS: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// A count written as a word or digits ("five", "an", "24").
pub(crate) fn number_word(word: &str) -> Option<i32> {
    if let Some(n) = COUNT_WORDS.iter().position(|w| *w == word) {
        return Some(n as i32);
    }
    match word {
        "a" | "an" => Some(1),
        "thirty" => Some(30),
        "forty" => Some(40),
        "several" | "few" => None,
        _ => word.parse().ok(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(expression: &str, value: Option<&str>, sentence: &str) -> Option<(String, String)> {
        let published = PartialDate::ymd(2024, 3, 13); // a Wednesday
        let at = sentence.find(expression).unwrap_or(0);
        resolve(expression, value, sentence, at, Some(published))
            .map(|r| (r.start.iso(), r.end.iso()))
    }

    fn pair(a: &str, b: &str) -> Option<(String, String)> {
        Some((a.to_owned(), b.to_owned()))
    }

    #[test]
    fn calendar_arithmetic_round_trips() {
        for days in [-1000, 0, 59, 60, 11_016, 19_797, 20_000] {
            let d = civil_from_days(days);
            let (y, m, dd) = d.ymd_parts().unwrap();
            assert_eq!(days_from_civil(y, m, dd), days);
        }
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2023, 2), 28);
        assert_eq!(civil_from_days(0).iso(), "1970-01-01");
    }

    #[test]
    fn relative_words_resolve_against_the_publication_date() {
        let said = "The minister said so";
        assert_eq!(range("today", None, said), pair("2024-03-13", "2024-03-13"));
        assert_eq!(
            range("yesterday", None, said),
            pair("2024-03-12", "2024-03-12")
        );
        assert_eq!(
            range("last year", None, said),
            pair("2023-01-01", "2023-12-31")
        );
        assert_eq!(
            range("next month", None, said),
            pair("2024-04-01", "2024-04-30")
        );
        assert_eq!(
            range("two weeks ago", None, said),
            pair("2024-02-28", "2024-02-28")
        );
        assert_eq!(
            range("3 years ago", None, said),
            pair("2021-03-13", "2021-03-13")
        );
        assert_eq!(
            range("last week", None, said),
            pair("2024-03-04", "2024-03-10")
        );
        assert_eq!(
            range("last spring", None, said),
            pair("2023-03-01", "2023-05-31")
        );
    }

    #[test]
    fn weekdays_look_back_in_the_past_tense_and_ahead_in_the_future() {
        let past = "The talks ended on Monday";
        let future = "The talks will end on Monday";
        assert_eq!(
            range("Monday", None, past),
            pair("2024-03-11", "2024-03-11")
        );
        assert_eq!(
            range("Monday", None, future),
            pair("2024-03-18", "2024-03-18")
        );
        assert_eq!(
            range("Wednesday", None, past),
            pair("2024-03-13", "2024-03-13")
        );
        let results = "Results of NBA games on Tuesday (home team in CAPS):";
        assert_eq!(
            range("Tuesday", None, results),
            pair("2024-03-12", "2024-03-12")
        );
    }

    #[test]
    fn yearless_months_take_the_year_the_tense_points_to() {
        let past = "In December the plant closed";
        let future = "The plant will close in December";
        assert_eq!(
            range("December", Some("--12"), past),
            pair("2023-12-01", "2023-12-31")
        );
        assert_eq!(
            range("December", Some("--12"), future),
            pair("2024-12-01", "2024-12-31")
        );
        assert_eq!(
            range("February", Some("--02"), past),
            pair("2024-02-01", "2024-02-29")
        );
        assert_eq!(
            range("June last year", Some("--06"), "It moved in June last year"),
            pair("2023-06-01", "2023-06-30")
        );
        assert_eq!(
            range("20-30 January", Some("--01-20/--01-30"), past),
            pair("2024-01-20", "2024-01-30")
        );
    }

    #[test]
    fn a_clause_of_its_own_in_the_past_looks_back_whatever_the_sentence_plans() {
        let october = |sentence| range("October", Some("--10"), sentence);
        let past = pair("2023-10-01", "2023-10-31");
        let coming = pair("2024-10-01", "2024-10-31");
        assert_eq!(
            october("Profit would be about £250m, well below the figure it gave in October"),
            past
        );
        assert_eq!(
            october("Any deal would need the commission, which began an inquiry in October"),
            past
        );
        assert_eq!(
            october("It would cut jobs, and a review was published in October"),
            past
        );
        // A clause that plans, or speaks through a modal, still looks ahead.
        assert_eq!(
            october("He said a summit on jobs would be held in October"),
            coming
        );
        assert_eq!(
            october("The firm, which was founded in 1990, will list in October"),
            coming
        );
        assert_eq!(october("The treaty must be signed in October"), coming);
        assert_eq!(
            range(
                "Wednesday",
                None,
                "He passed a medical on Wednesday and will join the squad"
            ),
            pair("2024-03-13", "2024-03-13")
        );
        assert_eq!(
            range(
                "January 1",
                Some("--01-01"),
                "It named him finance chief, effective January 1"
            ),
            pair("2025-01-01", "2025-01-01")
        );
        assert_eq!(
            range(
                "April 1",
                Some("--04-01"),
                "Juncker, whose country takes over the presidency on April 1, said it was ready"
            ),
            pair("2024-04-01", "2024-04-01")
        );
    }

    #[test]
    fn parts_of_years_and_seasons_narrow_the_span() {
        let said = "It grew";
        assert_eq!(
            range("end of 2003", Some("2003"), said),
            pair("2003-09-02", "2003-12-31")
        );
        assert_eq!(
            range("autumn 2006", Some("2006"), said),
            pair("2006-09-01", "2006-11-30")
        );
        assert_eq!(
            range("June 17-28", Some("2019-06-17/2019-06-28"), said),
            pair("2019-06-17", "2019-06-28")
        );
        assert_eq!(
            range("2017", Some("2017"), said),
            pair("2017-01-01", "2017-12-31")
        );
        assert_eq!(
            range("the first quarter of 1997", Some("1997"), said),
            pair("1997-01-01", "1997-03-31")
        );
        assert_eq!(
            range("the second half of 2006", Some("2006"), said),
            pair("2006-07-01", "2006-12-31")
        );
    }

    #[test]
    fn without_a_publication_date_relative_words_stay_unresolved() {
        assert_eq!(resolve("last year", None, "It fell", 0, None), None);
        assert_eq!(resolve("December", Some("--12"), "It fell", 0, None), None);
        assert_eq!(
            resolve("2017", Some("2017"), "It fell", 0, None).map(|r| r.end.iso()),
            Some("2017-12-31".to_owned())
        );
    }
}

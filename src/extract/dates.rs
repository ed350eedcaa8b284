//! Date expressions: absolute dates, ranges, weekday forms and relative expressions, with their
//! ISO 8601 values.

use super::contract_months::names_a_contract;
use super::holidays::holiday_at;
use super::text::{Token, TokenKind};
use crate::date::{PartialDate, is_time_zone};

/// A date expression found in a zone, before years are resolved against the whole article.
#[derive(Clone, Debug)]
pub(crate) struct DateMention {
    pub start: usize,
    pub end: usize,
    pub date: PartialDate,
    /// The end of a range ("June 17-28").
    pub until: Option<PartialDate>,
    pub relative: bool,
    /// "that day", "the following year": a date the article gives before it tells which.
    pub anaphor: Option<Anaphor>,
    /// A weekday alone, perhaps with a word that changes it or a part of the day ("Monday",
    /// "next Thursday", "Saturday night"): the publication date may pin its day.
    pub weekday: bool,
    /// The stretch of time that ends on the date ("the year to 30 September", "the 12 weeks to
    /// 1 January"): the date is its last day or month, once its year is known.
    pub period: Option<Period>,
}

/// A stretch of time that ends on a date: months (a year is twelve) or days (a week seven).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Period {
    Months(u32),
    Days(u32),
}

impl Period {
    /// The first day or month of the stretch that ends on `end`; None where the end's
    /// precision cannot carry it (a year alone, or weeks to a month).
    pub(crate) fn start(self, end: PartialDate) -> Option<PartialDate> {
        use crate::date::{civil_from_days, days_from_civil, days_in_month};
        let month = end.month?;
        // (A year unknown is counted in one that is not a leap year, and left unknown.)
        let year = end.year.unwrap_or(2001);
        let with_year = |date: PartialDate| PartialDate {
            year: end.year.and(date.year),
            ..date
        };
        let months_back = |count: u32| {
            let months = year * 12 + i32::from(month) - 1 - i32::try_from(count).ok()?;
            Some((
                months.div_euclid(12),
                u8::try_from(months.rem_euclid(12) + 1).ok()?,
            ))
        };
        match (self, end.day) {
            (Period::Months(count), None) => {
                let (year, month) = months_back(count - 1)?;
                Some(with_year(PartialDate {
                    year: Some(year),
                    month: Some(month),
                    day: None,
                }))
            }
            // ("the year to 30 September": from 1 October.)
            (Period::Months(count), Some(day)) if day == days_in_month(year, month) => {
                let (year, month) = months_back(count - 1)?;
                Some(with_year(PartialDate {
                    year: Some(year),
                    month: Some(month),
                    day: Some(1),
                }))
            }
            (Period::Months(count), Some(day)) => {
                let (year, month) = months_back(count)?;
                let day = day.min(days_in_month(year, month));
                Some(with_year(civil_from_days(
                    days_from_civil(year, month, day) + 1,
                )))
            }
            (Period::Days(count), Some(day)) => Some(with_year(civil_from_days(
                days_from_civil(year, month, day) - i64::from(count) + 1,
            ))),
            (Period::Days(_), None) => None,
        }
    }
}

/// A date told by the last one before it of its unit: "that day" (the last full date), "that
/// month", "that year", "the following day", "the previous year" (one unit after or before).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Anaphor {
    pub unit: AnaphorUnit,
    pub offset: i32,
    /// Counted ("four years later"): told only by a date of its own paragraph, as a count
    /// read across paragraphs is too often from another time ("a year earlier" of profits).
    pub counted: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AnaphorUnit {
    Day,
    Month,
    Year,
}

impl Anaphor {
    /// The anaphor of "that" (offset 0), "previous", "preceding" or "following" before
    /// `unit`, if the unit is a day, month or year.
    fn of(word: &str, unit: &str) -> Option<Anaphor> {
        let unit = match unit {
            "day" => AnaphorUnit::Day,
            "month" => AnaphorUnit::Month,
            "year" => AnaphorUnit::Year,
            _ => return None,
        };
        let offset = match word {
            "that" => 0,
            "previous" | "preceding" => -1,
            "following" => 1,
            _ => return None,
        };
        Some(Anaphor {
            unit,
            offset,
            counted: false,
        })
    }
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const UNITS: [&str; 14] = [
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "fortnights",
    "month",
    "months",
    "year",
    "years",
    "decade",
    "decades",
    "weekend",
    "century",
];

const SEASONS: [&str; 5] = ["spring", "summer", "autumn", "fall", "winter"];

/// Words that count a date's units ("two weeks ago", "Eighteen months ago", "a few days later"):
/// the counts [`super::resolve::number_word`] reads from words, but "an" and nought.
fn is_count_word(word: &str) -> bool {
    matches!(word, "several" | "few")
        || (word != "an"
            && word.starts_with(|c: char| c.is_ascii_lowercase())
            && super::resolve::number_word(word).is_some_and(|n| n > 0))
}

/// Words that make a date one end of a stretch of time, and so change what it means: kept in
/// the date's text ("since 2003", "by the end of May", "before 1 July").
/// ("from" too, which `join_ranges` keeps once it knows whether a range follows.)
pub(crate) const STRETCH_WORDS: [&str; 7] =
    ["since", "until", "till", "before", "after", "by", "through"];

/// Words before a date that place it relative to the publication date ("last October", "late
/// March", "earlier this month"): kept in its text, and the calendar part is all its value.
const RELATIVE_MODIFIERS: [&str; 8] = [
    "last", "this", "next", "late", "early", "mid", "earlier", "later",
];

/// Whether a date's text is relative only as one end of a stretch ("before 1 July", "since
/// December", not "since last March" or "by the end of July"): the calendar part is a plain
/// date, whose year the publication date may give.
pub(crate) fn only_a_stretch(expression: &str) -> bool {
    let mut words = expression.split_whitespace();
    let first = words.next().unwrap_or_default().to_ascii_lowercase();
    let second = words.next().unwrap_or_default().to_ascii_lowercase();
    STRETCH_WORDS.contains(&first.as_str())
        && !RELATIVE_MODIFIERS.contains(&second.as_str())
        && !matches!(second.as_str(), "the" | "at")
}

/// Words that place a period next to another the article tells of, after "the" ("the previous
/// year", "the following day"); the publication date does not say which.
pub(crate) const NEXT_TO_ANOTHER_TIME: [&str; 3] = ["previous", "following", "preceding"];

pub(crate) fn is_weekday(word: &str) -> bool {
    (6..=9).contains(&word.len())
        && matches!(word.as_bytes()[0], b'M' | b'T' | b'W' | b'F' | b'S')
        && WEEKDAYS.contains(&word)
}

/// A capitalised full or abbreviated month name ("March", "Sept.").
pub(crate) fn month_of(word: &str) -> Option<u8> {
    if !word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        || !(3..=10).contains(&word.len())
    {
        return None;
    }
    crate::date::month_from_name(word)
}

/// `word` in ASCII lower case in `buf`, or "" when it is too long or not ASCII: for comparing
/// with short keyword lists without allocating.
pub(crate) fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; 24]) -> &'b str {
    if word.len() > buf.len() || !word.is_ascii() {
        return "";
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).unwrap_or("")
}

/// Calls `f` with `word` in lower case: lowered on the stack when it is short ASCII (most
/// words), so that a lookup by the lower case allocates nothing.
pub(crate) fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 24];
    if word.len() <= buf.len() && word.is_ascii() {
        f(ascii_lower(word, &mut buf))
    } else {
        f(&word.to_lowercase())
    }
}

fn number(word: &str) -> Option<u32> {
    if word.len() > 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    word.parse().ok()
}

fn day_number(word: &str) -> Option<u8> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") {
        return None;
    }
    number(digits)
        .filter(|d| (1..=31).contains(d))
        .map(|d| d as u8)
}

fn year_number(word: &str) -> Option<i32> {
    (word.len() == 4)
        .then(|| number(word))
        .flatten()
        .filter(|y| (1900..=2099).contains(y))
        .map(|y| y as i32)
}

/// Finds the date expressions among one zone's tokens.
pub(crate) fn find_dates(text: &str, tokens: &[Token]) -> Vec<DateMention> {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let lower = |i: usize| {
        let mut buf = [0u8; 24];
        ascii_lower(word(i), &mut buf).to_owned()
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match match_at(tokens, i, &word) {
            // "November robusta settled at $1,542": a month alone that names a contract.
            Some((end_token, mention))
                if end_token == i + 1
                    && mention.date.month.is_some()
                    && mention.date.day.is_none()
                    && mention.date.year.is_none()
                    && mention.until.is_none()
                    && !mention.relative
                    && names_a_contract(tokens, i, &word) =>
            {
                i += 1;
            }
            Some((end_token, mention))
                if end_token == i + 1 && year_inside_a_name(tokens, i, &word, &mention) =>
            {
                i += 1;
            }
            Some((end_token, mut mention)) => {
                // Modifiers that change the meaning stay with the date: "since", "last", "late",
                // "earlier this month".
                let mut first = i;
                // "the end of 2003", "the beginning of June", "the summer of 2005", "the first
                // half of 2006": part of the span it names.
                if i >= 2
                    && lower(i - 1) == "of"
                    && (matches!(
                        lower(i - 2).as_str(),
                        "end" | "start" | "beginning" | "middle" | "turn"
                    ) || SEASONS.contains(&lower(i - 2).as_str()))
                {
                    first = i - 2;
                    mention.relative = true;
                } else if i >= 3
                    && lower(i - 1) == "of"
                    && matches!(lower(i - 2).as_str(), "half" | "quarter" | "week")
                    && matches!(
                        lower(i - 3).as_str(),
                        "first" | "second" | "third" | "fourth" | "last" | "final"
                    )
                {
                    first = i - 3;
                    mention.relative = true;
                } else if i >= 4
                    && lower(i - 1) == "of"
                    && matches!(lower(i - 2).as_str(), "months" | "weeks" | "days")
                    && (tokens[i - 3].kind == TokenKind::Number || is_count_word(&lower(i - 3)))
                    && matches!(lower(i - 4).as_str(), "first" | "last" | "final")
                {
                    // "the first nine months of 1996", "the last three months of 2004".
                    first = i - 4;
                    mention.relative = true;
                } else if i >= 2
                    && lower(i - 1) == "in"
                    && matches!(lower(i - 2).as_str(), "later" | "earlier")
                    && mention.date.year.is_some()
                    && mention.date.day.is_none()
                {
                    // "later in 2005": a part of the year, as "later this year" is.
                    first = i - 2;
                    mention.relative = true;
                } else if i >= 2
                    && mention.weekday
                    && lower(i - 1) == "on"
                    && matches!(lower(i - 2).as_str(), "early" | "late")
                {
                    // "early on Monday", "late on Wednesday".
                    first = i - 2;
                }
                // "fiscal 2024": a company's year, named by the calendar year it ends in.
                if first == i
                    && first > 0
                    && lower(first - 1) == "fiscal"
                    && mention.date.month.is_none()
                    && mention.date.year.is_some()
                {
                    first -= 1;
                }
                while let Some(prev) = first.checked_sub(1) {
                    let w = lower(prev);
                    // ("after Tuesday's vote": the stretch is the vote's, not the day's.)
                    let of_an_event = !matches!(w.as_str(), "since" | "until")
                        && tokens
                            .get(end_token)
                            .is_some_and(|t| t.kind == TokenKind::Possessive);
                    // ("January 23 through March 9": the word joins a range.)
                    let joins_a_range = prev > 0
                        && found
                            .last()
                            .is_some_and(|d: &DateMention| d.end == tokens[prev - 1].end);
                    let modifier = RELATIVE_MODIFIERS.contains(&w.as_str())
                        || (STRETCH_WORDS.contains(&w.as_str()) && !of_an_event && !joins_a_range);
                    if !modifier || !tokens[prev].is_word() {
                        break;
                    }
                    if w != "until" {
                        mention.relative = true;
                    }
                    first = prev;
                    // ("since last October", "until early 2006": a stretch from or to the
                    // modified date.)
                    let stretch_before = first.checked_sub(1).is_some_and(|p| {
                        tokens[p].is_word() && STRETCH_WORDS.contains(&lower(p).as_str())
                    });
                    let stretch = STRETCH_WORDS.contains(&w.as_str());
                    if w != "this" && (stretch || !stretch_before) {
                        break;
                    }
                }
                // "until at least March 2027", "by at least 2030": the stretch's word stays,
                // past "at least".
                if first == i
                    && first >= 3
                    && lower(first - 1) == "least"
                    && lower(first - 2) == "at"
                    && STRETCH_WORDS.contains(&lower(first - 3).as_str())
                {
                    first -= 3;
                    mention.relative = true;
                }
                // "as early as 2016", "as late as March": the bound the date is, in words
                // that change what it means; "so far this year": the part of it gone.
                if first == i
                    && first >= 3
                    && lower(first - 1) == "as"
                    && matches!(lower(first - 2).as_str(), "early" | "late")
                    && lower(first - 3) == "as"
                {
                    first -= 3;
                    mention.relative = true;
                } else if first >= 2
                    && lower(first) == "this"
                    && lower(first - 1) == "far"
                    && lower(first - 2) == "so"
                {
                    first -= 2;
                }
                // "since the 1980s", "until the end of May", "since the early 1990s": a
                // stretch from or to what "the" names is the one from or to the date.
                // Not "since the 1994 elections": the date must be all that "the" names, a
                // decade or a part of a span.
                let named_by_the = first < i
                    || lower(end_token - 1).ends_with('s')
                    || matches!(
                        lower(first).as_str(),
                        "end" | "start" | "beginning" | "middle" | "turn" | "early" | "late"
                    );
                if first >= 2 && named_by_the && lower(first - 1) == "the" {
                    let from_or_to = lower(first - 2);
                    if STRETCH_WORDS.contains(&from_or_to.as_str()) {
                        mention.relative |= from_or_to != "until";
                        first -= 2;
                    } else if first >= 5
                        && from_or_to == "least"
                        && lower(first - 3) == "at"
                        && STRETCH_WORDS.contains(&lower(first - 4).as_str())
                    {
                        // "until at least the end of the year".
                        mention.relative = true;
                        first -= 4;
                    }
                }
                // "the year to 30 September", "the six months to March", "the 12 weeks ended
                // Jan. 31": the stretch of time that ends on the date.
                if first == i
                    && mention.until.is_none()
                    && !mention.weekday
                    && mention.date.month.is_some()
                    && let Some((opens, period)) = period_ending_at(tokens, i, &word)
                {
                    first = opens;
                    mention.period = Some(period);
                }
                mention.start = tokens[first].start;
                mention.end = tokens[end_token - 1].end;
                // "6pm on Thursday", "3 p.m. EST on Thursday", "9am next Friday", "Tuesday at
                // 11am", "Saturday 9 August, 7.30pm": a time of day is labelled with its date.
                let days = mention.weekday || mention.date.day.is_some();
                if days && first > 0 {
                    let before = if first == i && lower(first - 1) == "on" {
                        time_of_day_before(text, tokens[first - 1].start)
                    } else {
                        time_of_day_before(text, tokens[first].start)
                    };
                    if let Some(at) = before {
                        mention.start = at;
                        // ("until 1300 on Monday", "after 1400 GMT on Tuesday": the stretch's
                        // word before the time.)
                        let word_before = text[..at].trim_end();
                        let stretch = word_before
                            .rsplit(char::is_whitespace)
                            .next()
                            .filter(|w| STRETCH_WORDS.contains(w));
                        if let Some(stretch) = stretch {
                            mention.start = word_before.len() - stretch.len();
                            if stretch != "until" {
                                mention.relative = true;
                            }
                        }
                    }
                }
                if days && let Some(end) = time_of_day_after(text, mention.end) {
                    mention.end = end;
                }
                // "the last week of November": a date read earlier ("last week") that the
                // words taken in before this one cover is part of it; one that only overlaps
                // it keeps its words, and this one opens at its own first word.
                while found
                    .last()
                    .is_some_and(|d: &DateMention| d.start >= mention.start)
                {
                    found.pop();
                }
                if found
                    .last()
                    .is_some_and(|d: &DateMention| d.end > mention.start)
                {
                    mention.start = tokens[i].start;
                }
                found.push(mention);
                i = end_token;
            }
            None => i += 1,
        }
    }
    join_ranges(text, &mut found);
    found
}

/// Whether `second` is the first of a month and `first` the last day of the month before
/// (February's 28th or 29th where no year says which).
fn day_after_over_a_month_end(first: PartialDate, second: PartialDate) -> bool {
    let (Some(m1), Some(d1), Some(m2), Some(1)) =
        (first.month, first.day, second.month, second.day)
    else {
        return false;
    };
    let last_day = match (first.year.or(second.year), m1) {
        (Some(y), m) => d1 == crate::date::days_in_month(y, m),
        (None, 2) => matches!(d1, 28 | 29),
        (None, m) => d1 == crate::date::days_in_month(2001, m),
    };
    let next_month = m2 == m1 % 12 + 1;
    let same_year = match (first.year, second.year) {
        (Some(a), Some(b)) => b == if m1 == 12 { a + 1 } else { a },
        _ => true,
    };
    last_day && next_month && same_year
}

/// "21 August to 2 October", "between October 2004 and May 2006", "between 2007 and 2009": two
/// calendar dates joined by "to" or "through", by "until" after "from", by "and" after
/// "between", or two days by a dash, are one range from the first to the second. A weekday, a
/// relative date or a range already is left alone, and so is a pair whose second end comes
/// before its first or that gives one end a year only.
fn join_ranges(text: &str, found: &mut Vec<DateMention>) {
    const CHANGE_VERBS: [&str; 12] = [
        "postponed",
        "moved",
        "delayed",
        "pushed",
        "brought",
        "rescheduled",
        "changed",
        "shifted",
        "switched",
        "put",
        "back",
        "forward",
    ];
    let plain =
        |d: &DateMention| !d.relative && d.anaphor.is_none() && !d.weekday && d.until.is_none();
    let mut joined: Vec<DateMention> = Vec::with_capacity(found.len());
    let mut k = 0;
    while k < found.len() {
        let first = &found[k];
        let Some(second) = found.get(k + 1) else {
            joined.push(first.clone());
            break;
        };
        let between_words = text[first.end..second.start].trim();
        let before = text[..first.start].trim_end();
        let opened_by_between = before
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("between"));
        // ("postponed from March to June": a date changed, not a stretch of time.)
        let changed = before
            .strip_suffix("from")
            .map(|rest| {
                rest.trim_end()
                    .rsplit(char::is_whitespace)
                    .next()
                    .unwrap_or("")
            })
            .is_some_and(|verb| CHANGE_VERBS.contains(&verb.to_lowercase().as_str()));
        // ("from 2009 until 2017": a stretch that "from" opens; "until" alone ends one.)
        let opened_by_from = before
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("from"));
        let join = match between_words {
            "to" | "through" if !changed => Some(first.start),
            "until" | "till" if opened_by_from && !changed => Some(first.start),
            "and" if opened_by_between => Some(before.len() - "between".len()),
            // "on 31 March and 1 April": two days in a row over a month's end are one stretch.
            "and" if day_after_over_a_month_end(first.date, second.date) => Some(first.start),
            // "Oct. 31–Nov. 2", "9 October 2024 – 16 March 2025": a dash between two days.
            "-" | "–" | "—" if first.date.day.is_some() && second.date.day.is_some() => {
                Some(first.start)
            }
            _ => None,
        };
        // (A yearless range may run into the next year: "from December to February".)
        // ("between January and April 2023": the start takes the end's year, or the year
        // before when its month comes later.)
        let mut date = first.date;
        let in_order = match (first.date.year, second.date.year) {
            (Some(a), Some(b)) => {
                (a, first.date.month, first.date.day) <= (b, second.date.month, second.date.day)
            }
            (None, None) => true,
            (None, Some(b)) if first.date.month.is_some() => {
                let later =
                    (first.date.month, first.date.day) > (second.date.month, second.date.day);
                date.year = Some(if later { b - 1 } else { b });
                true
            }
            _ => false,
        };
        match join {
            Some(start) if plain(first) && plain(second) && in_order => {
                joined.push(DateMention {
                    start,
                    end: second.end,
                    date,
                    until: Some(second.date),
                    ..first.clone()
                });
                k += 2;
            }
            _ => {
                joined.push(first.clone());
                k += 1;
            }
        }
    }
    // "from 10 March to 21 April": "from" opens a range. Not "postponed from March to June",
    // a date changed, nor a single date ("figures from March"), whose "from" may say where
    // something came from as well as when a stretch began.
    for d in joined.iter_mut().filter(|d| d.until.is_some()) {
        let before = text[..d.start].trim_end();
        if let Some(rest) = before
            .strip_suffix("from")
            .or_else(|| before.strip_suffix("From"))
            && (rest.is_empty() || rest.ends_with(char::is_whitespace))
            && !rest
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|verb| CHANGE_VERBS.contains(&verb.to_lowercase().as_str()))
        {
            d.start = rest.len();
        }
    }
    // "between 11 and 13 March", "between March 24 and 28": "between" opens a range its
    // "and" closes, as it does one of two dates.
    for range in joined.iter_mut().filter(|d| d.until.is_some()) {
        let before = text[..range.start].trim_end();
        if text[range.start..range.end].contains(" and ")
            && let Some(rest) = before
                .strip_suffix("between")
                .or_else(|| before.strip_suffix("Between"))
            && (rest.is_empty() || rest.ends_with(char::is_whitespace))
        {
            range.start = rest.len();
        }
    }
    *found = joined;
}

/// "6", "10:30", "9.15": a clock's digits.
fn clock_digits(w: &str) -> bool {
    !w.is_empty()
        && w.len() <= 5
        && w.bytes()
            .all(|b| b.is_ascii_digit() || b == b':' || b == b'.')
}

/// "6pm", "7.30pm", "10:30": a time of day in one word.
fn is_clock(w: &str) -> bool {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    clock_digits(digits)
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && (matches!(suffix.to_ascii_lowercase().as_str(), "am" | "pm")
            || (suffix.is_empty() && digits.contains(':')))
}

/// Where a time of day ending right before byte `end` starts ("6pm ", "3 p.m. EST ", "10:30 ",
/// "0412 GMT ", "noon "), if one does.
pub(crate) fn time_of_day_before(text: &str, end: usize) -> Option<usize> {
    let before = text.get(..end)?.trim_end();
    let mut words = before.rsplit(' ');
    let mut word = words.next()?;
    // ("2200 GMT.\n\n\"Sunday night": a time that ends its sentence or paragraph is not the
    // next one's.)
    if word.contains(|c: char| c.is_whitespace() || matches!(c, '"' | '\u{201c}' | '(' | ')')) {
        return None;
    }
    let mut start = before.len() - word.len();
    // A time zone after the time: "EST", "GMT", "ET".
    // ("4:12 PM PT, Tue March 5": the zone's comma before the day.)
    let zone = word.strip_suffix(',').unwrap_or(word);
    let zoned = is_time_zone(zone) && !zone.ends_with('.');
    if zoned {
        word = words.next()?;
        start -= word.len() + 1;
    } else if word == "time," {
        // "8:05 PM Taipei time, Thu August 8": a stamp's zone written as a place's time (not
        // "10pm local time on Saturday" in a sentence, which dates the day alone).
        let place = words.next()?;
        if place.contains(char::is_whitespace)
            || (place != "local" && !place.starts_with(char::is_uppercase))
        {
            return None;
        }
        word = words.next()?;
        start -= place.len() + word.len() + 2;
    }
    // "0412 GMT": a 24-hour clock's four digits, with its zone, or before "on" and the day
    // ("until 1300 on Monday").
    let four_digits = (zoned || text[end..].starts_with("on "))
        && word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit());
    if is_clock(word) || four_digits || matches!(word, "noon" | "midday" | "midnight") {
        return Some(start);
    }
    // "3 p.m.", "11 am".
    if matches!(word, "p.m." | "a.m." | "pm" | "am" | "PM" | "AM") {
        let number = words.next()?;
        if clock_digits(number) {
            return Some(start - number.len() - 1);
        }
    }
    None
}

/// The part of a date's text that names the day, without the time of day labelled with it:
/// "next Friday" of "9am next Friday", "Tuesday" of "Tuesday at 11am" (byte range into
/// `expression`). A time before "on" stays ("6pm on Thursday").
pub(crate) fn day_part(expression: &str) -> std::ops::Range<usize> {
    let mut start = 0;
    // The time before: its clock, unit and zone.
    if expression.starts_with(|c: char| c.is_ascii_digit()) {
        let mut time_end = 0;
        for word in expression.split(' ') {
            let time_word = time_end == 0
                || is_time_zone(word)
                || matches!(word, "p.m." | "a.m." | "pm" | "am" | "PM" | "AM");
            if !time_word {
                break;
            }
            time_end += word.len() + 1;
        }
        let time_end = time_end.saturating_sub(1).min(expression.len());
        // ("6pm on Thursday" reads as a whole: "on" keeps the time apart from the day's words.)
        if time_of_day_before(expression, time_end) == Some(0)
            && !expression[time_end..].starts_with(" on ")
        {
            start = (time_end + 1).min(expression.len());
        }
    }
    // The time after: the longest tail from a comma or " at " that is a time of day.
    let mut end = expression.len();
    for (k, _) in expression.match_indices([',', ' ']) {
        if k > start && time_of_day_after(expression, k) == Some(expression.len()) {
            end = k;
            break;
        }
    }
    start..end
}

/// Where a time of day right after byte `start` ends, past a comma or "at" ("Tuesday at
/// 11am", "Saturday 9 August, 7.30pm", "Sunday, 10pm GMT"), if one follows.
fn time_of_day_after(text: &str, start: usize) -> Option<usize> {
    let rest = text.get(start..)?;
    let after_joint = rest
        .strip_prefix(", ")
        .or_else(|| rest.strip_prefix(" at "))
        .or_else(|| rest.strip_prefix(' '))?;
    let mut end = text.len() - after_joint.len();
    let word_end = |from: usize| {
        let tail = &text[from..];
        from + tail
            .find(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ')' | '"' | '”'))
            .unwrap_or(tail.len())
    };
    let first = &text[end..word_end(end)];
    // (A stop that ends the sentence is no part of the time.)
    let first = first
        .strip_suffix('.')
        .filter(|w| !w.ends_with(".m"))
        .unwrap_or(first);
    if is_clock(first) || matches!(first, "noon" | "midday" | "midnight") {
        end += first.len();
    } else if clock_digits(first) && first.starts_with(|c: char| c.is_ascii_digit()) {
        // "11 am", "3 p.m.".
        let unit_at = end + first.len() + 1;
        let unit = text.get(unit_at..word_end(unit_at.min(text.len())))?;
        if !matches!(unit, "p.m." | "a.m." | "pm" | "am" | "PM" | "AM") {
            return None;
        }
        end = unit_at + unit.len();
    } else {
        return None;
    }
    // A time zone after it: "10pm GMT".
    if let Some(zone) = text[end..].strip_prefix(' ')
        && let zone = &zone[..zone
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(zone.len())]
        && is_time_zone(zone)
        && month_of(zone).is_none()
    {
        end += 1 + zone.len();
    }
    Some(end)
}

type WordAt<'a> = dyn Fn(usize) -> &'a str + 'a;

/// Words of saying or thinking after which "that" opens what was said.
const SAYING_BEFORE_THAT: [&str; 18] = [
    "said",
    "says",
    "warned",
    "warns",
    "believes",
    "believed",
    "expects",
    "expected",
    "hopes",
    "hoped",
    "fears",
    "feared",
    "thinks",
    "thought",
    "argued",
    "claimed",
    "predicted",
    "added",
];

/// Whether the weekday at token `i` opens or closes a stretch of weekdays a place is open on,
/// every week: "open Tuesday to Saturday", "opens Wednesday to Sunday". ("The fair is open
/// from Friday through Sunday": one stretch.)
fn in_opening_days(word: &WordAt<'_>, i: usize) -> bool {
    let is_link = |w: &str| matches!(w, "to" | "through" | "until" | "-" | "–");
    // ("will be closed from Wednesday to Friday", "was open Monday to Friday": one week's.)
    let opened_before = |first: usize| {
        first.checked_sub(1).is_some_and(|at| {
            matches!(word(at), "open" | "opens")
                && !at
                    .checked_sub(1)
                    .is_some_and(|b| matches!(word(b), "be" | "been" | "was" | "were" | "will"))
        })
    };
    let starts = is_link(word(i + 1)) && is_weekday(word(i + 2)) && opened_before(i);
    let ends = i >= 2 && is_link(word(i - 1)) && is_weekday(word(i - 2)) && opened_before(i - 2);
    starts || ends
}

/// "Cobra Gold 2019", "Vision 2030", "the Beijing 2008 Olympics": a year right after a word
/// of a name, inside a sentence, is the name's (no date is read from inside a name). Not after a
/// month, a season or a weekday ("Summer 2016"), nor after a code in capitals ("FY 2017").
fn year_inside_a_name<'a>(
    tokens: &[Token],
    i: usize,
    word: &WordAt<'a>,
    mention: &DateMention,
) -> bool {
    let date = mention.date;
    if date.year.is_none()
        || date.month.is_some()
        || mention.until.is_some()
        || mention.relative
        || tokens[i].kind != TokenKind::Number
        || !tokens[i].space_before
        || i == 0
    {
        return false;
    }
    let before = tokens[i - 1];
    let name = word(i - 1);
    // ("[3] In 1891", "After 1949": a grammar word the sentence opens with.)
    let grammar = with_lowercase(name, |w| super::lexicon::LEXICON.function_words.contains(w));
    before.is_word()
        && before.cap
        && !before.sentence_start
        && !grammar
        && name.bytes().any(|c| c.is_ascii_lowercase())
        && !name.bytes().any(|c| c.is_ascii_digit())
        && month_of(name).is_none()
        && !is_weekday(name)
        && !SEASONS.iter().any(|s| s.eq_ignore_ascii_case(name))
}

/// A date expression starting at token `i`: (end token, exclusive; the mention).
fn match_at<'a>(tokens: &[Token], i: usize, word: &WordAt<'a>) -> Option<(usize, DateMention)> {
    let t = tokens[i];
    let blank = |date: PartialDate, relative: bool| DateMention {
        start: t.start,
        end: t.end,
        date,
        until: None,
        relative,
        anaphor: None,
        weekday: false,
        period: None,
    };
    // A time of day before a date: "5:44 PM EDT, April 27, 2024".
    if t.kind == TokenKind::Number && word(i).contains(':') {
        let mut j = i + 1;
        if matches!(word(j), "AM" | "PM" | "am" | "pm" | "a.m" | "p.m") {
            j += 1;
        }
        if j < tokens.len()
            && tokens[j].is_word()
            && word(j).len() <= 4
            && word(j).chars().all(|c| c.is_ascii_uppercase())
            && month_of(word(j)).is_none()
        {
            j += 1;
        }
        if tokens.get(j).is_some_and(|t| t.is_punct(',')) {
            j += 1;
        }
        if let Some((end, mut mention)) = match_calendar(tokens, j, word) {
            mention.start = t.start;
            return Some((end, mention));
        }
        return None;
    }
    if t.is_word() && is_weekday(word(i)) {
        // "every Sunday", "the last Sunday of each month", "Saturday nights": a weekday that
        // comes round again is no calendar day ("on a Sunday morning" may be one day).
        let before = i.checked_sub(1).map_or("", |at| word(at));
        let habitual = matches!(before, "every" | "each")
            || (word(i + 1) == "of" && matches!(word(i + 2), "each" | "every"))
            || matches!(
                word(i + 1),
                "nights" | "mornings" | "afternoons" | "evenings"
            )
            || in_opening_days(word, i);
        // "a wet Tuesday in Worthing": a weekday told by what it was like is any such day.
        // ("returned a call Tuesday afternoon": a noun before it is no description.)
        let described = i >= 2
            && matches!(word(i - 2), "a" | "an")
            && matches!(
                word(i - 1),
                "wet"
                    | "rainy"
                    | "cold"
                    | "hot"
                    | "warm"
                    | "sunny"
                    | "grey"
                    | "gray"
                    | "dull"
                    | "windy"
                    | "quiet"
                    | "busy"
                    | "typical"
                    | "normal"
                    | "ordinary"
                    | "certain"
                    | "particular"
            );
        // "the Monday Club": a weekday that opens a name.
        let named = i > 0
            && word(i - 1).eq_ignore_ascii_case("the")
            && tokens
                .get(i + 1)
                .is_some_and(|t| t.is_word() && t.cap && t.space_before)
            && month_of(word(i + 1)).is_none()
            && !matches!(word(i + 1), "Morning" | "Afternoon" | "Evening" | "Night");
        if habitual || described || named {
            return None;
        }
        // "Thursday (September 12)", "Monday, September 4", or the weekday alone.
        let weekday_alone = DateMention {
            weekday: true,
            ..blank(PartialDate::default(), true)
        };
        let mut j = i + 1;
        let paren = tokens.get(j).is_some_and(|t| t.is_punct('('));
        if paren || tokens.get(j).is_some_and(|t| t.is_punct(',')) {
            j += 1;
        }
        if let Some((end, mut mention)) = match_calendar(tokens, j, word)
            && mention.date.day.is_some()
        {
            let mut end = end;
            if paren {
                if tokens.get(end).is_some_and(|t| t.is_punct(')')) {
                    end += 1;
                } else {
                    return Some((i + 1, weekday_alone));
                }
            }
            mention.start = t.start;
            return Some((end, mention));
        }
        // "Thursday afternoon", "Saturday night": a time of day is labelled with its date.
        let part_of_day = matches!(word(i + 1), "morning" | "afternoon" | "evening" | "night");
        return Some((i + 1 + usize::from(part_of_day), weekday_alone));
    }
    if let Some(found) = match_calendar(tokens, i, word) {
        return Some(found);
    }
    // "on Boxing Day", "the Fourth of July", "Christmas Day 2004".
    if let Some((end, month, day)) = holiday_at(tokens, i, word) {
        let year = tokens
            .get(end)
            .filter(|t| t.kind == TokenKind::Number)
            .and_then(|_| year_number(word(end)));
        let mut mention = blank(
            PartialDate {
                year,
                month: Some(month),
                day: Some(day),
            },
            false,
        );
        let end = end + usize::from(year.is_some());
        mention.end = tokens[end - 1].end;
        return Some((end, mention));
    }
    // "25 years ago": a count in figures.
    if t.kind == TokenKind::Number
        && word(i).bytes().all(|b| b.is_ascii_digit())
        && let Some(end) = units_from_then(i, word, true)
    {
        let mut mention = blank(PartialDate::default(), true);
        mention.anaphor = counted_from_then(i, word);
        return Some((end, mention));
    }
    // "the third quarter", "the April-June quarter": its first and last month, of no year.
    let months_of_no_year = |first: u8, last: u8| {
        let month = |m: u8| PartialDate {
            year: None,
            month: Some(m),
            day: None,
        };
        let mut mention = blank(month(first), true);
        mention.until = Some(month(last));
        mention
    };
    // "the April-June quarter", "the October-December period": a stretch of the year from
    // one month to a later one, with its noun.
    if t.is_word()
        && t.cap
        && let Some((first, last)) = word(i).split_once('-')
        && let (Some(from), Some(to)) = (month_of(first), month_of(last))
        && from < to
    {
        let mut mention = months_of_no_year(from, to);
        mention.relative = false;
        let named = matches!(word(i + 1), "quarter" | "period" | "half" | "months");
        if named {
            mention.end = tokens[i + 1].end;
        }
        return Some((i + 1 + usize::from(named), mention));
    }
    // (The longest word below is nine letters, but for a part of a year written as one word,
    // "fourth-quarter".)
    let part_in_one_word = || word(i).ends_with("-quarter") || word(i).ends_with("-half");
    if !t.is_word() || word(i).len() > 9 && !part_in_one_word() {
        return None;
    }
    if !matches!(
        word(i).as_bytes().first().map(u8::to_ascii_lowercase),
        Some(b't' | b'y' | b'l' | b'n' | b'p' | b'c' | b'a' | b'o' | b's' | b'f' | b'e')
    ) {
        return None;
    }
    let mut buf = [0u8; 24];
    let w = ascii_lower(word(i), &mut buf);
    // "autumn 2006": a season of a year.
    if SEASONS.contains(&w)
        && let Some(year) = tokens
            .get(i + 1)
            .filter(|t| t.kind == TokenKind::Number)
            .and_then(|_| year_number(word(i + 1)))
    {
        let mut mention = blank(
            PartialDate {
                year: Some(year),
                month: None,
                day: None,
            },
            true,
        );
        mention.end = tokens[i + 1].end;
        return Some((i + 2, mention));
    }
    match w {
        "today" | "yesterday" | "tomorrow" => {
            // "Radio 4's Today programme", "the Today show": a programme's name.
            let named = t.cap
                && i > 0
                && (tokens[i - 1].kind == TokenKind::Possessive
                    // ("Radio 4's": after a number the tokens are the mark and the "s".)
                    || (word(i - 1) == "s" && matches!(word(i.saturating_sub(2)), "'" | "’"))
                    || word(i - 1) == "the");
            if named {
                return None;
            }
            return Some((i + 1, blank(PartialDate::default(), true)));
        }
        // ("warned that summer fares will fall": "that" after a word of saying opens what was
        // said, not a time.)
        "that"
            if i > 0
                && SAYING_BEFORE_THAT.contains(&word(i - 1))
                && tokens.get(i + 2).is_some_and(|t| t.is_word() && !t.cap)
                && !matches!(word(i + 2), "was" | "were" | "is" | "had" | "has" | "when") => {}
        // "over the weekend", "at the weekend": the one the sentence's tense points to.
        "the"
            if i > 0
                && matches!(
                    ascii_lower(word(i - 1), &mut [0; 24]),
                    "at" | "over" | "during" | "on" | "by" | "until" | "since" | "through"
                )
                && word(i + 1).eq_ignore_ascii_case("weekend") =>
        {
            return Some((i + 2, blank(PartialDate::default(), true)));
        }
        "last" | "next" | "this" | "past" | "coming" | "that" => {
            let mut unit_buf = [0u8; 24];
            let unit = ascii_lower(word(i + 1), &mut unit_buf);
            // ("the coming weeks": only "coming" counts a plural.)
            // ("cut 5,600 jobs last quarter": a quarter of a year where money is spoken of.)
            let quarter = unit == "quarter" && w != "that" && money_near(tokens, i, word);
            if UNITS[..12].contains(&unit)
                && (!unit.ends_with('s') || w == "coming")
                && tokens.get(i + 1).is_some_and(|t| t.is_word())
                || SEASONS.contains(&unit)
                || unit == "weekend"
                // ("joined the club last season": a sport's year, told as a year is.)
                || unit == "season"
                || quarter
            {
                let mut mention = blank(PartialDate::default(), true);
                // ("a super-G the next day": the day after the last one told, as "the
                // following day" is.)
                let after_the = i > 0 && word(i - 1).eq_ignore_ascii_case("the");
                let w = if w == "next" && unit == "day" && after_the {
                    "following"
                } else {
                    w
                };
                mention.anaphor = Anaphor::of(w, unit);
                return Some((i + 2, mention));
            }
        }
        // "the previous year", "the following day": a period next to another the article
        // tells of, not to its own date.
        _ if NEXT_TO_ANOTHER_TIME.contains(&w)
            && i > 0
            && word(i - 1).eq_ignore_ascii_case("the")
            && tokens.get(i + 1).is_some_and(|t| t.is_word())
            && UNITS[..12].contains(&ascii_lower(word(i + 1), &mut [0; 24]))
            && !word(i + 1).ends_with('s') =>
        {
            let mut mention = blank(PartialDate::default(), true);
            mention.anaphor = Anaphor::of(w, ascii_lower(word(i + 1), &mut [0; 24]));
            return Some((i + 2, mention));
        }
        // "the year before", "the day after": one unit back or on from the one the article last
        // gave, as "the previous year" is; not where the word opens what the time is before
        // ("the day before the vote", "the year before last").
        "the"
            if let unit @ ("day" | "month" | "year") = word(i + 1)
                && let Some(side) = match word(i + 2) {
                    "before" => Some("previous"),
                    "after" => Some("following"),
                    _ => None,
                }
                && !opens_what_it_is_before(tokens, i + 3, word) =>
        {
            let mut mention = blank(PartialDate::default(), true);
            mention.anaphor = Anaphor::of(side, unit);
            return Some((i + 3, mention));
        }
        // "charged the same day", "married the same year": the one the article last gave, as
        // "that day" is.
        "the"
            if word(i + 1) == "same"
                && let unit @ ("day" | "month" | "year") = word(i + 2) =>
        {
            let mut mention = blank(PartialDate::default(), true);
            mention.anaphor = Anaphor::of("that", unit);
            return Some((i + 3, mention));
        }
        // "the third quarter", "the first half": a part of a year, where the words around it
        // speak of money ("profits in the third quarter"; not "in the fourth quarter" of a
        // game). "the first quarter of 1997" is read from its year.
        "first" | "second" | "third" | "fourth" | "final"
            if i > 0
                && word(i - 1).eq_ignore_ascii_case("the")
                && let Some(part) = part_of_a_year(tokens, i, word) =>
        {
            return Some((i + 2, months_of_no_year(part.0, part.1)));
        }
        // "first-quarter profits", "its third-quarter results": the same part, written as one
        // word before what it is said of.
        _ if let Some((ordinal, part)) = w.split_once('-')
            && let Some(part) = part_of_a_year_in(tokens, i, ordinal, part, word) =>
        {
            return Some((i + 1, months_of_no_year(part.0, part.1)));
        }
        // "earlier in the month", "later in the year": a part of the period the article's date
        // places, as "earlier this month" is.
        "earlier" | "later"
            if word(i + 1) == "in"
                && word(i + 2) == "the"
                && ["week", "month", "year", "season"].contains(&word(i + 3)) =>
        {
            return Some((i + 4, blank(PartialDate::default(), true)));
        }
        // "the end of the year", "the start of the week": a part of a period the article's
        // date places (after "the" only: "the end of last year" is read from "last year").
        "end" | "start"
            if word(i + 1) == "of"
                && word(i + 2) == "the"
                && ["week", "month", "year", "decade", "season"].contains(&word(i + 3)) =>
        {
            return Some((i + 4, blank(PartialDate::default(), true)));
        }
        _ => {}
    }
    units_from_then(i, word, is_count_word(w)).map(|end| {
        let mut mention = blank(PartialDate::default(), true);
        mention.anaphor = counted_from_then(i, word);
        (end, mention)
    })
}

/// The date of "four years later", "ten days later", "a year earlier" (its count at token `i`):
/// that many units on or back from the last one the article gave, as "the following year" is
/// one. ("Two months ago" counts back from the article's own day, and names no calendar part.)
fn counted_from_then(i: usize, word: &WordAt<'_>) -> Option<Anaphor> {
    let sign = match word(i + 2).to_ascii_lowercase().as_str() {
        "later" => 1,
        "earlier" => -1,
        _ => return None,
    };
    let count = super::resolve::number_word(&word(i).to_ascii_lowercase())?;
    let unit = word(i + 1).to_ascii_lowercase();
    let (unit, per) = match unit.trim_end_matches('s') {
        "day" => (AnaphorUnit::Day, 1),
        "week" => (AnaphorUnit::Day, 7),
        "fortnight" => (AnaphorUnit::Day, 14),
        "month" => (AnaphorUnit::Month, 1),
        "year" => (AnaphorUnit::Year, 1),
        _ => return None,
    };
    Some(Anaphor {
        unit,
        offset: sign * per * count,
        counted: true,
    })
}

/// Where "Two months ago", "25 years ago", "a year earlier" or "two days later" ends, when its
/// count (`counted`: a number word or figures) is token `i`.
fn units_from_then(i: usize, word: &WordAt<'_>, counted: bool) -> Option<usize> {
    // (The last word first: the rarest of the three.)
    let from_now = ["ago", "earlier", "later"]
        .iter()
        .any(|last| word(i + 2).eq_ignore_ascii_case(last));
    let is_unit = |k: usize| UNITS.iter().any(|u| u.eq_ignore_ascii_case(word(k)));
    (from_now && counted && is_unit(i + 1)).then_some(i + 3)
}

/// The stretch of time before token `i` that ends on the date there, with the token it opens
/// at: "the year to", "the half-year to", "the six months to", "the 12 weeks ended". Only after
/// "the", a possessive, a preposition or a word of accounts, so that "come back next year to
/// defend it" and "have six months to March to pay" are none.
fn period_ending_at<'a>(tokens: &[Token], i: usize, word: &WordAt<'a>) -> Option<(usize, Period)> {
    let joiner = i.checked_sub(1)?;
    if !matches!(word(joiner), "to" | "ended" | "ending") {
        return None;
    }
    let unit_at = joiner.checked_sub(1)?;
    let mut unit = [0u8; 24];
    let unit = ascii_lower(word(unit_at), &mut unit);
    let count = || {
        let at = unit_at.checked_sub(1)?;
        let count = super::resolve::number_word(ascii_lower(word(at), &mut [0; 24]))?;
        let count = u32::try_from(count)
            .ok()
            .filter(|n| (1..=120).contains(n))?;
        Some((at, count))
    };
    let half_year = unit == "year"
        && unit_at >= 2
        && word(unit_at - 1) == "-"
        && word(unit_at - 2).eq_ignore_ascii_case("half");
    let (opens, period) = match unit {
        "year" if half_year => (unit_at - 2, Period::Months(6)),
        "year" => (unit_at, Period::Months(12)),
        "half-year" | "half" => (unit_at, Period::Months(6)),
        "quarter" => (unit_at, Period::Months(3)),
        "month" => (unit_at, Period::Months(1)),
        "week" => (unit_at, Period::Days(7)),
        "months" => count().map(|(at, n)| (at, Period::Months(n)))?,
        "weeks" => count().map(|(at, n)| (at, Period::Days(7 * n)))?,
        "days" => count().map(|(at, n)| (at, Period::Days(n)))?,
        _ => return None,
    };
    let before = opens.checked_sub(1)?;
    let mut lower = [0u8; 24];
    // ("the firm's half-year to 30 June".)
    let possessive = tokens[before].kind == TokenKind::Possessive;
    (possessive
        || matches!(
            ascii_lower(word(before), &mut lower),
            "the" | "in" | "for" | "over" | "during" | "financial" | "fiscal" | "trading"
        ))
    .then_some((opens, period))
}

/// Whether token `k` opens the time or event a "before" or "after" is said of: a name, a
/// number, a determiner or another time word ("the day before the vote", "the year before
/// 1997", "the day before yesterday").
fn opens_what_it_is_before<'a>(tokens: &[Token], k: usize, word: &WordAt<'a>) -> bool {
    let Some(t) = tokens.get(k) else {
        return false;
    };
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Word => {
            t.cap && !t.sentence_start
                || matches!(
                    ascii_lower(word(k), &mut [0; 24]),
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "our"
                        | "my"
                        | "your"
                        | "this"
                        | "that"
                        | "these"
                        | "those"
                        | "last"
                        | "next"
                        | "yesterday"
                        | "tomorrow"
                )
        }
        _ => false,
    }
}

/// Words of money that a part of a year is said of ("third-quarter profits").
const MONEY_WORDS: [&str; 12] = [
    "profit", "profits", "earnings", "results", "sales", "revenue", "revenues", "growth", "loss",
    "losses", "output", "turnover",
];

/// The first and last month of the part of a year named at token `i` ("third quarter", "first
/// half"), not followed by "of", with a word of money within eight words either side ("a net
/// loss of 1.36 billion guilders for the third quarter").
fn part_of_a_year<'a>(tokens: &[Token], i: usize, word: &WordAt<'a>) -> Option<(u8, u8)> {
    let mut part = [0u8; 24];
    let part = ascii_lower(word(i + 1), &mut part);
    let months = part_of_a_year_in(tokens, i, word(i), part, word)?;
    (!word(i + 2).eq_ignore_ascii_case("of")).then_some(months)
}

/// The first and last month of the part of a year that `ordinal` and `part` name ("first",
/// "quarter"), said at token `i` with a word of money within eight words either side.
fn part_of_a_year_in<'a>(
    tokens: &[Token],
    i: usize,
    ordinal: &str,
    part: &str,
    word: &WordAt<'a>,
) -> Option<(u8, u8)> {
    let mut lower = [0u8; 24];
    let months = super::resolve::part_of_a_year(&[ascii_lower(ordinal, &mut lower), part])?;
    money_near(tokens, i, word).then_some(months)
}

/// Whether a word of money stands within eight words either side of token `i`.
fn money_near<'a>(tokens: &[Token], i: usize, word: &WordAt<'a>) -> bool {
    (i.saturating_sub(8)..(i + 10).min(tokens.len()))
        .any(|k| MONEY_WORDS.iter().any(|m| m.eq_ignore_ascii_case(word(k))))
}

/// The year a range that opens with `year` ends with, written after the dash as `next`: short,
/// within ten years ("2004-05", "2014-16", "1999-00"), or whole, within fifty ("1939-1945").
fn range_end_year(year: i32, next: &str) -> Option<i32> {
    let later = i32::try_from(number(next)?).ok()?;
    let last = match next.len() {
        2 => year - year % 100 + later + if later > year % 100 { 0 } else { 100 },
        4 => later,
        _ => return None,
    };
    let span = if next.len() == 2 { 10 } else { 50 };
    (last > year && last - year <= span).then_some(last)
}

/// "July 16", "June 17-28", "June 27, 2019", "16 July 2019", "July 2024", "July", "2017".
fn match_calendar<'a>(
    tokens: &[Token],
    i: usize,
    word: &WordAt<'a>,
) -> Option<(usize, DateMention)> {
    let t = *tokens.get(i)?;
    // Every form below opens with a number, a month's name or "mid-", "early-", "late-".
    let may_open = match t.kind {
        TokenKind::Number => true,
        TokenKind::Word => matches!(
            word(i).as_bytes().first().map(u8::to_ascii_lowercase),
            Some(b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd' | b'e' | b'l')
        ),
        _ => false,
    };
    if !may_open {
        return None;
    }
    let mention = |end: usize, date: PartialDate, until: Option<PartialDate>| DateMention {
        start: t.start,
        end,
        date,
        until,
        relative: false,
        anaphor: None,
        weekday: false,
        period: None,
    };
    let year_after = |j: usize| -> Option<(usize, i32)> {
        let mut k = j;
        if tokens.get(k).is_some_and(|t| t.is_punct(',')) {
            k += 1;
        }
        let y = tokens.get(k).filter(|t| t.kind == TokenKind::Number)?;
        // ("born in May 1887": after a month, a year of centuries past too.)
        let historic = || {
            (word(k).len() == 4)
                .then(|| number(word(k)))
                .flatten()
                .filter(|y| (1600..1900).contains(y))
                .map(|y| y as i32)
        };
        year_number(word(k))
            .or_else(historic)
            .map(|year| (k + 1, year))
            .filter(|_| y.space_before)
    };
    // "30 September next year": a yearless day's year given relative to the publication date.
    let relative_year_at =
        |j: usize| matches!(word(j), "last" | "this" | "next") && word(j + 1) == "year";
    if let Some((end, date)) = iso_date_at(tokens, i, word)
        .or_else(|| dotted_date_at(&t, i, word))
        .or_else(|| slashed_date_at(tokens, i, word))
    {
        return Some((end, mention(tokens[end - 1].end, date, None)));
    }
    // "mid-2006", "late-1990s", "mid-April": a part of a year, a decade or a month, one
    // hyphenated word.
    if t.is_word()
        && let Some((period, rest)) = word(i).split_once('-')
        && matches!(period, "mid" | "early" | "late" | "Mid" | "Early" | "Late")
    {
        let part = if let Some(year) = year_number(rest.strip_suffix('s').unwrap_or(rest)) {
            let first = PartialDate {
                year: Some(year),
                month: None,
                day: None,
            };
            let last = rest.ends_with('s').then_some(PartialDate {
                year: Some(year + 9),
                ..first
            });
            Some((first, last))
        } else {
            month_of(rest).map(|month| {
                let first = PartialDate {
                    year: None,
                    month: Some(month),
                    day: None,
                };
                (first, None)
            })
        };
        if let Some((first, last)) = part {
            let mut found = mention(t.end, first, last);
            found.relative = true;
            return Some((i + 1, found));
        }
    }
    // "the 19th century": the century's first and last years.
    if t.kind == TokenKind::Number
        && i > 0
        && word(i - 1).eq_ignore_ascii_case("the")
        && word(i + 1) == "century"
        && let Some(n) = day_number(word(i)).filter(|n| (11..=21).contains(n))
    {
        let first = PartialDate {
            year: Some((i32::from(n) - 1) * 100),
            month: None,
            day: None,
        };
        let last = PartialDate {
            year: Some((i32::from(n) - 1) * 100 + 99),
            ..first
        };
        return Some((i + 2, mention(tokens[i + 1].end, first, Some(last))));
    }
    // "the 1990s": the decade's first and last years.
    if t.kind == TokenKind::Number
        && let Some(decade) = word(i).strip_suffix('s').and_then(year_number)
        && decade % 10 == 0
    {
        let first = PartialDate {
            year: Some(decade),
            month: None,
            day: None,
        };
        let last = PartialDate {
            year: Some(decade + 9),
            ..first
        };
        return Some((i + 1, mention(t.end, first, Some(last))));
    }
    if t.is_word()
        && let Some(month) = month_of(word(i))
    {
        // "May" is also a verb: take it only with a day or year, or after a date preposition.
        let mut j = i + 1;
        if word(i).ends_with('.')
            || tokens
                .get(j)
                .is_some_and(|t| t.is_punct('.') && !t.space_before)
                && word(i).len() <= 4
        {
            j += 1;
        }
        let mut date = PartialDate {
            year: None,
            month: Some(month),
            day: None,
        };
        if let Some(day) = tokens
            .get(j)
            .filter(|t| t.kind == TokenKind::Number)
            .and_then(|_| day_number(word(j)))
        {
            date.day = Some(day);
            let mut end = j + 1;
            let mut until = None;
            // A range: "June 17-28", "from March 5 to 14", "between March 24 and 28".
            if let Some(joiner) = tokens.get(end)
                && (joiner.is_punct('-')
                    || joiner.is_punct('–')
                    || (joiner.is_word()
                        && (matches!(word(end), "to" | "through")
                            || (word(end) == "and"
                                && i > 0
                                && word(i - 1).eq_ignore_ascii_case("between")))
                        && a_day_ends_the_range(tokens, end + 2, word)))
                && let Some(last) = tokens
                    .get(end + 1)
                    .filter(|t| t.kind == TokenKind::Number)
                    .and_then(|_| day_number(word(end + 1)))
                && last > day
            {
                until = Some(PartialDate {
                    day: Some(last),
                    ..date
                });
                end += 2;
            }
            if let Some((after, year)) = year_after(end) {
                date.year = Some(year);
                until = until.map(|u| PartialDate {
                    year: Some(year),
                    ..u
                });
                end = after;
            } else if relative_year_at(end) {
                let mut m = mention(tokens[end + 1].end, date, until);
                m.relative = true;
                return Some((end + 2, m));
            }
            return Some((end, mention(tokens[end - 1].end, date, until)));
        }
        if let Some((after, year)) = year_after(j)
            && !tokens.get(j).is_some_and(|t| t.is_punct(','))
        {
            date.year = Some(year);
            return Some((after, mention(tokens[after - 1].end, date, None)));
        }
        if word(i) == "May" && !may_is_month(tokens, i, word) {
            return None;
        }
        // "Dec" of "Ant & Dec", "DEC" the company: a shortened or capitals month name alone is
        // no date.
        let full_name = crate::date::MONTHS
            .iter()
            .any(|m| m.eq_ignore_ascii_case(word(i)))
            && !word(i).chars().skip(1).any(|c| c.is_uppercase());
        if !full_name {
            return None;
        }
        // "June last year": the year given relative to the publication date.
        if relative_year_at(i + 1) {
            let mut m = mention(tokens[i + 2].end, date, None);
            m.relative = true;
            return Some((i + 3, m));
        }
        return Some((i + 1, mention(t.end, date, None)));
    }
    if t.kind == TokenKind::Number {
        // "16 July 2019".
        // "20-30 January", "22 and 23 June": a range of days before the month.
        if let Some(first) = day_number(word(i))
            && let Some((last, month_at)) = day_range_tail(tokens, i, word)
            && last > first
            && let Some(month) = month_of(word(month_at))
        {
            let mut date = PartialDate {
                year: None,
                month: Some(month),
                day: Some(first),
            };
            let mut until = PartialDate {
                day: Some(last),
                ..date
            };
            let mut end = month_at + 1;
            if let Some((after, year)) = year_after(end)
                && !tokens.get(end).is_some_and(|t| t.is_punct(','))
            {
                date.year = Some(year);
                until.year = Some(year);
                end = after;
            } else if relative_year_at(end) {
                let mut m = mention(tokens[end + 1].end, date, Some(until));
                m.relative = true;
                return Some((end + 2, m));
            }
            return Some((end, mention(tokens[end - 1].end, date, Some(until))));
        }
        if let Some(day) = day_number(word(i))
            && let Some(month) = tokens
                .get(i + 1)
                .filter(|t| t.is_word())
                .and_then(|_| month_of(word(i + 1)))
        {
            let mut date = PartialDate {
                year: None,
                month: Some(month),
                day: Some(day),
            };
            let mut end = i + 2;
            if let Some((after, year)) = year_after(end)
                && !tokens.get(end).is_some_and(|t| t.is_punct(','))
            {
                date.year = Some(year);
                end = after;
            } else if relative_year_at(end) {
                let mut m = mention(tokens[end + 1].end, date, None);
                m.relative = true;
                return Some((end + 2, m));
            }
            return Some((end, mention(tokens[end - 1].end, date, None)));
        }
        // "in 1887", "since 1066": an earlier year after a preposition of time.
        let historic_year = i > 0
            && tokens[i - 1].is_word()
            && matches!(
                word(i - 1),
                "in" | "since" | "until" | "In" | "Since" | "Until"
            )
            && word(i).len() == 4
            && number(word(i)).is_some_and(|y| (1000..1900).contains(&y));
        let year = year_number(word(i)).or_else(|| {
            historic_year
                .then(|| number(word(i)).map(|y| y as i32))
                .flatten()
        });
        // "the 2004-05 season", "the 2004/2005 financial year", "in 2014-16", "1939-1945": a
        // year and a later one.
        if let Some(year) = year
            && let [sep, next] = tokens.get(i + 1..i + 3).unwrap_or_default()
            && matches!(sep.kind, TokenKind::Punct('-' | '/' | '–'))
            && !sep.space_before
            && !next.space_before
            && next.kind == TokenKind::Number
            && let Some(last_year) = range_end_year(year, word(i + 2))
            && tokens
                .get(i + 3)
                .is_none_or(|t| t.space_before || !matches!(t.kind, TokenKind::Punct('-' | '/')))
        {
            let first = PartialDate {
                year: Some(year),
                month: None,
                day: None,
            };
            let last = PartialDate {
                year: Some(last_year),
                ..first
            };
            return Some((i + 3, mention(next.end, first, Some(last))));
        }
        if let Some(year) = year {
            // Not a part of a bigger number or a range of numbers.
            let joined_after = tokens
                .get(i + 1)
                .is_some_and(|n| !n.space_before && matches!(n.kind, TokenKind::Punct('-' | '/')));
            let joined_before = i > 0
                && !t.space_before
                && matches!(
                    tokens[i - 1].kind,
                    TokenKind::Punct('-' | '/' | '$' | '€' | '£')
                );
            // "0330 333 2000": the last group of a telephone number.
            let phone_group = i >= 2
                && tokens[i - 1].kind == TokenKind::Number
                && tokens[i - 2].kind == TokenKind::Number
                && word(i - 2).starts_with('0');
            if !joined_after && !joined_before && !phone_group && !clock_at(i, word) {
                let date = PartialDate {
                    year: Some(year),
                    month: None,
                    day: None,
                };
                return Some((i + 1, mention(t.end, date, None)));
            }
        }
    }
    None
}

/// Zones a 24-hour clock's four digits are written with ("1430 GMT"); not every run of
/// capitals, which may open the next words ("In 2003 EU leaders agreed").
const CLOCK_ZONES: [&str; 20] = [
    "GMT", "BST", "UTC", "CET", "CEST", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT",
    "ET", "PT", "IST", "JST", "HKT", "AEST", "AEDT",
];

/// Whether token `i`, four digits, is a 24-hour clock's time: "at 1430 GMT", "until 1300 on
/// Monday", "1800 hours", "0900 local time".
fn clock_at(i: usize, word: &WordAt<'_>) -> bool {
    let digits = word(i).as_bytes();
    let valid = digits.len() == 4
        && digits.iter().all(u8::is_ascii_digit)
        && (digits[0] - b'0') * 10 + (digits[1] - b'0') < 24
        && (digits[2] - b'0') * 10 + (digits[3] - b'0') < 60;
    valid
        && (CLOCK_ZONES.contains(&word(i + 1))
            || matches!(word(i + 1), "hours" | "hrs" | "local")
            || (word(i + 1) == "on" && is_weekday(word(i + 2))))
}

/// "1996-08-30", "2005/02/14": a date written as one unspaced run of year, month and day, as
/// wire services print it in a dateline ("LONDON 1996-08-30").
fn iso_date_at<'a>(tokens: &[Token], i: usize, word: &WordAt<'a>) -> Option<(usize, PartialDate)> {
    let run = tokens.get(i..i + 5)?;
    let separator = match run[1].kind {
        TokenKind::Punct(c @ ('-' | '/')) => c,
        _ => return None,
    };
    let shaped = run[0].kind == TokenKind::Number
        && run[2].kind == TokenKind::Number
        && run[3].is_punct(separator)
        && run[4].kind == TokenKind::Number
        && run[1..].iter().all(|t| !t.space_before)
        && word(i + 2).len() == 2
        && word(i + 4).len() == 2;
    // Not the start of a longer code ("1996-08-30-b").
    let ends = tokens
        .get(i + 5)
        .is_none_or(|t| t.space_before || !(t.is_punct(separator) || t.kind == TokenKind::Number));
    if !shaped || !ends {
        return None;
    }
    let year = year_number(word(i))?;
    let month = number(word(i + 2)).filter(|m| (1..=12).contains(m))?;
    let day = number(word(i + 4)).filter(|d| (1..=31).contains(d))?;
    Some((
        i + 5,
        PartialDate {
            year: Some(year),
            month: Some(month as u8),
            day: Some(day as u8),
        },
    ))
}

/// "14/03/2009" (day first) or "03/14/2009" (month first), its year one a text's dates can
/// have: [`crate::date::slashed_date`], as a date line's is read.
fn slashed_date_at<'a>(
    tokens: &[Token],
    i: usize,
    word: &WordAt<'a>,
) -> Option<(usize, PartialDate)> {
    let run = tokens.get(i..i + 5)?;
    let shaped = run[0].kind == TokenKind::Number
        && run[1].is_punct('/')
        && run[2].kind == TokenKind::Number
        && run[3].is_punct('/')
        && run[4].kind == TokenKind::Number
        && run[1..].iter().all(|t| !t.space_before)
        && word(i).len() <= 2
        && word(i + 2).len() <= 2;
    // Not part of a longer code or fraction ("1/2/2009/3").
    let ends = tokens
        .get(i + 5)
        .is_none_or(|t| t.space_before || !(t.is_punct('/') || t.kind == TokenKind::Number));
    let starts = i == 0 || tokens[i].space_before || !tokens[i - 1].is_punct('/');
    if !(shaped && ends && starts) {
        return None;
    }
    year_number(word(i + 4))?;
    crate::date::slashed_date(word(i), word(i + 2), word(i + 4)).map(|date| (i + 5, date))
}

/// "29.04.2025": a European date, one number token ([`PartialDate::parse_dotted`]).
fn dotted_date_at<'a>(t: &Token, i: usize, word: &WordAt<'a>) -> Option<(usize, PartialDate)> {
    if t.kind != TokenKind::Number {
        return None;
    }
    // (Its year one a text's dates can have: "dd.mm." is six ASCII bytes.)
    PartialDate::parse_dotted(word(i))
        .filter(|_| year_number(&word(i)[6..]).is_some())
        .map(|date| (i + 1, date))
}

/// Whether a bare day number before token `next` ends a range written out in words ("from
/// March 5 to 14 in Manila"), not a count ("from March 5 to 14 people", "to 14%").
fn a_day_ends_the_range<'a>(tokens: &[Token], next: usize, word: &WordAt<'a>) -> bool {
    const FOLLOWERS: [&str; 14] = [
        "in", "at", "on", "and", "or", "when", "while", "with", "as", "for", "but", "the", "after",
        "before",
    ];
    match tokens.get(next) {
        None => true,
        Some(t) if t.is_word() => {
            (t.cap && month_of(word(next)).is_none()) || FOLLOWERS.contains(&word(next))
        }
        Some(t) => t.is_punct(',') || t.is_punct('.') || t.is_punct(';') || t.is_punct(')'),
    }
}

/// After a first day at `i`: "-30 January" or "and 23 June": (the last day, the month's token).
fn day_range_tail<'a>(tokens: &[Token], i: usize, word: &WordAt<'a>) -> Option<(u8, usize)> {
    let joiner = tokens.get(i + 1)?;
    let dash = joiner.is_punct('-') || joiner.is_punct('–');
    let joined_by_word = joiner.is_word() && matches!(word(i + 1), "and" | "to");
    if !(dash || joined_by_word) {
        return None;
    }
    let last = tokens
        .get(i + 2)
        .filter(|t| t.kind == TokenKind::Number)
        .and_then(|_| day_number(word(i + 2)))?;
    tokens
        .get(i + 3)
        .filter(|t| t.is_word() && month_of(word(i + 3)).is_some())
        .map(|_| (last, i + 3))
}

fn may_is_month<'a>(tokens: &[Token], i: usize, word: &WordAt<'a>) -> bool {
    let Some(prev) = i.checked_sub(1) else {
        return false;
    };
    let before = word(prev).to_lowercase();
    // ("May last year", "in May this year": a relative year after it is no verb.)
    // ("closed in May after their stocks ran out": a clause or a phrase after it.)
    // ("in April and May over the choice", "since May because trucks were hijacked".)
    const NO_VERB_BEFORE: [&str; 32] = [
        "over",
        "because",
        "or",
        "so",
        "until",
        "during",
        "from",
        "by",
        "against",
        "although",
        "though",
        "and",
        "last",
        "this",
        "next",
        "after",
        "before",
        "when",
        "as",
        "but",
        "to",
        "with",
        "for",
        "amid",
        "while",
        "following",
        "despite",
        "in",
        "at",
        "on",
        "of",
        "that",
    ];
    let next_is_verbish = tokens
        .get(i + 1)
        .is_some_and(|t| t.is_word() && !t.cap && !NO_VERB_BEFORE.contains(&word(i + 1)));
    // "from March to May", "in April and May": the second month of a pair.
    let after_a_month = matches!(before.as_str(), "to" | "and" | "or")
        && i.checked_sub(2)
            .is_some_and(|k| tokens[k].is_word() && month_of(word(k)).is_some());
    let after_a_preposition = matches!(
        before.as_str(),
        "in" | "since"
            | "last"
            | "this"
            | "next"
            | "early"
            | "late"
            | "mid"
            | "until"
            | "of"
            | "by"
            | "from"
            | "before"
            | "after"
            | "during"
            | "through"
    );
    (after_a_month || after_a_preposition) && !next_is_verbish
}

/// The ISO value of a resolved mention.
pub(crate) fn iso_value(date: &PartialDate, until: Option<&PartialDate>) -> Option<String> {
    let start = date.iso();
    if start.is_empty() {
        return None;
    }
    match until {
        Some(end) => Some(format!("{start}/{}", end.iso())),
        None => Some(start),
    }
}

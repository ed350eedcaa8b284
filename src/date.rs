//! Calendar dates that may be partial: a year, a month, a day, or any combination the text gives.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A date as precise as the text allows. `--07-16` (no year) and `2024-07` (no day) are both valid.
/// Serialised as its ISO 8601 string.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    pub fn ymd(year: i32, month: u8, day: u8) -> Self {
        PartialDate {
            year: Some(year),
            month: Some(month),
            day: Some(day),
        }
    }

    /// ISO 8601, with the truncated forms for missing parts: `2019-06-27`, `2024-07`, `2003`,
    /// `--07-16`, `--09`. A date with nothing known prints as an empty string.
    pub fn iso(&self) -> String {
        match (self.year, self.month, self.day) {
            (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(y), Some(m), None) => format!("{y:04}-{m:02}"),
            (Some(y), None, _) => format!("{y:04}"),
            (None, Some(m), Some(d)) => format!("--{m:02}-{d:02}"),
            (None, Some(m), None) => format!("--{m:02}"),
            (None, None, _) => String::new(),
        }
    }

    /// Parses the forms [`PartialDate::iso`] prints.
    pub fn parse_iso(text: &str) -> Option<Self> {
        // Each part must read whole and fit its field: "2024-257-01" is no date, not January.
        let (year, rest) = match text.strip_prefix("--") {
            Some(rest) => (None, rest),
            None => {
                let (year, rest) = text
                    .split_once('-')
                    .map_or((text, None), |(y, r)| (y, Some(r)));
                (Some(year.parse::<i32>().ok()?), rest.unwrap_or_default())
            }
        };
        let mut parts = rest.split('-').filter(|_| !rest.is_empty());
        let mut next = || parts.next().map(|part| part.parse::<u8>().ok());
        let month = next().map_or(Some(None), |m| m.map(Some))?;
        let day = next().map_or(Some(None), |d| d.map(Some))?;
        if next().is_some() {
            return None;
        }
        let date = PartialDate { year, month, day };
        date.is_valid().then_some(date)
    }

    /// The European "29.04.2025": day, month and year joined by dots, always day first, with a
    /// two-digit day and month and a four-digit year (a version number, "2.04.2025", is none).
    pub fn parse_dotted(text: &str) -> Option<Self> {
        let mut parts = text.split('.');
        let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
        let shaped = parts.next().is_none()
            && (day.len(), month.len(), year.len()) == (2, 2, 4)
            && [day, month, year]
                .iter()
                .all(|part| part.bytes().all(|b| b.is_ascii_digit()));
        if !shaped {
            return None;
        }
        let date = PartialDate {
            year: Some(year.parse().ok()?),
            month: Some(month.parse().ok()?),
            day: Some(day.parse().ok()?),
        };
        date.is_valid().then_some(date)
    }

    pub fn is_valid(&self) -> bool {
        let month_ok = self.month.is_none_or(|m| (1..=12).contains(&m));
        let day_ok = self.day.is_none_or(|d| (1..=31).contains(&d))
            && (self.day.is_none() || self.month.is_some());
        month_ok && day_ok && (self.year.is_some() || self.month.is_some())
    }

    /// Year, month and day of a full date.
    pub fn ymd_parts(&self) -> Option<(i32, u8, u8)> {
        Some((self.year?, self.month?, self.day?))
    }

    /// Orders dates in time; unknown parts sort first within their known prefix.
    pub fn sort_key(&self) -> (i32, u8, u8) {
        (
            self.year.unwrap_or(i32::MIN),
            self.month.unwrap_or(0),
            self.day.unwrap_or(0),
        )
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.iso())
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        PartialDate::parse_iso(&text)
            .ok_or_else(|| serde::de::Error::custom(format!("not an ISO 8601 date: {text:?}")))
    }
}

impl std::fmt::Display for PartialDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.iso())
    }
}

/// The first and last day an expression covers (both inclusive; equal for a single day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayRange {
    pub start: PartialDate,
    pub end: PartialDate,
}

impl DayRange {
    /// The shortest ISO 8601 form that says the same days: `2015-03-03`, a whole month
    /// `2014-10`, a whole year `2014`, whole years `1980/1989`, else `2015-02-23/2015-03-01`,
    /// so that "last year" in an article of 2015 reads like another article's "2014".
    pub fn iso(&self) -> String {
        let (Some((sy, sm, sd)), Some((ey, em, ed))) =
            (self.start.ymd_parts(), self.end.ymd_parts())
        else {
            return format!("{}/{}", self.start.iso(), self.end.iso());
        };
        let (start, end) = if (sm, sd, em, ed) == (1, 1, 12, 31) {
            (format!("{sy:04}"), format!("{ey:04}"))
        } else if sd == 1 && ed == days_in_month(ey, em) {
            (format!("{sy:04}-{sm:02}"), format!("{ey:04}-{em:02}"))
        } else {
            (self.start.iso(), self.end.iso())
        };
        if start == end {
            start
        } else {
            format!("{start}/{end}")
        }
    }
}

/// "16/05/2025" (day first, as Europe writes it) or "05/16/2025" (month first, as the US
/// does): a date only when one of the two numbers is past 12 and so says which it is.
pub(crate) fn slashed_date(first: &str, second: &str, year: &str) -> Option<PartialDate> {
    let number = |s: &str| {
        (s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u8>().ok())
            .flatten()
    };
    let (first, second) = (number(first)?, number(second)?);
    let (day, month) = match (first > 12, second > 12) {
        (true, false) => (first, second),
        (false, true) => (second, first),
        _ => return None,
    };
    let date = PartialDate::ymd(year.parse().ok()?, month, day);
    date.is_valid().then_some(date)
}

/// Days since 1970-01-01 of a full date (proleptic Gregorian).
pub(crate) fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let (y, m) = if month <= 2 {
        (i64::from(year) - 1, i64::from(month) + 9)
    } else {
        (i64::from(year), i64::from(month) - 3)
    };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * m + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The weekday of a day counted by [`days_from_civil`]: 0 for Monday to 6 for Sunday
/// (1970-01-01 was a Thursday).
pub(crate) fn weekday_of_days(days: i64) -> i64 {
    (days + 3).rem_euclid(7)
}

pub(crate) fn civil_from_days(days: i64) -> PartialDate {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    PartialDate::ymd(year, month, day)
}

pub(crate) fn days_in_month(year: i32, month: u8) -> u8 {
    let next = if month == 12 {
        days_from_civil(year + 1, 1, 1)
    } else {
        days_from_civil(year, month + 1, 1)
    };
    (next - days_from_civil(year, month, 1)) as u8
}

/// Weekday names, Monday first.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The weekday a word names, in any case: 0 for Monday to 6 for Sunday, as
/// [`weekday_of_days`] counts.
pub(crate) fn weekday_index(word: &str) -> Option<i64> {
    WEEKDAYS
        .iter()
        .position(|day| word.eq_ignore_ascii_case(day))
        .map(|index| index as i64)
}

/// "GMT", "EDT", "WIB", "UTC+3": a time zone's letters after a time of day.
pub(crate) fn is_time_zone(token: &str) -> bool {
    let lower = token.to_ascii_lowercase();
    (2..=5).contains(&token.len()) && token.bytes().all(|b| b.is_ascii_uppercase())
        || lower.starts_with("utc")
        || lower.starts_with("gmt")
}

/// "wed", "thurs": a lowercase weekday's name cut to its first three letters or more.
pub fn is_weekday_abbreviation(lower: &str) -> bool {
    lower.len() >= 3
        && WEEKDAYS
            .iter()
            .any(|day| day.len() > lower.len() && day.starts_with(lower))
}

pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month a full or abbreviated English month name stands for ("March", "Mar", "Mar.",
/// "Sept"), in any case. It does not allocate: the extractor asks it of every capitalised word.
pub fn month_from_name(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.');
    if let Some(index) = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(word)) {
        return Some(index as u8 + 1);
    }
    if word.eq_ignore_ascii_case("sept") {
        return Some(9);
    }
    if word.len() == 3 {
        return MONTHS
            .iter()
            .position(|m| m[..3].eq_ignore_ascii_case(word))
            .map(|i| i as u8 + 1);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_range_prints_as_the_shortest_form_that_says_the_same_days() {
        let range = |a: (i32, u8, u8), b: (i32, u8, u8)| {
            DayRange {
                start: PartialDate::ymd(a.0, a.1, a.2),
                end: PartialDate::ymd(b.0, b.1, b.2),
            }
            .iso()
        };
        assert_eq!(range((2015, 3, 3), (2015, 3, 3)), "2015-03-03");
        assert_eq!(range((2014, 1, 1), (2014, 12, 31)), "2014");
        assert_eq!(range((1980, 1, 1), (1989, 12, 31)), "1980/1989");
        assert_eq!(range((2016, 2, 1), (2016, 2, 29)), "2016-02");
        assert_eq!(range((2015, 2, 1), (2015, 2, 28)), "2015-02");
        assert_eq!(range((2014, 9, 1), (2014, 11, 30)), "2014-09/2014-11");
        assert_eq!(range((2015, 2, 23), (2015, 3, 1)), "2015-02-23/2015-03-01");
        assert_eq!(range((2015, 2, 1), (2015, 2, 27)), "2015-02-01/2015-02-27");
    }

    #[test]
    fn iso_forms_round_trip() {
        for text in ["2019-06-27", "2024-07", "2003", "--07-16", "--09"] {
            let date = PartialDate::parse_iso(text).unwrap();
            assert_eq!(date.iso(), text);
        }
        assert_eq!(PartialDate::parse_iso("2019-13-01"), None);
        // Parts that overflow their field or do not read are no date, not another one.
        assert_eq!(PartialDate::parse_iso("2024-257-01"), None);
        assert_eq!(PartialDate::parse_iso("2024-05-xx"), None);
        assert_eq!(PartialDate::parse_iso("2024-05-06-07"), None);
        assert_eq!(PartialDate::parse_iso("99999999999-01"), None);
        assert_eq!(PartialDate::parse_iso("soon"), None);
    }

    #[test]
    fn month_names_and_abbreviations() {
        assert_eq!(month_from_name("April"), Some(4));
        assert_eq!(month_from_name("Sept."), Some(9));
        assert_eq!(month_from_name("dec"), Some(12));
        assert_eq!(month_from_name("Mayday"), None);
    }
}

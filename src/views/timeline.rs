//! Articles per week, month or year, over the whole archive (from the index) or over any set
//! of publication dates (a filtered list), every period from the first to the last included.

use super::ViewsError;
use crate::catalog::{Catalog, CatalogEntry};
use crate::date::PartialDate;
use crate::facts::EntityKind;
use rusqlite::Connection;
use serde::Serialize;
use std::collections::BTreeMap;

/// The length of a timeline's bars.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Period {
    Week,
    #[default]
    Month,
    Year,
}

impl Period {
    /// The next longer period (week → month → year), for zooming out.
    pub fn longer(self) -> Period {
        match self {
            Period::Week => Period::Month,
            _ => Period::Year,
        }
    }

    pub fn shorter(self) -> Period {
        match self {
            Period::Year => Period::Month,
            _ => Period::Week,
        }
    }
}

/// One bar: a period and its articles.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Bucket {
    /// `2018-W40`-free labels: a week is named by its Monday (`2018-10-01`), a month
    /// `2018-10`, a year `2018`.
    pub label: String,
    /// The first and last day of the period (ISO).
    pub from: String,
    pub to: String,
    pub articles: u64,
}

impl Bucket {
    /// The reader's query for the articles published in this period.
    pub fn date_query(&self) -> String {
        format!("date:{}..{}", self.from, self.to)
    }
}

/// Articles per period.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Timeline {
    pub period: Period,
    /// Oldest first, empty periods included.
    pub buckets: Vec<Bucket>,
    /// Articles whose publication date is unknown or too vague for the period (a year alone
    /// in a month's timeline).
    pub unplaced: u64,
}

/// What the articles of a period say happened: the events they name and the dates in the
/// period they mention, each with its number of articles, most first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct PeriodFacts {
    pub events: Vec<(String, usize)>,
    pub dates: Vec<(String, usize)>,
}

/// The facts of `bucket` in these catalog entries: the events named by the articles published
/// in it, and the dates in it that any of the entries mentions.
pub fn period_facts<'a>(
    catalog: &'a Catalog,
    entries: impl IntoIterator<Item = &'a CatalogEntry>,
    bucket: &Bucket,
    limit: usize,
) -> PeriodFacts {
    let mut events: BTreeMap<&str, usize> = BTreeMap::new();
    let mut dates: BTreeMap<&str, usize> = BTreeMap::new();
    for entry in entries {
        if entry
            .meta
            .published
            .and_then(first_day)
            .is_some_and(|day| bucket.from <= day && day <= bucket.to)
        {
            for key in catalog
                .entities_of(entry)
                .filter(|k| k.kind == EntityKind::Event)
            {
                *events.entry(&key.canonical).or_default() += 1;
            }
        }
        for value in catalog.date_values_of(entry) {
            // A mentioned day, month or year inside the period (its first day in it).
            let first_day = match value.len() {
                10 => value.to_owned(),
                7 => format!("{value}-01"),
                4 => format!("{value}-01-01"),
                _ => continue,
            };
            if bucket.from <= first_day && first_day <= bucket.to {
                *dates.entry(value).or_default() += 1;
            }
        }
    }
    let ranked = |counts: BTreeMap<&str, usize>| {
        let mut ranked: Vec<(String, usize)> =
            counts.into_iter().map(|(k, n)| (k.to_owned(), n)).collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        ranked.truncate(limit);
        ranked
    };
    PeriodFacts {
        events: ranked(events),
        dates: ranked(dates),
    }
}

/// The first day a publication date can mean (`2019-06` → `2019-06-01`), ISO; `None`
/// without a year.
pub fn first_day(date: PartialDate) -> Option<String> {
    let year = date.year?;
    Some(format!(
        "{year:04}-{:02}-{:02}",
        date.month.unwrap_or(1),
        date.day.unwrap_or(1)
    ))
}

/// The whole archive's timeline, from the index.
pub fn timeline(connection: &Connection, period: Period) -> Result<Timeline, ViewsError> {
    // Grouped on the index of `published` alone: the article rows are never read.
    let mut statement =
        connection.prepare_cached("SELECT published, count(*) FROM articles GROUP BY published")?;
    let rows = statement
        .query_map([], |row| {
            let published: Option<String> = row.get(0)?;
            let count: i64 = row.get(1)?;
            Ok((published, count.max(0) as u64))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(counted(
        rows.into_iter().map(|(published, count)| {
            (published.as_deref().and_then(PartialDate::parse_iso), count)
        }),
        period,
    ))
}

/// The timeline of these publication dates (`None`: an undated article).
pub fn timeline_of_dates(
    dates: impl IntoIterator<Item = Option<PartialDate>>,
    period: Period,
) -> Timeline {
    counted(dates.into_iter().map(|date| (date, 1)), period)
}

/// A period's start as a day number (days since 1970-01-01), for keying and stepping.
fn counted(dates: impl Iterator<Item = (Option<PartialDate>, u64)>, period: Period) -> Timeline {
    let mut per_start: BTreeMap<i64, u64> = BTreeMap::new();
    let mut unplaced = 0;
    for (date, count) in dates {
        match date.and_then(|date| period_start(date, period)) {
            Some(start) => *per_start.entry(start).or_default() += count,
            None => unplaced += count,
        }
    }
    let mut buckets = Vec::new();
    if let (Some((&first, _)), Some((&last, _))) =
        (per_start.first_key_value(), per_start.last_key_value())
    {
        let mut start = first;
        while start <= last {
            let next = next_start(start, period);
            buckets.push(Bucket {
                label: label(start, period),
                from: iso(start),
                to: iso(next - 1),
                articles: per_start.get(&start).copied().unwrap_or(0),
            });
            start = next;
        }
    }
    Timeline {
        period,
        buckets,
        unplaced,
    }
}

fn period_start(date: PartialDate, period: Period) -> Option<i64> {
    if !date.is_valid() {
        return None;
    }
    let year = date.year?;
    match period {
        Period::Year => Some(days_from_civil(year, 1, 1)),
        Period::Month => Some(days_from_civil(year, date.month?, 1)),
        Period::Week => {
            let day = days_from_civil(year, date.month?, date.day?);
            Some(day - crate::date::weekday_of_days(day))
        }
    }
}

fn next_start(start: i64, period: Period) -> i64 {
    let (year, month, _) = civil_from_days(start);
    match period {
        Period::Week => start + 7,
        Period::Month => {
            let (year, month) = next_month((year, month));
            days_from_civil(year, month, 1)
        }
        Period::Year => days_from_civil(year + 1, 1, 1),
    }
}

fn label(start: i64, period: Period) -> String {
    let (year, month, _) = civil_from_days(start);
    match period {
        Period::Week => iso(start),
        Period::Month => format!("{year:04}-{month:02}"),
        Period::Year => format!("{year:04}"),
    }
}

fn iso(day: i64) -> String {
    let (year, month, day) = civil_from_days(day);
    format!("{year:04}-{month:02}-{day:02}")
}

/// `YYYY-MM` as (year, month); also the month of a longer ISO date.
pub fn month_of(text: &str) -> Option<(i32, u8)> {
    parse_month(text.get(..7)?)
}

/// `YYYY-MM` as (year, month).
pub(super) fn parse_month(text: &str) -> Option<(i32, u8)> {
    let (year, month) = text.split_once('-')?;
    let month: u8 = month.parse().ok()?;
    (1..=12)
        .contains(&month)
        .then_some((year.parse().ok()?, month))
}

pub(super) fn next_month((year, month): (i32, u8)) -> (i32, u8) {
    if month >= 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm); a day
/// past the month's end runs into the next month.
fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let (month, day) = (i64::from(month), i64::from(day));
    let year = i64::from(year) - i64::from(month <= 2);
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let day_of_year = (153 * (month + if month > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year as i32, month as u8, day as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u8, d: u8) -> Option<PartialDate> {
        Some(PartialDate::ymd(y, m, d))
    }

    #[test]
    fn days_round_trip_across_leap_years_and_eras() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2000, 3, 1), 11_017);
        for days in [-800_000, -1, 0, 59, 11_016, 11_017, 19_000, 800_000] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days, "{y}-{m}-{d}");
        }
    }

    #[test]
    fn months_fill_gaps_and_put_vague_dates_apart() {
        let year_only = Some(PartialDate {
            year: Some(2018),
            month: None,
            day: None,
        });
        let timeline = timeline_of_dates(
            [
                day(2018, 11, 30),
                day(2019, 1, 2),
                day(2018, 11, 1),
                year_only,
                None,
            ],
            Period::Month,
        );
        let bars: Vec<(&str, u64)> = timeline
            .buckets
            .iter()
            .map(|b| (b.label.as_str(), b.articles))
            .collect();
        assert_eq!(bars, [("2018-11", 2), ("2018-12", 0), ("2019-01", 1)]);
        assert_eq!(timeline.unplaced, 2);
        assert_eq!(
            timeline.buckets[1].date_query(),
            "date:2018-12-01..2018-12-31"
        );
    }

    #[test]
    fn weeks_start_on_monday_and_years_take_vague_dates() {
        // 2026-11-30 is a Monday; 2026-11-29 a Sunday.
        let weeks = timeline_of_dates([day(2026, 11, 29), day(2026, 12, 6)], Period::Week);
        let labels: Vec<_> = weeks.buckets.iter().map(|b| b.label.as_str()).collect();
        assert_eq!(labels, ["2026-11-23", "2026-11-30"]);
        assert_eq!(weeks.buckets[1].to, "2026-12-06");
        let years = timeline_of_dates(
            [
                day(2016, 2, 29),
                Some(PartialDate {
                    year: Some(2018),
                    month: None,
                    day: None,
                }),
            ],
            Period::Year,
        );
        let bars: Vec<_> = years
            .buckets
            .iter()
            .map(|b| (b.label.as_str(), b.articles))
            .collect();
        assert_eq!(bars, [("2016", 1), ("2017", 0), ("2018", 1)]);
        assert_eq!(years.unplaced, 0);
    }
}

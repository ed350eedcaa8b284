//! Recognising a line that is nothing but a publication timestamp, in the forms news sites
//! print: "5:44 PM EDT, April 27, 2024", "Published: 27 April 2024 | 10:02", "2024-04-27".

use crate::date::{PartialDate, is_time_zone, month_from_name};

/// The calendar date of a timestamp line, when the whole line is a full date with optional
/// weekday, time of day, time zone and "Published"/"Updated" label.
pub fn parse_timestamp_line(line: &str) -> Option<PartialDate> {
    // "Published 23 October 2024 | Updated 24 October 2024": the first stamp of several.
    parse_one_stamp(line).or_else(|| {
        line.contains(STAMP_SEPARATORS)
            .then(|| line.split(STAMP_SEPARATORS).find_map(parse_one_stamp))
            .flatten()
    })
}

/// What sites print between the parts of a stamp line ("Published: 3 March 2025 | 14:20") or
/// between two stamps.
/// ("Posted Jan 8, 2019 at 6:00 AM; Updated Jan 8, 2019 at 11:47 AM".)
pub const STAMP_SEPARATORS: [char; 4] = ['|', '·', '•', ';'];

fn parse_one_stamp(line: &str) -> Option<PartialDate> {
    let tokens: Vec<&str> = line
        .split(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '(' | ')') || STAMP_SEPARATORS.contains(&c)
        })
        .filter(|t| !t.is_empty())
        .collect();
    if tokens.is_empty() || tokens.len() > 12 {
        return None;
    }
    let mut year = None;
    let mut month = None;
    let mut day = None;
    for (k, token) in tokens.iter().enumerate() {
        let bare = token.trim_end_matches(['.', ':']);
        // "1430 GMT": a 24-hour clock's four digits before its zone, no year.
        let zoned_clock = bare.len() == 4
            && bare.bytes().all(|b| b.is_ascii_digit())
            && tokens.get(k + 1).is_some_and(|next| is_time_zone(next));
        // "8:05 PM Taipei time", "local time": a zone written as a place's time.
        let zone_in_words = tokens.get(k + 1) == Some(&"time")
            && (bare == "local"
                || (bare.starts_with(char::is_uppercase) && bare.chars().all(char::is_alphabetic)));
        if zoned_clock || zone_in_words {
            continue;
        }
        if let Some(date) = iso_date(bare) {
            year = date.year;
            month = date.month;
            day = date.day;
        } else if let Some(m) = month_from_name(bare).filter(|_| bare.len() >= 3) {
            month = Some(m);
        } else if let Some(number) = ordinal_number(bare) {
            match number {
                1..=31 if day.is_none() => day = Some(number as u8),
                1900..=2100 if year.is_none() => year = Some(number as i32),
                _ => return None,
            }
        } else if !is_timestamp_filler(bare) {
            return None;
        }
    }
    let date = PartialDate {
        year: Some(year?),
        month: Some(month?),
        day: Some(day?),
    };
    date.is_valid().then_some(date)
}

/// "2005-02-14", "2005-02-14T10:00", and the same with slashes ("2005/02/14"); and the
/// European "14.02.2005", always day first.
fn iso_date(token: &str) -> Option<PartialDate> {
    if let Some(date) = PartialDate::parse_dotted(token) {
        return Some(date);
    }
    let dashed = token.replace('/', "-");
    let date_part = dashed.split('T').next()?;
    let parts: Vec<&str> = date_part.split('-').collect();
    if parts.len() == 3 && parts[2].len() == 4 && token.contains('/') {
        return crate::date::slashed_date(parts[0], parts[1], parts[2]);
    }
    if parts.len() != 3 || parts[0].len() != 4 {
        return None;
    }
    PartialDate::parse_iso(date_part).filter(|d| d.day.is_some())
}

fn ordinal_number(token: &str) -> Option<u32> {
    let digits = token
        .strip_suffix("st")
        .or_else(|| token.strip_suffix("nd"))
        .or_else(|| token.strip_suffix("rd"))
        .or_else(|| token.strip_suffix("th"))
        .unwrap_or(token);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) || digits.len() > 4 {
        return None;
    }
    digits.parse().ok()
}

/// Words a timestamp line may carry besides the date itself.
fn is_timestamp_filler(token: &str) -> bool {
    let lower = token.to_ascii_lowercase();
    // "10:02", "4:15pm", and the British "18.42".
    let is_time = {
        let separator = if lower.contains(':') { ':' } else { '.' };
        let mut parts = lower.splitn(3, separator);
        let hours = parts.next().unwrap_or("");
        let minutes = parts.next().unwrap_or("");
        !hours.is_empty()
            && hours.len() <= 2
            && hours.bytes().all(|b| b.is_ascii_digit())
            // Bytes, not a str slice: the third byte may sit inside a character ("10:€").
            && minutes
                .as_bytes()
                .get(..2)
                .is_some_and(|m| m.iter().all(u8::is_ascii_digit))
    };
    let is_zone = is_time_zone(token);
    // ("Press release — 12 March 2025", "Released 14 November 2025".)
    // ("October 31, 2022 / 1:05 AM": a slash between the date and the time.)
    const WORDS: [&str; 25] = [
        "/",
        "am",
        "filed",
        "first",
        "pm",
        "a.m",
        "p.m",
        "published",
        "updated",
        "posted",
        "last",
        "modified",
        "on",
        "at",
        "-",
        "—",
        "–",
        "date",
        "time",
        "edited",
        "released",
        "release",
        "press",
        "media",
        "news",
    ];
    is_time
        || is_zone
        || WORDS.contains(&lower.as_str())
        || crate::date::WEEKDAYS.contains(&lower.as_str())
        || crate::date::is_weekday_abbreviation(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_common_timestamp_lines() {
        let april_27 = Some(PartialDate::ymd(2024, 4, 27));
        assert_eq!(
            parse_timestamp_line("5:44 PM EDT, April 27, 2024"),
            april_27
        );
        assert_eq!(
            parse_timestamp_line("Published: 27 April 2024 | 10:02"),
            april_27
        );
        assert_eq!(parse_timestamp_line("Saturday, 27th April 2024"), april_27);
        assert_eq!(parse_timestamp_line("2024-04-27T10:02:00Z"), april_27);
        assert_eq!(
            parse_timestamp_line("Updated Apr. 27, 2024 at 9:15 a.m. ET"),
            april_27
        );
        assert_eq!(parse_timestamp_line("Sat 27 Apr 2024 18.42 BST"), april_27);
        assert_eq!(
            parse_timestamp_line("Updated 1430 GMT, Saturday 27 April 2024"),
            april_27
        );
        assert_eq!(
            parse_timestamp_line("Last modified on Sat 27 Apr 2024 08.15 BST"),
            april_27
        );
        assert_eq!(
            parse_timestamp_line("Posted: Saturday, April 27, 2024 - 4:15pm"),
            april_27
        );
        assert_eq!(parse_timestamp_line("Published 27/04/2024"), april_27);
        assert_eq!(parse_timestamp_line("April 27, 2024 / 1:05 AM"), april_27);
        assert_eq!(
            parse_timestamp_line("Filed: Saturday, 27 April 2024"),
            april_27
        );
        assert_eq!(parse_timestamp_line("Published 04/27/2024 10:02"), april_27);
        assert_eq!(
            parse_timestamp_line("Posted Apr 27, 2024 at 6:00 AM; Updated Apr 27, 2024 at 9:12 AM"),
            april_27
        );
        assert_eq!(
            parse_timestamp_line("Updated 8:05 PM Taipei time, Sat April 27, 2024"),
            april_27
        );
        // Day or month first: either could be meant.
        assert_eq!(parse_timestamp_line("Published 04/05/2024"), None);
    }

    #[test]
    fn rejects_prose_and_partial_dates() {
        assert_eq!(
            parse_timestamp_line("In July, Central Asia will host drills"),
            None
        );
        assert_eq!(parse_timestamp_line("April 2024"), None);
        assert_eq!(parse_timestamp_line("June 27"), None);
        assert_eq!(parse_timestamp_line("Security"), None);
        assert_eq!(parse_timestamp_line("Kabul, 12 Years On"), None);
    }
}

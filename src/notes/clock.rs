//! Note times and note ids. Times are [`jiff::Timestamp`]s kept to the millisecond and written
//! as RFC 3339 UTC with three fraction digits (`2026-11-23T09:03:36.000Z`), as gazette always
//! has, so that files read and write the same and two edits in one second still order.

use jiff::Timestamp;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Now, to the millisecond (what a saved time can hold).
pub fn now() -> Timestamp {
    to_millisecond(Timestamp::now())
}

/// Now, or a millisecond after `previous` if the clock says otherwise, so that a change always
/// wins over the version it changes even when the clock stepped back.
pub fn later_than(previous: Timestamp) -> Timestamp {
    let next = previous
        .checked_add(jiff::SignedDuration::from_millis(1))
        .unwrap_or(previous);
    now().max(next)
}

/// `time` as gazette writes it: `YYYY-MM-DDTHH:MM:SS.mmmZ`.
pub fn format(time: Timestamp) -> String {
    format!("{:.3}", to_millisecond(time))
}

/// The UTC calendar day of `time`, `YYYY-MM-DD`, for one-line lists.
pub fn day(time: Timestamp) -> String {
    time.strftime("%Y-%m-%d").to_string()
}

/// An RFC 3339 timestamp (`Z` or a `±hh:mm` offset, any number of fraction digits), or `None`
/// when `text` is not one.
pub fn parse(text: &str) -> Option<Timestamp> {
    text.parse::<Timestamp>().ok().map(to_millisecond)
}

/// What a time that cannot be read counts as: the oldest a note can be, so that the note stays
/// readable and any dated version of it wins a merge.
pub const UNREADABLE: Timestamp = Timestamp::UNIX_EPOCH;

fn to_millisecond(time: Timestamp) -> Timestamp {
    Timestamp::from_millisecond(time.as_millisecond()).unwrap_or(time)
}

/// Serde for a note's times: written by [`format`]; read by [`parse`], a string that is not a
/// time reading as [`UNREADABLE`] rather than making its note unreadable.
pub mod rfc3339 {
    use super::{Timestamp, UNREADABLE, format, parse};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(time: &Timestamp, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&format(*time))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Timestamp, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
        Ok(parse(&text).unwrap_or(UNREADABLE))
    }
}

/// A new note id: 16 hex digits, unique across processes and machines in practice (time in
/// nanoseconds, process id and a per-process counter, mixed by FNV-1a).
pub fn new_note_id() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
        .as_nanos();
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let seed = format!("{nanos}:{}:{count}", std::process::id());
    format!("{:016x}", super::hash::fnv1a64(seed.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at_millis(millis: i64) -> Timestamp {
        Timestamp::from_millisecond(millis).unwrap()
    }

    #[test]
    fn formats_known_instants() {
        assert_eq!(format(at_millis(0)), "1970-01-01T00:00:00.000Z");
        // 2000-02-29 is a leap day; 951782400 s after the epoch.
        assert_eq!(
            format(at_millis(951_782_400_123)),
            "2000-02-29T00:00:00.123Z"
        );
        assert_eq!(
            format(at_millis(1_795_424_616_000)),
            "2026-11-23T09:03:36.000Z"
        );
        assert_eq!(day(at_millis(951_782_400_123)), "2000-02-29");
    }

    #[test]
    fn parses_what_it_formats_and_offsets() {
        for millis in [0, 951_782_400_123, 1_795_424_616_999, -86_400_000] {
            assert_eq!(parse(&format(at_millis(millis))), Some(at_millis(millis)));
        }
        assert_eq!(
            parse("2026-11-23T10:03:36+01:00"),
            Some(at_millis(1_795_424_616_000))
        );
        assert_eq!(
            parse("2026-11-23T09:03:36.5Z"),
            Some(at_millis(1_795_424_616_500))
        );
        assert_eq!(parse("yesterday"), None);
        assert_eq!(parse("2026-13-23T09:03:36Z"), None);
    }

    #[test]
    fn a_change_is_later_than_what_it_changes_even_when_the_clock_is_behind() {
        let future = now()
            .checked_add(jiff::SignedDuration::from_hours(1))
            .unwrap();
        assert_eq!(
            later_than(future),
            future + jiff::SignedDuration::from_millis(1)
        );
        assert!(later_than(at_millis(0)) > at_millis(0));
    }

    #[test]
    fn ids_differ() {
        assert_ne!(new_note_id(), new_note_id());
    }
}

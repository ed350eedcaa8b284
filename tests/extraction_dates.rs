//! Dates on hand-written text: ranges and compound expressions kept whole, month names that are
//! not months, and relative or yearless dates resolved against the publication date.

use gazette::archive::parse_article;
use gazette::extract::{extract_article, extract_text};

const ARTICLE: &str = "\
Plant closes after a hard year

March 13, 2024

The festival ran 20-30 January and again on 22 and 23 June. By the end of 2003 it had grown, \
and in autumn 2006 it moved. Ant & Dec hosted it; DEC sponsored it.

The plant closed on Monday. In December it cut jobs, and last year it lost money. It moved in \
June last year and will reopen in June. Two weeks ago the owners met.
";

/// A date's text, value, and the first and last day it resolves to.
type Found = (String, Option<String>, Option<String>, Option<String>);

fn dates() -> Vec<Found> {
    resolved(ARTICLE)
}

/// Every date of `text`, read as an article, with its value and resolved days.
fn resolved(text: &str) -> Vec<Found> {
    let article = parse_article("article.txt", text);
    let facts = extract_article(&article);
    let ranges: Vec<_> = facts.dates.iter().map(|d| d.days).collect();
    facts
        .dates
        .iter()
        .zip(ranges)
        .map(|(d, r)| {
            (
                d.text.clone(),
                d.value.clone(),
                r.map(|r| r.start.iso()),
                r.map(|r| r.end.iso()),
            )
        })
        .collect()
}

fn find(text: &str) -> Found {
    dates()
        .into_iter()
        .find(|d| d.0 == text)
        .unwrap_or_else(|| panic!("no date {text:?} in {:#?}", dates()))
}

fn some(s: &str) -> Option<String> {
    Some(s.to_owned())
}

/// Every date of `text` with the first day it resolves to.
fn first_days(text: &str) -> Vec<(String, Option<String>)> {
    resolved(text)
        .into_iter()
        .map(|(text, _, start, _)| (text, start))
        .collect()
}

fn has(found: &[(String, Option<String>)], text: &str, day: &str) -> bool {
    found
        .iter()
        .any(|(t, d)| t == text && d.as_deref() == Some(day))
}

#[test]
fn ranges_and_compound_expressions_are_kept_whole() {
    assert_eq!(find("20-30 January").1, some("2024-01-20/2024-01-30"));
    // "ran" looks back from March 2024: last June.
    assert_eq!(find("22 and 23 June").1, some("2023-06-22/2023-06-23"));
    assert_eq!(find("By the end of 2003").1, some("2003"));
    assert_eq!(find("autumn 2006").1, some("2006"));
    // (Published in March 2024, last year's June is certain.)
    assert_eq!(find("June last year").1, some("2023-06"));
}

#[test]
fn dec_of_a_name_or_a_company_is_not_december() {
    let texts: Vec<String> = dates().into_iter().map(|d| d.0).collect();
    assert!(
        !texts
            .iter()
            .any(|t| t.split_whitespace().any(|w| w == "Dec" || w == "DEC")),
        "{texts:?}"
    );
}

#[test]
fn yearless_months_look_back_in_the_past_tense_and_ahead_in_the_future() {
    // Published in March 2024: December in the past tense is last December.
    assert_eq!(find("December").1, some("2023-12"));
    let june: Vec<_> = dates().into_iter().filter(|d| d.0 == "June").collect();
    assert_eq!(june[0].1, some("2024-06"), "will reopen in June");
}

#[test]
fn relative_dates_get_typed_start_and_end_days() {
    assert_eq!(
        find("Monday").2..find("Monday").3,
        some("2024-03-11")..some("2024-03-11")
    );
    let last_year = find("last year");
    assert_eq!(last_year.1, None, "the value keeps what the text says");
    assert_eq!(
        (last_year.2, last_year.3),
        (some("2023-01-01"), some("2023-12-31"))
    );
    let june = find("June last year");
    assert_eq!((june.2, june.3), (some("2023-06-01"), some("2023-06-30")));
    assert_eq!(find("Two weeks ago").2, some("2024-02-28"));
    assert_eq!(
        (find("By the end of 2003").2, find("By the end of 2003").3),
        (some("2003-09-02"), some("2003-12-31"))
    );
    assert_eq!(
        (find("autumn 2006").2, find("autumn 2006").3),
        (some("2006-09-01"), some("2006-11-30"))
    );
}

#[test]
fn a_weekday_the_publication_date_pins_has_that_day_for_its_value() {
    // A weekday is a calendar word: "on Monday" in an article of Wednesday 13 March 2024 is
    // Monday 11 March, as "Monday, March 11" would be; "last year" names no calendar part and
    // keeps no value (tests/gold/README.md).
    assert_eq!(find("Monday").1, some("2024-03-11"));
    assert_eq!(find("last year").1, None);
    let found = resolved(
        "Talks go on\n\nPublished: Friday, 4 March 2005\n\nThey met on Tuesday morning and \
         will meet again next Thursday. Prices have risen since Monday.\n",
    );
    let value = |text: &str| {
        found
            .iter()
            .find(|d| d.0 == text)
            .unwrap_or_else(|| panic!("no date {text:?} in {found:#?}"))
            .1
            .clone()
    };
    assert_eq!(value("Tuesday morning"), some("2005-03-01"));
    assert_eq!(value("next Thursday"), some("2005-03-10"));
    // Since Monday is the days from the Monday gone up to publication, not one day.
    assert_eq!(value("since Monday"), None);
    let since = found.iter().find(|d| d.0 == "since Monday").unwrap();
    assert_eq!(
        (since.2.as_deref(), since.3.as_deref()),
        (Some("2005-02-28"), Some("2005-03-04"))
    );
    // With no publication date, a weekday pins nothing.
    let undated = resolved("Talks go on\n\nThey met on Tuesday.\n");
    assert_eq!(undated.iter().find(|d| d.0 == "Tuesday").unwrap().1, None);
}

#[test]
fn the_facts_command_prints_the_resolved_days() {
    let dir = std::env::temp_dir().join(format!("gazette-dates-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("plant.txt");
    std::fs::write(&file, ARTICLE).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(["facts", "--json"])
        .arg(&file)
        .output()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let monday = json["dates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["text"] == "Monday")
        .unwrap();
    assert_eq!(monday["from"], "2024-03-11");
    assert_eq!(monday["to"], "2024-03-11");
}

#[test]
fn a_wire_dateline_dates_the_article_and_its_relative_dates() {
    let wire = "\
SOCCER - LEEDS BEAT BARNSLEY IN CUP TIE .
Nadim Ladki
AL-AIN , United Arab Emirates 1996-08-30
Leeds beat Barnsley 2-1 on Saturday , the manager said on Friday . Last year they lost .
";
    let article = parse_article("wire.txt", wire);
    let published = article.published.as_ref().map(|p| p.date);
    assert_eq!(published.map(|d| d.iso()), some("1996-08-30"));
    assert_eq!(
        article.dateline.as_ref().map(|d| d.text.as_str()),
        Some("AL-AIN , United Arab Emirates")
    );
    let facts = extract_article(&article);
    let ranges: Vec<_> = facts.dates.iter().map(|d| d.days).collect();
    let day = |text: &str| {
        let at = facts.dates.iter().position(|d| d.text == text);
        at.and_then(|i| ranges[i])
            .map(|r| (r.start.iso(), r.end.iso()))
    };
    assert_eq!(
        facts
            .dates
            .first()
            .map(|d| (d.text.as_str(), d.value.as_deref())),
        Some(("1996-08-30", Some("1996-08-30"))),
        "the dateline's date is a date of the article"
    );
    assert_eq!(
        day("Saturday"),
        Some(("1996-08-24".into(), "1996-08-24".into()))
    );
    assert_eq!(
        day("Last year"),
        Some(("1995-01-01".into(), "1995-12-31".into()))
    );
    // On a line of its own after the headline, with no region and a spelled-out date.
    let paris = parse_article(
        "p.txt",
        "Talks go on\nPARIS, March 3, 2005\nThey met on Monday .\n",
    );
    assert_eq!(
        paris.dateline.as_ref().map(|d| d.text.as_str()),
        Some("PARIS")
    );
    assert_eq!(paris.published.map(|p| p.date.iso()), some("2005-03-03"));
    // Printed at the head of the first paragraph.
    let inline = parse_article(
        "l.txt",
        "Talks go on\n\nLONDON 1996-08-30 - Talks went on .\n",
    );
    assert_eq!(
        inline.dateline.as_ref().map(|d| d.text.as_str()),
        Some("LONDON")
    );
    assert_eq!(inline.published.map(|p| p.date.iso()), some("1996-08-30"));
    // A line of capitals with a number that is no date stays a paragraph.
    let plain = parse_article("n.txt", "Headline\nG7 2019 SUMMIT\nLeaders met .\n");
    assert!(plain.dateline.is_none() && plain.published.is_none());
}

#[test]
fn decades_parts_of_years_earlier_years_and_slashed_dates_are_dates() {
    let text = "\
Sales figures

Published: 2005/02/14

In the 1990s it almost collapsed. The deal takes effect from mid-2006. It was founded in 1887 \
and employs 1500 people.
";
    let article = parse_article("sales.txt", text);
    let published = article.published.as_ref().map(|p| p.date);
    assert_eq!(published.map(|d| d.iso()), some("2005-02-14"));
    let facts = extract_article(&article);
    let ranges: Vec<_> = facts.dates.iter().map(|d| d.days).collect();
    type Days = Option<(String, String)>;
    let found: Vec<(&str, Option<&str>, Days)> = facts
        .dates
        .iter()
        .zip(ranges)
        .map(|(d, r)| {
            let days = r.map(|r| (r.start.iso(), r.end.iso()));
            (d.text.as_str(), d.value.as_deref(), days)
        })
        .collect();
    let day = |a: &str, b: &str| Some((a.to_owned(), b.to_owned()));
    assert_eq!(
        found,
        [
            (
                "2005/02/14",
                Some("2005-02-14"),
                day("2005-02-14", "2005-02-14")
            ),
            ("1990s", Some("1990/1999"), day("1990-01-01", "1999-12-31")),
            ("mid-2006", Some("2006"), day("2006-05-02", "2006-09-01")),
            ("1887", Some("1887"), day("1887-01-01", "1887-12-31")),
        ],
        "a count ('1500 people') is no year"
    );
}

#[test]
fn a_programme_named_today_is_no_date() {
    let text = "Winter warning\n\nThe director told BBC Radio 4's Today programme that the \
                hospitals were full, and he told the Today show the same. Today, he said, \
                was the worst day.\n";
    let facts = extract_text(text);
    let todays = facts
        .dates
        .iter()
        .filter(|d| d.text.eq_ignore_ascii_case("today"))
        .count();
    assert_eq!(todays, 1, "{:#?}", facts.dates);
}

#[test]
fn a_part_of_a_month_in_one_word_and_a_year_with_the_next_are_dates() {
    let text = "\
Sales figures

Published: 2005/02/14

Figures for the 2004-05 financial year will be released in mid-April. The 1998/1999 season was \
better; late-March was quiet. Scores were 2-1 and 12-13.
";
    let article = parse_article("sales.txt", text);
    let facts = extract_article(&article);
    let ranges: Vec<_> = facts.dates.iter().map(|d| d.days).collect();
    let found: Vec<(&str, Option<String>, Option<String>)> = facts
        .dates
        .iter()
        .zip(ranges)
        .skip(1)
        .map(|(d, r)| {
            (
                d.text.as_str(),
                r.map(|r| r.start.iso()),
                r.map(|r| r.end.iso()),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("2004-05", some("2004-01-01"), some("2005-12-31")),
            ("mid-April", some("2005-04-11"), some("2005-04-20")),
            ("1998/1999", some("1998-01-01"), some("1999-12-31")),
            ("late-March", some("2004-03-22"), some("2004-03-31")),
        ]
    );
}

#[test]
fn a_day_in_a_sentence_of_neither_past_nor_future_is_the_one_nearest_publication() {
    let text = "\
Banks raise rates

FRANKFURT 1996-09-12

The Bundesbank's council meets again on September 26, bankers said. The plant closed on \
September 20.
";
    let found = first_days(text);
    assert!(has(&found, "September 26", "1996-09-26"), "{found:?}");
    // The past tense still looks back.
    assert!(has(&found, "September 20", "1995-09-20"), "{found:?}");
}

#[test]
fn a_date_after_since_looks_back_whatever_else_the_sentence_plans() {
    let text = "\
Leaders to meet

JERUSALEM 1996-09-03

The prime minister will meet the president on Wednesday for the first time since taking office \
in June. The talks will resume in October.
";
    let found = first_days(text);
    assert!(has(&found, "June", "1996-06-01"), "{found:?}");
    assert!(has(&found, "October", "1996-10-01"), "{found:?}");
    assert!(has(&found, "Wednesday", "1996-09-04"), "{found:?}");
}

#[test]
fn a_date_in_a_plan_reported_with_would_looks_ahead_and_the_reporting_date_back() {
    let text = "\
Court hears case

WASHINGTON 1997-01-08

Chief Justice William Rehnquist said the court would rule by July. The bank warned on Friday \
that spending would strain budgets. In March he said it would have been wiser to wait.
";
    let found = first_days(text);
    assert!(has(&found, "by July", "1997-07-01"), "{found:?}");
    assert!(has(&found, "Friday", "1997-01-03"), "{found:?}");
    assert!(has(&found, "March", "1996-03-01"), "{found:?}");
}

#[test]
fn a_weekend_is_its_saturday_and_sunday_the_one_gone_when_the_sentence_tells_of_the_past() {
    // 14 March 2005 was a Monday.
    let text = "Party news\n\n14 March 2005\n\nThis weekend the party meets. Last weekend it \
                lost a seat. Next weekend it votes.\n\nThis weekend's rally was a success.\n";
    let found = resolved(text);
    let days = |at: usize| (found[at].2.clone(), found[at].3.clone());
    let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(
        texts,
        [
            "14 March 2005",
            "This weekend",
            "Last weekend",
            "Next weekend",
            "This weekend"
        ]
    );
    assert_eq!(days(1), (some("2005-03-19"), some("2005-03-20")));
    assert_eq!(days(2), (some("2005-03-12"), some("2005-03-13")));
    assert_eq!(days(3), (some("2005-03-26"), some("2005-03-27")));
    assert_eq!(days(4), (some("2005-03-12"), some("2005-03-13")));
}

#[test]
fn a_sentence_of_neither_past_nor_plan_points_ahead() {
    let wire = "\
SOCCER - NEWCASTLE WIN AT WIMBLEDON.

LONDON 1996-08-29

Newcastle travel to Sheffield on Wednesday for what is already being billed as a clash. The \
team plays on Saturday. Parliament reconvenes in October. The dollar stood at 108.52 yen, up \
from 108.20 yen in New York on Tuesday. The minister said on Monday that talks were over.
";
    let found = first_days(wire);
    for (text, day) in [
        ("Wednesday", "1996-09-04"),
        ("Saturday", "1996-08-31"),
        ("October", "1996-10-01"),
        ("Tuesday", "1996-08-27"),
        ("Monday", "1996-08-26"),
    ] {
        assert!(has(&found, text, day), "{text} -> {day}: {found:?}");
    }
}

#[test]
fn a_clause_that_schedules_points_ahead_and_an_initials_dot_ends_no_sentence() {
    let wire = "\
USA: CONVENTION OPENS.

NEW YORK 1996-09-06

The Republican convention opens on Monday, party officials said on Friday. Pete Sampras beat \
Alex Corretja at the U.S. Open on Thursday night. The team flew to Washington D.C. The \
final is on Tuesday.
";
    let found = first_days(wire);
    for (text, day) in [
        ("Monday", "1996-09-09"),
        ("Friday", "1996-09-06"),
        // (A time of day is labelled with its date.)
        ("Thursday night", "1996-09-05"),
        ("Tuesday", "1996-09-10"),
    ] {
        assert!(has(&found, text, day), "{text} -> {day}: {found:?}");
    }
}

#[test]
fn since_or_until_before_the_stays_with_what_the_names_when_that_is_the_date() {
    let text = "\
Plant

Published: 2005/04/06 10:00:00 GMT

The plant has been closed since the 1980s and will stay shut until the end of May. Output has \
grown since the early 1990s. Turnout has fallen since the 1994 elections.
";
    let found = resolved(text);
    let texts: Vec<&str> = found.iter().map(|d| d.0.as_str()).collect();
    for whole in [
        "since the 1980s",
        "until the end of May",
        "since the early 1990s",
    ] {
        assert!(texts.contains(&whole), "{whole}: {texts:?}");
    }
    // ("the 1994 elections": "the" names the elections.)
    assert!(texts.contains(&"1994"), "{texts:?}");
    let early = found
        .iter()
        .find(|d| d.0 == "since the early 1990s")
        .unwrap();
    assert_eq!(
        (early.2.as_deref(), early.3.as_deref()),
        (Some("1990-01-01"), Some("2005-04-06")),
        "from the early part up to publication"
    );
}

#[test]
fn a_participle_after_a_present_be_or_a_comma_is_no_past_tense() {
    let text = "\
Festival

Published: 2005/03/21 08:47:15 GMT

The plans will be presented at a festival, which is being held in Dublin on 3-10 September. \
The horse has an entry at Aintree on 9 April but, rated 129, is some way down the list. The \
plant closed on 12 March.
";
    let found = first_days(text);
    assert!(has(&found, "3-10 September", "2005-09-03"), "{found:?}");
    assert!(has(&found, "9 April", "2005-04-09"), "{found:?}");
    // A past form still looks back.
    assert!(has(&found, "12 March", "2005-03-12"), "{found:?}");
}

#[test]
fn next_or_last_with_the_publication_days_own_weekday_is_a_week_away() {
    let text = "\
Results

GLASGOW 1996-11-16

Celtic won on Saturday. Next Saturday's matches are listed below. The clubs met last Saturday \
too.
";
    let found = first_days(text);
    assert!(has(&found, "Saturday", "1996-11-16"), "{found:?}");
    assert!(has(&found, "Next Saturday", "1996-11-23"), "{found:?}");
    assert!(has(&found, "last Saturday", "1996-11-09"), "{found:?}");
}

#[test]
fn a_yearless_day_keeps_the_relative_year_after_it_and_a_range_shares_its_ends_year() {
    let text = "\
Ferry season

Published: 2005/03/14 10:22:05 GMT

The service opened on 30 September last year and will run again between 1 April and 30 \
September next year. The line shut between April and June last year, and from 1 July to 3 \
August 2003.
";
    let found = first_days(text);
    assert!(
        has(&found, "30 September last year", "2004-09-30"),
        "{found:?}"
    );
    assert!(
        has(&found, "30 September next year", "2006-09-30"),
        "{found:?}"
    );
    assert!(has(&found, "1 April", "2006-04-01"), "{found:?}");
    assert!(has(&found, "April", "2004-04-01"), "{found:?}");
    assert!(
        has(&found, "from 1 July to 3 August 2003", "2003-07-01"),
        "{found:?}"
    );
}

#[test]
fn the_publication_month_still_to_come_is_this_years() {
    let text = "\
Talks

Published: 2005/03/14 10:22:05 GMT

Talks will be held in March, the ministry said, and the ferry will run from March to October.
";
    let found = first_days(text);
    assert!(has(&found, "March", "2005-03-01"), "{found:?}");
    assert!(!has(&found, "March", "2006-03-01"), "{found:?}");
}

#[test]
fn the_tense_of_a_weekday_is_read_outside_quotations_and_past_short_verbs() {
    let text = "\
Console war

Published: 2005/05/18 08:15:22 GMT

\"We have tried. It will not begin now,\" he said on Thursday. Sony used a press conference on \
Monday to show the console. The film, made for £3m, beat its rivals in London on Saturday. \
Hamas called a general strike for Friday. The horse, rated 129, runs on Sunday. \"I will see \
him on Tuesday,\" she said.
";
    let found = first_days(text);
    assert!(has(&found, "Thursday", "2005-05-12"), "{found:?}");
    assert!(has(&found, "Monday", "2005-05-16"), "{found:?}");
    assert!(has(&found, "Saturday", "2005-05-14"), "{found:?}");
    assert!(has(&found, "Friday", "2005-05-20"), "{found:?}");
    // A phrase a comma closes is no past; nor is the tense of the quotation that holds the date.
    assert!(has(&found, "Sunday", "2005-05-22"), "{found:?}");
    assert!(has(&found, "Tuesday", "2005-05-24"), "{found:?}");
}

#[test]
fn since_or_until_stays_with_a_modified_date_and_since_looks_back() {
    let text = "\
Prices

Published: 2005/05/18 08:15:22 GMT

Prices have risen since early September, and talks have stalled since last October. The plant \
will stay shut until early 2006. Exports have fallen since March.
";
    let found = first_days(text);
    assert!(
        has(&found, "since early September", "2004-09-01"),
        "{found:?}"
    );
    assert!(has(&found, "since last October", "2004-10-01"), "{found:?}");
    assert!(
        found.iter().any(|(t, _)| t == "until early 2006"),
        "{found:?}"
    );
    assert!(has(&found, "since March", "2005-03-01"), "{found:?}");
}

#[test]
fn may_is_the_month_before_a_relative_year_and_after_another_month() {
    let text = "\
Turnout

Published: 31 May 2004

Turnout fell from 61% in May last year. Prices rose from March to May, and it may rain in \
April or May. Brian May played. After May spoke, the band left.
";
    let found = first_days(text);
    assert!(has(&found, "May last year", "2003-05-01"), "{found:?}");
    // ("from March to May" is one range, whose "May" is the month.)
    assert!(has(&found, "from March to May", "2004-03-01"), "{found:?}");
    assert!(has(&found, "April", "2004-04-01"), "{found:?}");
    let mays = found.iter().filter(|(t, _)| t == "May").count();
    // "or May"; not the guitarist, nor a subject before its verb.
    assert_eq!(mays, 1, "{found:?}");
}

#[test]
fn a_range_of_weekdays_ends_after_it_starts_and_takes_the_week_named_after_it() {
    let text = "\
Trade talks

Published: Tuesday 14 June 2011

Negotiators met in Geneva on Tuesday. Talks run from Monday to Wednesday next week, officials \
said. The fair is open from Friday through Sunday. A panel sits on Thursday this week.
";
    let found = first_days(text);
    assert!(has(&found, "Monday", "2011-06-20"), "{found:?}");
    assert!(has(&found, "Wednesday", "2011-06-22"), "{found:?}");
    assert!(has(&found, "Friday", "2011-06-17"), "{found:?}");
    assert!(has(&found, "Sunday", "2011-06-19"), "{found:?}");
    assert!(has(&found, "Thursday", "2011-06-16"), "{found:?}");
}

#[test]
fn fixed_holidays_fortnights_and_parts_of_a_period_are_dates() {
    let text = "\
Shops brace for the holidays

Published: Tuesday 14 June 2011

Shops will close on Christmas Day and open on New Year's Eve, and the parade runs on the \
Fourth of July. A fortnight ago prices rose; earlier in the month they fell, and later in the \
year they will fall again. Sales on Boxing Day 2010 were a record.
";
    let found = first_days(text);
    assert!(has(&found, "Christmas Day", "2011-12-25"), "{found:?}");
    assert!(has(&found, "New Year's Eve", "2011-12-31"), "{found:?}");
    assert!(has(&found, "Fourth of July", "2011-07-04"), "{found:?}");
    assert!(has(&found, "Boxing Day 2010", "2010-12-26"), "{found:?}");
    assert!(has(&found, "A fortnight ago", "2011-05-31"), "{found:?}");
    assert!(
        has(&found, "earlier in the month", "2011-06-01"),
        "{found:?}"
    );
    assert!(has(&found, "later in the year", "2011-01-01"), "{found:?}");
    // The holiday's words make no name: no organisation "Year", no event "Day".
    let facts = gazette::extract::extract_text(text);
    let names: Vec<&str> = facts
        .entities
        .iter()
        .map(|e| e.canonical.as_str())
        .collect();
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn the_day_something_was_said_is_gone_whatever_was_said_of_the_future() {
    let text = "\
Concerts

Published: Wednesday 12 March 2008

The minister will visit Paris next month, officials announced on Monday. Radio 6 will \
broadcast the concerts, the station said Friday. Fans will queue, he told reporters on Tuesday.
";
    let found = first_days(text);
    assert!(has(&found, "Monday", "2008-03-10"), "{found:?}");
    assert!(has(&found, "Friday", "2008-03-07"), "{found:?}");
    assert!(has(&found, "Tuesday", "2008-03-11"), "{found:?}");
}

#[test]
fn a_time_of_day_before_on_and_its_date_is_labelled_with_it() {
    let text = "\
Deadline

Published: Tuesday 14 June 2011

The trade deadline passed at 3 p.m. EST on Thursday. Both clubs had until 6pm on Thursday to \
respond. He left at 4am on Friday, and the gala opens at 6:30 pm on July 30.
";
    let found = first_days(text);
    assert!(
        has(&found, "3 p.m. EST on Thursday", "2011-06-09"),
        "{found:?}"
    );
    // (A stretch's word before the time stays with it, as before a date.)
    assert!(
        has(&found, "until 6pm on Thursday", "2011-06-09"),
        "{found:?}"
    );
    assert!(has(&found, "4am on Friday", "2011-06-10"), "{found:?}");
    assert!(has(&found, "6:30 pm on July 30", "2011-07-30"), "{found:?}");
}

#[test]
fn two_dates_joined_by_to_or_by_between_and_are_one_range() {
    let text = "Operation ends\n\nNovember 13, 2024\n\nThe operation, carried out from 21 August \
                to 2 October, led to arrests. The festival will run from May 22 to June 1. \
                Prices rose between 2007 and 2009, and again between October 2004 and May 2006. \
                The season runs from December to February.\n\n\
                The vote was postponed from March to June.\n";
    let found: Vec<(String, Option<String>)> = resolved(text)
        .into_iter()
        .map(|(text, value, _, _)| (text, value))
        .collect();
    for (date, value) in [
        ("from 21 August to 2 October", "2024-08-21/2024-10-02"),
        ("from May 22 to June 1", "2025-05-22/2025-06-01"),
        ("between 2007 and 2009", "2007/2009"),
        ("between October 2004 and May 2006", "2004-10/2006-05"),
        // The end of a range that runs into the next year is in that year.
        ("from December to February", "2024-12/2025-02"),
    ] {
        assert!(
            found.contains(&(date.to_owned(), some(value))),
            "{date} = {value} in {found:#?}"
        );
    }
    // A date changed is two dates, not a stretch of time.
    assert!(found.iter().any(|(t, _)| t == "March"), "{found:#?}");
    assert!(found.iter().any(|(t, _)| t == "June"), "{found:#?}");
}

#[test]
fn a_part_of_a_year_written_as_one_word_is_a_date() {
    let text = "Chemicals\n\nMay 14, 1997\n\nBASF said its first-quarter profit rose. Gold \
                Fields said third-quarter output fell. The third-party costs rose.\n";
    let found = resolved(text);
    let first = found.iter().find(|d| d.0 == "first-quarter");
    assert_eq!(
        first.map(|d| (d.1.clone(), d.2.clone(), d.3.clone())),
        Some((
            some("1997-01/1997-03"),
            some("1997-01-01"),
            some("1997-03-31")
        )),
        "{found:#?}"
    );
    assert!(found.iter().any(|d| d.0 == "third-quarter"), "{found:#?}");
    assert!(found.iter().all(|d| !d.0.contains("party")), "{found:#?}");
}

#[test]
fn a_day_reported_in_the_present_or_a_prospect_looks_ahead() {
    let text = "Chemicals\n\nMay 14, 1997\n\nHoechst reports its first-quarter results on May \
                21. Analysts said the scandal could hurt the party before the election in \
                December.\n\nResults of matches on May 20.\n";
    let found = first_days(text);
    assert!(has(&found, "May 21", "1997-05-21"), "{found:#?}");
    assert!(has(&found, "December", "1997-12-01"), "{found:#?}");
    // What "results of" report was played: the May 20 gone, in a sentence of no other tense.
    assert!(has(&found, "May 20", "1996-05-20"), "{found:#?}");
}

#[test]
fn a_numbered_week_of_a_month_is_kept_with_it() {
    let text = "Tests\n\nNovember 20, 1998\n\nThe team tests at Jerez in the second week of \
                December.\n";
    let found = first_days(text);
    assert!(
        has(&found, "second week of December", "1998-12-01"),
        "{found:#?}"
    );
}

#[test]
fn a_publication_stamp_at_the_foot_of_an_article_dates_it() {
    let text = "Council votes to cap fares\n\nThe council approved the cap on Wednesday. It \
                will take effect in May.\n\nPublished Thursday, October 10, 2024\n";
    let found = first_days(text);
    assert!(has(&found, "Wednesday", "2024-10-09"), "{found:#?}");
    assert!(has(&found, "May", "2025-05-01"), "{found:#?}");
}

#[test]
fn a_participle_with_its_agent_tells_what_was_done() {
    let text = "Fares\n\nOctober 10, 2024\n\nShe said the city would pay from a fund approved by \
                the General Assembly in May. He said a review would be completed by the \
                auditors in June.\n";
    let found = first_days(text);
    assert!(has(&found, "May", "2024-05-01"), "{found:#?}");
    // A participle after "be" is no past: what would be done is to come.
    assert!(has(&found, "June", "2025-06-01"), "{found:#?}");
}

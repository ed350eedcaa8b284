//! Dates on hand-written text: ranges and compound expressions kept whole, month names that are
//! not months, and relative or yearless dates resolved against the publication date.

use gazette::archive::parse_article;
use gazette::extract::extract_article;
use gazette::extract::resolve::resolve_dates;

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
    let article = parse_article("plant.txt", ARTICLE);
    let facts = extract_article(&article);
    let published = article.published.as_ref().map(|p| p.date);
    let ranges = resolve_dates(&article.text, &facts.dates, published);
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

#[test]
fn ranges_and_compound_expressions_are_kept_whole() {
    assert_eq!(find("20-30 January").1, some("2024-01-20/2024-01-30"));
    // "ran" looks back from March 2024: last June.
    assert_eq!(find("22 and 23 June").1, some("2023-06-22/2023-06-23"));
    assert_eq!(find("end of 2003").1, some("2003"));
    assert_eq!(find("autumn 2006").1, some("2006"));
    assert_eq!(find("June last year").1, some("--06"));
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
        (find("end of 2003").2, find("end of 2003").3),
        (some("2003-09-02"), some("2003-12-31"))
    );
    assert_eq!(
        (find("autumn 2006").2, find("autumn 2006").3),
        (some("2006-09-01"), some("2006-11-30"))
    );
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

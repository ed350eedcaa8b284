//! Classes of error that a twenty-eighth look at hand-written news copy showed, each pinned
//! on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, assert_dates, entity, kinds_of};
use gazette::archive::parse_article;
use gazette::extract::extract_text;
use gazette::facts::{EntityKind, PlaceType};

#[test]
fn two_places_the_model_reads_over_and_are_two() {
    let facts = extract_text(
        "Troops\n\nThe Pentagon sent units from Fort Bragg and Camp Pendleton, and crews \
         trained at Fort Benning and Fort Hood. He later flew to Trinidad and Tobago.",
    );
    all_of_kind(
        &facts,
        &[
            "Fort Bragg",
            "Camp Pendleton",
            "Fort Benning",
            "Fort Hood",
            "Trinidad and Tobago",
        ],
        EntityKind::Place,
    );
    assert!(
        kinds_of(&facts, "Fort Benning and Fort Hood").is_empty(),
        "{facts:#?}"
    );
}

#[test]
fn a_forts_or_a_camps_name_after_at_is_a_place_whatever_its_words() {
    let text = "Drills\n\nCrews trained at Fort Drum. Medics worked at Camp Hope.";
    let facts = extract_text(text);
    let type_of = |name: &str| entity(&facts, EntityKind::Place, name).place_type;
    assert_eq!(type_of("Fort Drum"), Some(PlaceType::Facility));
    assert_eq!(type_of("Camp Hope"), Some(PlaceType::Facility));
}

#[test]
fn a_datelines_day_may_open_with_its_weekday() {
    for (text, city) in [
        (
            "Wallabies edged\n\nWELLINGTON, New Zealand, Sunday 7 August - The Wallabies \
             beat the All Blacks on Saturday night.",
            "WELLINGTON",
        ),
        (
            "Leeds win\n\nLEEDS, England, Friday, July 19 - Leeds won on Thursday.",
            "LEEDS",
        ),
    ] {
        let article = parse_article("match.txt", text);
        let dateline = article.dateline.as_ref().map(|f| f.text.as_str());
        assert_eq!(dateline, Some(city), "{text}");
        // A day without its year dates nothing.
        assert!(article.published.is_none(), "{text}");
    }
}

#[test]
fn next_and_the_month_of_publication_is_a_year_on() {
    let text = "Tour\n\nBy Jane Roe\n\nJuly 28, 2003\n\nThe winner said he would be back next \
                July. Prices will rise next August, and last July was wet.";
    assert_dates(
        text,
        &[
            ("next July", "2004-07"),
            ("next August", "2003-08"),
            ("last July", "2002-07"),
        ],
    );
}

#[test]
fn a_reporter_a_wire_credit_lists_is_a_person_whatever_word_ends_the_name() {
    let facts = extract_text(
        "Vote\n\nThe party won the vote on Sunday, officials said.\n\nReporting by Sam \
         Bridge and Olivia Ford; Additional reporting by Neil Castle; Editing by Tom Chester",
    );
    all_of_kind(
        &facts,
        &["Sam Bridge", "Olivia Ford", "Neil Castle", "Tom Chester"],
        EntityKind::Person,
    );
}

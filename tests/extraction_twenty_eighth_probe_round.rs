//! Classes of error that a twenty-eighth look at hand-written news copy showed, each pinned
//! on hand-written text.

mod extraction_support;

use extraction_support::{
    all_of_kind, assert_dates, dates_of, entity, kinds_of, role_of, said, texts_of,
};
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

#[test]
fn a_name_before_a_short_form_in_another_language_is_a_body_known_by_both() {
    let text = "Vote\n\nVoters backed Law and Justice (PiS) in the east and Civic Platform (PO) \
                in the cities. PiS officials said the count was fair. The Dutch Labour Party \
                (PvdA) lost, and PvdA leaders met.";
    let facts = extract_text(text);
    let law_and_justice = entity(&facts, EntityKind::Organization, "Law and Justice");
    assert_eq!(
        texts_of(text, law_and_justice),
        ["Law and Justice", "PiS", "PiS"]
    );
    let platform = entity(&facts, EntityKind::Organization, "Civic Platform");
    assert_eq!(texts_of(text, platform), ["Civic Platform", "PO"]);
    let labour = entity(&facts, EntityKind::Organization, "Dutch Labour Party");
    assert_eq!(
        texts_of(text, labour),
        ["Dutch Labour Party", "PvdA", "PvdA"]
    );
}

#[test]
fn a_person_a_term_or_the_end_of_a_longer_name_before_brackets_is_no_such_body() {
    let facts = extract_text(
        "Notes\n\nAlex Salmond (SNP) spoke. The lamps use Compact Fluorescent Light (CFL) \
         tubes, and the plan meets the Millennium Development Goals (MDGs), said the \
         Economic Community of West African States (ECOWAS).",
    );
    assert_eq!(kinds_of(&facts, "Alex Salmond"), [EntityKind::Person]);
    for name in [
        "Compact Fluorescent Light",
        "Millennium Development Goals",
        "West African States",
    ] {
        assert!(kinds_of(&facts, name).is_empty(), "{name}: {facts:#?}");
    }
}

#[test]
fn a_given_name_a_firm_is_named_by_and_a_surname_is_a_person() {
    let facts = extract_text(
        "Albums\n\nCeline Dion and Van Morrison released albums, and analysts at Morgan \
         Stanley cheered. BBC Radio Scotland played them.",
    );
    all_of_kind(&facts, &["Celine Dion", "Van Morrison"], EntityKind::Person);
    all_of_kind(
        &facts,
        &["Morgan Stanley", "BBC Radio Scotland"],
        EntityKind::Organization,
    );
}

#[test]
fn what_an_act_signs_to_is_a_label_not_a_town() {
    let facts = extract_text(
        "Deal\n\nThe band signed to Polydor in 2003 and moved to Leeds. The striker signed \
         with Wexford Youths.",
    );
    all_of_kind(
        &facts,
        &["Polydor", "Wexford Youths"],
        EntityKind::Organization,
    );
    assert_eq!(kinds_of(&facts, "Leeds"), [EntityKind::Place]);
}

#[test]
fn what_was_pushed_back_or_postponed_to_a_month_is_still_to_come() {
    let text = "Release\n\nBy Jane Roe\n\nDecember 4, 2020\n\nThe latest spy film was pushed \
                back to April, and the festival was postponed to June. Sales fell back to \
                January levels.";
    assert_dates(
        text,
        &[
            ("April", "2021-04"),
            ("June", "2021-06"),
            ("January", "2020-01"),
        ],
    );
}

#[test]
fn two_days_in_a_row_over_a_months_end_are_one_stretch() {
    let text = "Ties\n\nBy Jane Roe\n\nMarch 10, 2014\n\nThe ties will be played on 31 March \
                and 1 April, the Tests on 28 February and 1 March 2015. Talks ran on 3 March \
                and 9 April.";
    assert_dates(
        text,
        &[
            ("31 March and 1 April", "2014-03-31/2014-04-01"),
            ("28 February and 1 March 2015", "2015-02-28/2015-03-01"),
            ("3 March", "2014-03-03"),
        ],
    );
}

#[test]
fn a_sides_nickname_in_the_plural_before_its_coach_is_a_team_and_the_coach_speaks() {
    let facts = extract_text(
        "Test\n\nThe All Blacks won in Wellington. \"We were outstanding,\" said All Blacks \
         coach Graham Henry. \"It was close,\" said Saracens coach Scott Robertson. Qatar \
         Airways chief executive Akbar Al Baker watched.",
    );
    all_of_kind(
        &facts,
        &["All Blacks", "Saracens", "Qatar Airways"],
        EntityKind::Organization,
    );
    assert_eq!(
        said(&facts),
        [
            (Some("Graham Henry"), "We were outstanding"),
            (Some("Scott Robertson"), "It was close"),
        ]
    );
}

#[test]
fn an_office_or_the_opposition_described_beside_a_name_makes_it_a_body() {
    let text = "Deficit\n\nEurostat, the European Union's statistics office, said the figures \
                \"cannot be relied on\". Grzegorz Schetyna, leader of the opposition Civic \
                Platform, agreed. New Democracy, the Greek opposition, welcomed it. Tom \
                Smith, the office manager, left.";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Eurostat", "Civic Platform", "New Democracy"],
        EntityKind::Organization,
    );
    assert_eq!(
        role_of(&facts, "Tom Smith").as_deref(),
        Some("office manager")
    );
    assert_eq!(said(&facts), [(Some("Eurostat"), "cannot be relied on")]);
}

#[test]
fn a_listed_event_that_ends_in_its_year_is_read_whole_and_dates_nothing() {
    let text = "Finals\n\nSpain won Euro 2008 in Vienna, and Zeman said Euro 2000 would be \
                special.";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Euro 2008", "Euro 2000"], EntityKind::Event);
    assert!(dates_of(text).is_empty(), "{:?}", dates_of(text));
}

#[test]
fn an_offices_title_between_a_body_and_its_holder_is_the_holders_role() {
    let facts = extract_text(
        "Rates\n\nBank of Japan Governor Haruhiko Kuroda said rates would stay low, and \
         Council of Europe Secretary General Marija Buric agreed.",
    );
    all_of_kind(
        &facts,
        &["Bank of Japan", "Council of Europe"],
        EntityKind::Organization,
    );
    assert_eq!(
        role_of(&facts, "Haruhiko Kuroda").as_deref(),
        Some("Bank of Japan Governor")
    );
    assert_eq!(
        role_of(&facts, "Marija Buric").as_deref(),
        Some("Council of Europe Secretary General")
    );
}

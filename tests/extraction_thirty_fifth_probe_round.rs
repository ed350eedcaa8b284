//! Classes of error that a thirty-fifth look at hand-written news copy showed, each pinned on
//! hand-written text.

mod extraction_support;

use extraction_support::{dates_of, kinds_of, names_of_kind, role_of};
use gazette::archive::parse_article;
use gazette::extract::{extract_article, extract_text};
use gazette::facts::EntityKind;

#[test]
fn a_part_of_a_month_that_opens_with_a_relative_date_is_one_date_and_no_crash() {
    // "last week" is read first; "of November" then takes it in. The two overlapped and the
    // join of date ranges sliced the text backwards (a panic).
    let dates = dates_of(
        "Ballots due\n\nPosted on Monday, 3 November 2008\n\nThe commission said ballot papers \
         would reach the regions \u{201c}in the last week of November\u{201d}. Voting is on \
         December 7.",
    );
    let texts: Vec<&str> = dates.iter().map(|(text, _)| text.as_str()).collect();
    assert!(texts.contains(&"last week of November"), "{dates:?}");
    assert!(!texts.contains(&"last week"), "{dates:?}");
    assert!(texts.contains(&"December 7"), "{dates:?}");
}

#[test]
fn a_photographer_named_before_the_agency_or_in_capitals_is_a_person_and_staff_is_no_one() {
    let facts = extract_article(&parse_article(
        "x.txt",
        "Floods\n\nCommuters wade through a flooded street on Tuesday. (Photo: Kunal \
         Patil/HT)\n\nA farmer dries cocoa beans near Kumasi. PHOTO | JAMES KAGWE\n\nThe \
         council met on Monday. (Photo: Trent Vollmer/Staff)\n\nRain fell all week.\n",
    ));
    let people = names_of_kind(&facts, EntityKind::Person);
    for name in ["Kunal Patil", "JAMES KAGWE", "Trent Vollmer"] {
        assert!(people.contains(&name), "{name}: {facts:#?}");
    }
    assert!(kinds_of(&facts, "Staff").is_empty(), "{facts:#?}");
}

#[test]
fn honorifics_of_south_asia_and_africa_are_no_part_of_the_name_even_after_an_office() {
    let facts = extract_text(
        "Rally\n\nUnion Home Minister Shri Satyendra Nath Pandey called it a lie. Begum \
         Shagufta Jamil, the party's deputy leader, disagreed. Maulana Nurul Amin Nadvi \
         called a strike. Alhaji Aliko Dangote was there. Mheshimiwa Zuberi Athumani Kombo \
         spoke next, and Comrade Sylvester Adoga after him.",
    );
    let people = names_of_kind(&facts, EntityKind::Person);
    for name in [
        "Satyendra Nath Pandey",
        "Shagufta Jamil",
        "Nurul Amin Nadvi",
        "Aliko Dangote",
        "Zuberi Athumani Kombo",
        "Sylvester Adoga",
    ] {
        assert!(people.contains(&name), "{name}: {people:?}");
    }
    assert_eq!(
        role_of(&facts, "Satyendra Nath Pandey").as_deref(),
        Some("Union Home Minister")
    );
}

#[test]
fn a_quoted_nickname_keeps_the_title_before_the_name_and_the_initial_and_generation_in_it() {
    let facts = extract_text(
        "Council\n\nCommissioner Larry \"Butch\" Hensley voted no. Freshman guard Tyriana \
         \"Ty\" Howell scored 12. Robert L. \"Bob\" Dunham died on Friday. Center Township \
         trustee Gerald \"Gerry\" Wampler Sr. pleaded guilty.",
    );
    let people = names_of_kind(&facts, EntityKind::Person);
    for name in [
        "Larry \"Butch\" Hensley",
        "Tyriana \"Ty\" Howell",
        "Robert L. \"Bob\" Dunham",
        "Gerald \"Gerry\" Wampler Sr.",
    ] {
        assert!(people.contains(&name), "{name}: {people:?}");
    }
    assert_eq!(
        role_of(&facts, "Larry \"Butch\" Hensley").as_deref(),
        Some("Commissioner")
    );
    assert_eq!(
        role_of(&facts, "Gerald \"Gerry\" Wampler Sr.").as_deref(),
        Some("Center Township trustee")
    );
}

#[test]
fn a_town_between_a_and_the_word_for_its_resident_is_a_place() {
    let facts = extract_text(
        "Briefs\n\nA Muncie man was charged on Tuesday. Police said a Daleville resident had \
         fled. A Kurdish man and a Google engineer were witnesses.",
    );
    let places = names_of_kind(&facts, EntityKind::Place);
    assert_eq!(places, ["Muncie", "Daleville"], "{facts:#?}");
}

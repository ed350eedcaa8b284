//! Classes of error that a thirty-third look at hand-written news copy showed, each pinned on
//! hand-written text.

mod extraction_support;

use extraction_support::{
    all_of_kind, assert_dates, entity, kinds_of, names_of_kind, role_of, said, texts_of,
};
use gazette::extract::extract_text;
use gazette::facts::{EntityKind, PlaceType};

#[test]
fn an_office_taken_as_after_the_verbs_of_taking_it_is_the_holders_role() {
    let facts = extract_text(
        "New cabinet\n\nMaria Lopez was sworn in as finance minister on Monday. Tom Hale was \
         sworn in as Chief Minister. Joe Bloggs took over as chairman, and Ann Lee served as \
         captain.",
    );
    for (name, role) in [
        ("Maria Lopez", "finance minister"),
        ("Tom Hale", "Chief Minister"),
        ("Joe Bloggs", "chairman"),
        ("Ann Lee", "captain"),
    ] {
        assert_eq!(role_of(&facts, name).as_deref(), Some(role), "{facts:#?}");
    }
    // Where one went as the holder is no holder's role; nor a verb that takes nothing.
    let facts = extract_text(
        "Visit\n\nThe bishop moved to Youghal as rector. Ann Lee was seen as a threat by the \
         board.",
    );
    assert_eq!(role_of(&facts, "Ann Lee"), None, "{facts:#?}");
}

#[test]
fn a_name_with_its_middle_names_is_the_person_the_article_names_without_them() {
    let text = "Count\n\nPresident Yoweri Museveni won the vote. \"Yoweri Kaguta Museveni is \
                returned as president,\" the chairman said. George W. Bush met George Bush \
                senior, and Museveni spoke.";
    let facts = extract_text(text);
    let museveni = entity(&facts, EntityKind::Person, "Yoweri Kaguta Museveni");
    let mut written = texts_of(text, museveni);
    written.sort();
    written.dedup();
    assert_eq!(
        written,
        ["Museveni", "Yoweri Kaguta Museveni", "Yoweri Museveni"],
        "{facts:#?}"
    );
    // A middle initial tells a father from a son.
    let people = names_of_kind(&facts, EntityKind::Person);
    assert!(
        people.contains(&"George W. Bush") && people.contains(&"George Bush"),
        "{people:?}"
    );
}

#[test]
fn a_sides_office_before_its_holder_is_the_holders_role_not_a_companys_kind() {
    let facts = extract_text(
        "Poll\n\nOpposition Leader Mark Latham told reporters the plan was dead. Opposition \
         Liberal Party senators objected. Rival Yahoo said nothing.",
    );
    assert_eq!(
        role_of(&facts, "Mark Latham").as_deref(),
        Some("Opposition Leader"),
        "{facts:#?}"
    );
    let bodies = names_of_kind(&facts, EntityKind::Organization);
    assert!(
        !bodies.iter().any(|b| b.starts_with("Leader")),
        "{bodies:?}"
    );
    assert!(bodies.contains(&"Yahoo"), "{bodies:?}");
}

#[test]
fn australian_states_written_short_are_the_states() {
    let facts = extract_text(
        "Floods\n\nNSW Treasurer Michael Egan said NSW police would help. Rain cut roads near \
         Dubbo, NSW, and Townsville, Qld, on Monday. The NT Coroner will hold an inquest.",
    );
    let nsw = entity(&facts, EntityKind::Place, "New South Wales");
    assert_eq!(nsw.mentions.len(), 3, "{facts:#?}");
    for place in ["Queensland", "Dubbo"] {
        assert_eq!(
            kinds_of(&facts, place),
            vec![EntityKind::Place],
            "{facts:#?}"
        );
    }
    assert_eq!(
        role_of(&facts, "Michael Egan").as_deref(),
        Some("NSW Treasurer"),
        "{facts:#?}"
    );
    // Letters before an office are no initials of a person.
    let people = names_of_kind(&facts, EntityKind::Person);
    assert!(!people.iter().any(|p| p.contains("Coroner")), "{people:?}");
}

#[test]
fn australian_and_new_zealand_parties_are_bodies_not_people() {
    let facts = extract_text(
        "Swing\n\nThe swing was a blow to Labor's hopes, and Labor's state secretary conceded. \
         Labor MPs said One Nation and Family First had gained. NZ First held its seats.",
    );
    all_of_kind(
        &facts,
        &[
            "Australian Labor Party",
            "One Nation",
            "Family First Party",
            "New Zealand First",
        ],
        EntityKind::Organization,
    );
    let people = names_of_kind(&facts, EntityKind::Person);
    assert!(people.is_empty(), "{people:?}");
    // A cabinet portfolio before its secretary is no party; a committee's portfolios are its.
    let facts = extract_text(
        "Jobs\n\nLabor Secretary Robert Reich testified. Sen. Ted Kennedy, chairman of the \
         Senate Health, Education, Labor and Pensions Committee, listened.",
    );
    assert_eq!(
        names_of_kind(&facts, EntityKind::Organization),
        ["Senate Health, Education, Labor and Pensions Committee"],
        "{facts:#?}"
    );
}

#[test]
fn an_office_written_short_before_a_name_is_the_holders_role_a_rank_is_not() {
    let facts = extract_text(
        "Vote\n\nSen. Maria Cantwell, D-Wash., voted yes. Former Ohio Gov. Ted Strickland and \
         New York Gov. George Pataki spoke, and Lt. Gov. Sheila Simon toured the plant. Atty. \
         Gen. Jim Hood filed the suit. Col. Tom Smith and Dr. Ann Lee watched.",
    );
    for (name, role) in [
        ("Maria Cantwell", "Sen."),
        ("Ted Strickland", "Ohio Gov."),
        ("George Pataki", "New York Gov."),
        ("Sheila Simon", "Lt. Gov."),
        ("Jim Hood", "Atty. Gen."),
    ] {
        assert_eq!(role_of(&facts, name).as_deref(), Some(role), "{facts:#?}");
    }
    for name in ["Tom Smith", "Ann Lee"] {
        assert_eq!(role_of(&facts, name), None, "{facts:#?}");
    }
}

#[test]
fn last_looks_back_a_day_told_before_its_verb_is_gone_and_what_was_put_off_is_to_come() {
    // 3 March 2010 was a Wednesday.
    assert_dates(
        "Levy\n\nPublished on March 3, 2010\n\nThe suit, filed last Friday, names the state. \
         Market women on Monday vowed to fight the levy. The court on Tuesday adjourned the \
         case to 3 June. The bank said it hoped to finish the work by May.\n",
        &[
            ("last Friday", "2010-02-26"),
            ("Monday", "2010-03-01"),
            ("Tuesday", "2010-03-02"),
            ("3 June", "2010-06-03"),
            ("by May", "2010-05"),
        ],
    );
    // What is vowed for a day, and a day with no verb of the past after it, are to come.
    assert_dates(
        "Levy\n\nPublished on March 3, 2010\n\nMarket women vowed to march on Monday. Ministers \
         meet on Friday.\n",
        &[("Monday", "2010-03-08"), ("Friday", "2010-03-05")],
    );
}

#[test]
fn a_memorial_a_monument_and_a_room_are_facilities_not_people() {
    let facts = extract_text(
        "Tour\n\nThe president met aides in the Roosevelt Room. Tourists lined up at the Lincoln \
         Memorial, and the Washington Monument was closed.",
    );
    for place in ["Roosevelt Room", "Lincoln Memorial", "Washington Monument"] {
        let found = entity(&facts, EntityKind::Place, place);
        assert_eq!(found.place_type, Some(PlaceType::Facility), "{facts:#?}");
    }
    assert!(
        names_of_kind(&facts, EntityKind::Person).is_empty(),
        "{facts:#?}"
    );
}

#[test]
fn a_lawmakers_party_and_state_hide_neither_the_role_after_them_nor_the_quote() {
    let facts = extract_text(
        "Budget\n\nSen. Kent Conrad, D-N.D., the chairman of the Senate Budget Committee, \
         backed it. Rep. Charles Rangel of New York, the chairman of the House Ways and Means \
         Committee, objected. Sen. Trent Lott, R-Miss., called the measure \"a train wreck\" in \
         a floor speech. Rep. William Jefferson (D-La.), one of two Democrats on the panel, \
         accused Brown of \"insulting my state.\"",
    );
    assert_eq!(
        role_of(&facts, "Kent Conrad").as_deref(),
        Some("chairman of the Senate Budget Committee"),
        "{facts:#?}"
    );
    assert_eq!(
        role_of(&facts, "Charles Rangel").as_deref(),
        Some("chairman of the House Ways and Means Committee"),
        "{facts:#?}"
    );
    let quotes = said(&facts);
    assert!(
        quotes.contains(&(Some("Trent Lott"), "a train wreck")),
        "{quotes:?}"
    );
    assert!(
        quotes.contains(&(Some("William Jefferson"), "insulting my state.")),
        "{quotes:?}"
    );
    // An "and" between a body and a person's name ends the role.
    let facts = extract_text(
        "Board\n\nJohn Smith, chief executive of Acme and Peter Jones, the chairman, left.",
    );
    assert_eq!(
        role_of(&facts, "John Smith").as_deref(),
        Some("chief executive of Acme"),
        "{facts:#?}"
    );
}

#[test]
fn a_capitalised_office_of_a_body_set_off_before_a_name_is_its_role() {
    let facts = extract_text(
        "Rates\n\nThe Managing Director of Cowry Asset Management, Mr Johnson Chukwu, said rates \
         would rise. The Inspector-General of Police, Mohammed Adamu, spoke. The Eastern Cape \
         Premier, Phumulo Masualle, agreed. Elliott Management declined to comment.",
    );
    for (name, role) in [
        (
            "Johnson Chukwu",
            "Managing Director of Cowry Asset Management",
        ),
        ("Mohammed Adamu", "Inspector-General of Police"),
        ("Phumulo Masualle", "Eastern Cape Premier"),
    ] {
        assert_eq!(role_of(&facts, name).as_deref(), Some(role), "{facts:#?}");
    }
    // "Asset" is a given name too: no person "Asset Management".
    let people = names_of_kind(&facts, EntityKind::Person);
    assert!(
        !people.iter().any(|p| p.contains("Management")),
        "{people:?}"
    );
    assert_eq!(
        kinds_of(&facts, "Elliott Management"),
        vec![EntityKind::Organization],
        "{facts:#?}"
    );
}

#[test]
fn place_springs_creek_and_mall_end_a_places_name() {
    let facts = extract_text(
        "Floods\n\nCrowds filled Martin Place on Sunday. The train left Alice Springs on time, \
         police in Tennant Creek said, and shoppers in Rundle Mall were evacuated. Lindsay \
         Davenport watched.",
    );
    for place in [
        "Martin Place",
        "Alice Springs",
        "Tennant Creek",
        "Rundle Mall",
    ] {
        assert_eq!(
            kinds_of(&facts, place),
            vec![EntityKind::Place],
            "{facts:#?}"
        );
    }
    assert_eq!(
        names_of_kind(&facts, EntityKind::Person),
        ["Lindsay Davenport"],
        "{facts:#?}"
    );
}

#[test]
fn the_senate_inside_an_office_is_the_body() {
    let text = "Vote\n\nSenate Minority Leader Harry Reid objected before the vote.";
    let facts = extract_text(text);
    let senate = entity(&facts, EntityKind::Organization, "Senate");
    assert_eq!(texts_of(text, senate), ["Senate"], "{facts:#?}");
    assert_eq!(
        role_of(&facts, "Harry Reid").as_deref(),
        Some("Senate Minority Leader"),
        "{facts:#?}"
    );
}

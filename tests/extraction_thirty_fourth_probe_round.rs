//! Classes of error that a thirty-fourth look at hand-written news copy showed, each pinned on
//! hand-written text.

mod extraction_support;

use extraction_support::{kinds_of, names_of_kind, role_of, said};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_title_word_inside_the_name_of_the_body_an_office_is_of_stays_the_bodys() {
    let facts = extract_text(
        "Rates\n\nThe markets heard Chairman of the Federal Reserve Alan Greenspan on Tuesday. \
         Director of the Federal Bureau of Investigation Robert Mueller spoke later.",
    );
    let people = names_of_kind(&facts, EntityKind::Person);
    assert_eq!(people, ["Alan Greenspan", "Robert Mueller"], "{facts:#?}");
    assert_eq!(
        role_of(&facts, "Alan Greenspan").as_deref(),
        Some("Chairman of the Federal Reserve")
    );
    let bodies = names_of_kind(&facts, EntityKind::Organization);
    assert!(bodies.contains(&"Federal Reserve"), "{facts:#?}");
    // A portfolio of one word is no body ("Secretary of State"), and the country before the
    // title still counts.
    let facts =
        extract_text("Talks\n\nHe met U.S. Secretary of State Madeleine Albright in Paris.");
    assert_eq!(
        role_of(&facts, "Madeleine Albright").as_deref(),
        Some("U.S. Secretary of State")
    );
    assert!(
        names_of_kind(&facts, EntityKind::Organization).is_empty(),
        "{facts:#?}"
    );
}

#[test]
fn a_verb_in_the_past_or_present_before_a_titled_name_is_no_part_of_the_role() {
    let facts = extract_text(
        "Visits\n\nTeachers heard Education Minister Stefania Giannini on Tuesday. Austria \
         welcomes President John Smith today. The club sent sporting director Ann Lee.",
    );
    for (name, role) in [
        ("Stefania Giannini", "Education Minister"),
        ("John Smith", "President"),
        ("Ann Lee", "sporting director"),
    ] {
        assert_eq!(role_of(&facts, name).as_deref(), Some(role), "{facts:#?}");
    }
}

#[test]
fn a_rank_or_an_honorific_alone_is_no_role() {
    let facts = extract_text(
        "Drill\n\nMajor General Ahmed Al Raisi, the Commander-in-Chief of Abu Dhabi Police, \
         watched. General Peter Cosgrove spoke. Chief Emeka Ukaegbu and Professor Ann Hill \
         came too, with Foreign Minister Jan Kos.",
    );
    assert_eq!(
        role_of(&facts, "Ahmed Al Raisi").as_deref(),
        Some("Commander-in-Chief of Abu Dhabi Police")
    );
    for name in ["Peter Cosgrove", "Emeka Ukaegbu", "Ann Hill"] {
        assert_eq!(role_of(&facts, name), None, "{name}: {facts:#?}");
    }
    assert_eq!(
        role_of(&facts, "Jan Kos").as_deref(),
        Some("Foreign Minister")
    );
    // An office set off before the rank is the role; the verb after the name opens none.
    let facts = extract_text(
        "Unease\n\nThe commander of the army, General Ricardo Izurieta, met the president on \
         Saturday. Colonel Ann Fox met the press.",
    );
    assert_eq!(
        role_of(&facts, "Ricardo Izurieta").as_deref(),
        Some("commander of the army")
    );
    assert_eq!(role_of(&facts, "Ann Fox"), None, "{facts:#?}");
}

#[test]
fn gulf_honorifics_open_no_name_and_make_no_body() {
    let facts = extract_text(
        "Opening\n\nHH Sheikh Saif bin Zayed opened the centre with Sheikha Fatima bint \
         Mubarak. Sayyid Fahd bin Mahmoud Al Said, the Deputy Prime Minister, attended.",
    );
    let people = names_of_kind(&facts, EntityKind::Person);
    assert_eq!(
        people,
        [
            "Saif bin Zayed",
            "Fatima bint Mubarak",
            "Fahd bin Mahmoud Al Said"
        ],
        "{facts:#?}"
    );
    assert!(
        names_of_kind(&facts, EntityKind::Organization).is_empty(),
        "{facts:#?}"
    );
}

#[test]
fn the_government_capitalised_alone_is_no_body() {
    let facts = extract_text(
        "Budget\n\nThe Government said it would publish the budget. Analysts said the \
         Government of Dubai and the Ministry of Finance agreed.\n\nGovernment spokesman \
         Jean-Claude Mbarga told reporters it was fair.",
    );
    let bodies = names_of_kind(&facts, EntityKind::Organization);
    assert!(!bodies.contains(&"Government"), "{facts:#?}");
    assert!(bodies.contains(&"Ministry of Finance"), "{facts:#?}");
}

#[test]
fn a_word_the_article_names_a_person_or_body_by_is_theirs_before_a_lists() {
    // A team's nickname that a person named in full has as a surname.
    let facts = extract_text(
        "Drought\n\nSonora Governor Guillermo Padres met ranchers on Monday. Padres said the \
         drought was over.",
    );
    assert_eq!(
        names_of_kind(&facts, EntityKind::Person),
        ["Guillermo Padres"],
        "{facts:#?}"
    );
    assert!(
        names_of_kind(&facts, EntityKind::Organization).is_empty(),
        "{facts:#?}"
    );
    // The word after a body's kind, listed as a town.
    let facts = extract_text(
        "Bakers\n\nGrupo Bimbo agreed to buy a Canadian bakery. Bimbo shares rose 2 percent \
         as Mexico's markets gained.",
    );
    assert_eq!(
        names_of_kind(&facts, EntityKind::Place),
        ["Mexico"],
        "{facts:#?}"
    );
    assert_eq!(
        kinds_of(&facts, "Grupo Bimbo"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
}

#[test]
fn grounds_whose_names_open_with_an_article_or_a_title_are_apart() {
    let facts = extract_text(
        "Venues\n\nMatches will be played at Al Bayt Stadium and at Al Janoub Stadium, and \
         later at King Fahd Stadium and King Abdullah Stadium.",
    );
    assert_eq!(
        names_of_kind(&facts, EntityKind::Place),
        [
            "Al Bayt Stadium",
            "Al Janoub Stadium",
            "King Fahd Stadium",
            "King Abdullah Stadium"
        ],
        "{facts:#?}"
    );
}

#[test]
fn a_quote_is_said_by_the_name_after_it_whose_office_runs_long_between_commas() {
    let facts = extract_text(
        "Oil deal\n\nMinisters met.\n\n\"This is a historic agreement,\" Khalid Al Falih, the \
         Saudi Minister of Energy, Industry and Mineral Resources, told reporters after the \
         meeting.",
    );
    assert_eq!(
        said(&facts),
        [(Some("Khalid Al Falih"), "This is a historic agreement")],
        "{facts:#?}"
    );
}

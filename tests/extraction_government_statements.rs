//! Classes of error found on government statements and fact sheets (readouts of calls, lists
//! of initiatives, nominations, disaster declarations) and on public-service wire news (Voice of
//! America), each pinned on hand-written text.

mod extraction_support;

use extraction_support::{
    all_of_kind, entity, kinds_of, no_mention_contains, none_of_kind, role_of,
};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_place_made_a_modifier_by_a_hyphen_is_no_part_of_the_body_after_it() {
    let text = "Grants announced\n\nThe Chicago-based Poetry Foundation, the Kremlin-backed \
                Veltro Group and the Kyiv-based Razumkov Centre were named.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Poetry Foundation", "Veltro Group", "Razumkov Centre"],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["Chicago", "Kyiv"], EntityKind::Place);
    no_mention_contains(text, &facts, "-based");
    no_mention_contains(text, &facts, "-backed");
    assert!(kinds_of(&facts, "Kremlin-backed Veltro Group").is_empty());
}

#[test]
fn a_word_in_capitals_the_article_also_writes_in_lowercase_is_no_acronym() {
    let text = "Have your say\n\nResidents can SHARE their views online or apply HERE. Those \
                who share ideas WORK with the Tarvos Commission (TC), whose work continues.\n";
    let facts = extract_text(text);
    for word in ["SHARE", "HERE", "WORK"] {
        assert!(kinds_of(&facts, word).is_empty(), "{word}: {facts:#?}");
    }
    all_of_kind(&facts, &["Tarvos Commission"], EntityKind::Organization);
}

#[test]
fn an_acronym_defined_as_a_document_is_not_the_body_a_list_gives_it() {
    let text = "Costs fall\n\nThe Inflation Reduction Act (IRA) cuts costs for families. Under \
                the IRA, clean energy credits grow.\n";
    let facts = extract_text(text);
    none_of_kind(&facts, EntityKind::Organization);
}

#[test]
fn english_words_written_with_capitals_are_no_person_or_unlisted_place() {
    let text = "Fact sheet\n\nThe rule also encourages the use of qualifying Project Labor \
                Agreements, which guarantee workers good jobs. We signed the Amendments to the \
                Victims of Crime Act. We also announce a Clean Energy Supply Chains initiative \
                designed to speed the transition. Funding will reach workers in Fiscal Year \
                2025 and artists in Creative Aging.\n";
    let facts = extract_text(text);
    none_of_kind(&facts, EntityKind::Person);
    none_of_kind(&facts, EntityKind::Place);
}

#[test]
fn names_that_are_also_english_words_stay_names() {
    let text = "Pilgrims gather\n\nPilgrims travelled to Mecca, Senator Bill Hunt said in \
                Bath, and Grace Young met Mark Rice in Mobile.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Mecca", "Bath", "Mobile"], EntityKind::Place);
    all_of_kind(
        &facts,
        &["Bill Hunt", "Grace Young", "Mark Rice"],
        EntityKind::Person,
    );
}

#[test]
fn an_amount_s_word_opens_no_body_s_name() {
    let text = "Relief\n\nThe $10 Billion Homeowners Assistance Fund helps families.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Homeowners Assistance Fund"],
        EntityKind::Organization,
    );
    no_mention_contains(text, &facts, "Billion");
}

#[test]
fn on_before_a_heading_s_word_or_a_describing_word_names_no_platform() {
    let text = "Relief\n\nStates can draw on Utilities for help, and the burden falls on \
                Black borrowers and on Latino families, officials posted on Telegram.\n";
    let facts = extract_text(text);
    for word in ["Utilities", "Black", "Latino"] {
        assert!(kinds_of(&facts, word).is_empty(), "{word}: {facts:#?}");
    }
    all_of_kind(&facts, &["Telegram"], EntityKind::Organization);
}

#[test]
fn an_office_s_remit_in_english_words_is_no_person() {
    let text = "Support\n\nDirector of Gun Violence Prevention Stef Feldman said the funds \
                are ready.\n";
    let facts = extract_text(text);
    let people: Vec<&str> = facts
        .of_kind(EntityKind::Person)
        .map(|e| e.canonical.as_str())
        .collect();
    assert_eq!(people, ["Stef Feldman"], "{facts:#?}");
}

#[test]
fn a_crown_body_is_named_with_her_majesty_s() {
    let text = "Decision welcomed\n\nHer Majesty's Government welcomed the decision, and His \
                Majesty's Prison and Probation Service agreed.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Her Majesty's Government",
            "His Majesty's Prison and Probation Service",
        ],
        EntityKind::Organization,
    );
    none_of_kind(&facts, EntityKind::Person);
}

#[test]
fn a_type_s_designation_after_a_body_s_name_is_none_of_it() {
    let text = "Joint flights\n\nRoyal Jordanian Air Force F-16s flew with Royal Saudi Air \
                Force Su-27s, and the Stabilisation Unit paid for fuel.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Royal Jordanian Air Force",
            "Royal Saudi Air Force",
            "Stabilisation Unit",
        ],
        EntityKind::Organization,
    );
}

#[test]
fn a_listed_place_s_city_is_a_place_not_a_body() {
    let text = "Strike\n\nAn airstrike hit a house in Gaza City, and aid reached Kuwait City \
                on Monday.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Gaza City", "Kuwait City"], EntityKind::Place);
    none_of_kind(&facts, EntityKind::Organization);
}

#[test]
fn a_news_outlet_s_correspondent_is_a_person() {
    let text = "Report\n\nVOA's Mil Arcega reports.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Mil Arcega"], EntityKind::Person);
}

#[test]
fn a_listed_place_a_nationality_and_a_prison_are_no_people() {
    let text = "Operation\n\nSri Lankan authorities say a journalist was found in Colombo. \
                Brazilian forces raided a slum in Rio de Janeiro. Detainees were abused at \
                the Abu Ghraib prison.\n";
    let facts = extract_text(text);
    none_of_kind(&facts, EntityKind::Person);
    all_of_kind(
        &facts,
        &["Colombo", "Rio de Janeiro", "Abu Ghraib prison"],
        EntityKind::Place,
    );
}

#[test]
fn a_possessive_word_s_noun_and_a_hyphened_participle_are_no_names() {
    let text = "Strikes\n\nForces struck targets in Houthi-controlled areas of Yemen. The \
                murder rate in our Nation's biggest cities fell, and its Coalition trained \
                local forces.\n";
    let facts = extract_text(text);
    assert!(
        kinds_of(&facts, "Houthi-controlled").is_empty(),
        "{facts:#?}"
    );
    assert!(kinds_of(&facts, "Nation").is_empty(), "{facts:#?}");
    all_of_kind(&facts, &["Yemen"], EntityKind::Place);
    all_of_kind(&facts, &["Coalition"], EntityKind::Organization);
}

#[test]
fn irish_offices_are_titles_not_names() {
    let text = "Talks\n\nPresident Joe Biden met Taoiseach Micheál Martin in Washington, and \
                Tánaiste Leo Varadkar agreed.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Micheál Martin").as_deref(),
        Some("Taoiseach")
    );
    assert_eq!(role_of(&facts, "Leo Varadkar").as_deref(), Some("Tánaiste"));
}

#[test]
fn a_generation_s_suffix_ends_a_person_s_name_with_its_dot() {
    let text = "Statement\n\nPresident Joseph R. Biden Jr. signed the bill, and Martin Luther \
                King Jr. was honoured.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Joseph R. Biden Jr.", "Martin Luther King Jr."],
        EntityKind::Person,
    );
    assert_eq!(role_of(&facts, "Martin Luther King Jr."), None);
}

#[test]
fn a_state_s_formal_name_is_the_place_not_a_body() {
    let text = "Declaration\n\nA major disaster exists in the Commonwealth of Pennsylvania. \
                Leaders of the Commonwealth met in London.\n";
    let facts = extract_text(text);
    let state = entity(&facts, EntityKind::Place, "Pennsylvania");
    assert_eq!(state.mentions.len(), 1, "{facts:#?}");
    let body = entity(&facts, EntityKind::Organization, "Commonwealth of Nations");
    assert_eq!(body.mentions.len(), 1, "{facts:#?}");
}

#[test]
fn a_shared_office_is_an_office_and_an_office_s_body_is_read() {
    let text = "Caucus\n\nCaucus Co-Chair Brenda Lawrence spoke as Chairman of the National \
                Security Council listened, and both backed the Minsk Agreements.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Brenda Lawrence").as_deref(),
        Some("Caucus Co-Chair")
    );
    all_of_kind(
        &facts,
        &["National Security Council"],
        EntityKind::Organization,
    );
    assert!(
        kinds_of(&facts, "Minsk Agreements").is_empty(),
        "{facts:#?}"
    );
}

//! Classes of error that a tenth look at hand-written news copy showed, each pinned on
//! hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, entity, not_of_kind, role_of, said, speakers, texts_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_full_name_listed_with_people_is_a_persons() {
    let text = "Tennis\n\nThe crowd cheered as Lleyton Hewitt and Andy Roddick walked out. \
                Later the crowd saw Andy Roddick, Marat Safin and Gaston Gaudio train.\n\n\
                Hewitt won in four sets.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Lleyton Hewitt", "Andy Roddick", "Gaston Gaudio"],
        EntityKind::Person,
    );
    // The surname alone is the listed person's too.
    let hewitt = texts_of(text, entity(&facts, EntityKind::Person, "Lleyton Hewitt"));
    assert_eq!(hewitt, ["Lleyton Hewitt", "Hewitt"]);
    // A member that ends in an English word is no one's name, nor one beside a body.
    let text = "Sites\n\nThe museum, run by Mary Smith and Pump House, opened. Jane Doe and \
                Acme Holdings said so.\n";
    let facts = extract_text(text);
    not_of_kind(&facts, &["Pump House", "Acme Holdings"], EntityKind::Person);
}

#[test]
fn a_bodys_first_word_before_a_role_and_a_name_is_the_body_and_the_named_one_speaks() {
    let text = "Results\n\nThe film, released by Meridian Pictures, topped the chart. \
                \"Audiences are coming back,\" said Meridian's head of distribution, Lisa \
                Marchetti.\n\nHarrison Ford starred. \"It was fun,\" said Ford's agent, Jim \
                Cole.\n";
    let facts = extract_text(text);
    not_of_kind(&facts, &["Meridian"], EntityKind::Person);
    let meridian = entity(&facts, EntityKind::Organization, "Meridian Pictures");
    assert_eq!(texts_of(text, meridian), ["Meridian Pictures", "Meridian"]);
    let said = said(&facts);
    assert!(
        said.contains(&(Some("Lisa Marchetti"), "Audiences are coming back")),
        "{said:?}"
    );
    // A person of the article with the word in their name keeps it.
    let ford = entity(&facts, EntityKind::Person, "Harrison Ford");
    assert_eq!(texts_of(text, ford), ["Harrison Ford", "Ford"]);
}

#[test]
fn a_team_sheets_names_are_players_and_its_head_the_side() {
    let text = "Ipswich 3-1 Plymouth\n\nShefki Kuqi headed Ipswich in front at Portman Road.\n\n\
                Ipswich: Davis, Wilnis, De Vos, Naylor, Richards, Magilton, Horlock (Currie 75), \
                Westlake, Miller, Kuqi, Bent.\nSubs Not Used: Price, Diallo.\nGoals: Kuqi 23, \
                Westlake 81.\n\nPlymouth: McCormick, Connolly, Doumbia, Wotton, Gilbert, Norris, \
                Capaldi, Buzsaky, Chadwick, Milne, Crawford.\n\nRef: M Dean (Wirral).\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Davis", "De Vos", "Currie", "Price", "Doumbia", "Crawford", "M Dean",
        ],
        EntityKind::Person,
    );
    not_of_kind(&facts, &["Horlock (Currie 75)", "Vos"], EntityKind::Person);
    all_of_kind(&facts, &["Ipswich", "Plymouth"], EntityKind::Organization);
    all_of_kind(&facts, &["Wirral"], EntityKind::Place);
    let kuqi = entity(&facts, EntityKind::Person, "Shefki Kuqi");
    assert_eq!(texts_of(text, kuqi), ["Shefki Kuqi", "Kuqi", "Kuqi"]);

    let text = "Ireland 19-13 England\n\nIreland beat England at Lansdowne Road.\n\n\
                Ireland: G Murphy; S Horgan, B O'Driscoll (capt), G D'Arcy, D Hickie; R O'Gara, \
                P Stringer; R Corrigan, S Byrne, J Hayes, M O'Kelly, P O'Connell, A Foley.\n\
                Replacements: F Sheahan, CJ van Zyl.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["G Murphy", "B O'Driscoll", "A Foley", "CJ van Zyl"],
        EntityKind::Person,
    );

    // A list of places or bodies after a colon is no sheet.
    let text = "Tour 2-1\n\nThe side won 2-1.\n\nVenues: London, Paris, Berlin, Rome, Madrid, \
                Vienna, Prague, Lisbon.\n";
    let facts = extract_text(text);
    not_of_kind(&facts, &["London", "Paris", "Madrid"], EntityKind::Person);
}

#[test]
fn a_roles_phrase_of_of_before_the_comma_is_part_of_it_and_more_occupations_are_roles() {
    let text = "Cricket\n\nYorkshire's director of cricket, Graham Ashworth, said the side was \
                tired. Its director of health information, Dr Simon Pike, agreed. The firm's \
                chief geologist at the site, Michael de Guzman, died. A spokesman for the \
                ministry, John Abel, said so.\n\nYorkshire off-spinner Adam Lythgoe took 4-38, \
                watched by retired postman Brian Hollins and jazz pianist Aisha Okonedo.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Graham Ashworth").as_deref(),
        Some("Yorkshire's director of cricket")
    );
    assert_eq!(
        role_of(&facts, "Simon Pike").as_deref(),
        Some("director of health information")
    );
    // "at" and "for" say where or whose the office is: the role stops at its noun.
    assert_eq!(
        role_of(&facts, "Michael de Guzman").as_deref(),
        Some("chief geologist")
    );
    assert_eq!(role_of(&facts, "John Abel").as_deref(), Some("spokesman"));
    assert_eq!(
        role_of(&facts, "Adam Lythgoe").as_deref(),
        Some("Yorkshire off-spinner")
    );
    assert!(role_of(&facts, "Brian Hollins").is_some_and(|r| r.ends_with("postman")));
    assert_eq!(
        role_of(&facts, "Aisha Okonedo").as_deref(),
        Some("jazz pianist")
    );
}

#[test]
fn a_spokesman_for_a_surname_is_the_persons_and_grammar_words_spell_no_acronym() {
    let text = "Congress\n\nSpeaker John Boehner wants cuts. A spokesman for Boehner said the \
                speaker would \"look at it carefully,\" but gave no date.\n\nThe debate was \
                broadcast live by ABC. Viewers are being choosier.\n";
    let facts = extract_text(text);
    not_of_kind(&facts, &["Boehner"], EntityKind::Organization);
    let boehner = entity(&facts, EntityKind::Person, "John Boehner");
    assert_eq!(texts_of(text, boehner), ["John Boehner", "Boehner"]);
    let speakers = speakers(&facts);
    assert_eq!(speakers, [Some("John Boehner")]);
    all_of_kind(&facts, &["ABC"], EntityKind::Organization);
}

#[test]
fn a_leisure_or_community_centre_is_a_facility_and_a_centre_for_something_a_body() {
    let text = "Vote\n\nThe count was at the Ystrad Leisure Centre. She trains at Lee Valley \
                Athletics Centre in London, and spoke at the Sheffield Community Centre. The \
                Centre for Policy Studies said so.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Ystrad Leisure Centre",
            "Lee Valley Athletics Centre",
            "Sheffield Community Centre",
        ],
        EntityKind::Place,
    );
    all_of_kind(
        &facts,
        &["Centre for Policy Studies"],
        EntityKind::Organization,
    );
}

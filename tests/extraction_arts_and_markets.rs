//! Classes of error that short arts, music, television, technology and markets news written in
//! a national broadcaster's house style showed, each pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, entity, kinds_of, mention_texts, role_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_listed_company_carried_on_by_one_word_is_one_name_even_if_that_word_is_a_given_name() {
    let text = "Markets\n\nOn Wall Street, the Dow Jones index closed down 45 points.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Dow Jones"], EntityKind::Organization);
    assert!(kinds_of(&facts, "Jones").is_empty(), "{facts:#?}");
}

#[test]
fn a_sponsors_name_before_a_listed_event_is_part_of_how_it_is_written() {
    let text = "Rugby\n\nRobinson named Hodgson for the RBS Six Nations opener against Wales.\n";
    let facts = extract_text(text);
    let event = entity(&facts, EntityKind::Event, "Six Nations");
    let texts = mention_texts(text, &facts);
    assert!(texts.contains(&"RBS Six Nations".to_owned()), "{texts:?}");
    assert_eq!(event.mentions.len(), 1);
    assert!(kinds_of(&facts, "RBS").is_empty(), "{facts:#?}");
}

#[test]
fn a_role_is_read_before_a_name_a_weaker_cue_found() {
    // "Charles Kennedy" is found as a given name before a town's name that is a surname.
    let text = "Election\n\nLiberal Democrat leader Charles Kennedy said both parties were \
                wrong.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Charles Kennedy").as_deref(),
        Some("Liberal Democrat leader")
    );
}

#[test]
fn a_name_after_what_only_a_body_is_is_that_body_even_if_it_reads_like_a_person() {
    let text = "Awards\n\nScottish band Franz Ferdinand lead the nominations. Law firm \
                Clifford Chance advised the buyer.\n\nFranz Ferdinand won last year.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Franz Ferdinand", "Clifford Chance"],
        EntityKind::Organization,
    );
    // A clause after an article's description still opens with a person.
    let text = "Retail\n\nThe company John Lewis founded now has 50 shops.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["John Lewis"], EntityKind::Person);
}

#[test]
fn a_description_with_a_possessive_after_a_name_makes_it_a_body() {
    let text = "Games\n\nElectronic Arts, the world's biggest games publisher, said sales \
                rose.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Electronic Arts"], EntityKind::Organization);
}

#[test]
fn a_title_with_capitalised_grammar_words_is_no_person() {
    let text = "Television\n\nITV has confirmed that the hosts will present a new series of \
                I'm A Celebrity... Get Me Out Of Here! in the spring.\n";
    let facts = extract_text(text);
    assert!(
        facts.of_kind(EntityKind::Person).next().is_none(),
        "{facts:#?}"
    );
}

#[test]
fn a_named_hotel_is_a_facility() {
    let text = "Film\n\nThe stars gathered at the Beverly Hilton hotel on Monday.\n";
    let facts = extract_text(text);
    assert!(
        facts.of_kind(EntityKind::Person).next().is_none(),
        "{facts:#?}"
    );
    all_of_kind(&facts, &["Beverly Hilton hotel"], EntityKind::Place);
}

#[test]
fn a_role_starts_after_a_verb_not_with_it() {
    let text = "Football\n\nThe FA is expected to charge Arsenal striker Jose Antonio Reyes. \
                Jamie Foxx, who plays soul singer Ray Charles in the film, was there.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Jose Antonio Reyes").as_deref(),
        Some("Arsenal striker")
    );
    assert_eq!(
        role_of(&facts, "Ray Charles").as_deref(),
        Some("soul singer")
    );
}

#[test]
fn a_title_in_apposition_to_a_work_noun_is_no_person() {
    let text = "Ratings\n\nThe BBC's own drama, Bleak House, starring Gillian Anderson, drew \
                6.6 million viewers.\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "Bleak House").is_empty(), "{facts:#?}");
    all_of_kind(&facts, &["Gillian Anderson"], EntityKind::Person);
}

#[test]
fn brits_are_people_of_britain_not_the_south_african_town() {
    let text = "Awards\n\nRobbie Williams, who has won more Brits than any other artist, will \
                not perform.\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "Brits").is_empty(), "{facts:#?}");
}

#[test]
fn a_knighthood_before_a_name_is_no_part_of_the_role() {
    // (Nor is "Professor", an honorific: the role is what the text says of the person.)
    let text = "Health\n\nProfessor Sir Liam Donaldson has argued for a total ban. Prof Sir \
                Ian Kerr, the chief medical officer, agreed.\n";
    let facts = extract_text(text);
    assert_eq!(role_of(&facts, "Liam Donaldson"), None, "{facts:#?}");
    assert_eq!(
        role_of(&facts, "Ian Kerr").as_deref(),
        Some("chief medical officer")
    );
}

#[test]
fn an_acronym_written_in_title_case_is_the_body_the_article_spells_out() {
    let text = "Space\n\nThe European Space Agency's probe has landed. Scientists at Esa's \
                centre in Darmstadt cheered.\n\n\"This is a fantastic moment,\" said Esa's \
                director of science, David Southwood.\n";
    let facts = extract_text(text);
    let esa = entity(&facts, EntityKind::Organization, "European Space Agency");
    assert_eq!(esa.mentions.len(), 3, "{facts:#?}");
    assert!(
        facts
            .of_kind(EntityKind::Person)
            .all(|p| p.canonical != "Esa")
    );
    assert_eq!(
        facts.quotes[0].speaker.as_deref(),
        Some("David Southwood"),
        "{facts:#?}"
    );
}

#[test]
fn a_name_after_a_service_provider_is_a_body() {
    let text = "Prices\n\nInternet service provider Wanadoo cut its prices on Monday.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Wanadoo"], EntityKind::Organization);
}

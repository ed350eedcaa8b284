//! Weak evidence that made organisations of what is not one, found on Wikinews interviews and
//! GUM's other openly licensed genres (biographies, speeches, textbooks, academic papers): a
//! single name after "on", a word in capitals, "the" and a possessive around a name, names
//! joined by "&". Each class pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of, not_of_kind, role_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_name_after_on_is_a_platform_only_after_what_is_done_on_one() {
    let text = "Probe returns\n\nThe capsule landed on Earth after seven years. Garvey wrote a \
                book on Obama and later appeared on Broadway. The network transmits on Nilesat, \
                and the clip trended on Chirpr.\n";
    let facts = extract_text(text);
    not_of_kind(
        &facts,
        &["Earth", "Obama", "Broadway"],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["Nilesat", "Chirpr"], EntityKind::Organization);
}

#[test]
fn an_english_word_between_the_and_a_possessive_is_no_body() {
    let text = "Court diary\n\nGordon served the Tsar's army for years, and the Country's \
                mood changed. The Smithsonian's curators, the Judiciary's channel and the \
                Pirates' pitcher were there.\n";
    let facts = extract_text(text);
    for name in ["Tsar", "Country"] {
        assert!(kinds_of(&facts, name).is_empty(), "{name}: {facts:#?}");
    }
    all_of_kind(
        &facts,
        &["Smithsonian", "Judiciary", "Pirates"],
        EntityKind::Organization,
    );
}

#[test]
fn compass_regions_and_the_planet_are_places() {
    let text = "Talks resume\n\nThe South's envoy met the North's negotiators. The probe \
                photographed the Earth's surface from orbit.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["South", "North", "Earth"], EntityKind::Place);
}

#[test]
fn a_monarch_s_title_is_no_part_of_the_name() {
    let text = "History\n\nGordon was a close friend of Tsar Nicholas. He met Emperor Akihito \
                in Tokyo.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Nicholas", "Akihito"], EntityKind::Person);
    assert_eq!(role_of(&facts, "Akihito").as_deref(), Some("Emperor"));
    assert!(kinds_of(&facts, "Tsar").is_empty(), "{facts:#?}");
}

#[test]
fn english_words_and_common_terms_in_capitals_are_no_acronyms_of_bodies() {
    let text = "Clinic update\n\nTHEREFORE the plan changes. OBJECTIVES: faster care. The PDF \
                and the RSS feed list COVID cases, and two NGOs help. ICE agents and TAPWA \
                staff met on Monday. The think tank, STEM, agreed.\n";
    let facts = extract_text(text);
    for word in ["THEREFORE", "OBJECTIVES", "PDF", "RSS", "COVID", "NGOs"] {
        assert!(kinds_of(&facts, word).is_empty(), "{word}: {facts:#?}");
    }
    all_of_kind(&facts, &["ICE", "TAPWA", "STEM"], EntityKind::Organization);
}

#[test]
fn names_joined_by_an_ampersand_are_a_firm_unless_they_are_people() {
    let text = "Shops and studies\n\nMarks & Spencer and Procter & Gamble cut prices. The essay \
                by Maria Keller & Tomas Ruiz was cited with a study (Dye & Bavelier, 2010), \
                and Ann Hale & I read it.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Marks & Spencer", "Procter & Gamble"],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["Maria Keller", "Tomas Ruiz"], EntityKind::Person);
    for name in [
        "Dye & Bavelier",
        "Ann Hale & I",
        "Maria Keller & Tomas Ruiz",
    ] {
        assert!(kinds_of(&facts, name).is_empty(), "{name}: {facts:#?}");
    }
}

#[test]
fn a_conference_or_forum_named_after_a_city_is_no_body_based_there() {
    let text = "Donors meet\n\nEnvoys at the Brussels Conference and the Vienna Energy Forum \
                pledged aid. The Chicago Bulls and the Boston Globe backed the appeal.\n";
    let facts = extract_text(text);
    not_of_kind(
        &facts,
        &["Brussels Conference", "Vienna Energy Forum"],
        EntityKind::Organization,
    );
    all_of_kind(
        &facts,
        &["Chicago Bulls", "Boston Globe"],
        EntityKind::Organization,
    );
}

#[test]
fn an_event_a_listed_body_holds_and_places_named_after_one_are_no_parts_of_it() {
    let text = "Leaders meet\n\nAt the G7 Ise-Shima Summit leaders discussed the Amazon Basin. \
                Doctors at Auckland Hospital watched. BBC Radio Scotland reported it.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Group of Seven", "BBC Radio Scotland"],
        EntityKind::Organization,
    );
    assert!(
        kinds_of(&facts, "G7 Ise-Shima Summit").is_empty(),
        "{facts:#?}"
    );
    all_of_kind(
        &facts,
        &["Amazon Basin", "Auckland Hospital"],
        EntityKind::Place,
    );
}

#[test]
fn a_label_or_a_describing_word_after_a_place_preposition_is_no_town() {
    let text = "Field notes\n\nThe data are in Appendix S1 and in L2 form. Teachers in \
                Chitonga-speaking areas and in Qarshivor met at point B in Vashkent.\n";
    let facts = extract_text(text);
    for name in ["Appendix S1", "S1", "L2", "Chitonga-speaking", "B"] {
        assert!(kinds_of(&facts, name).is_empty(), "{name}: {facts:#?}");
    }
    all_of_kind(&facts, &["Qarshivor", "Vashkent"], EntityKind::Place);
}

#[test]
fn an_abstract_noun_in_ity_after_a_place_preposition_is_no_town() {
    // No town of the cities list is one word ending in "ity"; beliefs and qualities are.
    let text = "Faith\n\nConverts to Christianity met in Qarshivor. Her trust in Humanity and \
                in Solidarity grew while she lived in Vashkent.\n";
    let facts = extract_text(text);
    not_of_kind(
        &facts,
        &["Christianity", "Humanity", "Solidarity"],
        EntityKind::Place,
    );
    all_of_kind(&facts, &["Qarshivor", "Vashkent"], EntityKind::Place);
}

#[test]
fn a_party_to_a_court_case_after_a_place_preposition_is_no_town() {
    let text = "Ruling\n\nThe judges ruled in Kovalenko v. Marsh that the law applied, as in \
                Brennick vs. Ostrava Holdings and in Tamsin versus the State, heard in Vashkent.\n";
    let facts = extract_text(text);
    not_of_kind(
        &facts,
        &["Kovalenko", "Brennick", "Tamsin"],
        EntityKind::Place,
    );
    all_of_kind(&facts, &["Vashkent"], EntityKind::Place);
}

#[test]
fn an_article_or_a_term_s_acronym_makes_no_initials_and_surname() {
    let text = "Reading list\n\nShe starred in A Discovery of Witches. Exposure to UV Radiation \
                rose. P Stringer scored.\n";
    let facts = extract_text(text);
    not_of_kind(
        &facts,
        &["A Discovery", "UV Radiation", "Radiation"],
        EntityKind::Person,
    );
    all_of_kind(&facts, &["P Stringer"], EntityKind::Person);
    for name in ["A Discovery", "UV Radiation"] {
        assert!(kinds_of(&facts, name).is_empty(), "{name}: {facts:#?}");
    }
}

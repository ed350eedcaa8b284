//! Classes of error that short news written in an international agency's and a world service's
//! style (elections, central banks, public health, technology, science) showed, each pinned on
//! hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of, none_of_kind, not_of_kind, role_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_plural_head_word_makes_a_body_like_a_singular_one() {
    let text = "Outbreak spreads\n\nThe Centers for Disease Control and Prevention is sending \
                a team. Doctors at the Centres for Tropical Medicine were told.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Centers for Disease Control and Prevention",
            "Centres for Tropical Medicine",
        ],
        EntityKind::Organization,
    );
}

#[test]
fn a_description_opened_by_a_places_possessive_names_a_company_it_follows() {
    let text = "Network holds\n\nSafaricom, East Africa's largest mobile operator, said its \
                network was working. Lagos, Nigeria's largest city, was quiet. Minister Ann \
                Smith, Britain's envoy, flew in.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Safaricom"], EntityKind::Organization);
    all_of_kind(
        &facts,
        &["Lagos", "East Africa", "Nigeria"],
        EntityKind::Place,
    );
    all_of_kind(&facts, &["Ann Smith"], EntityKind::Person);
}

#[test]
fn a_disease_written_with_a_capital_is_no_name() {
    let text = "Virus spreads\n\nHealth officials said a new outbreak of Ebola had reached the \
                city. Covid-19 cases rose again, and Zika was found in two towns.\n";
    let facts = extract_text(text);
    for disease in ["Ebola", "Covid-19", "Zika"] {
        assert!(
            kinds_of(&facts, disease).is_empty(),
            "{disease}: {facts:#?}"
        );
    }
    none_of_kind(&facts, EntityKind::Event);
}

#[test]
fn a_country_after_a_listed_body_names_its_branch_there() {
    let text = "Campaigners watch\n\nA spokeswoman for Greenpeace USA said the group would \
                keep watching the site.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Greenpeace USA"], EntityKind::Organization);
    none_of_kind(&facts, EntityKind::Place);
}

#[test]
fn investors_told_something_in_a_town_are_there_not_invested_in_it() {
    let text = "Sales slow\n\nTim Cook told investors in Cupertino that the slowdown was \
                temporary. Investors in Yukos lost everything.\n";
    let facts = extract_text(text);
    not_of_kind(&facts, &["Cupertino"], EntityKind::Organization);
    all_of_kind(&facts, &["Yukos"], EntityKind::Organization);
}

#[test]
fn an_occupation_after_a_title_is_part_of_the_role_not_of_the_name() {
    let text = "Jobs cut\n\nChief Executive Bernard Looney told staff in a video call that \
                most cuts would come this year. The bank's Chief Economist Andy Haldane \
                disagreed.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Bernard Looney", "Andy Haldane"],
        EntityKind::Person,
    );
    assert_eq!(
        role_of(&facts, "Bernard Looney").as_deref(),
        Some("Chief Executive")
    );
    assert_eq!(
        role_of(&facts, "Andy Haldane").as_deref(),
        Some("Chief Economist")
    );
}

#[test]
fn one_of_a_people_is_no_place_and_no_body() {
    let text = "Title kept\n\nThe Serb, who also reclaimed the No. 1 ranking, said he had felt \
                unwell. The Turk said nothing.\n";
    let facts = extract_text(text);
    for word in ["Serb", "Turk"] {
        assert!(kinds_of(&facts, word).is_empty(), "{word}: {facts:#?}");
    }
}

#[test]
fn a_stock_market_index_is_no_person_place_or_body() {
    let text = "Markets\n\nThe Hang Seng Index fell 2 percent in Hong Kong, the Jakarta \
                Composite Index closed higher and the Shanghai Composite rose. The benchmark \
                Kospi index slipped, while the Dow Jones index closed down 45 points.\n";
    let facts = extract_text(text);
    for name in [
        "Hang Seng Index",
        "Hang Seng",
        "Jakarta Composite Index",
        "Jakarta",
        "Shanghai Composite",
        "Shanghai",
        "Kospi",
    ] {
        assert!(kinds_of(&facts, name).is_empty(), "{name}: {facts:#?}");
    }
    all_of_kind(&facts, &["Hong Kong"], EntityKind::Place);
    // A listed company's own index stays the company's.
    all_of_kind(&facts, &["Dow Jones"], EntityKind::Organization);
}

#[test]
fn a_preposition_before_a_role_ends_it() {
    let text = "Deal signed\n\nNetanyahu signed the Abraham Accords alongside Bahrain's foreign \
                minister, Abdullatif Al Zayani.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Abdullatif Al Zayani").as_deref(),
        Some("Bahrain's foreign minister")
    );
}

#[test]
fn a_company_described_by_a_participle_after_its_kind_is_a_company() {
    let text = "App removed\n\nParler, a social network popular with conservatives, was \
                removed. Wirecard, a payments company backed by SoftBank, collapsed.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Parler", "Wirecard", "SoftBank"],
        EntityKind::Organization,
    );
}

#[test]
fn in_a_scored_report_a_place_a_result_verb_tells_of_is_a_team() {
    let text = "Wales win\n\nWales beat Scotland 25-10 on Saturday. England, who lost to \
                Ireland in Dublin, are third. Wales travel to Rome next.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Wales", "Scotland", "England", "Ireland"],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["Dublin", "Rome"], EntityKind::Place);
    let tennis = "Final\n\nDjokovic won 6-4, 6-3. Sofia Kenin of the United States beat \
                  Garbine Muguruza of Spain.\n";
    let facts = extract_text(tennis);
    all_of_kind(&facts, &["United States", "Spain"], EntityKind::Place);
}

#[test]
fn an_acronym_in_brackets_after_a_body_may_take_more_than_initials() {
    let text = "Mission\n\nKenya thanked the African Union Mission in Somalia (AMISOM). AMISOM \
                troops stay. The Ministry of Defence (UK) agreed.\n";
    let facts = extract_text(text);
    let body = facts
        .of_kind(EntityKind::Organization)
        .find(|e| e.canonical == "African Union Mission in Somalia")
        .unwrap_or_else(|| panic!("{facts:#?}"));
    assert_eq!(body.mentions.len(), 3, "{facts:#?}");
    assert!(kinds_of(&facts, "AMISOM").is_empty(), "{facts:#?}");
    // Not a country in brackets: its letters do not begin the body's words.
    all_of_kind(&facts, &["Ministry of Defence"], EntityKind::Organization);
    all_of_kind(&facts, &["United Kingdom"], EntityKind::Place);
}

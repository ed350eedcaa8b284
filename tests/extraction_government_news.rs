//! The bodies of government, defence and foreign-affairs news (issue 12), on hand-written text
//! in the style of ministry and command press releases: names that run on over "on", "and" and
//! "to", two bodies joined by "and the", an office "of the" a body, the service before a rank,
//! a state's code after its town, and well-known bodies that carry no cue word.

mod extraction_support;

use extraction_support::{all_of_kind, entity, kinds_of, no_mention_contains, role_of};
use gazette::extract::extract_text;
use gazette::facts::{EntityKind, PlaceType};

#[test]
fn body_names_run_on_over_on_and_and_to() {
    let text = "Funding\n\nThe UN Office on Drugs and Crime and Interpol will help. Fighters of \
                the Islamic State of Iraq and Syria fled. The Global Coalition to Defeat ISIS \
                met in Kuwait, and HM Revenue and Customs will help too.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "UN Office on Drugs and Crime",
            "Interpol",
            "Islamic State of Iraq and Syria",
            "Global Coalition to Defeat ISIS",
            "HM Revenue and Customs",
        ],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "Defeat").is_empty(), "{facts:#?}");
    assert!(kinds_of(&facts, "HM Revenue").is_empty(), "{facts:#?}");
}

#[test]
fn two_bodies_joined_by_and_the_stay_two() {
    let text = "Reform\n\nThe Ministry of Justice and the Cabinet Office are involved, as is \
                the Secretary of State and the Attorney General.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Ministry of Justice", "Cabinet Office"],
        EntityKind::Organization,
    );
    no_mention_contains(text, &facts, "and the");
}

#[test]
fn an_office_of_the_body_leaves_the_body_whole() {
    let text = "Meeting\n\nThe Foreign Ministers of the Global Coalition to Defeat ISIS met \
                today, with the Director of the Office of Management and Budget.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Global Coalition to Defeat ISIS",
            "Office of Management and Budget",
        ],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "Defeat").is_empty(), "{facts:#?}");
}

#[test]
fn the_service_before_a_rank_is_an_organisation_and_the_officer_speaks() {
    let text = "Strikes\n\n\"The forces are fighting with courage,\" said Army Lt. Gen. Stephen \
                Townsend. Staff Sgt. Albert Connelly, a crew chief, agreed.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Army"], EntityKind::Organization);
    all_of_kind(
        &facts,
        &["Stephen Townsend", "Albert Connelly"],
        EntityKind::Person,
    );
    assert!(kinds_of(&facts, "Staff").is_empty(), "{facts:#?}");
    let speakers: Vec<_> = facts.quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(speakers, [Some("Stephen Townsend")], "{facts:#?}");
}

#[test]
fn a_state_code_after_its_town_is_a_place_and_a_headline_acronym_no_town() {
    let text = "Aid from UNICEF arrives\n\nThe ministers met in Washington, DC, on Monday.\n";
    let facts = extract_text(text);
    let dc = entity(&facts, EntityKind::Place, "DC");
    assert_eq!(dc.place_type, Some(PlaceType::Region));
    assert!(
        kinds_of(&facts, "UNICEF")
            .iter()
            .all(|k| *k != EntityKind::Place)
    );
}

#[test]
fn well_known_bodies_without_a_cue_word_are_organisations() {
    let text = "Famine\n\nFighters from Boko Haram, al-Shabaab and al-Qa'ida were killed. The \
                Peshmerga advanced. Greenpeace, Oxfam and Medecins Sans Frontieres warned of \
                famine, the Muslim Brotherhood rejected the plan and the NHS said it would \
                help. The Defence Science and Technology Laboratory and the Modern Slavery \
                Taskforce met. A student wore a NASA T-shirt.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Boko Haram",
            "al-Shabaab",
            "al-Qaeda",
            "Peshmerga",
            "Greenpeace",
            "Oxfam",
            "Médecins Sans Frontières",
            "Muslim Brotherhood",
            "National Health Service",
            "Defence Science and Technology Laboratory",
            "Modern Slavery Taskforce",
            "NASA",
        ],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "NASA T-shirt").is_empty(), "{facts:#?}");
}

#[test]
fn two_titled_names_joined_by_and_stay_two_people() {
    let text = "Calls\n\nThe Prime Minister spoke to President Trump and Chancellor Merkel on \
                Sunday, and to the Trade and Industry Secretary Patricia Hewitt.\n";
    let facts = extract_text(text);
    assert_eq!(role_of(&facts, "Trump").as_deref(), Some("President"));
    assert_eq!(role_of(&facts, "Merkel").as_deref(), Some("Chancellor"));
    assert_eq!(
        role_of(&facts, "Patricia Hewitt").as_deref(),
        Some("Trade and Industry Secretary")
    );
}

#[test]
fn platforms_and_companies_without_a_cue_word_are_organisations() {
    let text = "Tech\n\nShares in Samsung rose after Facebook and Twitter said Instagram would \
                close; Nissan and Volvo agreed. Follow the Foreign Office on Twitter. He won \
                a place at the Google Science Fair.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Samsung",
            "Facebook",
            "Twitter",
            "Instagram",
            "Nissan",
            "Volvo",
            "Foreign Office",
        ],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["Google Science Fair"], EntityKind::Event);
}

#[test]
fn what_a_department_is_for_may_be_a_list_with_commas() {
    let text = "Floods\n\nThe Department for Environment, Food and Rural Affairs (Defra) and the \
                Ministry of Housing, Communities and Local Government published a plan. Defra \
                said the Ministry of Health, Home Office and Cabinet Office agreed, as did the \
                State of Texas, and I think so too.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Department for Environment, Food and Rural Affairs",
            "Ministry of Housing, Communities and Local Government",
            "Ministry of Health",
            "Home Office",
            "Cabinet Office",
        ],
        EntityKind::Organization,
    );
    let defra = entity(
        &facts,
        EntityKind::Organization,
        "Department for Environment, Food and Rural Affairs",
    );
    assert_eq!(defra.mentions.len(), 3, "{facts:#?}");
    no_mention_contains(text, &facts, ", and I");
}

#[test]
fn a_named_storm_is_an_event() {
    let text = "Floods\n\nStorm Desmond caused flooding, and Hurricane Katrina and Tropical \
                Storm Allison were worse.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Storm Desmond",
            "Hurricane Katrina",
            "Tropical Storm Allison",
        ],
        EntityKind::Event,
    );
}

#[test]
fn units_numbered_after_their_noun_are_organisations_and_hull_codes_are_not() {
    let text = "Seizure\n\nThe destroyer USS Jason Dunham (DDG 109) seized weapons. Sailors from \
                Coastal Riverine Squadron 3 and Explosive Ordnance Disposal Mobile Unit Two \
                assisted, under a United Nations Security Council resolution.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Coastal Riverine Squadron 3",
            "Explosive Ordnance Disposal Mobile Unit Two",
            "UN Security Council",
        ],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "DDG").is_empty(), "{facts:#?}");
    assert!(kinds_of(&facts, "Coastal Riverine Squadron").is_empty());
}

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

#[test]
fn the_foreign_office_and_bodies_named_over_a_comma_or_after_the_are_whole() {
    let text = "Partners\n\nThe Ministry of Defence works with the Foreign and Commonwealth \
                Office. The Foreign, Commonwealth and Development Office said so. Partners in \
                The Hague agreed, and the Department for International Development and The \
                Rt Hon Priti Patel MP announced aid.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Foreign and Commonwealth Office",
            "Foreign, Commonwealth and Development Office",
            "Department for International Development",
        ],
        EntityKind::Organization,
    );
    assert!(
        kinds_of(&facts, "Commonwealth of Nations").is_empty(),
        "{facts:#?}"
    );
    assert_eq!(
        entity(&facts, EntityKind::Place, "The Hague").place_type,
        Some(PlaceType::City)
    );
    no_mention_contains(text, &facts, "Rt Hon");
    assert_eq!(kinds_of(&facts, "Priti Patel"), [EntityKind::Person]);
}

#[test]
fn a_research_centre_a_mission_and_a_court_take_their_full_names() {
    let text = "Sanctions\n\nThe US designated employees of the Scientific Studies and \
                Research Centre. The UK supports the UN Support Mission in Libya (UNSMIL) and \
                the Joint Investigative Mechanism. A filing in the US District Court for the \
                Northern District of California followed.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Scientific Studies and Research Centre",
            "UN Support Mission in Libya",
            "Joint Investigative Mechanism",
            "US District Court for the Northern District of California",
        ],
        EntityKind::Organization,
    );
    let mission = entity(
        &facts,
        EntityKind::Organization,
        "UN Support Mission in Libya",
    );
    assert_eq!(
        mission.mentions.len(),
        2,
        "UNSMIL is its acronym: {facts:#?}"
    );
    assert!(kinds_of(&facts, "California").is_empty(), "{facts:#?}");
}

#[test]
fn a_countrys_red_cross_is_its_own_society() {
    let text = "Aid appeal\n\nThe British Red Cross sent volunteers and the Syrian Arab Red \
                Crescent delivered food, with the Kenya Red Cross. The Red Cross movement \
                welcomed this.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "British Red Cross",
            "Syrian Arab Red Crescent",
            "Kenya Red Cross",
        ],
        EntityKind::Organization,
    );
    let committee = entity(
        &facts,
        EntityKind::Organization,
        "International Committee of the Red Cross",
    );
    assert_eq!(committee.mentions.len(), 1, "{facts:#?}");
}

#[test]
fn air_force_units_stations_and_aircraft() {
    let text = "Typhoons deploy\n\nTyphoon aircraft from No. 1 (Fighter) Squadron will deploy \
                from RAF Lossiemouth to RAF Akrotiri. Two RAF Typhoon squadrons join a tanker \
                from No 10 Squadron.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "No. 1 (Fighter) Squadron",
            "No 10 Squadron",
            "Royal Air Force",
        ],
        EntityKind::Organization,
    );
    for station in ["RAF Lossiemouth", "RAF Akrotiri"] {
        assert_eq!(
            entity(&facts, EntityKind::Place, station).place_type,
            Some(PlaceType::Facility)
        );
    }
    assert!(kinds_of(&facts, "No").is_empty(), "{facts:#?}");
    assert!(kinds_of(&facts, "RAF Typhoon").is_empty(), "{facts:#?}");
}

#[test]
fn bodies_inside_a_title_count_and_a_meeting_is_no_person() {
    let text = "Brussels\n\nHe will attend the NATO Defence Ministers Meeting in Brussels next \
                week, where Defence Secretary Michael Fallon will speak, task force officials \
                said.\n\nOfficials reported that the talks went well.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["North Atlantic Treaty Organization"],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "Meeting").is_empty(), "{facts:#?}");
    assert!(kinds_of(&facts, "Officials").is_empty(), "{facts:#?}");
    assert_eq!(
        role_of(&facts, "Michael Fallon").as_deref(),
        Some("Defence Secretary")
    );
}

#[test]
fn armed_groups_by_their_regional_names_and_state_department_spellings() {
    let text = "Designations\n\nLeaders of al-Qa'ida in the Arabian Peninsula (AQAP), \
                al-Nusrah Front and Ahrar al-Sham were designated. The Houthis fired missiles; \
                UNHCR, the UN Refugee Agency, helped.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "al-Qaeda in the Arabian Peninsula",
            "Jabhat al-Nusra",
            "Ahrar al-Sham",
            "Ansar Allah",
        ],
        EntityKind::Organization,
    );
    assert!(
        kinds_of(&facts, "Arabian Peninsula").is_empty(),
        "{facts:#?}"
    );
    let unhcr = entity(
        &facts,
        EntityKind::Organization,
        "UN High Commissioner for Refugees",
    );
    assert_eq!(unhcr.mentions.len(), 2, "{facts:#?}");
}

#[test]
fn a_task_force_named_after_its_operation_and_its_acronyms_are_one_command() {
    let text = "Strikes\n\nThe commander of Combined Joint Task Force - Operation Inherent \
                Resolve said so. The Combined Joint Task Force – Inherent Resolve Commander, \
                Lt. Gen. Stephen J. Townsend, spoke. A strike, as defined in the CJTF \
                releases, is one event; CJTF-OIR does not report aircraft. The strikes were \
                part of Operation Desert Storm.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Combined Joint Task Force",
            "Operation Inherent Resolve",
            "Inherent Resolve",
        ],
        EntityKind::Organization,
    );
    // CJTF spells the task force's initials, and CJTF-OIR is CJTF.
    let command = entity(
        &facts,
        EntityKind::Organization,
        "Combined Joint Task Force",
    );
    assert_eq!(command.mentions.len(), 4, "{facts:#?}");
    assert_eq!(kinds_of(&facts, "Desert Storm"), [EntityKind::Event]);
}

#[test]
fn a_ministers_honorifics_a_surname_that_is_a_title_and_an_office_of_a_region() {
    let text = "Assistance\n\nThe Hon Julie Bishop MP, Minister for Foreign Affairs, spoke \
                with the President of the Kurdistan Region, Masoud Barzani.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "Julie Bishop"), [EntityKind::Person]);
    assert!(kinds_of(&facts, "MP").is_empty(), "{facts:#?}");
    assert_eq!(
        entity(&facts, EntityKind::Place, "Kurdistan Region").place_type,
        Some(PlaceType::Region)
    );
    no_mention_contains(text, &facts, "President of");
}

#[test]
fn a_body_whose_name_holds_a_title_word_an_airfield_and_an_operations_possessive() {
    let text = "Airmen return\n\nThe Airmen flew from Bagram Airfield in support of \
                Operation Freedom's Sentinel, supporting Afghan National Defense and Security \
                Forces. The Department for International Development and Foreign Office \
                agreed.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Afghan National Defense and Security Forces",
            "Department for International Development",
            "Foreign Office",
        ],
        EntityKind::Organization,
    );
    assert_eq!(
        entity(&facts, EntityKind::Place, "Bagram Airfield").place_type,
        Some(PlaceType::Facility)
    );
    assert_eq!(kinds_of(&facts, "Freedom's Sentinel"), [EntityKind::Event]);
    assert!(kinds_of(&facts, "Security Forces").is_empty(), "{facts:#?}");
}

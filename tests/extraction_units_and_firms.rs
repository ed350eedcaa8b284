//! Classes of error that military press releases and business stories still showed (a unit
//! named with the units it belongs to, read as several; an officer's apposition "in" a unit),
//! each pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of, none_of_kind, role_of, speakers};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_unit_named_with_the_units_it_belongs_to_is_one_organisation() {
    let text = "Gunners train\n\nSoldiers from 2nd Battalion, 14th Field Artillery Regiment \
                fired on the range. Bravo Battery, 2nd Battalion, led the exercise, and \
                paratroopers of the 1st Brigade Combat Team, 101st Airborne Division, \
                watched.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "2nd Battalion, 14th Field Artillery Regiment",
            "Bravo Battery, 2nd Battalion",
            "1st Brigade Combat Team, 101st Airborne Division",
        ],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "2nd Battalion").is_empty());
    assert!(kinds_of(&facts, "Bravo Battery").is_empty());
}

#[test]
fn units_of_one_rank_listed_with_commas_stay_apart() {
    let text = "Troops deploy\n\nThe 82nd Airborne Division, 10th Mountain Division and 3rd \
                Infantry Division will deploy.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "82nd Airborne Division",
            "10th Mountain Division",
            "3rd Infantry Division",
        ],
        EntityKind::Organization,
    );
}

#[test]
fn a_soldier_described_as_serving_in_a_unit_is_the_speaker() {
    let text = "Gunners train\n\nMark Ellison, a gun chief in Charlie Battery, 2nd Battalion, \
                said “the drills went well.”\n";
    let facts = extract_text(text);
    assert_eq!(speakers(&facts), [Some("Mark Ellison")]);
}

#[test]
fn a_body_named_after_a_kind_of_business_is_an_organisation() {
    let text = "Grocers\n\nFraser Holloway, head of retail at the consultancy Kantrel, said \
                prices rose. Shoppers have moved to the discounter Aldora.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Kantrel", "Aldora"], EntityKind::Organization);
}

#[test]
fn a_town_whose_name_ends_like_a_banks_is_a_place_after_in() {
    let text = "Hospitals\n\nTrials ran at a hospital in Clydebank. Shares in Rabobank fell.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "Clydebank"), [EntityKind::Place]);
    assert_eq!(kinds_of(&facts, "Rabobank"), [EntityKind::Organization]);
}

#[test]
fn a_describing_word_after_from_is_no_town() {
    let text = "Merger\n\nThe deal drew complaints from Democratic senators and from \
                Anglophonic bishops.\n";
    let facts = extract_text(text);
    none_of_kind(&facts, EntityKind::Place);
}

#[test]
fn a_side_named_with_its_noun_or_beaten_narrowly_is_the_team() {
    let text = "Ireland win\n\nIreland beat France 27-17 in Dublin on Sunday, with two tries \
                from the wing. Steve Borthwick's England side beat Wales 24-19 in Cardiff on \
                Saturday. Scotland, who lost narrowly to Italy in Rome, face them again. The \
                coach named his squad for the match.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Ireland", "France", "England", "Wales", "Scotland", "Italy"],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["Dublin", "Cardiff", "Rome"], EntityKind::Place);
}

#[test]
fn the_side_a_player_plays_for_is_the_team_in_a_sports_report() {
    let text = "Test squad\n\nThe bowler Mark Wood, who plays for Kent, took three wickets in \
                the match. The captain said the squad's innings was the best of the \
                tournament.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "Kent"), [EntityKind::Organization]);
}

#[test]
fn a_listed_acronym_written_in_title_case_names_its_body() {
    let text = "Peace talks\n\nFarc rebels met Asean envoys, and the Unhcr said the camps were \
                full. Ira Glass, a presenter, said so too.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Revolutionary Armed Forces of Colombia"],
        EntityKind::Organization,
    );
    assert_eq!(kinds_of(&facts, "Ira Glass"), [EntityKind::Person]);
    let bodies = facts
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organization)
        .count();
    assert_eq!(
        bodies, 3,
        "Farc, Asean and the Unhcr are three listed bodies"
    );
}

#[test]
fn a_title_and_an_occupation_after_it_are_no_persons_name() {
    let text = "Arts funding\n\nIain Munro, Chief Executive of Creative Scotland, said: \"This \
                is good.\"\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "Executive").is_empty());
    assert_eq!(speakers(&facts), [Some("Iain Munro")]);
}

#[test]
fn a_wire_writers_tag_line_names_the_agency_and_the_writer_apart() {
    let text = "Deal agreed\n\nThe deal was signed on Monday.\n\nAP Business Writer Maria \
                Schulte contributed to this report.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "Maria Schulte"), [EntityKind::Person]);
    assert!(kinds_of(&facts, "AP Business Writer Maria Schulte").is_empty());
}

#[test]
fn a_provinces_team_is_not_merged_with_its_countrys() {
    let text = "Ireland win\n\nIreland beat France 27-17 in Marseille. Leinster wing James Lowe \
                finished in the corner.\n";
    let facts = extract_text(text);
    let ireland = facts.entities.iter().find(|e| e.canonical == "Ireland");
    // The headline's and the result's, not Leinster's.
    assert_eq!(ireland.map(|e| e.mentions.len()), Some(2), "{ireland:?}");
    assert_eq!(kinds_of(&facts, "Leinster"), [EntityKind::Organization]);
}

#[test]
fn roles_of_team_principals_co_leaders_and_a_bodys_officer_named_by_its_acronym() {
    let text = "Week\n\n\"We were poor,\" Ferrari team principal Frederic Vasseur said. Party \
                co-leader Alice Weidel spoke. Hans Kluge, WHO's regional director for Europe, \
                said the plan worked.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Frederic Vasseur").as_deref(),
        Some("Ferrari team principal")
    );
    assert_eq!(
        role_of(&facts, "Alice Weidel").as_deref(),
        Some("Party co-leader")
    );
    assert_eq!(
        role_of(&facts, "Hans Kluge").as_deref(),
        Some("WHO's regional director for Europe")
    );
}

#[test]
fn an_acronym_with_its_small_word_written_small_is_a_body_but_a_degree_is_not() {
    let text = "Inquiry\n\nThe BfV said so, and TfL and PwC agreed. She holds a PhD and \
                measured 5 GeV.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["BfV", "TfL", "PwC"], EntityKind::Organization);
    assert!(kinds_of(&facts, "PhD").is_empty());
    assert!(kinds_of(&facts, "GeV").is_empty());
}

#[test]
fn a_short_form_set_off_by_commas_after_a_bodys_name_is_that_body() {
    let text = "Strike\n\nThe Congress of South African Trade Unions, Cosatu, threatened a \
                strike. Cosatu said so. The Bank of England, Reuters, Fitch and others met.\n";
    let facts = extract_text(text);
    let congress = facts
        .entities
        .iter()
        .find(|e| e.canonical == "Congress of South African Trade Unions");
    assert_eq!(congress.map(|e| e.mentions.len()), Some(3), "{congress:?}");
    assert_eq!(kinds_of(&facts, "Reuters"), [EntityKind::Organization]);
}

#[test]
fn british_counties_and_council_areas_are_places() {
    let text = "Masts\n\nVillages across Wales, Cumbria and Pembrokeshire will benefit, as will \
                farms in Lincolnshire and Midlothian.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Cumbria", "Pembrokeshire", "Lincolnshire", "Midlothian"],
        EntityKind::Place,
    );
}

#[test]
fn a_short_form_defined_in_quotation_marks_is_the_company_even_as_a_common_word() {
    let text = "Deal\n\nVodafone agreed to buy Meridian Telecom plc (\"Meridian\") for £2bn. \
                Analysts said Meridian had 3 million customers, and Meridian said the deal was \
                fair.\n";
    let facts = extract_text(text);
    let meridian = facts
        .entities
        .iter()
        .find(|e| e.canonical == "Meridian Telecom");
    assert_eq!(meridian.map(|e| e.mentions.len()), Some(4), "{meridian:?}");
}

#[test]
fn an_irish_county_named_with_co_is_one_place() {
    let text = "Floods\n\nRoads in Co. Dublin and Co Antrim were shut, and farms in County \
                Kerry flooded. Acme Co. Ltd said so.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["County Dublin", "County Antrim", "County Kerry"],
        EntityKind::Place,
    );
    assert!(kinds_of(&facts, "Co.").is_empty());
    assert!(kinds_of(&facts, "Dublin").is_empty());
}

#[test]
fn a_given_name_written_with_its_accents_opens_a_persons_name() {
    let text = "Election\n\n\"The ballots are a message,\" said María Fernanda de la Cruz, a \
                political scientist. Évariste Galois wrote to her. She said it was fair.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["María Fernanda de la Cruz", "Évariste Galois"],
        EntityKind::Person,
    );
    assert_eq!(speakers(&facts), [Some("María Fernanda de la Cruz")]);
}

#[test]
fn a_body_named_in_spanish_portuguese_or_french_runs_over_its_small_words_of_of() {
    let text = "Study\n\nShe is a political scientist at the Universidad Mayor de San Andrés in \
                La Paz. He studied at the Universidade Federal do Rio de Janeiro, then the \
                Université de Montréal.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Universidad Mayor de San Andrés",
            "Universidade Federal do Rio de Janeiro",
            "Université de Montréal",
        ],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "San Andrés").is_empty());
}

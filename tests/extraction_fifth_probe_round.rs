//! Classes of error that a fifth round of hand-written wire copy and broadcast web stories
//! showed, each pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, entity, names_of_kind, not_of_kind, speakers, texts_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_countrys_possessive_before_a_company_or_a_board_is_the_country_not_part_of_the_name() {
    let text = "Chemicals\n\nGermany's Hoechst AG said profits rose, and France's Elf \
                Aquitaine SA agreed. Ghana's Cocoa Board raised prices. Kazakhstan's Defence \
                Ministry said nothing.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Hoechst AG",
            "Elf Aquitaine SA",
            "Cocoa Board",
            "Defence Ministry",
        ],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["Germany", "France", "Ghana"], EntityKind::Place);
    let bodies = names_of_kind(&facts, EntityKind::Organization);
    assert!(
        !bodies.iter().any(|b| ["Germany", "France", "Ghana"]
            .iter()
            .any(|c| b.starts_with(c))),
        "{bodies:?}"
    );
}

#[test]
fn given_names_are_known_with_and_without_their_accents_and_wa_is_a_particle() {
    let text = "Talks\n\nHerve de Charette met Kengo wa Dondo and Hervé Gaymard in Paris. \
                Later Padraig Harrington and Hernan Crespo arrived.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Herve de Charette",
            "Kengo wa Dondo",
            "Hervé Gaymard",
            "Padraig Harrington",
            "Hernan Crespo",
        ],
        EntityKind::Person,
    );
    not_of_kind(&facts, &["Kengo", "Herve"], EntityKind::Person);
}

#[test]
fn clubs_a_player_is_offered_by_or_on_loan_at_and_the_country_that_capped_him_are_sides() {
    let text = "Striker joins Liverpool\n\nLiverpool have signed Fernando Morientes from Real \
                Madrid. The 28-year-old Spain international passed a medical on Wednesday. He \
                was on loan at Monaco last season and turned down offers from Newcastle and \
                Tottenham. Liverpool beat Chelsea 2-1 in the league, and the striker scored \
                two goals, the coach said. The goalkeeper and a defender were injured.\n";
    let facts = extract_text(text);
    // (The clubs take their full names from the clubs gazetteer.)
    all_of_kind(
        &facts,
        &[
            "Spain",
            "AS Monaco",
            "Newcastle United",
            "Tottenham Hotspur",
        ],
        EntityKind::Organization,
    );
    not_of_kind(
        &facts,
        &["Spain", "Monaco", "Newcastle", "Tottenham"],
        EntityKind::Place,
    );
}

#[test]
fn a_side_opening_a_sentence_after_an_adverbial_had_the_result_it_names() {
    let text = "Rugby\n\nElsewhere on Saturday, Ireland began their campaign with a 28-17 win \
                over Italy in Rome. The try came late, and the fly-half kicked the goal.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Ireland", "Italy"], EntityKind::Organization);
    all_of_kind(&facts, &["Rome"], EntityKind::Place);
}

#[test]
fn a_companys_first_word_before_its_legal_ending_stands_for_it_alone() {
    let text = "Results\n\nSwire Pacific Ltd said its profit rose. Swire said its airline \
                carried more passengers, and Hutchison Whampoa Ltd agreed. Hutchison shares \
                closed higher.\n";
    let facts = extract_text(text);
    let swire = entity(&facts, EntityKind::Organization, "Swire Pacific Ltd");
    assert!(texts_of(text, swire).contains(&"Swire".to_owned()));
    let hutchison = entity(&facts, EntityKind::Organization, "Hutchison Whampoa Ltd");
    assert!(texts_of(text, hutchison).contains(&"Hutchison".to_owned()));
    assert_eq!(names_of_kind(&facts, EntityKind::Organization).len(), 2);
}

#[test]
fn a_body_named_in_a_speakers_apposition_is_not_the_speaker() {
    let text = "Housing\n\nIan Lucas, the Labour MP for Wrexham, said: \"Ministers have not \
                listened to us.\" Jo Reed, a Tesco spokeswoman, said: \"We are pleased.\"\n";
    let facts = extract_text(text);
    assert_eq!(speakers(&facts), [Some("Ian Lucas"), Some("Jo Reed")]);
}

#[test]
fn a_single_name_owning_what_a_firm_has_is_a_firm_not_a_person() {
    let text = "Strikes\n\nPilots at Swissair's long-haul division voted to strike, and workers \
                at Ford's assembly plant in Genk joined them, but Blair's closest aides said \
                nothing.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Swissair", "Ford"], EntityKind::Organization);
    all_of_kind(&facts, &["Blair"], EntityKind::Person);
}

#[test]
fn what_a_person_says_of_losses_does_not_make_the_person_a_company() {
    let text = "Results\n\nManaging director Canning Fok said the group was strong.\n\nFok said \
                losses had narrowed, and Barclays reported profits of £7bn.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Canning Fok"], EntityKind::Person);
    not_of_kind(&facts, &["Fok"], EntityKind::Organization);
    all_of_kind(&facts, &["Barclays"], EntityKind::Organization);
}

#[test]
fn a_description_of_a_body_outweighs_guesses_of_a_person_elsewhere() {
    let text = "Franz Ferdinand top Brit Awards\n\nGlasgow band Franz Ferdinand were the big \
                winners.\n\nFranz Ferdinand won best British group, and Franz Ferdinand said \
                they were thrilled. \"We are delighted,\" said Franz Ferdinand.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Franz Ferdinand"], EntityKind::Organization);
}

#[test]
fn grounds_of_cricket_rugby_and_tennis_are_places_by_their_name_alone() {
    let text = "Sport\n\nEngland won the second Test at Edgbaston, and Scotland lost at \
                Murrayfield. Agassi reached the final at Flushing Meadows.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Edgbaston", "Murrayfield", "Flushing Meadows"],
        EntityKind::Place,
    );
}

#[test]
fn an_acronym_with_small_letters_is_the_body_it_spells() {
    let text = "Defence\n\nThe MoD said the contract was delayed. A Ministry of Defence \
                spokesman later confirmed it.\n";
    let facts = extract_text(text);
    assert_eq!(
        names_of_kind(&facts, EntityKind::Organization),
        ["Ministry of Defence"]
    );
    let ministry = entity(&facts, EntityKind::Organization, "Ministry of Defence");
    assert!(texts_of(text, ministry).contains(&"MoD".to_owned()));
}

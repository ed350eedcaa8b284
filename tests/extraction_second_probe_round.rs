//! Classes of error that a second round of hand-written wire copy and broadcast web stories
//! showed (a region's name as a runner's surname; streets and harbours read as people), each
//! pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, entity, kinds_of, not_of_kind, role_of, texts_of};
use gazette::extract::extract_text;
use gazette::facts::{EntityKind, PlaceType};

#[test]
fn a_given_name_before_a_regions_name_is_a_person() {
    let text = "Athletics\n\nKenyan Daniel Komen won the 5,000 metres in Brussels. Komen \
                said the pace was slow. Joe Cornwall was third.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Daniel Komen", "Joe Cornwall"],
        EntityKind::Person,
    );
    let komen = entity(&facts, EntityKind::Person, "Daniel Komen");
    assert_eq!(komen.mentions.len(), 2, "{facts:#?}");
    assert!(kinds_of(&facts, "Komen").is_empty(), "{facts:#?}");
    assert!(kinds_of(&facts, "Kenyan Daniel").is_empty(), "{facts:#?}");
}

#[test]
fn a_harbour_a_street_and_a_wharf_are_places_whatever_their_first_word() {
    let text = "Oil spill\n\nThe tanker ran aground off Milford Haven on Thursday. Tourists \
                on the Royal Mile were told to stay away, and offices at Canary Wharf \
                emptied.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Milford Haven", "Royal Mile", "Canary Wharf"],
        EntityKind::Place,
    );
    not_of_kind(&facts, &["Milford Haven", "Royal Mile"], EntityKind::Person);
    let haven = entity(&facts, EntityKind::Place, "Milford Haven");
    assert_eq!(haven.place_type, Some(PlaceType::City), "{facts:#?}");
}

#[test]
fn a_sports_name_after_its_countrys_is_the_governing_body() {
    let text = "Team named\n\nUK Athletics said the team was chosen on merit, and British \
                Cycling named Chris Hoy. Olympic Swimming drew a crowd.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["UK Athletics", "British Cycling"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["Olympic Swimming"], EntityKind::Organization);
}

#[test]
fn britains_former_counties_and_areas_are_regions() {
    let text = "Floods\n\nFlooding hit homes across the Midlands and Berkshire, and roads in \
                Strathclyde were closed. Merseyside escaped, and the Devon club was saved. Devon \
                Malcolm took five wickets.\n";
    let facts = extract_text(text);
    for name in [
        "Midlands",
        "Berkshire",
        "Strathclyde",
        "Merseyside",
        "Devon",
    ] {
        let place = entity(&facts, EntityKind::Place, name);
        assert_eq!(
            place.place_type,
            Some(PlaceType::Region),
            "{name}: {facts:#?}"
        );
    }
    all_of_kind(&facts, &["Devon Malcolm"], EntityKind::Person);
}

#[test]
fn a_listed_teams_word_after_the_is_the_side_its_town_names() {
    let text = "BASKETBALL - NBA RESULTS.\n\nNEW YORK 1996-12-06\n\nResults of National \
                Basketball Association games on Thursday (home team in CAPS):\n\nUTAH 99 \
                Denver 90\nPhiladelphia 103 BOSTON 95\n\nKarl Malone scored 30 points as the \
                Jazz won their fifth straight game. The Nuggets lost again, and the 76ers \
                held off the Celtics.\n";
    let facts = extract_text(text);
    for (team, town, word) in [
        ("Utah Jazz", "UTAH", "Jazz"),
        ("Denver Nuggets", "Denver", "Nuggets"),
        ("Boston Celtics", "BOSTON", "Celtics"),
    ] {
        let found = entity(&facts, EntityKind::Organization, team);
        let surfaces = texts_of(text, found);
        assert!(
            surfaces.contains(&town.to_owned()) && surfaces.contains(&word.to_owned()),
            "{team}: {surfaces:?}"
        );
    }
    assert!(kinds_of(&facts, "Denver").is_empty(), "{facts:#?}");
}

#[test]
fn a_scorer_in_brackets_is_a_player_whatever_the_gazetteer_says() {
    let text = "SOCCER - SPANISH FIRST DIVISION RESULTS.\n\nMADRID 1997-03-02\n\nResults of \
                Spanish first division matches on Sunday:\n\nEspanol 1 (Lardin 58) Zaragoza 1 \
                (Aragon 40)\nTenerife 4 (Juanele 3, Pinilla 20, 66, Aguilera 89) Logrones 0\n\
                Rayo Vallecano 1 (Guilherme 9) Hercules 2 (Rodriguez 33, Esteban 72)\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Aragon", "Pinilla", "Rodriguez", "Esteban"],
        EntityKind::Person,
    );
    assert!(kinds_of(&facts, "Pinilla 20").is_empty(), "{facts:#?}");
}

#[test]
fn initials_in_brackets_after_a_bodys_name_are_its_own_in_any_language() {
    let text = "Mexico votes\n\nThe Institutional Revolutionary Party (PRI) lost ground to the \
                National Action Party (PAN), the Federal Electoral Institute (IFE) said. Agents \
                of the Bureau of Alcohol, Tobacco and Firearms (ATF) watched. The PRI conceded, \
                and the PAN and the ATF said nothing. Britain's Labour Party (UK) was silent.\n";
    let facts = extract_text(text);
    for (name, initials) in [
        ("Institutional Revolutionary Party", "PRI"),
        ("National Action Party", "PAN"),
        ("Federal Electoral Institute", "IFE"),
        ("Bureau of Alcohol, Tobacco and Firearms", "ATF"),
    ] {
        let body = entity(&facts, EntityKind::Organization, name);
        assert!(
            texts_of(text, body).contains(&initials.to_owned()),
            "{name}: {facts:#?}"
        );
        assert!(
            kinds_of(&facts, initials).is_empty(),
            "{initials}: {facts:#?}"
        );
    }
    let labour = entity(&facts, EntityKind::Organization, "Labour Party");
    assert!(
        !texts_of(text, labour).contains(&"UK".to_owned()),
        "{facts:#?}"
    );
}

#[test]
fn a_name_whose_price_moves_by_a_percentage_among_shares_is_a_company() {
    let text = "Brazil stocks\n\nBrazilian shares rallied on Monday. Itau gained 1.9 percent \
                and Bradesco rose 2.5 percent.\n\nElection\n\nIn the poll, Zyuganov gained 2 \
                percent.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Itau", "Bradesco"], EntityKind::Organization);
    let election = "Election\n\nIn the poll, Zyuganov gained 2 percent on Monday.\n";
    let facts = extract_text(election);
    not_of_kind(&facts, &["Zyuganov"], EntityKind::Organization);
}

#[test]
fn a_list_with_a_body_its_cue_names_gives_its_other_members_too() {
    let text = "Oil\n\nMobil, Exxon and British Petroleum won exploration blocks. Customers of \
                Barclays, NatWest, Halifax and the internet banks Egg, Smile and Cahoot were \
                targeted. Offices in London, Paris and Frankfurt closed.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Mobil", "Exxon", "Halifax", "Smile", "Cahoot"],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["London", "Paris", "Frankfurt"], EntityKind::Place);
}

#[test]
fn a_company_by_its_first_word_is_the_one_body_that_opens_with_it() {
    let text = "Drinks deal\n\nPernod Ricard agreed to buy Allied Domecq on Thursday. Under the \
                deal, Pernod will sell some brands. Allied chief executive Philip Bowman said \
                shares in Allied rose 11p.\n";
    let facts = extract_text(text);
    for (name, short) in [("Pernod Ricard", "Pernod"), ("Allied Domecq", "Allied")] {
        let body = entity(&facts, EntityKind::Organization, name);
        assert!(
            texts_of(text, body).contains(&short.to_owned()),
            "{facts:#?}"
        );
        assert!(kinds_of(&facts, short).is_empty(), "{short}: {facts:#?}");
    }
}

#[test]
fn a_foreign_companys_name_runs_through_de_to_its_place() {
    let text = "Latin stocks\n\nState oil company Petroleos de Venezuela said output rose. \
                Telefonica de Argentina rose 0.9 percent. In Caracas, Electricidad de Caracas \
                rose 4.1 percent. Jose de Venecia spoke, and France won at the Stade de \
                France.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Petroleos de Venezuela",
            "Telefonica de Argentina",
            "Electricidad de Caracas",
        ],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["Jose de Venecia"], EntityKind::Person);
    all_of_kind(&facts, &["Stade de France"], EntityKind::Place);
}

#[test]
fn a_people_or_believers_after_a_place_preposition_are_no_town() {
    let text = "Brcko ruling\n\nThe ruling left Brcko in Serb hands, and the bishops called \
                the play offensive to Christians. Republika Srpska President Biljana Plavsic \
                said Bosnia's presidency would meet.\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "Serb").is_empty(), "{facts:#?}");
    assert!(kinds_of(&facts, "Christians").is_empty(), "{facts:#?}");
    all_of_kind(&facts, &["Bosnia", "Republika Srpska"], EntityKind::Place);
    assert!(kinds_of(&facts, "Republika").is_empty(), "{facts:#?}");
}

#[test]
fn the_seat_a_member_sits_for_is_a_place() {
    let text = "Select committee\n\nAngus Robertson, the party's MP for Moray, said so. The MP \
                for Sheffield Hallam, Nick Clegg, agreed.\n";
    let facts = extract_text(text);
    for seat in ["Moray", "Sheffield Hallam"] {
        let place = entity(&facts, EntityKind::Place, seat);
        assert_eq!(place.place_type, Some(PlaceType::Region), "{facts:#?}");
    }
}

#[test]
fn a_relation_of_family_names_a_person_and_is_their_role_only_when_no_other_is_given() {
    let text = "Site sold\n\nThe site was set up by Steve Pankhurst and his wife Julie. Her \
                mother Wajiha al-Sabunji was an artist from Mosul. After calling to speak with \
                his mother, Montalvo was put through to a lawyer.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Julie").as_deref(),
        Some("wife"),
        "{facts:#?}"
    );
    assert_eq!(
        role_of(&facts, "Wajiha al-Sabunji").as_deref(),
        Some("artist from Mosul"),
        "{facts:#?}"
    );
    assert_ne!(role_of(&facts, "Montalvo").as_deref(), Some("mother"));
}

#[test]
fn a_tory_is_the_conservative_party_and_a_role_noun_opening_a_sentence_no_body() {
    let text = "By-election\n\nTory co-chairman Liam Fox said the seat was winnable. Executive \
                chairman Sir Ken Morrison said sales fell. Bookmaker Paddy Power said it had cut \
                the odds.\n";
    let facts = extract_text(text);
    let tories = entity(&facts, EntityKind::Organization, "Conservative Party");
    assert_eq!(texts_of(text, tories), ["Tory"], "{facts:#?}");
    assert!(kinds_of(&facts, "Executive").is_empty(), "{facts:#?}");
    all_of_kind(&facts, &["Paddy Power"], EntityKind::Organization);
    assert!(kinds_of(&facts, "Bookmaker Paddy Power").is_empty());
}

#[test]
fn a_name_the_article_gives_a_work_is_no_person_anywhere() {
    let text = "Oscars\n\nMike Leigh's drama Vera Drake has received three Oscar nominations. \
                \"Vera Drake was made for less than £6m,\" Leigh said. The game San Andreas \
                went on sale; San Andreas could help Sony. He read the book Tony Blair wrote, \
                and Prime Minister Tony Blair spoke.\n";
    let facts = extract_text(text);
    for name in ["Vera Drake", "San Andreas", "San", "Andreas"] {
        assert!(kinds_of(&facts, name).is_empty(), "{name}: {facts:#?}");
    }
    all_of_kind(&facts, &["Mike Leigh", "Tony Blair"], EntityKind::Person);
}

#[test]
fn a_town_that_a_table_names_twice_gives_its_teams_word_one_mention() {
    let text = "BASKETBALL - NBA RESULTS.\n\nNEW YORK 1996-12-06\n\nResults of games on \
                Thursday:\n\nUTAH 99 Denver 90\nBoston 95 UTAH 93\n\nKarl Malone scored 30 \
                points as the Jazz won.\n";
    let facts = extract_text(text);
    let jazz = entity(&facts, EntityKind::Organization, "Utah Jazz");
    assert_eq!(texts_of(text, jazz), ["UTAH", "UTAH", "Jazz"], "{facts:#?}");
}

#[test]
fn a_teams_word_is_one_mention_however_often_its_full_name_is_written() {
    let text = "NBA\n\nResults on Thursday:\n\nCHICAGO 103 Miami 95\n\nThe Chicago Bulls won. \
                Jordan said the Chicago Bulls were tired, and the Bulls rested.\n";
    let facts = extract_text(text);
    let bulls = entity(&facts, EntityKind::Organization, "Chicago Bulls");
    assert_eq!(
        texts_of(text, bulls),
        ["CHICAGO", "Chicago Bulls", "Chicago Bulls", "Bulls"],
        "{facts:#?}"
    );
}

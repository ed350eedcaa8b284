//! Classes of error that a fourth round of hand-written wire copy and broadcast web stories
//! showed, each pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of, not_of_kind, speakers};
use gazette::archive::parse_article;
use gazette::extract::{extract_article, extract_text};
use gazette::facts::EntityKind;

#[test]
fn a_name_before_a_post_and_a_persons_name_is_the_body_of_the_post() {
    let text = "Grand Prix\n\n\"We need more grip,\" said Williams technical director Patrick \
                Head after the race. Later Tyrrell designer Harvey Postlethwaite left, \
                while Benetton team principal Flavio Briatore stayed.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Williams", "Tyrrell", "Benetton"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["Williams"], EntityKind::Person);
    assert_eq!(speakers(&facts), [Some("Patrick Head")]);
}

#[test]
fn a_persons_adviser_an_adjective_or_a_sentences_first_word_names_no_body() {
    let text = "Politics\n\nHe met Bush adviser Karl Rove, the SNP's Holyrood leader Nicola \
                Sturgeon and Wimbledon champion Roger Federer. Media analyst Steve Hewlett \
                agreed, and so did the Communist leader Gennady Zyuganov.\n";
    let facts = extract_text(text);
    not_of_kind(
        &facts,
        &["Bush", "Holyrood", "Wimbledon", "Media", "Communist"],
        EntityKind::Organization,
    );
}

#[test]
fn the_agency_a_dateline_credits_is_the_source_not_a_body_named() {
    let text = "Wages\n\nMOSCOW, Oct 3 (Reuters) - Russia said on Friday it would pay wage \
                arrears by December.\n";
    let article = parse_article("wages.txt", text);
    assert_eq!(article.source.map(|s| s.text).as_deref(), Some("Reuters"));
    assert_eq!(article.dateline.map(|d| d.text).as_deref(), Some("MOSCOW"));
    let facts = extract_article(&parse_article("wages.txt", text));
    assert!(kinds_of(&facts, "Reuters").is_empty(), "{facts:#?}");
    // The date after the city is no place.
    assert!(kinds_of(&facts, "Oct 3").is_empty(), "{facts:#?}");
    all_of_kind(&facts, &["Moscow", "Russia"], EntityKind::Place);
    // The agency the body itself cites is a body.
    let text = "Wages\n\nKEY BISCAYNE, Florida, March 27 (Reuters) - The minister told \
                Reuters on Friday that wages would be paid.\n";
    let facts = extract_article(&parse_article("wages.txt", text));
    all_of_kind(&facts, &["Reuters"], EntityKind::Organization);
    all_of_kind(&facts, &["Florida"], EntityKind::Place);
}

#[test]
fn a_publication_stamp_is_one_date_and_earlier_or_later_stays_with_its_date() {
    let text = "Sainsbury slumps\n\nLast Updated: Thursday, 24 February, 2005, 09:15 GMT\n\n\
                Sainsbury said it expects to recover later this year, and said earlier this \
                month that trade was weak.\n";
    let facts = extract_article(&parse_article("sales.txt", text));
    let dates: Vec<(&str, Option<&str>)> = facts
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.value.as_deref()))
        .collect();
    assert_eq!(
        dates,
        [
            ("Thursday, 24 February, 2005, 09:15 GMT", Some("2005-02-24")),
            ("later this year", None),
            ("earlier this month", None),
        ]
    );
    let text = "Sainsbury slumps\n\nPublished: 2005/05/18 11:42:06 GMT\n\nSainsbury lost \
                money.\n";
    let facts = extract_article(&parse_article("sales.txt", text));
    let stamps: Vec<&str> = facts.dates.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(stamps, ["2005/05/18 11:42:06 GMT"]);
}

#[test]
fn rivers_ranges_and_seas_are_places_and_a_rivers_name_may_be_a_surname() {
    let text = "Floods\n\nThe Oder burst its banks as rain swept the Pyrenees and the \
                Ardennes, and ships left the Adriatic.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Oder", "Pyrenees", "Ardennes", "Adriatic"],
        EntityKind::Place,
    );
    let text = "Visit\n\nKnox Thames, the special adviser to the ambassador, will travel to \
                Turkey, and Jack Mekong went with him.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Knox Thames", "Jack Mekong"], EntityKind::Person);
    not_of_kind(&facts, &["Thames", "Mekong"], EntityKind::Place);
}

#[test]
fn a_share_class_letter_is_no_part_of_its_companys_name() {
    let text = "Stocks\n\nEricsson B shares jumped 5 crowns, Merita A shares fell and Volvo B \
                eased. Group B met on Monday.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Ericsson", "Merita", "Volvo"],
        EntityKind::Organization,
    );
    for glued in ["Ericsson B", "Merita A", "Volvo B"] {
        assert!(kinds_of(&facts, glued).is_empty(), "{glued}: {facts:#?}");
    }
    not_of_kind(&facts, &["Merita"], EntityKind::Person);
}

#[test]
fn names_listed_with_known_places_of_one_type_are_such_places() {
    let text = "Albania\n\nRebels now controlled Vlore, Sarande, Delvine and Tepelene, the \
                agency said.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Vlore", "Sarande", "Delvine", "Tepelene"],
        EntityKind::Place,
    );
    // Not a pronoun, a people's adjective, nor English words before a noun.
    let text = "Tea\n\nIt is drunk in France, or Yak Butter tea in Tibet. US, UK and French \
                forces met. I went to Paris, and I stayed.\n";
    let facts = extract_text(text);
    for word in ["Yak Butter", "French", "I"] {
        assert!(kinds_of(&facts, word).is_empty(), "{word}: {facts:#?}");
    }
}

#[test]
fn a_listed_companys_ampersand_may_be_spelled_out() {
    let text = "Prices\n\nProcter and Gamble and Kraft both said prices would rise, and Marks \
                and Spencer fell.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Procter & Gamble", "Marks & Spencer", "Kraft"],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "Gamble").is_empty(), "{facts:#?}");
}

#[test]
fn an_occupation_before_a_full_name_and_an_answer_after_said_read_right() {
    let text = "Prize\n\nThe chairman of the judges, broadcaster Jon Snow, said it was close. \
                Almost 55% of voters said No to the treaty. The Brazilian forecaster Climatempo \
                said rain was due. Spanish broadcaster TVE showed the final. Levy's Small \
                Island won.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Jon Snow"], EntityKind::Person);
    all_of_kind(&facts, &["Climatempo", "TVE"], EntityKind::Organization);
    not_of_kind(&facts, &["Climatempo"], EntityKind::Person);
    assert!(kinds_of(&facts, "No").is_empty(), "{facts:#?}");
    assert!(kinds_of(&facts, "Iceland").is_empty(), "{facts:#?}");
}

#[test]
fn in_a_sports_report_the_club_a_player_moves_from_or_to_is_a_team() {
    let text = "Liverpool win\n\nLiverpool beat Chelsea 2-1 in the league on Saturday. \
                Benitez, who joined from Valencia last June, praised his striker, who scored \
                twice. Crouch, on loan from Fulham, was linked with a move to Everton, and Owen \
                completed his move to Spain. The goalkeeper saved a penalty.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Chelsea", "Valencia", "Fulham", "Everton"],
        EntityKind::Organization,
    );
    // A country signs no one, and the score is no part of the name before it.
    all_of_kind(&facts, &["Spain"], EntityKind::Place);
    assert!(kinds_of(&facts, "Chelsea 2").is_empty(), "{facts:#?}");
    // Outside a sports report, where one moves from is no side.
    let text = "Floods\n\nThe family moved from Valencia to Madrid in June.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Valencia"], EntityKind::Place);
}

#[test]
fn a_headline_in_capitals_names_the_bodys_names_whole() {
    let text = "GOLD SLUMPS TO 12-YEAR LOW AFTER RESERVE BANK OF AUSTRALIA SALE\n\nThe Reserve \
                Bank of Australia said it had sold 167 tonnes.\n";
    let facts = extract_article(&parse_article("gold.txt", text));
    let bank = extraction_support::entity(
        &facts,
        EntityKind::Organization,
        "Reserve Bank of Australia",
    );
    assert_eq!(bank.mentions.len(), 2, "{facts:#?}");
    assert!(kinds_of(&facts, "Australia").is_empty(), "{facts:#?}");
}

#[test]
fn a_surname_with_its_particle_capitalised_is_the_full_names() {
    let text = "Ajax held\n\n\"We made the mistakes ourselves,\" Ajax coach Louis van Gaal \
                said. Van Gaal refused to blame the referee.\n";
    let facts = extract_text(text);
    let people = extraction_support::names_of_kind(&facts, EntityKind::Person);
    assert_eq!(people, ["Louis van Gaal"], "{facts:#?}");
}

#[test]
fn a_match_rows_side_named_like_a_person_is_a_team() {
    let text = "SOCCER - DUTCH FIRST DIVISION RESULTS\n\nAMSTERDAM 1996-12-15\n\nResults of \
                Dutch first division matches on Sunday:\n\nFortuna Sittard 1 Utrecht 1\nWillem \
                II Tilburg 2 NAC Breda 0\nNY Yankees 5 Baltimore 3\n";
    let facts = extract_article(&parse_article("results.txt", text));
    all_of_kind(
        &facts,
        &["Fortuna Sittard", "Willem II Tilburg", "NY Yankees"],
        EntityKind::Organization,
    );
    extraction_support::none_of_kind(&facts, EntityKind::Person);
    // Two people in a row are a player's result.
    let text = "CHESS - RESULTS\n\nResults on Sunday:\n\nGarry Kasparov 1 Anatoly Karpov 0\n";
    let facts = extract_article(&parse_article("chess.txt", text));
    all_of_kind(
        &facts,
        &["Garry Kasparov", "Anatoly Karpov"],
        EntityKind::Person,
    );
}

#[test]
fn a_name_that_goes_on_in_capitals_is_no_persons() {
    let text = "Ratings\n\nFitch IBCA said it would review the ratings. Louis XIV was king, \
                Tony Blair MP spoke, and John Paul STEVENS signed.\n";
    let facts = extract_text(text);
    not_of_kind(&facts, &["Fitch IBCA"], EntityKind::Person);
    all_of_kind(
        &facts,
        &["Louis XIV", "Tony Blair", "John Paul STEVENS"],
        EntityKind::Person,
    );
}

#[test]
fn a_name_with_a_web_domain_is_a_companys_site() {
    let text = "Dating\n\nIAC, which owns Expedia, Match.com and Ticketmaster, grew. Shares in \
                Lastminute.com rose. Visit www.example.com for more.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Match.com", "Ticketmaster", "Lastminute.com"],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "Match").is_empty(), "{facts:#?}");
}

#[test]
fn a_yearless_date_takes_its_year_from_its_own_clause() {
    let value_of = |text: &str, date: &str| {
        let facts = extract_article(&parse_article("dates.txt", text));
        let found = facts.dates.iter().find(|d| d.text == date);
        found.and_then(|d| d.days.map(|r| r.iso()))
    };
    // What lasted until a date in the past looks back.
    let text = "Profile\n\nLast Updated: Tuesday, 6 December, 2005, 17:34 GMT\n\nHe was little \
                known outside Westminster until his speech to the party conference in October.\n";
    assert_eq!(value_of(text, "October").as_deref(), Some("2005-10"));
    // A scheduled clause after a reported past one is the nearest date.
    let text = "Launch\n\nLast Updated: Friday, 11 March, 2005, 12:55 GMT\n\nSony said last \
                month that it needed more time, where the console goes on sale on 24 March.\n";
    assert_eq!(value_of(text, "24 March").as_deref(), Some("2005-03-24"));
    // A ban that lasts until a date to come still looks ahead.
    let text = "Ban\n\nLast Updated: Friday, 11 March, 2005, 12:55 GMT\n\nThe ban stays in \
                force until February.\n";
    assert_eq!(value_of(text, "until February").as_deref(), Some("2006-02"));
}

#[test]
fn a_firms_own_name_ending_in_s_opens_a_sentence_too() {
    let text = "Books sell\n\nSales rose. Waterstone's said it had sold more copies. Bailey's, \
                orange vodka and bitters went in. Today's figures were weak.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Waterstone's"], EntityKind::Organization);
    for word in ["Bailey's", "Bailey", "Today's"] {
        assert!(kinds_of(&facts, word).is_empty(), "{word}: {facts:#?}");
    }
}

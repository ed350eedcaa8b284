//! Classes of error that a third round of hand-written wire copy and broadcast web stories
//! showed (the side a player plays for read as a country or not read at all; a currency's
//! capitals read as a body), each pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, entity, kinds_of, not_of_kind, role_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn the_side_a_player_plays_signs_or_scores_for_is_a_team() {
    let text = "Rugby\n\nYachvili, who plays his club rugby for Biarritz, kicked five \
                penalties. Rooney scored four goals for England in Portugal last summer, and \
                Hughes signed for Everton on Monday. Portugal is warm.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Biarritz", "England", "Everton"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["England"], EntityKind::Place);
    // A place named beside the side is still a place, and so is an object that is no game.
    all_of_kind(&facts, &["Portugal"], EntityKind::Place);
    let text = "Summit\n\nNATO plays a crucial role for Europe, the minister said in \
                Brussels. Europe agreed.\n";
    let facts = extract_text(text);
    not_of_kind(&facts, &["Europe"], EntityKind::Organization);
}

#[test]
fn capitals_written_onto_a_dollar_sign_are_a_currency_not_a_body() {
    let text = "Markets\n\nCITIC shares closed at HK$26.80 against an issue price of \
                HK$12.48, and the company raised NZ$40 million in Wellington.\n";
    let facts = extract_text(text);
    for currency in ["HK", "NZ"] {
        assert!(
            !kinds_of(&facts, currency).contains(&EntityKind::Organization),
            "{currency}: {facts:#?}"
        );
    }
}

#[test]
fn an_unread_name_listed_with_a_listed_company_is_a_company() {
    let text = "Retail\n\nWoolworths and Virgin Megastores also reported strong sales. \
                Resellers such as AOL and Tiscali cut prices. The ban would hit firms such as \
                Kellogg's, Nestle and Cadbury. Retailers including Electronics Boutique, \
                Dixons and Argos said they had sold out.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Virgin Megastores", "Tiscali", "Cadbury", "Dixons", "Argos"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["Argos"], EntityKind::Person);
}

#[test]
fn a_price_or_an_office_beside_a_listed_company_is_no_company() {
    let text = "Markets\n\nKingfisher rose 6p, and Marks & Spencer edged up 3p. Reliance \
                gained 14 rupees to 302 and State Bank of India rose. Israel's Vice Prime \
                Minister and Labor Party leader Shimon Peres held talks.\n";
    let facts = extract_text(text);
    for not_a_body in ["6p", "302", "Vice Prime Minister"] {
        assert!(
            kinds_of(&facts, not_a_body).is_empty(),
            "{not_a_body}: {facts:#?}"
        );
    }
}

#[test]
fn a_place_before_a_partys_member_is_a_place_and_no_person() {
    let text = "Congress\n\nThe committee found that the Georgia Republican had failed to \
                take advice. Nancy Johnson, a Connecticut Republican, told the House the \
                penalty was fair, and a New York Democrat agreed.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Georgia", "Connecticut", "New York"],
        EntityKind::Place,
    );
    for joined in [
        "Georgia Republican",
        "Connecticut Republican",
        "New York Democrat",
    ] {
        assert!(kinds_of(&facts, joined).is_empty(), "{joined}: {facts:#?}");
    }
    all_of_kind(&facts, &["Nancy Johnson"], EntityKind::Person);
}

#[test]
fn a_trade_body_a_wholesaler_and_a_developer_name_bodies() {
    let text = "Games\n\nThe trade body Elspa said UK spending rose. Boots held talks with \
                the drugs wholesaler Alliance UniChem. Liverpool developer Bizarre Creations \
                made the game.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Elspa", "Alliance UniChem", "Bizarre Creations"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["Elspa"], EntityKind::Person);
}

#[test]
fn the_firm_a_desks_head_works_at_is_a_company() {
    let text = "Markets\n\nMark Pollard, head of equities at Brewin Dolphin, said shares were \
                cheap. Jane Doe, director of research at Numis, agreed.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Brewin Dolphin", "Numis"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["Brewin Dolphin"], EntityKind::Person);
    all_of_kind(&facts, &["Mark Pollard", "Jane Doe"], EntityKind::Person);
}

#[test]
fn a_brewery_a_shipping_line_and_a_property_firm_are_named_by_their_head_word() {
    let text = "Hong Kong stocks\n\nShares in Sun Hung Kai Properties fell, while Hanjin \
                Shipping gained. Money was spent on Yanjing Brewery and on South African \
                Breweries.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Sun Hung Kai Properties",
            "Hanjin Shipping",
            "Yanjing Brewery",
            "South African Breweries",
        ],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "Kai Properties").is_empty(), "{facts:#?}");
}

#[test]
fn the_commission_alone_is_the_one_commission_the_article_names() {
    let text = "Trade\n\nThe European Commission proposed a ban on Tuesday. The full \
                Commission is due to decide, and ministers urged the Commission to act.\n";
    let facts = extract_text(text);
    let commission = entity(&facts, EntityKind::Organization, "European Commission");
    assert_eq!(commission.mentions.len(), 3, "{facts:#?}");
    assert!(kinds_of(&facts, "Commission").is_empty(), "{facts:#?}");
}

#[test]
fn a_teams_name_before_a_gap_in_laps_or_the_same_time_ends_a_race_row() {
    let text = "MOTOR RACING - MONACO RESULTS.\n\nMONTE CARLO 1997-05-11\n\nResults of the \
                Monaco Grand Prix on Sunday:\n\n1. Michael Schumacher (Germany) Ferrari \
                2:00:05.654\n5. Mika Salo (Finland) Tyrrell one lap\n6. Giancarlo Fisichella \
                (Italy) Jordan one lap\n7. Jan Magnussen (Denmark) Stewart same time\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Ferrari", "Tyrrell", "Jordan", "Stewart"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["Jordan"], EntityKind::Place);
    all_of_kind(&facts, &["Mika Salo", "Jan Magnussen"], EntityKind::Person);
}

#[test]
fn a_one_word_body_after_a_persons_name_and_of_is_where_they_work() {
    let text = "Music\n\nThe record features Chris Martin of Coldplay and Joss Stone. Julia \
                Webb of Ovum thinks it will sell. John Smith of Wadebridge, Cornwall, bought \
                two copies.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Coldplay", "Ovum"], EntityKind::Organization);
    not_of_kind(&facts, &["Wadebridge"], EntityKind::Organization);
    all_of_kind(
        &facts,
        &["Chris Martin", "Julia Webb", "John Smith"],
        EntityKind::Person,
    );
}

#[test]
fn the_west_indies_are_a_region() {
    let text = "Cricket\n\nRain fell across the West Indies on Friday, and the tour of the \
                West Indies was cut short.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["West Indies"], EntityKind::Place);
}

#[test]
fn a_number_after_the_word_after_a_persons_name_and_of_is_more_of_its_name() {
    let text = "Art\n\nThe guests included club owner Steve Rubell of Studio 54 and the \
                photographer Nat Finkelstein.\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "Studio").is_empty(), "{facts:#?}");
}

#[test]
fn the_firm_a_role_noun_works_at_is_part_of_the_role() {
    let text = "Banks\n\nKenji Oshima, banking analyst at Jardine Fleming Securities, said the \
                bank would fail. Jim Smith, chief economist at the Centre for Global Energy \
                Studies, disagreed. Ann Lee, an analyst at Barclays. Next year will be hard, \
                she said.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Kenji Oshima").as_deref(),
        Some("banking analyst at Jardine Fleming Securities")
    );
    assert_eq!(
        role_of(&facts, "Jim Smith").as_deref(),
        Some("chief economist at the Centre for Global Energy Studies")
    );
    assert_eq!(
        role_of(&facts, "Ann Lee").as_deref(),
        Some("analyst at Barclays")
    );
    all_of_kind(
        &facts,
        &["Jardine Fleming Securities", "Barclays"],
        EntityKind::Organization,
    );
}

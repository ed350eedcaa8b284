//! Classes of error that short stories of a broadcaster's desks and of wire copy showed (a
//! party launch, a rugby squad, a console launch, a rate decision, award nominations), each
//! pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_given_name_before_a_cue_word_that_is_a_surname_is_a_person() {
    let text = "Stars and sprinters\n\nCharlotte Church has signed a new record deal. \
                Former Liberal leader David Steel said the vote was fair. Cisco chief executive \
                John Chambers said sales rose. Tennis great Margaret Court watched.\n\n\
                The British Chambers of Commerce and the Washington Post said so.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Charlotte Church",
            "David Steel",
            "John Chambers",
            "Margaret Court",
        ],
        EntityKind::Person,
    );
    all_of_kind(
        &facts,
        &["British Chambers of Commerce", "Washington Post", "Cisco"],
        EntityKind::Organization,
    );
}

#[test]
fn a_name_before_a_players_position_and_a_name_is_a_team() {
    let text = "Squad named\n\nNeath-Swansea Ospreys forward Ryan Jones is out. Pakistan bowler \
                Wasim Akram took three wickets, and Vitesse Arnhem keeper Ivo Ravik saved a \
                penalty. The season opener is in Cardiff.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Neath-Swansea Ospreys", "Pakistan", "Vitesse Arnhem"],
        EntityKind::Organization,
    );
    all_of_kind(
        &facts,
        &["Ryan Jones", "Wasim Akram", "Ivo Ravik"],
        EntityKind::Person,
    );
    all_of_kind(&facts, &["Cardiff"], EntityKind::Place);
}

#[test]
fn a_name_ending_in_brothers_or_sisters_is_a_band_or_a_firm() {
    let text = "Chart news\n\nScissor Sisters and the Chemical Brothers topped the chart, and \
                Lehman Brothers bought the rights. Joss Stone sang.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Scissor Sisters", "Chemical Brothers", "Lehman Brothers"],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["Joss Stone"], EntityKind::Person);
}

#[test]
fn a_companys_legal_name_and_its_trading_name_are_one_company() {
    let text = "Job cuts\n\nPhilips Electronics NV said on Monday it would cut 2,000 jobs. \
                Shares in Philips rose. Zentara Holdings Plc also cut jobs, and Zentara shares \
                fell.\n";
    let facts = extract_text(text);
    let philips = extraction_support::entity(&facts, EntityKind::Organization, "Philips");
    assert_eq!(philips.mentions.len(), 2, "{facts:#?}");
    assert_eq!(
        facts.of_kind(EntityKind::Organization).count(),
        2,
        "{facts:#?}"
    );
}

#[test]
fn a_clubs_short_name_that_is_an_english_word_is_the_club_in_a_football_report() {
    let text = "Title race\n\nChelsea FC beat Newcastle United on Sunday. Arsenal, who trail \
                Chelsea by nine points, play Rangers on Tuesday. Start times were changed. Hard \
                work paid off, said the manager.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Arsenal FC", "Rangers FC"],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "IK Start").is_empty(), "{facts:#?}");
    assert!(kinds_of(&facts, "FC Hard").is_empty(), "{facts:#?}");
}

#[test]
fn a_name_after_a_persons_name_and_of_is_where_they_work() {
    let text = "Cheaper player\n\nAnalyst Ian Fogg of Jupiter Research said the player would \
                sell. Raymond Chan of People Power said so too. Nick Faldo of England and \
                Frank Jones of Mill Valley watched.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Jupiter Research", "People Power"],
        EntityKind::Organization,
    );
    all_of_kind(
        &facts,
        &["Ian Fogg", "Raymond Chan", "Nick Faldo", "Frank Jones"],
        EntityKind::Person,
    );
    all_of_kind(&facts, &["England", "Mill Valley"], EntityKind::Place);
}

#[test]
fn the_street_news_names_for_a_government_is_a_place_even_opening_a_sentence() {
    let text = "Leak inquiry\n\nDowning Street said it would not comment on leaks. Whitehall \
                said so too, and Wall Street fell. The Wall Street Journal said nothing.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Downing Street", "Whitehall", "Wall Street"],
        EntityKind::Place,
    );
    all_of_kind(&facts, &["Wall Street Journal"], EntityKind::Organization);
}

#[test]
fn names_a_description_of_bodies_follows_are_bodies() {
    let text = "Virus tool\n\nSymantec and McAfee, the two biggest anti-virus firms, saw their \
                shares fall. He joined Babyshambles, the band fronted by Pete Doherty. Budget \
                airline Ryanair ordered jets. John Smith and Mary Jones, the firm's lawyers, \
                said so.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Symantec", "McAfee", "Babyshambles", "Ryanair"],
        EntityKind::Organization,
    );
    all_of_kind(
        &facts,
        &["Pete Doherty", "John Smith", "Mary Jones"],
        EntityKind::Person,
    );
    assert!(kinds_of(&facts, "Budget").is_empty(), "{facts:#?}");
}

#[test]
fn two_titled_names_joined_by_and_are_two_people_with_their_offices() {
    let text = "New cabinet\n\nForeign Minister Tom Ikimi and Petroleum Minister Dan Etete kept \
                their jobs. Trade and Industry Secretary Patricia Hewitt welcomed them.\n";
    let facts = extract_text(text);
    let role = |name: &str| {
        extraction_support::entity(&facts, EntityKind::Person, name)
            .role
            .clone()
    };
    assert_eq!(role("Tom Ikimi").as_deref(), Some("Foreign Minister"));
    assert_eq!(role("Dan Etete").as_deref(), Some("Petroleum Minister"));
    assert_eq!(
        role("Patricia Hewitt").as_deref(),
        Some("Trade and Industry Secretary")
    );
}

#[test]
fn a_place_of_several_words_before_based_is_the_place() {
    let text = "Search results\n\nThe Mountain View-based firm said profits rose. A New \
                York-based bank agreed. Co-founder Larry Page said the results were strong.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Mountain View", "New York"], EntityKind::Place);
    assert!(kinds_of(&facts, "York").is_empty(), "{facts:#?}");
    let page = extraction_support::entity(&facts, EntityKind::Person, "Larry Page");
    assert_eq!(page.role.as_deref(), Some("Co-founder"), "{facts:#?}");
}

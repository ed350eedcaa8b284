//! Classes of error that short stories of several desks showed (a campus protest, an awards
//! lunch, a phone fair, a football transfer), each pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_listed_name_that_is_an_english_word_opening_a_phrase_is_the_word() {
    let text = "Campus rallies\n\nNews of the arrest spread quickly across the campus. \
                Booking a hall took a week. Coherent plans were drawn up by the students.\n\n\
                Sky said it would film the rally. Carnival, the cruise operator, sent a letter.\n";
    let facts = extract_text(text);
    for word in ["News", "Booking", "Coherent"] {
        assert!(kinds_of(&facts, word).is_empty(), "{word}: {facts:#?}");
    }
    all_of_kind(
        &facts,
        &["British Sky Broadcasting", "Carnival"],
        EntityKind::Organization,
    );
}

#[test]
fn a_sentence_opening_listed_word_is_still_the_name_the_article_uses_elsewhere() {
    let text = "Paper changes hands\n\nThe owner of the Mirror agreed a sale on Monday. \
                Mirror staff were told in the morning.\n";
    let facts = extract_text(text);
    let mirror = extraction_support::entity(&facts, EntityKind::Organization, "Daily Mirror");
    assert_eq!(mirror.mentions.len(), 2, "{facts:#?}");
}

#[test]
fn a_word_read_as_a_speaker_beside_listed_companies_is_one_more_company() {
    let text = "Phones go on sale\n\nVodafone and Orange said they would sell the phone. \
                Nokia, Motorola and Zyxo said prices would fall. Prices will fall, Okafor said.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Orange", "Zyxo"], EntityKind::Organization);
    all_of_kind(&facts, &["Okafor"], EntityKind::Person);
}

#[test]
fn a_bodys_head_word_alone_is_the_one_body_it_heads() {
    let text = "Stars gather\n\nThe Academy of Motion Picture Arts and Sciences hosts the lunch. \
                Academy president Frank Pierson spoke. The Church of Scientology and the \
                European Parliament sent flowers. A Church spokesman said so, and Parliament agreed.\n";
    let facts = extract_text(text);
    let academy = extraction_support::entity(
        &facts,
        EntityKind::Organization,
        "Academy of Motion Picture Arts and Sciences",
    );
    assert_eq!(academy.mentions.len(), 2, "{facts:#?}");
    let church =
        extraction_support::entity(&facts, EntityKind::Organization, "Church of Scientology");
    assert_eq!(church.mentions.len(), 2, "{facts:#?}");
    // A body that stands alone by its word is its own.
    extraction_support::entity(&facts, EntityKind::Organization, "Parliament");
}

#[test]
fn a_clubs_short_name_in_a_football_report_is_the_club() {
    let text = "Striker signs\n\nBlackburn Rovers have signed a striker from Brann for two \
                million pounds. Chelsea and Newcastle had also been linked with the player. \
                Blackburn open their season against Tottenham on Saturday.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Blackburn Rovers",
            "SK Brann",
            "Chelsea FC",
            "Newcastle United",
            "Tottenham Hotspur",
        ],
        EntityKind::Organization,
    );
    let rovers = extraction_support::entity(&facts, EntityKind::Organization, "Blackburn Rovers");
    assert_eq!(rovers.mentions.len(), 2, "{facts:#?}");
}

#[test]
fn a_clubs_short_name_outside_football_is_the_town() {
    let text = "Port reopens\n\nThe port of Newcastle reopened on Monday. Officials from \
                Newcastle and Tottenham councils said traffic was light.\n";
    let facts = extract_text(text);
    assert!(
        kinds_of(&facts, "Newcastle United").is_empty(),
        "{facts:#?}"
    );
}

#[test]
fn a_companys_abbreviated_legal_ending_closes_its_name() {
    let text = "Stake sold\n\nPhilips will sell its stake to Seagram Co Ltd of Canada and to \
                Toyota Motor Corp of Japan. The Bank of Canada said nothing.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Seagram Co Ltd", "Toyota Motor Corp", "Bank of Canada"],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["Canada", "Japan"], EntityKind::Place);
}

#[test]
fn a_broker_named_after_analysts_at_may_run_to_four_words() {
    let text = "Shares rise\n\nAnalysts at ABN AMRO Hoare Govett said the move was overdue.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["ABN AMRO Hoare Govett"], EntityKind::Organization);
}

#[test]
fn a_two_letter_acronym_after_its_two_word_name_is_that_body() {
    let text = "Sales rise\n\nElectronic Arts reported record sales. EA said demand was strong, \
                and shares in EA rose.\n";
    let facts = extract_text(text);
    let arts = extraction_support::entity(&facts, EntityKind::Organization, "Electronic Arts");
    assert_eq!(arts.mentions.len(), 3, "{facts:#?}");
}

#[test]
fn a_kind_of_company_before_a_results_verb_is_no_company() {
    let text = "Games maker posts record sales\n\nToy maker posts record profits as Hasbro \
                reports record sales.\n";
    let facts = extract_text(text);
    for word in ["Games", "Toy"] {
        assert!(kinds_of(&facts, word).is_empty(), "{word}: {facts:#?}");
    }
    all_of_kind(&facts, &["Hasbro"], EntityKind::Organization);
}

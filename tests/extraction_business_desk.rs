//! Classes of error that new short stories of a broadcaster's business and technology desks
//! and of 1996 wire copy showed (retailers, utilities, brands), each pinned on hand-written
//! text.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of, not_of_kind};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_nationality_before_one_english_word_of_trade_is_a_firm() {
    let text = "Energy bills to rise\n\nShares in British Gas fell on Monday. Scottish Power \
                said prices would rise, and the British Library opened late.\n\nThe Irish Sea \
                was rough, and the American Dream fades.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["British Gas", "Scottish Power", "British Library"],
        EntityKind::Organization,
    );
    not_of_kind(
        &facts,
        &["Irish Sea", "American Dream"],
        EntityKind::Organization,
    );
}

#[test]
fn a_listed_firm_named_by_a_possessive_keeps_it_unless_a_person_owns_it() {
    let text = "Retailers report\n\nRival Sainsbury's said sales rose, and McDonald’s will \
                close 25 restaurants.\n\nChancellor Helmut Kohl arrived on Monday. Kohl's \
                government said the talks went well.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Sainsbury's", "McDonald's"],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["Helmut Kohl"], EntityKind::Person);
    assert!(
        kinds_of(&facts, "Kohl's").is_empty(),
        "the listed Kohl's is not read over the Chancellor's possessive"
    );
}

#[test]
fn a_brand_written_with_a_small_first_letter_is_a_name_only_when_listed() {
    let text = "Online sales soar\n\nShares in eBay rose 5% on Monday. Rival easyJet said \
                fares fell. Apple said iTunes had sold 200 million songs.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["eBay", "easyJet", "Apple"],
        EntityKind::Organization,
    );
    assert!(
        kinds_of(&facts, "iTunes").is_empty(),
        "a product is no name"
    );
}

#[test]
fn names_listed_after_a_place_preposition_are_places_like_the_first() {
    let text = "High Street spending slows\n\nShoppers in Inverness, Truro and Guildford spent \
                less in March. The effect was seen in Carrano and Biewener's study.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Inverness", "Truro", "Guildford"],
        EntityKind::Place,
    );
    assert!(
        !kinds_of(&facts, "Biewener").contains(&EntityKind::Place),
        "a list of two unlisted names is no list of places"
    );
}

#[test]
fn a_place_of_several_words_inside_an_office_is_read_whole_and_so_is_a_listed_event() {
    let text = "Pataki acts\n\nThe plan was backed by New York Governor George Pataki on \
                Friday. Virenque won a stage of the Tour de France last month.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["New York"], EntityKind::Place);
    all_of_kind(&facts, &["Tour de France"], EntityKind::Event);
    for part in ["York", "France"] {
        assert!(
            kinds_of(&facts, part).is_empty(),
            "{part} is part of a name"
        );
    }
}

#[test]
fn a_paper_named_with_a_date_word_is_the_paper_and_a_body_headed_by_someone_is_a_body() {
    let text = "Mining deal\n\nUSA Today reported the story. Gencor, the rival group headed \
                by Brian Gilbertson, said nothing.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["USA Today", "Gencor"], EntityKind::Organization);
    assert!(facts.dates.is_empty(), "{:?}", facts.dates);
}

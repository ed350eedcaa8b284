//! Classes of error that a thirty-first look at hand-written news copy showed, each pinned on
//! hand-written text.

mod extraction_support;

use extraction_support::{
    all_of_kind, assert_dates, dates_of, entity, kinds_of, role_of, said, texts_of,
};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_title_word_after_a_given_name_is_a_surname() {
    let facts = extract_text(
        "Rates\n\nThe plan under Justin King is working. Mervyn King, the Governor of the Bank, \
         warned on inflation. Sales rose, Julie Bishop said. Charles Prince of Wales visited \
         King Abdullah.",
    );
    all_of_kind(
        &facts,
        &["Justin King", "Mervyn King", "Julie Bishop"],
        EntityKind::Person,
    );
    assert_eq!(
        role_of(&facts, "Mervyn King").as_deref(),
        Some("Governor of the Bank")
    );
    assert!(kinds_of(&facts, "Charles Prince").is_empty(), "{facts:#?}");
}

#[test]
fn the_treasury_is_a_body_and_its_bills_are_not() {
    let text = "Yen\n\nA spokesman for the U.S. Treasury said the Treasury had no comment. \
                Treasury bills fell and the 10-year Treasury note rose. In London the Treasury \
                declined to comment.";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "U.S. Treasury"),
        vec![EntityKind::Organization],
        "{facts:#?}"
    );
    let treasury = entity(&facts, EntityKind::Organization, "U.S. Treasury");
    assert_eq!(texts_of(text, treasury).len(), 3, "{facts:#?}");
    assert!(kinds_of(&facts, "Treasury").is_empty(), "{facts:#?}");
}

#[test]
fn a_listed_partys_plural_possessive_owns_a_post_and_opens_no_body() {
    let facts = extract_text(
        "Cable\n\nThe Liberal Democrats' Home Office spokesman, Nick Clegg, spoke. The National \
         Farmers' Union said it was worried.",
    );
    all_of_kind(
        &facts,
        &["Liberal Democrats", "National Farmers' Union"],
        EntityKind::Organization,
    );
    assert!(
        kinds_of(&facts, "Liberal Democrats' Home Office").is_empty(),
        "{facts:#?}"
    );
}

#[test]
fn a_club_is_found_with_its_saint_shortened_and_its_city_in_english() {
    let facts = extract_text(
        "Cup\n\nParis St Germain beat Steaua Bucharest 3-0 on Wednesday. Steaua's coach said the \
         team was tired.",
    );
    all_of_kind(
        &facts,
        &["Paris Saint-Germain", "Steaua București"],
        EntityKind::Organization,
    );
    assert!(
        kinds_of(&facts, "Paris St Germain").is_empty(),
        "{facts:#?}"
    );
    assert!(kinds_of(&facts, "Bucharest").is_empty(), "{facts:#?}");
    let steaua = entity(&facts, EntityKind::Organization, "Steaua București");
    assert_eq!(steaua.mentions.len(), 2, "{facts:#?}");
}

#[test]
fn a_bodys_name_less_its_place_or_its_dotted_acronym_is_the_same_body() {
    let text = "Iraq\n\nThe U.N. High Commissioner for Refugees (UNHCR) said it would help. The \
                UN High Commissioner for Refugees sent tents. The U.N. Security Council met on \
                Monday, and diplomats said the Security Council would vote. The Social \
                Democratic Party and the Democratic Party split.";
    let facts = extract_text(text);
    let refugees = entity(
        &facts,
        EntityKind::Organization,
        "UN High Commissioner for Refugees",
    );
    assert_eq!(refugees.mentions.len(), 3, "{facts:#?}");
    let council = entity(&facts, EntityKind::Organization, "UN Security Council");
    assert_eq!(council.mentions.len(), 2, "{facts:#?}");
    assert!(
        kinds_of(&facts, "Security Council").is_empty(),
        "{facts:#?}"
    );
    all_of_kind(
        &facts,
        &["Social Democratic Party", "Democratic Party"],
        EntityKind::Organization,
    );
}

#[test]
fn last_month_named_in_that_month_is_a_year_gone_and_counts_go_past_ten() {
    let text = "Rates\n\nBy Jane Roe\n\nJanuary 10, 2008\n\nPrices have risen every month since \
                last January. Eighteen months ago the bank was solvent, and it was sold twelve \
                years ago.";
    assert_dates(text, &[("since last January", "2007-01")]);
    // (A count back from the article's day names no calendar part: no value.)
    let dates = dates_of(text);
    for counted in ["Eighteen months ago", "twelve years ago"] {
        assert!(dates.contains(&(counted.to_owned(), None)), "{dates:?}");
    }
}

#[test]
fn whose_spokesman_he_is_is_not_who_he_is() {
    let facts = extract_text(
        "Visit\n\nKing Hussein's spokesman Ali Shukri said the monarch would fly to London on \
         Monday.\n\n\"The visit is private and will last three days,\" he said.",
    );
    assert_eq!(
        said(&facts),
        vec![(
            Some("Ali Shukri"),
            "The visit is private and will last three days"
        )]
    );
}

#[test]
fn a_german_town_is_found_without_its_river_and_a_towns_airport_is_a_facility() {
    let facts = extract_text(
        "Markets\n\nShares in Frankfurt closed higher, and BASF said its Ludwigshafen plant was \
         shut. Pilots picketed Munich airport.",
    );
    assert_eq!(kinds_of(&facts, "Frankfurt"), vec![EntityKind::Place]);
    assert_eq!(kinds_of(&facts, "Ludwigshafen"), vec![EntityKind::Place]);
    assert_eq!(kinds_of(&facts, "Munich airport"), vec![EntityKind::Place]);
    assert!(kinds_of(&facts, "Munich").is_empty(), "{facts:#?}");
}

#[test]
fn what_a_ball_came_off_is_no_part_of_a_players_role() {
    let facts = extract_text(
        "Final\n\nThe shot deflected off defender Tomas Berg, and the referee sent off Rangers \
         midfielder Barry Ferguson.",
    );
    assert_eq!(role_of(&facts, "Tomas Berg").as_deref(), Some("defender"));
    assert_eq!(
        role_of(&facts, "Barry Ferguson").as_deref(),
        Some("Rangers midfielder")
    );
}

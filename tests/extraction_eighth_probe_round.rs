//! Classes of error that an eighth look at hand-written wire copy and broadcast web stories
//! showed, each pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, names_of_kind, not_of_kind, role_of, speakers};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_body_named_in_french_spanish_or_italian_opens_with_its_head_word() {
    let text = "Cocoa\n\nThe Caisse de Stabilisation has yet to set the farmgate price, traders \
                said. The Confédération Générale du Travail called a strike on Monday. The \
                Consejo Nacional Electoral in Caracas said the count would end on Friday. The \
                Agencia Nacional de Hidrocarburos agreed, and shares in Compagnie Générale des \
                Eaux fell.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Caisse de Stabilisation",
            "Confédération Générale du Travail",
            "Consejo Nacional Electoral",
            "Agencia Nacional de Hidrocarburos",
            "Compagnie Générale des Eaux",
        ],
        EntityKind::Organization,
    );
    // ("Distrito Nacional" is a Dominican division; "Nacional" alone names no place.)
    assert_eq!(names_of_kind(&facts, EntityKind::Place), ["Caracas"]);
    not_of_kind(&facts, &["Hidrocarburos"], EntityKind::Person);
}

#[test]
fn the_second_of_two_unlisted_towns_after_in_is_a_town_too() {
    let text = "Aid\n\nThe agency runs clinics in Akon and Ajiep, and voters in Kessel and \
                Ortenau go to the polls. Felix Onuah in Abuja and Thiam Ndiaga in Dakar \
                reported. Shares in Microsoft and Tesco rose, and faith in Blair and Brown \
                fell.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Akon", "Ajiep", "Kessel", "Ortenau"],
        EntityKind::Place,
    );
    // A name in a place, parallel to one in another, is no town; nor is a body or a surname.
    not_of_kind(
        &facts,
        &["Thiam Ndiaga", "Tesco", "Brown"],
        EntityKind::Place,
    );
}

#[test]
fn the_union_or_the_company_that_says_a_quote_is_the_body_a_sentence_before_opened_with() {
    let text = "Council jobs\n\nUnison, which represents most of the council's staff, warned \
                that 140 posts could go.\n\n\"These are not back-office jobs,\" the union said \
                in a statement.\n\nMirror Group, which also publishes The People, said it \
                regretted the error.\n\n\"The article should not have appeared,\" the company \
                said.\n\nShares rose on Monday.\n\n\"We are pleased,\" the firm said.\n";
    let facts = extract_text(text);
    assert_eq!(
        speakers(&facts),
        [Some("Unison"), Some("Mirror Group")],
        "{:?}",
        facts.quotes
    );
}

#[test]
fn a_kind_of_body_in_the_plural_or_opening_a_sentence_makes_a_body_of_the_name_after_it() {
    let text = "Odds\n\nBookmakers William Hill cut him to 10-1. Girl group Velvet Engine topped \
                the chart, ahead of Sussex trio Keane. Bookmaker William Hill of Leeds, a \
                punter, lost.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["William Hill", "Velvet Engine", "Keane"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["Girl", "Bookmakers"], EntityKind::Organization);
}

#[test]
fn a_body_named_for_two_places_joined_by_and_keeps_both() {
    let text = "Trusts\n\nThe Shrewsbury and Telford Hospital NHS Trust will close two wards. \
                Dumfries and Galloway Council agreed, and the Shropshire and Staffordshire \
                Strategic Health Authority backed the plan, as did Brighton and Hove City \
                Council. Patients in Shrewsbury and Telford were told.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Shrewsbury and Telford Hospital NHS Trust",
            "Dumfries and Galloway Council",
            "Shropshire and Staffordshire Strategic Health Authority",
            "Brighton and Hove City Council",
        ],
        EntityKind::Organization,
    );
    not_of_kind(
        &facts,
        &[
            "Telford Hospital NHS Trust",
            "Staffordshire Strategic Health Authority",
        ],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["Shrewsbury", "Telford"], EntityKind::Place);
}

#[test]
fn the_devolved_governments_and_the_conciliation_service_are_bodies() {
    let text = "Talks\n\nThe Scottish Executive said it would help. The company has offered talks \
                at Acas later this week, and the Health and Safety Executive will report.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Scottish Executive",
            "Advisory, Conciliation and Arbitration Service",
            "Health and Safety Executive",
        ],
        EntityKind::Organization,
    );
}

#[test]
fn conveners_clerks_builders_challengers_and_internationals_have_roles() {
    let text = "Roles\n\nIts convener, Alastair McCubbin, said the plan was flawed. The clerk of \
                the course, Toby Ainsworth, said the going was soft. The defendant, Wayne Colley, \
                a 31-year-old builder from Dagenham, was fined. Scottish international Gordon \
                Brechin scored, and Ukrainian challenger Oleg Vashchenko lost.\n";
    let facts = extract_text(text);
    let has = |name: &str, word: &str| role_of(&facts, name).is_some_and(|r| r.contains(word));
    assert!(
        has("Alastair McCubbin", "convener"),
        "{:?}",
        role_of(&facts, "Alastair McCubbin")
    );
    assert!(has("Toby Ainsworth", "clerk"));
    assert!(has("Wayne Colley", "builder"));
    assert_eq!(
        role_of(&facts, "Gordon Brechin").as_deref(),
        Some("Scottish international")
    );
    assert_eq!(
        role_of(&facts, "Oleg Vashchenko").as_deref(),
        Some("Ukrainian challenger")
    );
}

#[test]
fn a_word_after_at_and_before_the_region_it_is_in_is_a_town_not_where_someone_works() {
    let text = "Factory\n\nThe team will build a new factory at Leafield in Oxfordshire. Said Tom \
                Smith, an economist at Investec in South Africa.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Leafield", "Oxfordshire"], EntityKind::Place);
    not_of_kind(&facts, &["Investec"], EntityKind::Place);
}

#[test]
fn a_listed_acronym_in_brackets_after_another_name_of_its_body_joins_them() {
    let text = "Coalition row\n\nThe opposition Social Democrats (SPD) attacked the plan. The SPD \
                said the Association of South East Asian Nations (ASEAN) should meet, and ASEAN \
                agreed. Sinn Fein (IRA) was not mentioned.\n";
    let facts = extract_text(text);
    let spd =
        extraction_support::entity(&facts, EntityKind::Organization, "Social Democratic Party");
    assert_eq!(
        extraction_support::texts_of(text, spd),
        ["Social Democrats", "SPD", "SPD"]
    );
    let asean = extraction_support::entity(
        &facts,
        EntityKind::Organization,
        "Association of Southeast Asian Nations",
    );
    assert!(
        extraction_support::texts_of(text, asean)
            .contains(&"Association of South East Asian Nations".to_owned())
    );
    // Initials out of order name another body.
    all_of_kind(
        &facts,
        &["Sinn Fein", "Irish Republican Army"],
        EntityKind::Organization,
    );
}

#[test]
fn an_exercise_named_with_a_place_word_is_the_exercise() {
    let text = "Bosnia\n\nTroops took part in Exercise Winter Bridge 97 near Banja Luka, and \
                Operation Harbour Gate followed.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Winter Bridge 97", "Harbour Gate"],
        EntityKind::Event,
    );
    not_of_kind(&facts, &["Exercise Winter Bridge"], EntityKind::Place);
}

#[test]
fn a_newspaper_listed_with_its_the_keeps_it_where_the_name_alone_names_nothing() {
    let text = "Papers\n\nIn July The Sun was fined. Mirror Group, which also publishes The People \
                and the Sunday Mirror, said it regretted it. The Sun said it would appeal, and \
                The Republicans agreed.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["The Sun", "The People"], EntityKind::Organization);
    not_of_kind(&facts, &["Sun"], EntityKind::Person);
    // (A plural after "The" is not taken for a party of that name abroad.)
    assert!(extraction_support::kinds_of(&facts, "The Republicans").is_empty());
}

#[test]
fn a_role_that_says_she_is_a_woman_outweighs_a_given_name_read_as_a_mans() {
    let text = "Strike\n\nAmicus official Derek Halloran said the vote was clear.\n\nA British Gas \
                spokeswoman, Jan Whitcombe, said plans were in place.\n\n\"We are \
                disappointed,\" she said.\n";
    let facts = extract_text(text);
    assert_eq!(
        speakers(&facts),
        [Some("Jan Whitcombe")],
        "{:?}",
        facts.quotes
    );
}

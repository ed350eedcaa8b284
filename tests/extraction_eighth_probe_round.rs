//! Classes of error that an eighth look at hand-written wire copy and broadcast web stories
//! showed, each pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, names_of_kind, not_of_kind, speakers};
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

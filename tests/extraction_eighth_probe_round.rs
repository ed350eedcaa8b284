//! Classes of error that an eighth look at hand-written wire copy and broadcast web stories
//! showed, each pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, names_of_kind, not_of_kind};
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

//! Classes of error that a thirty-first look at hand-written news copy showed, each pinned on
//! hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of, role_of};
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

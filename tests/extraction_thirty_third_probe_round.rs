//! Classes of error that a thirty-third look at hand-written news copy showed, each pinned on
//! hand-written text.

mod extraction_support;

use extraction_support::{entity, names_of_kind, role_of, texts_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn an_office_taken_as_after_the_verbs_of_taking_it_is_the_holders_role() {
    let facts = extract_text(
        "New cabinet\n\nMaria Lopez was sworn in as finance minister on Monday. Tom Hale was \
         sworn in as Chief Minister. Joe Bloggs took over as chairman, and Ann Lee served as \
         captain.",
    );
    for (name, role) in [
        ("Maria Lopez", "finance minister"),
        ("Tom Hale", "Chief Minister"),
        ("Joe Bloggs", "chairman"),
        ("Ann Lee", "captain"),
    ] {
        assert_eq!(role_of(&facts, name).as_deref(), Some(role), "{facts:#?}");
    }
    // Where one went as the holder is no holder's role; nor a verb that takes nothing.
    let facts = extract_text(
        "Visit\n\nThe bishop moved to Youghal as rector. Ann Lee was seen as a threat by the \
         board.",
    );
    assert_eq!(role_of(&facts, "Ann Lee"), None, "{facts:#?}");
}

#[test]
fn a_name_with_its_middle_names_is_the_person_the_article_names_without_them() {
    let text = "Count\n\nPresident Yoweri Museveni won the vote. \"Yoweri Kaguta Museveni is \
                returned as president,\" the chairman said. George W. Bush met George Bush \
                senior, and Museveni spoke.";
    let facts = extract_text(text);
    let museveni = entity(&facts, EntityKind::Person, "Yoweri Kaguta Museveni");
    let mut written = texts_of(text, museveni);
    written.sort();
    written.dedup();
    assert_eq!(
        written,
        ["Museveni", "Yoweri Kaguta Museveni", "Yoweri Museveni"],
        "{facts:#?}"
    );
    // A middle initial tells a father from a son.
    let people = names_of_kind(&facts, EntityKind::Person);
    assert!(
        people.contains(&"George W. Bush") && people.contains(&"George Bush"),
        "{people:?}"
    );
}

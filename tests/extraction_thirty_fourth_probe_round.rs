//! Classes of error that a thirty-fourth look at hand-written news copy showed, each pinned on
//! hand-written text.

mod extraction_support;

use extraction_support::{names_of_kind, role_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_title_word_inside_the_name_of_the_body_an_office_is_of_stays_the_bodys() {
    let facts = extract_text(
        "Rates\n\nThe markets heard Chairman of the Federal Reserve Alan Greenspan on Tuesday. \
         Director of the Federal Bureau of Investigation Robert Mueller spoke later.",
    );
    let people = names_of_kind(&facts, EntityKind::Person);
    assert_eq!(people, ["Alan Greenspan", "Robert Mueller"], "{facts:#?}");
    assert_eq!(
        role_of(&facts, "Alan Greenspan").as_deref(),
        Some("Chairman of the Federal Reserve")
    );
    let bodies = names_of_kind(&facts, EntityKind::Organization);
    assert!(bodies.contains(&"Federal Reserve"), "{facts:#?}");
    // A portfolio of one word is no body ("Secretary of State"), and the country before the
    // title still counts.
    let facts =
        extract_text("Talks\n\nHe met U.S. Secretary of State Madeleine Albright in Paris.");
    assert_eq!(
        role_of(&facts, "Madeleine Albright").as_deref(),
        Some("U.S. Secretary of State")
    );
    assert!(
        names_of_kind(&facts, EntityKind::Organization).is_empty(),
        "{facts:#?}"
    );
}

#[test]
fn a_verb_in_the_past_or_present_before_a_titled_name_is_no_part_of_the_role() {
    let facts = extract_text(
        "Visits\n\nTeachers heard Education Minister Stefania Giannini on Tuesday. Austria \
         welcomes President John Smith today. The club sent sporting director Ann Lee.",
    );
    for (name, role) in [
        ("Stefania Giannini", "Education Minister"),
        ("John Smith", "President"),
        ("Ann Lee", "sporting director"),
    ] {
        assert_eq!(role_of(&facts, name).as_deref(), Some(role), "{facts:#?}");
    }
}

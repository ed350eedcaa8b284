//! Classes of error that a ninth look at hand-written wire copy and broadcast web stories
//! showed, each pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, not_of_kind, role_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_who_clause_that_holds_an_office_gives_the_role() {
    let text = "Ferries\n\nJane Porter, who is chief executive of Northlink Ferries, said the \
                service would run. Tom Hardy, who was appointed finance director in May, \
                agreed. Ann Reid, who has been chairman since 1998, said so. Sam Cole, who was \
                made to say that he is the author of it, did not.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Jane Porter").as_deref(),
        Some("chief executive of Northlink Ferries")
    );
    assert_eq!(
        role_of(&facts, "Tom Hardy").as_deref(),
        Some("finance director")
    );
    assert_eq!(role_of(&facts, "Ann Reid").as_deref(), Some("chairman"));
    // The office opens the clause, or the clause holds none.
    assert_eq!(role_of(&facts, "Sam Cole"), None);
    all_of_kind(&facts, &["Northlink Ferries"], EntityKind::Organization);
    not_of_kind(&facts, &["Northlink Ferries"], EntityKind::Place);
}

#[test]
fn a_role_set_off_by_a_comma_before_an_honorific_is_the_persons() {
    let text = "University\n\nThe principal of the university, Sir Alan Gow, said he was \
                pleased. Its chairman, Sir John Smith, agreed. The director, Dr Anna Bell, \
                said so.\n";
    let facts = extract_text(text);
    assert_eq!(role_of(&facts, "Alan Gow").as_deref(), Some("principal"));
    assert_eq!(role_of(&facts, "John Smith").as_deref(), Some("chairman"));
    assert_eq!(role_of(&facts, "Anna Bell").as_deref(), Some("director"));
}

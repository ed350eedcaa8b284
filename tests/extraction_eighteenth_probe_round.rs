//! Classes of error that an eighteenth look at hand-written news copy showed (business and
//! markets news, and local news of councils, courts and public services), each pinned on
//! hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_bodys_name_run_on_into_a_persons_is_split_where_the_article_calls_them_by_surname() {
    let text = "Row\n\nChief executive of Oxfam Kwabena Mensah said the charity would help. \
                Mensah said more was needed.\n\nThe head of Greenpeace Sarah Collins said so. \
                Ms Collins added that it was fine.\n\nA student at Northwestern University \
                Amneh Jafari heard of it. Jafari said she felt it was unfair.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Kwabena Mensah", "Sarah Collins", "Amneh Jafari"],
        EntityKind::Person,
    );
    all_of_kind(
        &facts,
        &["Oxfam", "Greenpeace", "Northwestern University"],
        EntityKind::Organization,
    );
    // A body whose last words no one is called by alone stays whole.
    let text = "Deal\n\nThe Royal Bank of Scotland Group said profits rose.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Royal Bank of Scotland Group"),
        [EntityKind::Organization]
    );
}

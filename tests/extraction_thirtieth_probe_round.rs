//! Classes of error that a thirtieth look at hand-written news copy showed, each pinned on
//! hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of, not_of_kind, role_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn an_offices_possessive_is_part_of_the_name_of_the_body_that_serves_it() {
    let facts = extract_text(
        "Crash\n\nThe deputy was hurt, according to the Butler County Sheriff's Office. The \
         Sheriff's Office said he was stable. Officials at the Manhattan District Attorney's \
         Office declined to comment, and the Attorney General's Office filed a brief.",
    );
    all_of_kind(
        &facts,
        &[
            "Butler County Sheriff's Office",
            "Sheriff's Office",
            "Manhattan District Attorney's Office",
            "Attorney General's Office",
        ],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "Office").is_empty(), "{facts:#?}");
}

#[test]
fn legislatures_guilds_and_school_districts_are_bodies() {
    let facts = extract_text(
        "Vote\n\nThe Jackson County Legislature meets on Monday. The Writers Guild of America \
         went on strike, and Princeton City Schools closed for the day.",
    );
    all_of_kind(
        &facts,
        &[
            "Jackson County Legislature",
            "Writers Guild of America",
            "Princeton City Schools",
        ],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["Jackson County Legislature"], EntityKind::Person);
}

#[test]
fn a_body_named_before_an_office_is_a_body_and_the_office_stays_the_role() {
    let facts = extract_text(
        "Board\n\nBaldwin County Commission Chairman Eddie Lott said the county was owed \
         taxes. Senate Foreign Relations Committee Chairman Bob Corker disagreed, and Col. \
         Travis Caughlin, 507th Maintenance Group Commander, said nothing.",
    );
    all_of_kind(
        &facts,
        &[
            "Baldwin County Commission",
            "Senate Foreign Relations Committee",
            "507th Maintenance Group",
        ],
        EntityKind::Organization,
    );
    assert_eq!(
        role_of(&facts, "Eddie Lott").as_deref(),
        Some("Baldwin County Commission Chairman"),
        "{facts:#?}"
    );
    assert_eq!(
        role_of(&facts, "Bob Corker").as_deref(),
        Some("Senate Foreign Relations Committee Chairman"),
        "{facts:#?}"
    );
}

#[test]
fn what_an_office_is_about_a_ministers_portfolio_and_a_rank_name_no_body() {
    let facts = extract_text(
        "Aides\n\nWhite House Press Secretary Jen Psaki spoke first. Kentucky State Senator Jo \
         Hill and State-Owned Enterprises Minister Erick Thohir followed, and U.S. Army General \
         Ray Cole said nothing.",
    );
    for name in [
        "White House Press",
        "Kentucky State",
        "State-Owned Enterprises",
        "U.S. Army",
    ] {
        assert!(kinds_of(&facts, name).is_empty(), "{name}: {facts:#?}");
    }
    all_of_kind(&facts, &["White House"], EntityKind::Organization);
    all_of_kind(
        &facts,
        &["Jen Psaki", "Jo Hill", "Erick Thohir", "Ray Cole"],
        EntityKind::Person,
    );
}

#[test]
fn where_a_body_is_based_may_come_between_a_person_of_and_the_body() {
    let facts = extract_text(
        "Castings\n\nAnalyst Brent Szymanski of Cleveland-based KeyBanc Capital Markets said \
         the castings business was the bright spot.",
    );
    all_of_kind(
        &facts,
        &["KeyBanc Capital Markets"],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "Cleveland-based").is_empty(), "{facts:#?}");
    all_of_kind(&facts, &["Cleveland"], EntityKind::Place);
}

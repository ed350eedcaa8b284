//! Political parties of every country (issue 12: parties read as people or places), on
//! hand-written wire copy: parties named by no cue word come from the Party Facts gazetteer,
//! "League" names a body, and a party "of" its leader leaves the leader a person.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn parties_without_a_cue_word_are_organisations() {
    let text = "Coalition survives\n\nJERUSALEM 1996-09-12\n\nThe Likud won the vote after \
                Meretz and Shas split. In Rome, Forza Italia and the Northern League \
                abstained, and in Moscow Yabloko joined them. In Dublin, Fianna Fail and \
                Fine Gael agreed.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Likud",
            "Meretz",
            "Shas",
            "Forza Italia",
            "Northern League",
            "Yabloko",
            "Fianna Fáil",
            "Fine Gael",
        ],
        EntityKind::Organization,
    );
}

#[test]
fn a_party_of_its_leader_leaves_the_leader_a_person() {
    let text = "Censure\n\nThe Motherland Party of Mesut Yilmaz and the Communist Party of \
                Gennady Zyuganov tabled a motion. The League said it would abstain.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Motherland Party", "Communist Party", "League"],
        EntityKind::Organization,
    );
    all_of_kind(
        &facts,
        &["Mesut Yilmaz", "Gennady Zyuganov"],
        EntityKind::Person,
    );
    assert!(
        kinds_of(&facts, "Motherland Party of Mesut Yilmaz").is_empty(),
        "{facts:#?}"
    );
}

//! Classes of error that a thirteenth look at hand-written news copy (wire copy: results
//! tables, datelines, markets and world news) showed, each pinned on hand-written text.

mod extraction_support;

use extraction_support::{kinds_of, said};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn initials_before_a_post_and_its_holder_are_a_bodys_name() {
    let text = "Jobs\n\nThe union objected. \"More job cuts do not belong here,\" IG Chemie \
                official Sabine Reuter said. AJ Venter scored twice.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "IG Chemie"), [EntityKind::Organization]);
    assert_eq!(kinds_of(&facts, "AJ Venter"), [EntityKind::Person]);
    assert_eq!(
        said(&facts),
        [(Some("Sabine Reuter"), "More job cuts do not belong here")]
    );
}

#[test]
fn a_racing_team_a_shipping_line_and_a_stockbroker_are_bodies() {
    let text = "Ferry\n\nHe won the title with Carlin Motorsport. The Cebu-based Sulpicio Lines \
                said the ship was seaworthy. Neil Botha, an analyst at stockbrokers Frankel \
                Pollak, said prices fell.\n";
    let facts = extract_text(text);
    for name in ["Carlin Motorsport", "Sulpicio Lines", "Frankel Pollak"] {
        assert_eq!(kinds_of(&facts, name), [EntityKind::Organization], "{name}");
    }
    assert_eq!(kinds_of(&facts, "Neil Botha"), [EntityKind::Person]);
}

#[test]
fn a_club_no_list_holds_is_named_with_its_abbreviation() {
    let text = "Bundesliga\n\nThey face Hamburg SV on Saturday and FC Odense in the cup. Buffalo \
                reached the AFC Championship Game. She studied in Columbia SC.\n";
    let facts = extract_text(text);
    for name in ["Hamburg SV", "FC Odense"] {
        assert_eq!(kinds_of(&facts, name), [EntityKind::Organization], "{name}");
    }
    assert!(kinds_of(&facts, "Hamburg").is_empty() && kinds_of(&facts, "SV").is_empty());
    // A tournament a body holds, and a town with its state, are no clubs.
    assert!(kinds_of(&facts, "AFC Championship Game").is_empty());
    assert!(kinds_of(&facts, "Columbia SC").is_empty());
}

#[test]
fn a_synod_and_a_named_agency_are_bodies() {
    let text = "Protests\n\nIts Holy Synod said it was \"deeply worried\". The Catholic Church's \
                Caritas agency sent food.\n";
    let facts = extract_text(text);
    for name in ["Holy Synod", "Caritas"] {
        assert_eq!(kinds_of(&facts, name), [EntityKind::Organization], "{name}");
    }
    assert_eq!(said(&facts), [(Some("Holy Synod"), "deeply worried")]);
}

#[test]
fn a_club_named_less_its_abbreviation_is_the_same_club() {
    let text = "Bundesliga\n\nVfL Bochum beat Schalke 2-1 on Saturday. They had lost 3-1 to \
                Bochum last year.\n";
    let facts = extract_text(text);
    let bochum = extraction_support::entity(&facts, EntityKind::Organization, "VfL Bochum");
    assert_eq!(bochum.mentions.len(), 2);
    assert_eq!(
        extraction_support::names_of_kind(&facts, EntityKind::Organization)
            .iter()
            .filter(|name| name.contains("Bochum"))
            .count(),
        1
    );
}

#[test]
fn an_assistant_opening_a_sentence_is_part_of_the_role() {
    let text = "Coach out\n\nAssistant coach Frank Weidemann will take charge. The board met \
                his assistant Harry Laughlin.\n";
    let facts = extract_text(text);
    assert!(
        extraction_support::names_of_kind(&facts, EntityKind::Organization).is_empty(),
        "{:?}",
        facts.entities
    );
    assert_eq!(
        extraction_support::role_of(&facts, "Frank Weidemann").as_deref(),
        Some("Assistant coach")
    );
    assert_eq!(
        extraction_support::role_of(&facts, "Harry Laughlin").as_deref(),
        Some("assistant")
    );
}

#[test]
fn a_name_after_island_of_is_an_island() {
    let text = "Ferry sinks\n\nThe ferry sank off the central Philippine island of Panay, and \
                boats searched the island of Negros.\n";
    let facts = extract_text(text);
    for name in ["Panay", "Negros"] {
        let island = extraction_support::entity(&facts, EntityKind::Place, name);
        assert_eq!(
            island.place_type,
            Some(gazette::facts::PlaceType::Other),
            "{name}"
        );
    }
}

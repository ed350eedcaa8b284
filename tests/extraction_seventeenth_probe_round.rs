//! Classes of error that a seventeenth look at hand-written news copy showed (the military
//! units and armed services of government press releases first), each pinned on hand-written
//! text.

mod extraction_support;

use extraction_support::kinds_of;
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

/// The canonical names of the organisations in `text`, in the facts' order.
fn organisation_names(text: &str) -> Vec<String> {
    let facts = extract_text(text);
    facts
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Organization)
        .map(|e| e.canonical.clone())
        .collect()
}

#[test]
fn a_unit_numbered_without_an_ordinals_ending_keeps_its_number() {
    let text = "Drill ends\n\nSoldiers from 45 Armoured Brigade and 7 Division joined the \
                exercise, the army said.\n";
    assert_eq!(
        organisation_names(text),
        ["45 Armoured Brigade", "7 Division"]
    );
    // A count before a word that follows counts as often is no unit's number.
    let text = "Merger\n\nThe deal joins 3 Group companies with the rest.\n";
    assert!(!organisation_names(text).iter().any(|n| n.starts_with('3')));
}

#[test]
fn a_battalion_and_its_named_regiment_are_one_unit() {
    let text = "Landing\n\nTroops of the 2nd Battalion, Royal Australian Regiment landed at \
                dawn.\n";
    assert_eq!(
        organisation_names(text),
        ["2nd Battalion, Royal Australian Regiment"]
    );
    // A regiment listed with others after the battalion is a body of its own.
    let text = "Landing\n\nThe 1st Battalion, Parachute Regiment and the Royal Marines \
                landed.\n";
    assert_eq!(
        organisation_names(text),
        ["1st Battalion", "Parachute Regiment", "Royal Marines"]
    );
}

#[test]
fn a_countrys_formal_name_before_a_services_word_is_the_service() {
    let text = "Patrol\n\nThe Republic of Korea Navy sent two destroyers, and the Republic of \
                China Army drilled.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Republic of Korea Navy"),
        [EntityKind::Organization]
    );
    assert_eq!(
        kinds_of(&facts, "Republic of China Army"),
        [EntityKind::Organization]
    );
    assert!(kinds_of(&facts, "South Korea").is_empty());
    // The formal name alone stays the country.
    let facts = extract_text("Talks\n\nThe Republic of Korea sent two envoys.\n");
    assert_eq!(kinds_of(&facts, "South Korea"), [EntityKind::Place]);
}

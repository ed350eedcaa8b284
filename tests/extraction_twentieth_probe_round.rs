//! Classes of error that a twentieth look at hand-written news copy showed (politics, courts
//! and culture), each pinned on hand-written text.

mod extraction_support;

use extraction_support::{entity, kinds_of, texts_of};
use gazette::extract::extract_text;
use gazette::facts::{EntityKind, PlaceType};

#[test]
fn a_us_state_abbreviated_after_a_town_is_a_state_and_the_town_a_town() {
    let text = "Floods\n\nSPRINGFIELD, Ill. (AP) — Floods near Muncie, Ind., and in Albany, \
                N.Y., left hundreds homeless, officials in Tulsa, OK, said. The storm reached \
                Fresno, Calif. The rain stopped.\n";
    let facts = extract_text(text);
    for (state, written) in [
        ("Illinois", "Ill."),
        ("Indiana", "Ind."),
        ("New York", "N.Y."),
        ("Oklahoma", "OK"),
        ("California", "Calif."),
    ] {
        let place = entity(&facts, EntityKind::Place, state);
        assert_eq!(texts_of(text, place), [written]);
        assert_eq!(place.place_type, Some(PlaceType::Region));
    }
    // A town too small for the gazetteer is a town by its state.
    assert_eq!(kinds_of(&facts, "Muncie"), [EntityKind::Place]);
}

#[test]
fn a_lawmakers_party_and_state_tag_names_the_state() {
    let text = "Vote\n\nSen. Ted Cruz (R-Texas) and Rep. Nancy Pelosi (D-Calif.) clashed. \
                Senator Ana Ruiz, D-N.M., said the vote was close. Sen. Tom Hale (R-TX) and \
                Rep. Jim Jordan, R-Ohio, disagreed.\n";
    let facts = extract_text(text);
    for (state, written) in [
        ("Texas", vec!["Texas", "TX"]),
        ("California", vec!["Calif."]),
        ("New Mexico", vec!["N.M."]),
        ("Ohio", vec!["Ohio"]),
    ] {
        let place = entity(&facts, EntityKind::Place, state);
        assert_eq!(texts_of(text, place), written);
    }
    for person in [
        "Ted Cruz",
        "Nancy Pelosi",
        "Ana Ruiz",
        "Tom Hale",
        "Jim Jordan",
    ] {
        assert_eq!(kinds_of(&facts, person), [EntityKind::Person]);
    }
}

#[test]
fn an_abbreviation_like_a_state_elsewhere_is_no_state() {
    // "Miss." before a name, "OR" and "IN" as words, a letter and a hyphen in a model's name.
    // A barrister's letters after a name.
    let text = "Notes\n\nMiss. Jones arrived. Portland, OR the suburbs, voted. Come IN now. \
                The R-Class car and the D-Day landings were remembered. Tom Molomby, SC, and \
                Ann Hale, MS, spoke for the parents.\n";
    let facts = extract_text(text);
    for state in [
        "Mississippi",
        "Oregon",
        "Indiana",
        "California",
        "South Carolina",
    ] {
        assert!(kinds_of(&facts, state).is_empty(), "{state}: {facts:#?}");
    }
}

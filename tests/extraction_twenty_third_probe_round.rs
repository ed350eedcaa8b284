//! Classes of error that a twenty-third look at hand-written news copy showed, each pinned
//! on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of, texts_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_club_is_named_without_its_legal_abbreviations() {
    // "FC Torpedo Moscow", "FK Dukla Prague", "FC Carl Zeiss Jena" in the clubs list: news
    // drops the abbreviation, and the rest ends in the club's town.
    let text = "Carl Zeiss Jena lost 2-0 at home on Saturday, while Torpedo Moscow beat Dukla \
                Prague 3-1.";
    let facts = extract_text(text);
    for (written, listed) in [
        ("Carl Zeiss Jena", "FC Carl Zeiss Jena"),
        ("Torpedo Moscow", "FC Torpedo Moscow"),
        ("Dukla Prague", "FK Dukla Prague"),
    ] {
        assert_eq!(
            kinds_of(&facts, listed),
            [EntityKind::Organization],
            "{facts:#?}"
        );
        let club = extraction_support::entity(&facts, EntityKind::Organization, listed);
        assert_eq!(texts_of(text, club), [written]);
    }
    // The town alone is no club's name, nor is a town that a club's name holds whole.
    assert!(kinds_of(&facts, "Prague").is_empty(), "{facts:#?}");
    let facts = extract_text("The delegation flew on to Santa Cruz and to Moscow on Monday.");
    assert_eq!(kinds_of(&facts, "Santa Cruz"), [EntityKind::Place]);
}

#[test]
fn a_club_under_its_sporting_abbreviation_is_known_by_its_short_name() {
    // "SL Benfica", "HNK Hajduk Split": a short name that is also a town abroad (Benfica,
    // Luanda) is the club in a football report.
    let text = "The striker joined Benfica after the match, the coach said. His goal was \
                offside, and Hajduk Split have asked to see the footage.";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["SL Benfica", "HNK Hajduk Split"],
        EntityKind::Organization,
    );
    // Out of sport, the town is a town.
    let facts = extract_text("The aid convoy reached Benfica, south of Luanda, on Monday.");
    assert_eq!(
        kinds_of(&facts, "Benfica"),
        [EntityKind::Place],
        "{facts:#?}"
    );
}

//! Classes of error that a fourteenth look at hand-written news copy (2020s web news, dense in
//! organisations: startups, regulators, courts, museums, charities) showed, each pinned on
//! hand-written text.

mod extraction_support;

use extraction_support::{kinds_of, said};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_body_described_by_what_it_is_speaks_for_the_body_named_before() {
    let text = "Payments\n\nThe Central Bank of Kenya granted the licence. The regulator said it \
                was \"reviewing the growth of the sector\".\n\nThe SFO said investors were \
                misled. \"Most of it paid for lifestyles,\" the agency said.\n";
    let facts = extract_text(text);
    assert_eq!(
        said(&facts),
        [
            (
                Some("Central Bank of Kenya"),
                "reviewing the growth of the sector"
            ),
            (Some("SFO"), "Most of it paid for lifestyles"),
        ]
    );
}

#[test]
fn an_unlisted_name_a_body_only_description_follows_is_a_body() {
    let text = "Fraud\n\nLawyers at Kingsley Rhodes, the firm representing the directors, said \
                they would appeal. Velvet Harbour, a four-piece band from Brisbane, signed with \
                the label. Velvet Harbour will tour in May. The app is made by Pesaflow, a \
                Nairobi fintech.\n";
    let facts = extract_text(text);
    for name in ["Kingsley Rhodes", "Velvet Harbour", "Pesaflow"] {
        assert_eq!(kinds_of(&facts, name), [EntityKind::Organization], "{name}");
    }
    // A person's role may hold a body's noun: "the company's chief executive" is hers.
    let text = "Talks\n\nJane Moss, the company's chief executive, said talks went well.\n";
    assert_eq!(
        kinds_of(&extract_text(text), "Jane Moss"),
        [EntityKind::Person]
    );
}

#[test]
fn an_unlisted_given_name_before_a_towns_name_by_a_speech_verb_is_a_persons() {
    let text = "Floods\n\n\"We need clean water,\" said Thandiwe Banda, the emergency \
                coordinator. Northern Banda was flooded.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "Thandiwe Banda"), [EntityKind::Person]);
    assert_eq!(
        said(&facts),
        [(Some("Thandiwe Banda"), "We need clean water")]
    );
    // A word that forms places' names is no given name.
    assert!(!kinds_of(&facts, "Northern Banda").contains(&EntityKind::Person));
}

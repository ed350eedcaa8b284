//! Classes of error that a fourteenth look at hand-written news copy (2020s web news, dense in
//! organisations: startups, regulators, courts, museums, charities) showed, each pinned on
//! hand-written text.

mod extraction_support;

use extraction_support::{kinds_of, role_of, said, texts_of};
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

#[test]
fn a_body_named_again_shorter_is_the_one_it_shortens() {
    let text = "Arena\n\nThe Golden State Warriors signed a deal. Warriors president Ann Ode \
                said they will play there. \
                Gavi signed with the Serum Institute of India. The Serum Institute will make \
                the doses. Drivers sued Amazon.com Inc on Monday. Amazon said it would fight.\n";
    let facts = extract_text(text);
    for (long, short) in [
        ("Golden State Warriors", "Warriors"),
        ("Serum Institute of India", "Serum Institute"),
        ("Amazon.com Inc", "Amazon"),
    ] {
        let written: Vec<Vec<String>> = facts
            .entities
            .iter()
            .filter(|e| e.kind == EntityKind::Organization)
            .map(|e| texts_of(text, e))
            .filter(|texts| texts.iter().any(|t| t == long))
            .collect();
        assert!(
            written.len() == 1 && written[0].iter().any(|t| t == short),
            "{long}: {written:?}"
        );
    }
}

#[test]
fn what_a_study_is_published_in_is_a_journal_not_a_town() {
    let text = "Ice\n\nThe findings appear this week in Nature Astronomy. The book was published \
                in Chikwawa in 1990.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Nature Astronomy"),
        [EntityKind::Organization]
    );
    // Where a book was printed is a place.
    assert_eq!(kinds_of(&facts, "Chikwawa"), [EntityKind::Place]);
}

#[test]
fn a_building_named_by_what_it_is_for_is_a_place_not_a_person() {
    let text = "Tour\n\nThey played two nights at the Sydney Opera House. The march reached Leeds \
                Town Hall. Penguin Random House will publish the letters.\n";
    let facts = extract_text(text);
    for name in ["Sydney Opera House", "Leeds Town Hall"] {
        assert_eq!(kinds_of(&facts, name), [EntityKind::Place], "{name}");
    }
    assert!(!kinds_of(&facts, "Penguin Random House").contains(&EntityKind::Place));
}

#[test]
fn a_role_cut_short_ends_in_no_grammar_word() {
    let text = "Vaccine\n\n\"It matters,\" said Dr. Amara Diallo, director of the WHO's Global \
                Malaria Programme.\n";
    let facts = extract_text(text);
    assert_eq!(role_of(&facts, "Amara Diallo").as_deref(), Some("director"));
}

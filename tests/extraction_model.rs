//! The learned name tagger inside extraction: it adds people and places no rule has a cue for,
//! says so in `--explain`, and never adds what the rules know is not a name.

use gazette::archive::parse_article;
use gazette::extract::{explain_article, extract_text};
use gazette::facts::EntityKind;

#[test]
fn places_and_people_without_a_cue_are_found_by_the_model_and_explained() {
    // Neither is in a gazetteer (Helmand and Kandahar, once used here, are in provinces.tsv).
    let text = "Patrols\n\nTroops moved into Galilee and Marjah on Tuesday.\n\n\
                Galilee has been quiet since.\n";
    let (facts, explained) = explain_article(&parse_article("p.txt", text));
    for name in ["Galilee", "Marjah"] {
        let entity = explained
            .iter()
            .find(|e| e.canonical == name)
            .unwrap_or_else(|| panic!("{name} not found: {explained:?}"));
        assert_eq!(entity.kind, EntityKind::Place, "{name}");
        assert!(
            entity.why.iter().any(|w| w.contains("learned model")),
            "{name}: {:?}",
            entity.why
        );
    }
    // One kind per name: the sentence-initial mention joins the model's.
    let galilee = facts
        .entities
        .iter()
        .find(|e| e.canonical == "Galilee")
        .unwrap();
    assert_eq!(galilee.mentions.len(), 2);
}

#[test]
fn the_model_adds_no_pronoun_month_rank_or_nationality() {
    let text = "We met in Jan with Col. staff. Throughout the talks, Arabs and Germans \
                spoke. I agreed.";
    let facts = extract_text(text);
    let names: Vec<&str> = facts
        .entities
        .iter()
        .filter(|e| e.kind != EntityKind::Date)
        .map(|e| e.canonical.as_str())
        .collect();
    for junk in ["We", "Jan", "Col", "Throughout", "Arabs", "Germans", "I"] {
        assert!(!names.contains(&junk), "{junk} in {names:?}");
    }
}

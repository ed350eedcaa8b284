//! Classes of error the varied news of the gold set (GUM's Wikinews articles, tests/gold) showed,
//! each pinned on hand-written text.

use gazette::extract::extract_text;
use gazette::facts::{EntityKind, Facts};

fn kinds_of(facts: &Facts, name: &str) -> Vec<EntityKind> {
    facts
        .entities
        .iter()
        .filter(|e| e.canonical == name)
        .map(|e| e.kind)
        .collect()
}

fn mention_texts(text: &str, facts: &Facts) -> Vec<String> {
    facts
        .entities
        .iter()
        .flat_map(|e| e.mentions.iter())
        .map(|s| text.chars().skip(s.start).take(s.len()).collect())
        .collect()
}

#[test]
fn a_surname_after_the_full_name_is_the_person_even_after_a_place_preposition() {
    let text = "Student inspires a movement\n\nThe school suspended Ahmed Karimov on Monday. \
                Within hours, messages of support poured in for Karimov from across the \
                country, and a visit to Karimov was planned by the mayor.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Ahmed Karimov"),
        [EntityKind::Person],
        "{facts:#?}"
    );
    assert!(kinds_of(&facts, "Karimov").is_empty(), "{facts:#?}");
    let person = facts
        .of_kind(EntityKind::Person)
        .find(|e| e.canonical == "Ahmed Karimov")
        .unwrap();
    assert_eq!(person.mentions.len(), 3, "{facts:#?}");
}

#[test]
fn places_in_a_sports_result_are_teams_throughout_the_article() {
    let text = "Group stage: Norway, Chile win\n\nNorway 2 – 1 Portugal\n\nNorway defeated \
                Portugal 2 – 1 in the first game of the day. Chile beat Canada 3 – 0 later, \
                and Canada lost again on Friday.\n";
    let facts = extract_text(text);
    for team in ["Norway", "Portugal", "Chile", "Canada"] {
        assert_eq!(
            kinds_of(&facts, team),
            [EntityKind::Organization],
            "{team}: {facts:#?}"
        );
    }
}

#[test]
fn a_place_without_a_result_stays_a_place() {
    let text = "Trade talks\n\nNorway and Portugal signed a deal on 20-30 January shipments, \
                and ministers met in Chile on 3-4 May.\n";
    let facts = extract_text(text);
    for place in ["Norway", "Portugal", "Chile"] {
        assert_eq!(
            kinds_of(&facts, place),
            [EntityKind::Place],
            "{place}: {facts:#?}"
        );
    }
}

#[test]
fn an_image_credit_label_ends_the_name_before_it() {
    let text = "Crowds at the fair\n\nVisitors dressed as Wonder Woman and Captain Marvel \
                Image: Jane Whitfield.\n\nAhmed Karimov Image: Jane Whitfield.\n";
    let facts = extract_text(text);
    let mentions = mention_texts(text, &facts);
    assert!(
        mentions.iter().all(|m| !m.contains("Image")),
        "{mentions:?}"
    );
    assert_eq!(
        kinds_of(&facts, "Jane Whitfield"),
        [EntityKind::Person],
        "{facts:#?}"
    );
    assert_eq!(
        kinds_of(&facts, "Ahmed Karimov"),
        [EntityKind::Person],
        "{facts:#?}"
    );
}

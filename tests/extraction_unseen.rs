//! The engine on hand-written news that is not among the seed articles: names, places,
//! organisations, events and dates it has never seen must still be found.

use gazette::extract::extract_text;
use gazette::facts::{EntityKind, Facts, PlaceType};

const ARTICLE: &str = "\
Turkmenistan and Mongolia sign energy deal

By Laura Pettersen

ULAANBAATAR -- Turkmen Foreign Minister Rashid Meredov met his Mongolian counterpart, Batmunkh \
Battsetseg, in Ulaanbaatar on March 3, 2021, the Turkmen Ministry of Foreign Affairs said.

\"We agreed to expand trade in gas and electricity across the region,\" Meredov told reporters. \
\"Our engineers will start work next spring.\"

Dilnoza Karimova, a Samarkand-based economist, said the talks were overdue. \"Both capitals have \
waited since 2015 for this,\" she said.

The Caspian Pipeline Consortium (CPC) will carry part of the gas, according to Reuters. Last week, \
CPC officials visited Ashgabat.

Soldiers of both armies will meet for the joint Eastern Shield exercise at the Daraut training \
ground near Osh from April 12-19.
";

fn entity<'f>(facts: &'f Facts, kind: EntityKind, name: &str) -> &'f gazette::facts::Entity {
    facts
        .of_kind(kind)
        .find(|e| e.canonical == name)
        .unwrap_or_else(|| panic!("no {kind:?} {name:?} in {:#?}", facts.entities))
}

fn mention_texts(e: &gazette::facts::Entity) -> Vec<String> {
    e.mentions
        .iter()
        .map(|s| ARTICLE.chars().skip(s.start).take(s.len()).collect())
        .collect()
}

#[test]
fn a_new_minister_in_a_new_capital_is_found_with_his_role() {
    let facts = extract_text(ARTICLE);
    let minister = entity(&facts, EntityKind::Person, "Rashid Meredov");
    assert_eq!(minister.role.as_deref(), Some("Turkmen Foreign Minister"));
    assert_eq!(mention_texts(minister), ["Rashid Meredov", "Meredov"]);
    let counterpart = entity(&facts, EntityKind::Person, "Batmunkh Battsetseg");
    assert_eq!(counterpart.role.as_deref(), Some("Mongolian counterpart"));
    let economist = entity(&facts, EntityKind::Person, "Dilnoza Karimova");
    assert_eq!(economist.role.as_deref(), Some("Samarkand-based economist"));
    let author = entity(&facts, EntityKind::Person, "Laura Pettersen");
    assert_eq!(author.role, None);
}

#[test]
fn unseen_places_get_their_types_and_demonyms_are_not_places() {
    let facts = extract_text(ARTICLE);
    let capital = entity(&facts, EntityKind::Place, "Ulaanbaatar");
    assert_eq!(capital.place_type, Some(PlaceType::City));
    assert_eq!(mention_texts(capital), ["ULAANBAATAR", "Ulaanbaatar"]);
    assert_eq!(
        entity(&facts, EntityKind::Place, "Mongolia").place_type,
        Some(PlaceType::Country)
    );
    assert_eq!(
        entity(&facts, EntityKind::Place, "Daraut training ground").place_type,
        Some(PlaceType::Facility)
    );
    entity(&facts, EntityKind::Place, "Osh");
    entity(&facts, EntityKind::Place, "Samarkand");
    for demonym in ["Turkmen", "Mongolian"] {
        assert!(
            facts
                .of_kind(EntityKind::Place)
                .all(|e| e.canonical != demonym),
            "{demonym} is a demonym, not a place"
        );
    }
}

#[test]
fn unseen_organisations_link_acronyms_and_events_are_named() {
    let facts = extract_text(ARTICLE);
    entity(
        &facts,
        EntityKind::Organization,
        "Turkmen Ministry of Foreign Affairs",
    );
    entity(&facts, EntityKind::Organization, "Reuters");
    let consortium = entity(
        &facts,
        EntityKind::Organization,
        "Caspian Pipeline Consortium",
    );
    assert_eq!(
        mention_texts(consortium),
        ["Caspian Pipeline Consortium", "CPC", "CPC"]
    );
    let exercise = entity(&facts, EntityKind::Event, "Eastern Shield");
    assert_eq!(exercise.mentions.len(), 1);
}

#[test]
fn unseen_dates_are_normalised() {
    let facts = extract_text(ARTICLE);
    let dates: Vec<(&str, Option<&str>, bool)> = facts
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.value.as_deref(), d.relative))
        .collect();
    assert_eq!(
        dates,
        [
            ("March 3, 2021", Some("2021-03-03"), false),
            ("next spring", None, true),
            ("since 2015", Some("2015"), true),
            ("Last week", None, true),
            ("from April 12-19", Some("--04-12/--04-19"), false),
        ]
    );
}

#[test]
fn quotes_go_to_named_speakers_through_surnames_and_pronouns() {
    let facts = extract_text(ARTICLE);
    let quotes: Vec<(&str, &str)> = facts
        .quotes
        .iter()
        .map(|q| (q.speaker.as_deref().unwrap_or("?"), &q.text[..20]))
        .collect();
    assert_eq!(
        quotes,
        [
            ("Rashid Meredov", "We agreed to expand "),
            ("Rashid Meredov", "Our engineers will s"),
            ("Dilnoza Karimova", "Both capitals have w"),
        ]
    );
}

#[test]
fn the_publication_date_fills_in_the_year() {
    let text = "Drills announced\n\n10:05 AM, January 9, 2025\n\nThe Northern Gate drills will \
                start in June, the Mongolian Defence Ministry said.\n";
    let facts = extract_text(text);
    let june = facts.dates.iter().find(|d| d.text == "June").expect("June");
    assert_eq!(june.value.as_deref(), Some("2025-06"));
    assert!(
        facts
            .of_kind(EntityKind::Event)
            .any(|e| e.canonical == "Northern Gate")
    );
    assert!(
        facts
            .of_kind(EntityKind::Organization)
            .any(|e| e.canonical == "Mongolian Defence Ministry")
    );
}

#[test]
fn unattributed_and_title_quotes_are_not_speech() {
    let text = "Troops joined the \"Zapad-2021\" drills. Locals called them \"heroes\".\n";
    let facts = extract_text(text);
    assert!(facts.quotes.is_empty(), "{:?}", facts.quotes);
    assert!(
        facts
            .of_kind(EntityKind::Event)
            .any(|e| e.canonical == "Zapad-2021")
    );
}

#[test]
fn a_think_tank_keeps_the_places_in_its_name_and_training_centres_stay_places() {
    let text = "Temur Umarov, a fellow at the Carnegie Russia Eurasia Center in Berlin, said the \
                visit mattered. Troops trained at the Kant Training Centre near Bishkek.\n";
    let facts = extract_text(text);
    entity(
        &facts,
        EntityKind::Organization,
        "Carnegie Russia Eurasia Center",
    );
    assert!(
        facts
            .of_kind(EntityKind::Place)
            .all(|e| e.canonical != "Russia")
    );
    assert_eq!(
        entity(&facts, EntityKind::Place, "Kant Training Centre").place_type,
        Some(PlaceType::Facility)
    );
    entity(&facts, EntityKind::Place, "Berlin");
    assert!(
        facts
            .of_kind(EntityKind::Person)
            .any(|p| p.canonical == "Temur Umarov")
    );
}

//! Classes of error that a seventeenth look at hand-written news copy showed (the military
//! units and armed services of government press releases first), each pinned on hand-written
//! text.

mod extraction_support;

use extraction_support::kinds_of;
use gazette::archive::parse_article;
use gazette::extract::{extract_article, extract_text};
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

/// The canonical names of every entity in `text`, in the facts' order.
fn entity_names(text: &str) -> Vec<String> {
    let facts = extract_text(text);
    facts.entities.iter().map(|e| e.canonical.clone()).collect()
}

#[test]
fn a_works_title_in_quotation_marks_after_its_kinds_noun_is_no_entity() {
    let text = "Premiere\n\nThe Brazilian film \"Porto Alegre\" was shot in Lisbon, and the \
                novel \"Edith Harrow\" follows a midwife in Yorkshire.\n";
    assert_eq!(entity_names(text), ["Lisbon", "Yorkshire"]);
    // The noun in an apposition after the title, the comma inside the marks or outside.
    let text = "Show\n\nHer centrepiece is \"Lucia Ferrante\", a nine-metre canvas of blue.\n";
    assert!(entity_names(text).is_empty());
    let text = "Deal\n\nNetflix bought \"Marion Keller,\" the courtroom drama, on Tuesday.\n";
    assert_eq!(entity_names(text), ["Netflix"]);
    // Quoted again without the noun, it is still the title, even a listed place's name.
    let text = "Chart\n\nTheir album \"Vienna\" sold well. The band said \"Vienna\" was named \
                after a club in Leeds.\n";
    assert_eq!(entity_names(text), ["Leeds"]);
}

#[test]
fn a_quoted_name_that_no_noun_of_a_work_calls_a_title_keeps_its_kind() {
    let text = "Threat\n\nThe minister called the group \"Islamic State\" a threat to Iraq.\n";
    assert_eq!(
        kinds_of(&extract_text(text), "Islamic State"),
        [EntityKind::Organization]
    );
    let text = "Tour\n\nThe band said \"Vienna\" had been the best night of the tour.\n";
    assert_eq!(entity_names(text), ["Vienna"]);
}

#[test]
fn a_clubs_short_name_before_its_fans_or_players_is_the_club_in_any_article() {
    let text = "Premiere\n\nPettigrew, a lifelong Arsenal supporter, joked about the film. \
                Everton fans queued outside.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "Arsenal"), [EntityKind::Organization]);
    assert_eq!(kinds_of(&facts, "Everton"), [EntityKind::Organization]);
    // Without such a noun, an article that is no football report keeps the town.
    let text = "Premiere\n\nThe film opened in Liverpool and was shown to fans of the book.\n";
    assert_eq!(
        kinds_of(&extract_text(text), "Liverpool"),
        [EntityKind::Place]
    );
}

#[test]
fn royal_opens_a_bodys_or_venues_name_and_a_stage_is_a_venue() {
    let text = "Tour\n\nThe play moved from the Royal Court to the Royal Festival Hall, and the \
                band headlined the John Peel Stage.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "Royal Court"), [EntityKind::Organization]);
    assert_eq!(kinds_of(&facts, "Royal Festival Hall"), [EntityKind::Place]);
    assert_eq!(kinds_of(&facts, "John Peel Stage"), [EntityKind::Place]);
    assert!(
        !facts.entities.iter().any(|e| e.kind == EntityKind::Person),
        "no person: {:?}",
        entity_names(text)
    );
}

#[test]
fn a_founders_surname_and_its_possessive_open_a_hospitals_name() {
    let text = "Trial\n\nThe trial took place at Addenbrooke's Hospital in Cambridge.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Addenbrooke's Hospital"),
        [EntityKind::Place]
    );
    assert!(kinds_of(&facts, "Addenbrooke").is_empty());
}

#[test]
fn the_previous_or_following_period_is_a_relative_date_the_publication_date_does_not_fix() {
    let text = "Sales\n\nPublished 3 March 2025\n\nSales rose on the previous year. The firm \
                opened in 2019 and closed the following year. In the following weeks, nothing \
                changed.\n";
    let facts = extract_article(&parse_article("article.txt", text));
    let dates: Vec<(&str, bool, bool)> = facts
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.relative, d.days.is_some()))
        .collect();
    assert_eq!(
        dates,
        [
            ("3 March 2025", false, true),
            ("previous year", true, false),
            ("2019", false, true),
            // (Told by 2019, not by the publication date: 2020.)
            ("following year", true, true),
        ]
    );
}

#[test]
fn a_trades_show_is_an_event_and_trade_fairs_are_listed() {
    let text = "Launch\n\nThe game was shown at the Tokyo Game Show and the Chelsea Flower Show \
                before Gamescom opened.\n";
    let facts = extract_text(text);
    for name in ["Tokyo Game Show", "Chelsea Flower Show", "Gamescom"] {
        assert_eq!(kinds_of(&facts, name), [EntityKind::Event], "{name}");
    }
    assert!(kinds_of(&facts, "Tokyo").is_empty());
}

#[test]
fn a_byline_gives_its_writer_before_a_bar_or_where_they_file_from() {
    let text = "Band tops chart\nChartWire | Charts & Data\nBy Tomasz Wierzbicki | 21 June 2025 | \
                09:40 BST\n\nThe band scored their first Number 1 album on Friday.\n";
    let article = parse_article("article.txt", text);
    assert_eq!(
        article.byline.map(|b| b.text).as_deref(),
        Some("Tomasz Wierzbicki")
    );
    assert_eq!(
        article.published.map(|p| p.date.to_string()).as_deref(),
        Some("2025-06-21")
    );
    let text = "Drama takes top prize\nFestival report\nBy Lucie Marchetti, in Cannes\n\nThe \
                festival closed on Saturday night.\n";
    let article = parse_article("article.txt", text);
    assert_eq!(
        article.byline.as_ref().map(|b| b.text.as_str()),
        Some("Lucie Marchetti")
    );
    assert_eq!(
        kinds_of(&extract_article(&article), "Cannes"),
        [EntityKind::Place]
    );
    // A section's label above the byline is no source.
    let text = "Sculptor dies at 88\nOBITUARY\nBy Peter Hallam\nPublished 7 October 2025\n\n\
                The sculptor died at her home.\n";
    assert_eq!(parse_article("article.txt", text).source, None);
}

#[test]
fn a_scientists_or_doctors_occupation_before_the_name_is_the_role() {
    let text = "Find\n\n\"It is a remarkable find,\" says palaeontologist Nadia El Fassi. The \
                patient was seen by cardiologist Elena Marsh.\n";
    let facts = extract_text(text);
    let roles: Vec<(&str, Option<&str>)> = facts
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| (e.canonical.as_str(), e.role.as_deref()))
        .collect();
    assert_eq!(
        roles,
        [
            ("Nadia El Fassi", Some("palaeontologist")),
            ("Elena Marsh", Some("cardiologist"))
        ]
    );
}

//! The classes of error real news showed (issue 12), each pinned on hand-written text: a name
//! after an honorific or a middle initial, names spelt with dots, multiword names kept whole,
//! junk that is not a name, title-case headlines, and one kind per name per article.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of, mention_texts};
use gazette::extract::extract_text;
use gazette::facts::{EntityKind, Facts};

fn has(facts: &Facts, kind: EntityKind, name: &str) -> bool {
    facts.of_kind(kind).any(|e| e.canonical == name)
}

#[test]
fn a_name_after_an_honorific_is_a_person_and_never_a_place() {
    let text = "Council vote delayed\n\nMr Kennedy said the vote would wait. Ms Toulouse \
                agreed with Dr. Livingstone, and Mrs Davenport said nothing.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Kennedy", "Toulouse", "Livingstone", "Davenport"],
        EntityKind::Person,
    );
}

#[test]
fn middle_initials_and_military_ranks_stay_out_of_the_way_of_a_name() {
    let text = "Change of command\n\nLt. Gen. Stephen J. Townsend handed over to Spc. Lorraine \
                Walsh. Later, Townsend thanked the staff.\n";
    let facts = extract_text(text);
    assert!(
        has(&facts, EntityKind::Person, "Stephen J. Townsend"),
        "{facts:#?}"
    );
    assert!(
        has(&facts, EntityKind::Person, "Lorraine Walsh"),
        "{facts:#?}"
    );
    assert!(!has(&facts, EntityKind::Person, "Spc"), "{facts:#?}");
    assert!(!has(&facts, EntityKind::Person, "Stephen J"), "{facts:#?}");
    let townsend = facts
        .of_kind(EntityKind::Person)
        .find(|e| e.canonical == "Stephen J. Townsend")
        .unwrap();
    assert_eq!(
        townsend.mentions.len(),
        2,
        "the surname joins the full name"
    );
}

#[test]
fn dotted_abbreviations_keep_their_dots() {
    let text = "Trade talks\n\nThe U.S. and the U.N. met in Geneva. Acme Corp. and Globex Inc. \
                signed the deal.\n";
    let facts = extract_text(text);
    let mentions = mention_texts(text, &facts);
    for name in ["U.S.", "U.N.", "Acme Corp.", "Globex Inc."] {
        assert!(mentions.iter().any(|m| m == name), "{name} in {mentions:?}");
    }
    assert!(!mentions.iter().any(|m| m == "U"), "{mentions:?}");
}

#[test]
fn multiword_places_are_kept_whole() {
    let text = "Flights resume\n\nFlights from New York to Southwest Asia resumed on Monday, \
                and services to Northern Ireland will follow.\n";
    let facts = extract_text(text);
    for name in ["New York", "Southwest Asia", "Northern Ireland"] {
        assert!(has(&facts, EntityKind::Place, name), "{name}: {facts:#?}");
    }
    for part in ["York", "New", "Asia", "Southwest", "Ireland"] {
        assert!(kinds_of(&facts, part).is_empty(), "{part}: {facts:#?}");
    }
}

#[test]
fn common_acronyms_pronouns_and_numerals_are_not_entities() {
    let text = "Budget week\n\nI watched TV on my PC. One analyst said GDP grew, and Two more \
                agreed. The UAV was hit by an IED, the PM said. HIV rates fell and DVD sales \
                rose.\n";
    let facts = extract_text(text);
    for junk in [
        "I", "TV", "PC", "One", "Two", "GDP", "UAV", "IED", "PM", "HIV", "DVD",
    ] {
        assert!(kinds_of(&facts, junk).is_empty(), "{junk}: {facts:#?}");
    }
}

#[test]
fn a_capitalised_common_word_opening_a_sentence_is_not_a_name() {
    let text = "Aid arrives\n\nQuestion: what comes next? Answer: more aid. Travel to the \
                region is hard, and the travel ban stays. Disruption is likely; the disruption \
                will last.\n";
    let facts = extract_text(text);
    for junk in ["Question", "Answer", "Travel", "Disruption"] {
        assert!(kinds_of(&facts, junk).is_empty(), "{junk}: {facts:#?}");
    }
}

#[test]
fn a_title_case_headline_keeps_only_the_names_the_body_confirms() {
    let text = "Robert Ford Returns to Damascus to Discuss Next Moves\n\nAmbassador Robert \
                Ford arrived in Damascus on Tuesday.\n";
    let facts = extract_text(text);
    assert!(has(&facts, EntityKind::Person, "Robert Ford"), "{facts:#?}");
    assert!(
        !has(&facts, EntityKind::Person, "Robert Ford Returns"),
        "{facts:#?}"
    );
    let names: Vec<&str> = facts
        .entities
        .iter()
        .map(|e| e.canonical.as_str())
        .collect();
    assert!(!names.iter().any(|n| n.contains("Discuss")), "{names:?}");
}

#[test]
fn a_name_has_one_kind_in_an_article() {
    let text = "Quarterly results\n\nMicrosoft said profits rose. Analysts in Redmond \
                praised Microsoft. \"We did well,\" said Microsoft's chief executive, Satya \
                Nadella, according to Microsoft.\n";
    let facts = extract_text(text);
    let kinds = kinds_of(&facts, "Microsoft");
    assert_eq!(kinds.len(), 1, "one entity, one kind: {facts:#?}");
}

#[test]
fn unknown_towns_are_places_by_their_country_or_a_place_noun() {
    let text = "Strikes continue\n\nForces retook Qaryatayn, Syria, and moved on the port \
                city of Tartousa. After the liberation of Falloujah, residents of Woodbrook, \
                Virginia, sent aid.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Qaryatayn", "Tartousa", "Falloujah", "Woodbrook"],
        EntityKind::Place,
    );
}

#[test]
fn numbered_units_hyphenated_acronyms_and_a_bare_coalition_are_organisations() {
    let text = "Air support\n\nAirmen of the 507th Air Refueling Wing and the 2nd Battalion \
                joined CJTF-OIR. They asked the Coalition for fuel, and the 407th AEG sent it.\n";
    let facts = extract_text(text);
    for name in [
        "507th Air Refueling Wing",
        "2nd Battalion",
        "CJTF-OIR",
        "Coalition",
        "407th AEG",
    ] {
        assert!(
            has(&facts, EntityKind::Organization, name),
            "{name}: {facts:#?}"
        );
    }
    assert!(kinds_of(&facts, "CJTF").is_empty(), "{facts:#?}");
}

#[test]
fn labels_in_capitals_are_not_names_and_arabic_articles_stay_in_names() {
    let text = "Briefing\n\nQUESTION: Will the talks go on?\n\nANSWER: Iraqi Prime \
                Minister\u{200e} Haider al-Abadi said they would.\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "QUESTION").is_empty(), "{facts:#?}");
    assert!(kinds_of(&facts, "ANSWER").is_empty(), "{facts:#?}");
    assert!(
        has(&facts, EntityKind::Person, "Haider al-Abadi"),
        "{facts:#?}"
    );
}

#[test]
fn an_acronym_joins_the_organisation_whose_initials_it_is_without_brackets() {
    let text = "Advance\n\nThe Syrian Democratic Forces moved north. Later the SDF said \
                more fighters had joined.\n";
    let facts = extract_text(text);
    let forces: Vec<_> = facts
        .of_kind(EntityKind::Organization)
        .filter(|e| e.canonical == "Syrian Democratic Forces")
        .collect();
    assert_eq!(forces.len(), 1, "{facts:#?}");
    assert_eq!(forces[0].mentions.len(), 2, "{facts:#?}");
}

#[test]
fn a_sentence_opening_near_places_the_name_after_it() {
    let text = "Strike report\n\nNear Ayn Isa, three strikes hit a unit. Near Tal Afar, one \
                strike destroyed a factory. Near Dayr Az Zawr, a strike hit a bridge.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Ayn Isa", "Tal Afar", "Dayr Az Zawr"],
        EntityKind::Place,
    );
}

#[test]
fn listed_companies_are_organisations_without_a_cue_word() {
    let text = "Tech results\n\nMicrosoft said profits rose, while Apple and Boeing fell. \
                Amazon shares were flat.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Microsoft", "Apple", "Boeing", "Amazon"],
        EntityKind::Organization,
    );
}

const NEWS: &str = "\
Labour wins vote

LONDON 1996-08-30 -- The Securities and Exchange Commission fined the firm, the London Stock \
Exchange said. The House of Lords debated it, and BBC Radio Scotland reported the story.

Labour and the Lib Dems backed the plan; the Tories opposed it. Channel 4 and BBC Two covered \
it, and ITV1 did not.

Trade and Industry Secretary Patricia Hewitt said the deal was fair. P Stringer and AJ Venter \
played well in the Six Nations. She will watch Wimbledon and the Australian Open, then the \
Super Bowl.
";

#[test]
fn parties_broadcasters_and_institutions_are_organisations_kept_whole() {
    let facts = extract_text(NEWS);
    let mentions = mention_texts(NEWS, &facts);
    for name in [
        "Securities and Exchange Commission",
        "London Stock Exchange",
        "House of Lords",
        "BBC Radio Scotland",
        "Labour",
        "Lib Dems",
        "Tories",
        "Channel 4",
        "BBC Two",
        "ITV1",
    ] {
        let org = facts.of_kind(EntityKind::Organization).any(|e| {
            e.mentions
                .iter()
                .any(|s| NEWS.chars().skip(s.start).take(s.len()).collect::<String>() == name)
        });
        assert!(org, "{name} as an organisation in {mentions:?}");
    }
    assert!(
        !mentions.iter().any(|m| m == "Exchange Commission"),
        "{mentions:?}"
    );
}

#[test]
fn a_capitals_dateline_with_its_date_is_a_place() {
    let facts = extract_text(NEWS);
    let london = facts
        .of_kind(EntityKind::Place)
        .find(|e| e.canonical == "London")
        .unwrap_or_else(|| panic!("{facts:#?}"));
    assert!(!london.mentions.is_empty());
    assert!(kinds_of(&facts, "LONDON").is_empty(), "{facts:#?}");
}

#[test]
fn initials_make_people_and_a_joined_office_stays_whole() {
    let facts = extract_text(NEWS);
    for name in ["P Stringer", "AJ Venter"] {
        assert!(has(&facts, EntityKind::Person, name), "{name}: {facts:#?}");
    }
    let hewitt = facts
        .of_kind(EntityKind::Person)
        .find(|e| e.canonical == "Patricia Hewitt")
        .unwrap();
    assert_eq!(hewitt.role.as_deref(), Some("Trade and Industry Secretary"));
}

#[test]
fn tournaments_are_events() {
    let facts = extract_text(NEWS);
    for name in ["Six Nations", "Wimbledon", "Australian Open", "Super Bowl"] {
        assert!(has(&facts, EntityKind::Event, name), "{name}: {facts:#?}");
    }
}

#[test]
fn long_acronyms_groups_of_states_and_spelling_variants_are_organisations() {
    let text = "Summit\n\nOfficers from USCENTCOM briefed the G7 leaders on Da’esh.\n";
    let facts = extract_text(text);
    let mentions: Vec<String> = facts
        .of_kind(EntityKind::Organization)
        .flat_map(|e| e.mentions.iter())
        .map(|s| text.chars().skip(s.start).take(s.len()).collect())
        .collect();
    for name in ["USCENTCOM", "G7", "Da’esh"] {
        assert!(mentions.iter().any(|m| m == name), "{name} in {mentions:?}");
    }
    assert!(
        kinds_of(&facts, "USCENTCOM") != [EntityKind::Place],
        "{facts:#?}"
    );
}

#[test]
fn a_surname_without_its_arabic_article_joins_the_full_name() {
    let text = "Talks\n\nIraqi Prime Minister Haider al-Abadi met the envoy. Abadi said the \
                talks went well.\n";
    let facts = extract_text(text);
    let abadi = facts
        .of_kind(EntityKind::Person)
        .find(|e| e.canonical == "Haider al-Abadi")
        .unwrap_or_else(|| panic!("{facts:#?}"));
    assert_eq!(abadi.mentions.len(), 2, "{facts:#?}");
}

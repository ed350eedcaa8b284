//! Classes of error that a sixteenth look at hand-written news copy (government, military and
//! diplomatic press releases and statements, with wire copy's foot credits) showed, each pinned
//! on hand-written text.

mod extraction_support;

use extraction_support::kinds_of;
use gazette::archive::parse_article;
use gazette::extract::{extract_article, extract_text};
use gazette::facts::{EntityKind, PlaceType};

/// The canonical names of the entities in `text`, in the facts' order.
fn entity_names(text: &str) -> Vec<String> {
    let facts = extract_text(text);
    facts.entities.iter().map(|e| e.canonical.clone()).collect()
}

/// The source the header of the article `text` names, and the kinds `name` is extracted as.
fn source_and_kinds(text: &str, name: &str) -> (Option<String>, Vec<EntityKind>) {
    let article = parse_article("article.txt", text);
    let kinds = kinds_of(&extract_article(&article), name);
    (article.source.map(|s| s.text), kinds)
}

#[test]
fn a_wire_services_name_alone_on_the_last_line_is_the_source() {
    let text = "Premier defends sale\n\nTORONTO — The premier defended the sale on Tuesday, \
                and the opposition called for a vote.\n\nThe Canadian Press\n";
    assert_eq!(
        source_and_kinds(text, "Canadian Press"),
        (Some("The Canadian Press".to_owned()), vec![])
    );
    // Set off by a dash, after a source the top named: no body of the text either.
    let text = "Reuters\n\nTalks resume in Geneva after a pause\n\nOfficials met in Geneva on \
                Monday to resume the talks.\n\n— AFP\n";
    assert_eq!(
        source_and_kinds(text, "AFP"),
        (Some("Reuters".to_owned()), vec![])
    );
    // Not a credit when the line says more, nor when it is not the last line.
    let text = "Talks resume\n\nOfficials met in Geneva on Monday.\n\nThe Canadian Press \
                reported the talks first.\n";
    assert_eq!(parse_article("article.txt", text).source, None);
    let text = "Talks resume\n\nOfficials met in Geneva on Monday.\n\nThe Canadian Press\n\n\
                The talks resume on Friday.\n";
    assert_eq!(parse_article("article.txt", text).source, None);
}

#[test]
fn a_hyphen_spaced_as_a_dash_after_a_dateline_opens_the_sentence() {
    // "Fast" opens the sentence after the dash, so it is the role's word, not a body's name.
    let text = "Tremain out\n\nSYDNEY (AAP) - Fast bowler Josh Tremain will miss the second \
                Test.\n";
    let facts = extract_article(&parse_article("article.txt", text));
    assert_eq!(kinds_of(&facts, "Fast"), Vec::<EntityKind>::new());
    assert_eq!(kinds_of(&facts, "Josh Tremain"), [EntityKind::Person]);
}

#[test]
fn may_after_a_preposition_and_before_a_clause_is_the_month() {
    let months = |text: &str| -> Vec<String> {
        extract_text(text)
            .dates
            .iter()
            .map(|d| d.text.clone())
            .collect()
    };
    assert_eq!(
        months("Community kitchens closed in May after their stocks ran out."),
        ["May"]
    );
    assert_eq!(
        months("Ministers will meet again in late May to review the deal."),
        ["late May"]
    );
    // A verb after a subject, and a person who speaks, are no month.
    assert_eq!(
        months("The talks may end soon, and they may fail."),
        Vec::<String>::new()
    );
    assert_eq!(
        months("A source close to May said the vote would wait."),
        Vec::<String>::new()
    );
    assert_eq!(
        months("After May spoke, the party rose."),
        Vec::<String>::new()
    );
}

#[test]
fn a_country_whose_people_go_by_its_name_is_a_place() {
    let facts = extract_text("Contingents from Uganda, Egypt and Djibouti will rotate.");
    assert_eq!(kinds_of(&facts, "Djibouti"), [EntityKind::Place]);
    // An adjective joined by a hyphen describes the place and names no body.
    let facts = extract_text("Self-sufficient Gibraltar benefits from shipping.");
    assert_eq!(kinds_of(&facts, "Gibraltar"), [EntityKind::Place]);
    assert_eq!(
        kinds_of(&facts, "Self-sufficient Gibraltar"),
        Vec::<EntityKind>::new()
    );
    // A demonym that is not the country's own name is still no place.
    let facts = extract_text("Saudi officials met Thai diplomats in Geneva.");
    assert_eq!(kinds_of(&facts, "Saudi"), Vec::<EntityKind>::new());
}

#[test]
fn a_towns_name_before_a_divisions_word_names_a_region() {
    let facts = extract_text(
        "Strikes hit Idlib province on Monday. The convoy reached the capital of North Darfur \
         state. Floods hit Washington state. Qatar state media said the talks would resume.",
    );
    let type_of = |name: &str| {
        facts
            .entities
            .iter()
            .find(|e| e.canonical == name)
            .and_then(|e| e.place_type)
    };
    assert_eq!(type_of("Idlib"), Some(PlaceType::Region));
    assert_eq!(type_of("North Darfur"), Some(PlaceType::Region));
    assert_eq!(type_of("Washington"), Some(PlaceType::Region));
    // A country stays one.
    assert_eq!(type_of("Qatar"), Some(PlaceType::Country));
}

#[test]
fn a_listed_divisions_name_and_state_is_the_state() {
    let facts = extract_text(
        "Troops arrested a supplier in Zamfara State. Later they returned to Zamfara. The Borno \
         State Government thanked them.",
    );
    assert_eq!(kinds_of(&facts, "Zamfara"), [EntityKind::Place]);
    assert_eq!(kinds_of(&facts, "Zamfara State"), Vec::<EntityKind>::new());
    assert_eq!(
        kinds_of(&facts, "Borno State Government"),
        [EntityKind::Organization]
    );
    // In the US the name and "State" is a university.
    let facts = extract_text("Ohio State beat Michigan on Saturday.");
    assert_eq!(kinds_of(&facts, "Ohio State"), [EntityKind::Organization]);
}

#[test]
fn a_vessel_or_an_aircraft_is_no_person_place_or_body() {
    let names = entity_names(
        "The amphibious ship HMAS Adelaide and the transport ship JS Osumi carried troops to \
         Manila, where FGS Sachsen and INS Delhi were moored. Two F-15E Strike Eagle jets flew \
         over the port.",
    );
    assert_eq!(names, ["Manila"]);
    // A listed body's short name of the same shape stays the body; so do a body's initials
    // with no name after them.
    let facts = extract_text("Leaders met at the G-20 Interfaith Conference. The INS said.");
    assert_eq!(kinds_of(&facts, "INS"), [EntityKind::Organization]);
    assert_eq!(
        kinds_of(&facts, "Group of Twenty"),
        [EntityKind::Organization]
    );
}

#[test]
fn a_releases_label_date_and_place_date_lines_are_header_fields() {
    let published = |text: &str| {
        parse_article("article.txt", text)
            .published
            .map(|p| p.date.iso())
    };
    let body = "The ministry said the exercise ended on Tuesday.\n";
    let text = format!("Drill ends\n\nPress release — 12 March 2025\n\nTOKYO – {body}");
    assert_eq!(published(&text), Some("2025-03-12".to_owned()));
    assert_eq!(
        parse_article("article.txt", &text).dateline.map(|d| d.text),
        Some("TOKYO".to_owned())
    );
    let text = format!("Drill ends\n\nWellington, 6 November 2025\n\n{body}");
    let article = parse_article("article.txt", &text);
    assert_eq!(
        article.dateline.map(|d| d.text),
        Some("Wellington".to_owned())
    );
    assert_eq!(published(&text), Some("2025-11-06".to_owned()));
    let text = format!("Drill ends\n\nCANBERRA – {body}\nReleased 14 November 2025\n");
    assert_eq!(published(&text), Some("2025-11-14".to_owned()));
    // A label is no writer; a weekday before the date is no place.
    let text = format!("Drill ends\n\nPRESS RELEASE\nDate: 28 January 2025\n\nABUJA – {body}");
    let article = parse_article("article.txt", &text);
    assert_eq!(article.byline, None);
    assert_eq!(published(&text), Some("2025-01-28".to_owned()));
    let text = format!("Drill ends\n\nFriday, July 21, 2017\n\n{body}");
    let article = parse_article("article.txt", &text);
    assert_eq!(article.dateline, None);
    assert_eq!(published(&text), Some("2017-07-21".to_owned()));
}

#[test]
fn a_currencys_code_or_mark_is_no_body_or_place() {
    let names = entity_names(
        "Officers seized EUR 6.4 million in cash and US$ 645 million in gold. The UN gave USD 2 \
         million.",
    );
    assert_eq!(names, ["United Nations"]);
}

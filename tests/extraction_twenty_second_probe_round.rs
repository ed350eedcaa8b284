//! Classes of error that a twenty-second look at hand-written news copy showed, each pinned
//! on hand-written text.

mod extraction_support;

use extraction_support::{assert_dates, entity, kinds_of, role_of, speakers, texts_of};
use gazette::archive::parse_article;
use gazette::extract::{extract_article, extract_text};
use gazette::facts::{EntityKind, PlaceType};

#[test]
fn a_yearless_day_in_the_present_tense_is_the_coming_one_unless_just_gone() {
    let text = "Tour dates\n\nPublished: Thursday 13 March 2025\n\nAfter Wembley the tour calls \
                at Leeds on 14 November. The opera opens Oct. 4. The council meets again on \
                February 26.\n";
    assert_dates(
        text,
        &[
            ("14 November", "2025-11-14"),
            ("Oct. 4", "2025-10-04"),
            // A fortnight gone: still the one the present tense means.
            ("February 26", "2025-02-26"),
        ],
    );
}

#[test]
fn the_days_a_place_is_open_every_week_are_no_dates() {
    let text = "What's on\n\nPublished: Friday 8 August 2025\n\nThe box office is open Tuesday \
                to Saturday, and the gallery opens Wednesday to Sunday. All airports will be \
                closed from Monday to Thursday.\n";
    let found = extraction_support::dates_of(text);
    for weekday in ["Tuesday", "Saturday", "Wednesday", "Sunday"] {
        assert!(
            !found.iter().any(|(date, _)| date.starts_with(weekday)),
            "{weekday}: {found:?}"
        );
    }
    // What will be closed for one stretch is that week's.
    assert_dates(
        text,
        &[("Monday", "2025-08-11"), ("Thursday", "2025-08-14")],
    );
}

#[test]
fn a_listed_place_holding_a_month_word_is_whole() {
    let text = "Storm\n\nAid reached Viña del Mar and Mar del Plata on Monday. On Mar 3 it \
                rained again.\n";
    let facts = extract_text(text);
    for town in ["Viña del Mar", "Mar del Plata"] {
        let place = entity(&facts, EntityKind::Place, town);
        assert_eq!(place.place_type, Some(PlaceType::City), "{town}");
    }
    assert!(kinds_of(&facts, "Viña").is_empty());
    assert!(
        extraction_support::dates_of(text)
            .iter()
            .any(|(date, _)| date == "Mar 3")
    );
}

#[test]
fn the_wires_slug_contact_line_and_sign_off_are_no_facts() {
    let text = "CORRECTED - Dollar firms against mark.\nFRANKFURT 1996-09-04\n\n(Corrects rate in \
                second paragraph)\n\nFRANKFURT (Globewire) - The dollar edged higher against the \
                mark on Wednesday, dealers said.\n\nThe Bundesbank left rates unchanged.\n\n-- \
                Frankfurt Newsroom, +49 69 756 525\n\nGLOBEWIRE\n";
    let article = parse_article("wire.txt", text);
    assert_eq!(
        article.source.as_ref().map(|s| s.text.as_str()),
        Some("Globewire")
    );
    assert_eq!(
        article.dateline.as_ref().map(|s| s.text.as_str()),
        Some("FRANKFURT")
    );
    let facts = extract_article(&article);
    for furniture in ["Corrected", "CORRECTED", "Frankfurt Newsroom", "GLOBEWIRE"] {
        assert!(kinds_of(&facts, furniture).is_empty(), "{furniture}");
    }
    assert_eq!(kinds_of(&facts, "Frankfurt"), [EntityKind::Place]);
    assert_eq!(kinds_of(&facts, "Bundesbank"), [EntityKind::Organization]);
}

#[test]
fn a_name_before_a_post_only_a_body_has_and_its_holder_is_the_body() {
    let text = "Coffee\n\n\"Van Houtem is a fine business,\" said Kraft Jacobs Suchard spokesman \
                Reinhard Albers. Sara Lee chief executive John Bryan agreed, and Labour leader \
                Tony Blair said nothing.\n";
    let facts = extract_text(text);
    for body in ["Kraft Jacobs Suchard", "Sara Lee"] {
        assert_eq!(kinds_of(&facts, body), [EntityKind::Organization], "{body}");
    }
    for person in ["Reinhard Albers", "John Bryan", "Tony Blair"] {
        assert_eq!(kinds_of(&facts, person), [EntityKind::Person], "{person}");
    }
    assert_eq!(speakers(&facts), [Some("Reinhard Albers")]);
}

#[test]
fn one_called_by_where_he_is_from_is_no_name() {
    let text = "Tennis\n\n\"It is not an excuse,\" the Dane said. Danny Pole said it was fine. \
                \"No,\" said the Scot.\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "Dane").is_empty());
    assert!(kinds_of(&facts, "Scot").is_empty());
    assert_eq!(kinds_of(&facts, "Danny Pole"), [EntityKind::Person]);
}

#[test]
fn a_part_a_company_owns_is_a_body_whatever_name_it_carries() {
    let text = "Coffee\n\nThe group will fold the roaster into its Douwe Egberts unit, and it \
                sold its Van Houtem subsidiary last year.\n";
    let facts = extract_text(text);
    for body in ["Douwe Egberts", "Van Houtem"] {
        assert_eq!(kinds_of(&facts, body), [EntityKind::Organization], "{body}");
    }
}

#[test]
fn places_listed_beside_a_team_are_teams() {
    let text = "SOCCER - ROMANIA BEAT LITHUANIA.\nBUCHAREST 1996-08-31\n\nRomania beat \
                Lithuania 3-0 in a World Cup qualifier on Saturday.\n\nGroup eight: Romania, \
                Ireland, Macedonia, Iceland, Lithuania, Liechtenstein.\n";
    let facts = extract_article(&parse_article("r.txt", text));
    for team in [
        "Romania",
        "Lithuania",
        "Ireland",
        "Macedonia",
        "Liechtenstein",
    ] {
        assert_eq!(kinds_of(&facts, team), [EntityKind::Organization], "{team}");
    }
    assert_eq!(kinds_of(&facts, "Bucharest"), [EntityKind::Place]);
}

#[test]
fn a_towns_name_that_is_a_given_name_after_a_post_opens_a_persons() {
    let text = "Music\n\n\"It was a joke,\" said Gary Tolland. BPI chairman Nigel Sayer said the \
                industry had no wish to punish families. \"Illegal file-sharing is not a \
                victimless crime,\" he said. Austin Energy said nothing.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Nigel Sayer").as_deref(),
        Some("BPI chairman")
    );
    assert!(kinds_of(&facts, "Nigel").is_empty());
    assert_eq!(
        speakers(&facts),
        [Some("Gary Tolland"), Some("Nigel Sayer")]
    );
    // With no post before it, a town's name and an English word still name a body.
    assert_eq!(
        kinds_of(&facts, "Austin Energy"),
        [EntityKind::Organization]
    );
}

#[test]
fn a_side_beaten_at_home_or_played_for_in_county_cricket_is_a_team() {
    let text = "Palace lose again\n\nCrystal Palace lost 2-0 at home to Newcastle and remain in \
                the relegation places. Qureshi, who plays his county cricket for Lancashire, \
                was called into the side on Friday.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Newcastle United"),
        [EntityKind::Organization]
    );
    assert_eq!(kinds_of(&facts, "Lancashire"), [EntityKind::Organization]);
}

#[test]
fn a_places_possessive_opens_no_bodys_name() {
    let text = "Hong Kong\n\nBritain's Foreign Office said the move had \"no basis in the Joint \
                Declaration\". China's Ministry of Civil Affairs gave no figures.\n";
    let facts = extract_text(text);
    for body in ["Foreign Office", "Ministry of Civil Affairs"] {
        entity(&facts, EntityKind::Organization, body);
    }
    assert_eq!(speakers(&facts), [Some("Foreign Office")]);
    assert_eq!(kinds_of(&facts, "China"), [EntityKind::Place]);
}

#[test]
fn a_county_in_a_cricket_scoreline_or_a_fixture_is_a_team() {
    let text = "CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES.\nLONDON 1996-08-30\n\nClose of \
                play scores in four-day county cricket matches on Friday:\n\nAt Chelmsford: \
                Yorkshire 387 (D. Harwood 112, J. Moxley 67 not out; A. Fennimore 5-88) and \
                41-1. Essex 251 (R. Okafor 78; C. Aldersley 4-60).\n\nAt Hove: Kent 188-5 dec \
                (N. Ashdown 73). Sussex 264 (Ijaz Mahmood 101).\n\nAt Old Trafford: Lancashire \
                v Derbyshire - no play, rain.\n\nYorkshire, who lead Essex by 136 runs, need \
                a win to keep alive their hopes of the title. Their batsmen and bowlers have \
                taken 40 wickets in two matches.\n";
    let facts = extract_article(&parse_article("cricket.txt", text));
    for county in [
        "Yorkshire",
        "Essex",
        "Kent",
        "Sussex",
        "Lancashire",
        "Derbyshire",
    ] {
        assert_eq!(
            kinds_of(&facts, county),
            [EntityKind::Organization],
            "{county}"
        );
    }
    assert_eq!(kinds_of(&facts, "Chelmsford"), [EntityKind::Place]);
}

#[test]
fn the_first_of_two_surnames_alone_is_the_person_not_a_place() {
    let text = "Rebels\n\nGen. Jesús Alberto Herrera Saldívar, commander of the military zone, \
                told reporters that two soldiers had died. \"The situation is under control,\" \
                Herrera said.\n";
    let facts = extract_text(text);
    let general = entity(&facts, EntityKind::Person, "Jesús Alberto Herrera Saldívar");
    assert_eq!(
        texts_of(text, general),
        ["Jesús Alberto Herrera Saldívar", "Herrera"]
    );
    assert!(kinds_of(&facts, "Herrera").is_empty());
    assert_eq!(speakers(&facts), [Some("Jesús Alberto Herrera Saldívar")]);
}

#[test]
fn a_results_line_opens_with_where_it_was_played() {
    let text = "Cricket\n\nAt Taunton: Somerset 301 (M. Vaughan 81).\n\nAt Hove: Sussex v Kent - \
                no play.\n\nAt Christmas: nothing was played.\n";
    let facts = extract_text(text);
    for town in ["Taunton", "Hove"] {
        let place = entity(&facts, EntityKind::Place, town);
        assert_eq!(place.place_type, Some(PlaceType::City), "{town}");
    }
    assert!(kinds_of(&facts, "Christmas").is_empty());
}

//! Classes of error that a twenty-first look at hand-written news copy showed (local news,
//! world and wire news, entertainment and profiles), each pinned on hand-written text.

mod extraction_support;

use extraction_support::{assert_dates, dates_of, entity, kinds_of, role_of, speakers};
use gazette::extract::extract_text;
use gazette::facts::{EntityKind, PlaceType};

#[test]
fn a_site_named_with_its_town_is_one_site() {
    let text = "Crash\n\nHe was taken to the Queen Elizabeth Hospital Birmingham, where he \
                remains. His sister was treated at University Hospital Limerick last year.\n";
    let facts = extract_text(text);
    for site in [
        "Queen Elizabeth Hospital Birmingham",
        "University Hospital Limerick",
    ] {
        let place = entity(&facts, EntityKind::Place, site);
        assert_eq!(place.place_type, Some(PlaceType::Facility));
    }
    assert!(kinds_of(&facts, "Elizabeth Hospital Birmingham").is_empty());
    assert!(kinds_of(&facts, "Limerick").is_empty());
}

#[test]
fn a_town_spelt_like_an_english_word_is_a_town_by_its_county() {
    let text = "Raid\n\nThe raid happened at a post office in Mallow, Co Cork, last year. She \
                grew up in Bury, Greater Manchester, and lives in Reading, Berkshire. He has \
                a degree in Economics and works in Marketing.\n";
    let facts = extract_text(text);
    for town in ["Mallow", "Bury", "Reading"] {
        let place = entity(&facts, EntityKind::Place, town);
        assert_eq!(place.place_type, Some(PlaceType::City), "{town}");
    }
    // Without a place beside them, English words after "in" stay words.
    assert!(kinds_of(&facts, "Economics").is_empty());
    assert!(kinds_of(&facts, "Marketing").is_empty());
}

#[test]
fn examples_of_a_kind_of_place_are_places_of_that_kind() {
    let text = "Strike\n\nThe plan would close ticket offices at smaller stations such as \
                Reddish South and Daisy Hill. Towns such as Kilcullen and Ballysax have grown \
                fast, and countries like Chad and Niger are hit. There are no trains between \
                Wigan and Kirkby. Fans of singers such as Tom Jones came.\n";
    let facts = extract_text(text);
    for (name, kind) in [
        ("Reddish South", PlaceType::Facility),
        ("Daisy Hill", PlaceType::Facility),
        ("Kilcullen", PlaceType::City),
        ("Ballysax", PlaceType::City),
        ("Niger", PlaceType::Country),
        ("Kirkby", PlaceType::City),
    ] {
        let place = entity(&facts, EntityKind::Place, name);
        assert_eq!(place.place_type, Some(kind), "{name}");
    }
    // Examples of people stay people.
    assert_eq!(kinds_of(&facts, "Tom Jones"), [EntityKind::Person]);
}

#[test]
fn a_pronouns_contraction_an_honour_and_a_district_collector_are_no_bodies() {
    let text = "Floods\n\n“Now I’ll have to come back,” she said. “I’d do it again.” She was \
                appointed OBE in 1997. Around 1,800 people were moved, District Collector \
                Anitha Ramachandran said. \"There is no need for panic,\" the Collector told \
                reporters.\n";
    let facts = extract_text(text);
    for word in ["I’ll", "I’d", "OBE", "Collector"] {
        assert!(kinds_of(&facts, word).is_empty(), "{word}");
    }
    assert_eq!(
        role_of(&facts, "Anitha Ramachandran").as_deref(),
        Some("District Collector")
    );
    assert_eq!(speakers(&facts).last(), Some(&Some("Anitha Ramachandran")));
}

#[test]
fn a_time_of_day_before_or_after_a_day_is_labelled_with_it() {
    let text = "Listings\n\nPublished: Friday 8 August 2025\n\nThe orchestra plays on Saturday 9 \
                August, 7.30pm, and the band plays on Sunday, 10pm. Tickets go on sale at 9am \
                next Friday. The quake struck at 0412 GMT on Thursday. The funeral is on \
                Tuesday at 11am. She said on Monday, 10 people had left.\n";
    assert_dates(
        text,
        &[
            ("Saturday 9 August, 7.30pm", "2025-08-09"),
            ("Sunday, 10pm", "2025-08-10"),
            ("9am next Friday", "2025-08-15"),
            ("0412 GMT on Thursday", "2025-08-07"),
            ("Tuesday at 11am", "2025-08-12"),
        ],
    );
    // A number that tells no time stays out of the date.
    assert!(dates_of(text).iter().any(|(date, _)| date == "Monday"));
}

#[test]
fn a_stretch_to_a_weekday_has_no_value_and_last_month_of_the_same_name_is_a_year_gone() {
    let text = "Quake\n\nPublished: Tuesday 16 December 2025\n\nThe road will stay closed until \
                Tuesday, and temperatures will stay high until at least Friday. Prices have \
                risen since Monday. Last December's quake killed 14 people. It rained on \
                Sunday.\n";
    let found = dates_of(text);
    for stretch in ["until Tuesday", "until at least Friday", "since Monday"] {
        assert!(
            found.contains(&(stretch.to_owned(), None)),
            "{stretch}: {found:?}"
        );
    }
    assert_dates(
        text,
        &[("Last December", "2024-12"), ("Sunday", "2025-12-14")],
    );
}

#[test]
fn venues_peaks_and_streets_are_places_not_people() {
    let text = "Travel\n\nWe walked from the Grand Palais to the Eiffel Tower, heard the \
                orchestra at the Usher Hall and the Royal Albert Hall, hiked past Cecil Peak \
                and later ate in San Sebastián on Calle Zabaleta. Jerry Hall was there. The \
                San Mateo Marriott Hotel was full.\n";
    let facts = extract_text(text);
    for (name, kind) in [
        ("Grand Palais", PlaceType::Facility),
        ("Eiffel Tower", PlaceType::Facility),
        ("Usher Hall", PlaceType::Facility),
        ("Royal Albert Hall", PlaceType::Facility),
        ("Cecil Peak", PlaceType::Other),
        ("San Sebastián", PlaceType::City),
        ("Calle Zabaleta", PlaceType::Other),
        ("San Mateo Marriott Hotel", PlaceType::Facility),
    ] {
        let place = entity(&facts, EntityKind::Place, name);
        assert_eq!(place.place_type, Some(kind), "{name}");
    }
    assert_eq!(kinds_of(&facts, "Jerry Hall"), [EntityKind::Person]);
}

#[test]
fn roles_of_the_arts_and_a_role_noun_used_as_a_verb() {
    let text = "Season\n\nShowrunner Dana Whitfield said the cast was thrilled, and host \
                Rachel Adeyinka laughed. \"People are buying fewer pieces,\" said Isabelle \
                Marchand, a buyer for Galeries Lafayette. The Toronto-born mezzo-soprano Naomi \
                Achterberg agreed. Fenerbahce return home to host Anadolu Efes on Friday. He \
                spoke to coach Mike Ruddock.\n";
    let facts = extract_text(text);
    for (person, role) in [
        ("Dana Whitfield", "Showrunner"),
        ("Rachel Adeyinka", "host"),
        ("Isabelle Marchand", "buyer for Galeries Lafayette"),
        ("Naomi Achterberg", "Toronto-born mezzo-soprano"),
        ("Mike Ruddock", "coach"),
    ] {
        assert_eq!(role_of(&facts, person).as_deref(), Some(role), "{person}");
    }
    // "to host Anadolu Efes" says what is done, no one's role.
    let hosts = facts
        .entities
        .iter()
        .filter(|e| e.role.as_deref() == Some("host"));
    assert_eq!(hosts.count(), 1);
}

#[test]
fn a_quotation_someone_laughs_is_theirs() {
    let text = "Tour\n\nCallum Reyes is calm about it. \"An arena is just a bigger room,\" he \
                laughs. \"We will still forget the setlist.\"\n";
    let facts = extract_text(text);
    assert_eq!(
        speakers(&facts),
        [Some("Callum Reyes"), Some("Callum Reyes")]
    );
}

#[test]
fn a_weekday_that_comes_round_again_is_no_date_and_no_place() {
    let text = "Listings\n\nPublished: Friday 8 August 2025\n\nThe quiz moved from Thursdays to \
                Saturday nights. The group meets every Tuesday at 7pm, and films screen on the \
                last Sunday of each month. The final is on Saturday.\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "Thursdays").is_empty());
    let found = dates_of(text);
    assert!(
        found
            .iter()
            .all(|(date, _)| !date.contains("Tuesday") && !date.contains("Sunday")),
        "{found:?}"
    );
    assert_dates(text, &[("Saturday", "2025-08-09")]);
    assert_eq!(found.iter().filter(|(d, _)| d == "Saturday").count(), 1);
}

#[test]
fn a_quotation_that_ends_the_sentence_it_joined_is_that_sentences_speakers() {
    let text = "Protests\n\nOpposition politician Levan Tsiklauri said the arrests \"will not make \
                us go home.\" The Interior Ministry said officers had acted against \"violent \
                groups\" who threw fireworks.\n";
    let facts = extract_text(text);
    assert_eq!(
        speakers(&facts),
        [Some("Levan Tsiklauri"), Some("Interior Ministry")]
    );
}

#[test]
fn a_division_or_a_features_word_after_a_name_says_what_place_it_is() {
    let text = "Floods\n\nRescuers reached villages cut off by the swollen Buzi and Pungwe \
                rivers, and troops moved into the Catatumbo region. Drones came down over the \
                Sumy and Odesa regions and the Agam and Tanah Datar regencies. Seven were held \
                in the Costa del Sol region. John Smith and Jane Doe met.\n";
    let facts = extract_text(text);
    for (name, kind) in [
        ("Buzi", PlaceType::Other),
        ("Pungwe", PlaceType::Other),
        ("Catatumbo", PlaceType::Region),
        ("Sumy", PlaceType::Region),
        ("Odesa", PlaceType::Region),
        ("Agam", PlaceType::Region),
        ("Tanah Datar", PlaceType::Region),
    ] {
        let place = entity(&facts, EntityKind::Place, name);
        assert_eq!(place.place_type, Some(kind), "{name}");
    }
    assert!(kinds_of(&facts, "Sol").is_empty());
    assert_eq!(kinds_of(&facts, "John Smith"), [EntityKind::Person]);
}

#[test]
fn a_person_known_by_one_name_is_read_by_the_age_after_it() {
    let text = "Floods\n\n\"The flow came fast,\" Sutarmo told reporters.\n\nIn the village of \
                Sungai Pua, Yusnidar, 52, said she heard a roar.\n\n\"My neighbour's house was \
                there,\" she said. Kipchumba arap Rotich, 31, was sentenced. In Keighley, 12, \
                were hurt.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "Yusnidar"), [EntityKind::Person]);
    assert_eq!(speakers(&facts), [Some("Sutarmo"), Some("Yusnidar")]);
    // Not a name's end after its particle, nor a town after "in".
    assert!(kinds_of(&facts, "Rotich").is_empty());
    assert!(!kinds_of(&facts, "Keighley").contains(&EntityKind::Person));
}

#[test]
fn she_is_the_woman_her_husbands_apposition_does_not_name() {
    // (Non-ASCII letters just before the words read back over, as in "Côte d’Ivoire".)
    let text = "Profile\n\nHalima Bello-Adeyemi runs Ledgerly from Côte d’Ivoire’s biggest \
                city. Her husband, the architect Dapo Adeyemi, says she has not taken a \
                holiday since 2014. \"I went to Accra for a conference,\" she says.\n";
    let facts = extract_text(text);
    assert_eq!(speakers(&facts), [Some("Halima Bello-Adeyemi")]);
}

#[test]
fn reading_back_from_a_name_over_letters_of_several_bytes_does_not_panic() {
    // Whatever the offset, some byte 60 back from the name falls inside a three-byte dash
    // (and who a pronoun can be is read only in an article that quotes).
    for pad in ["", " ", "  "] {
        let text = format!(
            "Profile\n\n{}{pad} Her husband, the architect Dapo Adeyemi, said \"no\".\n",
            "—".repeat(30)
        );
        let facts = extract_text(&text);
        assert_eq!(kinds_of(&facts, "Dapo Adeyemi"), [EntityKind::Person]);
    }
}

#[test]
fn two_bodies_either_side_of_to_are_two_names() {
    let text = "Studios\n\nThe big studios, from Yash Raj Films to Dharma Productions, agreed. It \
                moved from Acme Holdings to Globex Corporation. The Committee to Protect \
                Journalists spoke.\n";
    let facts = extract_text(text);
    for body in [
        "Yash Raj Films",
        "Dharma Productions",
        "Acme Holdings",
        "Globex Corporation",
        "Committee to Protect Journalists",
    ] {
        assert_eq!(kinds_of(&facts, body), [EntityKind::Organization], "{body}");
    }
}

#[test]
fn an_acronym_a_body_is_said_to_be_known_by_is_that_body() {
    let text = "Sahel\n\nThe three states formed the Alliance of Sahel States, known by its \
                French acronym AES. The AES said it would study the offer. The Centre for \
                Volcanology and Geological Hazard Mitigation, known as PVMBG, raised the alert, \
                PVMBG said.\n";
    let facts = extract_text(text);
    for (body, acronym) in [
        ("Alliance of Sahel States", "AES"),
        (
            "Centre for Volcanology and Geological Hazard Mitigation",
            "PVMBG",
        ),
    ] {
        let written =
            extraction_support::texts_of(text, entity(&facts, EntityKind::Organization, body));
        assert!(written.contains(&acronym.to_owned()), "{body}: {written:?}");
    }
}

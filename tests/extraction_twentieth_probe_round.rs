//! Classes of error that a twentieth look at hand-written news copy showed (politics, courts
//! and culture), each pinned on hand-written text.

mod extraction_support;

use extraction_support::{
    assert_dates, dates_of, entity, kinds_of, role_of, said, speakers, texts_of,
};
use gazette::extract::extract_text;
use gazette::facts::{EntityKind, PlaceType};

#[test]
fn a_us_state_abbreviated_after_a_town_is_a_state_and_the_town_a_town() {
    let text = "Floods\n\nSPRINGFIELD, Ill. (AP) — Floods near Muncie, Ind., and in Albany, \
                N.Y., left hundreds homeless, officials in Tulsa, OK, said. The storm reached \
                Fresno, Calif. The rain stopped.\n";
    let facts = extract_text(text);
    for (state, written) in [
        ("Illinois", "Ill."),
        ("Indiana", "Ind."),
        ("New York", "N.Y."),
        ("Oklahoma", "OK"),
        ("California", "Calif."),
    ] {
        let place = entity(&facts, EntityKind::Place, state);
        assert_eq!(texts_of(text, place), [written]);
        assert_eq!(place.place_type, Some(PlaceType::Region));
    }
    // A town too small for the gazetteer is a town by its state.
    assert_eq!(kinds_of(&facts, "Muncie"), [EntityKind::Place]);
}

#[test]
fn a_lawmakers_party_and_state_tag_names_the_state() {
    let text = "Vote\n\nSen. Ted Cruz (R-Texas) and Rep. Nancy Pelosi (D-Calif.) clashed. \
                Senator Ana Ruiz, D-N.M., said the vote was close. Sen. Tom Hale (R-TX) and \
                Rep. Jim Jordan, R-Ohio, disagreed.\n";
    let facts = extract_text(text);
    for (state, written) in [
        ("Texas", vec!["Texas", "TX"]),
        ("California", vec!["Calif."]),
        ("New Mexico", vec!["N.M."]),
        ("Ohio", vec!["Ohio"]),
    ] {
        let place = entity(&facts, EntityKind::Place, state);
        assert_eq!(texts_of(text, place), written);
    }
    for person in [
        "Ted Cruz",
        "Nancy Pelosi",
        "Ana Ruiz",
        "Tom Hale",
        "Jim Jordan",
    ] {
        assert_eq!(kinds_of(&facts, person), [EntityKind::Person]);
    }
}

#[test]
fn an_abbreviation_like_a_state_elsewhere_is_no_state() {
    // "Miss." before a name, "OR" and "IN" as words, a letter and a hyphen in a model's name.
    // A barrister's letters after a name.
    let text = "Notes\n\nMiss. Jones arrived. Portland, OR the suburbs, voted. Come IN now. \
                The R-Class car and the D-Day landings were remembered. Tom Molomby, SC, and \
                Ann Hale, MS, spoke for the parents.\n";
    let facts = extract_text(text);
    for state in [
        "Mississippi",
        "Oregon",
        "Indiana",
        "California",
        "South Carolina",
    ] {
        assert!(kinds_of(&facts, state).is_empty(), "{state}: {facts:#?}");
    }
}

#[test]
fn an_honorific_of_south_asia_or_the_philippines_is_no_person_and_passes_the_role_on() {
    let text = "Reshuffle\n\nInterior Secretary Atty. Paolo Reyes-Gatdula said it was fine. \
                President Smt. Savitri Rao and Smt Anupriya Deshmukh-Rao attended. Cllr Ann \
                Byrne and Shri Ram Nath Kovind came.\n";
    let facts = extract_text(text);
    for honorific in ["Atty", "Smt", "Cllr", "Shri"] {
        assert!(
            kinds_of(&facts, honorific).is_empty(),
            "{honorific}: {facts:#?}"
        );
    }
    for person in ["Anupriya Deshmukh-Rao", "Ann Byrne", "Ram Nath Kovind"] {
        assert_eq!(kinds_of(&facts, person), [EntityKind::Person]);
    }
    assert_eq!(
        role_of(&facts, "Paolo Reyes-Gatdula").as_deref(),
        Some("Interior Secretary")
    );
    assert_eq!(role_of(&facts, "Savitri Rao").as_deref(), Some("President"));
}

#[test]
fn an_office_before_a_rank_is_the_role_its_of_phrase_and_a_whip_too() {
    let text = "Vote\n\nMajority Whip Rep. Dolores Canlas-Uy agreed. Federal Minister of \
                Labour Dr. Henrik Vogel spoke.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Dolores Canlas-Uy").as_deref(),
        Some("Majority Whip")
    );
    assert_eq!(
        role_of(&facts, "Henrik Vogel").as_deref(),
        Some("Federal Minister of Labour")
    );
    // The portfolio is no party.
    assert!(kinds_of(&facts, "Labour Party").is_empty());
}

#[test]
fn an_offices_portfolio_is_its_holders_role_and_names_no_body() {
    let text = "Cabinet\n\nMinister for Housing, Local Government and Heritage Aoife Ní \
                Bhriain said the plan would work. Minister for Enterprise, Trade and Employment \
                Ciarán Ó Briain-Walsh opened the debate. Secretary of State for Environment, \
                Food and Rural Affairs Steve Reed visited. Minister of Labour Ana Costa spoke.\n";
    let facts = extract_text(text);
    for (person, role) in [
        (
            "Aoife Ní Bhriain",
            "Minister for Housing, Local Government and Heritage",
        ),
        (
            "Ciarán Ó Briain-Walsh",
            "Minister for Enterprise, Trade and Employment",
        ),
        (
            "Steve Reed",
            "Secretary of State for Environment, Food and Rural Affairs",
        ),
        ("Ana Costa", "Minister of Labour"),
    ] {
        assert_eq!(role_of(&facts, person).as_deref(), Some(role), "{facts:#?}");
    }
    for portfolio in ["Housing", "Local Government", "Enterprise", "Labour Party"] {
        assert!(
            kinds_of(&facts, portfolio).is_empty(),
            "{portfolio}: {facts:#?}"
        );
    }
}

#[test]
fn a_place_or_a_body_after_an_office_stays_one() {
    let text = "Visit\n\nMinister for Scotland Ian Gray met the Minister of Kazakhstan. The \
                UN High Commissioner for Refugees, Filippo Grandi, said aid was late. \
                President of Microsoft Brad Smith came.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "Kazakhstan"), [EntityKind::Place]);
    assert_eq!(kinds_of(&facts, "Microsoft"), [EntityKind::Organization]);
    assert_eq!(
        kinds_of(&facts, "UN High Commissioner for Refugees"),
        [EntityKind::Organization]
    );
    assert_eq!(
        role_of(&facts, "Ian Gray").as_deref(),
        Some("Minister for Scotland")
    );
}

#[test]
fn a_barristers_letters_after_a_name_are_no_body_and_say_nothing() {
    let text = "Court\n\nDefence counsel Cian de Paor SC said his client had been \"consumed by \
                debt\". Tom Molomby, SC, said the parents were not guilty.\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "SC").is_empty(), "{facts:#?}");
    assert_eq!(said(&facts), [(Some("Cian de Paor"), "consumed by debt")]);
    assert_eq!(kinds_of(&facts, "Tom Molomby"), [EntityKind::Person]);
}

#[test]
fn a_title_before_a_name_with_particles_is_not_in_the_name() {
    let text = "Ruling\n\nJustice Maria dos Santos Albuquerque wrote the opinion.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Maria dos Santos Albuquerque"),
        [EntityKind::Person]
    );
    assert!(kinds_of(&facts, "Justice Maria dos Santos Albuquerque").is_empty());
}

#[test]
fn a_surname_like_a_rank_ends_its_sentence_before_a_word_that_opens_one() {
    let text = "Gala\n\nThe gala was hosted by actor Meera Sen. It returned to Delhi. Sen. Ted \
                Cruz spoke.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "Meera Sen"), [EntityKind::Person]);
    assert!(kinds_of(&facts, "It").is_empty(), "{facts:#?}");
    assert_eq!(kinds_of(&facts, "Ted Cruz"), [EntityKind::Person]);
}

#[test]
fn a_town_after_in_is_no_person_by_the_description_after_it() {
    let text = "Obituary\n\nHarriet Vane was born in Penzance, the daughter of a harbourmaster. \
                \"I never wanted to leave,\" she said.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "Penzance"), [EntityKind::Place]);
    assert_eq!(speakers(&facts), [Some("Harriet Vane")]);
}

#[test]
fn a_name_that_says_it_of_itself_is_a_body_and_studios_are_bodies() {
    let text = "Inquest\n\nIn a statement, Brackwater Builders said it had \"already complied\" \
                with the order. The film was backed by Dharma Productions, Yash Raj Films and \
                Fenwick Studio.\n";
    let facts = extract_text(text);
    for body in [
        "Brackwater Builders",
        "Dharma Productions",
        "Yash Raj Films",
        "Fenwick Studio",
    ] {
        assert_eq!(kinds_of(&facts, body), [EntityKind::Organization], "{body}");
    }
    assert_eq!(speakers(&facts), [Some("Brackwater Builders")]);
}

#[test]
fn a_date_told_by_the_last_one_of_its_unit_takes_its_value() {
    let text = "Probe\n\nPublished: 10:00, 3 March 2025\n\nShe married in 1961. The couple moved \
                to Leeds the following year. The firm was founded in March 2009; that month it \
                hired ten people. On 4 June 2012 the plant closed; the following day workers \
                protested, and the previous year it had made a loss. In 2003 the talks began. \
                That year also saw protests.\n";
    assert_dates(
        text,
        &[
            ("following year", "1962"),
            ("that month", "2009-03"),
            ("following day", "2012-06-05"),
            ("previous year", "2011"),
            ("That year", "2003"),
        ],
    );
}

#[test]
fn a_date_told_by_another_with_none_before_it_has_no_value() {
    // The publication stamp tells no year of this kind.
    let text = "Probe\n\nPublished: 10:00, 3 March 2025\n\nThe couple moved to Leeds the \
                following year.\n";
    assert_eq!(
        dates_of(text).last(),
        Some(&("following year".to_owned(), None))
    );
}

#[test]
fn a_named_summit_or_conference_is_an_event_and_a_standing_body_is_not() {
    // (One a listed body holds names the body instead: "G7 Ise-Shima Summit".)
    let text = "Talks\n\nLeaders met at the AI Action Summit in Paris; delegates later gathered \
                for the Munich Security Conference. The United Nations Conference on Trade and \
                Development said so, and the Italian Episcopal Conference agreed. The summit \
                ended.\n";
    let facts = extract_text(text);
    for event in ["AI Action Summit", "Munich Security Conference"] {
        assert_eq!(kinds_of(&facts, event), [EntityKind::Event], "{facts:#?}");
    }
    for name in ["United Nations Conference", "Italian Episcopal Conference"] {
        assert!(
            !kinds_of(&facts, name).contains(&EntityKind::Event),
            "{name}"
        );
    }
}

#[test]
fn a_stretch_from_one_date_until_another_or_between_two_days_by_a_dash_is_one_range() {
    let text = "Probe\n\nPublished: 10:00, 3 March 2025\n\nThe show ran from 2011 until 2015. \
                The poll ran Oct. 31–Nov. 2. The exhibition runs 9 October 2024 – 16 March \
                2025. He stayed until 2015.\n";
    assert_dates(
        text,
        &[
            ("from 2011 until 2015", "2011/2015"),
            ("Oct. 31–Nov. 2", "2024-10-31/2024-11-02"),
            ("9 October 2024 – 16 March 2025", "2024-10-09/2025-03-16"),
            ("until 2015", "2015"),
        ],
    );
}

#[test]
fn said_the_office_or_the_body_after_a_quotation_names_the_one_named_before() {
    let text = "Trial\n\nJudge Helen Marr opened the case. \"You must ignore the headlines,\" \
                said the judge. The Defence Ministry issued a statement. \"Troops are safe,\" \
                said the ministry.\n";
    let facts = extract_text(text);
    assert_eq!(
        said(&facts),
        [
            (Some("Helen Marr"), "You must ignore the headlines"),
            (Some("Defence Ministry"), "Troops are safe"),
        ]
    );
}

#[test]
fn a_tradesmans_or_an_artists_occupation_before_the_name_is_the_role() {
    let text = "Inquest\n\nCrane operator Paul Denis testified. The jeweller Rina Patel spoke \
                next, and cinematographer Lee Joon-ho came.\n";
    let facts = extract_text(text);
    for (person, role) in [
        ("Paul Denis", "Crane operator"),
        ("Rina Patel", "jeweller"),
        ("Lee Joon-ho", "cinematographer"),
    ] {
        assert_eq!(role_of(&facts, person).as_deref(), Some(role), "{facts:#?}");
    }
}

#[test]
fn the_liberals_and_the_nationals_are_parties() {
    let text = "Vote\n\nThe Liberals and the Nationals walked out of the ALP's conference.\n";
    let facts = extract_text(text);
    for party in ["Liberal Party", "National Party", "Australian Labor Party"] {
        assert_eq!(
            kinds_of(&facts, party),
            [EntityKind::Organization],
            "{facts:#?}"
        );
    }
}

#[test]
fn a_nigerian_state_named_after_its_capital_is_a_region_apart_from_the_city() {
    let text = "Kidnap\n\nStudents were taken from a hostel in Kaduna State, near the city of \
                Kaduna. Ohio State beat Michigan.\n";
    let facts = extract_text(text);
    let state = entity(&facts, EntityKind::Place, "Kaduna State");
    assert_eq!(state.place_type, Some(PlaceType::Region));
    assert_eq!(
        entity(&facts, EntityKind::Place, "Kaduna").place_type,
        Some(PlaceType::City)
    );
    assert_eq!(kinds_of(&facts, "Ohio State"), [EntityKind::Organization]);
}

#[test]
fn a_members_letters_before_for_are_no_body_and_named_regions_are_whole() {
    let text = "Poll\n\nThe TD for Cork North, Mary Kehoe-Doyle, said no. Voters in Atlantic \
                Canada and the Greater Toronto Area split.\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "TD").is_empty(), "{facts:#?}");
    for region in ["Atlantic Canada", "Greater Toronto Area"] {
        assert_eq!(kinds_of(&facts, region), [EntityKind::Place], "{region}");
    }
}

#[test]
fn a_town_and_one_or_two_compass_words_name_a_seat() {
    let text = "Results\n\nShe won Belfast East and he held Leeds North West. The candidate in \
                Cork North-Central conceded.\n";
    let facts = extract_text(text);
    for seat in ["Belfast East", "Leeds North West", "Cork North-Central"] {
        let place = entity(&facts, EntityKind::Place, seat);
        assert_eq!(place.place_type, Some(PlaceType::Region), "{seat}");
    }
    for town in ["Belfast", "Leeds", "Cork"] {
        assert!(kinds_of(&facts, town).is_empty(), "{town}: {facts:#?}");
    }
}

#[test]
fn an_unnamed_official_of_a_named_body_is_no_speaker_but_its_spokesperson_is_the_body() {
    let text = "Talks\n\n\"We need more time,\" a senior EU diplomat said. A Foreign Ministry \
                official said: \"There is no deal yet.\" One NATO official told reporters the \
                plan was \"ambitious\". \"We have cooperated fully,\" a Barclays spokesperson \
                said.\n";
    let facts = extract_text(text);
    assert_eq!(
        said(&facts),
        [(Some("Barclays"), "We have cooperated fully")],
        "{facts:#?}"
    );
}

#[test]
fn a_name_after_an_aide_or_an_adviser_to_is_whom_they_serve_not_where() {
    let text = "Talks\n\nAn aide to Merkel said it was done. He was an adviser to Sarkozy and a \
                deputy to Hollande. They flew to Kowalczyk.\n";
    let facts = extract_text(text);
    for name in ["Merkel", "Hollande"] {
        assert!(
            !kinds_of(&facts, name).contains(&EntityKind::Place),
            "{name}: {facts:#?}"
        );
    }
    // A journey's "to" still leads to a place.
    assert_eq!(kinds_of(&facts, "Kowalczyk"), [EntityKind::Place]);
}

#[test]
fn posted_tweeted_and_calling_attribute_a_quotation() {
    let text = "Shutdown\n\nProsecutor Sam Idowu asked for detention, calling him \"a flight \
                risk\". Rep. Chloe Ward-Assefa posted on X that members had received \
                \"commitments in writing\". \"Cool clock, Ahmed,\" Barack Obama tweeted.\n";
    let facts = extract_text(text);
    assert_eq!(
        said(&facts),
        [
            (Some("Sam Idowu"), "a flight risk"),
            (Some("Chloe Ward-Assefa"), "commitments in writing"),
            (Some("Barack Obama"), "Cool clock, Ahmed"),
        ]
    );
}

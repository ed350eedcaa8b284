//! Classes of error that wire copy written by hand in an international news agency's style
//! (sport results and scoreboards, markets, politics, crime) showed, each pinned on
//! hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, entity, kinds_of, not_of_kind, role_of};
use gazette::extract::extract_text;
use gazette::facts::{EntityKind, PlaceType};

#[test]
fn a_weekday_that_ends_a_clubs_name_is_the_club_not_a_date() {
    let text = "SOCCER - ENGLISH RESULTS\n\nLONDON 1996-10-20\n\nSheffield Wednesday drew at \
                home on Saturday.\n\nResults of English league matches on Saturday:\n\n\
                Sheffield Wednesday 1 Blackburn 1\nWest Ham 2 Everton 1\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Sheffield Wednesday", "Blackburn Rovers", "Everton FC"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["Sheffield"], EntityKind::Place);
    let days: Vec<&str> = facts.dates.iter().map(|d| d.text.as_str()).collect();
    assert!(!days.contains(&"Wednesday"), "{days:?}");
    assert!(days.contains(&"Saturday"), "{days:?}");
}

#[test]
fn a_countrys_first_level_division_is_a_region_even_before_poll() {
    let text = "Socialists lose ground in Andalusia poll\n\nMADRID 1996-09-02\n\nThe ruling party \
                gained in Andalusia and Catalonia, while in Bavaria the Christian Social Union \
                held its lead, polls in Punjab and Sichuan aside.\n";
    let facts = extract_text(text);
    for name in ["Andalusia", "Catalonia", "Bavaria", "Punjab", "Sichuan"] {
        let place = entity(&facts, EntityKind::Place, name);
        assert_eq!(
            place.place_type,
            Some(PlaceType::Region),
            "{name}: {facts:#?}"
        );
    }
}

#[test]
fn a_city_named_like_its_division_is_the_city_unless_the_division_is_far_larger() {
    let text = "Tour\n\nThe band played in Asunción, İzmir and Valparaíso, then in Bali and in \
                Paraná, where the state government hosted it.\n";
    let facts = extract_text(text);
    for (name, kind) in [
        ("Asunción", PlaceType::City),
        ("İzmir", PlaceType::City),
        ("Valparaíso", PlaceType::City),
        // Not India's Bāli, whose ASCII spelling it shares, nor Argentina's city of Paraná.
        ("Bali", PlaceType::Region),
        ("Paraná", PlaceType::Region),
    ] {
        let place = entity(&facts, EntityKind::Place, name);
        assert_eq!(place.place_type, Some(kind), "{name}: {facts:#?}");
    }
}

#[test]
fn initials_before_a_towns_name_make_a_person_wherever_the_name_stands() {
    let text = "CRICKET - SCOREBOARD\n\nLONDON 1996-08-22\n\nThe innings was held together by \
                R. Preston, who made 94. M. Bradford and K. Leeds also batted.\n\n\
                England first innings\n\nJ. Crawley not out 94\nN. Hussain b Waqar 12\n\n\
                They toured N. Ireland and played in Leeds. The law of vitamin C. The end.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "R. Preston",
            "M. Bradford",
            "K. Leeds",
            "J. Crawley",
            "N. Hussain",
        ],
        EntityKind::Person,
    );
    not_of_kind(
        &facts,
        &["Crawley", "Preston", "Bradford"],
        EntityKind::Place,
    );
    all_of_kind(&facts, &["Leeds"], EntityKind::Place);
    not_of_kind(&facts, &["N. Ireland", "C. The"], EntityKind::Person);
}

#[test]
fn capitals_and_a_number_name_an_index_not_an_event() {
    let text = "Markets\n\nThe CAC-40 index fell and the DAX-30 rose. Fans at Euro-96 and \
                Zhetysu-2019 cheered.\n";
    let facts = extract_text(text);
    not_of_kind(&facts, &["CAC-40", "DAX-30"], EntityKind::Event);
    all_of_kind(&facts, &["Euro-96", "Zhetysu-2019"], EntityKind::Event);
}

#[test]
fn an_english_word_after_a_nationality_is_no_person() {
    let text = "GOLF - MONTGOMERIE LEADS\n\nMontgomerie, who leads the European Tour's Order \
                of Merit, was pleased. The European Tour said on Monday it would act.\n";
    let facts = extract_text(text);
    assert!(
        facts.entities.iter().all(|e| e.canonical != "Tour"),
        "{facts:#?}"
    );
}

#[test]
fn a_name_whose_price_moves_by_money_is_a_company() {
    let text = "German stocks end higher\n\nFRANKFURT 1996-08-29\n\nThe 30-share DAX index \
                rose 18.40 points. Daimler-Benz gained 1.20 marks and Elf Aquitaine slipped 2 \
                francs in Paris, while Kelda fell $1.25 in New York. Unemployment rose 0.2 \
                percent.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Daimler-Benz", "Elf Aquitaine", "Kelda"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["Unemployment"], EntityKind::Organization);
}

#[test]
fn a_name_before_a_drivers_or_riders_name_is_the_team() {
    let text = "MOTOR RACING - HILL ON POLE\n\nESTORIL 1996-09-21\n\nWilliams driver Damon Hill \
                took pole. Olano, who rides for the Mapei team, won, ahead of Festina rider \
                Richard Virenque.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Williams", "Mapei", "Festina"],
        EntityKind::Organization,
    );
    assert_eq!(
        role_of(&facts, "Damon Hill").as_deref(),
        Some("Williams driver")
    );
    assert_eq!(
        role_of(&facts, "Richard Virenque").as_deref(),
        Some("Festina rider")
    );
}

#[test]
fn a_people_in_the_plural_is_no_place() {
    let text = "Bosnian Serbs boycott meeting\n\nSARAJEVO 1996-08-27\n\nBosnian Serb \
                representatives boycotted the meeting. The government accused the Serbs of \
                trying to partition the country, and the Croats agreed, while the Kurds and \
                Turks watched from the Philippines and the Americas.\n";
    let facts = extract_text(text);
    not_of_kind(
        &facts,
        &["Serbs", "Croats", "Kurds", "Turks"],
        EntityKind::Place,
    );
    all_of_kind(&facts, &["Philippines", "Americas"], EntityKind::Place);
}

#[test]
fn a_sports_league_is_a_body_and_games_after_a_preposition_make_no_event() {
    let text = "BASEBALL - STANDINGS\n\nNEW YORK 1996-09-17\n\nMajor League Baseball said it \
                would expand. Major League Baseball standings after games played on Tuesday \
                follow. The NBA and the NHL agreed.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Major League Baseball",
            "National Basketball Association",
            "National Hockey League",
        ],
        EntityKind::Organization,
    );
}

#[test]
fn a_country_whose_coach_a_match_report_names_is_the_team_throughout() {
    let text = "Wales claim Grand Slam\n\nWales completed their first Grand Slam since 1978 \
                with a 32-20 victory over Ireland. \"Wales deserved it,\" said Ireland coach \
                Eddie O'Sullivan. Wales coach Mike Ruddock praised his captain.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Wales", "Ireland"], EntityKind::Organization);
    let politics = "Wales votes\n\nWales coach Mike Ruddock voted in Cardiff. Wales has a new \
                    assembly.\n";
    let facts = extract_text(politics);
    assert!(
        kinds_of(&facts, "Wales").contains(&EntityKind::Place),
        "{facts:#?}"
    );
}

#[test]
fn a_leader_or_whip_before_a_name_is_an_office() {
    let text = "Senate passes bill\n\nWASHINGTON — Senate Majority Leader Chuck Schumer, a New \
                York Democrat, said the bill would pass. Labour Leader Ed Miliband and Chief \
                Whip Nick Brown agreed.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Chuck Schumer", "Ed Miliband", "Nick Brown"],
        EntityKind::Person,
    );
    assert_eq!(
        role_of(&facts, "Chuck Schumer").as_deref(),
        Some("Senate Majority Leader")
    );
}

#[test]
fn a_club_named_by_a_given_name_and_an_english_word_is_the_club() {
    let text = "Football\n\nCrystal Palace won in the cup, River Plate drew and Finn Harps \
                lost.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Crystal Palace", "River Plate", "Finn Harps"],
        EntityKind::Organization,
    );
}

#[test]
fn a_city_whose_name_has_accents_is_known_with_them_and_without() {
    let text = "Talks move to Brasilia\n\nMALMO 1996-09-12\n\nOfficials from Zürich and \
                Medellín flew to Malmo on Monday. São Paulo's mayor said Bogota backed \
                the plan, Malaga said it would not, and Wroclaw disagreed. Police in \
                Fortuna Duesseldorf's home town of Duesseldorf were calm.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Brasilia",
            "Zürich",
            "Medellín",
            "Malmo",
            "São Paulo",
            "Bogota",
            "Malaga",
            "Wroclaw",
            "Duesseldorf",
        ],
        EntityKind::Place,
    );
    not_of_kind(&facts, &["Malaga", "Wroclaw"], EntityKind::Person);
    // The club's own spelling is its name; the one the copy uses is one of its mentions.
    all_of_kind(&facts, &["Fortuna Düsseldorf"], EntityKind::Organization);
}

#[test]
fn in_a_sports_report_a_clubs_town_or_own_word_alone_names_the_club() {
    let text = "SOCCER - GERMAN FIRST DIVISION RESULTS\n\nBONN 1996-09-07\n\nResults of \
                German first division matches on Saturday:\n\nBorussia Dortmund 3 VfL Bochum 1\n\
                Bayern Munich 1 Karlsruhe 1\n1860 Munich 2 Freiburg 2\n\nJurgen Klinsmann \
                scored twice for Bayern while Dortmund's Andreas Moeller hit the bar.\n";
    let facts = extract_text(text);
    let club = |surface: &str| {
        facts
            .of_kind(EntityKind::Organization)
            .find(|e| {
                e.mentions.iter().any(|s| {
                    text.chars().skip(s.start).take(s.len()).collect::<String>() == surface
                })
            })
            .map(|e| e.canonical.clone())
    };
    assert_eq!(
        club("Bayern").as_deref(),
        Some("Bayern Munich"),
        "{facts:#?}"
    );
    assert_eq!(club("Dortmund").as_deref(), Some("Borussia Dortmund"));
    all_of_kind(
        &facts,
        &["1860 Munich", "SC Freiburg"],
        EntityKind::Organization,
    );
}

#[test]
fn outside_sport_a_clubs_town_stays_a_town() {
    let text = "Fans riot in Dortmund\n\nDORTMUND 1996-09-12\n\nPolice in Dortmund said on \
                Monday that Borussia Dortmund's ground was safe. Dortmund's mayor agreed.\n";
    let facts = extract_text(text);
    let town = entity(&facts, EntityKind::Place, "Dortmund");
    assert_eq!(town.mentions.len(), 4, "{facts:#?}");
}

#[test]
fn a_name_before_a_companys_unit_division_or_arm_is_a_company_and_so_is_its_owner() {
    let text = "Daimler said its Mercedes unit would cut jobs, and the Skoda division gained. \
                The bank's Barclaycard arm lost money. Ford's Jaguar unit was hit.\n\n\
                Smith's arm was in plaster after the match.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Mercedes", "Skoda", "Barclaycard", "Ford", "Jaguar"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["Smith"], EntityKind::Organization);
}

#[test]
fn a_commissioner_ombudsman_or_chancellor_before_a_name_is_the_persons_office() {
    let text = "The plan was backed by Agriculture Commissioner Franz Fischler on Monday. \
                Trade Commissioner Leon Brittan agreed, and Police Commissioner Paul Condon \
                spoke. Parliamentary Ombudsman William Reid said nothing. Foreign Minister \
                John Smith and Attorney General Janet Reno met.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Franz Fischler").as_deref(),
        Some("Agriculture Commissioner")
    );
    assert_eq!(
        role_of(&facts, "Leon Brittan").as_deref(),
        Some("Trade Commissioner")
    );
    assert_eq!(
        role_of(&facts, "Paul Condon").as_deref(),
        Some("Police Commissioner")
    );
    assert_eq!(
        role_of(&facts, "William Reid").as_deref(),
        Some("Parliamentary Ombudsman")
    );
    let text = "Shadow chancellor Oliver Letwin insisted the sums added up.\n";
    assert_eq!(
        role_of(&extract_text(text), "Oliver Letwin").as_deref(),
        Some("Shadow chancellor")
    );
    // Not "Foreign Minister John Smith and Attorney General": a role joins words by "and",
    // not a name.
    assert_eq!(
        role_of(&facts, "Janet Reno").as_deref(),
        Some("Attorney General")
    );
}

#[test]
fn an_english_word_that_speaks_is_no_person_and_a_rank_is_no_part_of_a_role() {
    let text = "Rebels advance in eastern Zaire\n\nKINSHASA 1996-11-02\n\nThe U.N. High \
                Commissioner for Refugees said 500,000 refugees had fled. Zairean army \
                spokesman Colonel Mavua Mudima told Reuters the army would retake the area.\n";
    let facts = extract_text(text);
    not_of_kind(&facts, &["Refugees"], EntityKind::Person);
    assert_eq!(
        role_of(&facts, "Mavua Mudima").as_deref(),
        Some("Zairean army spokesman")
    );
}

#[test]
fn a_cricket_innings_names_its_side_and_its_players_in_brackets() {
    let text = "CRICKET - ENGLISH COUNTY CHAMPIONSHIP SCORES\n\nLONDON 1996-08-30\n\nClose of \
                play scores on Friday:\n\nAt Chelmsford: Essex 412-6 declared (N. Hussain 136, \
                R. Irani 77). Kent 103-2.\n\nAt Leicester: Leicestershire 320 (V. Wells 121; \
                A. Caddick 5-70). Somerset 88-3.\n\nKent, who beat Yorkshire by an innings last \
                week, trail Essex by 309 runs.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Essex", "Kent", "Leicestershire", "Somerset", "Yorkshire"],
        EntityKind::Organization,
    );
    all_of_kind(
        &facts,
        &["N. Hussain", "R. Irani", "V. Wells", "A. Caddick"],
        EntityKind::Person,
    );
    all_of_kind(&facts, &["Chelmsford", "Leicester"], EntityKind::Place);
}

#[test]
fn a_name_before_a_service_or_outlet_is_a_body() {
    let text = "Israel's Shin Bet security service said it had arrested 12 suspects. Saeb \
                Erekat told Voice of Palestine radio the talks would focus on Hebron, and \
                Interfax news agency said so too. In Saturday's Democratic weekly radio \
                address, the senator spoke.\n\nExcellent customer service, a reader wrote.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Shin Bet", "Voice of Palestine", "Interfax"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["Palestine"], EntityKind::Place);
    not_of_kind(
        &facts,
        &["Democratic", "Excellent"],
        EntityKind::Organization,
    );
}

#[test]
fn a_basketball_results_row_names_teams_and_a_headlines_word_in_capitals_is_no_part_of_a_body() {
    let text = "BASKETBALL - NBA RESULTS.\n\nNEW YORK 1996-11-24\n\nResults of National \
                Basketball Association games on Saturday:\n\nCHICAGO 103 Utah 97\n\n\
                Miami 95 Houston 88\n\nAttorney Kathryn Tucker said the league would appeal.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["CHICAGO", "Utah", "Miami", "Houston"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["NBA RESULTS"], EntityKind::Organization);
    all_of_kind(&facts, &["Kathryn Tucker"], EntityKind::Person);
}

#[test]
fn a_forum_is_a_body() {
    let text = "The Pacific Islands Forum and the Commonwealth Secretariat will observe the \
                vote, officials said.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Pacific Islands Forum"], EntityKind::Organization);
    not_of_kind(&facts, &["Pacific"], EntityKind::Place);
}

#[test]
fn the_subject_of_a_clause_that_gives_a_scored_win_is_a_team() {
    let text = "Football round-up\n\nElsewhere, Manchester United drew 0-0 at Southampton and \
                Liverpool moved second after a 3-1 win at Wimbledon. Fans from London and \
                Leeds travelled.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Liverpool FC", "Wimbledon", "Manchester United"],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["London", "Leeds"], EntityKind::Place);
}

#[test]
fn a_titles_word_ending_a_name_after_a_given_name_is_the_surname() {
    let text = "Talks\n\nPrime Minister John Major said so. Major told MPs later. In Cambodia, \
                Prime Minister Hun Sen said his country was ready to help. The State \
                Department warned Americans against travel.\n";
    let facts = extract_text(text);
    let major = entity(&facts, EntityKind::Person, "John Major");
    assert_eq!(major.mentions.len(), 2, "{facts:#?}");
    assert_eq!(
        role_of(&facts, "Hun Sen").as_deref(),
        Some("Prime Minister")
    );
    not_of_kind(&facts, &["Americans"], EntityKind::Person);
}

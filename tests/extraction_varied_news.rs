//! Classes of error the varied news of the gold set (GUM's Wikinews articles, tests/gold) showed,
//! each pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of, mention_texts};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

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
    all_of_kind(
        &facts,
        &["Norway", "Portugal", "Chile", "Canada"],
        EntityKind::Organization,
    );
}

#[test]
fn a_place_without_a_result_stays_a_place() {
    let text = "Trade talks\n\nNorway and Portugal signed a deal on 20-30 January shipments, \
                and ministers met in Chile on 3-4 May.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Norway", "Portugal", "Chile"], EntityKind::Place);
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

#[test]
fn named_venues_are_places_and_think_tanks_stay_organisations() {
    let text = "Shuttle goes on show\n\nThe orbiter will move from the Kennedy Space Center \
                to the California Science Center, then to the Adler Planetarium and the \
                Museum of Flight. Fans met at the Volgograd Arena and the Metro Toronto \
                Convention Centre. The Centre for Strategic Studies disagreed.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Kennedy Space Center",
            "California Science Center",
            "Adler Planetarium",
            "Museum of Flight",
            "Volgograd Arena",
            "Metro Toronto Convention Centre",
        ],
        EntityKind::Place,
    );
    assert_eq!(
        kinds_of(&facts, "Centre for Strategic Studies"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
}

#[test]
fn a_name_before_its_founders_heads_or_staff_is_an_organisation() {
    let text = "Boy invited to visit\n\nSupport ranged from the mayor to Zorbly creator Mark \
                Abbott. Quintex co-founder Sara Lind called, and Vantor's chief executive \
                wrote too.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Zorbly", "Quintex", "Vantor"],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["Mark Abbott", "Sara Lind"], EntityKind::Person);
}

#[test]
fn romanised_east_asian_names_with_a_hyphenated_given_name_are_people() {
    let text = "Council results\n\nThe camp's Kwok Ka-ki and Andrew Wan won seats. Korea \
                substituted Park Joo-Ho in the 28th minute, and Shiu Ka-chun of the welfare \
                constituency won too.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Kwok Ka-ki", "Park Joo-Ho", "Shiu Ka-chun"],
        EntityKind::Person,
    );
}

#[test]
fn an_acronym_a_place_gives_in_brackets_is_that_place() {
    let text = "Shuttle moves\n\nThe orbiter left the Kennedy Space Center (KSC) on Tuesday. \
                Crews at KSC cheered as it rolled out.\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "KSC").is_empty(), "{facts:#?}");
    let place = facts
        .of_kind(EntityKind::Place)
        .find(|e| e.canonical == "Kennedy Space Center")
        .expect("the place");
    assert_eq!(place.mentions.len(), 3, "{facts:#?}");
    assert!(
        facts.of_kind(EntityKind::Organization).next().is_none(),
        "{facts:#?}"
    );
}

#[test]
fn administrator_is_an_office_title_not_part_of_the_name() {
    let text = "Homes for the shuttles\n\nSpace agency Administrator Charles Bolden announced \
                the homes. \"It is a great day,\" Administrator Bolden said.\n";
    let facts = extract_text(text);
    let people: Vec<&str> = facts
        .of_kind(EntityKind::Person)
        .map(|e| e.canonical.as_str())
        .collect();
    assert_eq!(people, ["Charles Bolden"], "{facts:#?}");
    let bolden = facts.of_kind(EntityKind::Person).next().unwrap();
    assert_eq!(bolden.mentions.len(), 2, "{facts:#?}");
}

#[test]
fn peoples_inside_a_name_keeps_the_name_whole() {
    let text = "Troops on alert\n\nCommanders of the Korean People's Army were sent to the \
                border on Monday, and the People's Party called for calm.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Korean People's Army", "People's Party"],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "People").is_empty(), "{facts:#?}");
}

#[test]
fn a_connector_does_not_join_a_code_to_the_name_before_it() {
    let text = "Shuttle history\n\nColumbia lifted off from the Kennedy Space Center on STS-1, \
                the first mission. The Council on Foreign Relations held a debate.\n";
    let facts = extract_text(text);
    let mentions = mention_texts(text, &facts);
    assert!(
        mentions.iter().any(|m| m == "Kennedy Space Center"),
        "{mentions:?}"
    );
    assert!(!mentions.iter().any(|m| m.contains("STS")), "{mentions:?}");
    assert_eq!(
        kinds_of(&facts, "Council on Foreign Relations"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
}

#[test]
fn the_and_a_possessive_around_a_single_name_make_it_an_organisation() {
    let text = "Shuttle moves\n\nThe orbiter goes on show at the Smithsonian's new hangar \
                next year, and Brandt's team will restore it.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Smithsonian"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
    assert_eq!(
        kinds_of(&facts, "Brandt"),
        [EntityKind::Person],
        "{facts:#?}"
    );
}

#[test]
fn plural_party_names_and_company_endings_are_organisations() {
    let text = "Vote count\n\nThe Neo Democrats won two seats on Sunday. Brightwave Technologies \
                said its shares rose, and Calloway Pharmaceuticals said nothing.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Neo Democrats",
            "Brightwave Technologies",
            "Calloway Pharmaceuticals",
        ],
        EntityKind::Organization,
    );
}

#[test]
fn a_board_is_an_organisation_with_its_of_phrase() {
    let text = "Findings out\n\nThe minister welcomed the Board of Inquiry's findings, and \
                the Halvard Safety Board said it would reply.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Board of Inquiry", "Halvard Safety Board"],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "Inquiry").is_empty(), "{facts:#?}");
}

#[test]
fn a_single_name_after_on_is_a_platform_even_when_posted_to_it() {
    let text = "Hashtag spreads\n\nThe clip was posted to Chirpr on Monday. By Tuesday the \
                hashtag had trended on Chirpr, and fans on Chirpr shared it a million times.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Chirpr"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
    let platform = facts
        .of_kind(EntityKind::Organization)
        .find(|e| e.canonical == "Chirpr")
        .unwrap();
    assert_eq!(platform.mentions.len(), 3, "{facts:#?}");
}

#[test]
fn a_school_district_is_the_body_that_runs_the_schools() {
    let text = "Boy cleared\n\nThe Marlow Independent School District said on Monday that the \
                boy would return to class.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Marlow Independent School District"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
}

#[test]
fn what_only_a_company_has_makes_the_name_before_it_a_company() {
    let text = "Markets\n\nInvestors sold Veltrax's shares after the results, while Quorvane \
                users complained. Later Veltrax said sales would recover, and Quorvane said \
                nothing.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Veltrax", "Quorvane"], EntityKind::Organization);
}

#[test]
fn a_listed_company_whose_list_name_ends_in_the_is_found() {
    let text = "Drinks\n\nShares in the Coca-Cola Company rose, and Coca-Cola said demand \
                was strong.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Coca-Cola"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
}

#[test]
fn football_clubs_named_in_prose_are_organisations() {
    let text = "Transfer news\n\nThe striker left Aston Villa for Bayern Munich in June, and \
                Real Madrid are said to want him next.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Aston Villa", "Bayern Munich", "Real Madrid"],
        EntityKind::Organization,
    );
}

#[test]
fn romanised_given_names_of_long_syllables_are_people_but_compounds_are_not() {
    let text = "Council results\n\nThe union's Kwok Wai-keung and the camp's Cheung Yiu-chung \
                won seats, while pilgrims prayed at Masjid Al-Haram and Bolton Pre-season \
                training began.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Kwok Wai-keung", "Cheung Yiu-chung"],
        EntityKind::Person,
    );
    for not_person in ["Masjid Al-Haram", "Bolton Pre-season"] {
        assert!(
            !kinds_of(&facts, not_person).contains(&EntityKind::Person),
            "{not_person}: {facts:#?}"
        );
    }
}

#[test]
fn a_sentence_opening_with_a_listed_two_word_name_keeps_its_first_word() {
    let text = "Flag vote\n\nThe flag will fly in the capital, Wellington. New Zealand's Prime \
                Minister John Key said so.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "New Zealand"),
        [EntityKind::Place],
        "{facts:#?}"
    );
    assert!(kinds_of(&facts, "Zealand").is_empty(), "{facts:#?}");
    let person = facts
        .of_kind(EntityKind::Person)
        .find(|e| e.canonical == "John Key")
        .expect("the prime minister");
    assert_eq!(
        person.role.as_deref(),
        Some("New Zealand's Prime Minister"),
        "{facts:#?}"
    );
}

#[test]
fn a_nationality_word_alone_is_no_person() {
    let text = "Robots\n\nThe six-member Afghan team, which consists of girls, won a medal. \
                A member Afghan said nothing.\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "Afghan").is_empty(), "{facts:#?}");
}

#[test]
fn acronyms_of_common_things_are_no_organisations() {
    let text = "Science fair\n\nThe boy received VIP treatment after the fair, a loss of IQ \
                points was ruled out, and the POTUS account praised him.\n";
    let facts = extract_text(text);
    for acronym in ["VIP", "IQ", "POTUS"] {
        assert!(
            kinds_of(&facts, acronym).is_empty(),
            "{acronym}: {facts:#?}"
        );
    }
}

#[test]
fn a_doctrine_is_no_name_even_after_a_place_preposition() {
    let text = "Poll\n\nCampaigners reported a rise in Islamophobia, a revival in Stoicism and \
                new interest in Criminology, and a protest in Velmora.\n";
    let facts = extract_text(text);
    for doctrine in ["Islamophobia", "Stoicism", "Criminology"] {
        assert!(
            kinds_of(&facts, doctrine).is_empty(),
            "{doctrine}: {facts:#?}"
        );
    }
    assert_eq!(
        kinds_of(&facts, "Velmora"),
        [EntityKind::Place],
        "{facts:#?}"
    );
}

#[test]
fn team_before_a_country_or_sponsor_names_a_squad() {
    let text = "Robotics\n\nThe prize went to Team Estonia, and Team Velocor came second after \
                a late protest.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Team Estonia", "Team Velocor"],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "Estonia").is_empty(), "{facts:#?}");
}

#[test]
fn a_single_word_shaped_like_a_company_is_an_organisation() {
    let text = "Games fair\n\nStudios such as Brightsoft showed new titles, a clip went up on \
                the site as ZapTube promoted it, and McAllister said the fans loved the \
                #WeLoveGames tag.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Brightsoft", "ZapTube"], EntityKind::Organization);
    assert!(
        !kinds_of(&facts, "McAllister").contains(&EntityKind::Organization),
        "{facts:#?}"
    );
    assert!(kinds_of(&facts, "WeLoveGames").is_empty(), "{facts:#?}");
}

#[test]
fn a_title_with_its_of_phrase_before_a_name_gives_the_person_and_the_role() {
    let text = "Schools\n\nMinister of Education Stefania Marchetti said a reform was due. On \
                Founders Day, Defense Secretary Ash Carter spoke.\n";
    let facts = extract_text(text);
    let minister = facts
        .of_kind(EntityKind::Person)
        .find(|e| e.canonical == "Stefania Marchetti")
        .expect("the minister");
    assert_eq!(
        minister.role.as_deref(),
        Some("Minister of Education"),
        "{facts:#?}"
    );
    assert!(kinds_of(&facts, "Founders Day").is_empty(), "{facts:#?}");
    assert_eq!(
        kinds_of(&facts, "Ash Carter"),
        [EntityKind::Person],
        "{facts:#?}"
    );
}

#[test]
fn a_name_before_regime_or_administration_is_its_leader() {
    let text = "Talks\n\nThe envoys called for a transition away from the Varnak regime, and \
                officials of the Dorrell administration agreed.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Varnak", "Dorrell"], EntityKind::Person);
}

#[test]
fn what_only_a_company_has_before_a_preposition_makes_the_name_after_it_a_company() {
    let text = "Markets\n\nShares in Veltrax fell sharply, a spokesman for Quorvane declined to \
                comment, and analysts at Brenmoor were upbeat. Talks were held in Velmora.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Veltrax", "Quorvane", "Brenmoor"],
        EntityKind::Organization,
    );
    assert_eq!(
        kinds_of(&facts, "Velmora"),
        [EntityKind::Place],
        "{facts:#?}"
    );
}

#[test]
fn an_acronym_joins_its_long_form_even_when_the_long_form_is_named_twice() {
    let text = "Advance\n\nThe Northern Defence Forces announced an advance. The Northern \
                Defence Forces then held the town, and the Coalition supports the NDF with \
                air cover.\n";
    let facts = extract_text(text);
    let force = facts
        .of_kind(EntityKind::Organization)
        .find(|e| e.canonical == "Northern Defence Forces")
        .expect("the force");
    assert_eq!(force.mentions.len(), 3, "{facts:#?}");
    assert!(kinds_of(&facts, "NDF").is_empty(), "{facts:#?}");
}

#[test]
fn new_opening_a_sentence_stays_in_a_name_that_ends_in_a_cue_word() {
    let text = "Results\n\nThe count ended late. New Harbour Party won two seats, and New \
                rules apply from Monday.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "New Harbour Party"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
    assert!(kinds_of(&facts, "Harbour Party").is_empty(), "{facts:#?}");
}

#[test]
fn state_of_before_a_listed_region_is_that_place() {
    let text = "Shuttle\n\nThe orbiter was promised to the State of Texas, and Texas officials \
                were pleased.\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "State of Texas").is_empty(), "{facts:#?}");
    let texas = facts
        .of_kind(EntityKind::Place)
        .find(|e| e.canonical == "Texas")
        .expect("the state");
    assert_eq!(texas.mentions.len(), 2, "{facts:#?}");
}

#[test]
fn a_possessive_before_a_persons_name_introduces_their_party_or_team() {
    let text = "Results\n\nOther members elected were Harbourists's Nathan Law and the \
                mayor's ally. Veltrona's Michael Brandt won the race.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Harbourists", "Veltrona"],
        EntityKind::Organization,
    );
    assert_eq!(
        kinds_of(&facts, "Michael Brandt"),
        [EntityKind::Person],
        "{facts:#?}"
    );
}

#[test]
fn a_hyphenated_agent_noun_is_no_part_of_a_name() {
    let text = "Festival\n\nMargaret Atwood, a Booker Prize-winner, was there, and Gorsky \
                Kremlin-backed groups protested outside.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Margaret Atwood"),
        [EntityKind::Person],
        "{facts:#?}"
    );
    assert!(
        facts
            .of_kind(EntityKind::Person)
            .all(|e| !e.canonical.contains("-winner") && !e.canonical.contains("-backed")),
        "{facts:#?}"
    );
}

#[test]
fn a_foreign_head_word_opening_a_name_makes_it_an_organisation() {
    let text = "Schools\n\nPupils of the Instituto Valdora and voters of the Partido \
                Verdemar agreed, as did the Banco Ostrava.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Instituto Valdora", "Partido Verdemar", "Banco Ostrava"],
        EntityKind::Organization,
    );
}

#[test]
fn a_name_before_the_noun_of_its_kind_of_body_is_an_organisation() {
    let text = "Conflict\n\nFighters of the Varnak group crossed the border, the Ostrel cartel \
                denied it, and an Islamist group claimed the attack.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Varnak", "Ostrel"], EntityKind::Organization);
    assert!(kinds_of(&facts, "Islamist").is_empty(), "{facts:#?}");
}

#[test]
fn a_person_named_right_after_a_body_is_split_from_it() {
    let text = "Talks fail\n\nA director of the Council on Foreign Relations Alia Karimova said \
                the talks had failed. Members of the Church of Jesus Christ prayed.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Council on Foreign Relations"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
    assert_eq!(
        kinds_of(&facts, "Alia Karimova"),
        [EntityKind::Person],
        "{facts:#?}"
    );
    // A name right after a connector belongs to the body.
    assert_eq!(
        kinds_of(&facts, "Church of Jesus Christ"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
}

#[test]
fn of_the_and_a_place_do_not_extend_a_body_already_named_after_a_place() {
    let text = "Ice study\n\nResearchers at Colorado State University of the US measured the \
                ice, as did the Bank of the United States.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Colorado State University"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
    assert_eq!(
        kinds_of(&facts, "United States"),
        [EntityKind::Place],
        "{facts:#?}"
    );
    // A head word alone before "of the" still takes the place into its name.
    assert_eq!(
        kinds_of(&facts, "Bank of the United States"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
}

#[test]
fn companies_without_a_cue_word_are_read_from_what_only_a_company_does() {
    let text = "Markets\n\nKelvaro, the Swiss miner, cut its forecast. Brontel posted profits \
                of £7bn. Oil giant Petrovex said demand was weak. Halvex manager Daniel Ruiz \
                praised his players. Shares of Quantrix fell.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Kelvaro", "Brontel", "Petrovex", "Halvex", "Quantrix"],
        EntityKind::Organization,
    );
    assert_eq!(
        kinds_of(&facts, "Daniel Ruiz"),
        [EntityKind::Person],
        "{facts:#?}"
    );
}

#[test]
fn a_company_named_again_without_its_legal_ending_is_the_same_organisation() {
    let text = "Deal\n\nMarvelo Group Plc agreed to buy a rival. Marvelo said the deal would \
                close in May, and Tessaro AG declined to comment.\n";
    let facts = extract_text(text);
    let company = facts
        .of_kind(EntityKind::Organization)
        .find(|e| e.canonical == "Marvelo Group Plc")
        .unwrap_or_else(|| panic!("{facts:#?}"));
    assert_eq!(company.mentions.len(), 2, "{facts:#?}");
    assert!(kinds_of(&facts, "Marvelo").is_empty(), "{facts:#?}");
    assert_eq!(
        kinds_of(&facts, "Tessaro AG"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
}

#[test]
fn a_hyphenated_english_compound_after_a_place_preposition_is_no_place() {
    let text = "Training\n\nSoldiers trained in Counter-IED drills and played in Counter-Strike \
                leagues in Basra.\n";
    let facts = extract_text(text);
    let places: Vec<&str> = facts
        .of_kind(EntityKind::Place)
        .map(|e| e.canonical.as_str())
        .collect();
    assert!(
        places.iter().all(|p| !p.starts_with("Counter")),
        "{places:?}"
    );
    assert!(places.contains(&"Basra"), "{places:?}");
}

#[test]
fn a_city_carried_on_by_a_plain_word_names_a_team_or_paper_based_there() {
    let text = "Sport and news\n\nThe Chicago Bulls lost to the Miami Heat, the Boston Globe \
                reported. Chicago Mayor Brandon Johnson watched from Miami Beach before the \
                Boston Marathon and a walk along the Berlin Wall.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Chicago Bulls", "Miami Heat", "Boston Globe"],
        EntityKind::Organization,
    );
    assert_eq!(
        kinds_of(&facts, "Brandon Johnson"),
        [EntityKind::Person],
        "{facts:#?}"
    );
    for not_a_body in [
        "Chicago Mayor",
        "Miami Beach",
        "Boston Marathon",
        "Berlin Wall",
    ] {
        assert!(
            !kinds_of(&facts, not_a_body).contains(&EntityKind::Organization),
            "{not_a_body}: {facts:#?}"
        );
    }
}

#[test]
fn names_joined_by_an_ampersand_are_one_firm_unless_a_place_word_ends_them() {
    let text = "Retail\n\nMarks & Spencer said sales rose, and Dorrell & Vance advised it. \
                The Evergreen Aviation & Space Museum opened.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Marks & Spencer", "Dorrell & Vance"],
        EntityKind::Organization,
    );
    assert_eq!(
        kinds_of(&facts, "Evergreen Aviation & Space Museum"),
        [EntityKind::Place],
        "{facts:#?}"
    );
}

#[test]
fn a_name_before_brand_club_or_label_is_an_organisation() {
    let text = "Sponsors\n\nFans of the Tarvello brand and the Quorin club queued, while the \
                Velmora label signed a new act.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Tarvello", "Quorin", "Velmora"],
        EntityKind::Organization,
    );
}

#[test]
fn two_capitals_before_a_cue_word_are_an_organisation_not_initials() {
    let text = "Media\n\nThe regulator opened an investigation into GB News and TK Radio on \
                Monday, while P Stringer watched.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["GB News", "TK Radio"], EntityKind::Organization);
    assert_eq!(
        kinds_of(&facts, "P Stringer"),
        [EntityKind::Person],
        "{facts:#?}"
    );
}

#[test]
fn a_place_beaten_by_a_margin_is_a_team() {
    let text = "County cricket\n\nSurrey beat Kent by five wickets at Chelmsford, and Kent \
                travel to Leeds next week.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Kent"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
    all_of_kind(&facts, &["Chelmsford", "Leeds"], EntityKind::Place);
}

#[test]
fn big_foreign_companies_named_without_a_cue_are_organisations() {
    let text = "Electronics makers\n\nRivals such as Sony and Nokia have struggled this \
                year. Unilever and Novartis both beat forecasts, while Vodafone and Honda \
                slipped.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Sony", "Nokia", "Unilever", "Novartis", "Vodafone", "Honda"],
        EntityKind::Organization,
    );
}

#[test]
fn museums_named_with_modifiers_before_of_and_two_universities_joined_by_and() {
    let text = "Returns\n\nThe Smithsonian Institution's National Museum of African Art \
                removed them, and objects held in the Ethnological Museum of Berlin will go \
                back. Astronomers from the University of Central Florida and Johns Hopkins \
                University found ice, as did the University of Cambridge's Jesus College.\n";
    let facts = extract_text(text);
    for museum in [
        "National Museum of African Art",
        "Ethnological Museum of Berlin",
    ] {
        assert_eq!(kinds_of(&facts, museum), [EntityKind::Place], "{facts:#?}");
    }
    all_of_kind(
        &facts,
        &[
            "University of Central Florida",
            "Johns Hopkins University",
            "University of Cambridge",
            "Jesus College",
        ],
        EntityKind::Organization,
    );
}

#[test]
fn a_club_by_its_own_word_companies_that_share_a_towns_name_and_parliaments_by_name() {
    let text = "Title race\n\nManchester United beat Wigan Athletic, and United manager Sir \
                Alex Ferguson praised his side. In Tokyo, Toyota and Hitachi shares rose before \
                the Diet voted; the Knesset and the Bundestag met too.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Manchester United",
            "Wigan Athletic",
            "Toyota Motor",
            "Hitachi",
            "National Diet",
            "Knesset",
            "Bundestag",
        ],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "United").is_empty(), "{facts:#?}");
    assert!(kinds_of(&facts, "Toyota").is_empty(), "{facts:#?}");
}

#[test]
fn an_acronym_the_article_spells_in_lowercase_words_is_a_term_not_a_body() {
    let text = "Iodine\n\nMillions suffer iodine deficiency disorders. The effects of IDD are \
                visible, the FTU said, speaking for the unions; the DAB won during a boycott. \
                The NZ health ministry agreed.\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "IDD").is_empty(), "{facts:#?}");
    all_of_kind(&facts, &["FTU", "DAB"], EntityKind::Organization);
    assert_eq!(kinds_of(&facts, "New Zealand"), [EntityKind::Place]);
}

#[test]
fn a_company_by_the_last_word_of_its_name_and_a_unit_opening_with_its_name() {
    let text = "Telekom debut\n\nShares in Deutsche Telekom AG rose on Monday. Rival \
                Mannesmann AG, whose Mannesmann Mobilfunk unit competes with Telekom's D1 \
                network, was little changed.\n\n-- Frankfurt Newsroom, +49 69 756525\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Mannesmann Mobilfunk", "Frankfurt Newsroom"],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "Telekom").is_empty(), "{facts:#?}");
    let telekom = facts
        .of_kind(EntityKind::Organization)
        .find(|e| e.canonical.starts_with("Deutsche Telekom"))
        .expect("Deutsche Telekom");
    // The headline's "Telekom", "Deutsche Telekom AG" and "Telekom's".
    assert_eq!(telekom.mentions.len(), 3, "{facts:#?}");
}

//! More of the classes of error real news showed (issue 12), each on hand-written text:
//! national teams, regulators and newspapers as organisations, the nations of the United
//! Kingdom and former states as countries, products and titles never events, plain roles,
//! honorifics never roles, organisations as speakers, names in a results table.

mod extraction_support;

use extraction_support::{all_of_kind, entity, kinds_of, role_of, texts_of};
use gazette::archive::parse_article;
use gazette::extract::{extract_article, extract_text};
use gazette::facts::{EntityKind, PlaceType};

#[test]
fn regulators_and_broadcasters_are_organisations() {
    let text = "TV rules\n\nThe regulator Ofcom fined Channel 4 and ITV1 on Monday. \
                Ofcom said the fines were fair.\n";
    // "ITV1" is a mention of ITV.
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Ofcom", "Channel 4", "ITV"],
        EntityKind::Organization,
    );
}

#[test]
fn the_nations_of_the_united_kingdom_and_former_states_are_countries() {
    let text = "History\n\nTroops from England, Scotland and Northern Ireland served in \
                Yugoslavia after the Soviet Union broke up.\n";
    let facts = extract_text(text);
    for name in [
        "England",
        "Scotland",
        "Northern Ireland",
        "Yugoslavia",
        "Soviet Union",
    ] {
        let place = facts
            .of_kind(EntityKind::Place)
            .find(|e| e.canonical == name)
            .unwrap_or_else(|| panic!("{name}: {facts:#?}"));
        assert_eq!(place.place_type, Some(PlaceType::Country), "{name}");
    }
}

#[test]
fn products_and_titles_are_not_events() {
    let text = "Games\n\nSales of the Xbox rose as Harry Potter and the Goblet of Fire \
                opened in cinemas, the company said.\n";
    let facts = extract_text(text);
    assert_eq!(facts.of_kind(EntityKind::Event).count(), 0, "{facts:#?}");
}

#[test]
fn plain_occupations_are_roles() {
    let text = "Match report\n\nThe referee Alan Wiley sent off two players. England coach \
                Andy Robinson was furious, and the British actress Keira Knightley watched.\n";
    let facts = extract_text(text);
    let role = |name: &str| {
        facts
            .of_kind(EntityKind::Person)
            .find(|e| e.canonical == name)
            .and_then(|e| e.role.clone())
            .unwrap_or_else(|| panic!("{name}: {facts:#?}"))
    };
    assert!(role("Alan Wiley").contains("referee"));
    assert!(role("Andy Robinson").contains("coach"));
    assert!(role("Keira Knightley").contains("actress"));
}

#[test]
fn an_honorific_or_the_words_before_it_are_never_a_role() {
    let text = "Talks\n\nAfter months Mr Blair agreed. Speaking after Mr Brown left, \
                Mrs Smith said little.\n";
    let facts = extract_text(text);
    for person in facts.of_kind(EntityKind::Person) {
        let role = person.role.as_deref().unwrap_or("");
        assert!(
            !["Mr", "Mrs", "months Mr", "Speaking after Mr"].contains(&role),
            "{}: {role}",
            person.canonical
        );
    }
}

#[test]
fn an_organisation_that_speaks_is_the_speaker() {
    let text = "Budget\n\n\"The cuts are necessary,\" the Ministry of Finance said in a \
                statement.\n";
    let facts = extract_text(text);
    let speakers: Vec<Option<&str>> = facts.quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(speakers, [Some("Ministry of Finance")], "{facts:#?}");
}

#[test]
fn a_headline_in_capitals_with_a_dash_is_no_dateline() {
    let text = "SOCCER - ENGLISH LEAGUE RESULTS\n\nLONDON 1996-08-30\n\nResults of matches.\n";
    let facts = extract_text(text);
    assert!(
        facts
            .of_kind(EntityKind::Place)
            .all(|e| e.canonical != "Soccer"),
        "{facts:#?}"
    );
    assert_eq!(kinds_of(&facts, "London"), [EntityKind::Place]);
}

#[test]
fn titles_of_works_and_products_are_not_people() {
    let text = "Books and films\n\nThe author launched her graphic novel Angel Catbird on \
                Friday, and the film Billy Elliot opened. Sales of the Harry Potter DVD \
                soared, said the publisher Jane Friedman.\n";
    let facts = extract_text(text);
    let people: Vec<&str> = facts
        .of_kind(EntityKind::Person)
        .map(|e| e.canonical.as_str())
        .collect();
    assert_eq!(people, ["Jane Friedman"], "{facts:#?}");
}

#[test]
fn a_name_ends_in_a_name_word_never_in_a_connector() {
    let text = "Markets\n\nMicrosoft said on Tuesday that it would buy Yahoo. Rosneft and \
                Time Warner shares fell on the London Stock Exchange.\n";
    let facts = extract_text(text);
    for entity in &facts.entities {
        let last = entity.canonical.split(' ').next_back().unwrap_or("");
        assert!(
            !matches!(last, "and" | "of" | "the" | "&"),
            "{:?} ends in a connector: {facts:#?}",
            entity.canonical
        );
    }
}

#[test]
fn roads_parks_and_company_suffixes_name_what_they_are_whatever_the_first_word() {
    // "Grace" and "Warner" are given names; "Man" is a listed town.
    let text = "Cinema and cricket\n\nLeicestershire won at Grace Road, near Victoria Park. \
                Warner Bros said Spider-Man 2 had done well, and Sony Pictures agreed.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Grace Road"),
        [EntityKind::Place],
        "{facts:#?}"
    );
    assert_eq!(
        kinds_of(&facts, "Victoria Park"),
        [EntityKind::Place],
        "{facts:#?}"
    );
    assert_eq!(
        kinds_of(&facts, "Warner Bros"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
    let spider =
        |e: &&gazette::facts::Entity| e.canonical.contains("Spider") || e.canonical == "Man";
    assert!(!facts.entities.iter().any(|e| spider(&e)), "{facts:#?}");
}

#[test]
fn a_companys_context_beats_the_given_name_its_name_opens_with() {
    let text = "Markets\n\nAnalysts at Merrill Lynch said prices would rise, and shares in \
                Morgan Stanley fell. A spokeswoman for Hillary Clinton declined to comment.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Merrill Lynch", "Morgan Stanley"],
        EntityKind::Organization,
    );
    assert_eq!(kinds_of(&facts, "Hillary Clinton"), [EntityKind::Person]);
}

#[test]
fn a_headline_in_capitals_names_whom_the_body_names_and_listed_countries() {
    let text = "RUGBY - CUTTITTA BACK FOR ITALY , CHINA IN SURPRISE WIN .\n\
                ROME 1996-12-06\n\
                Italy recalled Marcello Cuttitta on Friday for their friendly against Scotland .\n";
    let facts = extract_text(text);
    let mentions_of = |name: &str| -> Vec<String> {
        facts
            .entities
            .iter()
            .filter(|e| e.canonical == name)
            .flat_map(|e| e.mentions.iter())
            .map(|m| text.chars().skip(m.start).take(m.end - m.start).collect())
            .collect()
    };
    assert!(
        mentions_of("Marcello Cuttitta").contains(&"CUTTITTA".to_owned()),
        "{facts:#?}"
    );
    assert!(
        mentions_of("Italy").contains(&"ITALY".to_owned()),
        "{facts:#?}"
    );
    assert_eq!(kinds_of(&facts, "China"), [EntityKind::Place], "{facts:#?}");
    assert!(
        !facts
            .entities
            .iter()
            .any(|e| e.canonical.eq_ignore_ascii_case("surprise")),
        "a town that is also a word is no place in a headline: {facts:#?}"
    );
}

#[test]
fn teams_in_results_tables_and_one_score_results_are_organisations_players_are_not() {
    let text = "SOCCER - ENGLISH LEAGUE RESULTS .\nLONDON 1996-08-31\n\
                Results of English league matches on Saturday :\n\
                Blackburn 1 Leeds 0\nChelsea 1 Middlesbrough 0\n\
                Standings ( played , won , drawn , lost , goals for , against , points ) :\n\
                Newcastle 3 2 0 1 5 3 6\n\
                Everton manager Joe Royle said his side deserved the 1-0 win over Wimbledon .\n\
                Sampras beat Agassi 6-4 6-2 in the final .\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Blackburn",
            "Leeds",
            "Chelsea",
            "Middlesbrough",
            "Newcastle",
            "Wimbledon",
        ],
        EntityKind::Organization,
    );
    for player in ["Sampras", "Agassi"] {
        assert!(
            !kinds_of(&facts, player).contains(&EntityKind::Organization),
            "{player}: {facts:#?}"
        );
    }
}

#[test]
fn wire_text_keeps_names_whole_possessives_printed_apart_and_names_in_ing() {
    let text = "GERMANY - BUNDESBANK LEAVES RATES UNCHANGED .\nFRANKFURT 1996-08-22\n\
                Germany 's Bundesbank left rates unchanged , chief economist Otmar Issing said .\n\
                Issing 's comments lifted the mark . Beijing said nothing .\n\
                EU Commission spokesman Nikolaus van der Pas declined to comment .\n";
    let facts = extract_text(text);
    let count = |name: &str| {
        facts
            .entities
            .iter()
            .filter(|e| e.canonical == name)
            .map(|e| e.mentions.len())
            .sum::<usize>()
    };
    assert_eq!(count("Otmar Issing"), 2, "{facts:#?}");
    assert_eq!(
        kinds_of(&facts, "Beijing"),
        [EntityKind::Place],
        "{facts:#?}"
    );
    assert_eq!(
        kinds_of(&facts, "Nikolaus van der Pas"),
        [EntityKind::Person],
        "{facts:#?}"
    );
    assert_eq!(
        kinds_of(&facts, "Bundesbank"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
}

#[test]
fn dotted_initials_open_a_name_in_scorecards_and_lists() {
    let text = "CRICKET - ENGLAND V PAKISTAN SCORES .\nLONDON 1996-08-23\n\
                England first innings\n\
                M. Atherton b Waqar Younis 31\n\
                Leading scores : 70 Tim Herron , D.A. Weibring 71\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["M. Atherton", "D.A. Weibring", "Waqar Younis", "Tim Herron"],
        EntityKind::Person,
    );
}

#[test]
fn wire_stories_keep_a_dateline_city_whole_and_a_headline_in_the_bodys_kind() {
    let text = "CRICKET - PAKISTAN WIN THIRD TEST .\nNEW YORK 1996-08-26\n\
                Pakistan beat England by nine wickets on Monday .\n\
                In tennis , Graf beat Spain 's Conchita Martinez 7-6 6-3 .\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "New York"),
        [EntityKind::Place],
        "{facts:#?}"
    );
    let pakistan: Vec<_> = facts
        .entities
        .iter()
        .filter(|e| e.canonical.eq_ignore_ascii_case("Pakistan"))
        .map(|e| (e.kind, e.mentions.len()))
        .collect();
    assert_eq!(pakistan, [(EntityKind::Organization, 2)], "{facts:#?}");
    assert_eq!(kinds_of(&facts, "Spain"), [EntityKind::Place], "{facts:#?}");
}

#[test]
fn a_companys_legal_ending_and_a_bodys_joined_purposes_name_one_organisation() {
    let text = "Shares in Daimler-Benz AG rose on Tuesday . Daimler-Benz said profits would rise .\n\
                The Organisation for Security and Cooperation in Europe ( OSCE ) welcomed it .\n";
    let facts = extract_text(text);
    let organisations: Vec<(&str, usize)> = facts
        .of_kind(EntityKind::Organization)
        .map(|e| (e.canonical.as_str(), e.mentions.len()))
        .collect();
    assert_eq!(
        organisations,
        [
            ("Daimler-Benz AG", 2),
            ("Organisation for Security and Co-operation in Europe", 2)
        ],
        "{facts:#?}"
    );
}

#[test]
fn sports_copy_names_players_teams_and_tournaments() {
    let text = "Chelsea signed Italian Gianluca Vialli in the close season .\n\
                Liverpool striker Robbie Fowler was ruled out of the game in Liverpool .\n\
                Tom Masters led the German Open and won the Bob Hope Classic and the \
                Evening Standard Theatre Awards .\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Gianluca Vialli", "Robbie Fowler", "Tom Masters"],
        EntityKind::Person,
    );
    assert_eq!(
        kinds_of(&facts, "Liverpool"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
    all_of_kind(
        &facts,
        &[
            "German Open",
            "Bob Hope Classic",
            "Evening Standard Theatre Awards",
        ],
        EntityKind::Event,
    );
}

#[test]
fn an_occupation_opening_a_sentence_is_a_role_and_a_monopoly_is_a_body() {
    let text = "Coach Andy Robinson said the side was ready.\n\n\
                Gazprom, the state gas monopoly, had planned to merge with Rosneft.\n";
    let facts = extract_text(text);
    let robinson = facts
        .entities
        .iter()
        .find(|e| e.canonical == "Andy Robinson")
        .unwrap_or_else(|| panic!("{facts:#?}"));
    assert_eq!(robinson.kind, EntityKind::Person);
    assert_eq!(robinson.role.as_deref(), Some("Coach"), "{facts:#?}");
    assert_eq!(
        kinds_of(&facts, "Gazprom"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
}

#[test]
fn wire_business_and_politics_names_keep_their_kind() {
    let text = "RUGBY UNION - AUSTRALIA BEAT SOUTH AFRICA 21-16 .\nBLOEMFONTEIN 1996-08-10\n\
                Australia beat South Africa 21-16 on Saturday .\n\
                Dealers at BHF-Bank and Dresdner Bank said the market would wait .\n\
                Senator Daniel Patrick Moynihan , a New York Democrat , called it brutal .\n\
                Ford Motor Co said on Tuesday it would cut 3,000 jobs .\n";
    let facts = extract_article(&parse_article("wire.txt", text));
    let organisations: Vec<&str> = facts
        .of_kind(EntityKind::Organization)
        .map(|e| e.canonical.as_str())
        .collect();
    assert_eq!(
        organisations,
        [
            "Australia",
            "South Africa",
            "BHF-Bank",
            "Dresdner Bank",
            "Ford Motor Co"
        ],
        "{facts:#?}"
    );
    assert_eq!(
        kinds_of(&facts, "New York"),
        [EntityKind::Place],
        "{facts:#?}"
    );
}

#[test]
fn examples_of_a_kind_of_body_are_organisations() {
    let text = "Operators such as NTT DoCoMo say downloads have doubled.\n\n\
                Rapper Kanye West leads the field, and publishers including Gameloft agree.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["NTT DoCoMo", "Gameloft"],
        EntityKind::Organization,
    );
    assert_eq!(
        kinds_of(&facts, "Kanye West"),
        [EntityKind::Person],
        "{facts:#?}"
    );
}

#[test]
fn a_given_name_before_a_towns_name_or_hyphenated_is_a_person() {
    let text = "Arantxa Sanchez Vicario ( Spain ) beat Lindsay Davenport ( U.S. ) 6-2 6-3 .\n\
                She met Mary Davenport in Paris .\n\
                Seles beat Anne-Gaelle Sidot ( France ) 6-0 6-4 .\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Lindsay Davenport", "Mary Davenport", "Anne-Gaelle Sidot"],
        EntityKind::Person,
    );
    assert_eq!(kinds_of(&facts, "Davenport"), [], "{facts:#?}");
    assert_eq!(kinds_of(&facts, "Paris"), [EntityKind::Place], "{facts:#?}");
}

#[test]
fn a_results_line_with_scorers_names_the_teams_and_the_scorers() {
    let text = "Result of a Spanish first division match on Sunday :\n\
                Barcelona 3 ( Ronaldo 2 , Pizzi ) Valencia 1 ( Mijatovic ) .\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Barcelona", "Valencia"], EntityKind::Organization);
    all_of_kind(
        &facts,
        &["Ronaldo", "Pizzi", "Mijatovic"],
        EntityKind::Person,
    );
}

#[test]
fn a_person_named_again_by_the_first_word_of_their_name_is_one_person() {
    let text = "Malaysia 's Anwar says economy on track .\nKUALA LUMPUR 1996-08-29\n\
                Deputy Prime Minister Anwar Ibrahim said the economy would grow .\n\
                Anwar , who is also finance minister , told a seminar that inflation would fall .\n\
                Bank Negara , the central bank , has raised rates twice .\n";
    let facts = extract_article(&parse_article("wire.txt", text));
    let anwar: Vec<_> = facts
        .entities
        .iter()
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| (e.canonical.as_str(), e.mentions.len()))
        .collect();
    assert_eq!(anwar, [("Anwar Ibrahim", 3)], "{facts:#?}");
    assert_eq!(
        kinds_of(&facts, "Bank Negara"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
}

#[test]
fn bodies_joined_by_and_share_the_cue_word_that_ends_them() {
    let text = "Markets\n\nThe Indonesian Mines and Energy Ministry said permits would follow. \
                Traders at the London International Financial Futures and Options Exchange \
                said prices fell. The National Farmers' Union said prices were too low.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Indonesian Mines and Energy Ministry",
            "London International Financial Futures and Options Exchange",
            "National Farmers' Union",
        ],
        EntityKind::Organization,
    );
    assert_eq!(facts.of_kind(EntityKind::Person).count(), 0, "{facts:#?}");
}

#[test]
fn a_nationality_noun_is_no_part_of_a_name_and_role_acronyms_are_no_bodies() {
    let text = "Race report\n\nFrenchman Jean Alesi was second. Robert Kilroy-Silk, the MEP \
                for the region, set up a new party, Veritas, to fight the election.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "Jean Alesi"), [EntityKind::Person]);
    assert!(
        kinds_of(&facts, "Frenchman Jean Alesi").is_empty(),
        "{facts:#?}"
    );
    assert!(kinds_of(&facts, "MEP").is_empty(), "{facts:#?}");
    // An infinitive after the comma is no role: the party's name is an organisation's.
    assert_eq!(
        kinds_of(&facts, "Veritas"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
}

#[test]
fn league_teams_by_nickname_and_a_dateline_stays_a_place_beside_a_results_table() {
    let text = "BASEBALL - MAJOR LEAGUE RESULTS WEDNESDAY\n\nNEW YORK 1996-08-28\n\n\
                Results of games played on Wednesday :\n\nNEW YORK 5 Seattle 2\n\
                San Diego 6 MONTREAL 5 ( 10 innings )\n\n\
                The Yankees held on behind Andy Pettitte as the Mariners lost again . \
                The Indians beat the Red Sox for the fourth straight time .\n";
    let facts = extract_article(&parse_article("wire.txt", text));
    all_of_kind(
        &facts,
        &[
            "New York Yankees",
            "Seattle Mariners",
            "Boston Red Sox",
            "San Diego",
        ],
        EntityKind::Organization,
    );
    let dateline = facts
        .entities
        .iter()
        .find(|e| e.kind == EntityKind::Place && e.canonical == "New York")
        .unwrap_or_else(|| panic!("{facts:#?}"));
    assert_eq!(dateline.mentions.len(), 1);
    // The table's "NEW YORK" is the one New York team the article names.
    let yankees = entity(&facts, EntityKind::Organization, "New York Yankees");
    let surfaces = texts_of(text, yankees);
    assert!(surfaces.contains(&"NEW YORK".to_owned()), "{surfaces:?}");
}

#[test]
fn club_words_end_a_clubs_name_and_a_result_in_sets_names_no_team() {
    let text = "SOCCER - RESULTS\n\nLONDON 1996-08-31\n\n\
                Results of matches on Saturday :\n\n\
                Sheffield United 2 Oxford 0\nWigan Athletic 1 Stoke 1\n\n\
                In the women 's draw , Steffi Graf of Germany beat Japan 's Kimiko Date 6-3 6-2 .\n";
    let facts = extract_article(&parse_article("wire.txt", text));
    // "Sheffield" is also a given name: the club's word "United" decides. (A club named by
    // its town takes the club's full name where one club has it: "Stoke City".)
    all_of_kind(
        &facts,
        &["Sheffield United", "Oxford", "Wigan Athletic", "Stoke City"],
        EntityKind::Organization,
    );
    assert_eq!(
        kinds_of(&facts, "Germany"),
        [EntityKind::Place],
        "{facts:#?}"
    );
    let text = "Talks\n\nThe United Nations and United Airlines agreed. Hamas and Islamic Jihad \
                oppose the talks, and the Taleban took Kabul.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "United Nations",
            "United Airlines",
            "Islamic Jihad",
            "Taliban",
        ],
        EntityKind::Organization,
    );
}

#[test]
fn market_staff_name_their_firms_and_titles_of_works_stay_unnamed() {
    let text = "Coffee\n\nDealers at Cargill and Volcafe said roasters were buying. The film \
                pushed DreamWorks' animated hit Shark Tale into second place.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Cargill", "Volcafe"], EntityKind::Organization);
    assert!(kinds_of(&facts, "Shark Tale").is_empty(), "{facts:#?}");
}

#[test]
fn a_club_is_named_by_its_own_word_and_by_its_short_name() {
    let text = "SOCCER - AJAX BEAT PSV IN SUPER CUP\n\nAMSTERDAM 1996-08-18\n\n\
                Ajax Amsterdam beat PSV Eindhoven 3-0 on Sunday .\n\n\
                Jari Litmanen scored twice for Ajax . Feyenoord meet Bayer Leverkusen in a \
                friendly , and Sheffield United host Galatasaray .\n";
    let facts = extract_article(&parse_article("wire.txt", text));
    // "Ajax" is also a town in Ontario: the article's "Ajax Amsterdam" decides.
    let ajax = facts
        .entities
        .iter()
        .find(|e| e.canonical == "Ajax Amsterdam")
        .unwrap_or_else(|| panic!("{facts:#?}"));
    assert_eq!(ajax.kind, EntityKind::Organization);
    assert_eq!(ajax.mentions.len(), 3, "{facts:#?}");
    all_of_kind(
        &facts,
        &[
            "Feyenoord Rotterdam",
            "Bayer 04 Leverkusen",
            "Sheffield United",
            "Galatasaray İstanbul",
        ],
        EntityKind::Organization,
    );
}

#[test]
fn initials_before_a_mac_surname_and_owned_or_unit_bodies() {
    let text = "Takeover\n\nMan Utd opened its books. Racing tycoons John Magnier and JP McManus \
                have not said whether they would sell; their advisers are JP Morgan. Yukos \
                lost its main production unit, Yuganskneftegaz, and analysts said \
                state-owned Rosneft could end up with it.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "JP McManus"),
        [EntityKind::Person],
        "{facts:#?}"
    );
    all_of_kind(
        &facts,
        &["Man Utd", "JPMorgan Chase", "Yuganskneftegaz", "Rosneft"],
        EntityKind::Organization,
    );
}

#[test]
fn a_bodys_name_runs_on_over_what_it_is_of_and_sponsors_name_tournaments() {
    let text = "Protest\n\nThe Movement for the Survival of the Ogoni People called for \
                protests, and critics in the Commonwealth were misled. Researchers at the \
                University of Sheffield of the UK agreed. Rusedski lost in the first round of \
                the Heineken Open in Auckland.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Movement for the Survival of the Ogoni People",
            "Commonwealth of Nations",
            "University of Sheffield",
        ],
        EntityKind::Organization,
    );
    assert_eq!(kinds_of(&facts, "Heineken Open"), [EntityKind::Event]);
}

#[test]
fn a_plurals_role_is_no_persons() {
    let text = "Football\n\nUnited moved to within three points of leaders Chelsea, who were \
                held to a draw.\n";
    let facts = extract_text(text);
    assert!(
        !kinds_of(&facts, "Chelsea").contains(&EntityKind::Person),
        "{facts:#?}"
    );
}

#[test]
fn a_company_named_again_without_its_ending_stays_whole_and_whole_with_it() {
    let text = "BOEING , MCDONNELL DOUGLAS AGREE TO MERGE\n\nSEATTLE 1996-12-15\n\n\
                Boeing Co said on Sunday it would buy McDonnell Douglas Corp for $ 13.3 \
                billion .\n\nShares of McDonnell Douglas rose $ 4 on Friday .\n";
    let facts = extract_article(&parse_article("wire.txt", text));
    // "Douglas" is also a town: the company's full name elsewhere decides.
    let company = facts
        .entities
        .iter()
        .find(|e| e.canonical == "McDonnell Douglas Corp")
        .unwrap_or_else(|| panic!("{facts:#?}"));
    assert_eq!(company.mentions.len(), 3, "{facts:#?}");
    assert!(kinds_of(&facts, "Douglas").is_empty(), "{facts:#?}");
    // "Boeing" ends in -ing but is no gerund, and its legal ending is no person.
    assert!(kinds_of(&facts, "Co").is_empty(), "{facts:#?}");
    assert!(
        facts
            .entities
            .iter()
            .any(|e| e.kind == EntityKind::Organization && e.canonical.starts_with("Boeing")),
        "{facts:#?}"
    );
}

#[test]
fn the_rows_of_a_standings_table_name_teams() {
    let text = "BASEBALL - MAJOR LEAGUE STANDINGS\n\nNEW YORK 1996-08-29\n\n\
                Standings after games played on Wednesday :\n\nW L PCT GB\n\n\
                NEW YORK 74 55 .574 -\nBALTIMORE 67 62 .519 7\nDETROIT 46 84 .354 28 1/2\n";
    let facts = extract_article(&parse_article("wire.txt", text));
    all_of_kind(
        &facts,
        &["NEW YORK", "BALTIMORE", "DETROIT"],
        EntityKind::Organization,
    );
    assert!(
        facts
            .entities
            .iter()
            .any(|e| e.kind == EntityKind::Place && e.canonical == "New York"),
        "the dateline stays a place: {facts:#?}"
    );
}

#[test]
fn a_regulator_keeps_its_country_and_a_magazine_is_a_body() {
    let text = "Flotation\n\nThe US Securities and Exchange Commission had questioned an \
                interview the founders gave to Playboy magazine. GB News and TK Radio \
                covered it.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "US Securities and Exchange Commission",
            "Playboy",
            "GB News",
            "TK Radio",
        ],
        EntityKind::Organization,
    );
}

#[test]
fn the_kind_of_company_opening_a_sentence_is_no_part_of_its_name() {
    let text = "Tech\n\nRival Yahoo said it had no plans. Chipmaker Intel has cut prices. \
                Retailer Marks & Spencer fell. Rival Tim Henman lost.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Yahoo", "Intel", "Marks & Spencer"],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["Tim Henman"], EntityKind::Person);
}

#[test]
fn a_bands_musician_makes_it_a_band_and_speaks_for_themselves() {
    let text = "Brits\n\nNewcomers Keane lead the nominations.\n\n\"It's a great honour,\" said \
                Keane singer Tom Chaplin.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Keane"], EntityKind::Organization);
    let speakers: Vec<_> = facts
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_deref())
        .collect();
    assert_eq!(speakers, ["Tom Chaplin"], "{facts:#?}");
}

#[test]
fn a_listed_company_before_a_place_word_names_a_place() {
    let text = "Match report\n\nBolton won at the Reebok Stadium, where Nike staff watched.\n";
    let facts = extract_text(text);
    let stadium = entity(&facts, EntityKind::Place, "Reebok Stadium");
    assert_eq!(stadium.place_type, Some(PlaceType::Facility));
    assert!(
        kinds_of(&facts, "Reebok Stadium")
            .iter()
            .all(|k| *k == EntityKind::Place)
    );
}

#[test]
fn names_after_a_plural_kind_of_body_are_organisations() {
    let text = "Trojan\n\nSecurity firms Sophos and McAfee said the trojan was spreading, and \
                the Oscars were held at the Kodak Theatre.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Sophos", "McAfee"], EntityKind::Organization);
    all_of_kind(&facts, &["Kodak Theatre"], EntityKind::Place);
}

#[test]
fn sheriffs_and_constables_are_offices_before_a_name() {
    let text = "Search\n\nSeminole County Sheriff Don Eslinger said the search went on, and \
                Cumbria Police Chief Constable Jerry Graham agreed.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Don Eslinger").as_deref(),
        Some("Seminole County Sheriff")
    );
    assert_eq!(
        role_of(&facts, "Jerry Graham").as_deref(),
        Some("Cumbria Police Chief Constable")
    );
}

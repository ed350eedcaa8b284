//! Classes of error that wire copy and a broadcaster's web stories still showed (a quotation
//! given to the subject of an earlier clause; record labels read as people), each pinned on
//! hand-written text.

mod extraction_support;

use extraction_support::{
    all_of_kind, entity, kinds_of, mention_texts, role_of, speakers, texts_of,
};
use gazette::extract::extract_text;
use gazette::facts::{EntityKind, PlaceType};

#[test]
fn a_quotation_belongs_to_the_subject_of_its_own_clause() {
    let text = "Schools row\n\nTory leader Michael Howard said Labour had failed a generation, \
                while Lib Dem spokesman Phil Willis called the plans \"a muddle\".\n\n\
                Ms Kelly said the plan would work; her deputy Jacqui Smith described it as \
                \"a fresh start for every school\".\n";
    let facts = extract_text(text);
    assert_eq!(
        speakers(&facts),
        [Some("Phil Willis"), Some("Jacqui Smith")],
        "{facts:#?}"
    );
}

#[test]
fn a_clause_that_names_no_one_leaves_the_quotation_to_the_speaker() {
    let text = "Budget\n\nGordon Brown said the economy was strong, and told MPs that the \
                plans were \"prudent and fair\".\n";
    let facts = extract_text(text);
    assert_eq!(speakers(&facts), [Some("Gordon Brown")], "{facts:#?}");
}

#[test]
fn a_record_label_is_an_organisation() {
    let text = "Labels merge\n\nShares in Warner Music fell after Universal Music and EMI \
                reported higher sales. Warner Music said it would cut jobs.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Warner Music", "Universal Music"],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "Music").is_empty(), "{facts:#?}");
}

#[test]
fn a_conservatory_of_music_is_one_body() {
    let text = "Composer\n\nIn 1892 he became the director of the National Conservatory of \
                Music of America in New York City.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["National Conservatory of Music of America"],
        EntityKind::Organization,
    );
}

#[test]
fn initials_an_ampersand_joins_are_one_name() {
    let text = "Retail\n\nMarks & Spencer said sales rose. M&S shares gained, while AT&T and \
                P&O fell. Spending on R&D was flat.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Marks & Spencer", "AT&T", "P&O"],
        EntityKind::Organization,
    );
    let marks = entity(&facts, EntityKind::Organization, "Marks & Spencer");
    assert_eq!(marks.mentions.len(), 2, "{facts:#?}");
    for fragment in ["M", "S", "AT", "T", "P", "O", "R&D"] {
        assert!(
            kinds_of(&facts, fragment).is_empty(),
            "{fragment}: {facts:#?}"
        );
    }
}

#[test]
fn a_weekday_that_opens_a_listed_paper_is_the_papers_name() {
    let text = "Column row\n\nHe wrote a column in the Sunday Express about the plan.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Sunday Express"], EntityKind::Organization);
    assert!(facts.dates.is_empty(), "{facts:#?}");
}

#[test]
fn a_town_named_like_a_listed_company_after_in_is_the_town() {
    let text = "Rally\n\nAt a rally in Dover, Mr Howard spoke. He stayed the night near Dover.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Dover"], EntityKind::Place);
    let text = "Markets\n\nShares in Dover rose, and investors in Dover cheered.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Dover"], EntityKind::Organization);
}

#[test]
fn a_players_position_before_the_name_is_a_role() {
    let text = "Wales win\n\nFullback Neil Jenkins kicked 14 points and flanker Scott Gibbs \
                scored a try. But replacement Arwel Thomas slipped through, and Gareth Thomas \
                scored. Palestinian negotiator Saeb Erekat said talks went on.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Neil Jenkins",
            "Scott Gibbs",
            "Arwel Thomas",
            "Gareth Thomas",
            "Saeb Erekat",
        ],
        EntityKind::Person,
    );
    assert_eq!(role_of(&facts, "Neil Jenkins").as_deref(), Some("Fullback"));
    assert_eq!(role_of(&facts, "Scott Gibbs").as_deref(), Some("flanker"));
    assert_eq!(
        role_of(&facts, "Saeb Erekat").as_deref(),
        Some("Palestinian negotiator")
    );
}

#[test]
fn list_members_before_the_first_body_read_are_bodies_too() {
    let text = "Phones\n\nRivals O2, Orange and T-Mobile will cut prices. The flags were \
                Serbian, American and European Union ones.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["O2", "Orange", "T-Mobile"],
        EntityKind::Organization,
    );
    for word in ["Rivals", "Rivals O2", "Serbian", "American"] {
        assert!(
            !kinds_of(&facts, word).contains(&EntityKind::Organization),
            "{word}: {facts:#?}"
        );
    }
}

#[test]
fn a_name_written_with_initials_is_the_full_name_it_shares_a_surname_with() {
    let text = "Second test\n\nAustralia first innings\n\nG. Blewett b Walsh 69\n\nS. Warne c Lara b Walsh 12\n\n\
                Greg Blewett hit his highest score before Shane Warne fell. Blewett \
                batted on. P Stringer and AJ Venter started for the visitors. Peter Stringer \
                kicked well, and Andre Venter was sent off.\n";
    let facts = extract_text(text);
    for (full, short) in [
        ("Greg Blewett", "G. Blewett"),
        ("Shane Warne", "S. Warne"),
        ("Peter Stringer", "P Stringer"),
        ("Andre Venter", "AJ Venter"),
    ] {
        let person = entity(&facts, EntityKind::Person, full);
        assert!(
            mention_texts(text, &facts).contains(&short.to_owned()),
            "{short}: {facts:#?}"
        );
        assert!(kinds_of(&facts, short).is_empty(), "{short}: {facts:#?}");
        assert!(person.mentions.len() >= 2, "{full}: {facts:#?}");
    }
    assert_eq!(
        entity(&facts, EntityKind::Person, "Greg Blewett")
            .mentions
            .len(),
        3
    );
}

#[test]
fn a_listed_ground_is_a_facility_not_a_side() {
    let text = "Premier League\n\nLiverpool 2 Nottingham Forest 0\n\nRobbie Fowler scored twice \
                as Liverpool beat Nottingham Forest at Anfield. Juninho inspired Middlesbrough \
                to a 3-3 draw at Old Trafford, and Leeds won at Goodison Park.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Anfield", "Old Trafford", "Goodison Park"],
        EntityKind::Place,
    );
    for ground in ["Anfield", "Old Trafford", "Goodison Park"] {
        let place = entity(&facts, EntityKind::Place, ground);
        assert_eq!(place.place_type, Some(PlaceType::Facility), "{ground}");
    }
}

#[test]
fn an_analysts_firm_named_for_its_research_is_a_body() {
    let text = "Deal\n\n\"It is a lot of money,\" said Jupiter Research analyst Joe Wilcox. \
                Previous Research on the subject was thin.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Jupiter Research"], EntityKind::Organization);
    assert_eq!(speakers(&facts), [Some("Joe Wilcox")], "{facts:#?}");
    assert!(
        kinds_of(&facts, "Previous Research").is_empty(),
        "{facts:#?}"
    );
}

#[test]
fn the_team_after_a_drivers_country_in_a_race_result_is_a_body() {
    let text = "MOTOR RACING - JAPANESE GRAND PRIX RESULTS.\n\nSUZUKA, Japan 1996-10-13\n\n\
                Leading positions in the Japanese Grand Prix on Sunday:\n\n\
                1. Damon Hill (Britain) Williams 1:32:33.791\n\n\
                2. Gerhard Berger (Austria) Benetton +1.883\n\n\
                3. Martin Brundle (Britain) Jordan\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Benetton", "Jordan"], EntityKind::Organization);
    all_of_kind(
        &facts,
        &["Damon Hill", "Gerhard Berger"],
        EntityKind::Person,
    );
    all_of_kind(&facts, &["Austria"], EntityKind::Place);
}

#[test]
fn a_name_at_which_something_happens_in_a_city_is_a_site_there() {
    let text = "Talks\n\nThe mayor spoke at Carnegie Hall in New York, and the report on the \
                building at Holyrood in Edinburgh was published. Analysts at Kleinwort Benson \
                in London disagreed. Troops massed at Palmyra in Syria.\n";
    let facts = extract_text(text);
    for site in ["Carnegie Hall", "Holyrood"] {
        let place = entity(&facts, EntityKind::Place, site);
        assert_eq!(place.place_type, Some(PlaceType::Facility), "{site}");
    }
    all_of_kind(&facts, &["Kleinwort Benson"], EntityKind::Organization);
    assert!(
        facts
            .of_kind(EntityKind::Place)
            .all(|e| e.canonical != "Palmyra" || e.place_type != Some(PlaceType::Facility)),
        "{facts:#?}"
    );
}

#[test]
fn a_team_named_by_its_town_and_word_is_one_team() {
    let text = "NBA\n\nResults on Friday:\n\nChicago 103 Miami 95\n\nNew York 99 Utah 90\n\n\
                The Chicago Bulls won again as Michael Jordan scored 30. The Bulls lead the \
                league, while the New York Knicks lost.\n";
    let facts = extract_text(text);
    let bulls = entity(&facts, EntityKind::Organization, "Chicago Bulls");
    assert_eq!(
        texts_of(text, bulls),
        ["Chicago", "Chicago Bulls", "Bulls"],
        "{facts:#?}"
    );
    let knicks = entity(&facts, EntityKind::Organization, "New York Knicks");
    assert_eq!(knicks.mentions.len(), 2, "{facts:#?}");
    assert!(kinds_of(&facts, "Chicago").is_empty(), "{facts:#?}");
    all_of_kind(&facts, &["Miami", "Utah"], EntityKind::Organization);
}

#[test]
fn a_country_named_like_a_player_named_before_is_the_player() {
    let text = "BASKETBALL - JORDAN SCORES 38 AS BULLS WIN.\n\nMichael Jordan scored 38 points \
                as Chicago beat Miami. Jordan hit 15 of 27 shots.\n\nSeattle 99 Portland 93 (OT)\n";
    let facts = extract_text(text);
    let jordan = entity(&facts, EntityKind::Person, "Michael Jordan");
    assert_eq!(jordan.mentions.len(), 3, "{facts:#?}");
    assert!(
        facts
            .of_kind(EntityKind::Place)
            .all(|e| e.canonical != "Jordan"),
        "{facts:#?}"
    );
    assert!(kinds_of(&facts, "OT").is_empty(), "{facts:#?}");
    // Where the article writes the country as a place, its name stays the country's.
    let text = "Visit\n\nMichael Jordan flew to Amman. Jordan welcomed him, and talks in Jordan \
                went on.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Jordan"], EntityKind::Place);
}

#[test]
fn a_title_after_its_work_noun_and_its_own_article_is_no_person() {
    let text = "Booker\n\nAlan Hollinghurst won for his novel The Line of Beauty, ahead of the \
                film A Very Long Engagement.\n";
    let facts = extract_text(text);
    assert_eq!(
        facts
            .of_kind(EntityKind::Person)
            .map(|e| e.canonical.as_str())
            .collect::<Vec<_>>(),
        ["Alan Hollinghurst"],
        "{facts:#?}"
    );
}

#[test]
fn a_rookie_and_a_goaltender_are_roles_not_names() {
    let text = "NHL\n\nRookie Kerry Kittles led New Jersey, while goaltender Patrick Roy made \
                28 saves.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Kerry Kittles", "Patrick Roy"],
        EntityKind::Person,
    );
    assert_eq!(role_of(&facts, "Kerry Kittles").as_deref(), Some("Rookie"));
    assert_eq!(
        role_of(&facts, "Patrick Roy").as_deref(),
        Some("goaltender")
    );
}

#[test]
fn an_english_word_opening_a_price_move_names_what_is_traded() {
    let text = "Markets\n\nGold eased $1.10 to $371.40 an ounce. Sterling rose 0.5 percent. \
                Shares in Kingfisher rose 4p.\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "Gold").is_empty(), "{facts:#?}");
    assert!(kinds_of(&facts, "Sterling").is_empty(), "{facts:#?}");
    all_of_kind(&facts, &["Kingfisher"], EntityKind::Organization);
}

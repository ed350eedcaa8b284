//! Classes of error that a twenty-seventh look at hand-written news copy showed, each pinned
//! on hand-written text.

mod extraction_support;

use extraction_support::{
    all_of_kind, assert_dates, dates_of, entity, kinds_of, names_of_kind, role_of, said, texts_of,
};
use gazette::archive::parse_article;
use gazette::extract::{extract_article, extract_text};
use gazette::facts::EntityKind;

#[test]
fn a_name_in_ing_that_english_lacks_opens_a_sentence_as_a_name() {
    let facts = extract_text(
        "Road to close\n\nStirling Council said the road would close. Ealing Council agreed. \
         Speaking after the meeting, Mark Hill said the plan was sound.",
    );
    all_of_kind(
        &facts,
        &["Stirling Council", "Ealing Council"],
        EntityKind::Organization,
    );
    // A gerund still opens no name.
    assert_eq!(kinds_of(&facts, "Mark Hill"), [EntityKind::Person]);
    assert!(kinds_of(&facts, "Speaking").is_empty(), "{facts:#?}");
}

#[test]
fn a_portfolio_joined_by_and_is_one_office_and_its_holder_is_named() {
    let text = "Talks\n\n\"Our navies will sail together,\" said Deputy Assistant Secretary of \
                State for European and Eurasian Affairs Colin Reyes, who met Assistant \
                Secretary for East Asian and Pacific Affairs Kurt Campbell in Manila.";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Colin Reyes").as_deref(),
        Some("Deputy Assistant Secretary of State for European and Eurasian Affairs")
    );
    assert_eq!(
        role_of(&facts, "Kurt Campbell").as_deref(),
        Some("Assistant Secretary for East Asian and Pacific Affairs")
    );
    assert_eq!(
        said(&facts),
        [(Some("Colin Reyes"), "Our navies will sail together")]
    );
    // The portfolio's words name no place of their own.
    assert!(kinds_of(&facts, "Pacific").is_empty(), "{facts:#?}");
    assert_eq!(kinds_of(&facts, "Manila"), [EntityKind::Place]);
}

#[test]
fn a_year_right_after_a_word_of_a_name_is_the_names_not_a_date() {
    let dates = |text: &str| -> Vec<String> { dates_of(text).into_iter().map(|d| d.0).collect() };
    assert_eq!(
        dates(
            "Drills\n\nTroops opened Exercise Cobra Gold 2019 at Utapao. The plan is part of \
               Vision 2030, and the Beijing 2008 Olympics were held in August 2008."
        ),
        ["August 2008"]
    );
    // A year after a grammar word, a season or a month is a date, at a sentence's start or not.
    assert_eq!(
        dates(
            "Years\n\nThe club grew. [3] In 1891 it moved. Sales rose by 2020, and in \
               Summer 2016 the club won."
        ),
        ["1891", "by 2020", "Summer 2016"]
    );
}

#[test]
fn an_index_with_its_count_of_shares_and_a_share_class_name_no_body() {
    let facts = extract_text(
        "Markets\n\nThe FTSE 100 index fell 1 percent, and Class B shares of the company \
         gained. Alphabet Class A shares rose while Ericsson B shares jumped.",
    );
    for name in ["FTSE", "Class", "Class B"] {
        assert!(kinds_of(&facts, name).is_empty(), "{name}: {facts:#?}");
    }
    all_of_kind(&facts, &["Alphabet", "Ericsson"], EntityKind::Organization);
}

#[test]
fn a_name_ending_in_a_web_domain_is_a_company_and_the_pronoun_no_person() {
    let text = "Deals\n\nShares in Just Eat Takeaway.com rose. \"As CEO I accept \
                responsibility,\" Winterkorn said.";
    let facts = extract_text(text);
    let site = entity(&facts, EntityKind::Organization, "Just Eat Takeaway.com");
    assert_eq!(texts_of(text, site), ["Just Eat Takeaway.com"]);
    assert!(kinds_of(&facts, "I").is_empty(), "{facts:#?}");
    assert_eq!(kinds_of(&facts, "Winterkorn"), [EntityKind::Person]);
}

#[test]
fn a_place_of_several_words_before_based_is_the_place_alone() {
    let facts = extract_text(
        "Banks\n\nThe San Francisco-based company declined to comment, and a Rio de \
         Janeiro-based bank agreed.",
    );
    all_of_kind(
        &facts,
        &["San Francisco", "Rio de Janeiro"],
        EntityKind::Place,
    );
    for whole in ["San Francisco-based", "Rio de Janeiro-based"] {
        assert!(kinds_of(&facts, whole).is_empty(), "{whole}: {facts:#?}");
    }
}

#[test]
fn air_and_a_place_is_an_airline_and_listed_firms_keep_their_older_forms() {
    let facts = extract_text(
        "Airlines\n\nAir Berlin cut routes to Hamburg, and Air Astana grew. General Electric \
         sold its lighting arm. Tesco faces Wal-Mart's Asda and Wm Morrison.",
    );
    all_of_kind(
        &facts,
        &[
            "Air Berlin",
            "Air Astana",
            "General Electric",
            "Walmart",
            "Morrisons",
        ],
        EntityKind::Organization,
    );
    assert_eq!(kinds_of(&facts, "Hamburg"), [EntityKind::Place]);
    for part in ["Berlin", "Astana", "Electric", "Wm Morrison"] {
        assert!(kinds_of(&facts, part).is_empty(), "{part}: {facts:#?}");
    }
}

#[test]
fn a_dateline_of_places_a_slash_joins_names_each_place() {
    let text = "Jets grounded\n\nNEW YORK/LONDON (Reuters) - Regulators grounded the jet on \
                Thursday.";
    let article = parse_article("jets.txt", text);
    let field = |f: &Option<gazette::archive::Field>| f.as_ref().map(|f| f.text.clone());
    assert_eq!(field(&article.dateline).as_deref(), Some("NEW YORK/LONDON"));
    assert_eq!(field(&article.source).as_deref(), Some("Reuters"));
    let facts = extract_article(&article);
    all_of_kind(&facts, &["New York", "London"], EntityKind::Place);
    assert!(kinds_of(&facts, "Reuters").is_empty(), "{facts:#?}");
}

#[test]
fn talks_named_are_events_whole_over_their_hyphen_and_their_and() {
    let text = "Talks\n\nThe Six-Party Talks resumed in Beijing, and the Australia-United States \
                Ministerial Consultations ended, as did the U.S.-China Strategic and Economic \
                Dialogue. Peace talks went on.";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Six-Party Talks",
            "Australia-United States Ministerial Consultations",
            "U.S.-China Strategic and Economic Dialogue",
        ],
        EntityKind::Event,
    );
    // The places inside a named event are no places of the article.
    assert!(kinds_of(&facts, "China").is_empty(), "{facts:#?}");
    assert_eq!(kinds_of(&facts, "Beijing"), [EntityKind::Place]);
    assert_eq!(
        names_of_kind(&facts, EntityKind::Event).len(),
        3,
        "{facts:#?}"
    );
}

#[test]
fn two_letters_stand_for_a_firms_two_words_whatever_its_legal_ending() {
    let text = "Strike\n\nGeneral Motors Co said talks had failed. GM shares fell 2 percent.";
    let facts = extract_text(text);
    let firm = entity(&facts, EntityKind::Organization, "General Motors Co");
    assert_eq!(texts_of(text, firm), ["General Motors Co", "GM"]);
    // Before the long form, two letters stand for nothing the article spells.
    let facts = extract_text("Strike\n\nGM shares fell. General Motors Co said talks had failed.");
    assert_eq!(kinds_of(&facts, "GM"), [EntityKind::Organization]);
}

#[test]
fn initials_a_hyphen_joins_are_a_word_of_their_own_and_open_a_bodys_name() {
    let facts = extract_text(
        "Allies\n\nThe U.S.-India Strategic Partnership Forum met before the Japan-U.S. \
         Security Consultative Committee did. Sino-U.S. relations soured, and the Japan-U.S. \
         alliance held.",
    );
    all_of_kind(
        &facts,
        &[
            "U.S.-India Strategic Partnership Forum",
            "Japan-U.S. Security Consultative Committee",
        ],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["United States", "Japan"], EntityKind::Place);
    for cut in [
        "India Strategic Partnership Forum",
        "S. Security Consultative Committee",
    ] {
        assert!(kinds_of(&facts, cut).is_empty(), "{cut}: {facts:#?}");
    }
}

#[test]
fn a_commands_name_goes_on_over_a_dash_to_its_operation_or_country() {
    let facts = extract_text(
        "Handover\n\nOfficials of Combined Joint Task Force – Operation Inherent Resolve met \
         United States Forces–Iraq staff. The Defence Ministry—Kazakhstan's top body—agreed, \
         and the UN Security Council – Russia dissenting – voted.",
    );
    all_of_kind(
        &facts,
        &[
            "Combined Joint Task Force – Operation Inherent Resolve",
            "United States Forces–Iraq",
            "Defence Ministry",
            "UN Security Council",
        ],
        EntityKind::Organization,
    );
    // An aside after a dash stays apart.
    all_of_kind(&facts, &["Kazakhstan", "Russia"], EntityKind::Place);
}

#[test]
fn a_caption_under_a_label_with_its_credit_under_a_second_is_no_credit() {
    let text = "Trial results\n\nThe trial was led by a stroke specialist in Glasgow.\n\n\
                Picture: Professor Keith Moir at the hospital. Picture: Jon Savage\n\n\
                Moir said the drug worked.";
    let article = parse_article("trial.txt", text);
    let caption = article
        .blocks
        .iter()
        .find(|b| b.credit.is_some())
        .expect("a caption with its credit");
    let credit = caption.credit.expect("credit");
    let credit_text: String = text
        .chars()
        .skip(credit.start)
        .take(credit.end - credit.start)
        .collect();
    assert_eq!(credit_text, "Jon Savage");
    let facts = extract_article(&article);
    assert_eq!(kinds_of(&facts, "Keith Moir"), [EntityKind::Person]);
    assert!(
        kinds_of(&facts, "Professor Keith Moir").is_empty(),
        "{facts:#?}"
    );
}

#[test]
fn a_listed_body_and_a_region_after_it_name_its_branch_there() {
    let facts = extract_text(
        "Trial\n\nNHS Tayside ran the trial with NHS Lothian, and Greenpeace USA protested. \
         Patients in Tayside took part.",
    );
    all_of_kind(
        &facts,
        &["NHS Tayside", "NHS Lothian", "Greenpeace USA"],
        EntityKind::Organization,
    );
    let region = entity(&facts, EntityKind::Place, "Tayside");
    assert_eq!(region.mentions.len(), 1, "{facts:#?}");
}

#[test]
fn a_group_named_by_its_count_is_a_body() {
    let facts = extract_text(
        "Ministers\n\nFinance ministers of the Group of 20 meet next month, as do those of the \
         Group of 77. A group of 20 people left.",
    );
    all_of_kind(
        &facts,
        &["Group of 20", "Group of 77"],
        EntityKind::Organization,
    );
    assert_eq!(
        names_of_kind(&facts, EntityKind::Organization).len(),
        2,
        "{facts:#?}"
    );
}

#[test]
fn plans_told_of_in_the_past_are_none_to_come() {
    let text = "Listing\n\nBy Jane Roe\n\nNovember 10, 2011\n\nThe group will list early next \
                year, after plans for a flotation were shelved in July. The firm plans to open \
                a store in June.";
    assert_dates(text, &[("July", "2011-07"), ("June", "2012-06")]);
}

//! Classes of error that a nineteenth look at hand-written news copy showed (sport, science
//! and health, and local news again), each pinned on hand-written text.

mod extraction_support;

use extraction_support::{assert_dates, dates_of, kinds_of, role_of, said, speakers, texts_of};
use gazette::archive::parse_article;
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_name_framed_by_english_words_is_no_person_the_model_proposes() {
    let text = "Notes\n\nKilbride Library will be closed on Easter Monday. The storytelling \
                sessions continue.\n\nFuneral Mass took place at the Church of St Mary on \
                Thursday. May he rest in peace.\n\nRoger Winter said it was fine.\n";
    let facts = extract_text(text);
    assert!(!kinds_of(&facts, "Kilbride Library").contains(&EntityKind::Person));
    assert!(!kinds_of(&facts, "Funeral Mass").contains(&EntityKind::Person));
    // A given name keeps a surname that is an English word too.
    assert_eq!(kinds_of(&facts, "Roger Winter"), [EntityKind::Person]);
}

#[test]
fn a_place_that_is_a_given_name_then_english_words_names_a_body_not_a_person() {
    let text = "Strike\n\nThe Kenya Dental Practitioners met in town. Georgia Power said rates \
                would rise. Florence Nightingale Dlamini, a nurse, said she would stay.\n";
    let facts = extract_text(text);
    assert!(!kinds_of(&facts, "Kenya Dental Practitioners").contains(&EntityKind::Person));
    assert!(!kinds_of(&facts, "Georgia Power").contains(&EntityKind::Person));
    assert_eq!(
        kinds_of(&facts, "Florence Nightingale Dlamini"),
        [EntityKind::Person]
    );
}

#[test]
fn the_american_spelling_councilor_is_an_office() {
    let text = "Talks\n\nState Councilor Lin Wei visited the port on Monday.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "Lin Wei"), [EntityKind::Person]);
    assert_eq!(
        role_of(&facts, "Lin Wei").as_deref(),
        Some("State Councilor")
    );
}

#[test]
fn a_relative_month_takes_the_year_the_publication_date_makes_certain() {
    let text = "Probe\n\nPublished: 10:00, 3 March 2025\n\nThe firm expects approval in \
                mid-June. Sales fell in late February. The club signed him last September. \
                Prices have risen since last April. Profit fell in the third quarter.\n";
    assert_dates(
        text,
        &[
            ("mid-June", "2025-06"),
            ("late February", "2025-02"),
            ("last September", "2024-09"),
            ("since last April", "2024-04"),
            ("third quarter", "2024-07/2024-09"),
        ],
    );
    // With no publication date the year stays unknown.
    let found = dates_of("Probe\n\nThe club signed him last September.\n");
    assert_eq!(
        found,
        [("last September".to_owned(), Some("--09".to_owned()))]
    );
}

fn header(text: &str) -> [Option<String>; 3] {
    let article = parse_article("x.txt", text);
    let field = |f: &Option<gazette::archive::Field>| f.as_ref().map(|f| f.text.clone());
    [
        field(&article.dateline),
        field(&article.source),
        article.published.map(|p| p.date.iso()),
    ]
}

#[test]
fn a_release_opener_and_a_lower_case_agency_give_the_dateline() {
    let some = |s: &str| Some(s.to_owned());
    assert_eq!(
        header(
            "Vaccines reach three counties\n\nPRESS RELEASE\n\nGENEVA, Switzerland, 4 March \
             2025 – The agency said on Tuesday it would act.\n"
        ),
        [some("GENEVA"), None, some("2025-03-04")]
    );
    assert_eq!(
        header("Heat alert issued\n\nBERLIN, Mar 4 (dpa) — The institute said it would act.\n"),
        [some("BERLIN"), some("dpa"), None]
    );
    // A paragraph of the body before it: no dateline.
    assert_eq!(
        header(
            "Heat alert issued\n\nThe institute said it would act on the heat.\n\nBERLIN \
             (dpa) — More followed.\n"
        ),
        [None, None, None]
    );
}

#[test]
fn a_dotted_european_date_is_a_date_and_a_stamp() {
    assert_eq!(
        header("Battery survives\n\nPress release | 29.04.2025\n\nThe cell held its charge.\n")[2]
            .as_deref(),
        Some("2025-04-29")
    );
    let found = dates_of("Probe\n\nThe deadline is 29.04.2025. Version 2.04.2025 is out.\n");
    assert_eq!(
        found,
        [("29.04.2025".to_owned(), Some("2025-04-29".to_owned()))]
    );
}

#[test]
fn an_age_between_a_name_and_its_role_is_skipped_and_says_a_person() {
    let text = "Trial\n\nMaria Lopes-Reis, 61, a retired teacher from Porto, said the results \
                were clear. Lena Park, 44, said she felt better.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Maria Lopes-Reis").as_deref(),
        Some("retired teacher from Porto")
    );
    // "Park" is a place word; the age says whose name it is.
    assert_eq!(kinds_of(&facts, "Lena Park"), [EntityKind::Person]);
}

#[test]
fn an_illness_named_after_someone_names_no_person() {
    let text = "Drug\n\nThe drug slows early Parkinson’s disease, the firm said. People living \
                with Parkinson’s will hear of it. Down's syndrome was not studied. The Paris \
                Agreement’s goal is far away.\n";
    let facts = extract_text(text);
    for name in ["Parkinson", "Down", "Agreement"] {
        assert!(kinds_of(&facts, name).is_empty(), "{name}: {facts:#?}");
    }
}

#[test]
fn repeated_and_conceded_attribute_a_quote() {
    let text = "Crisis\n\nCoach Pieter Smit spoke after the game. \"We are not in crisis,\" he \
                repeated. \"It is hard,\" Smit conceded.\n";
    let facts = extract_text(text);
    assert_eq!(
        speakers(&facts),
        [Some("Pieter Smit"), Some("Pieter Smit")],
        "{facts:#?}"
    );
}

#[test]
fn a_saints_or_mounts_abbreviation_before_one_name_is_a_place() {
    let text = "Stage\n\nThe riders climbed past Mt. Kenya before reaching St. Moritz. St. Louis \
                Eagles fans cheered.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "St. Moritz"), [EntityKind::Place]);
    assert_eq!(kinds_of(&facts, "Mt. Kenya"), [EntityKind::Place]);
    assert!(!kinds_of(&facts, "St. Louis Eagles").contains(&EntityKind::Place));
}

#[test]
fn a_quoted_nickname_between_a_given_name_and_a_surname_is_part_of_the_name() {
    let text = "Derby\n\nForward Lewis \"Dink\" Hebblethwaite scored late. Hebblethwaite said it \
                was special.\n\nFormer flanker Seán “Rocky” Brosnan said: “We lost our \
                identity.”\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Lewis \"Dink\" Hebblethwaite"),
        [EntityKind::Person]
    );
    assert_eq!(
        kinds_of(&facts, "Seán “Rocky” Brosnan"),
        [EntityKind::Person]
    );
    // The nickname is no quotation, and does not cut the speaker off his words.
    assert_eq!(
        said(&facts),
        [(Some("Seán “Rocky” Brosnan"), "We lost our identity.")]
    );
}

#[test]
fn a_sports_reports_plural_nickname_in_a_result_is_a_side_and_a_park_a_ground() {
    let text = "Rugby\n\nThe Sharks lost 20-13 to the Bulls at Kings Park on Saturday. Munster \
                must travel to face the Ospreys next week. The fly-half kicked a penalty and \
                the winger scored a try in the second half of the match.\n";
    let facts = extract_text(text);
    for side in ["Sharks", "Bulls", "Ospreys"] {
        assert_eq!(kinds_of(&facts, side), [EntityKind::Organization], "{side}");
    }
    let ground = facts.entities.iter().find(|e| e.canonical == "Kings Park");
    assert_eq!(
        ground.and_then(|p| p.place_type),
        Some(gazette::facts::PlaceType::Facility)
    );
    // Outside a sports report, neither.
    let text = "Zoo\n\nThe Sharks in the aquarium were fed. Visitors walked in Kings Park.\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "Sharks").is_empty());
}

#[test]
fn a_line_with_the_score_between_the_sides_is_a_result() {
    let text = "Round-up\n\nThe striker scored twice in the match.\n\nAston Villa 0-0 \
                Brentford\n\nEverton 2 – 1 Wolves\n\nArsenal 2-1 Chelsea\n\nArsenal kept \
                their hopes alive, with Arsenal's next fixture against Fulham on April 1.\n";
    let facts = extract_text(text);
    // (A listed club is named in full: "Brentford FC".)
    let kinds_written = |side: &str| -> Vec<EntityKind> {
        facts
            .entities
            .iter()
            .filter(|e| texts_of(text, e).iter().any(|t| t == side))
            .map(|e| e.kind)
            .collect()
    };
    for side in ["Brentford", "Wolves", "Arsenal"] {
        assert_eq!(kinds_written(side), [EntityKind::Organization], "{side}");
    }
}

#[test]
fn a_posts_kind_written_with_ing_stays_in_the_role() {
    let text = "Deal\n\nBVB sporting director Lars Ricken said the deal was done. India batting \
                coach Vikram Rathour said the pitch was dry.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Lars Ricken").as_deref(),
        Some("BVB sporting director")
    );
    assert_eq!(
        role_of(&facts, "Vikram Rathour").as_deref(),
        Some("India batting coach")
    );
}

#[test]
fn an_unlisted_acronym_before_its_town_is_one_institutes_name() {
    let text = "Sensor\n\nResearchers at ETH Zurich and KTH Stockholm built the sensor. The \
                KMPDU Nairobi branch secretary spoke.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "ETH Zurich"), [EntityKind::Organization]);
    assert_eq!(
        kinds_of(&facts, "KTH Stockholm"),
        [EntityKind::Organization]
    );
    assert!(kinds_of(&facts, "Zurich").is_empty());
    // A body's branch in a town is the body and the town.
    assert_eq!(kinds_of(&facts, "Nairobi"), [EntityKind::Place]);
}

#[test]
fn a_clubs_short_name_that_is_an_english_word_is_the_club_before_its_manager() {
    let text = "Derby\n\nArsenal manager Esteban Quiroga-Llamas said the points mattered.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "Arsenal FC"), [EntityKind::Organization]);
    assert_eq!(
        role_of(&facts, "Esteban Quiroga-Llamas").as_deref(),
        Some("Arsenal manager")
    );
}

#[test]
fn a_nickname_that_opens_with_a_letter_outside_ascii_is_read_without_a_panic() {
    let text = "Derby\n\nThe Östers beat the Ångbåts 2-1 as the striker scored a goal and the \
                goalkeeper saved a penalty in the semi-final of the match.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "Östers"), [EntityKind::Organization]);
}

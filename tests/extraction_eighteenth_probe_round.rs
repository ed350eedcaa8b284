//! Classes of error that an eighteenth look at hand-written news copy showed (business and
//! markets news, and local news of councils, courts and public services), each pinned on
//! hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, dates_of, kinds_of};
use gazette::archive::parse_article;
use gazette::extract::{extract_article, extract_text};
use gazette::facts::EntityKind;

#[test]
fn a_bodys_name_run_on_into_a_persons_is_split_where_the_article_calls_them_by_surname() {
    let text = "Row\n\nChief executive of Oxfam Kwabena Mensah said the charity would help. \
                Mensah said more was needed.\n\nThe head of Greenpeace Sarah Collins said so. \
                Ms Collins added that it was fine.\n\nA student at Northwestern University \
                Amneh Jafari heard of it. Jafari said she felt it was unfair.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Kwabena Mensah", "Sarah Collins", "Amneh Jafari"],
        EntityKind::Person,
    );
    all_of_kind(
        &facts,
        &["Oxfam", "Greenpeace", "Northwestern University"],
        EntityKind::Organization,
    );
    // A body whose last words no one is called by alone stays whole.
    let text = "Deal\n\nThe Royal Bank of Scotland Group said profits rose.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Royal Bank of Scotland Group"),
        [EntityKind::Organization]
    );
}

fn pairs(expected: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    expected
        .iter()
        .map(|(t, v)| (t.to_string(), v.map(str::to_owned)))
        .collect()
}

#[test]
fn a_word_that_makes_a_date_one_end_of_a_stretch_stays_with_it() {
    let text = "Plans\n\nPublished 3 March 2025\n\nThe firm will return to profit by 2026. No \
                branch will close before 1 July, and the deal runs through January 2026 and \
                until at least March 2027. Work will finish by the end of July. Turnout rose \
                after Tuesday's vote.\n";
    assert_eq!(
        dates_of(text),
        pairs(&[
            ("3 March 2025", Some("2025-03-03")),
            ("by 2026", Some("2026")),
            // A plain date's year is the publication date's, as it would be without "before".
            ("before 1 July", Some("2025-07-01")),
            ("through January 2026", Some("2026-01")),
            ("until at least March 2027", Some("2027-03")),
            ("by the end of July", Some("2025-07")),
            // The stretch is the vote's, not the day's.
            ("Tuesday", Some("2025-02-25")),
        ])
    );
}

#[test]
fn from_opens_a_range_and_a_range_word_is_not_taken_by_its_second_date() {
    let text = "Closure\n\nThe hall was shut from 2014 to 2021. The show ran January 23 \
                through March 9, 2014. Figures from 2019 showed a fall.\n";
    assert_eq!(
        dates_of(text),
        pairs(&[
            ("from 2014 to 2021", Some("2014/2021")),
            (
                "January 23 through March 9, 2014",
                Some("2014-01-23/2014-03-09")
            ),
            ("2019", Some("2019")),
        ])
    );
}

#[test]
fn a_companys_fiscal_year_and_its_final_or_last_quarter_are_dates() {
    let text = "Results\n\nPublished 3 March 2025\n\nSales rose 8% in fiscal 2024. Profit \
                fell in the final quarter of 2024, and the bank cut 5,600 jobs last quarter. \
                Earnings rose in the final quarter. In the final quarter of the match he \
                scored.\n";
    assert_eq!(
        dates_of(text),
        pairs(&[
            ("3 March 2025", Some("2025-03-03")),
            ("fiscal 2024", Some("2024")),
            ("final quarter of 2024", Some("2024")),
            ("last quarter", None),
            ("final quarter", Some("2024-10/2024-12")),
        ])
    );
}

#[test]
fn a_rivers_name_after_river_is_a_place_though_the_word_is_a_given_name() {
    let text = "Flood\n\nThe River Thames rose and water from the River Liffey reached the \
                homes.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["River Thames", "River Liffey"], EntityKind::Place);
}

#[test]
fn a_listed_bodys_short_form_inside_a_longer_name_is_not_the_body() {
    let text = "Fire\n\nHunter New England Health said the fire in Newcastle was under control. \
                WHO WINS AND WHO LOSES?\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "New England Revolution").is_empty());
    assert!(kinds_of(&facts, "World Health Organization").is_empty());
    assert_eq!(kinds_of(&facts, "Newcastle"), [EntityKind::Place]);
    // The short form standing as a name of its own is still the body.
    let text = "Match\n\nNew England beat Chicago 2-1 on Saturday.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "New England Revolution"),
        [EntityKind::Organization]
    );
}

#[test]
fn prisons_crematoria_and_cemeteries_are_facilities_each_of_its_own() {
    let text = "Funeral\n\nHe worked in the kitchen at Cork Prison. The service was at Swansea \
                Crematorium. He is buried at Midleton Cemetery, and an evening will be held at \
                Midleton Park Hotel.\n";
    let facts = extract_text(text);
    let facilities: Vec<&str> = facts
        .of_kind(EntityKind::Place)
        .map(|e| e.canonical.as_str())
        .collect();
    assert_eq!(
        facilities,
        [
            "Cork Prison",
            "Swansea Crematorium",
            "Midleton Cemetery",
            "Midleton Park Hotel"
        ]
    );
    // Two names of one site are still one place.
    let text = "Drill\n\nTroops met at the Illisky Training Area. The Illisky Training Centre \
                hosted them.\n";
    let facts = extract_text(text);
    assert_eq!(facts.of_kind(EntityKind::Place).count(), 1);
}

#[test]
fn a_common_word_opening_a_sentence_before_a_companys_results_is_no_company() {
    let text = "Results\n\nShareholders want dividends. Farmers want higher profits. Glencore \
                cut its dividend.\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "Shareholders").is_empty());
    assert!(kinds_of(&facts, "Farmers").is_empty());
    assert_eq!(kinds_of(&facts, "Glencore"), [EntityKind::Organization]);
}

#[test]
fn the_names_a_wire_storys_credit_lists_are_people() {
    let text = "Shares\n\nShares rose.\n\n(Reporting by Katharina Wolff and Emeka Okonkwo in \
                Frankfurt; Additional reporting by Chidi Obi; Editing by Lucia Ferraro)\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Katharina Wolff",
            "Emeka Okonkwo",
            "Chidi Obi",
            "Lucia Ferraro",
        ],
        EntityKind::Person,
    );
    assert_eq!(kinds_of(&facts, "Frankfurt"), [EntityKind::Place]);
}

#[test]
fn two_trades_joined_by_and_before_a_bodys_cue_word_are_one_name() {
    let text = "Strike\n\nThe Employment and Labour Relations Court ruled on Tuesday.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Employment and Labour Relations Court"),
        [EntityKind::Organization]
    );
    assert!(kinds_of(&facts, "Employment").is_empty());
    // A listed body before "and" is a body of its own.
    let text = "Deal\n\nApple and Samsung Electronics Council members met.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "Apple"), [EntityKind::Organization]);
}

#[test]
fn an_elided_article_before_a_capital_carries_a_name_on() {
    let text = "Launch\n\nKudipay will launch in Côte d'Ivoire next year.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "Ivory Coast"), [EntityKind::Place]);
    assert!(kinds_of(&facts, "Côte").is_empty());
    // Nor is a name carried on so a person's.
    let text = "Skiing\n\nHe skied at Val d'Isère last winter.\n";
    let facts = extract_text(text);
    assert!(
        kinds_of(&facts, "Val d'Isère")
            .iter()
            .all(|k| *k != EntityKind::Person)
    );
}

#[test]
fn a_barristers_or_senior_counsels_letters_are_no_part_of_the_name() {
    let text = "Court\n\nRuairí Dempsey BL said the case was serious. Olufunke Adeyemi SC said \
                so, and Femi Falana SAN agreed.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Ruairí Dempsey", "Olufunke Adeyemi", "Femi Falana"],
        EntityKind::Person,
    );
}

#[test]
fn what_lasts_until_a_date_or_was_promised_for_one_is_not_put_in_the_year_before() {
    let text = "Bail\n\nPublished 18 June 2024\n\nA man was arrested on Sunday and has been \
                released on bail until 12 September while enquiries continue. The department \
                has promised to visit the hospice in October.\n";
    let dates = dates_of(text);
    assert!(dates.contains(&("until 12 September".into(), Some("2024-09-12".into()))));
    assert!(dates.contains(&("October".into(), Some("2024-10".into()))));
}

#[test]
fn a_stamps_date_ends_at_a_bar_and_a_dateline_is_its_city_alone() {
    let text = "Profit rises\n\nBy Jane Roe | 3 March 2025 | 08:15 GMT\n\nSiemens said profit \
                rose.\n";
    assert_eq!(
        dates_of(text),
        pairs(&[("3 March 2025", Some("2025-03-03"))])
    );
    let text = "Rates cut\n\nFRANKFURT, Germany (AP) — The bank cut rates on Thursday.\n";
    let article = parse_article("rates.txt", text);
    assert_eq!(
        article.dateline.map(|d| d.text).as_deref(),
        Some("FRANKFURT")
    );
    assert_eq!(article.source.map(|s| s.text).as_deref(), Some("AP"));
    let facts = extract_article(&parse_article("rates.txt", text));
    all_of_kind(&facts, &["Frankfurt", "Germany"], EntityKind::Place);
}

#[test]
fn counsel_before_a_name_is_the_persons_role() {
    let text = "Court\n\nProsecuting counsel Ruairí Dempsey read the statements. The firm's \
                general counsel, Jane Roe, said so.\n";
    let facts = extract_text(text);
    let role = |name: &str| {
        facts
            .entities
            .iter()
            .find(|e| e.canonical == name)
            .and_then(|e| e.role.clone())
    };
    assert_eq!(
        role("Ruairí Dempsey").as_deref(),
        Some("Prosecuting counsel")
    );
    assert_eq!(role("Jane Roe").as_deref(), Some("general counsel"));
}

//! Classes of error that new short stories of world and technology news showed (titles set off
//! by commas, occupations in an apposition, a body's officer quoted, a month's abbreviation that
//! is a given name), each pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, role_of, speakers};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_capitalised_title_set_off_by_commas_is_the_role_of_the_name_after_it() {
    let text = "Talks resume\n\nPakistan's Foreign Minister, Riaz Bokhari, said the offer was \
                welcome. The deal was signed by the Prime Minister, Tony Blair, and the \
                Chancellor, Gordon Brown. Ukraine's Prime Minister, Yuriy Kovalenko, told \
                reporters it was fair.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Riaz Bokhari",
            "Tony Blair",
            "Gordon Brown",
            "Yuriy Kovalenko",
        ],
        EntityKind::Person,
    );
    assert_eq!(
        role_of(&facts, "Riaz Bokhari").as_deref(),
        Some("Pakistan's Foreign Minister")
    );
    assert_eq!(
        role_of(&facts, "Tony Blair").as_deref(),
        Some("Prime Minister")
    );
    assert_eq!(
        role_of(&facts, "Gordon Brown").as_deref(),
        Some("Chancellor")
    );
    assert_eq!(
        role_of(&facts, "Yuriy Kovalenko").as_deref(),
        Some("Ukraine's Prime Minister")
    );
}

#[test]
fn an_office_a_body_is_named_after_is_no_role_of_the_name_listed_next() {
    let text = "Appeal filed\n\nThe appellees are the County of Maui, Office of the Mayor, \
                Scott Teruya, and the Department of Finance.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Scott Teruya"], EntityKind::Person);
    assert_eq!(role_of(&facts, "Scott Teruya"), None);
}

#[test]
fn occupations_in_an_apposition_are_the_role_whatever_body_they_name() {
    let text = "Quake survivors wait\n\n\"Nobody has come to help us,\" said Mohammad Aslam, a \
                shopkeeper. Shahid Rahman, a doctor with the Pakistan Red Crescent Society, said \
                the hospital was full. Jan Egeland, the UN's emergency relief co-ordinator, \
                said aid was slow.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Mohammad Aslam", "Shahid Rahman", "Jan Egeland"],
        EntityKind::Person,
    );
    assert_eq!(
        role_of(&facts, "Mohammad Aslam").as_deref(),
        Some("shopkeeper")
    );
    // "Red" is a given name, but not of a person named right after the role.
    assert_eq!(
        role_of(&facts, "Shahid Rahman").as_deref(),
        Some("doctor with the Pakistan Red Crescent Society")
    );
    // "co-ordinator" is listed whole: its last part is no role noun.
    assert_eq!(
        role_of(&facts, "Jan Egeland").as_deref(),
        Some("UN's emergency relief co-ordinator")
    );
}

#[test]
fn a_months_abbreviation_that_is_a_given_name_opens_a_name_before_a_surname() {
    let text = "Aid appeal\n\nJan Egeland said the world faced a crisis. Jun Wang agreed. \
                Talks resumed on Jan 5 in Geneva. Throughout May Tony Blair campaigned.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Jan Egeland", "Jun Wang", "Tony Blair"],
        EntityKind::Person,
    );
    // A date's abbreviation stays a month, and a whole month is no given name ("Tony Blair",
    // not "May Tony Blair").
    assert!(
        facts.dates.iter().any(|d| d.text == "Jan 5"),
        "{:?}",
        facts.dates
    );
    assert!(
        !facts
            .entities
            .iter()
            .any(|e| e.canonical.starts_with("May")),
        "{:?}",
        facts.entities
    );
}

#[test]
fn a_bodys_officer_named_before_its_possessive_is_the_speaker() {
    let text = "Console sells out\n\nAlan Pryce, Microsoft's vice-president for games, told \
                reporters that the company had been \"overwhelmed\" by demand. Jan Egeland, the \
                UN's emergency relief co-ordinator, said the world faced a \"race against \
                time\".\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Microsoft", "United Nations"],
        EntityKind::Organization,
    );
    assert_eq!(
        speakers(&facts),
        vec![Some("Alan Pryce"), Some("Jan Egeland")]
    );
}

#[test]
fn a_credit_lines_additional_reporting_names_no_body() {
    let text = "Coup leaders meet envoys\n\nThe ministry said talks would resume.\n\n(Reporting \
                by Felix Onuah in Abuja; Additional reporting by Thiam Ndiaga in Dakar; Editing \
                by Mark Heinrich)\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Felix Onuah", "Thiam Ndiaga"], EntityKind::Person);
    assert!(
        !facts.entities.iter().any(|e| e.canonical == "Additional"),
        "{:?}",
        facts.entities
    );
}

#[test]
fn an_office_won_and_a_chief_executive_are_titles_not_part_of_the_name() {
    let text = "Domain ruling delayed\n\nICANN President and CEO Mario Castellanos said the \
                review would take a year. Ghana's President-elect John Mahama, who attended \
                the summit, spoke briefly.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Mario Castellanos", "John Mahama"],
        EntityKind::Person,
    );
    assert_eq!(role_of(&facts, "Mario Castellanos").as_deref(), Some("CEO"));
    assert_eq!(
        role_of(&facts, "John Mahama").as_deref(),
        Some("Ghana's President-elect")
    );
}

#[test]
fn a_body_named_with_and_after_a_possessive_is_read_whole() {
    let text = "Summit called\n\nThe African Union's Peace and Security Council is due to meet. \
                Lawyers said the office's Patent Trial and Appeal Board declined to review \
                it.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "African Union",
            "Peace and Security Council",
            "Patent Trial and Appeal Board",
        ],
        EntityKind::Organization,
    );
}

#[test]
fn a_companys_sector_word_ends_its_name_and_congress_is_a_body() {
    let text = "Mobile prices cut\n\nThe network is jointly owned by Liberty Global and \
                Telefonica. Sky Mobile and Lyca Mobile cut prices. Congress is expected to take \
                up the matter.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Liberty Global", "Sky Mobile", "Lyca Mobile", "Congress"],
        EntityKind::Organization,
    );
}

#[test]
fn relative_periods_and_ranges_of_years_are_dates() {
    let text = "Budget delayed\n\nThe agency will decide by the end of the year. Profits fell \
                from a year earlier, and two days later the board met. The epidemic killed 4,000 \
                people in 2014-16. Congress will act in the coming weeks. The war of 1939-1945 \
                ended.\n";
    let facts = extract_text(text);
    let date = |text: &str| facts.dates.iter().find(|d| d.text == text);
    for relative in [
        "by the end of the year",
        "a year earlier",
        "two days later",
        "coming weeks",
    ] {
        assert!(
            date(relative).is_some_and(|d| d.relative),
            "{relative}: {:?}",
            facts.dates
        );
    }
    assert_eq!(
        date("2014-16").and_then(|d| d.value.as_deref()),
        Some("2014/2016")
    );
    assert_eq!(
        date("1939-1945").and_then(|d| d.value.as_deref()),
        Some("1939/1945")
    );
}

#[test]
fn the_first_of_two_surnames_alone_or_with_the_second_is_the_person_named_in_full() {
    let text = "Bolivia votes\n\nCentrist senator Andrés Quispe Mamani won the vote. \"We will \
                govern for all,\" Quispe told supporters. Foreign Minister Alvaro Restrepo Uribe \
                agreed. Restrepo Uribe told reporters it was fair.\n";
    let facts = extract_text(text);
    let people = extraction_support::names_of_kind(&facts, EntityKind::Person);
    assert_eq!(
        people,
        vec!["Andrés Quispe Mamani", "Alvaro Restrepo Uribe"],
        "{people:?}"
    );
    assert_eq!(speakers(&facts), vec![Some("Andrés Quispe Mamani")]);
}

#[test]
fn a_firm_named_after_its_founder_and_sons_is_a_body() {
    let text = "Publishers sue\n\nThe publishers are Pearson and John Wiley & Sons. The paper \
                by Maria Keller & Tomas Ruiz was cited.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["John Wiley & Sons"], EntityKind::Organization);
    all_of_kind(&facts, &["Maria Keller", "Tomas Ruiz"], EntityKind::Person);
    assert!(!facts.entities.iter().any(|e| e.canonical == "John Wiley"));
}

#[test]
fn a_reporter_in_a_city_is_no_place_of_a_list_the_city_opens() {
    let text = "Coup leaders meet envoys\n\nThe ministry said talks would resume at a \
                crossing in Noida and Tilpata in Greater Noida.\n\n(Reporting by Felix Onuah \
                in Abuja and Thiam Ndiaga in Dakar; Editing by Mark Heinrich)\n";
    let facts = extract_text(text);
    // A place in a place, after a lowercase word, is still listed with the first.
    all_of_kind(
        &facts,
        &["Abuja", "Dakar", "Noida", "Tilpata"],
        EntityKind::Place,
    );
    assert!(
        !facts
            .entities
            .iter()
            .any(|e| e.canonical == "Thiam Ndiaga" && e.kind == EntityKind::Place),
        "{:?}",
        facts.entities
    );
}

#[test]
fn a_time_of_day_a_season_or_a_half_of_a_year_is_part_of_its_date() {
    let text = "Console launch\n\nThe console went on sale on Thursday afternoon. It was \
                launched in the summer of 2005 and sold well in the first half of 2006; by \
                Saturday night stocks were gone.\n";
    let facts = extract_text(text);
    let texts: Vec<&str> = facts.dates.iter().map(|d| d.text.as_str()).collect();
    for date in [
        "Thursday afternoon",
        "summer of 2005",
        "first half of 2006",
        "by Saturday night",
    ] {
        assert!(texts.contains(&date), "{date}: {texts:?}");
    }
}

#[test]
fn a_storms_name_alone_is_the_storm_the_article_names() {
    let text = "Typhoon nears\n\nTyphoon Kalmaegi hit the islands on Monday, and forecasters \
                said Kalmaegi was expected to strengthen.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Typhoon Kalmaegi"], EntityKind::Event);
    assert!(
        !facts.entities.iter().any(|e| e.canonical == "Kalmaegi"),
        "{:?}",
        facts.entities
    );
}

#[test]
fn peoples_named_as_groups_are_no_person_or_body() {
    let text = "Refugees arrive\n\nThe aid will give Sierra Leoneans confidence, and Sri Lankans \
                agreed. More than 1,500 Rohingya arrived in Bangladesh.\n";
    let facts = extract_text(text);
    for people in ["Sierra Leoneans", "Sri Lankans", "Rohingya"] {
        assert!(
            !facts.entities.iter().any(|e| e.canonical == people),
            "{people}: {:?}",
            facts.entities
        );
    }
    all_of_kind(&facts, &["Bangladesh"], EntityKind::Place);
}

#[test]
fn an_occupation_opening_a_sentence_is_the_role_of_the_speaker_it_names() {
    let text = "Flood waters rise\n\nResident Kwabena Ofori-Atta said the water rose quickly. \
                Farmer Yaw Boateng told reporters his crops were gone.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Kwabena Ofori-Atta", "Yaw Boateng"],
        EntityKind::Person,
    );
    assert_eq!(
        role_of(&facts, "Kwabena Ofori-Atta").as_deref(),
        Some("Resident")
    );
    assert_eq!(role_of(&facts, "Yaw Boateng").as_deref(), Some("Farmer"));
}

#[test]
fn a_consultant_at_a_name_works_for_a_body() {
    let text = "Virus spreads\n\n\"It is serious,\" said Graham Hurst, senior technology \
                consultant at Sophos.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Sophos"], EntityKind::Organization);
    assert_eq!(
        role_of(&facts, "Graham Hurst").as_deref(),
        Some("senior technology consultant at Sophos")
    );
}

//! Classes of error that a twenty-fourth look at hand-written news copy showed, each pinned
//! on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, assert_dates, dates_of, kinds_of, texts_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_season_told_from_the_present_is_a_date() {
    let text = "Derby\n\nPublished: Monday 24 January 2005\n\nHe joined the club last season and \
                has scored nine goals this season. Earlier in the season they lost at home, and \
                he will stay until the end of the season.";
    let found = dates_of(text);
    for date in [
        "last season",
        "this season",
        "Earlier in the season",
        "until the end of the season",
    ] {
        assert!(
            found.contains(&(date.to_owned(), None)),
            "{date}: {found:?}"
        );
    }
    // A season with no word that places it is no date.
    let found = dates_of("Rain\n\nThe rainy season has begun, and the season of goodwill ended.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_year_before_is_a_year_back_from_the_one_last_told() {
    assert_dates(
        "Results\n\nProfits were £9.1bn in 2004, up 26% on the year before. Police said he was \
         seen on 4 May 2004. The day before, he had bought a knife. The plant opened in June \
         2002; the month after, it closed.",
        &[
            ("the year before", "2003"),
            ("The day before", "2004-05-03"),
            ("the month after", "2002-07"),
        ],
    );
    // Where the words open what the time is before, they are no date of their own.
    let found = dates_of(
        "Vote\n\nThey met the day before the vote in 2004. The year before last was worse, and \
         he left the day after Christmas.",
    );
    assert!(
        found
            .iter()
            .all(|(date, _)| !date.contains("before") && !date.contains("after")),
        "{found:?}"
    );
}

#[test]
fn words_that_place_a_date_within_its_span_stay_with_it() {
    assert_dates(
        "Plant\n\nPublished: Monday 3 March 2025\n\nThe plant will open later in 2025, and \
         prices will stay high until at least the end of the year. Police raided the house \
         early on Monday, and the bill passed late on Wednesday. Sales in the first nine \
         months of 2024 rose, and output in the last three months of 2024 fell.",
        &[
            ("later in 2025", "2025"),
            ("early on Monday", "2025-03-03"),
            ("late on Wednesday", "2025-02-26"),
            ("first nine months of 2024", "2024"),
            ("last three months of 2024", "2024"),
        ],
    );
    let found = dates_of(
        "Prices\n\nPublished: Monday 3 March 2025\n\nPrices will stay high until at least the \
         end of the year.",
    );
    assert!(
        found
            .iter()
            .any(|(date, _)| date == "until at least the end of the year"),
        "{found:?}"
    );
}

#[test]
fn an_accounting_period_is_the_stretch_that_ends_on_its_date() {
    assert_dates(
        "Results\n\nPublished: Monday 3 March 2025\n\nProfits were £62.2m in the year to 30 \
         September. Sales rose 3% in the 12 weeks to 1 January, and jobless numbers fell in \
         the three months to January. Exports rose in the week to December 8. The firm's \
         half-year to 30 June was strong, and the three months ended Jan. 31 were better.",
        &[
            ("year to 30 September", "2023-10-01/2024-09-30"),
            ("12 weeks to 1 January", "2024-10-10/2025-01-01"),
            ("three months to January", "2024-11/2025-01"),
            ("week to December 8", "2024-12-02/2024-12-08"),
            ("half-year to 30 June", "2024-01-01/2024-06-30"),
            ("three months ended Jan. 31", "2024-11-01/2025-01-31"),
        ],
    );
    // A count of time before "to" that does not end on the date is no stretch of it.
    let found = dates_of(
        "Plan\n\nPublished: Monday 3 March 2025\n\nHe will come back next year to defend it, \
         and they have six months to March to pay.",
    );
    assert!(
        found.iter().all(|(date, _)| !date.contains(" to ")),
        "{found:?}"
    );
}

#[test]
fn a_weekday_with_its_date_pins_the_year_and_what_is_to_be_done_lies_ahead() {
    // 19 March 2005 was a Saturday, 19 March 2004 a Friday: the weekday says which, whatever
    // the tense of "has called".
    assert_dates(
        "Strike\n\nPublished: Wednesday 9 February 2005\n\nThe union has called a day of \
         action on Saturday 19 March, with a rally at the Pier Head.",
        &[("Saturday 19 March", "2005-03-19")],
    );
    assert_dates(
        "Deficit\n\nPublished: Tuesday 2 August 2005\n\nThe authority said it was working on \
         a recovery plan to be agreed by the end of September.",
        &[("by the end of September", "2005-09")],
    );
    // A weekday that fits none of the years around the publication's leaves the tense to say.
    assert_dates(
        "Obituary\n\nPublished: Wednesday 9 February 2005\n\nHe died on Monday 18 March.",
        &[("Monday 18 March", "2004-03-18")],
    );
}

#[test]
fn standings_aligned_in_columns_and_a_schedule_name_their_teams() {
    let text = "BASKETBALL - NBA STANDINGS.\n\nNational Basketball Association standings after \
                Saturday's games:\n\nCENTRAL DIVISION\nCHICAGO      10  0 1.000     -\n\
                INDIANA       4  5  .444  5 1/2\nMILWAUKEE     4  6  .400     6\n\n\
                Sunday's games:\n\nNEW YORK AT BOSTON\nCleveland AT ATLANTA\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "CHICAGO",
            "INDIANA",
            "MILWAUKEE",
            "BOSTON",
            "Cleveland",
            "ATLANTA",
        ],
        EntityKind::Organization,
    );
    // A given name guessed across a schedule's "AT" is no person.
    assert!(
        kinds_of(&facts, "Cleveland AT ATLANTA").is_empty(),
        "{facts:#?}"
    );
    // Out of an article of results or standings, a headline is no schedule.
    let facts = extract_text("TROOPS AT BORDER\n\nSoldiers massed there on Monday.");
    assert!(kinds_of(&facts, "TROOPS").is_empty(), "{facts:#?}");
    assert!(kinds_of(&facts, "BORDER").is_empty(), "{facts:#?}");
}

#[test]
fn a_cup_result_that_brackets_each_side_s_country_names_its_scorers() {
    let text = "SOCCER - UEFA CUP RESULTS.\n\nIn Monaco:\nMonaco (France) 3 (Lebrun 8, Da Costa \
                51, Ngoma 77) Hamburg (Germany) 1 (Schnurr 60). Halftime 1-0.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Lebrun", "Da Costa", "Ngoma", "Schnurr"],
        EntityKind::Person,
    );
    all_of_kind(&facts, &["Hamburg"], EntityKind::Organization);
    all_of_kind(&facts, &["France", "Germany"], EntityKind::Place);
    assert!(kinds_of(&facts, "Ngoma 77").is_empty(), "{facts:#?}");
}

#[test]
fn a_club_named_with_its_town_is_the_club_by_its_own_word() {
    let text = "SOCCER - DUTCH LEAGUE.\n\nAjax Amsterdam 4 (Kjaergaard 77) Utrecht 0.\n\n\
                Ajax, chasing a fourth title, went top.\n\nStandings:\n\
                Ajax 3 3 0 0 9 1 9\nUtrecht 3 0 1 2 1 6 1\n";
    let facts = extract_text(text);
    let ajax = extraction_support::entity(&facts, EntityKind::Organization, "Ajax Amsterdam");
    assert_eq!(texts_of(text, ajax), ["Ajax Amsterdam", "Ajax", "Ajax"]);
    // A firm's branch named by a country is no club's: "GM" stays General Motors'.
    let text = "General Motors (GM) will cut jobs. GM Europe said the plant would close, and GM \
                said talks would go on.";
    let facts = extract_text(text);
    let gm = extraction_support::entity(&facts, EntityKind::Organization, "General Motors");
    assert_eq!(texts_of(text, gm), ["General Motors", "GM", "GM"]);
}

#[test]
fn a_country_that_have_done_something_in_a_sports_report_is_its_team() {
    let text = "ICE HOCKEY - SQUAD NAMED.\n\nGermany have already qualified for the Winter \
                Olympics, the federation said on Sunday. The coach named 26 players for the \
                tournament, and the captain said the team would play two matches in December.";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Germany"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
    // A country "has": out of a team's plural, it stays a place.
    let text = "ICE HOCKEY - SQUAD NAMED.\n\nGermany has already agreed to host the Winter \
                tournament, the federation said on Sunday. The coach named 26 players, and the \
                captain said the team would play two matches in December.";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Germany"),
        [EntityKind::Place],
        "{facts:#?}"
    );
}

#[test]
fn a_party_member_of_two_words_is_no_part_of_the_name() {
    let text = "The sitting MP, Liberal Democrat Alastair Penrose, says the Tories are \
                complacent.\n\n\"They held this seat for a century,\" Mr Penrose said.";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Alastair Penrose"),
        [EntityKind::Person],
        "{facts:#?}"
    );
    assert!(
        kinds_of(&facts, "Liberal Democrat Alastair Penrose").is_empty(),
        "{facts:#?}"
    );
    assert_eq!(
        extraction_support::role_of(&facts, "Alastair Penrose").as_deref(),
        Some("MP")
    );
}

#[test]
fn a_firm_named_after_its_founder_stays_the_firm_beside_him() {
    let text = "Sainsbury's names chairman\n\nSainsbury's has named a new chairman, its third \
                in five years.\n\nThe chain, founded by John James Sainsbury in 1869, is \
                fighting Tesco and Sainsbury's for the nation's shoppers.\n\nShares in \
                Sainsbury's rose 3p.";
    let facts = extract_text(text);
    let firm = extraction_support::entity(&facts, EntityKind::Organization, "Sainsbury's");
    assert_eq!(texts_of(text, firm).len(), 4, "{facts:#?}");
    assert_eq!(
        kinds_of(&facts, "John James Sainsbury"),
        [EntityKind::Person]
    );
    // A possessive that owns what follows is the person's.
    let facts = extract_text("Helmut Kohl met reporters. Kohl's government fell on Friday.");
    assert!(kinds_of(&facts, "Kohl's").is_empty(), "{facts:#?}");
}

#[test]
fn a_body_shows_by_its_post_its_label_s_word_and_its_kind_after_the() {
    let text = "\"We will hold them to that promise,\" said Camra's Cumbria branch chairman, \
                Gordon Tate.\n\nXL Recordings and Rough Trade have turned guitar bands into \
                chart acts, said Helen Ashby, retail analyst at the broker Ferris Crane.";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Camra", "XL Recordings", "Ferris Crane"],
        EntityKind::Organization,
    );
    assert_eq!(
        extraction_support::speakers(&facts),
        [Some("Gordon Tate")],
        "{facts:#?}"
    );
    // A post a person has too is no body's.
    let facts = extract_text("Blair's official spokesman, Tom Kelly, said no.");
    assert!(
        !kinds_of(&facts, "Blair").contains(&EntityKind::Organization),
        "{facts:#?}"
    );
}

#[test]
fn a_day_s_results_were_played_that_day() {
    // Wednesday 30 October 1996.
    assert_dates(
        "TENNIS - PARIS OPEN RESULTS.\n\nPARIS 1996-10-30\n\nPARIS, Oct 30 (Newsline) - \
         Results from the Paris Open on Wednesday:\n\nTomas Zelenka (Czech Republic) beat \
         Byron Kitchener (U.S.) 6-2 6-1\n\nTuesday's late results, first round:\n\nHiroshi \
         Tanaka (Japan) beat Alain Morel (France) 6-4 6-4\n",
        &[("Tuesday", "1996-10-29")],
    );
}

#[test]
fn a_break_that_is_scheduled_lies_ahead_whatever_the_next_clause_did() {
    assert_dates(
        "ICE HOCKEY - GERMAN LEAGUE.\n\nBERLIN 1997-01-26\n\nBERLIN, Jan 26 (Globewire) - The \
         league breaks on Feb 3 for two weeks while the national team prepares for the \
         qualifying tournament, and the federation named 26 players on Sunday.",
        &[("Feb 3", "1997-02-03")],
    );
}

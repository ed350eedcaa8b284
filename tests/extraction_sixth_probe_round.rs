//! Classes of error that a sixth and a seventh look at the hand-written wire copy and broadcast
//! web stories showed, each pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, entity, kinds_of, not_of_kind, role_of, texts_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_division_whose_name_opens_with_a_given_name_is_a_place_unless_it_reads_as_someones() {
    let text = "Frost hits coffee\n\nFrost hit coffee areas in Minas Gerais and Rio Grande do \
                Sul on Tuesday, while Espírito Santo and Mato Grosso were spared. Farther \
                north, floods closed roads in Chiang Rai and Prince Edward Island had snow.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Minas Gerais",
            "Rio Grande do Sul",
            "Espírito Santo",
            "Mato Grosso",
            "Chiang Rai",
            "Prince Edward Island",
        ],
        EntityKind::Place,
    );
    not_of_kind(&facts, &["Minas Gerais", "Mato Grosso"], EntityKind::Person);
}

#[test]
fn a_title_between_a_role_and_a_name_is_no_part_of_the_name() {
    let text = "Poll\n\nLabour's lead is narrower, said polling expert Professor John Curtice. \
                Historian Professor Mary Beard agreed, and Election expert Professor Jane \
                Smith said it was too early.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["John Curtice", "Mary Beard", "Jane Smith"],
        EntityKind::Person,
    );
    assert!(role_of(&facts, "John Curtice").is_some_and(|r| r.ends_with("expert")));
    assert_eq!(role_of(&facts, "Mary Beard").as_deref(), Some("Historian"));
}

#[test]
fn a_city_that_names_a_treaty_is_no_place_there_but_the_city_itself_is() {
    let text = "Treaty\n\nGermany will meet the Maastricht treaty's deficit criterion, the \
                ceiling set by the Maastricht Treaty. Russia ratified the Kyoto protocol, and \
                the Paris climate agreement followed.\n";
    let facts = extract_text(text);
    not_of_kind(&facts, &["Maastricht", "Kyoto", "Paris"], EntityKind::Place);
    all_of_kind(&facts, &["Germany", "Russia"], EntityKind::Place);
    let met = extract_text(
        "Summit\n\nLeaders met in Maastricht to sign the Maastricht treaty, and later in Kyoto. \
         Britain welcomed the Baghdad-Erbil agreement.\n",
    );
    all_of_kind(&met, &["Maastricht", "Kyoto", "Erbil"], EntityKind::Place);
}

#[test]
fn a_month_that_names_a_futures_contract_is_no_date() {
    let text = "Coffee rises\n\nLONDON 1996-09-12\n\nNovember robusta settled at $1,542 a tonne. \
                January closed $58 higher at $1,498. The benchmark November contract ended \
                lower, and the December Bund future rose. In New York, December arabica on the \
                exchange was up 3.85 cents. December London cocoa closed at 1,036 pounds. \
                Exporters offered robusta for October shipment, and output rose in September. \
                In March futures were quiet.\n";
    let facts = extract_text(text);
    let dates: Vec<&str> = facts.dates.iter().map(|d| d.text.as_str()).collect();
    for contract in ["November", "January", "December"] {
        assert!(!dates.contains(&contract), "{contract}: {dates:?}");
    }
    for date in ["October", "September", "March"] {
        assert!(dates.contains(&date), "{date}: {dates:?}");
    }
}

#[test]
fn the_full_stop_after_plc_ends_the_sentence_while_corps_is_its_own() {
    let text = "Results\n\nHutchison sold shares in its British unit Orange Plc. Acme Corp. said \
                profits rose.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Orange Plc", "Acme Corp."],
        EntityKind::Organization,
    );
}

#[test]
fn a_companys_name_may_bracket_a_word_before_its_legal_form() {
    let text = "Results\n\nCheung Kong (Holdings) Ltd, the flagship of tycoon Li Ka-shing, said \
                profits rose. Swire Pacific (Holdings) Ltd agreed. Cheung Kong shares rose, and \
                the rise (Monday) Ltd nothing.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Cheung Kong (Holdings) Ltd", "Swire Pacific (Holdings) Ltd"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["Pacific"], EntityKind::Place);
    let company = entity(
        &facts,
        EntityKind::Organization,
        "Cheung Kong (Holdings) Ltd",
    );
    assert!(
        texts_of(text, company).contains(&"Cheung Kong".to_owned()),
        "{company:?}"
    );
}

#[test]
fn the_weekend_after_a_preposition_is_a_date_its_sentence_resolves() {
    let text = "Frost\n\nPublished: Wednesday, 11 September 1996\n\nFrost damaged coffee in \
                Parana over the weekend, traders said. Talks will resume at the weekend. The weekend papers \
                were thin.\n";
    let article = gazette::archive::parse_article("frost.txt", text);
    let facts = gazette::extract::extract_article(&article);
    let weekends: Vec<(String, String)> = facts
        .dates
        .iter()
        .filter(|d| d.text.to_lowercase().contains("weekend"))
        .map(|d| {
            let days = d.days.expect("resolved");
            (
                d.text.clone(),
                format!("{}/{}", days.start.iso(), days.end.iso()),
            )
        })
        .collect();
    assert_eq!(
        weekends,
        [
            ("the weekend".to_owned(), "1996-09-07/1996-09-08".to_owned()),
            ("the weekend".to_owned(), "1996-09-14/1996-09-15".to_owned()),
        ]
    );
}

#[test]
fn a_family_name_alone_is_the_nearest_person_named_before_with_it() {
    let text = "Verdict\n\n\"They can never be excused,\" presiding judge Kim Young-il said. \
                \"The sentence stands,\" Kim said. Later President Kim Young-sam spoke, and \
                Kim said he would consider a pardon.\n";
    let facts = extract_text(text);
    let judge = entity(&facts, EntityKind::Person, "Kim Young-il");
    let president = entity(&facts, EntityKind::Person, "Kim Young-sam");
    assert_eq!(texts_of(text, judge), ["Kim Young-il", "Kim"], "{facts:#?}");
    assert_eq!(
        texts_of(text, president),
        ["Kim Young-sam", "Kim"],
        "{facts:#?}"
    );
}

#[test]
fn a_scorecard_names_its_players_after_brackets_colons_and_particles() {
    let text = "CRICKET - SCOREBOARD\n\nScoreboard on the second day at Centurion:\n\nKenya \
                first innings 231 (K. Otieno 61; P. Strydom 3-40)\n\nZimbabwe first innings\n\
                A. Flower c Rosslyn b van der Merwe 44\nG. Whittall c du Plessis b Oliver 12\n\
                H. Streak not out 30\n\nTo bat: I. Butchart, E. Brandes.\n\nBowling: Oliver \
                20-4-61-1, van der Merwe 18-2-55-2, Strydom 9-1-30-0\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "K. Otieno",
            "P. Strydom",
            "Rosslyn",
            "van der Merwe",
            "du Plessis",
            "I. Butchart",
            "E. Brandes",
        ],
        EntityKind::Person,
    );
    not_of_kind(&facts, &["Rosslyn"], EntityKind::Place);
    assert!(kinds_of(&facts, "Merwe").is_empty());
    let bowler = entity(&facts, EntityKind::Person, "van der Merwe");
    assert_eq!(texts_of(text, bowler), ["van der Merwe", "van der Merwe"]);
}

#[test]
fn an_office_held_towards_a_body_reads_its_holder_and_the_body() {
    let text = "Reshuffle\n\nThe job goes to Chief Secretary to the Treasury Jane Marsh, while \
                Ambassador to the United Nations Peter Hollis stays. President of the European \
                Commission Anna Ferro and Governor of the Bank of England Mark Dunmore were \
                told first. Minister of Defence Paul Hewitt said nothing.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Jane Marsh",
            "Peter Hollis",
            "Anna Ferro",
            "Mark Dunmore",
            "Paul Hewitt",
        ],
        EntityKind::Person,
    );
    assert!(role_of(&facts, "Jane Marsh").is_some_and(|r| r.contains("Secretary to the Treasury")));
    all_of_kind(
        &facts,
        &["United Nations", "European Commission", "Bank of England"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["Defence"], EntityKind::Organization);
    assert!(kinds_of(&facts, "Treasury Jane Marsh").is_empty());
}

#[test]
fn a_body_may_list_what_it_deals_in_before_its_cue_word() {
    let text = "Markets\n\nCocoa rose on the Coffee, Sugar and Cocoa Exchange in New York, and \
                members of the Halifax Rowing, Sailing and Canoe Club met. Barley fell, the Wheat, \
                Barley, and Oats Association said. Leaders of Britain, France and Germany Council \
                members met.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Coffee, Sugar and Cocoa Exchange",
            "Halifax Rowing, Sailing and Canoe Club",
            "Wheat, Barley, and Oats Association",
        ],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["France"], EntityKind::Place);
    assert!(kinds_of(&facts, "Sailing").is_empty());
}

#[test]
fn a_sentence_opening_word_is_no_body_before_a_sum_a_company_has() {
    let text = "Jobs\n\nAverage earnings growth slowed to 4.2% in the year to December. Total \
                revenues fell. Acme's earnings rose, and Wessex Water shareholders met.\n";
    let facts = extract_text(text);
    not_of_kind(&facts, &["Average", "Total"], EntityKind::Organization);
    all_of_kind(&facts, &["Acme", "Wessex Water"], EntityKind::Organization);
}

#[test]
fn a_law_a_desk_and_plural_kinds_of_company_are_read_for_what_they_are() {
    let text = "Sect\n\nThe agency would not ban the sect under the Anti-Subversive Activities \
                Law, an official said. Distributors Northern Lantern Pictures said the film had \
                done well.\n\n-- Paris Commodities Desk +33 1 4221 5452\n";
    let facts = extract_text(text);
    not_of_kind(
        &facts,
        &["Anti-Subversive Activities Law", "Paris Commodities Desk"],
        EntityKind::Person,
    );
    let actor = extract_text("Film\n\nThe film stars Jude Law, who said Law was tired.\n");
    all_of_kind(&actor, &["Jude Law"], EntityKind::Person);
    all_of_kind(
        &facts,
        &["Northern Lantern Pictures", "Paris Commodities Desk"],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "Distributors Northern Lantern Pictures").is_empty());
}

#[test]
fn faiths_communiques_panels_and_a_firms_city_are_read_for_what_they_are() {
    let text = "Talks\n\nThey falsely use the name of Islam, the envoy said, citing the Vienna \
                Communique of 2015. Under rules set by the Takeover Panel, Harcourt Mineral \
                Services of Toronto must bid, and Yusuf Islam sang.\n";
    let facts = extract_text(text);
    assert!(
        kinds_of(&facts, "Islam").is_empty(),
        "{:?}",
        kinds_of(&facts, "Islam")
    );
    all_of_kind(&facts, &["Yusuf Islam"], EntityKind::Person);
    assert!(kinds_of(&facts, "Vienna Communique").is_empty());
    not_of_kind(&facts, &["Vienna"], EntityKind::Place);
    all_of_kind(
        &facts,
        &["Takeover Panel", "Harcourt Mineral Services"],
        EntityKind::Organization,
    );
    all_of_kind(&facts, &["Toronto"], EntityKind::Place);
}

#[test]
fn a_model_code_after_a_listed_company_is_no_part_of_its_name() {
    let text = "Phones\n\nThe Siemens SX1 phone and the Nokia N95 sold well, and the Airbus A380 \
                flew. BBC Radio 1 played on.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Siemens", "Nokia", "Airbus", "BBC Radio 1"],
        EntityKind::Organization,
    );
    for product in [
        "Siemens SX1",
        "Nokia N95",
        "Airbus A380",
        "SX1",
        "N95",
        "A380",
    ] {
        assert!(kinds_of(&facts, product).is_empty(), "{product}");
    }
}

#[test]
fn a_listed_clubs_short_name_in_a_results_row_is_the_club() {
    let text = "SOCCER - ENGLISH LEAGUE RESULTS\n\nFabrizio Ravanelli scored a hat-trick as \
                Middlesbrough beat West Ham United 4-1.\n\nResults:\n\nMiddlesbrough 4 West \
                Ham 1\nDerby 1 Manchester United 1\n";
    let facts = extract_text(text);
    let club = entity(&facts, EntityKind::Organization, "West Ham United");
    assert_eq!(texts_of(text, club), ["West Ham United", "West Ham"]);
    assert!(kinds_of(&facts, "West Ham").is_empty());
}

#[test]
fn a_quarter_or_half_of_a_year_said_of_money_is_a_date_of_those_months() {
    let text = "Results\n\nPublished: Thursday, 14 November 1996\n\nProfits in the third \
                quarter rose 8 percent, and sales for the first half were flat. The group \
                expects growth in the first quarter of 1997. Jordan scored 12 points in the \
                fourth quarter of the game.\n";
    let article = gazette::archive::parse_article("results.txt", text);
    let facts = gazette::extract::extract_article(&article);
    let parts: Vec<(String, Option<String>, String)> = facts
        .dates
        .iter()
        .filter(|d| d.text.contains("quarter") || d.text.contains("half"))
        .map(|d| {
            let days = d.days.expect("resolved");
            (
                d.text.clone(),
                d.value.clone(),
                format!("{}/{}", days.start.iso(), days.end.iso()),
            )
        })
        .collect();
    assert_eq!(
        parts,
        [
            (
                "third quarter".to_owned(),
                Some("1996-07/1996-09".to_owned()),
                "1996-07-01/1996-09-30".to_owned()
            ),
            (
                "first half".to_owned(),
                Some("1996-01/1996-06".to_owned()),
                "1996-01-01/1996-06-30".to_owned()
            ),
            (
                "first quarter of 1997".to_owned(),
                Some("1997".to_owned()),
                "1997-01-01/1997-03-31".to_owned()
            ),
        ]
    );
}

#[test]
fn an_office_taken_as_after_a_name_is_the_persons_role() {
    let text = "Merger\n\nThe new group will have Acme's Paul Verhoeven as chairman and Greta \
                Lind as chief executive. Hans Dekker, who took over as president from Jan Smit \
                on Monday, said so. Rovers player-manager Ruud Brouwer was pleased, and Maria \
                Costa, as expected, won.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Paul Verhoeven").as_deref(),
        Some("chairman")
    );
    assert_eq!(
        role_of(&facts, "Greta Lind").as_deref(),
        Some("chief executive")
    );
    assert_eq!(role_of(&facts, "Hans Dekker").as_deref(), Some("president"));
    assert!(role_of(&facts, "Ruud Brouwer").is_some_and(|r| r.ends_with("player-manager")));
    assert_eq!(role_of(&facts, "Maria Costa"), None);
}

#[test]
fn a_role_whose_phrase_goes_on_past_a_preposition_before_a_comma_is_the_names() {
    let text = "Film\n\n\"It is good,\" said Vantage's head of marketing, Simon Tolland. The \
                firm's chief geologist at the site, Michael de Guzman, died. A spokesman for \
                the ministry, John Abel, said so. He spoke of the rise of marketing, Paul \
                Rees said.\n";
    let facts = extract_text(text);
    assert!(role_of(&facts, "Simon Tolland").is_some_and(|r| r.contains("head")));
    assert_eq!(
        role_of(&facts, "Michael de Guzman").as_deref(),
        Some("chief geologist")
    );
    assert_eq!(role_of(&facts, "John Abel").as_deref(), Some("spokesman"));
    assert_eq!(role_of(&facts, "Paul Rees"), None);
}

#[test]
fn a_role_read_back_from_a_name_stops_at_a_verb_and_keeps_whose_title_it_is() {
    let text = "Tennis\n\nPete Sampras beat Czech qualifier Jiri Novak, while women's champion \
                Anna Berg won and the men's coach Paul Lind watched.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Jiri Novak").as_deref(),
        Some("Czech qualifier")
    );
    assert_eq!(
        role_of(&facts, "Anna Berg").as_deref(),
        Some("women's champion")
    );
    assert_eq!(role_of(&facts, "Paul Lind").as_deref(), Some("men's coach"));
}

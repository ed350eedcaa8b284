//! Classes of error that new short stories of a broadcaster's politics and entertainment pages
//! showed (members of parliament, occupations of music and broadcasting, a generic word opening
//! a sentence), each pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of, role_of, speakers};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_member_of_parliament_and_a_party_before_the_name_are_the_role() {
    let text = "Seat race tightens\n\nGeorge Galloway wants to unseat Labour MP Oona King. \
                The inquiry was chaired by Conservative MP John Whittingdale, and First \
                Minister Jack McConnell disagreed.\n\nFirst Minister Jack McConnell said \
                he would wait.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Oona King", "John Whittingdale", "Jack McConnell"],
        EntityKind::Person,
    );
    assert_eq!(role_of(&facts, "Oona King").as_deref(), Some("Labour MP"));
    assert_eq!(
        role_of(&facts, "John Whittingdale").as_deref(),
        Some("Conservative MP")
    );
    assert_eq!(
        role_of(&facts, "Jack McConnell").as_deref(),
        Some("First Minister")
    );
    // "King" is her surname, not a monarch's title.
    assert!(kinds_of(&facts, "King").is_empty());
}

#[test]
fn occupations_of_music_broadcasting_and_campaigns_make_a_role() {
    let text = "Festival line-up named\n\nKeane drummer Richard Hughes said the band was \
                ready. The campaign is being run by Australian strategist Lynton Crosby, who \
                masterminded four victories. Promoter Geoff Ellis said tickets sold out, and \
                The Times critic Benedict Nightingale gave it two stars.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Richard Hughes",
            "Lynton Crosby",
            "Geoff Ellis",
            "Benedict Nightingale",
        ],
        EntityKind::Person,
    );
    assert_eq!(
        role_of(&facts, "Richard Hughes").as_deref(),
        Some("Keane drummer")
    );
    assert_eq!(
        role_of(&facts, "Lynton Crosby").as_deref(),
        Some("Australian strategist")
    );
    assert_eq!(role_of(&facts, "Geoff Ellis").as_deref(), Some("Promoter"));
    assert!(
        role_of(&facts, "Benedict Nightingale").is_some_and(|r| r.ends_with("critic")),
        "{:?}",
        role_of(&facts, "Benedict Nightingale")
    );
    // The occupation opening a sentence is no part of the name.
    assert!(kinds_of(&facts, "Promoter Geoff Ellis").is_empty());
    all_of_kind(&facts, &["Keane"], EntityKind::Organization);
}

#[test]
fn a_generic_word_opening_a_sentence_before_a_spokesman_is_no_body() {
    let text = "Party launches manifesto\n\nParty spokesman Mark Croucher said the plan was \
                sound. Festival founder Michael Eavis said tickets sold out.\n\nAbbey chairman \
                Lord Burns said the offer was fair, and Lloyds had bid for Abbey.\n";
    let facts = extract_text(text);
    assert!(kinds_of(&facts, "Party").is_empty());
    assert!(kinds_of(&facts, "Festival").is_empty());
    assert_eq!(
        role_of(&facts, "Mark Croucher").as_deref(),
        Some("Party spokesman")
    );
    // A name that is also an English word still heads its staff.
    all_of_kind(&facts, &["Abbey"], EntityKind::Organization);
}

#[test]
fn a_title_word_after_a_kind_of_body_opens_its_name() {
    let text = "Chart news\n\nLeeds band Kaiser Chiefs will tour in May. The German company \
                Kaiser Wilhelm Holdings said profits rose.\n\nKaiser Wilhelm II ruled \
                Germany.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Kaiser Chiefs", "Kaiser Wilhelm Holdings"],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "Chiefs").is_empty());
    // Outside a body's description the title is still the person's.
    assert_eq!(role_of(&facts, "Wilhelm II").as_deref(), Some("Kaiser"));
}

#[test]
fn who_is_told_after_the_is_a_paper_or_a_body() {
    let text = "Minister speaks out\n\nShe told the Independent that the plan had failed. \
                Ministers told the Commons on Monday that it would pass.\n\nHe told the \
                Queen and told the Americans to wait, as the President told the Nation.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Independent", "Commons"],
        EntityKind::Organization,
    );
    for not_a_body in ["Queen", "Americans", "Nation"] {
        assert!(
            !kinds_of(&facts, not_a_body).contains(&EntityKind::Organization),
            "{not_a_body}"
        );
    }
}

#[test]
fn papers_and_channels_of_a_british_news_day_are_bodies() {
    let text = "Weekend papers\n\nThe Mail on Sunday said the deal was off. Radio 1 DJ Zane \
                Lowe and Sky One agreed, and the Evening Standard printed a poll.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Mail on Sunday",
            "BBC Radio 1",
            "Sky One",
            "Evening Standard",
        ],
        EntityKind::Organization,
    );
    // "Sunday" in the paper's name is no date.
    assert!(
        facts.dates.iter().all(|d| d.text != "Sunday"),
        "{:?}",
        facts.dates
    );
    assert!(kinds_of(&facts, "One").is_empty());
}

#[test]
fn a_weekday_inside_a_name_is_no_date() {
    let text = "Peace process\n\nThe Good Friday Agreement was signed in 1998, and Ant and \
                Dec's Saturday Night Takeaway returns.\n\nLast Friday Mr Blair said the talks \
                would go on. On Monday Mr Ahern agreed.\n";
    let facts = extract_text(text);
    let days: Vec<&str> = facts.dates.iter().map(|d| d.text.as_str()).collect();
    assert!(
        !days.contains(&"Friday") && !days.contains(&"Saturday"),
        "{days:?}"
    );
    assert!(
        days.contains(&"Last Friday") && days.contains(&"Monday"),
        "{days:?}"
    );
}

#[test]
fn unions_charities_and_campaigns_are_bodies_even_opening_a_sentence() {
    let text = "Unions threaten strike\n\nUnison general secretary Dave Prentis said members \
                were angry. The TGWU and Amicus backed the strike.\n\nFriends of the Earth and \
                Greenpeace protested, and Migration Watch UK, which campaigns for limits, \
                agreed. Age Concern said pensioners would suffer.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Unison",
            "Amicus",
            "Friends of the Earth",
            "Migration Watch UK",
            "Age Concern",
        ],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "Earth").is_empty());
    assert_eq!(
        role_of(&facts, "Dave Prentis").as_deref(),
        Some("Unison general secretary")
    );
}

#[test]
fn a_place_carried_on_where_an_election_is_fought_is_a_constituency() {
    let text = "Election 2005\n\nSalma Yaqoob, the party's candidate in Birmingham Sparkbrook, \
                said: \"People want a party that listens.\" Labour is defending the Manchester \
                Withington seat.\n\nThe Chicago Bulls won again.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Birmingham Sparkbrook", "Manchester Withington"],
        EntityKind::Place,
    );
    all_of_kind(&facts, &["Chicago Bulls"], EntityKind::Organization);
    assert_eq!(speakers(&facts), [Some("Salma Yaqoob")]);
}

#[test]
fn she_said_after_an_unnamed_spokeswoman_is_not_the_last_woman_named() {
    let text = "Doctor Who star to quit\n\nBBC One controller Lorraine Heggessey praised the \
                show. On Wednesday a BBC spokeswoman confirmed he would leave.\n\n\"He felt he \
                might get typecast,\" she said.\n\nMs Heggessey said she was sad. \"We will miss \
                him,\" she said.\n";
    let facts = extract_text(text);
    assert_eq!(
        speakers(&facts),
        [Some("Lorraine Heggessey")],
        "{:?}",
        facts.quotes
    );
    assert!(facts.quotes[0].text.starts_with("We will miss"));
}

#[test]
fn a_peers_honorific_is_no_part_of_the_office_nor_where_the_title_is_of_a_place() {
    let text = "Lords reject bill\n\nLord Chancellor Lord Falconer said the ruling was wrong. \
                Former Law Lord Lord Lloyd of Berwick said the plan was unjust, and Baroness \
                Kennedy of The Shaws disagreed.\n\nLady Thatcher was in Berwick.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Falconer", "Lloyd", "Kennedy", "Thatcher"],
        EntityKind::Person,
    );
    assert_eq!(
        role_of(&facts, "Falconer").as_deref(),
        Some("Lord Chancellor")
    );
    assert_eq!(role_of(&facts, "Lloyd").as_deref(), Some("Law Lord"));
    // Berwick is a place where Lady Thatcher was, never a body, and Kennedy no town.
    assert_eq!(kinds_of(&facts, "Berwick"), [EntityKind::Place]);
    assert_eq!(kinds_of(&facts, "Kennedy"), [EntityKind::Person]);
}

//! Classes of error that a thirty-second look at hand-written news copy showed, each pinned on
//! hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, assert_dates, entity, kinds_of, role_of, said, texts_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_side_is_read_past_its_article_in_the_passive_and_as_a_results_owner() {
    let facts = extract_text(
        "Czechs stun hosts\n\nPRAGUE 1996-08-30\n\nItaly suffered a 2-1 defeat to the Czech \
         Republic on Wednesday. England beat Moldova 3-0. Scotland lost to Sweden and Wales were \
         beaten by Belgium. Croatia's win over Denmark put them top. Tourists in Croatia saw the \
         match.",
    );
    all_of_kind(
        &facts,
        &["Czech Republic", "Wales", "Croatia", "Denmark", "Belgium"],
        EntityKind::Organization,
    );
    // A country outside any result in a report with none is the place.
    let facts = extract_text(
        "Trade\n\nThe minister flew to the Czech Republic. Wales was beaten by storms last \
         winter, and Croatia's win over inflation was praised.",
    );
    for place in ["Czechia", "Wales", "Croatia"] {
        assert_eq!(
            kinds_of(&facts, place),
            vec![EntityKind::Place],
            "{place}: {facts:#?}"
        );
    }
}

#[test]
fn whom_an_agency_quotes_is_the_speaker_not_the_agency() {
    let facts = extract_text(
        "Talks\n\nBoris Yeltsin arrived late. Interfax quoted Defence Minister Pavel Grachev as \
         warning that \"the troops will stay\". Itar-Tass quoted him as saying \"no deal\". The \
         paper quoted a senior official as saying \"talks are over\".",
    );
    let quotes = said(&facts);
    assert!(
        quotes.contains(&(Some("Pavel Grachev"), "the troops will stay")),
        "{quotes:?}"
    );
    assert!(
        quotes.contains(&(Some("Pavel Grachev"), "no deal")),
        "{quotes:?}"
    );
    assert!(
        !quotes.iter().any(|(who, _)| *who == Some("Interfax")),
        "{quotes:?}"
    );
}

#[test]
fn an_initial_after_a_lowercase_post_opens_its_holders_name() {
    let facts = extract_text(
        "Results\n\nThe deal was led by chief executive S. Gopalakrishnan, who said it was good. \
         Board member T. Ramesh and company secretary K. Lakshmi also attended.",
    );
    all_of_kind(
        &facts,
        &["S. Gopalakrishnan", "T. Ramesh", "K. Lakshmi"],
        EntityKind::Person,
    );
    assert_eq!(
        role_of(&facts, "S. Gopalakrishnan").as_deref(),
        Some("chief executive")
    );
    for initial in ["S", "T", "K"] {
        assert!(
            kinds_of(&facts, initial).is_empty(),
            "{initial}: {facts:#?}"
        );
    }
}

#[test]
fn hockey_and_baseball_positions_before_a_name_are_roles() {
    let facts = extract_text(
        "Leafs\n\nDefenceman Bryan McCabe missed the game. Reliever B.J. Ryan blew the save, \
         and right-hander A.J. Burnett will start, and third baseman Troy Glaus hit a homer.",
    );
    for (name, role) in [
        ("Bryan McCabe", "Defenceman"),
        ("B.J. Ryan", "Reliever"),
        ("A.J. Burnett", "right-hander"),
        ("Troy Glaus", "third baseman"),
    ] {
        assert_eq!(
            role_of(&facts, name).as_deref(),
            Some(role),
            "{name}: {facts:#?}"
        );
    }
}

#[test]
fn an_unlisted_acronym_before_an_office_and_its_holder_is_a_body() {
    let facts = extract_text(
        "Ottawa\n\nXQD Leader Jack Layton met QRS MP John Doe on Tuesday. The Minister of \
         Foreign Affairs, HE Dr Ibrahim Jaafari, also came.",
    );
    all_of_kind(&facts, &["XQD", "QRS"], EntityKind::Organization);
    assert_eq!(
        role_of(&facts, "Jack Layton").as_deref(),
        Some("XQD Leader")
    );
    assert!(kinds_of(&facts, "HE").is_empty(), "{facts:#?}");
}

#[test]
fn a_question_is_asked_by_the_one_named_after_it() {
    let facts = extract_text(
        "Senate\n\nThomas Mulcair rose in the House. \"Who in the Prime Minister's Office knew \
         about the cheque?\" Mulcair asked. Smith, asked about the \"secret deal\", said \
         nothing.",
    );
    let quotes = said(&facts);
    assert!(
        quotes.contains(&(
            Some("Thomas Mulcair"),
            "Who in the Prime Minister's Office knew about the cheque?"
        )),
        "{quotes:?}"
    );
    assert!(
        !quotes.iter().any(|(_, text)| *text == "secret deal"),
        "{quotes:?}"
    );
}

#[test]
fn an_unlisted_acronym_made_a_participle_is_the_body() {
    let text = "Chennai\n\nThe DMK-led front met. The XQR-led alliance and a TDP-backed \
                candidate stayed away.";
    let facts = extract_text(text);
    all_of_kind(&facts, &["DMK", "XQR", "TDP"], EntityKind::Organization);
    for body in ["DMK", "XQR", "TDP"] {
        let entity = entity(&facts, EntityKind::Organization, body);
        assert_eq!(texts_of(text, entity), vec![body], "{facts:#?}");
    }
}

#[test]
fn the_rupee_written_short_is_no_name() {
    let facts = extract_text(
        "Markets\n\nThe company raised Rs. 500 crore, and its shares rose to Rs. 212 on the \
         exchange. The coin fell to Re 1 in Mumbai.",
    );
    for word in ["Rs", "Re"] {
        assert!(kinds_of(&facts, word).is_empty(), "{word}: {facts:#?}");
    }
    assert_eq!(kinds_of(&facts, "Mumbai"), vec![EntityKind::Place]);
}

#[test]
fn a_street_written_short_is_a_place_with_its_stop() {
    let text = "Transit\n\nThe line runs along Finch Ave. from Spadina Ave. to Avenue Rd. Shops \
                on Front St. closed. St. Louis won.";
    let facts = extract_text(text);
    for street in ["Finch Ave.", "Spadina Ave.", "Avenue Rd.", "Front St."] {
        assert_eq!(
            kinds_of(&facts, street),
            vec![EntityKind::Place],
            "{street}: {facts:#?}"
        );
    }
    assert!(kinds_of(&facts, "Finch Ave").is_empty(), "{facts:#?}");
    assert_eq!(kinds_of(&facts, "St. Louis"), vec![EntityKind::Place]);
}

#[test]
fn a_canadian_province_written_short_after_a_town_is_the_province() {
    let facts = extract_text(
        "Plant\n\nThe firm, based in Burnaby, B.C., will move to Moncton, N.B., next month and \
         then to Waterloo, Ont.",
    );
    for province in ["British Columbia", "New Brunswick", "Ontario"] {
        assert_eq!(
            kinds_of(&facts, province),
            vec![EntityKind::Place],
            "{province}: {facts:#?}"
        );
    }
    all_of_kind(
        &facts,
        &["Burnaby", "Moncton", "Waterloo"],
        EntityKind::Place,
    );
}

#[test]
fn an_indian_building_by_its_head_word_is_a_facility() {
    let facts = extract_text(
        "Oath\n\nThe Governor met legislators at Raj Bhavan on Tuesday. The delegation drove on \
         to Rashtrapati Bhavan, and crowds filled Ramlila Maidan.",
    );
    for site in ["Raj Bhavan", "Rashtrapati Bhavan", "Ramlila Maidan"] {
        assert_eq!(
            kinds_of(&facts, site),
            vec![EntityKind::Place],
            "{site}: {facts:#?}"
        );
        assert_eq!(
            entity(&facts, EntityKind::Place, site).place_type,
            Some(gazette::facts::PlaceType::Facility)
        );
    }
}

#[test]
fn a_datelines_day_is_the_day_the_story_was_filed() {
    assert_dates(
        "Games village\n\nUpdated: September 24, 2010 01:50 IST\n\nNEW DELHI, September 23: \
         With the Games due to open on October 3, the chief will tour the village.\n",
        &[("September 23", "2010-09-23"), ("October 3", "2010-10-03")],
    );
}

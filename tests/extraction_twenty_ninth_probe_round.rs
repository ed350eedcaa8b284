//! Classes of error that a twenty-ninth look at hand-written news copy showed, each pinned
//! on hand-written text.

mod extraction_support;

use extraction_support::{
    all_of_kind, assert_dates, dates_of, entity, kinds_of, role_of, said, texts_of,
};
use gazette::archive::parse_article;
use gazette::extract::extract_text;
use gazette::facts::{EntityKind, PlaceType};

#[test]
fn what_was_postponed_until_a_month_is_still_to_come_but_what_lasted_until_one_is_not() {
    let text = "Vote\n\nBy Jane Roe\n\nMarch 10, 2014\n\nThe vote was postponed until \
                February. He was held on remand until 12 February, and the talks ran until \
                May.";
    assert_dates(
        text,
        &[
            ("until February", "2015-02"),
            ("until 12 February", "2014-02-12"),
            ("until May", "2014-05"),
        ],
    );
}

#[test]
fn a_plural_role_noun_before_two_names_is_the_role_of_both() {
    let facts = extract_text(
        "Squad\n\nThe captain named rookies Luke Donald and Paul Casey. The firm's founders \
         Larry Page and Sergey Brin kept control, and the coaches Jim Hale and Ron Dee spoke. \
         The glass was cut by Tom Price, and its leaders Joe Bell.",
    );
    for (name, role) in [
        ("Luke Donald", "rookies"),
        ("Paul Casey", "rookies"),
        ("Larry Page", "founders"),
        ("Sergey Brin", "founders"),
        ("Jim Hale", "coaches"),
        ("Ron Dee", "coaches"),
    ] {
        assert_eq!(
            role_of(&facts, name).as_deref(),
            Some(role),
            "{name}: {facts:#?}"
        );
    }
    // (A plural before one name alone is no one person's role.)
    assert_eq!(role_of(&facts, "Joe Bell"), None, "{facts:#?}");
}

#[test]
fn a_professors_title_is_no_role_and_the_description_after_the_name_is() {
    let text = "Reef\n\nProf Ruth Ellery, a marine biologist at the University of Plymouth, said \
                the reef was dying. Professor Tim Bale, a historian, agreed. Associate Professor \
                Jane Hill said the data was new, and Professor Hill later said more.";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Ruth Ellery").as_deref(),
        Some("marine biologist at the University of Plymouth"),
        "{facts:#?}"
    );
    assert_eq!(role_of(&facts, "Tim Bale").as_deref(), Some("historian"));
    let hill = entity(&facts, EntityKind::Person, "Jane Hill");
    assert_eq!(texts_of(text, hill), ["Jane Hill", "Hill"]);
}

#[test]
fn a_rank_written_without_its_stop_is_no_role_either() {
    let facts = extract_text(
        "Base\n\nLt Col Ana Ruiz, the base commander, said little. Det Ch Supt Mark Hale led \
         the inquiry, and Sgt Tom Brown was hurt.",
    );
    assert_eq!(
        role_of(&facts, "Ana Ruiz").as_deref(),
        Some("base commander")
    );
    assert_eq!(role_of(&facts, "Mark Hale"), None, "{facts:#?}");
    assert_eq!(role_of(&facts, "Tom Brown"), None, "{facts:#?}");
}

#[test]
fn a_word_of_when_a_post_is_held_opening_a_sentence_names_no_body() {
    let facts = extract_text(
        "Funeral\n\nFormer president Mwai Kibaki did not comment. Outgoing chairman Tom Bell \
         spoke, and Interim leader Musa Ali left.",
    );
    for word in ["Former", "Outgoing", "Interim"] {
        assert!(kinds_of(&facts, word).is_empty(), "{word}: {facts:#?}");
    }
    assert_eq!(role_of(&facts, "Mwai Kibaki").as_deref(), Some("president"));
}

#[test]
fn a_towns_word_between_other_words_of_one_name_is_no_place() {
    let facts = extract_text("Vote\n\nAung San Suu Kyi said the vote was fair.");
    assert!(kinds_of(&facts, "San").is_empty(), "{facts:#?}");
    let facts = extract_text("Raid\n\nTroops later left San and Gao.");
    let san = entity(&facts, EntityKind::Place, "San");
    assert_eq!(san.place_type, Some(PlaceType::City));
}

#[test]
fn a_community_is_a_bodys_head_word() {
    let facts = extract_text(
        "Troops\n\nThe Economic Community of West African States said it would send troops. \
         The Southern African Development Community met in 1992, as the European Economic \
         Community did.",
    );
    all_of_kind(
        &facts,
        &[
            "Economic Community of West African States",
            "Southern African Development Community",
            "European Economic Community",
        ],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "States").is_empty(), "{facts:#?}");
}

#[test]
fn a_dateline_in_the_places_own_case_is_one_when_a_credit_and_a_dash_follow() {
    for (text, city, credit) in [
        (
            "Vote rejected\n\nBogotá, Colombia (Meridian) — Voters rejected the deal.",
            Some("Bogotá"),
            Some("Meridian"),
        ),
        (
            "Protests grow\n\nHong Kong (CNN) - Protests grew on Sunday.",
            Some("Hong Kong"),
            Some("CNN"),
        ),
        // (No credit: a sentence that opens with a name and a dash.)
        (
            "Rain\n\nLondon – the wettest city in May – flooded again.",
            None,
            None,
        ),
    ] {
        let article = parse_article("story.txt", text);
        let dateline = article.dateline.as_ref().map(|f| f.text.as_str());
        let source = article.source.as_ref().map(|f| f.text.as_str());
        assert_eq!((dateline, source), (city, credit), "{text}");
    }
}

#[test]
fn a_count_in_figures_of_units_ago_is_a_date_as_one_in_words_is() {
    let text = "Mine\n\nBy Jane Roe\n\nMarch 10, 2014\n\nThe mine opened 25 years ago and \
                closed two months ago. It was sold 10 days later.";
    let dates: Vec<String> = dates_of(text).into_iter().map(|(date, _)| date).collect();
    for date in ["25 years ago", "two months ago", "10 days later"] {
        assert!(dates.iter().any(|d| d == date), "{date}: {dates:?}");
    }
}

#[test]
fn an_arabic_names_article_stays_with_it_inside_a_hyphenated_word() {
    let facts = extract_text(
        "Attack\n\nThe al-Qaeda-linked group attacked a base, and an al-Shabab-linked cell \
         was broken up.",
    );
    all_of_kind(
        &facts,
        &["al-Qaeda", "al-Shabaab"],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "al-Qaeda-linked").is_empty(), "{facts:#?}");
}

#[test]
fn a_given_name_after_a_title_is_a_persons_after_a_bodys_name_too() {
    let facts = extract_text(
        "Cholera\n\n\"We need funding now,\" said UNICEF Executive Director Anthony Lake.",
    );
    assert_eq!(
        role_of(&facts, "Anthony Lake").as_deref(),
        Some("UNICEF Executive Director"),
        "{facts:#?}"
    );
    assert_eq!(kinds_of(&facts, "UNICEF"), [EntityKind::Organization]);
    assert_eq!(
        said(&facts),
        [(Some("Anthony Lake"), "We need funding now")]
    );
}

#[test]
fn a_24_hour_clocks_four_digits_are_a_time_not_a_year() {
    let text = "Ash\n\nBy Jane Roe\n\nMarch 10, 2014\n\nFlights are grounded until 1300 on \
                Monday. The cloud drifted east at 2000 GMT, and in 2003 EU leaders met.";
    let dates: Vec<String> = dates_of(text).into_iter().map(|(date, _)| date).collect();
    assert!(
        dates.iter().any(|d| d == "until 1300 on Monday"),
        "{dates:?}"
    );
    assert!(dates.iter().any(|d| d == "2003"), "{dates:?}");
    assert!(
        !dates
            .iter()
            .any(|d| d.contains("2000") || d == "until 1300"),
        "{dates:?}"
    );
}

#[test]
fn a_deck_above_the_byline_and_date_lines_leaves_the_dateline_to_the_first_paragraph() {
    let text = "Council backs levy\n\nVoters will decide on a 2.5-mill request\n\nBy Jo Park | \
                Staff writer\n\nPublished: 8:00 AM EDT May 2, 2018\n\nREADING — The council \
                voted.\n";
    let article = parse_article("levy.txt", text);
    let dateline = article.dateline.as_ref().map(|f| f.text.as_str());
    assert_eq!(dateline, Some("READING"));
    // (A paragraph after the byline is the body: the next one's capitals are no dateline.)
    let text = "Council backs levy\n\nBy Jo Park\n\nThe council voted.\n\nREADING — More \
                came later.\n";
    assert!(parse_article("levy.txt", text).dateline.is_none());
}

#[test]
fn a_publication_named_after_the_writer_in_a_byline_is_the_source() {
    for (byline, source) in [
        ("By Jo Park, The Daily Courier", Some("The Daily Courier")),
        ("By Jo Park, Associated Press", Some("Associated Press")),
        ("By Jo Park, Staff Writer", None),
        ("By Jo Park, The Times Science Editor", None),
    ] {
        let text = format!("Levy passes\n\n{byline}\n\nThe council voted.\n");
        let article = parse_article("levy.txt", &text);
        let byline_text = article.byline.as_ref().map(|f| f.text.as_str());
        assert_eq!(byline_text, Some("Jo Park"), "{byline}");
        let source_text = article.source.as_ref().map(|f| f.text.as_str());
        assert_eq!(source_text, source, "{byline}");
    }
}

#[test]
fn two_months_joined_by_a_hyphen_are_a_stretch_of_the_year_with_its_noun() {
    let text = "Results\n\nBy Jane Roe\n\nMarch 10, 2014\n\nProfit rose in the April-June \
                quarter, and sales fell in the October-December period. The firm expects more \
                in the January-June period.";
    assert_dates(
        text,
        &[
            ("April-June quarter", "2013-04/2013-06"),
            ("October-December period", "2013-10/2013-12"),
            ("January-June period", "2014-01/2014-06"),
        ],
    );
}

#[test]
fn a_sentences_first_word_before_its_speech_verb_is_a_speaker_unless_an_english_word() {
    let facts = extract_text(
        "Talks\n\nThe court met on Friday. Putin said the talks had failed. Organisers said \
         the hall was full, and Gazprom said it would cut supplies.",
    );
    assert_eq!(
        kinds_of(&facts, "Putin"),
        [EntityKind::Person],
        "{facts:#?}"
    );
    assert!(kinds_of(&facts, "Organisers").is_empty(), "{facts:#?}");
    assert_eq!(kinds_of(&facts, "Gazprom"), [EntityKind::Organization]);
}

#[test]
fn a_dateline_with_its_day_on_a_line_of_its_own_is_read_and_its_words_are_facts() {
    let text = "Budget\n\nNEW DELHI, India, Feb 1 -\n\nSaturday, February 1, 2020\n\nThe \
                government raised borrowing.\n";
    let article = parse_article("budget.txt", text);
    let dateline = article.dateline.as_ref().map(|f| f.text.as_str());
    assert_eq!(dateline, Some("NEW DELHI"));
    let dates = dates_of(text);
    assert!(
        dates.contains(&("Feb 1".to_owned(), Some("2020-02-01".to_owned()))),
        "{dates:?}"
    );
    let facts = gazette::extract::extract_article(&article);
    assert_eq!(kinds_of(&facts, "India"), [EntityKind::Place]);
    // (A place and its date with no dash is a publication stamp, read once.)
    let text = "Talks\n\nPARIS, March 3, 2005\n\nThe talks began.\n";
    let dates: Vec<String> = dates_of(text).into_iter().map(|(date, _)| date).collect();
    assert!(!dates.iter().any(|d| d == "March 3"), "{dates:?}");
}

#[test]
fn opposition_or_ruling_opening_a_sentence_says_which_side_a_party_is_on() {
    let facts = extract_text(
        "Vote\n\nThe vote was close. Opposition Liberal Party senators objected. Ruling Fidesz \
         said it would win.",
    );
    all_of_kind(
        &facts,
        &["Liberal Party", "Fidesz"],
        EntityKind::Organization,
    );
    assert!(
        kinds_of(&facts, "Opposition Liberal Party").is_empty(),
        "{facts:#?}"
    );
}

#[test]
fn an_occupation_with_its_capital_inside_a_sentence_is_the_title_of_the_name_after_it() {
    let text = "Board\n\nThe board met, and Legislator Ray Dunn abstained. \"We waited,\" said \
                Provost Jason Osterhaus. Delegates of the International Syria Support Group met.";
    let facts = extract_text(text);
    assert_eq!(role_of(&facts, "Ray Dunn").as_deref(), Some("Legislator"));
    assert_eq!(said(&facts), [(Some("Jason Osterhaus"), "We waited")]);
    assert_eq!(
        kinds_of(&facts, "International Syria Support Group"),
        [EntityKind::Organization],
        "{facts:#?}"
    );
}

#[test]
fn as_early_as_and_so_far_stay_with_their_date() {
    let text = "Listing\n\nBy Jane Roe\n\nMarch 10, 2014\n\nShares have risen 15 percent so \
                far this year. A listing could come as early as 2016.";
    assert_dates(text, &[("as early as 2016", "2016")]);
    let dates: Vec<String> = dates_of(text).into_iter().map(|(date, _)| date).collect();
    assert!(dates.iter().any(|d| d == "so far this year"), "{dates:?}");
}

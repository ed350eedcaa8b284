//! Classes of error that a fifteenth look at hand-written news copy (politics and sport from
//! outlets outside the US and UK: parties, parliaments, national teams, leagues, broadcasters)
//! showed, each pinned on hand-written text.

mod extraction_support;

use extraction_support::{dates_of, kinds_of, role_of, said};
use gazette::archive::parse_article;
use gazette::extract::{extract_article, extract_text};
use gazette::facts::EntityKind;

fn date(text: &str, value: &str) -> (String, Option<String>) {
    (text.to_owned(), Some(value.to_owned()))
}

#[test]
fn a_range_written_out_in_words_is_one_date() {
    let text = "Hearings\n\nHearings will run between March 24 and 28 in Nairobi. The festival \
                runs from March 5 to 14, officials said. Prices rose between January and April \
                2023. Another fell between December and March 2024.\n";
    assert_eq!(
        dates_of(text),
        [
            date("between March 24 and 28", "--03-24/--03-28"),
            date("from March 5 to 14", "--03-05/--03-14"),
            date("between January and April 2023", "2023-01/2023-04"),
            date("between December and March 2024", "2023-12/2024-03"),
        ]
    );
    // A count after "to" is no day.
    let text = "Cases\n\nCases fell from March 5 to 14 people a day.\n";
    assert_eq!(dates_of(text), [date("March 5", "--03-05")]);
    // "between" opens a range of days before the month as it opens one of two dates.
    let text = "Talks\n\nTalks are set for between 11 and 13 March.\n";
    assert_eq!(
        dates_of(text),
        [date("between 11 and 13 March", "--03-11/--03-13")]
    );
}

#[test]
fn a_stamp_line_of_two_stamps_dates_the_article_by_the_first() {
    let text = "Venue costs\n\nBy Kate Brennan\nPublished 23 October 2024 | Updated 24 October \
                2024\n\nOfficials appeared before a committee on Tuesday. A summit is set for \
                March 3-5.\n";
    let article = parse_article("article.txt", text);
    assert_eq!(
        article.published.map(|p| p.date.iso()),
        Some("2024-10-23".to_owned())
    );
    assert_eq!(article.source, None);
    assert_eq!(
        dates_of(text),
        [
            date("23 October 2024", "2024-10-23"),
            date("24 October 2024", "2024-10-24"),
            date("Tuesday", "2024-10-22"),
            date("March 3-5", "2025-03-03/2025-03-05"),
        ]
    );
}

#[test]
fn a_first_published_line_at_the_foot_dates_the_article() {
    let text = "Rent motion\n\nBy Niamh Gallagher\n\nThe motion was defeated on Wednesday \
                night.\n\nFirst published 14 November 2024 at 18:42\n";
    let article = parse_article("article.txt", text);
    assert_eq!(
        article.published.map(|p| p.date.iso()),
        Some("2024-11-14".to_owned())
    );
    assert!(
        dates_of(text).contains(&date("Wednesday night", "2024-11-13")),
        "{:?}",
        dates_of(text)
    );
}

#[test]
fn a_writer_signed_with_a_beat_and_a_dateline_a_colon_ends_are_header_fields() {
    let text = "Seats restored\n\nAyesha Siddiqui, Political Correspondent\n\nISLAMABAD: The \
                Supreme Court on Thursday ordered the commission to restore the seats.\n";
    let article = parse_article("article.txt", text);
    assert_eq!(
        article.byline.map(|b| b.text),
        Some("Ayesha Siddiqui".to_owned())
    );
    assert_eq!(
        article.dateline.map(|d| d.text),
        Some("ISLAMABAD".to_owned())
    );
    let facts = extract_article(&parse_article("article.txt", text));
    assert_eq!(kinds_of(&facts, "Islamabad"), [EntityKind::Place]);
    assert!(kinds_of(&facts, "ISLAMABAD").is_empty());
    // A kicker in capitals is no dateline.
    let text = "Seats restored\n\nBREAKING: The Supreme Court ordered the seats restored.\n";
    assert_eq!(parse_article("article.txt", text).dateline, None);
    // Nor is a stamp's label.
    let text = "Boundaries\n\nUPDATED Mar 4, 2025, 05:32 PM\n\nSINGAPORE – The Workers' Party \
                called for the committee to be made independent.\n";
    let article = parse_article("article.txt", text);
    assert_eq!(
        article.dateline.map(|d| d.text),
        Some("SINGAPORE".to_owned())
    );
    assert_eq!(
        article.published.map(|p| p.date.iso()),
        Some("2025-03-04".to_owned())
    );
}

#[test]
fn a_countrys_name_and_a_word_before_a_post_and_its_holder_is_a_body() {
    let text = "Tariffs\n\nKenya Power has asked the regulator to raise tariffs. Kenya Power \
                managing director Esther Wambui said the company had cut its losses. \"We are \
                not asking for more,\" she said.\n";
    let facts = extract_article(&parse_article("article.txt", text));
    assert_eq!(kinds_of(&facts, "Kenya Power"), [EntityKind::Organization]);
    assert_eq!(
        said(&facts),
        [(Some("Esther Wambui"), "We are not asking for more")]
    );
    // A country's name that is a given name before a surname stays a person's.
    let text = "Columns\n\nIndia Knight wrote that the plan would fail.\n";
    assert_eq!(
        kinds_of(&extract_text(text), "India Knight"),
        [EntityKind::Person]
    );
}

#[test]
fn a_position_or_a_judges_office_before_a_name_is_the_persons_role() {
    let text = "Final\n\nFlyhalf Jaco Pretorius kicked 14 points. The goal came from \
                full-forward Pádraig Hurley. Justice Farooq Haider said the law was clear.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Jaco Pretorius").as_deref(),
        Some("Flyhalf")
    );
    assert_eq!(
        role_of(&facts, "Pádraig Hurley").as_deref(),
        Some("full-forward")
    );
    assert_eq!(role_of(&facts, "Farooq Haider").as_deref(), Some("Justice"));
}

#[test]
fn an_english_word_opening_a_sentence_before_shares_or_a_post_is_no_body() {
    let text = "Markets\n\nBanking shares fell on Wednesday. Leg spinner Josh Tremain took five \
                wickets. Diamonds coach Stacey Marinkovich said the team was tired.\n";
    let facts = extract_text(text);
    for word in ["Banking", "Leg"] {
        assert!(kinds_of(&facts, word).is_empty(), "{word}: {facts:#?}");
    }
    assert_eq!(
        role_of(&facts, "Josh Tremain").as_deref(),
        Some("Leg spinner")
    );
    // A team's plural before its coach is still the team.
    assert_eq!(kinds_of(&facts, "Diamonds"), [EntityKind::Organization]);
}

#[test]
fn members_in_the_plural_a_seat_by_its_side_and_a_bloc_in_capitals_are_read_as_such() {
    let text = "Walkout\n\nThe party, which has two Non-Constituency MPs, said it would contest. \
                Two Tory MPs voted against. Its partners in the INDIA bloc walked out. Senator \
                Halima Sani, who represents Kano Central, said the rolls were wrong. Officials \
                in India said so.\n";
    let facts = extract_text(text);
    assert!(
        facts
            .of_kind(EntityKind::Person)
            .all(|p| !p.canonical.ends_with("MPs")),
        "{facts:#?}"
    );
    assert_eq!(kinds_of(&facts, "INDIA"), [EntityKind::Organization]);
    assert_eq!(kinds_of(&facts, "India"), [EntityKind::Place]);
    assert_eq!(kinds_of(&facts, "Kano Central"), [EntityKind::Place]);
    assert!(kinds_of(&facts, "Kano").is_empty());
}

#[test]
fn a_regions_word_before_a_listed_event_is_part_of_its_name() {
    let text = "Games\n\nAthletes trained for the Southeast Asian Games in Thailand. The RBS Six \
                Nations begins on Saturday.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Southeast Asian Games"),
        [EntityKind::Event]
    );
    assert!(kinds_of(&facts, "Asian Games").is_empty());
    assert_eq!(kinds_of(&facts, "Six Nations"), [EntityKind::Event]);
}

#[test]
fn the_channels_a_match_is_shown_on_are_bodies_as_written() {
    let text = "Test\n\nThe match was shown on Channel Seven, Fox Cricket and Star Sports. The \
                final was broadcast live on SuperSport. The film was shown on Tuesday in \
                Paris.\n";
    let facts = extract_text(text);
    for name in ["Channel Seven", "Fox Cricket", "Star Sports", "SuperSport"] {
        assert_eq!(kinds_of(&facts, name), [EntityKind::Organization], "{name}");
    }
    assert!(kinds_of(&facts, "Fox").is_empty());
    assert_eq!(kinds_of(&facts, "Paris"), [EntityKind::Place]);
}

#[test]
fn a_countrys_name_or_initials_and_a_sport_is_the_body_that_runs_it() {
    let text = "Ban\n\nSA Rugby confirmed that Botha would miss the tour. New Zealand Rugby said \
                Hohaia would face a hearing. The union said he was \"fully aware of the \
                rules\".\n";
    let facts = extract_text(text);
    for name in ["SA Rugby", "New Zealand Rugby"] {
        assert_eq!(kinds_of(&facts, name), [EntityKind::Organization], "{name}");
    }
    assert_eq!(
        said(&facts),
        [(Some("New Zealand Rugby"), "fully aware of the rules")]
    );
}

//! Classes of error that a twenty-third look at hand-written news copy showed, each pinned
//! on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, assert_dates, kinds_of, texts_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_club_is_named_without_its_legal_abbreviations() {
    // "FC Torpedo Moscow", "FK Dukla Prague", "FC Carl Zeiss Jena" in the clubs list: news
    // drops the abbreviation, and the rest ends in the club's town.
    let text = "Carl Zeiss Jena lost 2-0 at home on Saturday, while Torpedo Moscow beat Dukla \
                Prague 3-1.";
    let facts = extract_text(text);
    for (written, listed) in [
        ("Carl Zeiss Jena", "FC Carl Zeiss Jena"),
        ("Torpedo Moscow", "FC Torpedo Moscow"),
        ("Dukla Prague", "FK Dukla Prague"),
    ] {
        assert_eq!(
            kinds_of(&facts, listed),
            [EntityKind::Organization],
            "{facts:#?}"
        );
        let club = extraction_support::entity(&facts, EntityKind::Organization, listed);
        assert_eq!(texts_of(text, club), [written]);
    }
    // The town alone is no club's name, nor is a town that a club's name holds whole.
    assert!(kinds_of(&facts, "Prague").is_empty(), "{facts:#?}");
    let facts = extract_text("The delegation flew on to Santa Cruz and to Moscow on Monday.");
    assert_eq!(kinds_of(&facts, "Santa Cruz"), [EntityKind::Place]);
}

#[test]
fn a_club_under_its_sporting_abbreviation_is_known_by_its_short_name() {
    // "SL Benfica", "HNK Hajduk Split": a short name that is also a town abroad (Benfica,
    // Luanda) is the club in a football report.
    let text = "The striker joined Benfica after the match, the coach said. His goal was \
                offside, and Hajduk Split have asked to see the footage.";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["SL Benfica", "HNK Hajduk Split"],
        EntityKind::Organization,
    );
    // Out of sport, the town is a town.
    let facts = extract_text("The aid convoy reached Benfica, south of Luanda, on Monday.");
    assert_eq!(
        kinds_of(&facts, "Benfica"),
        [EntityKind::Place],
        "{facts:#?}"
    );
}

#[test]
fn an_acronym_the_article_spells_out_names_its_body_not_a_listed_namesake() {
    // The gazetteer lists "ICC" for the International Criminal Court and "LSE" for the London
    // Stock Exchange; this article means other bodies with the same initials.
    let text = "The International Cricket Council (ICC) said last month it would consider a \
                tournament. Later, the ICC confirmed the plan. Researchers at the London School \
                of Economics disagreed. The LSE is due to publish its own estimate.";
    let facts = extract_text(text);
    for (body, mentions) in [
        (
            "International Cricket Council",
            ["International Cricket Council", "ICC", "ICC"].as_slice(),
        ),
        (
            "London School of Economics",
            ["London School of Economics", "LSE"].as_slice(),
        ),
    ] {
        let found = extraction_support::entity(&facts, EntityKind::Organization, body);
        assert_eq!(texts_of(text, found), mentions);
    }
    for namesake in ["International Criminal Court", "London Stock Exchange"] {
        assert!(
            kinds_of(&facts, namesake).is_empty(),
            "{namesake}: {facts:#?}"
        );
    }
    // Where the article's long form is the listed body's, spelled its own way, both stay one.
    let text = "DoD names soldier\n\nThe Department of Defense announced today the death of a \
                soldier.";
    let facts = extract_text(text);
    let bodies: Vec<usize> = facts
        .of_kind(EntityKind::Organization)
        .map(|e| e.mentions.len())
        .collect();
    assert_eq!(bodies, [2], "{facts:#?}");
}

#[test]
fn sides_in_a_score_line_are_teams_though_a_possessive_guessed_people() {
    let text = "Wasps 24-18 Sale\n\nTwo tries from wing Jide Okoro lifted Wasps back to the top \
                as they ended Sale's six-match unbeaten run.\n\nCentre Simon Lowe then burst \
                through for Wasps' third try.\n\n\"Jide is playing with a lot of confidence,\" \
                Wasps director of rugby Martin Halsey said.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Wasps", "Sale"], EntityKind::Organization);
    assert_eq!(
        extraction_support::speakers(&facts),
        [Some("Martin Halsey")],
        "{facts:#?}"
    );
    // Two players' surnames set against each other by a given name are still a player's result.
    let facts =
        extract_text("Snooker\n\nJohn Higgins 5 Steve Davis 3\n\nHiggins's break of 147 won it.\n");
    all_of_kind(&facts, &["John Higgins", "Steve Davis"], EntityKind::Person);
}

#[test]
fn a_results_line_may_open_with_where_it_was_played() {
    let text = "BASKETBALL - EUROPEAN RESULTS\n\nResults of group matches played on Thursday:\n\n\
                In Bologna: Kinder Bologna 71 (Ferraresi 19, Locatelli 15) Ulker Istanbul 65 \
                (Sonmez 21). Halftime 33-35.\n\nIn Oslo: Norway 1 (Haaland-Strand 44) Hungary 0. \
                Halftime 1-0. Attendance 18,500.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Ferraresi", "Locatelli", "Sonmez", "Haaland-Strand"],
        EntityKind::Person,
    );
    all_of_kind(
        &facts,
        &["Kinder Bologna", "Ulker Istanbul", "Norway", "Hungary"],
        EntityKind::Organization,
    );
    // Where it was played is the town; the table's notes are no sides.
    all_of_kind(&facts, &["Bologna", "Oslo"], EntityKind::Place);
    for note in ["Halftime", "Attendance"] {
        assert!(kinds_of(&facts, note).is_empty(), "{note}: {facts:#?}");
    }
}

#[test]
fn a_standings_row_of_played_won_lost_and_points_names_a_team() {
    // Without its row read, "Bologna" of "Kinder Bologna" had named the club, and the town
    // where a match was played with it.
    let text = "BASKETBALL - STANDINGS\n\nIn Bologna: Kinder Bologna 71 Ulker Istanbul 65.\n\n\
                Standings (played, won, lost, points):\n\nReal Madrid 8 7 1 15\n\nKinder Bologna \
                8 4 4 12\n\nUlker Istanbul 8 0 8 8\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Bologna"),
        [EntityKind::Place],
        "{facts:#?}"
    );
    let club = extraction_support::entity(&facts, EntityKind::Organization, "Kinder Bologna");
    assert_eq!(texts_of(text, club), ["Kinder Bologna", "Kinder Bologna"]);
}

#[test]
fn hyphenated_ranks_and_given_names_hold_their_person_whole() {
    let text = "Major-General Gennady Ivanovich Pankratov, deputy commander of the district, told \
                reporters the brigade would leave first. Vice-minister Sun Jiaqi told state \
                television it was a painful lesson. \"Volumes were the surprise,\" said \
                Pieter-Jan de Villiers, a mining analyst.";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Gennady Ivanovich Pankratov",
            "Sun Jiaqi",
            "Pieter-Jan de Villiers",
        ],
        EntityKind::Person,
    );
    assert_eq!(
        extraction_support::role_of(&facts, "Sun Jiaqi").as_deref(),
        Some("Vice-minister")
    );
    assert_eq!(
        extraction_support::speakers(&facts),
        [Some("Pieter-Jan de Villiers")],
        "{facts:#?}"
    );
}

#[test]
fn a_weekday_takes_the_tense_of_its_own_clause() {
    let text = "Debut novel wins prize\n\nLast Updated: Wednesday, 26 January, 2005, 09:30 GMT\n\n\
                Helen Tarrant, a former teacher from Truro, collected the £25,000 prize at a \
                ceremony in London on Tuesday night. Ryanair, which reports its half-year \
                figures on Monday, slipped 2%.\n";
    assert_dates(
        text,
        &[
            // A number's comma closes no phrase: "collected" is the sentence's verb.
            ("Tuesday night", "2005-01-25"),
            // A company that reports on a day reports on a day to come.
            ("Monday", "2005-01-31"),
        ],
    );
}

#[test]
fn a_time_that_ends_a_paragraph_is_not_the_next_ones_day() {
    let text = "Ratings\n\nPublished: Monday 24 January 2005\n\nThe drama took a 31% share \
                between 2100 and 2200 GMT.\n\n\"Sunday night is the most competitive slot,\" \
                he said.\n";
    let found = extraction_support::dates_of(text);
    assert!(
        found.iter().any(|(date, _)| date == "Sunday night"),
        "{found:?}"
    );
    assert!(
        !found.iter().any(|(date, _)| date.contains("GMT")),
        "{found:?}"
    );
}

#[test]
fn a_county_is_a_side_by_its_staff_and_by_whom_it_lost_to() {
    let text = "Twenty20 Cup\n\nSurrey lost to Leicestershire in last year's final at \
                Edgbaston, where the batsmen scored freely.\n\nLancashire chief executive Graham \
                Dobbs said the counties accepted the ruling and the bowlers were tired.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Surrey", "Leicestershire", "Lancashire"],
        EntityKind::Organization,
    );
    assert_eq!(
        extraction_support::role_of(&facts, "Graham Dobbs").as_deref(),
        Some("Lancashire chief executive")
    );
    // Out of sport, what was lost to a county leaves it a place.
    let facts = extract_text(
        "The bid for the new hospital was lost to Lancashire in 1997, the council said.",
    );
    assert_eq!(
        kinds_of(&facts, "Lancashire"),
        [EntityKind::Place],
        "{facts:#?}"
    );
}

#[test]
fn a_country_between_the_and_a_side_noun_names_its_national_side() {
    let text = "Ashcroft out\n\nAshcroft was part of the Great Britain team beaten by Israel in \
                the Davis Cup. The coach said his serve and his volley let him down in the match, \
                and the player agreed.\n\nHe scored freely for the Lisbon side last season.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Great Britain", "Israel"],
        EntityKind::Organization,
    );
    // A town before "side" describes a club named otherwise.
    assert_eq!(
        kinds_of(&facts, "Lisbon"),
        [EntityKind::Place],
        "{facts:#?}"
    );
}

#[test]
fn what_is_awaited_bidden_or_payable_lies_ahead_and_the_next_day_follows_the_last() {
    let text = "DOLLAR FIRMS\n\nFRANKFURT 1996-12-12\n\nFRANKFURT, Dec 12 (Globewire) - The mark \
                was held back ahead of the summit in Dublin on Friday. The ministry asked both \
                sides to return to mediation before December 24. An interim dividend was \
                declared, payable on January 17. In July the Tigers overran the army's base. A \
                downhill was raced on December 7 and a super-G the next day.\n";
    assert_dates(
        text,
        &[
            ("Friday", "1996-12-13"),
            ("before December 24", "1996-12-24"),
            ("January 17", "1997-01-17"),
            // "overran" is a past form: July is this year's, gone.
            ("July", "1996-07"),
            ("next day", "1996-12-08"),
        ],
    );
    // Asking after what was done looks back: "fell" in March is gone.
    let text = "Vaccines\n\nPublished: Thursday 10 April 2025\n\nThe agency asked the WHO to \
                give priority to Africa after the stockpile fell below two million doses in \
                March.\n";
    assert_dates(text, &[("March", "2025-03")]);
    // A day past the phrase "ahead of" is the sentence's own.
    let text = "Shares\n\nPublished: Monday 3 March 2025\n\nShares fell ahead of the results, \
                and the firm reported a loss on Tuesday.\n";
    assert_dates(text, &[("Tuesday", "2025-02-25")]);
}

#[test]
fn the_next_day_after_a_weekday_is_the_day_after_it() {
    let text = "Cathay results\n\nHong Kong | 14 August 2025\n\nCathay Pacific reported on \
                Wednesday a 9% rise in profit. Its chief executive spoke to us the next day.\n";
    assert_dates(
        text,
        &[("Wednesday", "2025-08-13"), ("next day", "2025-08-14")],
    );
}

#[test]
fn a_firm_after_its_kind_and_a_seat_after_in_are_no_people() {
    let text = "Simon Carr, an analyst at broker Hartley Penn, said the shares were cheap. The Lib \
                Dems won the by-election in Brent East in 2003.";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Hartley Penn"], EntityKind::Organization);
    all_of_kind(&facts, &["Brent East"], EntityKind::Place);
    // A person after "in" is named in a possessive: "in Sydney Smith's essays".
    let facts = extract_text("The phrase appears in Sydney Smith's essays.");
    all_of_kind(&facts, &["Sydney Smith"], EntityKind::Person);
}

#[test]
fn where_a_player_comes_from_is_no_side() {
    let text = "Pryce wins\n\nThe 34-year-old from Bridgend, who lost his card in 2003, closed \
                with a four-under-par 68 for a 13-under total of 275. He led by three strokes \
                going into the final round, and his birdie putts fell.\n";
    let facts = extract_text(text);
    assert_eq!(
        kinds_of(&facts, "Bridgend"),
        [EntityKind::Place],
        "{facts:#?}"
    );
}

#[test]
fn a_surnames_particles_inside_a_sentence_stay_with_it() {
    let text = "Dutchman Pieter van Oort broke the record on Friday. \"Tonight I ran angry,\" van \
                Oort told reporters. Dr Willem van der Spuy said van der Spuy would stay. \
                Azerbaijani Foreign Minister Tofik Kamal oglu Huseynov said talks would go on.";
    let facts = extract_text(text);
    let runner = extraction_support::entity(&facts, EntityKind::Person, "Pieter van Oort");
    assert_eq!(texts_of(text, runner), ["Pieter van Oort", "van Oort"]);
    assert_eq!(
        extraction_support::speakers(&facts),
        [Some("Pieter van Oort")],
        "{facts:#?}"
    );
    let doctor = extraction_support::entity(&facts, EntityKind::Person, "Willem van der Spuy");
    assert_eq!(
        texts_of(text, doctor),
        ["Willem van der Spuy", "van der Spuy"]
    );
    all_of_kind(&facts, &["Tofik Kamal oglu Huseynov"], EntityKind::Person);
    assert!(kinds_of(&facts, "Oort").is_empty(), "{facts:#?}");
}

#[test]
fn a_body_of_a_place_is_one_name_where_its_acronym_spells_the_place() {
    let text = "The National Council of Churches of Kenya (NCCK) condemned the arrests. The NCCK \
                said it would hold a vigil. The Communist Party of China (CPC) met in Beijing.";
    let facts = extract_text(text);
    let council = extraction_support::entity(
        &facts,
        EntityKind::Organization,
        "National Council of Churches of Kenya",
    );
    assert_eq!(
        texts_of(text, council),
        ["National Council of Churches of Kenya", "NCCK", "NCCK"]
    );
    all_of_kind(
        &facts,
        &["Communist Party of China"],
        EntityKind::Organization,
    );
    assert!(kinds_of(&facts, "Kenya").is_empty(), "{facts:#?}");
}

#[test]
fn an_unlisted_town_before_based_is_a_place_and_a_seat_drops_its_article() {
    let text = "The Stevenage-based company said profits rose, and Nigerian-born bankers and \
                ground-based radars were cited. Catriona Munro, the MSP for the Western Isles, \
                voted against.";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Stevenage", "Western Isles"], EntityKind::Place);
    assert!(kinds_of(&facts, "Stevenage-based").is_empty(), "{facts:#?}");
    assert!(kinds_of(&facts, "Nigerian").is_empty(), "{facts:#?}");
    assert!(
        kinds_of(&facts, "the Western Isles").is_empty(),
        "{facts:#?}"
    );
}

#[test]
fn reverend_before_a_name_is_an_honorific() {
    let text = "The NCCK's general secretary, Reverend Otieno Odhiambo Opiyo, called for calm. \
                Reverend Jane Smith agreed.";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Otieno Odhiambo Opiyo", "Jane Smith"],
        EntityKind::Person,
    );
    assert!(
        kinds_of(&facts, "Reverend Otieno Odhiambo Opiyo").is_empty(),
        "{facts:#?}"
    );
}

#[test]
fn a_partys_member_before_a_name_is_no_part_of_it() {
    let text = "Republican Dwight Fairclough led Democrat Marcia Delacroix-Webb by three points. \
                \"We will win,\" Delacroix-Webb said. The Conservative Party met.";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Dwight Fairclough", "Marcia Delacroix-Webb"],
        EntityKind::Person,
    );
    assert_eq!(
        extraction_support::role_of(&facts, "Dwight Fairclough").as_deref(),
        Some("Republican")
    );
    assert_eq!(
        extraction_support::speakers(&facts),
        [Some("Marcia Delacroix-Webb")],
        "{facts:#?}"
    );
    all_of_kind(&facts, &["Conservative Party"], EntityKind::Organization);
}

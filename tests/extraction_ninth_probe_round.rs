//! Classes of error that a ninth look at hand-written wire copy and broadcast web stories
//! showed, each pinned on hand-written text.

mod extraction_support;

use extraction_support::{
    all_of_kind, entity, names_of_kind, not_of_kind, role_of, said, texts_of,
};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_who_clause_that_holds_an_office_gives_the_role() {
    let text = "Ferries\n\nJane Porter, who is chief executive of Northlink Ferries, said the \
                service would run. Tom Hardy, who was appointed finance director in May, \
                agreed. Ann Reid, who has been chairman since 1998, said so. Sam Cole, who was \
                made to say that he is the author of it, did not.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Jane Porter").as_deref(),
        Some("chief executive of Northlink Ferries")
    );
    assert_eq!(
        role_of(&facts, "Tom Hardy").as_deref(),
        Some("finance director")
    );
    assert_eq!(role_of(&facts, "Ann Reid").as_deref(), Some("chairman"));
    // The office opens the clause, or the clause holds none.
    assert_eq!(role_of(&facts, "Sam Cole"), None);
    all_of_kind(&facts, &["Northlink Ferries"], EntityKind::Organization);
    not_of_kind(&facts, &["Northlink Ferries"], EntityKind::Place);
}

#[test]
fn a_role_set_off_by_a_comma_before_an_honorific_is_the_persons() {
    let text = "University\n\nThe principal of the university, Sir Alan Gow, said he was \
                pleased. Its chairman, Sir John Smith, agreed. The director, Dr Anna Bell, \
                said so.\n";
    let facts = extract_text(text);
    // (Its phrase of "of" says what the office is over.)
    assert_eq!(
        role_of(&facts, "Alan Gow").as_deref(),
        Some("principal of the university")
    );
    assert_eq!(role_of(&facts, "John Smith").as_deref(), Some("chairman"));
    assert_eq!(role_of(&facts, "Anna Bell").as_deref(), Some("director"));
}

#[test]
fn a_paragraph_ending_in_said_and_a_colon_hands_the_next_paragraphs_quotation_to_its_speaker() {
    let text = "Skype\n\nSkype's chief executive, Henrik Sollander, who will stay on, said:\n\n\
                \"We started with four people in a flat. Now we have the biggest shop window \
                in the world.\n\n\"It is a good day for us.\"\n\nAnalysts were less sure. \
                Mary Cole met Tom Reid.\n\nHis last words to his brother Alfred were:\n\n\
                \"Do not cry.\"\n\nA Foreign Office spokesman said:\n\n\"The talks went \
                well.\"\n\nGen. Joseph Votel released the following statement today:\n\n\
                \"We mourn the loss.\"\n";
    let facts = extract_text(text);
    let said = said(&facts);
    assert!(
        said.contains(&(
            Some("Henrik Sollander"),
            "We started with four people in a flat. Now we have the biggest shop window in \
             the world."
        )),
        "{said:?}"
    );
    assert!(
        said.contains(&(Some("Henrik Sollander"), "It is a good day for us.")),
        "{said:?}"
    );
    assert!(
        said.contains(&(Some("Foreign Office"), "The talks went well.")),
        "{said:?}"
    );
    assert!(
        said.contains(&(Some("Joseph Votel"), "We mourn the loss.")),
        "{said:?}"
    );
    // No speech verb: the words are not the named brother's.
    assert!(!said.contains(&(Some("Alfred"), "Do not cry.")), "{said:?}");
}

#[test]
fn a_role_before_the_name_keeps_its_rank_and_a_lowercase_owner() {
    let text = "Tennis\n\nArgentine 12th seed Mariano Ferreyra won. The solicitor's clerk Dawn \
                Ackroyd, 29, denied it. Tries came from wing Yannick Dufresne, and American \
                teenager Kelsey Harlan lost to newcomer Imogen Thwaite.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Mariano Ferreyra").as_deref(),
        Some("Argentine 12th seed")
    );
    assert_eq!(
        role_of(&facts, "Dawn Ackroyd").as_deref(),
        Some("solicitor's clerk")
    );
    assert_eq!(role_of(&facts, "Yannick Dufresne").as_deref(), Some("wing"));
    assert_eq!(
        role_of(&facts, "Kelsey Harlan").as_deref(),
        Some("American teenager")
    );
    assert_eq!(
        role_of(&facts, "Imogen Thwaite").as_deref(),
        Some("newcomer")
    );
}

#[test]
fn a_name_after_a_persons_age_and_of_is_the_town_they_live_in() {
    let text = "Court\n\nDawn Ackroyd, 29, of Keighley, and a man aged 41, of Shipley, were \
                jailed. Tom Reid, 35, of Acme Holdings, was cleared.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Keighley", "Shipley"], EntityKind::Place);
    not_of_kind(&facts, &["Acme Holdings"], EntityKind::Place);
}

#[test]
fn a_coalition_or_movement_in_apposition_makes_the_name_a_body() {
    let text = "Election\n\nBut Veritas, the anti-war coalition, decided not to stand, and \
                Solidarity, the trade union movement, called a strike.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Veritas", "Solidarity"], EntityKind::Organization);
}

#[test]
fn a_works_title_ending_in_a_place_word_is_no_place_anywhere_in_the_article() {
    let text = "Harriet Lane sweeps the awards\n\nLow-budget period drama Harriet Lane was the \
                big winner, and beat the thriller Salt Road. Best actor went to Dale Whitford \
                for Salt Road. The ceremony was held on Abbey Road in London.\n";
    let facts = extract_text(text);
    not_of_kind(&facts, &["Harriet Lane", "Salt Road"], EntityKind::Place);
    not_of_kind(&facts, &["Harriet Lane"], EntityKind::Person);
    all_of_kind(&facts, &["London"], EntityKind::Place);
}

#[test]
fn a_listed_station_is_read_whole_however_its_number_is_written() {
    let text = "Rugby\n\nHe told BBC Radio Five Live on Sunday, and she told BBC Radio 5 Live \
                on Monday.\n";
    let facts = extract_text(text);
    assert_eq!(
        names_of_kind(&facts, EntityKind::Organization),
        ["BBC Radio 5 Live"]
    );
    let station = entity(&facts, EntityKind::Organization, "BBC Radio 5 Live");
    assert_eq!(
        texts_of(text, station),
        ["BBC Radio Five Live", "BBC Radio 5 Live"]
    );
}

#[test]
fn a_country_is_a_side_by_its_result_verb_past_an_apposition_or_an_auxiliary() {
    let text = "Six Nations\n\nIreland beat France 19-12 in Dublin on Saturday, with two tries \
                from wing Yannick Dufresne. England, the 2003 world champions, have lost three \
                games, and Scotland have drawn one. The coach said the forwards had played \
                well.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Ireland", "France", "England"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["England"], EntityKind::Place);
}

#[test]
fn she_said_after_a_bodys_unnamed_spokeswoman_is_the_bodys_quotation() {
    let text = "Exams\n\nA spokeswoman for Ucas said there were plenty of places. \"Nobody \
                should panic,\" she said.\n\nAn Ofcom spokesman said the rules were clear. \
                \"We will act,\" he said.\n\nA British Gas spokeswoman, Jan Whitcombe, said \
                plans were in place. \"We are disappointed,\" she said.\n\nA spokesman \
                confirmed the move. \"It is final,\" he said.\n";
    let facts = extract_text(text);
    let said = said(&facts);
    assert!(
        said.contains(&(Some("Ucas"), "Nobody should panic")),
        "{said:?}"
    );
    assert!(said.contains(&(Some("Ofcom"), "We will act")), "{said:?}");
    // The person named in apposition speaks; an unnamed spokesman of no body is no one.
    assert!(
        said.contains(&(Some("Jan Whitcombe"), "We are disappointed")),
        "{said:?}"
    );
    assert!(!said.iter().any(|(_, q)| *q == "It is final"), "{said:?}");
}

#[test]
fn a_listed_name_ending_in_a_possessive_goes_on_to_a_cue_word_of_its_own() {
    let text = "Markets\n\nMoody's Investors Service cut the rating, and Sainsbury's said \
                sales rose. McDonald's Chief Executive Jim Skinner agreed.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Moody's Investors Service", "Sainsbury's", "McDonald's"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["Investors Service"], EntityKind::Organization);
}

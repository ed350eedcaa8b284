//! Classes of error that new short stories of wire copy and a broadcaster's desks showed
//! (a tennis draw, a charity concert), each pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of, role_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_players_seeding_before_a_name_is_a_role() {
    let text = "Seeds fall\n\nTop seed Lleyton Hewitt lost to Marat Safin on Sunday, and \
                second seed Andy Roddick went out too.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Lleyton Hewitt", "Marat Safin", "Andy Roddick"],
        EntityKind::Person,
    );
    assert!(
        role_of(&facts, "Lleyton Hewitt").is_some_and(|r| r.contains("seed")),
        "{:?}",
        role_of(&facts, "Lleyton Hewitt")
    );
}

#[test]
fn names_joined_by_and_are_never_one_person() {
    let text = "Concert line-up\n\nThe concert featured Midge Ure, Madonna and Coldplay, who \
                played in Hyde Park. The episode was much discussed (Benioff & Weiss, 2013).\n";
    let facts = extract_text(text);
    for joined in ["Madonna and Coldplay", "Benioff & Weiss"] {
        assert!(
            !kinds_of(&facts, joined).contains(&EntityKind::Person),
            "{joined}: {:?}",
            kinds_of(&facts, joined)
        );
    }
}

#[test]
fn a_title_word_alone_after_an_honorific_is_a_surname_and_its_quote_is_kept() {
    let text = "Sales fall\n\nChief executive Justin King said sales fell.\n\n\
                \"We knew this would be a tough year,\" Mr King told reporters. Mrs Major \
                said she was glad.\n\n\"Thank you, Mr President,\" she said.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Justin King", "Major"], EntityKind::Person);
    assert!(
        !kinds_of(&facts, "President").contains(&EntityKind::Person),
        "an office addressed is no surname"
    );
    let king = facts
        .quotes
        .iter()
        .find(|q| q.text.starts_with("We knew"))
        .expect("Mr King's quote is kept");
    assert_eq!(king.speaker.as_deref(), Some("Justin King"));
}

#[test]
fn a_listed_place_keeps_its_small_words() {
    let text = "Talks resume\n\nMkapa spoke in Dar es Salaam, and envoys met in Bosnia and \
                Herzegovina and the Horn of Africa. Later Dar es Salaam was calm.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Dar es Salaam", "Bosnia and Herzegovina", "Horn of Africa"],
        EntityKind::Place,
    );
    for part in ["Dar", "Salaam", "Bosnia", "Africa"] {
        assert!(kinds_of(&facts, part).is_empty(), "{part} alone");
    }
}

#[test]
fn faiths_and_peoples_are_adjectives_and_former_states_are_countries() {
    let text = "Refugees flee\n\nIsrael approved building in Jewish settlements, and thousands \
                fled to Hutu camps in Zaire. Ato Boldon of Trinidad was third. A Roman Catholic \
                priest said Mass.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Zaire", "Trinidad"], EntityKind::Place);
    for adjective in ["Jewish", "Hutu", "Roman Catholic"] {
        assert!(
            kinds_of(&facts, adjective).is_empty(),
            "{adjective}: {:?}",
            kinds_of(&facts, adjective)
        );
    }
}

#[test]
fn a_hyphenated_military_rank_is_left_out_of_the_name() {
    let text = "Coup leaders meet\n\nLieutenant-Colonel Isaie Nibizi told Reuters that \
                Brigadier-General Paul Kagame had left. Rear-Admiral Ann Lee agreed.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Isaie Nibizi", "Paul Kagame", "Ann Lee"],
        EntityKind::Person,
    );
    assert!(kinds_of(&facts, "Lieutenant-Colonel Isaie Nibizi").is_empty());
}

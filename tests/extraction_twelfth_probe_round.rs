//! Classes of error that a twelfth look at hand-written news copy (bare organisation names in
//! many outlets' layouts) showed, each pinned on hand-written text.

mod extraction_support;

use extraction_support::{entity, kinds_of, names_of_kind, role_of, said};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_listed_companys_short_name_of_two_words_is_that_company() {
    let text = "Tickets\n\nThe festival is majority-owned by Live Nation. Live Nation said sales \
                were strong, and Southern Copper shares fell.\n";
    let facts = extract_text(text);
    let live_nation = entity(&facts, EntityKind::Organization, "Live Nation");
    assert_eq!(live_nation.mentions.len(), 2);
    entity(&facts, EntityKind::Organization, "Southern Copper");
    // One word alone is no sign of the company: a surname, or an English word.
    let text = "Talks\n\nThe chairman, Robert Miller, met Southern Baptist leaders. Miller said \
                the plan would fail.\n";
    let facts = extract_text(text);
    let miller = entity(&facts, EntityKind::Person, "Robert Miller");
    assert_eq!(miller.mentions.len(), 2);
    assert!(
        names_of_kind(&facts, EntityKind::Organization)
            .iter()
            .all(|name| !name.starts_with("Miller") && !name.starts_with("Southern Co")),
        "{:?}",
        facts.entities
    );
}

#[test]
fn a_name_that_says_what_it_will_do_is_a_body() {
    let text = "Bid\n\nThe offer lapsed. Zorvex said it would not raise its bid. Analysts said \
                Quantiva said it plans to appeal.\n";
    let facts = extract_text(text);
    for name in ["Zorvex", "Quantiva"] {
        assert_eq!(kinds_of(&facts, name), [EntityKind::Organization], "{name}");
    }
    // A person's "it" is a state of things.
    let text = "Bid\n\nThe offer lapsed, and Dunleavy said it would be difficult.\n";
    let facts = extract_text(text);
    assert!(
        !kinds_of(&facts, "Dunleavy").contains(&EntityKind::Organization),
        "{:?}",
        facts.entities
    );
}

#[test]
fn an_office_with_what_it_is_over_or_a_players_position_before_the_name_is_the_role() {
    let text = "Match\n\nBath director of rugby Stuart Haddleston said the win mattered. Infosys \
                chief operating officer Rohan Deshpande agreed. Kicker Dane Holloway settled the \
                game, and backup catcher Kevin Cash watched.\n\n\
                The current leader of the Southern African Development Community spoke.\n";
    let facts = extract_text(text);
    for (name, role) in [
        ("Stuart Haddleston", "Bath director of rugby"),
        ("Rohan Deshpande", "Infosys chief operating officer"),
        ("Dane Holloway", "Kicker"),
        ("Kevin Cash", "backup catcher"),
    ] {
        assert_eq!(role_of(&facts, name).as_deref(), Some(role), "{name}");
    }
    // A body's name after "leader of the" is no one with that role.
    assert!(
        names_of_kind(&facts, EntityKind::Person)
            .iter()
            .all(|name| !name.contains("Community")),
        "{:?}",
        facts.entities
    );
}

#[test]
fn a_description_after_said_with_its_name_set_off_by_a_comma_gives_that_name() {
    let text = "Match\n\nLeo Marchand scored first. \"We controlled the game,\" said the Arsenal \
                manager, Tomás Ferreira. \"If you want to be champions, you win these.\"\n\n\
                \"It matters,\" said Ian Holt, the club's chairman.\n\n\
                The council's cabinet member for economy, Councillor Emyr Vaughan, told the \
                paper the deal was vital.\n";
    let facts = extract_text(text);
    assert_eq!(
        said(&facts),
        [
            (Some("Tomás Ferreira"), "We controlled the game"),
            (
                Some("Tomás Ferreira"),
                "If you want to be champions, you win these."
            ),
            (Some("Ian Holt"), "It matters"),
        ]
    );
    // A councillor's title is no part of the name.
    entity(&facts, EntityKind::Person, "Emyr Vaughan");
}

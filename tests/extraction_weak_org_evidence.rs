//! Weak evidence that made organisations of what is not one, found on interviews, letters,
//! essays and podcasts (Wikinews-style text of other genres): a single name after "on", a
//! word in capitals, "the" and a possessive around a name. Each class pinned on hand-written
//! text.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of, role_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_name_after_on_is_a_platform_only_after_what_is_done_on_one() {
    let text = "Probe returns\n\nThe capsule landed on Earth after seven years. Garvey wrote a \
                book on Obama and later appeared on Broadway. The network transmits on Nilesat, \
                and the clip trended on Chirpr.\n";
    let facts = extract_text(text);
    for name in ["Earth", "Obama", "Broadway"] {
        assert!(
            !kinds_of(&facts, name).contains(&EntityKind::Organization),
            "{name}: {:?}",
            kinds_of(&facts, name)
        );
    }
    all_of_kind(&facts, &["Nilesat", "Chirpr"], EntityKind::Organization);
}

#[test]
fn an_english_word_between_the_and_a_possessive_is_no_body() {
    let text = "Court diary\n\nGordon served the Tsar's army for years, and the Country's \
                mood changed. The Smithsonian's curators, the Judiciary's channel and the \
                Pirates' pitcher were there.\n";
    let facts = extract_text(text);
    for name in ["Tsar", "Country"] {
        assert!(kinds_of(&facts, name).is_empty(), "{name}: {facts:#?}");
    }
    all_of_kind(
        &facts,
        &["Smithsonian", "Judiciary", "Pirates"],
        EntityKind::Organization,
    );
}

#[test]
fn compass_regions_and_the_planet_are_places() {
    let text = "Talks resume\n\nThe South's envoy met the North's negotiators. The probe \
                photographed the Earth's surface from orbit.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["South", "North", "Earth"], EntityKind::Place);
}

#[test]
fn a_monarch_s_title_is_no_part_of_the_name() {
    let text = "History\n\nGordon was a close friend of Tsar Nicholas. He met Emperor Akihito \
                in Tokyo.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Nicholas", "Akihito"], EntityKind::Person);
    assert_eq!(role_of(&facts, "Akihito").as_deref(), Some("Emperor"));
    assert!(kinds_of(&facts, "Tsar").is_empty(), "{facts:#?}");
}

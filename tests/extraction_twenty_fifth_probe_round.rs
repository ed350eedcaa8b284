//! Classes of error that a twenty-fifth look at hand-written news copy showed, each pinned
//! on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, assert_dates, dates_of, entity, kinds_of, texts_of};
use gazette::archive::parse_article;
use gazette::extract::{extract_article, extract_text};
use gazette::facts::EntityKind;

#[test]
fn a_name_written_without_its_accents_is_the_one_written_with_them() {
    let text = "Heerenveen win at Kitzbühel\n\nKITZBUEHEL, Austria, Jan 18 - Bjørn Haugsrud won \
                the downhill in Kitzbühel on Saturday, and the Danish midfielder Søren Kjærgaard scored \
                twice for Heerenveen.\n\nResults:\nHeerenveen 2 (Kjaergaard 12, 70) Volendam 0\n\
                Downhill: 1. Bjoern Haugsrud (Norway) 1:54.21";
    let facts = extract_text(text);
    let skier = entity(&facts, EntityKind::Person, "Bjørn Haugsrud");
    assert_eq!(
        texts_of(text, skier),
        ["Bjørn Haugsrud", "Bjoern Haugsrud"],
        "{facts:#?}"
    );
    let scorer = entity(&facts, EntityKind::Person, "Søren Kjærgaard");
    assert_eq!(texts_of(text, scorer), ["Søren Kjærgaard", "Kjaergaard"]);
    let town = entity(&facts, EntityKind::Place, "Kitzbühel");
    assert_eq!(
        texts_of(text, town),
        ["Kitzbühel", "KITZBUEHEL", "Kitzbühel"]
    );
    for plain in ["Bjoern Haugsrud", "Kjaergaard", "KITZBUEHEL", "Kitzbuehel"] {
        assert!(kinds_of(&facts, plain).is_empty(), "{plain}: {facts:#?}");
    }
    // Names that differ by more than accents stay apart.
    let facts = extract_text(
        "Two coaches\n\nThomas Müller and Thomas Muler both spoke, and Mr Mahler said nothing.",
    );
    assert_eq!(kinds_of(&facts, "Thomas Muler"), [EntityKind::Person]);
    assert_eq!(kinds_of(&facts, "Thomas Müller"), [EntityKind::Person]);
}

#[test]
fn a_nationals_noun_before_a_name_is_no_part_of_it() {
    let text = "Derby\n\nHe passed to the Dane Søren Kjærgaard, and the Finn Mika Laine scored. \
                The Texan Tom Hall and the Basque Iñaki Goikoetxea watched.";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Søren Kjærgaard",
            "Mika Laine",
            "Tom Hall",
            "Iñaki Goikoetxea",
        ],
        EntityKind::Person,
    );
    // Without "the", "Dane" and "Finn" are given names; a body's name keeps its nationality.
    let facts = extract_text(
        "Rugby\n\nFinn Russell and Dane Coles scored, and the American Red Cross and the \
         German Ice Hockey Federation gave thanks.",
    );
    all_of_kind(&facts, &["Finn Russell", "Dane Coles"], EntityKind::Person);
    all_of_kind(
        &facts,
        &["American Red Cross", "German Ice Hockey Federation"],
        EntityKind::Organization,
    );
}

#[test]
fn a_ticker_and_a_short_form_are_names_of_the_firm() {
    let text = "Chips\n\nSUNNYVALE, Calif. -- Beacon Software Inc. (Nasdaq: BCSW) and Target Corp. \
                (NYSE: TGT) reported on Tuesday. PC makers Dell Inc. and Fifth Third Bancorp \
                agreed a deal, and Fifth Third shares rose. Dell, the largest PC maker, uses only Intel \
                processors.";
    let facts = extract_text(text);
    let beacon = entity(&facts, EntityKind::Organization, "Beacon Software Inc.");
    assert_eq!(
        texts_of(text, beacon),
        ["Beacon Software Inc.", "BCSW"],
        "{facts:#?}"
    );
    let target = entity(&facts, EntityKind::Organization, "Target Corp.");
    assert_eq!(texts_of(text, target), ["Target Corp.", "TGT"]);
    let dell = entity(&facts, EntityKind::Organization, "Dell Inc.");
    assert_eq!(texts_of(text, dell), ["Dell Inc.", "Dell"]);
    let bank = entity(&facts, EntityKind::Organization, "Fifth Third Bancorp");
    assert_eq!(texts_of(text, bank), ["Fifth Third Bancorp", "Fifth Third"]);
    // The exchange stays a body of its own.
    assert_eq!(kinds_of(&facts, "Nasdaq"), [EntityKind::Organization]);
}

#[test]
fn partners_names_listed_with_commas_up_to_an_ampersand_are_one_firm() {
    let facts = extract_text(
        "Advisers\n\nLakeshore was advised by Keefe, Bruyette & Woods, and its law firm was \
         Wachtell, Lipton, Rosen & Katz.",
    );
    all_of_kind(
        &facts,
        &["Keefe, Bruyette & Woods", "Wachtell, Lipton, Rosen & Katz"],
        EntityKind::Organization,
    );
    for part in ["Keefe", "Bruyette & Woods", "Rosen & Katz"] {
        assert!(kinds_of(&facts, part).is_empty(), "{part}: {facts:#?}");
    }
    // Places listed so are no firm.
    let facts = extract_text("Markets\n\nShares in Paris, Frankfurt & Milan fell.");
    assert!(
        kinds_of(&facts, "Paris, Frankfurt & Milan").is_empty(),
        "{facts:#?}"
    );
}

#[test]
fn a_photo_caption_under_a_label_is_read_as_text_and_its_photographer_is_a_person() {
    let text = "Aid\n\nFour aid flights landed on Tuesday.\n\nPhoto: Survivors queue for rice at a \
                monastery in Bogale on May 11. (Meridian/Thant Zin Myo)\n\nCaption: Families \
                wait in Damascus. (UNHCR/K. Brennan-Asfour)";
    let facts = extract_article(&parse_article("aid.txt", text));
    all_of_kind(
        &facts,
        &["Thant Zin Myo", "K. Brennan-Asfour"],
        EntityKind::Person,
    );
    assert_eq!(kinds_of(&facts, "Bogale"), [EntityKind::Place]);
    for word in ["Survivors", "K", "Brennan-Asfour"] {
        assert!(kinds_of(&facts, word).is_empty(), "{word}: {facts:#?}");
    }
    assert_eq!(kinds_of(&facts, "Meridian"), [EntityKind::Organization]);
    // A one-word agency ends the credit, and the text: no photographer, and no panic.
    let text =
        "Win\n\nHe won.\n\nPHOTO: Haugsrud on his way to victory. (Photo: Kurt Aigner/Newsline)";
    let facts = extract_article(&parse_article("win.txt", text));
    assert_eq!(kinds_of(&facts, "Newsline"), [EntityKind::Organization]);
}

#[test]
fn may_before_a_preposition_or_conjunction_is_the_month() {
    assert_dates(
        "Poll\n\nPublished: 6 July 2008\n\nRations were cut in parts of Darfur since May \
         because trucks were hijacked, after a stand-off in April and May over the choice.",
        &[("since May", "2008-05"), ("May", "2008-05")],
    );
    // The person still takes her verb.
    let found = dates_of("Poll\n\nSince May became leader, the rows have grown.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_name_with_bin_or_ben_and_a_fathers_name_is_one_person() {
    let facts = extract_text(
        "Talks\n\nJordan's interior minister, Farouq bin Issa al-Habashneh, and Tunisia's trade \
         minister, Hédi ben Salah Mabrouk, met. Put it in the Council bin Monday.",
    );
    all_of_kind(
        &facts,
        &["Farouq bin Issa al-Habashneh", "Hédi ben Salah Mabrouk"],
        EntityKind::Person,
    );
    for part in [
        "Farouq",
        "Issa al-Habashneh",
        "Hédi",
        "Salah Mabrouk",
        "Council bin Monday",
    ] {
        assert!(kinds_of(&facts, part).is_empty(), "{part}: {facts:#?}");
    }
}

#[test]
fn a_firm_called_by_its_founders_name_stays_the_firm() {
    let text = "Ratings\n\nAn analyst at Raymond James & Associates cut his rating; Raymond James \
                had rated the stock highly. Ernst & Young LLP declined to comment.";
    let facts = extract_text(text);
    let firm = entity(
        &facts,
        EntityKind::Organization,
        "Raymond James & Associates",
    );
    assert_eq!(
        texts_of(text, firm),
        ["Raymond James & Associates", "Raymond James"]
    );
    assert_eq!(
        kinds_of(&facts, "Ernst & Young LLP"),
        [EntityKind::Organization]
    );
    for person in ["Raymond James", "Young LLP"] {
        assert!(kinds_of(&facts, person).is_empty(), "{person}: {facts:#?}");
    }
    // The founder who speaks is the founder.
    let facts =
        extract_text("Fees\n\nCharles Schwab & Co. cut fees. Charles Schwab said he was pleased.");
    assert_eq!(kinds_of(&facts, "Charles Schwab"), [EntityKind::Person]);
}

#[test]
fn a_single_name_that_owns_assets_or_a_platform_is_a_body() {
    let facts = extract_text(
        "Banks\n\nMilitants attacked Shell's Bonga platform on Thursday, and the collapse of \
         Landsbanki's assets hurt savers.",
    );
    all_of_kind(&facts, &["Shell", "Landsbanki"], EntityKind::Organization);
}

//! Classes of error that an eleventh look at hand-written news copy (organisation-dense
//! stories) showed, each pinned on hand-written text.

mod extraction_support;

use extraction_support::{entity, role_of, said, texts_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn the_state_that_owns_a_body_is_named_as_a_place_too() {
    let text = "Aid\n\nBritain's Department for International Development pledged £5m. \
                Officials said Indonesia's Ministry of Environment and Forestry was ready.\n";
    let facts = extract_text(text);
    let britain = entity(&facts, EntityKind::Place, "United Kingdom");
    assert_eq!(texts_of(text, britain), ["Britain"]);
    let indonesia = entity(&facts, EntityKind::Place, "Indonesia");
    assert_eq!(texts_of(text, indonesia), ["Indonesia"]);
    // The body's name leaves its owner out; its mention keeps it, as "Kazakhstan's Defence
    // Ministry" is written.
    let department = entity(
        &facts,
        EntityKind::Organization,
        "Department for International Development",
    );
    assert_eq!(
        texts_of(text, department),
        ["Britain's Department for International Development"]
    );
}

#[test]
fn the_one_named_first_and_set_off_by_commas_before_said_is_the_speaker() {
    let text = "Ruling\n\nRachel Oyelaran, a lawyer for the charity Bail for Immigration Detainees \
                (BID), which intervened in the case, said the ruling was \"a line in the sand\".\n\n\
                Simon Barraclough, head of player welfare at the Professional Footballers' \
                Association (PFA), said players were under \"enormous pressure\".\n\n\
                The U.S. ambassador to the United Nations, John Bolton, says the talks will focus \
                on \"how to begin\".\n";
    let facts = extract_text(text);
    assert_eq!(
        said(&facts),
        [
            (Some("Rachel Oyelaran"), "a line in the sand"),
            (Some("Simon Barraclough"), "enormous pressure"),
            (Some("John Bolton"), "how to begin"),
        ]
    );
}

#[test]
fn a_body_named_by_its_cue_word_after_another_and_and_is_read_whole() {
    let text = "Deals\n\nThe offer is aimed squarely at BT and Virgin Media, analysts said. \
                Pioneer Natural Resources and Continental Resources both raised their plans. \
                The Food and Agriculture Organization warned of hunger.\n";
    let facts = extract_text(text);
    for name in [
        "BT",
        "Virgin Media",
        "Pioneer Natural Resources",
        "Continental Resources",
    ] {
        entity(&facts, EntityKind::Organization, name);
    }
    // A name that holds "and" stays whole.
    assert!(
        facts
            .of_kind(EntityKind::Organization)
            .all(|e| e.canonical != "Agriculture Organization"),
        "{facts:#?}"
    );
}

#[test]
fn a_name_after_what_a_firm_does_for_others_by_is_a_body() {
    let text = "Launch\n\nThe satellite flew on a Vega rocket operated by Arianespace. Callista \
                was advised by Rothschild and JPMorgan Cazenove. The tour was sponsored by \
                Zentrix.\n";
    let facts = extract_text(text);
    for name in ["Arianespace", "Rothschild", "JPMorgan Cazenove", "Zentrix"] {
        entity(&facts, EntityKind::Organization, name);
    }
    // A person's full name stays a person's.
    let text = "Deal\n\nThe bid was advised by Mark Smith.\n";
    entity(&extract_text(text), EntityKind::Person, "Mark Smith");
}

#[test]
fn a_campaign_named_after_its_description_is_a_body() {
    let text = "Football\n\nThe anti-racism campaign Kick It Out said it was investigating. The \
                campaign Vote Leave spent heavily.\n";
    let facts = extract_text(text);
    for name in ["Kick It Out", "Vote Leave"] {
        entity(&facts, EntityKind::Organization, name);
    }
}

#[test]
fn an_organiser_is_a_role_and_a_participles_phrase_ends_it() {
    let text = "Strike\n\nThe RMT's regional organiser, Dave Pollard, said the strike would go \
                ahead. James Gilchrist, a campaign organizer frustrated by the government's \
                failure, spoke.\n";
    let facts = extract_text(text);
    assert_eq!(
        role_of(&facts, "Dave Pollard").as_deref(),
        Some("RMT's regional organiser")
    );
    assert_eq!(
        role_of(&facts, "James Gilchrist").as_deref(),
        Some("campaign organizer")
    );
}

#[test]
fn words_quoted_after_called_described_accused_or_saying_are_the_subjects() {
    let text = "Ruling\n\nLabour called the judgment \"a damning verdict\". The minister, Jo Hart, \
                described the report as \"deeply flawed\". Greenpeace accused officials of \
                \"going after smallholders\". The WMO welcomed the launch, saying in a \
                statement that polar data were \"essential for forecasts\". He joined a group \
                called \"Friends of the Earth\".\n\nMatthew Ingram of The Globe and Mail dubbed \
                the row: \"Scientology vs. the Internet\".\n";
    let facts = extract_text(text);
    assert_eq!(
        said(&facts),
        [
            (Some("Labour Party"), "a damning verdict"),
            (Some("Jo Hart"), "deeply flawed"),
            (Some("Greenpeace"), "going after smallholders"),
            (Some("WMO"), "essential for forecasts"),
            (Some("Matthew Ingram"), "Scientology vs. the Internet"),
        ]
    );
}

#[test]
fn a_bodys_first_word_alone_is_that_body_whatever_the_length_of_its_name() {
    let text = "Hack\n\nA ransomware attack shut down systems at Norvale Health Partners, the \
                company said. Norvale, which runs 11 hospitals, said staff had switched to \
                paper.\n";
    let facts = extract_text(text);
    let body = entity(&facts, EntityKind::Organization, "Norvale Health Partners");
    assert_eq!(texts_of(text, body), ["Norvale Health Partners", "Norvale"]);
}

#[test]
fn a_committees_remit_joined_by_and_stays_in_its_name() {
    let text = "Rule\n\nRepublicans on the House Energy and Commerce Committee objected. The \
                International Monetary Fund and World Bank met. GB News and TK Radio agreed.\n";
    let facts = extract_text(text);
    for name in [
        "House Energy and Commerce Committee",
        "International Monetary Fund",
        "World Bank",
        "GB News",
        "TK Radio",
    ] {
        entity(&facts, EntityKind::Organization, name);
    }
}

#[test]
fn a_person_whose_surname_is_a_place_word_stays_a_person() {
    let text = "Results\n\nDr. Elaine Park, the chief medical officer, spoke first. \
                Professor Anna Lane followed. Bruce Arena, the coach, said the side was ready. \
                \"We are pleased,\" Park said.\n\n\
                Fans gathered at Victoria Park.\n";
    let facts = extract_text(text);
    for name in ["Elaine Park", "Anna Lane", "Bruce Arena"] {
        entity(&facts, EntityKind::Person, name);
    }
    assert_eq!(said(&facts), [(Some("Elaine Park"), "We are pleased")]);
    // A place word after a given name with no person's cue stays a place.
    entity(&facts, EntityKind::Place, "Victoria Park");
}

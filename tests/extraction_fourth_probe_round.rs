//! Classes of error that a fourth round of hand-written wire copy and broadcast web stories
//! showed, each pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, not_of_kind, speakers};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn a_name_before_a_post_and_a_persons_name_is_the_body_of_the_post() {
    let text = "Grand Prix\n\n\"We need more grip,\" said Williams technical director Patrick \
                Head after the race. Later Tyrrell designer Harvey Postlethwaite left, \
                while Benetton team principal Flavio Briatore stayed.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Williams", "Tyrrell", "Benetton"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["Williams"], EntityKind::Person);
    assert_eq!(speakers(&facts), [Some("Patrick Head")]);
}

#[test]
fn a_persons_adviser_an_adjective_or_a_sentences_first_word_names_no_body() {
    let text = "Politics\n\nHe met Bush adviser Karl Rove, the SNP's Holyrood leader Nicola \
                Sturgeon and Wimbledon champion Roger Federer. Media analyst Steve Hewlett \
                agreed, and so did the Communist leader Gennady Zyuganov.\n";
    let facts = extract_text(text);
    not_of_kind(
        &facts,
        &["Bush", "Holyrood", "Wimbledon", "Media", "Communist"],
        EntityKind::Organization,
    );
}

//! Classes of error that a twenty-eighth look at hand-written news copy showed, each pinned
//! on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn two_places_the_model_reads_over_and_are_two() {
    let facts = extract_text(
        "Troops\n\nThe Pentagon sent units from Fort Bragg and Camp Pendleton, and crews \
         trained at Fort Benning and Fort Hood. He later flew to Trinidad and Tobago.",
    );
    all_of_kind(
        &facts,
        &[
            "Fort Bragg",
            "Camp Pendleton",
            "Fort Benning",
            "Fort Hood",
            "Trinidad and Tobago",
        ],
        EntityKind::Place,
    );
    assert!(
        kinds_of(&facts, "Fort Benning and Fort Hood").is_empty(),
        "{facts:#?}"
    );
}

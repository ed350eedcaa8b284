//! Classes of error that a thirteenth look at hand-written news copy (wire copy: results
//! tables, datelines, markets and world news) showed, each pinned on hand-written text.

mod extraction_support;

use extraction_support::{kinds_of, said};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

#[test]
fn initials_before_a_post_and_its_holder_are_a_bodys_name() {
    let text = "Jobs\n\nThe union objected. \"More job cuts do not belong here,\" IG Chemie \
                official Sabine Reuter said. AJ Venter scored twice.\n";
    let facts = extract_text(text);
    assert_eq!(kinds_of(&facts, "IG Chemie"), [EntityKind::Organization]);
    assert_eq!(kinds_of(&facts, "AJ Venter"), [EntityKind::Person]);
    assert_eq!(
        said(&facts),
        [(Some("Sabine Reuter"), "More job cuts do not belong here")]
    );
}

#[test]
fn a_racing_team_a_shipping_line_and_a_stockbroker_are_bodies() {
    let text = "Ferry\n\nHe won the title with Carlin Motorsport. The Cebu-based Sulpicio Lines \
                said the ship was seaworthy. Neil Botha, an analyst at stockbrokers Frankel \
                Pollak, said prices fell.\n";
    let facts = extract_text(text);
    for name in ["Carlin Motorsport", "Sulpicio Lines", "Frankel Pollak"] {
        assert_eq!(kinds_of(&facts, name), [EntityKind::Organization], "{name}");
    }
    assert_eq!(kinds_of(&facts, "Neil Botha"), [EntityKind::Person]);
}

//! Classes of error that a twenty-second look at hand-written news copy showed, each pinned
//! on hand-written text.

mod extraction_support;

use extraction_support::assert_dates;

#[test]
fn a_yearless_day_in_the_present_tense_is_the_coming_one_unless_just_gone() {
    let text = "Tour dates\n\nPublished: Thursday 13 March 2025\n\nAfter Wembley the tour calls \
                at Leeds on 14 November. The opera opens Oct. 4. The council meets again on \
                February 26.\n";
    assert_dates(
        text,
        &[
            ("14 November", "2025-11-14"),
            ("Oct. 4", "2025-10-04"),
            // A fortnight gone: still the one the present tense means.
            ("February 26", "2025-02-26"),
        ],
    );
}

//! Classes of error that a twenty-ninth look at hand-written news copy showed, each pinned
//! on hand-written text.

mod extraction_support;

use extraction_support::assert_dates;

#[test]
fn what_was_postponed_until_a_month_is_still_to_come_but_what_lasted_until_one_is_not() {
    let text = "Vote\n\nBy Jane Roe\n\nMarch 10, 2014\n\nThe vote was postponed until \
                February. He was held on remand until 12 February, and the talks ran until \
                May.";
    assert_dates(
        text,
        &[
            ("until February", "2015-02"),
            ("until 12 February", "2014-02-12"),
            ("until May", "2014-05"),
        ],
    );
}

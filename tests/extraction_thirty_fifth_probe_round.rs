//! Classes of error that a thirty-fifth look at hand-written news copy showed, each pinned on
//! hand-written text.

mod extraction_support;

use extraction_support::dates_of;

#[test]
fn a_part_of_a_month_that_opens_with_a_relative_date_is_one_date_and_no_crash() {
    // "last week" is read first; "of November" then takes it in. The two overlapped and the
    // join of date ranges sliced the text backwards (a panic).
    let dates = dates_of(
        "Ballots due\n\nPosted on Monday, 3 November 2008\n\nThe commission said ballot papers \
         would reach the regions \u{201c}in the last week of November\u{201d}. Voting is on \
         December 7.",
    );
    let texts: Vec<&str> = dates.iter().map(|(text, _)| text.as_str()).collect();
    assert!(texts.contains(&"last week of November"), "{dates:?}");
    assert!(!texts.contains(&"last week"), "{dates:?}");
    assert!(texts.contains(&"December 7"), "{dates:?}");
}

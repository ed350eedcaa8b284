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

#[test]
fn the_days_a_place_is_open_every_week_are_no_dates() {
    let text = "What's on\n\nPublished: Friday 8 August 2025\n\nThe box office is open Tuesday \
                to Saturday, and the gallery opens from Wednesday to Sunday. All airports will \
                be closed from Monday to Thursday.\n";
    let found = extraction_support::dates_of(text);
    for weekday in ["Tuesday", "Saturday", "Wednesday", "Sunday"] {
        assert!(
            !found.iter().any(|(date, _)| date.starts_with(weekday)),
            "{weekday}: {found:?}"
        );
    }
    // What will be closed for one stretch is that week's.
    assert_dates(
        text,
        &[("Monday", "2025-08-11"), ("Thursday", "2025-08-14")],
    );
}

//! The sentence under the cursor (a note's default passage) knows titles, initials and common
//! abbreviations, and still ends where sentences end.

use gazette::notes::passage::sentence_at;
use gazette::span::{CharIndex, Span};

/// The sentence of a one-paragraph text around the first occurrence of `at`.
fn sentence_around(paragraph: &str, at: &str) -> String {
    let index = CharIndex::new(paragraph);
    let block = Span::new(0, paragraph.chars().count());
    let offset = index.char_at(paragraph.find(at).expect("marker in text"));
    let span = sentence_at(paragraph, block, offset).expect("a sentence");
    index.slice(paragraph, span).to_owned()
}

#[test]
fn titles_do_not_end_a_sentence() {
    let text = "The army chief Col. Ivanov said the drills would go on. Mr. Smith and Dr. Jones \
                disagreed with Gen. Petrov and Lt. Col. Orlov. St. Petersburg was quiet.";
    assert_eq!(
        sentence_around(text, "Ivanov"),
        "The army chief Col. Ivanov said the drills would go on."
    );
    assert_eq!(
        sentence_around(text, "Jones"),
        "Mr. Smith and Dr. Jones disagreed with Gen. Petrov and Lt. Col. Orlov."
    );
    assert_eq!(sentence_around(text, "quiet"), "St. Petersburg was quiet.");
}

#[test]
fn initials_and_dotted_acronyms_do_not_end_a_sentence() {
    let text = "A first edition by J. R. R. Tolkien sold well. The U.S. State Department said \
                so in the U.K. Parliament. Officials stayed in the U.S. They left later.";
    assert_eq!(
        sentence_around(text, "Tolkien"),
        "A first edition by J. R. R. Tolkien sold well."
    );
    assert_eq!(
        sentence_around(text, "Department"),
        "The U.S. State Department said so in the U.K. Parliament."
    );
    // A dotted acronym before a word that opens sentences ends the sentence.
    assert_eq!(
        sentence_around(text, "Officials"),
        "Officials stayed in the U.S."
    );
    assert_eq!(sentence_around(text, "left"), "They left later.");
}

#[test]
fn common_abbreviations_numbers_dates_decimals_and_ellipses() {
    let text = "Prices rose 3.5% in Jan. 2005, approx. twice the rate seen at No. 10 vs. the \
                Treasury, e.g. Brown's office. They fell... Then they rose. Apples, pears, etc. \
                The list goes on.";
    assert_eq!(
        sentence_around(text, "Prices"),
        "Prices rose 3.5% in Jan. 2005, approx. twice the rate seen at No. 10 vs. the \
         Treasury, e.g. Brown's office."
    );
    assert_eq!(sentence_around(text, "fell"), "They fell...");
    assert_eq!(sentence_around(text, "Then"), "Then they rose.");
    assert_eq!(sentence_around(text, "pears"), "Apples, pears, etc.");
    assert_eq!(sentence_around(text, "list"), "The list goes on.");
}

#[test]
fn a_bundled_article_rank_stays_in_its_sentence() {
    let text = "Then-Uzbekistani Defence Minister Col.-Gen. Kabul Berdiyev (right) shows off \
                military equipment. It was August.";
    assert_eq!(
        sentence_around(text, "Kabul"),
        "Then-Uzbekistani Defence Minister Col.-Gen. Kabul Berdiyev (right) shows off \
         military equipment."
    );
}

/// The reader's `)` motion splits sentences with the same splitter as the notes.
#[cfg(feature = "tui")]
#[test]
fn the_readers_sentence_motion_steps_over_titles() {
    use gazette::archive::parse_article;
    use gazette::ui::document::Document;
    use gazette::ui::selection::{Unit, move_by_unit};

    let text = "Headline here\n\nThe chief Col. Ivanov said no. Then he left.\n";
    let article = parse_article("t.txt", text);
    let document = Document::layout(&article, 40);
    let index = CharIndex::new(&article.text);
    let start = index.char_at(text.find("The chief").unwrap());
    let end = move_by_unit(
        &document,
        &article.text,
        &index,
        start,
        Unit::Sentence,
        true,
    );
    assert_eq!(end, index.char_at(text.find(" Then").unwrap()));
}

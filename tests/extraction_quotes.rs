//! Quotes on hand-written text in styles the bundled articles do not use: paragraphs that open
//! a continuing quotation and never close it, "said Wales coach Mike Ruddock", and "he said"
//! after other people were named.

use gazette::extract::extract_text;

fn quotes(text: &str) -> Vec<(Option<String>, String)> {
    extract_text(text)
        .quotes
        .into_iter()
        .map(|q| (q.speaker, q.text))
        .collect()
}

#[test]
fn an_open_paragraph_continues_the_quotation_of_its_speaker() {
    let text = "Wales win\n\nWales beat England on Saturday. \"We were brilliant in the first \
                half,\" said Wales coach Mike Ruddock.\n\n\"The players showed real character \
                today.\n\n\"I am very proud of every one of them,\" he added.\n";
    let found = quotes(text);
    let ruddock = Some("Mike Ruddock".to_owned());
    assert_eq!(
        found,
        [
            (
                ruddock.clone(),
                "We were brilliant in the first half".to_owned()
            ),
            (
                ruddock.clone(),
                "The players showed real character today.".to_owned()
            ),
            (ruddock, "I am very proud of every one of them".to_owned()),
        ]
    );
}

#[test]
fn he_said_is_the_subject_of_the_last_sentence_naming_people_not_the_nearest_name() {
    let text = "Wales lose\n\n\"We lost the battle up front,\" said Wales coach Mike Ruddock. \
                Ruddock praised Gareth Thomas and Shane Williams for their efforts.\n\n\"We will \
                be back in the next match,\" he said.\n";
    let speakers: Vec<Option<String>> = quotes(text).into_iter().map(|q| q.0).collect();
    assert_eq!(
        speakers,
        [
            Some("Mike Ruddock".to_owned()),
            Some("Mike Ruddock".to_owned())
        ]
    );
}

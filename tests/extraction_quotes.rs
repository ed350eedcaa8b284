//! Quotes on hand-written text in styles the bundled articles do not use: paragraphs that open
//! a continuing quotation and never close it, "said Wales coach Mike Ruddock", "he said"
//! after other people were named, and "the Foreign Secretary said" after the office holder was.

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
fn a_quotation_opened_after_its_speaker_and_left_open_runs_to_the_paragraph_end() {
    let text = "Tesco profits rise\n\n\"We have had another strong year,\" Sir Terry Leahy \
                said. \"Customers are responding to lower prices.\n\n\"We are confident \
                about 2006.\"\n";
    let leahy = Some("Terry Leahy".to_owned());
    assert_eq!(
        quotes(text),
        [
            (leahy.clone(), "We have had another strong year".to_owned()),
            (
                leahy.clone(),
                "Customers are responding to lower prices.".to_owned()
            ),
            (leahy, "We are confident about 2006.".to_owned()),
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

#[test]
fn a_quotation_left_open_takes_the_speaker_named_where_it_closes() {
    let text = "Coach praises squad\n\nWales coach Mike Ruddock was delighted after the win.\n\n\
                \"We played with real spirit today, and the forwards were magnificent.\n\n\
                \"I am proud of every one of them,\" said Wales coach Mike Ruddock.\n\n\
                The crowd went home happy.\n\n\
                \"Words left open that nobody is said to have said.\n\n\
                The paragraph after them is narrative, so the quotation ended unattributed.\n\n\
                \"We go again next week,\" said captain Gareth Thomas.\n";
    let ruddock = Some("Mike Ruddock".to_owned());
    assert_eq!(
        quotes(text),
        [
            (
                ruddock.clone(),
                "We played with real spirit today, and the forwards were magnificent.".to_owned()
            ),
            (ruddock, "I am proud of every one of them".to_owned()),
            (
                Some("Gareth Thomas".to_owned()),
                "We go again next week".to_owned()
            ),
        ]
    );
}

#[test]
fn the_ministry_said_is_the_ministry_named_before_and_nobody_when_none_was() {
    let text = "Exercise ends\n\nThe Ministry of Defence of Kazakhstan confirmed the drills on \
                Tuesday.\n\nThe ministry said in a statement: \"All units returned to their \
                bases.\"\n\n\"The equipment performed well,\" the ministry added.\n\n\
                \"Nobody was hurt,\" the company said, though no company was named.\n";
    let ministry = Some("Ministry of Defence of Kazakhstan".to_owned());
    let found = quotes(text);
    assert_eq!(
        found,
        [
            (
                ministry.clone(),
                "All units returned to their bases.".to_owned()
            ),
            (ministry, "The equipment performed well".to_owned()),
        ],
        "{found:?}"
    );
}

#[test]
fn she_said_passes_over_a_man_named_last_and_he_said_over_a_woman() {
    // Known by the given name ("John", "Mary") or by the honorific ("Mr", "Mrs").
    let text = "Talks end\n\nCoach John Brown praised the minister, Mary Smith, on Monday. \
                \"We agreed on everything,\" she said.\n\nMr Kennedy met Mrs Thatcher in London. \
                \"It was a good day,\" she said. \"We will meet again,\" he added.\n";
    let speakers: Vec<Option<String>> = quotes(text).into_iter().map(|q| q.0).collect();
    assert_eq!(
        speakers,
        [
            Some("Mary Smith".to_owned()),
            Some("Thatcher".to_owned()),
            Some("Kennedy".to_owned())
        ]
    );
}

#[test]
fn the_speaker_is_named_before_a_relative_clause_that_names_someone_else() {
    let text = "Film awards\n\nMike Leigh, who directed Vera Drake, told the BBC: \"It is a great \
                honour for everyone.\"\n";
    let speakers: Vec<Option<String>> = quotes(text).into_iter().map(|q| q.0).collect();
    assert_eq!(speakers, [Some("Mike Leigh".to_owned())]);
}

#[test]
fn a_colon_hands_the_quotation_to_the_person_the_sentence_is_about() {
    let text = "Chelsea win\n\n\"We were the better team,\" Moyes told BBC Sport. Chelsea boss \
                Jose Mourinho praised his players: \"They showed great character.\"\n";
    let speakers: Vec<Option<String>> = quotes(text).into_iter().map(|q| q.0).collect();
    assert_eq!(
        speakers,
        [Some("Moyes".to_owned()), Some("Jose Mourinho".to_owned())]
    );
}

#[test]
fn the_office_as_subject_speaks_for_the_person_holding_it() {
    let text = "Statement\n\nForeign Secretary Boris Johnson condemned the attack. Defence \
                Secretary Michael Fallon agreed.\n\nThe Foreign Secretary said: \"The regime \
                must be held to account.\"\n\n\"We stand ready,\" the Defence Secretary \
                added.\n\nSpeaking after the Foreign Affairs Council, the Foreign Secretary \
                said: \"We will act.\"\n";
    let facts = extract_text(text);
    let speakers: Vec<Option<&str>> = facts.quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [
            Some("Boris Johnson"),
            Some("Michael Fallon"),
            Some("Boris Johnson")
        ],
        "{facts:#?}"
    );
}

#[test]
fn an_office_no_one_named_holds_is_an_unnamed_speaker_he_refers_to() {
    let text = "Talks\n\nJohn Smith arrived.\n\n\"We are ready,\" the minister said. \"We will \
                win,\" he added.\n";
    let facts = extract_text(text);
    assert!(
        facts.quotes.iter().all(|q| q.speaker.is_none()),
        "{facts:#?}"
    );
}

#[test]
fn a_clause_opened_by_but_after_a_quotation_is_someone_elses_speech() {
    let text = "Waiting lists fall\n\nHealth Secretary Wes Streeting said the fall was \"a \
                sign of progress\", but the British Medical Association warned that staff \
                were \"exhausted\".\n";
    let found = quotes(text);
    assert_eq!(
        found,
        [
            (
                Some("Wes Streeting".to_owned()),
                "a sign of progress".to_owned()
            ),
            (
                Some("British Medical Association".to_owned()),
                "exhausted".to_owned()
            ),
        ]
    );
}

#[test]
fn a_person_of_a_body_speaks_not_the_body() {
    let text = "Court case\n\nDet Insp Sarah Jones of South Wales Police said the family had \
                been \"incredibly brave\". Professor Ann Lee from the University of Leeds said: \
                \"It is a landmark ruling.\"\n";
    let speakers: Vec<Option<String>> = quotes(text).into_iter().map(|q| q.0).collect();
    assert_eq!(
        speakers,
        [Some("Sarah Jones".to_owned()), Some("Ann Lee".to_owned())]
    );
}

#[test]
fn the_speaker_is_the_person_an_apposition_places_at_a_body() {
    let text = "Phones\n\nMike McGuire, an analyst at Gartner, said: \"Consumers don't want to \
                carry two devices.\"\n";
    let speakers: Vec<Option<String>> = quotes(text).into_iter().map(|q| q.0).collect();
    assert_eq!(speakers, [Some("Mike McGuire".to_owned())]);
}

#[test]
fn an_apposition_naming_the_persons_post_at_a_body_leaves_the_person_speaking() {
    let text = "Smoking\n\nDeborah Arnott, director of the anti-smoking charity Ash, said: \"Half \
                measures will not work.\"\n";
    let speakers: Vec<Option<String>> = quotes(text).into_iter().map(|q| q.0).collect();
    assert_eq!(speakers, [Some("Deborah Arnott".to_owned())]);
}

#[test]
fn an_office_in_lower_case_speaks_for_the_person_holding_it() {
    let text = "Blair defends reforms\n\nPrime Minister Tony Blair has defended his plans.\n\n\"These reforms \
                are about every child,\" the prime minister told MPs.\n\nChancellor Gordon Brown \
                agreed.\n\n\"We will see,\" the foreign secretary said.\n";
    let facts = extract_text(text);
    let speakers: Vec<(&str, Option<&str>)> = facts
        .quotes
        .iter()
        .map(|q| (q.text.as_str(), q.speaker.as_deref()))
        .collect();
    assert!(
        speakers.contains(&("These reforms are about every child", Some("Tony Blair"))),
        "{speakers:?}"
    );
    // No one named holds the office: no speaker is guessed.
    assert!(
        !speakers
            .iter()
            .any(|(t, s)| t.starts_with("We will see") && s.is_some()),
        "{speakers:?}"
    );
}

#[test]
fn a_quotation_a_colon_introduces_is_not_given_to_the_next_sentences_speaker() {
    let text = "Match report\n\nNewcastle manager Kevin Keegan said: \"Alan was magnificent.\" \
                Rovers boss Ray Harford said his side had deserved a draw. \"We were \
                unlucky,\" said Harford.\n";
    let found = quotes(text);
    assert_eq!(
        found,
        [
            (
                Some("Kevin Keegan".to_owned()),
                "Alan was magnificent.".to_owned()
            ),
            (Some("Ray Harford".to_owned()), "We were unlucky".to_owned()),
        ]
    );
}

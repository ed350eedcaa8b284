//! Classes of error that new short stories of a broadcaster's sport pages and of 1996 wire
//! sport copy showed (teams named by their country or town, speakers described rather than
//! named), each pinned on hand-written text.

mod extraction_support;

use extraction_support::{all_of_kind, kinds_of, not_of_kind};
use gazette::extract::extract_text;
use gazette::facts::EntityKind;

fn speakers(text: &str) -> Vec<Option<String>> {
    extract_text(text)
        .quotes
        .into_iter()
        .map(|q| q.speaker)
        .collect()
}

#[test]
fn a_country_that_hosts_faces_or_travels_in_a_sports_report_is_its_team() {
    let text = "Six Nations line-up\n\nThe coach named his squad for the tournament on \
                Tuesday. England host Scotland at Twickenham on Saturday, while Ireland travel \
                to Rome.\n\nThe fly-half is fit, the coach said.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["England", "Scotland", "Ireland"],
        EntityKind::Organization,
    );
    // Without words of sport, a country that hosts another is the country.
    let talks = "Summit talks\n\nFrance host Germany in Paris on Monday for talks on trade, \
                 officials said.\n";
    let facts = extract_text(talks);
    all_of_kind(&facts, &["France", "Germany"], EntityKind::Place);
}

#[test]
fn a_clubs_town_in_a_sports_report_is_the_club_under_the_name_it_is_given() {
    let text = "Newcastle slump\n\nNewcastle suffered a 3-0 home defeat by Blackburn on \
                Sunday. The striker missed a penalty before half-time.\n\nLeicester beat \
                Northampton in the match of the round.\n";
    let facts = extract_text(text);
    // ("Leicester" may be the rugby side: no football club is named in full, so none of
    // them is renamed after one.)
    all_of_kind(
        &facts,
        &["Newcastle", "Blackburn", "Leicester", "Northampton"],
        EntityKind::Organization,
    );
    assert!(
        kinds_of(&facts, "Blackburn Rovers").is_empty(),
        "{facts:#?}"
    );
}

#[test]
fn a_cricket_report_leaves_towns_that_are_surnames_to_the_players() {
    let text = "England on top\n\nEngland reached 326 for five wickets on the first day of \
                the match against Pakistan. The batsman made 106 before he was caught.\n\n\
                Scores: England 326-5 (J. Crawley 106, G. Thorpe 54).\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["England", "Pakistan"], EntityKind::Organization);
    not_of_kind(
        &facts,
        &["Crawley", "Crawley Town"],
        EntityKind::Organization,
    );
}

#[test]
fn the_staff_of_a_team_named_by_its_place_make_it_the_team_without_a_name_after() {
    let text = "Derby day\n\nThe former Wales manager watched the match. The England midfielder \
                scored twice before half-time, and the Scotland boss saw his side concede a \
                late goal.\n\nThe London centre for sport will open in May.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Wales", "England", "Scotland"],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["London"], EntityKind::Organization);
}

#[test]
fn a_speaker_described_rather_than_named_is_the_person_named_before() {
    let text = "Murray through\n\nAndy Murray reached the third round on Thursday.\n\n\"I \
                never expected this,\" said the Scot.\n\nFrank Lampard scored twice for \
                Chelsea.\n\n\"We deserved it,\" said the England midfielder.\n\nJana Novotna \
                lost in three sets. \"I gave her too many chances,\" the Czech said.\n\nShaun \
                Murphy won the title. \"It is a dream,\" said the 22-year-old from \
                Rotherham.\n";
    let named = |s: &str| Some(s.to_owned());
    assert_eq!(
        speakers(text),
        [
            named("Andy Murray"),
            named("Frank Lampard"),
            named("Jana Novotna"),
            named("Shaun Murphy"),
        ]
    );
}

#[test]
fn results_listed_in_a_sentence_and_table_rows_with_goals_joined_name_teams() {
    let text = "SOCCER - ITALIAN RESULTS.\n\nROME 1996-09-08\n\nResults: Lazio 3 Bologna 1, \
                Parma 1 Fiorentina 1.\n\nStandings:\nAjax 3 2 0 1 6-4 6\nFeyenoord 3 2 1 0 \
                7-3 7\nTwente Enschede 3 1 1 1 3-3 4\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Lazio",
            // (The listed club's name: the city's alone is Bologna.)
            "Bologna FC",
            "Parma",
            "Fiorentina",
            "Ajax",
            "Twente Enschede",
        ],
        EntityKind::Organization,
    );
    not_of_kind(&facts, &["Enschede"], EntityKind::Place);
    all_of_kind(&facts, &["Rome"], EntityKind::Place);
}

#[test]
fn a_country_before_a_players_sets_is_the_players_country() {
    let text = "TENNIS - RESULTS.\n\nNEW YORK 1996-09-05\n\nMichael Chang beat Javier Frana of \
                Argentina 6-3 6-0 in the quarter-final of the tournament.\n";
    let facts = extract_text(text);
    all_of_kind(&facts, &["Argentina"], EntityKind::Place);
}

#[test]
fn games_marathons_and_leagues_named_by_their_town_or_sponsor_are_events() {
    let text = "Holmes retires\n\nKelly Holmes, who won gold at the Athens Olympics, will run \
                the London Marathon in April. Wasps lead the Zurich Premiership, and Everton \
                are fourth in the Premiership.\n\nAlex Zulle leads the Tour of Spain.\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &[
            "Athens Olympics",
            "London Marathon",
            "Zurich Premiership",
            "Premiership",
            "Tour of Spain",
        ],
        EntityKind::Event,
    );
    not_of_kind(&facts, &["Athens", "Spain"], EntityKind::Place);
}

#[test]
fn a_football_clubs_short_name_before_a_possessive_is_the_club() {
    let text = "Juventus win\n\nAlen Boksic scored Juventus's first goal after 24 minutes.\n";
    let facts = extract_text(text);
    not_of_kind(&facts, &["Juventus"], EntityKind::Person);
    assert_eq!(
        facts
            .entities
            .iter()
            .filter(|e| e.canonical.starts_with("Juventus"))
            .map(|e| e.kind)
            .collect::<Vec<_>>(),
        [EntityKind::Organization],
        "{facts:#?}"
    );
}

#[test]
fn a_cricket_scorecards_fielders_and_bowlers_are_players() {
    let text = "CRICKET - SCOREBOARD.\n\nLONDON 1996-08-30\n\nSaeed Anwar c Croft b Cork 176\n\
                Aamir Sohail c Russell b Mullally 46\nIjaz Ahmed lbw b Lewis 12\n\
                Bowling: Cork 18-3-74-1, Mullally 22-5-68-1, Salisbury 14-1-63-0\n";
    let facts = extract_text(text);
    all_of_kind(
        &facts,
        &["Croft", "Cork", "Russell", "Mullally", "Lewis", "Salisbury"],
        EntityKind::Person,
    );
}

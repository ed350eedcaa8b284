//! A reader's corrections (`entities.toml`): a name's kind, aliases and names never to
//! extract, applied to the facts; a bad file is named with its line.

use gazette::archive::parse_article;
use gazette::extract::corrections::{Corrections, CorrectionsError};
use gazette::extract::{explain_article_with, extract_article_with};
use gazette::facts::{EntityKind, Facts};
use std::path::Path;

const TEXT: &str = "Party news\n\nMr Corbyn said Labour would win in Leeds. \
                    The Gunners beat Spurs, the Football Association said. \
                    The FA fined the Gunners. The PM was silent.\n";

fn corrections(toml: &str) -> Corrections {
    Corrections::parse(toml, Path::new("entities.toml")).expect("valid corrections")
}

fn facts_with(toml: &str) -> Facts {
    extract_article_with(&parse_article("news.txt", TEXT), &corrections(toml))
}

fn kind_of(facts: &Facts, name: &str) -> Option<EntityKind> {
    facts
        .entities
        .iter()
        .find(|e| e.canonical == name)
        .map(|e| e.kind)
}

#[test]
fn a_name_given_a_kind_has_it_and_is_found_where_the_extractor_missed_it() {
    let facts =
        facts_with("[kinds]\n\"Leeds\" = \"organisation\"\n\"Gunners\" = \"organisation\"\n");
    assert_eq!(kind_of(&facts, "Leeds"), Some(EntityKind::Organization));
    let gunners = facts
        .entities
        .iter()
        .find(|e| e.canonical == "Gunners")
        .expect("Gunners added");
    assert_eq!(gunners.kind, EntityKind::Organization);
    assert_eq!(gunners.mentions.len(), 2);
    let (_, explained) = explain_article_with(
        &parse_article("news.txt", TEXT),
        &corrections("[kinds]\n\"Leeds\" = \"organisation\"\n"),
    );
    let leeds = explained.iter().find(|e| e.canonical == "Leeds").unwrap();
    assert!(leeds.why[0].contains("your corrections"), "{:?}", leeds.why);
}

#[test]
fn an_alias_joins_the_entity_it_stands_for() {
    let facts = facts_with(
        "[aliases]\n\"Spurs\" = \"Tottenham Hotspur\"\n[kinds]\n\"Spurs\" = \"organisation\"\n",
    );
    let spurs: Vec<_> = facts
        .entities
        .iter()
        .filter(|e| e.canonical == "Tottenham Hotspur")
        .collect();
    assert_eq!(spurs.len(), 1, "{:?}", facts.entities);
    assert_eq!(spurs[0].kind, EntityKind::Organization);
    assert!(facts.entities.iter().all(|e| e.canonical != "Spurs"));
}

#[test]
fn an_ignored_name_is_never_extracted() {
    let before = facts_with("");
    assert!(kind_of(&before, "Leeds").is_some());
    let facts = facts_with("ignore = [\"Leeds\", \"Corbyn\"]\n");
    assert_eq!(kind_of(&facts, "Leeds"), None);
    assert_eq!(kind_of(&facts, "Corbyn"), None);
    assert!(
        facts
            .quotes
            .iter()
            .all(|q| q.speaker.as_deref() != Some("Corbyn"))
    );
}

#[test]
fn a_bad_file_is_named_with_its_line_and_a_missing_one_holds_nothing() {
    let dir = std::env::temp_dir().join(format!("gazette-corrections-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("entities.toml");
    std::fs::write(
        &file,
        "ignore = [\"PM\"]\n[kinds]\n\"Labour\" = \"party\"\n",
    )
    .unwrap();
    let error = Corrections::load(&file).unwrap_err();
    assert!(
        matches!(error, CorrectionsError::Kind { line: 3, .. }),
        "{error}"
    );
    assert!(
        error.to_string().contains("entities.toml, line 3"),
        "{error}"
    );
    let missing = Corrections::load(&dir.join("none.toml")).unwrap();
    assert!(missing.is_empty());
    // The CLI says the same and fails.
    let article = dir.join("news.txt");
    std::fs::write(&article, TEXT).unwrap();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(["facts", "--entities"])
        .arg(&file)
        .arg(&article)
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("line 3"), "{stderr}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn saving_a_kind_or_a_hidden_name_keeps_what_the_file_holds() {
    let dir = std::env::temp_dir().join(format!("gazette-corrections-save-{}", std::process::id()));
    let file = dir.join("gazette").join("entities.toml");
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(
        &file,
        "ignore = [\"PM\"]\n[aliases]\n\"FA\" = \"Football Association\"\n",
    )
    .unwrap();
    Corrections::save_kind(&file, "Labour", EntityKind::Organization).unwrap();
    Corrections::save_ignored(&file, "Five").unwrap();
    let saved = Corrections::load(&file).unwrap();
    assert_eq!(saved.ignore, ["PM", "Five"]);
    assert_eq!(saved.kinds["Labour"], EntityKind::Organization);
    assert_eq!(saved.aliases["FA"], "Football Association");
    std::fs::remove_dir_all(&dir).ok();
}

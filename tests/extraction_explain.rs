//! `gazette facts --explain`: each entity says why it got its kind, so a reader can see which
//! cue, list or context made a wrong fact.

use gazette::archive::parse_article;
use gazette::extract::explain_article;
use gazette::facts::EntityKind;

const TEXT: &str = "Council vote\n\nMr Kennedy met Defence Minister Ann Lowe in Geneva. \
                    Microsoft said it agreed.\n";

fn why(name: &str) -> (EntityKind, Vec<&'static str>) {
    let (_, explained) = explain_article(&parse_article("vote.txt", TEXT));
    explained
        .into_iter()
        .find(|e| e.canonical == name)
        .map(|e| (e.kind, e.why))
        .unwrap_or_else(|| panic!("no {name}"))
}

#[test]
fn every_entity_names_the_cue_or_list_that_decided_its_kind() {
    assert_eq!(
        why("Kennedy"),
        (
            EntityKind::Person,
            vec!["an honorific or rank before the name"]
        )
    );
    assert_eq!(
        why("Ann Lowe"),
        (EntityKind::Person, vec!["an office title before the name"])
    );
    let (kind, reasons) = why("Geneva");
    assert_eq!(kind, EntityKind::Place);
    assert!(reasons[0].contains("places gazetteer"), "{reasons:?}");
    let (kind, reasons) = why("Microsoft");
    assert_eq!(kind, EntityKind::Organization);
    assert!(
        reasons[0].contains("organisations gazetteer"),
        "{reasons:?}"
    );
}

#[test]
fn the_facts_command_prints_the_reasons_in_text_and_json() {
    let dir = std::env::temp_dir().join(format!("gazette-explain-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("vote.txt");
    std::fs::write(&file, TEXT).unwrap();
    let run = |json: bool| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_gazette"));
        command.args(["facts", "--explain"]).arg(&file);
        if json {
            command.arg("--json");
        }
        let output = command.output().unwrap();
        assert!(output.status.success());
        String::from_utf8(output.stdout).unwrap()
    };
    let text = run(false);
    let json: serde_json::Value = serde_json::from_str(&run(true)).unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        text.contains("  Kennedy ×1\n    why: an honorific or rank before the name\n"),
        "{text}"
    );
    let kennedy = &json["people"][0];
    assert_eq!(kennedy["name"], "Kennedy");
    assert_eq!(kennedy["why"][0], "an honorific or rank before the name");
}

//! `gazette facts` on a file, an archive id and a folder: the JSON shape of the issue, char or
//! byte offsets, and clear errors.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn gazette(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_gazette"))
        // The index goes to a cache of the tests' own, never the user's.
        .env(
            "XDG_CACHE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/xdg-cache"),
        )
        .env_remove("GAZETTE_INDEX")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .output()
        .unwrap()
}

const TEXT: &str = "Talks in Astana\n\nBy Ann Lee\n\nASTANA -- Kazakh President Kassym-Jomart \
Tokayev met the Turkmen envoy on May 5, 2022. “We agreed,” Tokayev said.\n";

#[test]
fn facts_json_follows_the_issue_shape_with_char_offsets() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("astana.txt");
    std::fs::write(&file, TEXT).unwrap();
    let output = gazette(&["facts", "--json", file.to_str().unwrap()]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    for key in [
        "entities",
        "people",
        "places",
        "organizations",
        "events",
        "dates",
        "quotes",
    ] {
        assert!(value[key].is_array(), "{key} in {value}");
    }
    let chars: Vec<char> = TEXT.chars().collect();
    for mention in value["entities"].as_array().unwrap() {
        let (start, end) = (
            mention["start"].as_u64().unwrap() as usize,
            mention["end"].as_u64().unwrap() as usize,
        );
        let text: String = chars[start..end].iter().collect();
        assert_eq!(text, mention["text"].as_str().unwrap());
        assert!(
            ["person", "place", "organization", "event", "date"]
                .contains(&mention["kind"].as_str().unwrap())
        );
        assert!(mention["canonical"].is_string());
    }
    let people = value["people"].as_array().unwrap();
    let president = people
        .iter()
        .find(|p| p["name"] == "Kassym-Jomart Tokayev")
        .expect("Tokayev");
    assert_eq!(president["role"], "Kazakh President");
    let dates = value["dates"].as_array().unwrap();
    assert_eq!(dates[0]["text"], "May 5, 2022");
    assert_eq!(dates[0]["value"], "2022-05-05");
    let quote = &value["quotes"][0];
    assert_eq!(quote["speaker"], "Kassym-Jomart Tokayev");
    assert_eq!(quote["text"], "We agreed");
    // After the curly quotes, char and byte offsets differ.
    let start = quote["start"].as_u64().unwrap() as usize;
    let bytes = gazette(&["facts", "--json", "--byte-offsets", file.to_str().unwrap()]);
    let value: Value = serde_json::from_slice(&bytes.stdout).unwrap();
    let byte_start = value["quotes"][0]["start"].as_u64().unwrap() as usize;
    assert_eq!(&TEXT[byte_start..byte_start + 9], "We agreed");
    assert!(byte_start > start);
}

#[test]
fn facts_of_a_folder_print_one_object_per_file() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), TEXT).unwrap();
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(dir.path().join("sub/b.md"), "NATO met in Riga in June.\n").unwrap();
    std::fs::write(dir.path().join("skip.json"), "{}").unwrap();
    let output = gazette(&["facts", "--json", dir.path().to_str().unwrap()]);
    assert!(output.status.success());
    let lines: Vec<Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let files: Vec<&str> = lines.iter().map(|v| v["file"].as_str().unwrap()).collect();
    assert_eq!(files, ["a.txt", "sub/b.md"]);
    assert!(
        lines[1]["places"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["name"] == "Riga")
    );
}

#[test]
fn facts_by_archive_id_and_text_output() {
    let output = gazette(&["--archive", "articles", "facts", "004_b7b415f8c511073a.txt"]);
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("Randall Schriver — US Assistant Secretary of Defence"),
        "{text}"
    );
    assert!(
        text.contains("June 17-28 = 2019-06-17/2019-06-28"),
        "{text}"
    );
    assert!(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("articles")
            .is_dir()
    );
}

#[test]
fn facts_errors_are_clear() {
    let missing = gazette(&["--archive", "articles", "facts", "no-such-article.txt"]);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no-such-article.txt"));
    let folder_without_json = gazette(&["facts", "articles"]);
    assert!(!folder_without_json.status.success());
    assert!(String::from_utf8_lossy(&folder_without_json.stderr).contains("--json"));
}

#[test]
fn facts_of_a_folder_survive_a_file_with_a_time_like_line() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), TEXT).unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Talks in Riga\n\n10:€\n\nNATO met in Riga.\n",
    )
    .unwrap();
    let output = gazette(&["facts", "--json", dir.path().to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let files: Vec<String> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["file"].to_string())
        .collect();
    assert_eq!(files, ["\"a.txt\"", "\"b.txt\""]);
}

//! `gazette search` on the bundled archive.

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
        .env_remove("GAZETTE_ARCHIVE")
        .args(["--archive", "articles", "search"])
        .args(args)
        .output()
        .expect("gazette runs")
}

#[test]
fn text_output_is_rank_score_id_title() {
    let output = gazette(&["drills"]);
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    let line = stdout.lines().next().unwrap();
    let fields: Vec<&str> = line.split_whitespace().collect();
    assert_eq!(fields[0], "1");
    assert!(fields[1].parse::<i64>().unwrap() > 0, "{line}");
    assert_eq!(fields[2], "003_bfca926db83a5ef9.txt");
    assert!(line.ends_with("Central Asia's Bold Move: Hosting Major Military Drills sans Russia"));
}

#[test]
fn json_output_has_the_matched_fields_and_positions() {
    let output = gazette(&["drills 'peacekeepers | 'ojmasza", "--json", "--limit", "5"]);
    assert!(output.status.success(), "{output:?}");
    let rows: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    // The title match first; others have "drills" in their body only, and say so.
    assert!(rows[1..].iter().all(|row| {
        row["matches"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["field"] == "body")
    }));
    let row = &rows[0];
    assert_eq!(row["rank"], 1);
    assert_eq!(row["id"], "003_bfca926db83a5ef9.txt");
    let matches = row["matches"].as_array().unwrap();
    let title = matches.iter().find(|m| m["field"] == "title").unwrap();
    let positions: Vec<u64> = title["positions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_u64().unwrap())
        .collect();
    assert_eq!(positions, (49..55).collect::<Vec<u64>>());
    assert!(
        matches
            .iter()
            .any(|m| m["field"] == "body" && m["text"] == "ojmasza")
    );
}

#[test]
fn limit_caps_the_rows() {
    let output = gazette(&["", "--limit", "2"]);
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert_eq!(stdout.lines().count(), 2);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("2 of 5 matches shown"), "{stderr}");
}

#[test]
fn an_invalid_query_is_explained_and_fails() {
    let output = gazette(&["colour:red"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(
        stderr.contains("invalid query: unknown field `colour:`"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn no_match_says_so_and_exits_1() {
    let output = gazette(&["'zzzzqqq"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("no article matches"), "{stderr}");
}

//! `gazette list` and `gazette show` through the real binary.

use std::process::{Command, Output};

fn gazette(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gazette"))
        .args(args)
        .env_remove("GAZETTE_ARCHIVE")
        .output()
        .expect("gazette runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn list_prints_every_bundled_article_with_its_fields() {
    let output = gazette(&["list"]);
    assert!(output.status.success());
    let text = stdout(&output);
    let lines: Vec<Vec<&str>> = text.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(lines.len(), 5);
    assert_eq!(
        lines[3],
        [
            "003_bfca926db83a5ef9.txt",
            "2024-04-27",
            "-",
            "-",
            "-",
            "Central Asia's Bold Move: Hosting Major Military Drills sans Russia"
        ]
    );
    assert_eq!(
        lines[2],
        [
            "002_a0b07c0a3bc0e0ce.txt",
            "-",
            "Caravanserai",
            "Maksim Yeniseyev",
            "TASHKENT",
            "Uzbekistan, Kazakhstan step up military co-operation"
        ]
    );
}

#[test]
fn list_json_is_machine_readable() {
    let output = gazette(&["list", "--json"]);
    let articles: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(articles.as_array().unwrap().len(), 5);
    assert_eq!(articles[4]["dateline"], "NUR-SULTAN");
}

#[test]
fn show_json_gives_the_published_date_and_a_clean_body() {
    let output = gazette(&["show", "003_bfca926db83a5ef9.txt", "--json"]);
    assert!(output.status.success());
    let article: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(article["published"]["date"], "2024-04-27");
    assert_eq!(article["published"]["text"], "5:44 PM EDT, April 27, 2024");
    let blocks = article["blocks"].as_array().unwrap();
    assert!(blocks.len() > 5);
    assert!(
        blocks
            .iter()
            .all(|b| !b["text"].as_str().unwrap().contains("Related content"))
    );
    // Ranges are char offsets into the file: the title's range selects the title.
    let text = std::fs::read_to_string("articles/003_bfca926db83a5ef9.txt").unwrap();
    let chars: Vec<char> = text.chars().collect();
    let start = article["title"]["start"].as_u64().unwrap() as usize;
    let end = article["title"]["end"].as_u64().unwrap() as usize;
    let title: String = chars[start..end].iter().collect();
    assert_eq!(title, article["title"]["text"].as_str().unwrap());
}

#[test]
fn errors_say_what_to_do_and_exit_non_zero() {
    let output = gazette(&["--archive", "/no/such/folder", "list"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("does not exist") && stderr.contains("--archive"),
        "{stderr}"
    );

    let output = gazette(&["show", "nope.txt"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("gazette list"), "{stderr}");
}

#[test]
fn the_archive_can_be_set_from_the_environment_and_skips_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("one.txt"),
        "A headline for the test\n\nBody.\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("bin.txt"), b"\x00\x01").unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .arg("list")
        .env("GAZETTE_ARCHIVE", dir.path())
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(stdout(&output).contains("A headline for the test"));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("skipped bin.txt: binary file"), "{stderr}");
}

#[test]
fn titles_with_escape_sequences_are_printed_harmlessly() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("evil.txt"),
        "Evil \u{1b}]52;c;aGk=\u{7}headline \u{1b}[2J here\n\nBody.\n",
    )
    .unwrap();
    let output = gazette(&["--archive", dir.path().to_str().unwrap(), "list"]);
    assert!(!output.stdout.contains(&0x1b), "ESC reached stdout");
    assert!(stdout(&output).contains("Evil ␛]52;c;aGk=␇headline ␛[2J here"));
}

//! What the archive reads from disk: how non-UTF-8 files are decoded, and which files at the
//! archive's root are not articles.

use gazette::archive::{Loader, TextEncoding, read_article_file};
use std::fs;
use std::process::Command;

#[test]
fn windows_1252_files_keep_pound_signs_euros_and_curly_quotes() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("transfer.txt"),
        b"Transfer talk\n\nThe club paid a \xa315.8m fee, \x93a record\x94 \x96 \x80 20m with add-ons.\n",
    )
    .unwrap();
    let article = read_article_file(dir.path(), "transfer.txt").unwrap();
    let paragraph = "The club paid a £15.8m fee, “a record” – € 20m with add-ons.";
    assert!(article.text.contains(paragraph), "{:?}", article.text);
    assert_eq!(article.decoded_as, Some(TextEncoding::Windows1252));
    assert!(
        article.warnings[0].contains("not valid UTF-8") && article.warnings[0].contains("CP1252"),
        "{:?}",
        article.warnings
    );
    // Spans are char ranges into the decoded text.
    let block = article.blocks.last().unwrap();
    assert_eq!(article.slice(block.span), paragraph);
}

#[test]
fn utf8_files_are_read_as_they_are() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("a.txt"), "Café society\n\nA £5 fee.\n").unwrap();
    let article = read_article_file(dir.path(), "a.txt").unwrap();
    assert_eq!(article.decoded_as, None);
    assert!(article.warnings.is_empty());
    assert!(article.text.contains("A £5 fee."));
}

#[test]
fn the_cli_says_cp1252_was_assumed_for_a_non_utf8_file() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("latin1.txt"),
        b"Caf\xe9 society returns\n\nA \xa35 fee.\n",
    )
    .unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_gazette"))
        .arg("--archive")
        .arg(dir.path())
        .args(["show", "latin1.txt"])
        .env_remove("GAZETTE_ARCHIVE")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stdout.contains("Café society returns") && stdout.contains("A £5 fee."),
        "{stdout}"
    );
    assert!(
        stderr.contains("latin1.txt") && stderr.contains("CP1252"),
        "{stderr}"
    );
}

#[test]
fn readme_licence_and_notice_files_at_the_root_are_not_articles() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for name in [
        "README.md",
        "readme.txt",
        "LICENSE.txt",
        "License.md",
        "COPYING.txt",
        "NOTICE.md",
        ".hidden.txt",
    ] {
        fs::write(
            root.join(name),
            "Not an article at all\n\nJust housekeeping.\n",
        )
        .unwrap();
    }
    fs::create_dir(root.join("sport")).unwrap();
    fs::write(
        root.join("sport/story.txt"),
        "Newcastle win again\n\nA report.\n",
    )
    .unwrap();
    fs::write(
        root.join("sport/README.md"),
        "Readme in a folder\n\nAn article.\n",
    )
    .unwrap();
    fs::write(
        root.join("notice-board.txt"),
        "Notice board news\n\nAn article.\n",
    )
    .unwrap();

    let (ids, skipped) = Loader::new(root).unwrap().discover();
    assert_eq!(
        ids,
        ["notice-board.txt", "sport/README.md", "sport/story.txt"]
    );
    assert!(skipped.is_empty(), "{skipped:?}");
    assert_eq!(Loader::new(root).unwrap().load_all().articles.len(), 3);
}

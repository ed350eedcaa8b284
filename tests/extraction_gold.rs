//! The scorer on the bundled articles and their hand-labelled gold facts, as a ratchet: every
//! figure must stay at or above the value the engine has reached.

use gazette::extract::score::{CATEGORIES, score_dir};
use std::path::Path;

/// (category, precision, recall, F1) reached on tests/gold; raise them, never lower them.
const REACHED: [(&str, f64, f64, f64); 10] = [
    ("people", 1.0, 1.0, 1.0),
    ("places", 1.0, 1.0, 1.0),
    ("organizations", 1.0, 1.0, 1.0),
    ("events", 1.0, 1.0, 1.0),
    ("dates", 1.0, 1.0, 1.0),
    ("date values", 1.0, 1.0, 1.0),
    ("roles", 1.0, 1.0, 1.0),
    ("place types", 1.0, 1.0, 1.0),
    ("quotes", 1.0, 1.0, 1.0),
    ("quote speakers", 1.0, 1.0, 1.0),
];

#[test]
fn extraction_scores_never_drop_below_what_was_reached() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (total, per_article) =
        score_dir(&root.join("tests/gold"), &root.join("articles")).expect("gold and articles");
    assert_eq!(per_article.len(), 5, "one score per gold file");
    let table = total.table();
    println!("{table}");
    assert_eq!(REACHED.map(|r| r.0), CATEGORIES);
    for (category, precision, recall, f1) in REACHED {
        let counts = total.get(category);
        assert!(counts.gold > 0, "{category}: the gold has nothing to score");
        let tolerance = 1e-9;
        assert!(
            counts.precision() + tolerance >= precision
                && counts.recall() + tolerance >= recall
                && counts.f1() + tolerance >= f1,
            "{category} dropped below P {precision} R {recall} F1 {f1}:\n{table}"
        );
    }
}

#[test]
fn the_issue_targets_are_met() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (total, _) = score_dir(&root.join("tests/gold"), &root.join("articles")).unwrap();
    for category in ["people", "places", "organizations", "dates"] {
        assert!(total.get(category).f1() >= 0.95, "{category}");
    }
    for category in ["events", "quote speakers"] {
        assert!(total.get(category).f1() >= 0.9, "{category}");
    }
    assert!(total.get("roles").recall() >= 0.95);
}

#[test]
fn eval_command_prints_the_table() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_gazette"))
        // The index goes to a cache of the tests' own, never the user's.
        .env(
            "XDG_CACHE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/xdg-cache"),
        )
        .env_remove("GAZETTE_INDEX")
        .current_dir(root)
        .args(["--archive", "articles", "eval", "tests/gold"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    for category in CATEGORIES {
        assert!(
            stdout.lines().any(|l| l.starts_with(category)),
            "{category} row in\n{stdout}"
        );
    }
    let missing = std::process::Command::new(env!("CARGO_BIN_EXE_gazette"))
        // The index goes to a cache of the tests' own, never the user's.
        .env(
            "XDG_CACHE_HOME",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/xdg-cache"),
        )
        .env_remove("GAZETTE_INDEX")
        .current_dir(root)
        .args(["eval", "no/such/folder"])
        .output()
        .unwrap();
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no/such/folder"));
}

//! `gazette entities`, `entity`, `comentions` and `timeline` on the bundled archive: what they
//! find, and the JSON shapes scripts rely on.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bundled() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("articles")
}

fn gazette(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gazette"))
        .env("XDG_CACHE_HOME", dir.join("xdg-cache"))
        .env_remove("GAZETTE_ARCHIVE")
        .env("GAZETTE_INDEX", dir.join("index.sqlite"))
        .arg("--archive")
        .arg(bundled())
        .args(args)
        .output()
        .unwrap()
}

fn json(dir: &Path, args: &[&str]) -> Value {
    let output = gazette(dir, args);
    assert!(output.status.success(), "{args:?}: {output:?}");
    serde_json::from_slice(&output.stdout).unwrap()
}

fn keys(value: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = value
        .as_object()
        .unwrap_or_else(|| panic!("not an object: {value}"))
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

const ENTITY_KEYS: [&str; 8] = [
    "articles", "first", "id", "kind", "last", "mentions", "name", "role",
];

#[test]
fn entity_lists_zhasuzakovs_roles_and_his_quotes_with_their_articles() {
    let dir = tempfile::tempdir().unwrap();
    let page = json(dir.path(), &["entity", "Saken Zhasuzakov", "--json"]);
    assert_eq!(
        keys(&page),
        [
            "comentions",
            "entity",
            "months",
            "quotes",
            "roles",
            "undated"
        ]
    );
    assert_eq!(keys(&page["entity"]), ENTITY_KEYS);
    assert_eq!(page["entity"]["name"], "Saken Zhasuzakov");
    assert_eq!(page["entity"]["kind"], "person");
    assert_eq!(page["entity"]["articles"], 3);
    let roles: Vec<&str> = page["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            assert_eq!(keys(r), ["articles", "first", "last", "role"]);
            r["role"].as_str().unwrap()
        })
        .collect();
    assert!(roles.contains(&"Kazakhstani Defence Minister"), "{roles:?}");
    assert!(
        roles.len() >= 2,
        "his title differs between articles: {roles:?}"
    );
    let quotes = page["quotes"].as_array().unwrap();
    assert!(quotes.len() >= 5, "{quotes:?}");
    for quote in quotes {
        assert_eq!(
            keys(quote),
            ["article", "end", "published", "start", "text", "title"]
        );
        // The range is a char range into the article's own text, and holds the quote.
        let id = quote["article"].as_str().unwrap();
        let text = std::fs::read_to_string(bundled().join(id)).unwrap();
        let (start, end) = (
            quote["start"].as_u64().unwrap() as usize,
            quote["end"].as_u64().unwrap() as usize,
        );
        let quoted: String = text.chars().skip(start).take(end - start).collect();
        let opening: String = quote["text"].as_str().unwrap().chars().take(12).collect();
        assert!(quoted.contains(&opening), "{quoted:?} vs {quote}");
    }
    let articles: std::collections::BTreeSet<&str> = quotes
        .iter()
        .map(|q| q["article"].as_str().unwrap())
        .collect();
    assert!(articles.len() >= 2, "{articles:?}");
    let months = page["months"].as_array().unwrap();
    for month in months {
        assert_eq!(keys(month), ["articles", "month"]);
    }
    let placed: u64 = months.iter().map(|m| m["articles"].as_u64().unwrap()).sum();
    assert_eq!(placed + page["undated"].as_u64().unwrap(), 3);
}

#[test]
fn entity_text_names_the_roles_and_quotes() {
    let dir = tempfile::tempdir().unwrap();
    let output = gazette(dir.path(), &["entity", "saken zhasuzakov"]);
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{output:?}");
    assert!(
        text.starts_with("Saken Zhasuzakov (person) — 3 articles"),
        "{text}"
    );
    assert!(text.contains("Roles\n  Kazakh"), "{text}");
    assert!(
        text.contains(" — 1 article, ") && !text.contains("1 articles"),
        "one article is one: {text}"
    );
    assert!(
        text.contains("001_debd4f22ff665b1c.txt  “We need to further develop"),
        "{text}"
    );
    // Any letter case, or a part of the name, finds him too.
    let part = gazette(dir.path(), &["entity", "zhasuzakov"]);
    assert_eq!(part.stdout, output.stdout);
    let missing = gazette(dir.path(), &["entity", "Nobody Atall"]);
    assert!(!missing.status.success());
    let stderr = String::from_utf8_lossy(&missing.stderr);
    assert!(
        stderr.contains("Nobody Atall") && stderr.contains("gazette entities"),
        "{stderr}"
    );
}

#[test]
fn comentions_rank_by_lift_so_what_every_article_names_sinks() {
    let dir = tempfile::tempdir().unwrap();
    let found = json(
        dir.path(),
        &["comentions", "Saken Zhasuzakov", "--json", "-n", "100"],
    );
    let found = found.as_array().unwrap();
    assert!(found.len() > 10, "{found:?}");
    for other in found {
        assert_eq!(
            keys(other),
            [
                "articles", "id", "kind", "lift", "name", "score", "together"
            ]
        );
        assert_ne!(other["name"], "Saken Zhasuzakov");
    }
    let names: Vec<&str> = found.iter().map(|o| o["name"].as_str().unwrap()).collect();
    // Kazakhstan is in all five articles, so in all three of his: together the most, but no
    // likelier with him than without (lift 1), it ranks below those seen only with him.
    let kazakhstan = names.iter().position(|&n| n == "Kazakhstan").unwrap();
    let nazarbayev = names
        .iter()
        .position(|&n| n == "Nursultan Nazarbayev")
        .unwrap();
    assert!(nazarbayev < kazakhstan, "{names:?}");
    assert_eq!(found[kazakhstan]["together"], 3);
    assert!((found[kazakhstan]["lift"].as_f64().unwrap() - 1.0).abs() < 1e-9);
    let scores: Vec<f64> = found.iter().map(|o| o["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
}

#[test]
fn entities_lists_kinds_with_totals_and_sorts() {
    let dir = tempfile::tempdir().unwrap();
    let all = json(dir.path(), &["entities", "--json", "-n", "5"]);
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 5);
    assert_eq!(keys(&all[0]), ENTITY_KEYS);
    assert_eq!(all[0]["name"], "Kazakhstan");
    assert_eq!(all[0]["articles"], 5);
    let counts: Vec<u64> = all
        .iter()
        .map(|e| e["articles"].as_u64().unwrap())
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    let people = json(
        dir.path(),
        &["entities", "--json", "--kind", "person", "-n", "1000"],
    );
    let people = people.as_array().unwrap();
    assert!(people.iter().all(|p| p["kind"] == "person"));
    let zhasuzakov = people
        .iter()
        .find(|p| p["name"] == "Saken Zhasuzakov")
        .unwrap();
    assert!(zhasuzakov["role"].is_string(), "{zhasuzakov}");
    let by_name = json(
        dir.path(),
        &["entities", "--json", "--sort", "name", "-n", "1000"],
    );
    let names: Vec<String> = by_name
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap().to_lowercase())
        .collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");
    let text = gazette(dir.path(), &["entities", "-n", "2"]);
    assert_eq!(
        String::from_utf8_lossy(&text.stdout).lines().count(),
        3,
        "a header and two rows: {text:?}"
    );
}

#[test]
fn timeline_counts_articles_per_period_and_for_a_query() {
    let dir = tempfile::tempdir().unwrap();
    let whole = json(dir.path(), &["timeline", "--json"]);
    assert_eq!(keys(&whole), ["buckets", "period", "unplaced"]);
    assert_eq!(whole["period"], "month");
    let buckets = whole["buckets"].as_array().unwrap();
    for bucket in buckets {
        assert_eq!(keys(bucket), ["articles", "from", "label", "to"]);
    }
    let placed: u64 = buckets
        .iter()
        .map(|b| b["articles"].as_u64().unwrap())
        .sum();
    assert_eq!(placed + whole["unplaced"].as_u64().unwrap(), 5);
    assert_eq!(buckets[0]["label"], "2024-04");
    assert_eq!(buckets[0]["from"], "2024-04-01");
    assert_eq!(buckets[0]["to"], "2024-04-30");
    let years = json(
        dir.path(),
        &["timeline", "--json", "--by", "year", "kazakhstan"],
    );
    assert_eq!(years["period"], "year");
    assert_eq!(years["buckets"][0]["label"], "2024");
    let few = json(dir.path(), &["timeline", "--json", "person:zhasuzakov"]);
    let few_total: u64 = few["buckets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["articles"].as_u64().unwrap())
        .sum::<u64>()
        + few["unplaced"].as_u64().unwrap();
    assert_eq!(few_total, 3);
}

#[test]
fn the_dossier_and_the_graphs_carry_the_page() {
    let dir = tempfile::tempdir().unwrap();
    let md = gazette(
        dir.path(),
        &["entity", "Saken Zhasuzakov", "--format", "md"],
    );
    let md = String::from_utf8_lossy(&md.stdout);
    assert!(
        md.starts_with("# Saken Zhasuzakov\n\nperson · 3 articles"),
        "{md}"
    );
    for heading in [
        "## Roles",
        "## Quotes",
        "## Appears with",
        "| Entity | Kind |",
    ] {
        assert!(md.contains(heading), "{heading} in {md}");
    }
    assert!(
        md.contains("> We need to further develop bilateral defence")
            && md.contains("`001_debd4f22ff665b1c.txt` (characters "),
        "{md}"
    );
    let dot = gazette(
        dir.path(),
        &[
            "comentions",
            "Saken Zhasuzakov",
            "--format",
            "dot",
            "-n",
            "3",
        ],
    );
    let dot = String::from_utf8_lossy(&dot.stdout);
    assert!(dot.starts_with("graph comentions {\n"), "{dot}");
    assert_eq!(dot.matches("[label=").count(), 4, "him and three: {dot}");
    assert!(dot.contains(" -- "), "{dot}");
    let graphml = gazette(
        dir.path(),
        &[
            "comentions",
            "Saken Zhasuzakov",
            "--format",
            "graphml",
            "-n",
            "3",
        ],
    );
    let graphml = String::from_utf8_lossy(&graphml.stdout);
    assert!(graphml.contains("<graphml xmlns="), "{graphml}");
    assert_eq!(graphml.matches("<node ").count(), 4, "{graphml}");
    assert_eq!(
        graphml.matches("<edge ").count(),
        dot.matches(" -- ").count(),
        "the same edges: {graphml}\n{dot}"
    );
    assert!(graphml.contains("<data key=\"label\">Saken Zhasuzakov</data>"));
}

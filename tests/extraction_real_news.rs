//! The scorer on real news the extractor was not written for (tests/gold/dev, tuned on, and
//! tests/gold/test, only scored), as ratchets: every F1 must stay at or above what was reached.
//! The gold files and their sources are described in tests/gold/README.md.

use gazette::extract::score::{Gold, Scores, score_dir};
use std::path::Path;

/// (category, F1 reached) on the dev split; raise them, never lower them. (Lowered once, when
/// the varied Wikinews articles of GUM and re3d's UK and Australian parts joined the set, then
/// raised by the work tuned on them.)
const DEV_REACHED: [(&str, f64); 6] = [
    ("people", 0.94),
    ("places", 0.90),
    ("organizations", 0.87),
    ("people spans", 0.94),
    ("places spans", 0.88),
    ("organizations spans", 0.88),
];

/// (category, F1 reached) on the test split; raise them, never lower them. (People lowered
/// once, when the learned tagger came in: on these defence texts it adds a false person; on
/// held-out general news it finds more names, see assets/README.md. All lowered once, when the
/// varied articles joined the set.)
const TEST_REACHED: [(&str, f64); 6] = [
    ("people", 0.86),
    ("places", 0.89),
    ("organizations", 0.75),
    ("people spans", 0.85),
    ("places spans", 0.84),
    ("organizations spans", 0.75),
];

/// The same, over the GUM Wikinews articles of each split alone (politics, science, sport,
/// culture: the set's varied news), so that gains on the government press releases cannot hide
/// a loss there.
const GUM_DEV_REACHED: [(&str, f64); 6] = [
    ("people", 0.92),
    ("places", 0.88),
    ("organizations", 0.80),
    ("people spans", 0.94),
    ("places spans", 0.86),
    ("organizations spans", 0.83),
];
const GUM_TEST_REACHED: [(&str, f64); 6] = [
    ("people", 0.84),
    ("places", 0.85),
    ("organizations", 0.64),
    ("people spans", 0.86),
    ("places spans", 0.77),
    ("organizations spans", 0.65),
];

/// Scores the split's articles whose names start with `prefix` and checks each F1 reached.
fn check(split: &str, prefix: &str, reached: &[(&str, f64)], articles: usize) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/gold")
        .join(split);
    let (_, per_article) = score_dir(&dir, &dir).expect("gold files and their articles");
    let mut total = Scores::default();
    let mut counted = 0;
    for article in per_article.iter().filter(|a| a.article.starts_with(prefix)) {
        total.add(&article.scores);
        counted += 1;
    }
    assert!(counted >= articles, "{split} {prefix}*: {counted} articles");
    let table = total.table();
    println!("{split} {prefix}*\n{table}");
    for &(category, f1) in reached {
        let counts = total.get(category);
        assert!(counts.gold > 0, "{split} {category}: nothing labelled");
        assert!(
            counts.f1() + 1e-9 >= f1,
            "{split} {prefix}* {category} dropped below F1 {f1}:\n{table}"
        );
    }
}

#[test]
fn dev_split_scores_never_drop_below_what_was_reached() {
    check("dev", "", &DEV_REACHED, 50);
}

#[test]
fn test_split_scores_never_drop_below_what_was_reached() {
    check("test", "", &TEST_REACHED, 45);
}

#[test]
fn varied_news_scores_never_drop_below_what_was_reached() {
    check("dev", "gum_news_", &GUM_DEV_REACHED, 14);
    check("test", "gum_news_", &GUM_TEST_REACHED, 10);
}

#[test]
fn the_real_news_set_has_its_ninety_nine_articles_each_with_its_gold_and_spans_that_fit() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold");
    let mut articles = 0;
    for split in ["dev", "test"] {
        for entry in std::fs::read_dir(root.join(split)).unwrap().flatten() {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            let gold: Gold = serde_json::from_str(&std::fs::read_to_string(&path).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let text = std::fs::read_to_string(root.join(split).join(&gold.article)).unwrap();
            let chars: Vec<char> = text.chars().collect();
            for span in &gold.mention_spans {
                let mention: String = chars[span.start..span.end].iter().collect();
                let list = match span.kind.as_str() {
                    "people" => &gold.people,
                    "places" => &gold.places,
                    "organizations" => &gold.organizations,
                    other => panic!("{}: unknown kind {other}", path.display()),
                };
                assert!(
                    list.iter().any(|e| e.mentions.contains(&mention)),
                    "{}: span {mention:?} is no {} mention",
                    path.display(),
                    span.kind
                );
            }
            articles += 1;
        }
    }
    assert!(articles >= 99, "{articles} real-news articles");
}
